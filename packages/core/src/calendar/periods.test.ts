import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Calendar, CalendarYearError, chinaCalendar, chinaSchedules, createCalendar } from './calendar.js';
import { addDays, daysBetween } from './dates.js';
import { dueDate, type Period, periodStatus, workdaysBetween } from './periods.js';

const day = (days: number, rollForward?: boolean): Period =>
  rollForward === undefined ? { days, unit: 'day' } : { days, unit: 'day', rollForward };
const workday = (days: number): Period => ({ days, unit: 'workday' });

describe('dueDate — rules.md §2 worked examples', () => {
  it('民法典 201/203: received 2025-09-20, 15 days → 10-05 falls in the National Day block → 2025-10-09', () => {
    expect(dueDate('2025-09-20', day(15), chinaCalendar)).toBe('2025-10-09');
  });

  it('22 art 23(3): 2026-02-10 + 5 working days, across the 02-14 make-up Saturday and Spring Festival → 2026-02-24', () => {
    expect(dueDate('2026-02-10', workday(5), chinaCalendar)).toBe('2026-02-24');
  });
});

describe('dueDate — calendar days (民法典 201, 203)', () => {
  it('民法典 201: the start day is not counted', () => {
    expect(dueDate('2025-03-03', day(1), chinaCalendar)).toBe('2025-03-04');
    expect(dueDate('2025-03-03', day(15), chinaCalendar)).toBe('2025-03-18');
  });

  it('民法典 203: a last day on a weekend moves to Monday', () => {
    expect(dueDate('2025-03-07', day(15), chinaCalendar)).toBe('2025-03-24'); // 03-22 Sat → 03-24 Mon
  });

  it('民法典 203: a last day on a make-up working Sunday (调休) stays', () => {
    expect(dueDate('2025-09-13', day(15), chinaCalendar)).toBe('2025-09-28');
  });

  it('rollForward: false keeps a last day that is a day off (a policy that says so)', () => {
    expect(dueDate('2025-09-20', day(15, false), chinaCalendar)).toBe('2025-10-05');
    expect(dueDate('2025-03-07', day(15, false), chinaCalendar)).toBe('2025-03-22');
  });

  it('22 art 34: 60 days from acceptance, and the 30-day extension counted from the same start', () => {
    expect(dueDate('2025-08-01', day(60), chinaCalendar)).toBe('2025-09-30');
    expect(dueDate('2025-08-01', day(90), chinaCalendar)).toBe('2025-10-30');
    expect(dueDate('2025-08-10', day(60), chinaCalendar)).toBe('2025-10-09'); // 10-09 itself is a working day
    expect(dueDate('2025-08-05', day(60), chinaCalendar)).toBe('2025-10-09'); // 10-04 → after the block
  });

  it('year ends: 2025-12-17 + 15 → 2026-01-01 (New Year block) → 2026-01-04, a make-up Sunday', () => {
    expect(dueDate('2025-12-17', day(15), chinaCalendar)).toBe('2026-01-04');
    expect(dueDate('2025-12-20', day(15), chinaCalendar)).toBe('2026-01-04');
    expect(dueDate('2024-12-17', day(15), chinaCalendar)).toBe('2025-01-02');
    expect(dueDate('2023-12-16', day(15), chinaCalendar)).toBe('2024-01-02'); // 12-31 Sun, 01-01 holiday
  });

  it('days: 0 is the start day, rolled forward if it is a day off', () => {
    expect(dueDate('2025-10-03', day(0), chinaCalendar)).toBe('2025-10-09');
    expect(dueDate('2025-10-03', day(0, false), chinaCalendar)).toBe('2025-10-03');
  });
});

describe('dueDate — working days', () => {
  it('counts only working days after the start day', () => {
    expect(dueDate('2025-09-26', workday(5), chinaCalendar)).toBe('2025-10-10'); // 09-28 (make-up Sun), 09-29, 09-30, 10-09, 10-10
    expect(dueDate('2024-12-31', workday(1), chinaCalendar)).toBe('2025-01-02');
    expect(dueDate('2025-12-31', workday(1), chinaCalendar)).toBe('2026-01-04');
    expect(dueDate('2025-10-01', workday(1), chinaCalendar)).toBe('2025-10-09');
  });

  it('a start on a day off counts from the next working day', () => {
    expect(dueDate('2026-02-15', workday(1), chinaCalendar)).toBe('2026-02-24');
    expect(dueDate('2026-02-15', workday(0), chinaCalendar)).toBe('2026-02-24');
    expect(dueDate('2026-02-13', workday(0), chinaCalendar)).toBe('2026-02-13');
  });

  it('workdaysBetween is the inverse of dueDate', () => {
    expect(workdaysBetween('2026-02-10', '2026-02-24', chinaCalendar)).toBe(5);
    expect(workdaysBetween('2026-02-24', '2026-02-10', chinaCalendar)).toBe(0);
    // 2025: 261 weekdays − 18 holiday weekdays + 5 make-up days = 248 working days, 01-01 excluded (a holiday)
    expect(workdaysBetween('2025-01-01', '2025-12-31', chinaCalendar)).toBe(248);
  });
});

