import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example2027Schedule } from '../testing/fixtures.js';
import {
  CalendarYearError,
  chinaCalendar,
  chinaSchedules,
  createCalendar,
  extendCalendar,
  isProvisional,
  provisionalFrom,
} from './calendar.js';
import { addDays } from './dates.js';
import { dueDate, latestDueDate } from './periods.js';
import { readSchedule, ScheduleError, type YearSchedule } from './schedule.js';
import { LONGEST_BLOCKS, statutoryHolidays } from './statutory.js';

const official = JSON.parse(
  readFileSync(new URL('./fixtures/official-2024-2026.json', import.meta.url), 'utf8'),
) as Record<string, { holidays: string[]; workdays: string[]; source: string }>;

const yearsOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** chinese-days' lunar and solar-term tables, read in a child process pinned to Asia/Shanghai. */
function chineseDaysFestivals(years: number[]): Record<string, string>[] {
  const script = `const cd = require('chinese-days'); const ys = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const l = (y, md) => cd.getSolarDateFromLunar(y + '-' + md).date;
process.stdout.write(JSON.stringify(ys.map((y) => ({ spring: l(y, '01-01'), dragonBoat: l(y, '05-05'),
  midAutumn: l(y, '08-15'), qingming: cd.getSolarTermDate(y, 4, 'pure_brightness') }))));`;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], {
      input: JSON.stringify(years),
      env: { ...process.env, TZ: 'Asia/Shanghai' },
      encoding: 'utf8',
    }),
  );
}

describe('statutory holidays, computed (全国年节及纪念日放假办法; 国务院令第795号 from 2025)', () => {
  it('lunar festivals and 清明 equal chinese-days’ tables for every year 2022–2040', () => {
    const years = yearsOf(2022, 2040);
    const reference = chineseDaysFestivals(years);
    years.forEach((y, i) => {
      const h = Object.fromEntries(statutoryHolidays(y).map((x) => [x.festival, x.days]));
      const r = reference[i]!;
      // From 2025 春节 is 除夕 + 初一…初三 (795); its second day is 正月初一.
      const firstOfYear = y >= 2025 ? h.springFestival![1] : h.springFestival![0];
      expect([y, firstOfYear, h.dragonBoat![0], h.midAutumn![0], h.qingming![0]]).toEqual([
        y,
        r.spring,
        r.dragonBoat,
        r.midAutumn,
        r.qingming,
      ]);
    });
  }, 30_000);

  it('pins 2027 and the leap-month years 2028 (闰五月) and 2034 (after 2033’s 闰十一月)', () => {
    expect(statutoryHolidays(2027)).toEqual([
      { festival: 'newYear', days: ['2027-01-01'] },
      { festival: 'springFestival', days: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] },
      { festival: 'qingming', days: ['2027-04-05'] },
      { festival: 'labourDay', days: ['2027-05-01', '2027-05-02'] },
      { festival: 'dragonBoat', days: ['2027-06-09'] },
      { festival: 'midAutumn', days: ['2027-09-15'] },
      { festival: 'nationalDay', days: ['2027-10-01', '2027-10-02', '2027-10-03'] },
    ]);
    const at = (y: number, f: string) => statutoryHolidays(y).find((h) => h.festival === f)!.days;
    expect(at(2028, 'dragonBoat')).toEqual(['2028-05-28']);
    expect(at(2034, 'springFestival')).toEqual(['2034-02-18', '2034-02-19', '2034-02-20', '2034-02-21']);
  });

  it('every statutory day off 2022–2026, computed, is a day off in the official schedule', () => {
    for (const y of yearsOf(2022, 2026)) {
      const off = new Set(y >= 2024 ? official[String(y)]!.holidays : chinaSchedules[y]!.holidays);
      for (const h of statutoryHolidays(y))
        for (const d of h.days) expect([h.festival, d, off.has(d)]).toEqual([h.festival, d, true]);
    }
  });

  it('LONGEST_BLOCKS is at least every official block 2022–2026 (days off in a row holding the statutory days)', () => {
    for (const y of yearsOf(2022, 2026)) {
      for (const h of statutoryHolidays(y)) {
        let from = h.days[0]!;
        let to = h.days.at(-1)!;
        if (chinaCalendar.isWorkday(from)) from = addDays(from, 1); // 除夕 2024 and earlier was not statutory
        const off = (d: string) => d >= '2022-01-01' && !chinaCalendar.isWorkday(d);
        while (off(addDays(from, -1))) from = addDays(from, -1);
        while (off(addDays(to, 1))) to = addDays(to, 1);
        const length = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
        // 中秋 merged with 国庆 (2023, 2025) is covered by the National Day bound.
        const bound =
          h.festival === 'midAutumn' && length > LONGEST_BLOCKS.midAutumn
            ? LONGEST_BLOCKS.nationalDay
            : LONGEST_BLOCKS[h.festival];
        expect([y, h.festival, length <= bound]).toEqual([y, h.festival, true]);
      }
    }
  });
});

