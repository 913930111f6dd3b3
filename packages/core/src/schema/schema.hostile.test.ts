/**
 * The schema functions take what a form or a request hands over, which may be anything: they answer, and never
 * throw (fast-check, fixed seeds, 10,000 runs in each time zone project).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePetitions } from '../testing/fixtures.js';
import { IdNumberSchema, PetitionerSchema, PetitionSchema, PhoneSchema } from '../zod/index.js';
import { idCheckCharacter, idNumberProblem, isChinesePhone } from './identity.js';
import { formType } from './messages.js';
import { checkRepresentatives, validateField, validatePetition } from './petition.schema.js';
import { hasVisibleText } from './text.js';

const RUNS = process.env.PROP_RUNS ? Number(process.env.PROP_RUNS) : 10_000;
const PROTO = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const anyPath = fc.oneof(
  fc.anything(),
  fc.constantFrom(...PROTO, '', '.', 'petitioner.', '.name', '__proto__.polluted', 'constructor.prototype.x'),
  fc
    .array(fc.constantFrom('petitioner', 'name', 'collective', 'representatives', '0', ...PROTO), { maxLength: 4 })
    .map((k) => k.join('.')),
);
/** A petition with any of its fields replaced by anything. */
const anyForm = fc.oneof(
  fc.anything(),
  fc
    .dictionary(fc.constantFrom(...Object.keys(samplePetitions.collectiveVisit), ...PROTO), fc.anything(), {
      maxKeys: 5,
    })
    .map((d) => ({ ...samplePetitions.collectiveVisit, ...d })),
);

describe('schema functions never throw on anything', () => {
  it('validateField answers undefined or a field issue for any path, value and form (10,000 runs)', () => {
    fc.assert(
      fc.property(anyPath, fc.anything(), anyForm, (path, value, whole) => {
        const issue = validateField(path as string, value, whole);
        if (issue === undefined) return;
        expect(typeof issue.path).toBe('string');
        expect(issue.message.zh.length).toBeGreaterThan(0);
        expect(issue.message.en.length).toBeGreaterThan(0);
      }),
      { seed: 20_261_210, numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('validateField with a path that is not a field name says to fill in the form', () => {
    for (const path of [42, null, undefined, {}, ['subject'], '', '__proto__', 'petitioner.__proto__.name', 'a..b']) {
      expect(validateField(path as string, 'x', samplePetitions.visitClaim)).toEqual({ path: '', message: formType });
    }
  });

  it('validatePetition and the zod schemas answer for anything (10,000 runs)', () => {
    fc.assert(
      fc.property(anyForm, fc.anything(), (input, options) => {
        const r = validatePetition(input, options as { representativesLimit?: number });
        expect(typeof r.ok).toBe('boolean');
        expect(typeof PetitionSchema.safeParse(input).success).toBe('boolean');
        expect(typeof PetitionerSchema.safeParse(input).success).toBe('boolean');
      }),
      { seed: 20_261_211, numRuns: RUNS },
    );
  });

  it('identity checks, the representatives limit and hasVisibleText answer for anything (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, limit) => {
        expect([undefined, 'format', 'birthDate', 'checksum']).toContain(idNumberProblem(value as string));
        expect(typeof isChinesePhone(value as string)).toBe('boolean');
        expect(typeof idCheckCharacter(value as string)).toBe('string');
        expect(typeof IdNumberSchema.safeParse(value).success).toBe('boolean');
        expect(typeof PhoneSchema.safeParse(value).success).toBe('boolean');
        const issue = checkRepresentatives(value as never, limit as number);
        if (issue !== undefined) expect(issue.path).toBe('collective.representatives');
        if (typeof value === 'string') expect(typeof hasVisibleText(value)).toBe('boolean');
      }),
      { seed: 20_261_212, numRuns: RUNS },
    );
    expect(idNumberProblem(110105 as unknown as string)).toBe('format');
    expect(isChinesePhone(13800138000 as unknown as string)).toBe(false);
  });
});
