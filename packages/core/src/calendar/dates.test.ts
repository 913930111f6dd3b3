import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilFromDays,
  daysBetween,
  InvalidDateError,
  instantMillis,
  isIsoDate,
  shanghaiDate,
  shanghaiDay,
} from './dates.js';

describe('shanghaiDate (a day ends at 24:00 Asia/Shanghai, 民法典 203)', () => {
  it('reads 2025-09-30T16:30:00Z as received on 2025-10-01 in Beijing, whatever the machine zone', () => {
    expect(shanghaiDate('2025-09-30T16:30:00Z')).toBe('2025-10-01');
  });

  it('keeps 15:59:59.999Z on the same Shanghai day and moves 16:00:00Z to the next', () => {
    expect(shanghaiDate('2025-09-30T15:59:59.999Z')).toBe('2025-09-30');
    expect(shanghaiDate('2025-09-30T16:00:00Z')).toBe('2025-10-01');
  });

  it('honours explicit offsets', () => {
    expect(shanghaiDate('2025-10-01T00:30:00+08:00')).toBe('2025-10-01');
    expect(shanghaiDate('2025-09-30T23:59:59+08:00')).toBe('2025-09-30');
    expect(shanghaiDate('2025-09-30T09:00:00-08:00')).toBe('2025-10-01'); // 17:00Z = 01:00 next day in Beijing
    expect(shanghaiDate('2025-09-30T12:00:00+0530')).toBe('2025-09-30');
  });

  it('reads an instant without an offset as Asia/Shanghai wall time, not machine time', () => {
    expect(shanghaiDate('2025-09-30T23:30:00')).toBe('2025-09-30');
    expect(shanghaiDate('2025-10-01T00:10')).toBe('2025-10-01');
  });

  it('crosses year ends and leap days', () => {
    expect(shanghaiDate('2025-12-31T16:00:00Z')).toBe('2026-01-01');
    expect(shanghaiDate('2024-02-28T16:00:00Z')).toBe('2024-02-29');
  });

  it('throws a TypeError naming the value for something that is not an instant', () => {
    expect(() => shanghaiDate('yesterday')).toThrow(TypeError);
    expect(() => shanghaiDate('2025-02-29T10:00:00Z')).toThrow(/2025-02-29/);
    expect(() => shanghaiDate('2025-09-30T25:00:00Z')).toThrow(TypeError);
  });
});

describe('addDays / daysBetween', () => {
  it('adds calendar days across months, leap years and year ends', () => {
    expect(addDays('2025-09-20', 15)).toBe('2025-10-05');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
  });

  it('counts the days between two dates', () => {
    expect(daysBetween('2025-09-20', '2025-10-09')).toBe(19);
    expect(daysBetween('2025-10-09', '2025-09-20')).toBe(-19);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('agrees with Date.UTC arithmetic for every day of 2020–2030', () => {
    const start = Date.UTC(2020, 0, 1);
    for (let i = 0; i < 4018; i++) {
      const expected = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      expect(addDays('2020-01-01', i)).toBe(expected);
    }
  });

  it('rejects malformed dates and fractional days', () => {
    expect(() => addDays('2025-13-01', 1)).toThrow(TypeError);
    expect(() => addDays('2025-9-1', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => addDays('2025-09-01', 1.5)).toThrow(TypeError);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });
});

describe('one strict parser of instants (民法典 203: a day ends at 24:00 Asia/Shanghai)', () => {
  it('refuses 2025-11-31 and the other days Date.parse rolls over, with InvalidDateError (code invalid-date)', () => {
    for (const at of [
      '2025-11-31T09:00:00+08:00',
      '2025-02-29T09:00:00Z',
      '2025-04-31T00:00:00+08:00',
      '2100-02-29T09:00:00Z',
    ]) {
      expect([at, instantMillis(at)]).toEqual([at, undefined]);
      expect(() => shanghaiDate(at)).toThrow(InvalidDateError);
    }
    let caught: unknown;
    try {
      shanghaiDate('2025-11-31T09:00:00+08:00');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect([(caught as InvalidDateError).code, (caught as Error).message]).toEqual([
      'invalid-date',
      'Expected an ISO 8601 instant such as 2025-09-30T16:30:00Z, got "2025-11-31T09:00:00+08:00"',
    ]);
    expect(() => addDays('2025-02-30', 1)).toThrow(InvalidDateError);
    expect(() => addDays('2025-02-28', 0.5)).toThrow(InvalidDateError);
  });

  it('reads 24:00 as the start of the next day, also in the +08:00 form', () => {
    expect(shanghaiDate('2025-09-30T24:00:00+08:00')).toBe('2025-10-01');
    expect(shanghaiDate('2025-12-31T24:00:00+08:00')).toBe('2026-01-01');
    expect(shanghaiDate('2025-09-30T23:59:59+08:00')).toBe('2025-09-30');
  });

  it('every shortcut gives the answer of the general path: date and day number from the milliseconds (20,000 runs)', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const at = fc
      .record({
        d: fc.integer({ min: 0, max: 40_000 }),
        h: fc.integer({ min: 0, max: 24 }),
        mi: fc.integer({ min: 0, max: 59 }),
        zone: fc.constantFrom('Z', '+08:00', '-05:00', '+14:00', '', '.250Z'),
      })
      .map(({ d, h, mi, zone }) => `${civilFromDays(d)}T${pad(h)}:${pad(mi)}:00${zone}`);
    fc.assert(
      fc.property(at, (a) => {
        const ms = instantMillis(a);
        if (ms === undefined) {
          expect(() => shanghaiDate(a)).toThrow(InvalidDateError);
          return;
        }
        const day = Math.floor((ms + 8 * 3_600_000) / 86_400_000);
        expect([a, shanghaiDate(a), shanghaiDay(a)]).toEqual([a, civilFromDays(day), day]);
      }),
      { seed: 20_261_213, numRuns: 20_000 },
    );
  });
});