describe('dueDate — unknown years and bad periods', () => {
  it('throws a CalendarYearError naming 2041 when the last day falls after the horizon', () => {
    expect(() => dueDate('2040-12-20', day(15), chinaCalendar)).toThrow(CalendarYearError);
    expect(() => dueDate('2040-12-20', day(15), chinaCalendar)).toThrow(/2041/);
    expect(() => dueDate('2040-12-28', workday(5), chinaCalendar)).toThrow(/2041/);
    // 2027 is a provisional year: answered, not refused (2027-01-04 is the Monday after New Year's Day).
    expect(dueDate('2026-12-20', day(15), chinaCalendar)).toBe('2027-01-04');
  });

  it('needs only the days it examines: a start on 2021-12-31 counts into 2022', () => {
    expect(dueDate('2021-12-31', day(15), chinaCalendar)).toBe('2022-01-17'); // 01-15 Sat
    expect(dueDate('2021-12-31', workday(1), chinaCalendar)).toBe('2022-01-04');
    expect(() => dueDate('2021-12-01', day(15), chinaCalendar)).toThrow(/2021/);
  });

  it('rollForward: false needs no schedule at all', () => {
    expect(dueDate('2030-01-01', day(15, false), chinaCalendar)).toBe('2030-01-16');
  });

  it('refuses negative, fractional or unknown-unit periods', () => {
    expect(() => dueDate('2025-01-01', day(-1), chinaCalendar)).toThrow(RangeError);
    expect(() => dueDate('2025-01-01', day(1.5), chinaCalendar)).toThrow(RangeError);
    expect(() => dueDate('2025-01-01', { days: 1, unit: 'month' as 'day' }, chinaCalendar)).toThrow(/unit/);
  });
});

describe('periodStatus (due-soon threshold from the policy)', () => {
  const soon = { soon: 3 };
  it('is overdue from 00:00 Asia/Shanghai the day after the last day', () => {
    expect(periodStatus('2025-10-09', '2025-10-09T15:59:59Z', chinaCalendar, soon)).toBe('due-soon');
    expect(periodStatus('2025-10-09', '2025-10-09T16:00:00Z', chinaCalendar, soon)).toBe('overdue');
  });

  it('is due-soon within N working days, counting make-up days and skipping the holiday block', () => {
    // 2025-09-28 (make-up Sunday): working days after it up to 10-09 are 09-29, 09-30, 10-09 = 3
    expect(periodStatus('2025-10-09', '2025-09-28T09:00:00+08:00', chinaCalendar, soon)).toBe('due-soon');
    // 2025-09-26: 09-28, 09-29, 09-30, 10-09 = 4
    expect(periodStatus('2025-10-09', '2025-09-26T09:00:00+08:00', chinaCalendar, soon)).toBe('on-time');
    expect(periodStatus('2025-10-09', '2025-09-26T09:00:00+08:00', chinaCalendar, { soon: 4 })).toBe('due-soon');
  });

  it('is on-time well ahead and due-soon on the day itself even with soon: 0', () => {
    expect(periodStatus('2025-10-09', '2025-09-20T09:00:00+08:00', chinaCalendar, soon)).toBe('on-time');
    expect(periodStatus('2025-10-09', '2025-10-09T09:00:00+08:00', chinaCalendar, { soon: 0 })).toBe('due-soon');
    expect(periodStatus('2025-10-09', '2025-10-08T09:00:00+08:00', chinaCalendar, { soon: 0 })).toBe('on-time');
  });
});

