import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies } from '../policy/presets.js';
import { formatRegistrationNo, parseRegistrationNo, unitCode } from './registration.js';

describe('registration numbers (N2, 22 arts 22–23: one unique number per matter)', () => {
  it('writes XF-<code>-<yyyy>-<seq> with the sequence padded to 4 digits', () => {
    expect(formatRegistrationNo('XFB', '2026', 1)).toBe('XF-XFB-2026-0001');
    expect(formatRegistrationNo('YWK', '2026', 12345)).toBe('XF-YWK-2026-12345');
  });

  it('writes the unit short code of the policy, never an internal camelCase id (22 art 22)', () => {
    expect(formatRegistrationNo(unitCode(policies.national, 'petitionOffice'), '2026', 1)).toBe('XF-XFB-2026-0001');
    expect(unitCode(policies.hospital, 'medicalAffairs')).toBe('YWK');
    expect(unitCode(policies.national, 'superiorOrgan')).toBe('SJJG');
    // Without a code the id in capitals stands in.
    expect(unitCode(undefined, 'petitionOffice')).toBe('PETITIONOFFICE');
    expect(unitCode({ units: [{ id: 'city-office', name: { zh: '市办', en: 'City' } }] }, 'city-office')).toBe(
      'CITYOFFICE',
    );
    expect(unitCode(undefined, '7th')).toBe('U7TH');
    expect(unitCode(null as never, undefined as never)).toBe('U');
    expect(() => formatRegistrationNo('petitionOffice', '2025', 1)).toThrow('unit code of capital letters');
  });

  it('gives every unit of every preset a short code (2–4 letters), unique within its policy', () => {
    for (const policy of Object.values(policies)) {
      const codes = policy.units.map((u) => u.code);
      for (const code of codes) expect(code).toMatch(/^[A-Z]{2,4}$/);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('reads back what it writes, unit ids with hyphens included', () => {
    expect(parseRegistrationNo('XF-petitionOffice-2025-0007')).toEqual({
      unit: 'petitionOffice',
      year: '2025',
      seq: 7,
    });
    expect(parseRegistrationNo('XF-city-office-2026-0100')).toEqual({ unit: 'city-office', year: '2026', seq: 100 });
  });

  it('refuses impossible parts with a RangeError naming them', () => {
    expect(() => formatRegistrationNo('', '2025', 1)).toThrow(RangeError);
    expect(() => formatRegistrationNo('A B', '2025', 1)).toThrow('unit code of capital letters');
    expect(() => formatRegistrationNo('U', '25', 1)).toThrow('four-digit year');
    expect(() => formatRegistrationNo('U', '2025', 0)).toThrow('sequence from 1');
    expect(() => formatRegistrationNo('U', '2025', 1.5)).toThrow('sequence from 1');
    expect(() => formatRegistrationNo(null as unknown as string, '2025', 1)).toThrow(RangeError);
  });

  it('answers undefined, never throws, for anything that is not a number in the format', () => {
    for (const bad of ['', 'XF-2025-7', 'XF-u-2025-0000', 'XF-u-25-0001', 'xf-u-2025-0001', 'XF--2025-0001']) {
      expect(parseRegistrationNo(bad)).toBeUndefined();
    }
    for (const bad of [undefined, null, 7, {}, [], Object.create(null), 'XF-u-2025-'.padEnd(300, '1')]) {
      expect(parseRegistrationNo(bad)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseRegistrationNo(value);
        // Anything that parses is a string in the format: its parts write a number with the same sequence.
        if (parsed !== undefined) {
          expect(typeof value).toBe('string');
          const text = value as string;
          expect(text.startsWith(`XF-${parsed.unit}-${parsed.year}-`)).toBe(true);
          expect(Number(text.slice(text.lastIndexOf('-') + 1))).toBe(parsed.seq);
        }
      }),
      { seed: 20251205, numRuns: 2_000 },
    );
  });

  it('round-trips every well-formed number (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9]{0,20}$/),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 999_999 }),
        (unit, year, seq) => {
          const no = formatRegistrationNo(unit, String(year), seq);
          expect(parseRegistrationNo(no)).toEqual({ unit, year: String(year), seq });
        },
      ),
      { seed: 20251205, numRuns: 2_000 },
    );
  });
});
