import { fillBilingual, msg } from '../i18n/index.js';
import type { IsoDate } from '../schema/types.js';
import { civilFromDays, dayNumber, daysFromCivil, parseDay } from './dates.js';
import { chinaRuns } from './holidays.generated.js';
import { checkYearSchedule, type HolidaySchedule, readSchedule, ScheduleError, type YearSchedule } from './schedule.js';
import { type Festival, LONGEST_BLOCKS, statutoryDays } from './statutory.js';

/**
 * Whether a date is a working day (工作日). `years` are the years with an official schedule;
 * `provisionalYears` the years after them (up to the calendar's horizon, 2040 by default) answered from the
 * statutory holidays alone, computed (see `statutoryHolidays`); dates outside raise a
 * {@link CalendarYearError}. `edition` names the data that answered (official years and a fingerprint of
 * their days, provisional years): a store keeps it to know when views must be counted again.
 *
 * @example
 * chinaCalendar.isWorkday('2026-02-14'); // true — a make-up working Saturday (调休)
 * chinaCalendar.isWorkday('2025-10-08'); // false — National Day block
 * chinaCalendar.isWorkday('2027-10-01'); // false — a provisional year: the statutory 国庆 days
 */
export interface Calendar {
  isWorkday(date: IsoDate): boolean;
  readonly years: readonly number[];
  readonly provisionalYears?: readonly number[];
  readonly edition?: string;
}

/** The last year a calendar answers for by default (provisional years up to it). */
export const HORIZON_YEAR = 2040;

const yearNotCovered = msg(
  '日历不含 {year} 年（覆盖 {range} 年）。{year} 年在范围之后时，请升级 @xinfang/core（其临时年份延伸更远），或载入该年的官方日程表：extendCalendar(calendar, schedule)，年度文件见 @xinfang/holidays。',
  "The calendar does not cover {year} (it covers {range}). For a later year, upgrade @xinfang/core (its provisional years reach further) or load that year's official schedule with extendCalendar(calendar, schedule), one file per year in @xinfang/holidays.",
);

/**
 * Thrown when a date falls outside the years a calendar covers (before its first official year, or after
 * its horizon). `year` names it; `messages` says in Chinese and English what to do.
 *
 * @example
 * try { chinaCalendar.isWorkday('2041-05-01'); } catch (e) { if (e instanceof CalendarYearError) e.year; } // 2041
 */
export class CalendarYearError extends Error {
  readonly year: number;
  readonly messages: { zh: string; en: string };
  constructor(year: number, known: readonly number[]) {
    const range = known.length ? `${known[0]}–${known[known.length - 1]}` : '—';
    const messages = fillBilingual(yearNotCovered, { year, range });
    const { zh, en } = messages;
    // (Where a build took the English out and it is not loaded yet, `en` reads as the Chinese: said once.)
    super(en === zh ? zh : `${en} ${zh}`);
    this.name = 'CalendarYearError';
    this.year = year;
    this.messages = messages;
  }
}

/**
 * Precomputed tables over the calendar's span (internal): `cum[i]` = working days in days `[base, base + i)`,
 * `work[k]` = day offset of the k-th working day. `nthWorkdayAfter` and `nextWorkday` are O(1).
 * @internal
 */
export interface CalendarTable {
  readonly base: number;
  readonly length: number;
  readonly firstYear: number;
  readonly known: ReadonlySet<number>;
  /** Every year the table answers for, official and provisional. */
  readonly years: readonly number[];
  readonly cum: Int32Array;
  readonly work: Int32Array;
  /** `YYYY-MM-DD` of each day offset: O(1) formatting of answers inside the table. */
  readonly labels: readonly string[];
  /** True when every year between the first and the last is known (no gaps). */
  readonly contiguous: boolean;
}

/** What a calendar made here keeps besides its table: its sources, its bound, where provisional days begin. */
interface Extras {
  readonly table: CalendarTable;
  readonly schedules: Readonly<Record<number, YearSchedule>>;
  readonly sources: Readonly<Record<number, string>>;
  readonly horizon: number;
  readonly blocks: Readonly<Record<Festival, number>>;
  /** The calendar of the latest days any official schedule could give (petitioners' windows). */
  readonly latest: Calendar;
  /** First date whose answer a later official schedule could change, or undefined. */
  readonly provisionalFrom: IsoDate | undefined;
}