describe('dueDate on any Calendar (not built by createCalendar)', () => {
  const plain: Calendar = { years: chinaCalendar.years, isWorkday: (d) => chinaCalendar.isWorkday(d) };
  it('walks day by day to the same answers', () => {
    for (let d = '2025-01-01'; d <= '2025-12-01'; d = addDays(d, 7)) {
      for (const p of [day(15), day(15, false), workday(5), workday(0), day(0)]) {
        expect([d, p, dueDate(d, p, plain)]).toEqual([d, p, dueDate(d, p, chinaCalendar)]);
      }
    }
    expect(workdaysBetween('2026-02-10', '2026-02-24', plain)).toBe(5);
  });
});

// fast-check properties with a fixed seed: reproducible in CI.
const SEED = 20_251_001;
const startDate = fc
  .integer({ min: 0, max: daysBetween('2022-01-01', '2026-10-31') })
  .map((n) => addDays('2022-01-01', n));

describe('dueDate properties (fast-check, fixed seed)', () => {
  it('with roll-forward, a due date is never a day off (民法典 203)', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 60 }), fc.boolean(), (start, n, inWorkdays) => {
        const due = dueDate(start, inWorkdays ? workday(Math.min(n, 30)) : day(n), chinaCalendar);
        return chinaCalendar.isWorkday(due);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('a due date is never earlier than the plain date arithmetic', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 60 }), fc.boolean(), (start, n, rollForward) => {
        const plain = addDays(start, n);
        return (
          dueDate(start, day(n, rollForward), chinaCalendar) >= plain &&
          dueDate(start, workday(Math.min(n, 30)), chinaCalendar) >= addDays(start, Math.min(n, 30))
        );
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('a due date never decreases when the start or the number of days grows', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 29 }), fc.boolean(), (start, n, inWorkdays) => {
        const p = (k: number) => (inWorkdays ? workday(k) : day(k));
        const due = dueDate(start, p(n), chinaCalendar);
        return dueDate(addDays(start, 1), p(n), chinaCalendar) >= due && dueDate(start, p(n + 1), chinaCalendar) >= due;
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('dueDate against chinese-days findWorkday (same answers)', () => {
  it('agrees for every start day of 2022-01-01…2026-10-31 with 0, 1, 5 and 15 working days', () => {
    const starts: string[] = [];
    for (let d = '2022-01-01'; d <= '2026-10-31'; d = addDays(d, 1)) starts.push(d);
    const ns = [0, 1, 5, 15];
    // chinese-days reads dates in the machine zone: ask it in Asia/Shanghai (see calendar.test.ts).
    const script = `const cd = require('chinese-days'); const { starts, ns } = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(starts.flatMap((s) => ns.map((n) => cd.findWorkday(n, s)))));`;
    const reference = JSON.parse(
      execFileSync(process.execPath, ['-e', script], {
        input: JSON.stringify({ starts, ns }),
        env: { ...process.env, TZ: 'Asia/Shanghai' },
        encoding: 'utf8',
      }),
    ) as string[];
    const ours = starts.flatMap((s) => ns.map((n) => dueDate(s, workday(n), chinaCalendar)));
    expect(ours.length).toBe(reference.length);
    const diffs = ours.flatMap((d, i) =>
      d === reference[i] ? [] : [[starts[Math.floor(i / ns.length)], ns[i % ns.length], d, reference[i]]],
    );
    expect(diffs).toEqual([]);
  }, 60_000); // a child process doing ~7,000 day-by-day walks: allow for a loaded CI machine

  it('a calendar built from the same schedules gives the same answers as chinaCalendar', () => {
    const rebuilt = createCalendar(chinaSchedules);
    expect(dueDate('2025-09-20', day(15), rebuilt)).toBe('2025-10-09');
    expect(dueDate('2026-02-10', workday(5), rebuilt)).toBe('2026-02-24');
  });
});

describe('dueDate on a calendar with a gap year', () => {
  it('counts a gap year provisionally (statutory days and weekends off) instead of skipping it', () => {
    const gap = createCalendar({ 2024: chinaSchedules[2024]!, 2026: chinaSchedules[2026]! });
    expect(gap.provisionalYears?.[0]).toBe(2025);
    expect(dueDate('2024-09-20', day(15), gap)).toBe('2024-10-08');
    expect(dueDate('2024-12-20', day(15), gap)).toBe('2025-01-06'); // 01-04 is a Saturday
    // 2024-12-27 + 5 working days: 30, 31, 01-02, 01-03, 01-06 (01-01 statutory)
    expect(dueDate('2024-12-27', workday(5), gap)).toBe('2025-01-06');
    expect(dueDate('2026-02-10', workday(5), gap)).toBe('2026-02-24');
  });
});
