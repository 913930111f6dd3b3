// The release's versioning step: changelog lines link each commit to the repository every package.json names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const changelog = createRequire(import.meta.url)('../../tools/release-changelog.cjs');
const repo = 'https://github.com/xinfang-dev/xinfang';

describe('release changelog (tools/release-changelog.cjs)', () => {
  it('reads the one repository URL every published package.json names', () => {
    expect(changelog.repositoryUrl()).toBe(repo);
  });

  it('links the commit that added the changeset, offline', async () => {
    const line = await changelog.default.getReleaseLine(
      { summary: 'First line.\n\nMore text.', commit: '0123456789abcdef0123456789abcdef01234567', releases: [] },
      'minor',
      undefined,
    );
    expect(line).toBe(
      `- [0123456](${repo}/commit/0123456789abcdef0123456789abcdef01234567): First line.\n\n  More text.`,
    );
  });

  it('`changeset version` in a clone writes a CHANGELOG.md whose line links the changeset commit', () => {
    const work = mkdtempSync(join(tmpdir(), 'xinfang-version-'));
    try {
      const git = (...a: string[]) =>
        execFileSync('git', ['-c', 'user.name=release test', '-c', 'user.email=release@test.invalid', ...a], {
          cwd: work,
          encoding: 'utf8',
        }).trim();
      execFileSync('git', ['clone', '--quiet', '--no-hardlinks', root, work]);
      symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
      writeFileSync(
        join(work, '.changeset', 'release-test.md'),
        '---\n"@xinfang/holidays": patch\n---\n\nA line for the release test.\n',
      );
      git('add', '.changeset/release-test.md');
      git('commit', '--quiet', '-m', 'holidays: a change for the release test');
      const sha = git('rev-parse', 'HEAD');
      execFileSync(join(root, 'node_modules/.bin/changeset'), ['version'], { cwd: work, stdio: 'pipe' });
      const log = readFileSync(join(work, 'packages/holidays/CHANGELOG.md'), 'utf8');
      expect(log).toContain(`- [${sha.slice(0, 7)}](${repo}/commit/${sha}): A line for the release test.`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