const EXTRAS: unique symbol = Symbol('xinfang.calendar');
const TABLE: unique symbol = Symbol('xinfang.calendarTable');

interface TableCalendar extends Calendar {
  readonly [TABLE]: CalendarTable;
  [EXTRAS]?: Extras;
}

/** The internal table of a calendar made by {@link createCalendar}, if it is one. @internal */
export function tableOf(calendar: Calendar): CalendarTable | undefined {
  return (calendar as Partial<TableCalendar>)[TABLE];
}

function extrasOf(calendar: Calendar): Extras | undefined {
  return (calendar as Partial<TableCalendar>)[EXTRAS];
}

/** The calendar that counts petitioners' windows to the latest date any official schedule could give. @internal */
export function latestOf(calendar: Calendar): Calendar {
  return extrasOf(calendar)?.latest ?? calendar;
}

/**
 * The first date from which a calendar's answers are provisional — a later official schedule could still
 * change them: the first day of its first provisional year, or an earlier day that the next year's notice
 * could still make a day off (the end of December before it). `undefined` when nothing is provisional
 * (a calendar made without provisional years, or one that is not made by this module). A due date on or
 * after it depends on a provisional day and is flagged so (`deadlines()`, `view.provisional`).
 *
 * @example
 * provisionalFrom(chinaCalendar); // '2026-12-29' (the New Year block of 2027 could begin then)
 */
export function provisionalFrom(calendar: Calendar): IsoDate | undefined {
  return extrasOf(calendar)?.provisionalFrom;
}

/**
 * Whether a due date depends on a provisional day of `calendar` (it is on or after {@link provisionalFrom}, and
 * not after the calendar's horizon).
 *
 * @example
 * isProvisional('2027-02-08', chinaCalendar); // true
 * isProvisional('2026-06-19', chinaCalendar); // false
 */
export function isProvisional(date: IsoDate, calendar: Calendar): boolean {
  const x = extrasOf(calendar);
  if (x?.provisionalFrom === undefined || !(date >= x.provisionalFrom)) return false;
  // After the horizon a date is not provisional but unknown (CalendarYearError).
  return parseDay(date) - x.table.base < x.table.length;
}

/** Throws {@link CalendarYearError} unless every year of the day range [from, to] is known. @internal */
export function assertKnown(t: CalendarTable, from: number, to: number): void {
  const lastDay = t.base + t.length - 1;
  if (from < t.base || from > lastDay) throw new CalendarYearError(yearOf(from), t.years);
  if (to < t.base || to > lastDay) throw new CalendarYearError(yearOf(to), t.years);
  if (t.contiguous) return;
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!t.known.has(y)) throw new CalendarYearError(y, t.years);
}

function yearOf(day: number): number {
  return Number(civilFromDays(day).slice(0, 4));
}

/**
 * Builds a calendar from official schedules, keyed by year. Saturdays and Sundays are days off unless
 * listed in `workdays`; every date in `holidays` is a day off. Years without a schedule between the first
 * and `options.horizon` (default {@link HORIZON_YEAR}, at least the last listed year) are provisional: the
 * statutory holidays (computed) and weekends off, no make-up working days. `options.horizon: 0` makes no
 * provisional year (dates after the last schedule then throw). `options.longestBlocks` widens (or narrows) the
 * petitioner's bound per festival (default {@link LONGEST_BLOCKS}; whole days 1–15; kept by `extendCalendar`). Throws a {@link ScheduleError} (a
 * `TypeError`, bilingual) when a schedule is malformed or contradicts the statutory holidays.
 *
 * @example
 * const cal = createCalendar({ ...chinaSchedules, 2027: { holidays: [...], workdays: [...] } });
 * cal.years;            // [2022, …, 2027]
 * cal.provisionalYears; // [2028, …, 2040]
 */
export function createCalendar(
  schedules: Readonly<Record<number, YearSchedule>>,
  options: {
    horizon?: number;
    sources?: Readonly<Record<number, string>>;
    longestBlocks?: Partial<Record<Festival, number>>;
  } = {},
): Calendar {
  const years = Object.keys(schedules ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) {
    throw new ScheduleError(
      'schedule-calendar',
      msg('createCalendar 至少需要一个年份的日程表。', 'createCalendar needs the schedule of at least one year.'),
    );
  }
  for (const y of years) {
    if (!Number.isInteger(y) || y < 1000 || y > 9999) {
      throw new ScheduleError(
        'schedule-year',
        fillBilingual(
          msg('不是年份：{y}。请以四位年份为键。', 'Not a year: {y}. Key the schedules by four-digit years.'),
          {
            y,
          },
        ),
      );
    }
    const bad = checkYearSchedule(y, schedules[y]!);
    if (bad) throw bad;
  }
  return build(
    years,
    schedules,
    options.sources ?? {},
    horizonOf(years, options.horizon),
    blocksOf(options.longestBlocks),
  );
}

