// The Vue example's templates type-checked with vue-tsc, as its `npm run typecheck` does, inside the app that
// installed the tarballs: each `:prop` and `@xf-…` handler of App.vue against the types of
// `@xinfang/elements/vue`. vue-tsc needs TypeScript's JavaScript API, which TypeScript 7 no longer has, so the app
// installs vue-tsc with TypeScript 5.9.3 (test/install.ts), as a Vue project has its own. A deliberately wrong
// component (test/fixtures/vue-wrong) shows that the check fails, with the diagnostics a user would read.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const examples = new URL('..', import.meta.url).pathname;
const app = inject('app');

/** `vue-tsc --noEmit -p <dir>` with the app's own vue-tsc and TypeScript: exit code and what it printed. */
function vueTsc(dir: string): { status: number | null; output: string } {
  const bin = join(app, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js');
  const r = spawnSync(process.execPath, [bin, '--noEmit', '--pretty', 'false', '-p', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

describe('Vue single-file components type-checked with vue-tsc', () => {
  it('uses vue-tsc 3.3.14 on TypeScript 5.9.3, installed in the app', () => {
    const version = (pkg: string) =>
      JSON.parse(readFileSync(join(app, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    expect([version('vue-tsc'), version('typescript')]).toEqual(['3.3.14', '5.9.3']);
  });

  it('examples/vue: App.vue passes (a { zh, en } :label, @xf-submit with a PetitionInput)', () => {
    const dir = join(app, 'vue-check');
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(examples, 'vue'), dir, { recursive: true, filter: (src) => !src.includes('node_modules') });
    expect(vueTsc(dir)).toEqual({ status: 0, output: '' });
  }, 180_000);

  it('fails on a wrong attribute value and a wrong event payload type, with the exact diagnostics', () => {
    const dir = join(app, 'vue-wrong');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const file of ['tsconfig.json', 'env.d.ts']) cpSync(join(examples, 'vue', file), join(dir, file));
    cpSync(join(examples, 'test', 'fixtures', 'vue-wrong', 'Wrong.vue'), join(dir, 'Wrong.vue'));
    const { status, output } = vueTsc(dir);
    expect(status).not.toBe(0);
    expect(output.split('\n')).toEqual([
      `Wrong.vue(12,19): error TS2322: Type '"nobody"' is not assignable to type 'IntakeMode | undefined'.`,
      `Wrong.vue(12,34): error TS2322: Type '(event: XfSubmitEvent<number>) => void' is not assignable to type '(event: XfSubmitEvent<PetitionInput>) => void'.`,
      `  Types of parameters 'event' and 'event' are incompatible.`,
      `    Type 'XfSubmitEvent<PetitionInput>' is not assignable to type 'XfSubmitEvent<number>'.`,
      `      Type 'PetitionInput' is not assignable to type 'number'.`,
    ]);
  }, 180_000);
});
