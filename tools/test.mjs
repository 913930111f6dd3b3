#!/usr/bin/env node
// `npm test`: every check of the repository, then one summary line of tests passed and failed.
// Steps: lint (Biome, whole repo, zero warnings) → every changeset parses → through turbo: typecheck, build, unit tests in Node,
// browser tests in headless Chromium, package checks (publint, attw, size-limit), a Storybook static build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps'].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, dir, entry.name)),
);
workspaces.push(join(root, 'examples')); // not a workspace: it installs the packed tarballs

for (const ws of workspaces) rmSync(join(ws, 'test-results'), { recursive: true, force: true });

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: '0' };
const failures = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

// The browser step fails at once, in one line, when there is no Chromium.
try {
  env.CHROMIUM_PATH = await chromiumPath();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

run('lint', 'npx', ['biome', 'ci', '--colors=off', '--error-on-warnings', '.']);
// Every changeset must parse (its frontmatter names the packages), or its note is lost at release.
run('changesets', 'npx', ['changeset', 'status']);
run('turbo', 'npx', [
  'turbo',
  'run',
  'typecheck',
  'build',
  'test',
  'test:browser',
  'check:package',
  'build-storybook',
  '--continue',
  '--concurrency=2',
  '--output-logs=new-only',
]);

// The API reference (TypeDoc) builds with no broken link and no undocumented export.
run('docs', 'npm', ['run', 'docs']);

// The release, dry: every package packed, the tarballs installed into examples/ and run (Node and Chromium).
run('release dry run', 'node', ['tools/release.mjs', '--dry-run', '--skip-checks']);

// One summary line from every vitest JSON report.
let passed = 0;
let failed = 0;
let skipped = 0;
const reports = [];
for (const ws of workspaces) {
  const dir = join(ws, 'test-results');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    reports.push(`${ws.slice(root.length)}/${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
console.log(`\n${reports.join('\n')}`);
if (failures.length > 0) console.log(`failed steps: ${failures.join(', ')}`);
if (passed === 0) failures.push('no tests ran');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