function blocksOf(given: Partial<Record<Festival, number>> | undefined): Readonly<Record<Festival, number>> {
  if (given === undefined) return LONGEST_BLOCKS;
  const out = { ...LONGEST_BLOCKS };
  for (const [festival, days] of Object.entries(given ?? {})) {
    if (!(festival in LONGEST_BLOCKS) || !Number.isInteger(days) || (days as number) < 1 || (days as number) > 15) {
      throw new ScheduleError(
        'schedule-calendar',
        fillBilingual(
          msg(
            'longestBlocks 的 {festival} 须为节日名（如 springFestival）和 1–15 的整天数，得到 {days}。',
            'longestBlocks {festival} must name a festival (e.g. springFestival) with 1–15 whole days, got {days}.',
          ),
          { festival: JSON.stringify(festival), days: JSON.stringify(days) },
        ),
      );
    }
    out[festival as Festival] = days as number;
  }
  return Object.freeze(out);
}

function horizonOf(years: readonly number[], horizon: number | undefined): number {
  const last = years[years.length - 1]!;
  if (horizon === 0) return last;
  const h = horizon ?? HORIZON_YEAR;
  if (!Number.isInteger(h) || h < 1000 || h > 2200) {
    throw new ScheduleError(
      'schedule-calendar',
      fillBilingual(msg('horizon 须为 2200 年之前的年份，得到 {h}。', 'horizon must be a year up to 2200, got {h}.'), {
        h,
      }),
    );
  }
  return Math.max(h, last);
}

/**
 * A new calendar with one more year's official schedule — the day the State Council publishes it, without
 * waiting for a release: `schedule` is a {@link HolidaySchedule} (object or JSON text, checked by
 * `readSchedule`). The year may be provisional (it becomes official), a year after the horizon (the horizon
 * moves), or already official with exactly the same days (the same calendar is returned). Throws a
 * {@link ScheduleError} (bilingual, never an untyped error) when the schedule is malformed, contradicts the
 * statutory holidays or a different official schedule of the same year, or `calendar` was not made here.
 *
 * @example
 * import s2027 from '@xinfang/holidays/2027.json' with { type: 'json' };
 * const calendar = extendCalendar(chinaCalendar, s2027);
 * calendar.years.includes(2027); // true
 */
export function extendCalendar(calendar: Calendar, schedule: HolidaySchedule | unknown): Calendar {
  const x = calendar === null || typeof calendar !== 'object' ? undefined : extrasOf(calendar);
  if (x === undefined) {
    throw new ScheduleError(
      'schedule-calendar',
      msg(
        'extendCalendar 只能扩展 createCalendar 或 chinaCalendar 得到的日历。',
        'extendCalendar extends calendars made by createCalendar (or chinaCalendar) only.',
      ),
    );
  }
  const r = readSchedule(schedule);
  if (!r.ok) throw r.error;
  const s = r.schedule;
  const first = x.table.firstYear;
  if (s.year < first) {
    throw new ScheduleError(
      'schedule-year',
      fillBilingual(
        msg(
          '该日历从 {first} 年开始，不能加入 {year} 年。请用 createCalendar 建立含更早年份的日历。',
          'This calendar starts in {first}; {year} cannot be added. Build one with earlier years with createCalendar.',
        ),
        { first, year: s.year },
      ),
    );
  }
  const had = x.schedules[s.year];
  if (had !== undefined) {
    const same =
      had.holidays.length === s.holidays.length &&
      had.workdays.length === s.workdays.length &&
      [...had.holidays].sort().every((d, i) => d === s.holidays[i]) &&
      [...had.workdays].sort().every((d, i) => d === s.workdays[i]);
    if (same) return calendar;
    throw new ScheduleError(
      'schedule-conflict',
      fillBilingual(
        msg(
          '日历已有 {year} 年的官方日程表，与载入的文件不同。请核对文件是否为该年的国务院办公厅通知；如确需更正，请用 createCalendar 重建日历。',
          "The calendar already has an official {year} schedule that differs from this file. Check the file is the State Council's notice for {year}; to correct a year, rebuild the calendar with createCalendar.",
        ),
        { year: s.year },
      ),
    );
  }
  const schedules = { ...x.schedules, [s.year]: { holidays: s.holidays, workdays: s.workdays } };
  const years = Object.keys(schedules)
    .map(Number)
    .sort((a, b) => a - b);
  return build(years, schedules, { ...x.sources, [s.year]: s.source }, Math.max(x.horizon, s.year), x.blocks);
}

