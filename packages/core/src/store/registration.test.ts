import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRegistrationNo, parseRegistrationNo } from './registration.js';

describe('registration numbers (N2, 22 arts 22–23: one unique number per matter)', () => {
  it('writes XF-<unit>-<yyyy>-<seq> with the sequence padded to 4 digits', () => {
    expect(formatRegistrationNo('petitionOffice', '2025', 7)).toBe('XF-petitionOffice-2025-0007');
    expect(formatRegistrationNo('hospital', '2026', 12345)).toBe('XF-hospital-2026-12345');
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
    expect(() => formatRegistrationNo('a b', '2025', 1)).toThrow('unit id without spaces');
    expect(() => formatRegistrationNo('u', '25', 1)).toThrow('four-digit year');
    expect(() => formatRegistrationNo('u', '2025', 0)).toThrow('sequence from 1');
    expect(() => formatRegistrationNo('u', '2025', 1.5)).toThrow('sequence from 1');
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
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/),
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