describe('provisional years of chinaCalendar', () => {
  it('answers 2027–2040 from the statutory days and weekends; official 2022–2026', () => {
    expect(chinaCalendar.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(chinaCalendar.provisionalYears).toEqual(yearsOf(2027, 2040));
    expect(chinaCalendar.isWorkday('2027-02-05')).toBe(false); // 除夕, Friday
    expect(chinaCalendar.isWorkday('2027-02-09')).toBe(true); // Tuesday after 初三: no block is guessed
    expect(chinaCalendar.isWorkday('2027-02-20')).toBe(false); // a Saturday: no make-up day is guessed
    expect(chinaCalendar.isWorkday('2040-10-03')).toBe(false);
    expect(chinaCalendar.edition).toMatch(/^cn 2022-2026\/[0-9a-f]{8} provisional 2027-2040$/);
  });

  it('flags dates from the end of December before the first provisional year', () => {
    expect(provisionalFrom(chinaCalendar)).toBe('2026-12-30'); // a New Year block of 2027 could start then
    expect(isProvisional('2026-12-29', chinaCalendar)).toBe(false);
    expect(isProvisional('2027-03-01', chinaCalendar)).toBe(true);
    expect(isProvisional('2040-12-31', chinaCalendar)).toBe(true);
    expect(isProvisional('2041-01-01', chinaCalendar)).toBe(false); // unknown, not provisional
    expect(isProvisional('not a date', chinaCalendar)).toBe(false);
    expect(provisionalFrom(createCalendar(chinaSchedules, { horizon: 0 }))).toBeUndefined();
    expect(isProvisional('2027-03-01', { years: [2027], isWorkday: () => true })).toBe(false);
  });

  it('staff duties use the provisional date; petitioners’ windows the latest (22 art 34, 35, 23(3))', () => {
    // 22 art 34: 60 days from 2026-12-07 → 2027-02-05 (除夕, Friday) → Monday 02-08 is 初三 → Tuesday 02-09.
    expect(dueDate('2026-12-07', { days: 60, unit: 'day' }, chinaCalendar)).toBe('2027-02-09');
    // 22 art 35: 30 days from 2027-01-20 → 02-19 (Friday): inside a possible Spring Festival block (to 02-13+…).
    expect(dueDate('2027-01-20', { days: 30, unit: 'day' }, chinaCalendar)).toBe('2027-02-19');
    expect(latestDueDate('2027-01-20', { days: 30, unit: 'day' }, chinaCalendar)).toBe('2027-02-19');
    expect(latestDueDate('2027-01-05', { days: 30, unit: 'day' }, chinaCalendar)).toBe('2027-02-15');
    expect(dueDate('2027-01-05', { days: 30, unit: 'day' }, chinaCalendar)).toBe('2027-02-04');
    // 22 art 23(3): 5 working days from 2027-09-27: the latest bound skips the whole possible National Day block.
    expect(dueDate('2027-09-27', { days: 5, unit: 'workday' }, chinaCalendar)).toBe('2027-10-05');
    expect(latestDueDate('2027-09-27', { days: 5, unit: 'workday' }, chinaCalendar)).toBe('2027-10-15'); // 09-26…10-08 may all be off
    // Official days: the bound is the due date.
    expect(latestDueDate('2025-09-20', { days: 15, unit: 'day' }, chinaCalendar)).toBe('2025-10-09');
  });
});

describe('the bound is a setting (longestBlocks), not a hidden constant', () => {
  it('a wider Spring Festival block moves the latest date; extendCalendar keeps the setting; bad values refused', () => {
    const wide = createCalendar(chinaSchedules, { longestBlocks: { springFestival: 12 } });
    // 30 days from 2027-01-05 end 02-04: the 9-day bound reaches 02-13 (→ Monday 02-15), a 12-day one 02-16 (→ 02-17).
    expect(latestDueDate('2027-01-05', { days: 30, unit: 'day' }, chinaCalendar)).toBe('2027-02-15');
    expect(latestDueDate('2027-01-05', { days: 30, unit: 'day' }, wide)).toBe('2027-02-17');
    const next = extendCalendar(
      wide,
      s2027({ year: 2028, holidays: [...new Set(statutoryHolidays(2028).flatMap((h) => h.days))], workdays: [] }),
    );
    expect(latestDueDate('2027-01-05', { days: 30, unit: 'day' }, next)).toBe('2027-02-17');
    expect(() => createCalendar(chinaSchedules, { longestBlocks: { springFestival: 0 } })).toThrow(ScheduleError);
    expect(() => createCalendar(chinaSchedules, { longestBlocks: { yuanxiao: 3 } as never })).toThrow(/yuanxiao/);
  });
});

describe('the petitioner never loses a right to our uncertainty (22 art 35, 36, 23(3))', () => {
  const windows = [
    ['review request, 30 days (22 art 35)', { days: 30, unit: 'day' as const }],
    ['re-review request, 30 days (22 art 36)', { days: 30, unit: 'day' as const }],
    ['objection, 5 working days (22 art 23(3))', { days: 5, unit: 'workday' as const }],
    ['a 15-day window without roll-forward policy', { days: 15, unit: 'day' as const, rollForward: false }],
  ] as const;
  for (const unknown of [2024, 2025, 2026]) {
    it(`${unknown} treated as unknown: for every start day of ${unknown}, the bound is never before the official due date`, () => {
      const known: Record<number, YearSchedule> = {};
      for (const y of yearsOf(2022, unknown - 1)) known[y] = chinaSchedules[y]!;
      const blind = createCalendar(known);
      expect(blind.provisionalYears?.[0]).toBe(unknown);
      let compared = 0;
      let later = 0;
      for (let d = `${unknown - 1}-12-01`; d <= `${unknown}-12-31`; d = addDays(d, 1)) {
        for (const [, period] of windows) {
          let truth: string;
          try {
            truth = dueDate(d, period, chinaCalendar);
          } catch (e) {
            if (e instanceof CalendarYearError) continue; // 2027: no official answer to compare with
            throw e;
          }
          if (truth >= '2027-01-01') continue;
          const bound = latestDueDate(d, period, blind);
          expect([d, period.days, bound >= truth]).toEqual([d, period.days, true]);
          compared++;
          if (bound > truth) later++;
        }
      }
      expect(compared).toBeGreaterThan(1300);
      // The bound costs days (it is later than the official date on some starts), never rights.
      expect(later).toBeGreaterThan(0);
    });
  }
});

const s2027 = (over: Record<string, unknown> = {}) => ({ ...example2027Schedule, ...over });

describe('extendCalendar and readSchedule: one year loaded at run time', () => {
  it('adds an official year: its days replace the provisional ones and flags move on', () => {
    const cal = extendCalendar(chinaCalendar, s2027());
    expect(cal.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expect(cal.provisionalYears?.[0]).toBe(2028);
    expect(cal.isWorkday('2027-02-09')).toBe(false);
    expect(cal.isWorkday('2027-02-20')).toBe(true);
    expect(provisionalFrom(cal)).toBe('2027-12-30');
    expect(cal.edition).not.toBe(chinaCalendar.edition);
    expect(dueDate('2026-12-07', { days: 60, unit: 'day' }, cal)).toBe('2027-02-12');
    // The petitioner's bound on official days is the official date.
    expect(latestDueDate('2027-09-27', { days: 5, unit: 'workday' }, cal)).toBe('2027-10-09');
    expect(chinaCalendar.isWorkday('2027-02-09')).toBe(true); // the original is unchanged
  });

  it('reads the JSON text, and loading the same year twice returns the same calendar', () => {
    const cal = extendCalendar(chinaCalendar, JSON.stringify(s2027()));
    expect(extendCalendar(cal, s2027())).toBe(cal);
    expect(extendCalendar(chinaCalendar, { ...chinaSchedules[2026]!, year: 2026, source: 'https://gov.cn/x' })).toBe(
      chinaCalendar,
    );
  });

  it('a year after the horizon moves the horizon', () => {
    const h = statutoryHolidays(2042).flatMap((x) => x.days);
    const cal = extendCalendar(chinaCalendar, { year: 2042, holidays: h, workdays: [], source: 'https://gov.cn/2042' });
    expect(cal.provisionalYears?.at(-1)).toBe(2041);
    expect(cal.isWorkday('2042-10-01')).toBe(false);
  });

  const refusals: [string, unknown, string][] = [
    ['not JSON', '{year: 2027', 'schedule-not-json'],
    ['an array', [], 'schedule-not-object'],
    ['null', null, 'schedule-not-object'],
    ['an unknown field', s2027({ extra: 1 }), 'schedule-unknown-field'],
    ['a year that is not one', s2027({ year: '2027' }), 'schedule-year'],
    ['a missing list', s2027({ workdays: undefined }), 'schedule-list'],
    ['a date of another year', s2027({ workdays: ['2026-12-26'] }), 'schedule-date'],
    ['an impossible date', s2027({ workdays: ['2027-02-30'] }), 'schedule-date'],
    ['a date listed twice', s2027({ workdays: ['2027-02-20', '2027-02-20'] }), 'schedule-duplicate'],
    ['a day both off and working', s2027({ workdays: ['2027-02-06'] }), 'schedule-both'],
    ['a weekday as make-up day', s2027({ workdays: ['2027-02-22'] }), 'schedule-workday-weekday'],
    ['a statutory day missing', s2027({ holidays: ['2027-01-01'] }), 'schedule-statutory-missing'],
    ['no source', s2027({ source: '' }), 'schedule-source'],
    ['a source that is not an address', s2027({ source: 'javascript:alert(1)' }), 'schedule-source'],
  ];
  for (const [name, input, code] of refusals) {
    it(`refuses ${name} with a bilingual ScheduleError (${code})`, () => {
      const r = readSchedule(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toBeInstanceOf(ScheduleError);
      expect(r.error.code).toBe(code);
      expect(r.error.messages.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.error.messages.en).toMatch(/[A-Za-z]{4}/);
      expect(() => extendCalendar(chinaCalendar, input)).toThrow(ScheduleError);
    });
  }

  it('refuses a different schedule for an official year, and a calendar it did not make', () => {
    const changed = { ...chinaSchedules[2026]!, year: 2026, workdays: [], source: 'https://gov.cn/x' };
    try {
      extendCalendar(chinaCalendar, changed);
      expect.unreachable();
    } catch (e) {
      expect((e as ScheduleError).code).toBe('schedule-conflict');
      expect((e as ScheduleError).messages.zh).toContain('已有 2026 年的官方日程表');
    }
    expect(() => extendCalendar({ years: [], isWorkday: () => true }, s2027())).toThrow(ScheduleError);
    expect(() => extendCalendar(null as never, s2027())).toThrow(ScheduleError);
  });

  it('never throws anything but a ScheduleError on hostile input (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.json(),
          fc.record({
            year: fc.integer(),
            holidays: fc.array(fc.string()),
            workdays: fc.anything(),
            source: fc.string(),
          }),
        ),
        (input) => {
          const r = readSchedule(input);
          if (!r.ok) expect(r.error).toBeInstanceOf(ScheduleError);
          try {
            extendCalendar(chinaCalendar, input);
          } catch (e) {
            expect(e).toBeInstanceOf(ScheduleError);
          }
        },
      ),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
