// The package as its users' tools see it, from the BUILT package (dist/ and custom-elements.json, as `npm pack`
// ships them): each consumer project type-checks with `tsc --noEmit` under `strict`, with its `@ts-expect-error`
// lines as the negative checks (an expected error that does not happen fails the check), and the editor data
// generated from the manifest names what the manifest names.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, '..', '..');
const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const read = (file: string) => JSON.parse(readFileSync(join(pkgDir, file), 'utf8'));
const tags = [
  'xf-command-form',
  'xf-deadline-badge',
  'xf-intake-form',
  'xf-petition-timeline',
  'xf-reception-form',
  'xf-reply-form',
];

/** `tsc --noEmit -p <project>`: its exit code and what it printed. */
function typecheck(project: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [tsc, '--noEmit', '--pretty', 'false', '-p', project.startsWith('/') ? project : join(here, project)],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe('consumer projects type-check against the built package', () => {
  it.each([
    ['react19', 'React 19 JSX: tags with typed properties and onxf-submit / onxf-invalid / onxf-change'],
    ['react18', 'React 18 (@types/react 18): the @lit/react wrappers of @xinfang/elements/react'],
    ['vue3', 'Vue 3: GlobalComponents, props and onXfSubmit checked through h()'],
    ['dom', "plain DOM: addEventListener('xf-submit', (e) => e.detail.subject) under strict, no cast"],
  ])('%s — %s', (project) => {
    expect(typecheck(project)).toEqual({ status: 0, output: '' });
  });

  it('the negative checks can fail: without its @ts-expect-error lines the React 19 project has 5 errors', () => {
    // A copy of the React 19 project with the directives removed, next to the package (so it resolves the same way).
    const dir = join(pkgDir, 'test-results', 'react19-negative');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(here, 'react19', 'tsconfig.json'), join(dir, 'tsconfig.json'));
    const app = readFileSync(join(here, 'react19', 'app.tsx'), 'utf8');
    writeFileSync(join(dir, 'app.tsx'), app.replace(/\/\/ @ts-expect-error.*|\{\/\* @ts-expect-error.*\*\/\}/g, ''));
    const { status, output } = typecheck(dir);
    expect(status).not.toBe(0);
    expect(output.match(/error TS\d+: [^\n]*/g)).toEqual([
      `error TS2322: Type '"nobody"' is not assignable to type 'IntakeMode | undefined'.`,
      `error TS2322: Type 'string' is not assignable to type '() => string'.`,
      `error TS2322: Type 'PetitionInput' is not assignable to type 'number'.`,
      `error TS2322: Type 'string' is not assignable to type 'number'.`,
      `error TS2339: Property 'xf-unknown-form' does not exist on type 'JSX.IntrinsicElements'.`,
    ]);
  });
});

describe('generated from custom-elements.json', () => {
  it('the manifest documents the forms’ custom states: :state(touched), user-invalid, user-valid', () => {
    const manifest = read('custom-elements.json');
    const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []);
    for (const tag of ['xf-intake-form', 'xf-reception-form', 'xf-reply-form']) {
      const element = declarations.find((d: { tagName?: string }) => d.tagName === tag);
      expect(
        element.cssStates.map((s: { name: string }) => s.name),
        tag,
      ).toEqual(['touched', 'user-invalid', 'user-valid']);
      const clock = element.members.find((m: { name: string }) => m.name === 'clock');
      expect(clock, tag).toMatchObject({ kind: 'field', privacy: 'public', type: { text: '() => string' } });
    }
  });

  it('VS Code html-custom-data.json: every tag, its attributes and their values', () => {
    const data = read('dist/html-custom-data.json');
    expect(data.version).toBe(1.1);
    expect(data.tags.map((t: { name: string }) => t.name)).toEqual(tags);
    const intake = data.tags.find((t: { name: string }) => t.name === 'xf-intake-form');
    expect(intake.attributes.map((a: { name: string }) => a.name)).toEqual([
      'mode',
      'name',
      'disabled',
      'lang',
      'size',
    ]);
    expect(intake.attributes.find((a: { name: string }) => a.name === 'size').values).toEqual([{ name: 'large' }]);
    const badge = data.tags.find((t: { name: string }) => t.name === 'xf-deadline-badge');
    expect(badge.description).toMatch(/^A deadline and whether it is on time/);
  });

  it('VS Code css-custom-data.json: --xf-* properties, ::part() and :state()', () => {
    const data = read('dist/css-custom-data.json');
    const names = (list: { name: string }[]) => list.map((x) => x.name);
    expect(names(data.pseudoClasses)).toEqual([
      ':state(touched)',
      ':state(user-invalid)',
      ':state(user-valid)',
      ':state(busy)',
    ]);
    expect(data.pseudoClasses[0].description).toBe(
      'the person has left or changed at least one field. (<xf-command-form>, <xf-intake-form>, <xf-reception-form>, <xf-reply-form>)',
    );
    expect(data.pseudoClasses[3].description).toMatch(/^`busy` is set: .*\(<xf-command-form>\)$/);
    expect(names(data.properties)).toContain('--xf-color-accent');
    expect(names(data.properties).every((n: string) => n.startsWith('--xf-'))).toBe(true);
    expect(names(data.pseudoElements)).toContain('::part(error-summary)');
  });

  it('JetBrains web-types.json: elements with attributes, properties and events, and the package.json field', () => {
    const pkg = read('package.json');
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    const data = read('dist/web-types.json');
    expect(data).toMatchObject({ name: '@xinfang/elements', 'description-markup': 'markdown' });
    const elements = data.contributions.html.elements;
    expect(elements.map((e: { name: string }) => e.name)).toEqual(tags);
    const intake = elements.find((e: { name: string }) => e.name === 'xf-intake-form');
    expect(intake.events.map((e: { name: string }) => e.name)).toEqual(['xf-submit', 'xf-invalid', 'xf-change']);
    expect(intake.js.properties.map((p: { name: string }) => p.name)).toEqual([
      'mode',
      'units',
      'name',
      'disabled',
      'clock',
      'size',
    ]);
    const reply = elements.find((e: { name: string }) => e.name === 'xf-reply-form');
    expect(reply.events[0]).toEqual({
      name: 'xf-submit',
      description: 'valid submit; `detail` is the `ReplyPayload`. Cancelable.',
    });
    expect(data.contributions.css['pseudo-classes'].map((s: { name: string }) => s.name)).toContain(
      'state(user-invalid)',
    );
  });

  it('every export of package.json points at a file the build wrote', () => {
    const pkg = read('package.json');
    const missing: string[] = [];
    for (const [entry, target] of Object.entries(pkg.exports as Record<string, string | Record<string, string>>)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        if (!existsSync(join(pkgDir, file))) missing.push(`${entry} → ${file}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(pkg.exports)).toEqual(
      expect.arrayContaining(['./intake-form', './reception-form', './reply-form', './react', './react-jsx', './vue']),
    );
  });
});
