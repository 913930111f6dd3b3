// Differential property test: the plain-TypeScript policy validation (policy.schema.ts) against the zod/mini
// schema it replaced (test/policy.oracle.ts, kept only as this oracle). Inputs are the presets, as JSON, with
// up to five edits at random places: a value replaced by one of the wrong kind or on an edge (1.5, -1, 1e300,
// '', [], { length: 0 }, null, an unknown unit id), a field deleted, an unknown field added, or a value copied
// from another place of the profile (the right type in the wrong place). Both must give the same policy or the
// same issues, in the same order, with the same paths and messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as oracle from '../../test/policy.oracle.js';
import { parsePolicy } from './policy.schema.js';
import { policies } from './presets.js';

type Path = (string | number)[];
type Json = Record<string | number, unknown>;

/** Every place in a JSON value (each object key, each array index), depth first. */
function places(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    const path = [...at, Array.isArray(value) ? Number(k) : k];
    out.push(path);
    places(v, path, out);
  }
  return out;
}

const get = (root: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v as Json)?.[k], root);

/** Values of the wrong kind or on an edge of a rule. */
const odd: unknown[] = [
  null,
  undefined,
  true,
  0,
  -1,
  1,
  1.5,
  3651,
  1e300,
  -1e300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x',
  'XFB',
  'a',
  '1bad',
  'handler',
  'workday',
  'nowhere',
  'unknownTopic',
  [],
  [''],
  [1],
  ['clerk'],
  ['nobody'],
  {},
  { length: 0 },
  { zh: '', en: 'x' },
  { days: 1.5, unit: 'day' },
  { days: -1, unit: 'day' },
  { days: 10, unit: 'week' },
  { id: 'x', name: { zh: '甲', en: 'A' } },
  { id: 'x', name: { zh: '甲', en: 'A' }, code: 'xfb' },
  { when: {}, unit: 'nowhere', reason: { zh: '甲', en: 'A' } },
  { clerk: ['clerk'] },
];

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'add', 'copy'),
  value: fc.constantFrom(...odd.map((_, i) => i)),
  from: fc.nat(),
  key: fc.constantFrom('extra', 'zh', 'id', 'unit', 'days', '__proto__', 'constructor', 'accept'),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** The preset, as JSON, with the edits applied in order (each at a place of the profile as it is then). */
function edited(preset: unknown, edits: readonly Edit[]): unknown {
  const root = JSON.parse(JSON.stringify(preset));
  for (const e of edits) {
    const all = places(root);
    const path = all[e.at % all.length]!;
    const parent = get(root, path.slice(0, -1)) as Json;
    const key = path[path.length - 1]!;
    if (e.kind === 'replace') parent[key] = odd[e.value];
    else if (e.kind === 'delete') delete parent[key];
    else if (e.kind === 'copy') parent[key] = structuredClone(get(root, all[e.from % all.length]!));
    else {
      const target = get(root, path);
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, e.key, {
          value: odd[e.value],
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return root;
}

describe('parsePolicy = the zod/mini policy schema it replaced (differential, fast-check)', () => {
  it('same policy or same issues for presets with up to five edits (5,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(policies)),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        (preset, edits) => {
          const input = edited(preset, edits);
          expect(parsePolicy(input)).toEqual(oracle.parsePolicy(input));
        },
      ),
      { seed: 20_261_205, numRuns: 5_000 },
    );
  });

  it('same answer for anything at all, and for JSON of any shape (5,000 runs each)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(parsePolicy(input)).toEqual(oracle.parsePolicy(input));
      }),
      { seed: 36, numRuns: 5_000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(parsePolicy(input)).toEqual(oracle.parsePolicy(input));
      }),
      { seed: 35, numRuns: 5_000 },
    );
  });

  it('the edits reach the rules: most edited profiles are refused, with issues of many kinds', () => {
    const seen = new Set<string>();
    let refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(policies)),
        fc.array(edit, { minLength: 1, maxLength: 5 }),
        (preset, edits) => {
          const r = parsePolicy(edited(preset, edits));
          if (!r.ok) {
            refused++;
            for (const i of r.issues) seen.add(i.message.en);
          }
        },
      ),
      { seed: 20_261_205, numRuns: 2_000 },
    );
    expect(refused).toBeGreaterThan(1_000);
    expect(seen.size).toBeGreaterThan(40);
  });
});
