import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Calendar, CalendarYearError, chinaCalendar, chinaSchedules, createCalendar } from './calendar.js';
import { addDays } from './dates.js';
import { statutoryHolidays } from './statutory.js';

// The State Council notices for 2024–2026, as cited in shared/domain/holidays-2024-2026.json (copied here so
// the package's tests are self-contained).
const official = JSON.parse(
  readFileSync(new URL('./fixtures/official-2024-2026.json', import.meta.url), 'utf8'),
) as Record<string, { holidays: string[]; workdays: string[]; source: string }>;

function everyDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const isWeekend = (d: string) => {
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
};

/**
 * chinese-days reads dates in the machine's time zone (under America/Los_Angeles its isWorkday is wrong on
 * ~20 days of 2022–2026), so the reference answers are computed in a child process pinned to Asia/Shanghai.
 */
function chineseDaysIsWorkday(dates: string[]): boolean[] {
  const script = `const cd = require('chinese-days'); const ds = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(ds.map((d) => (cd.isWorkday(d) ? '1' : '0')).join(''));`;
  const out = execFileSync(process.execPath, ['-e', script], {
    input: JSON.stringify(dates),
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
  return [...out].map((c) => c === '1');
}

describe('chinaCalendar against the State Council notices (rules.md §2)', () => {
  for (const year of ['2024', '2025', '2026']) {
    const notice = official[year]!;
    it(`${year}: every statutory day off is a day off (${notice.source})`, () => {
      for (const d of notice.holidays) expect([d, chinaCalendar.isWorkday(d)]).toEqual([d, false]);
    });

    it(`${year}: every make-up working day (调休) is a working day`, () => {
      expect(notice.workdays.length).toBeGreaterThan(0);
      for (const d of notice.workdays) {
        expect(isWeekend(d)).toBe(true);
        expect([d, chinaCalendar.isWorkday(d)]).toEqual([d, true]);
      }
    });

    it(`${year}: every other day is a working day exactly when it is Monday–Friday`, () => {
      const listed = new Set([...notice.holidays, ...notice.workdays]);
      for (const d of everyDay(`${year}-01-01`, `${year}-12-31`)) {
        if (!listed.has(d)) expect([d, chinaCalendar.isWorkday(d)]).toEqual([d, !isWeekend(d)]);
      }
    });

    it(`${year}: the generated table lists exactly the notice's dates`, () => {
      expect(chinaSchedules[Number(year)]!.holidays).toEqual([...notice.holidays].sort());
      expect(chinaSchedules[Number(year)]!.workdays).toEqual([...notice.workdays].sort());
    });
  }

  it('pins the make-up working days of 2024–2026 by name', () => {
    const all = [2024, 2025, 2026].flatMap((y) => everyDay(`${y}-01-01`, `${y}-12-31`));
    const makeUp = all.filter((d) => isWeekend(d) && chinaCalendar.isWorkday(d));
    expect(makeUp).toEqual([
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('2022–2023 (before the 2024–2026 file): make-up days and blocks as the State Council notices set them', () => {
    // 国办发明电〔2021〕11号 and 〔2022〕16号 (doc numbers unverified); checked by hand, not only against chinese-days.
    const years = [2022, 2023].flatMap((y) => everyDay(`${y}-01-01`, `${y}-12-31`));
    expect(years.filter((d) => isWeekend(d) && chinaCalendar.isWorkday(d))).toEqual([
      '2022-01-29',
      '2022-01-30',
      '2022-04-02',
      '2022-04-24',
      '2022-05-07',
      '2022-10-08',
      '2022-10-09',
      '2023-01-28',
      '2023-01-29',
      '2023-04-23',
      '2023-05-06',
      '2023-06-25',
      '2023-10-07',
      '2023-10-08',
    ]);
    const weekdaysOff = years.filter((d) => !isWeekend(d) && !chinaCalendar.isWorkday(d));
    expect(weekdaysOff).toEqual([
      '2022-01-03',
      '2022-01-31',
      '2022-02-01',
      '2022-02-02',
      '2022-02-03',
      '2022-02-04',
      '2022-04-04',
      '2022-04-05',
      '2022-05-02',
      '2022-05-03',
      '2022-05-04',
      '2022-06-03',
      '2022-09-12',
      '2022-10-03',
      '2022-10-04',
      '2022-10-05',
      '2022-10-06',
      '2022-10-07',
      '2023-01-02',
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
      '2023-01-27',
      '2023-04-05',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
      '2023-06-22',
      '2023-06-23',
      '2023-09-29',
      '2023-10-02',
      '2023-10-03',
      '2023-10-04',
      '2023-10-05',
      '2023-10-06',
    ]);
  });

  it('keeps a weekend next to a holiday block a day off (rules.md §2)', () => {
    // 2024-06-08/09 (Sat/Sun) precede Dragon Boat Monday 2024-06-10; the notice lists only 06-10.
    expect(official['2024']!.holidays).not.toContain('2024-06-08');
    expect(chinaCalendar.isWorkday('2024-06-08')).toBe(false);
    expect(chinaCalendar.isWorkday('2024-06-09')).toBe(false);
    expect(chinaCalendar.isWorkday('2024-06-10')).toBe(false);
    expect(chinaCalendar.isWorkday('2024-06-11')).toBe(true);
    // and for a calendar built from a source that omits the weekend days of a block
    // 2030-10-01…04 is Tue–Fri; the source lists the block without its weekend 10-05/06.
    const statutory2030 = statutoryHolidays(2030).flatMap((h) => h.days);
    const sparse = createCalendar({ 2030: { holidays: [...statutory2030, '2030-10-04'], workdays: [] } });
    expect(sparse.isWorkday('2030-10-04')).toBe(false);
    expect(sparse.isWorkday('2030-10-05')).toBe(false);
    expect(sparse.isWorkday('2030-10-06')).toBe(false);
    expect(sparse.isWorkday('2030-10-07')).toBe(true);
  });
});

describe('chinaCalendar against chinese-days (the maintained source it is generated from)', () => {
  it(`agrees on every day of ${chinaCalendar.years[0]}–${chinaCalendar.years.at(-1)}`, () => {
    const days = everyDay(`${chinaCalendar.years[0]}-01-01`, `${chinaCalendar.years.at(-1)}-12-31`);
    const reference = chineseDaysIsWorkday(days);
    const mismatches = days.filter((d, i) => chinaCalendar.isWorkday(d) !== reference[i]);
    expect(mismatches).toEqual([]);
    expect(days.length).toBe(1826);
  }, 30_000); // spawns a child process
});

describe('years outside the horizon (rules.md §2: never a silent guess)', () => {
  it('names the year and what to do with the published packages, in Chinese and English', () => {
    expect(() => chinaCalendar.isWorkday('2041-05-01')).toThrow(CalendarYearError);
    expect(() => chinaCalendar.isWorkday('2041-05-01')).toThrow(/2041.*extendCalendar.*@xinfang\/holidays/s);
    try {
      chinaCalendar.isWorkday('2019-10-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarYearError);
      const err = e as CalendarYearError;
      expect(err.year).toBe(2019);
      expect(err.messages.zh).toContain('日历不含 2019 年（覆盖 2022–2040 年）');
      expect(err.messages.en).toContain('does not cover 2019 (it covers 2022–2040)');
      expect(err.message).not.toContain('generate-holidays.mjs'); // a script the published package lacks
    }
  });

  it('covers 2022–2026 (22 in force from 2022-05-01)', () => {
    expect(chinaCalendar.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(chinaCalendar.isWorkday('2022-01-04')).toBe(true);
    expect(chinaCalendar.isWorkday('2026-12-31')).toBe(true);
  });

  it('createCalendar adds a year published each November', () => {
    const cal: Calendar = createCalendar({
      ...chinaSchedules,
      2027: { holidays: statutoryHolidays(2027).flatMap((h) => h.days), workdays: ['2027-02-20'] },
    });
    expect(cal.years.at(-1)).toBe(2027);
    expect(cal.provisionalYears).toEqual([
      2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040,
    ]);
    expect(cal.isWorkday('2027-01-01')).toBe(false);
    expect(cal.isWorkday('2027-02-05')).toBe(false);
    expect(cal.isWorkday('2027-02-20')).toBe(true); // a Saturday made a working day
    expect(cal.isWorkday('2027-01-04')).toBe(true);
    expect(cal.isWorkday('2028-01-03')).toBe(true); // provisional, answered
    expect(() => cal.isWorkday('2041-01-03')).toThrow(/2041/);
    expect(createCalendar(chinaSchedules, { horizon: 0 }).provisionalYears).toEqual([]);
    expect(() => createCalendar(chinaSchedules, { horizon: 0 }).isWorkday('2027-01-04')).toThrow(CalendarYearError);
  });

  it('counts a gap between listed years provisionally', () => {
    const cal = createCalendar({ 2024: chinaSchedules[2024]!, 2026: chinaSchedules[2026]! });
    expect(cal.isWorkday('2024-10-08')).toBe(true);
    expect(cal.isWorkday('2025-03-03')).toBe(true);
    expect(cal.isWorkday('2025-01-29')).toBe(false); // 春节 (初一), computed
    expect(cal.provisionalYears?.slice(0, 2)).toEqual([2025, 2027]);
  });

  it('refuses malformed schedules with a message naming the date', () => {
    expect(() => createCalendar({})).toThrow(TypeError);
    expect(() => createCalendar({ 2027: { holidays: ['2027-02-30'], workdays: [] } })).toThrow(/2027-02-30/);
    expect(() => createCalendar({ 2027: { holidays: ['2026-12-31'], workdays: [] } })).toThrow(/in 2027/);
    expect(() => createCalendar({ 2027: { holidays: ['2027-02-06'], workdays: ['2027-02-06'] } })).toThrow(/both/);
  });
});