/** FNV-1a over bytes, as 8 hex digits: the fingerprint of an edition's official days. */
function fnv(bytes: Uint8Array, from: number, to: number): string {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Saturdays and Sundays off (0), other days working (1), for `length` days from day number `base`. */
function weekFlags(base: number, length: number): Uint8Array {
  const flags = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const dow = (((base + i + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    flags[i] = dow === 0 || dow === 6 ? 0 : 1;
  }
  return flags;
}

/**
 * The calendar of `years` (sorted, checked) up to `horizon`: two tables over the same days, the answers
 * (official days, provisional years from the statutory days) and the latest bound (provisional years: every
 * day that could be made a day off, see {@link LONGEST_BLOCKS}; no make-up working days).
 */
function build(
  years: readonly number[],
  schedules: Readonly<Record<number, YearSchedule>>,
  sources: Readonly<Record<number, string>>,
  horizon: number,
  blocks: Readonly<Record<Festival, number>> = LONGEST_BLOCKS,
): Calendar {
  const firstYear = years[0]!;
  const base = daysFromCivil(firstYear, 1, 1);
  const length = daysFromCivil(horizon + 1, 1, 1) - base;
  const flags = weekFlags(base, length);
  const official = new Set(years);
  for (const y of years) {
    const s = schedules[y]!;
    for (const date of s.holidays) flags[dayNumber(date) - base] = 0;
    for (const date of s.workdays) flags[dayNumber(date) - base] = 1;
  }
  const latest = flags.slice();
  const provisional: number[] = [];
  let firstChange = length;
  for (let y = firstYear; y <= horizon; y++) {
    if (official.has(y)) continue;
    provisional.push(y);
    const yearStart = daysFromCivil(y, 1, 1) - base;
    firstChange = Math.min(firstChange, yearStart);
    for (const { festival, from, to } of statutoryDays(y)) {
      for (let d = from; d <= to; d++) flags[d - base] = 0;
      // Any day of a block as long as the longest official one that holds the statutory days.
      const m = blocks[festival];
      for (let d = to - m + 1; d <= from + m - 1; d++) {
        const i = d - base;
        if (i < 0 || i >= length) continue;
        if (latest[i] === 1) firstChange = Math.min(firstChange, i);
        latest[i] = 0;
      }
    }
    // No make-up working days are known: in the latest bound every weekend of the year stays off.
    const yearEnd = daysFromCivil(y + 1, 1, 1) - base;
    const week = weekFlags(base + yearStart, yearEnd - yearStart);
    for (let k = 0; k < week.length; k++) if (week[k] === 0) latest[yearStart + k] = 0;
  }
  const labels: string[] = new Array(length);
  for (let i = 0; i < length; i++) labels[i] = civilFromDays(base + i);
  const all: number[] = [];
  for (let y = firstYear; y <= horizon; y++) all.push(y);
  const lastOfficial = years[years.length - 1]!;
  const officialEnd = daysFromCivil(lastOfficial + 1, 1, 1) - base;
  const edition =
    `cn ${firstYear}-${lastOfficial}/${fnv(flags, 0, officialEnd)}` +
    (provisional.length ? ` provisional ${provisional.join(',').replace(/(\d+)(?:,\d+)*,(\d+)$/, '$1-$2')}` : '');
  const main = tableCalendar(years, all, provisional, edition, flags, base, labels);
  const bound = tableCalendar(years, all, provisional, `${edition} latest`, latest, base, labels);
  const extras: Extras = {
    table: tableOf(main)!,
    schedules: Object.freeze({ ...schedules }),
    sources: Object.freeze({ ...sources }),
    horizon,
    blocks,
    latest: bound,
    provisionalFrom: firstChange < length ? labels[firstChange] : undefined,
  };
  (main as TableCalendar)[EXTRAS] = extras;
  (bound as TableCalendar)[EXTRAS] = { ...extras, latest: bound };
  return Object.freeze(main);
}

/** A calendar over the days of `flags` (1 = working day) from day number `base`; lookups elsewhere throw. */
function tableCalendar(
  years: readonly number[],
  all: readonly number[],
  provisional: readonly number[],
  edition: string,
  flags: Uint8Array,
  base: number,
  labels: readonly string[],
): Calendar {
  const length = flags.length;
  const cum = new Int32Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    cum[i] = count;
    count += flags[i]!;
  }
  cum[length] = count;
  const work = new Int32Array(count);
  for (let i = 0, k = 0; i < length; i++) if (flags[i]) work[k++] = i;
  const table: CalendarTable = {
    base,
    length,
    firstYear: all[0]!,
    known: new Set(all),
    years: all,
    cum,
    work,
    labels,
    contiguous: true,
  };
  const calendar: TableCalendar = {
    years: Object.freeze(years.slice()),
    provisionalYears: Object.freeze(provisional.slice()),
    edition,
    isWorkday(date: IsoDate): boolean {
      const i = parseDay(date) - base;
      if (i >= 0 && i < length) return flags[i] === 1;
      const d = dayNumber(date);
      assertKnown(table, d, d);
      return flags[d - base] === 1;
    },
    [TABLE]: table,
  };
  return calendar;
}

/** Calls `f` with the day number of each day of `runs` in year `y` (`'0101-0103 1231'`, see holidays.generated.ts). */
function eachRunDay(y: number, runs: string, f: (day: number) => void): void {
  for (const run of runs.split(' ')) {
    if (run === '') continue;
    const from = daysFromCivil(y, Number(run.slice(0, 2)), Number(run.slice(2, 4)));
    const to = run.length > 4 ? daysFromCivil(y, Number(run.slice(5, 7)), Number(run.slice(7, 9))) : from;
    for (let d = from; d <= to; d++) f(d);
  }
}

const chinaYears = (): number[] => Object.keys(chinaRuns).map(Number);

/**
 * The official schedules behind {@link chinaCalendar}, one `YYYY-MM-DD` per listed day, keyed by year
 * (2022–2026): what to spread into {@link createCalendar} to add a year. Generated from the npm package
 * `chinese-days` (MIT) by `scripts/generate-holidays.mjs`.
 *
 * @example
 * chinaSchedules[2026].workdays.includes('2026-02-14'); // true
 */
export const chinaSchedules: Readonly<Record<number, YearSchedule>> = /* @__PURE__ */ (() => {
  const out: Record<number, YearSchedule> = {};
  for (const y of chinaYears()) {
    const s: YearSchedule = { holidays: [], workdays: [] };
    eachRunDay(y, chinaRuns[y]!.holidays, (d) => s.holidays.push(civilFromDays(d)));
    eachRunDay(y, chinaRuns[y]!.workdays, (d) => s.workdays.push(civilFromDays(d)));
    out[y] = s;
  }
  return out;
})();

/**
 * The official Chinese calendar of statutory days off and make-up working days, generated from the
 * npm package `chinese-days` (MIT) by `scripts/generate-holidays.mjs` and cross-checked in tests against
 * the State Council notices cited in `shared/domain/holidays-2024-2026.json`. Official for
 * `chinaCalendar.years` (2022–2026); provisional for `chinaCalendar.provisionalYears` (the years after, up
 * to {@link HORIZON_YEAR}: statutory holidays computed, flagged wherever a due date depends on them); other
 * years throw a {@link CalendarYearError}. Add a year's official schedule with {@link extendCalendar}.
 *
 * @example
 * chinaCalendar.isWorkday('2025-09-28'); // true  — make-up working Sunday before National Day
 * chinaCalendar.isWorkday('2025-10-06'); // false
 * chinaCalendar.years;                   // [2022, 2023, 2024, 2025, 2026]
 * chinaCalendar.provisionalYears;        // [2027, …, 2040]
 */
export const chinaCalendar: Calendar = /* @__PURE__ */ (() =>
  // The generated data is checked when generated and by the tests: built without checking it again.
  build(chinaYears(), chinaSchedules, {}, HORIZON_YEAR))();
