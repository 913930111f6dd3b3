import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, shanghaiDate } from './dates.js';

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
