import type { IsoDate } from '../schema/types.js';
import { civilFromDays, dayNumber, daysFromCivil, isIsoDate, parseDay } from './dates.js';
import { chinaRuns } from './holidays.generated.js';

/**
 * Whether a date is a working day (工作日), on an official schedule that covers `years`.
 * Dates in other years raise a {@link CalendarYearError}: never a silent guess (rules.md §2).
 *
 * @example
 * chinaCalendar.isWorkday('2026-02-14'); // true — a make-up working Saturday (调休)
 * chinaCalendar.isWorkday('2025-10-08'); // false — National Day block
 */
export interface Calendar {
  isWorkday(date: IsoDate): boolean;
  readonly years: readonly number[];
}

/**
 * One year's official schedule as the State Council publishes it each November: the statutory days off
 * (法定节假日, incl. the weekends inside a block) and the make-up working days (调休上班日).
 *
 * @example
 * const s2026: YearSchedule = { holidays: ['2026-01-01', '2026-01-02', '2026-01-03'], workdays: ['2026-01-04'] };
 */
export interface YearSchedule {
  holidays: IsoDate[];
  workdays: IsoDate[];
}

/**
 * Thrown when a date falls in a year the calendar has no official schedule for. `year` names it.
 *
 * @example
 * try { chinaCalendar.isWorkday('2031-05-01'); } catch (e) { if (e instanceof CalendarYearError) e.year; } // 2031
 */
export class CalendarYearError extends Error {
  readonly year: number;
  constructor(year: number, known: readonly number[]) {
    const range = known.length ? `${known[0]}–${known[known.length - 1]}` : 'none';
    super(
      `No official holiday schedule for ${year} in this calendar (it covers ${range}). ` +
        `Add the State Council's notice for ${year} with createCalendar({ ...schedules, ${year}: { holidays: [...], workdays: [...] } }), ` +
        `or update chinese-days and run \`node packages/core/scripts/generate-holidays.mjs\`.`,
    );
    this.name = 'CalendarYearError';
    this.year = year;
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
  readonly years: readonly number[];
  readonly cum: Int32Array;
  readonly work: Int32Array;
  /** `YYYY-MM-DD` of each day offset: O(1) formatting of answers inside the table. */
  readonly labels: readonly string[];
  /** True when every year between the first and the last is known (no gaps). */
  readonly contiguous: boolean;
}

const TABLE: unique symbol = Symbol('xinfang.calendarTable');

interface TableCalendar extends Calendar {
  readonly [TABLE]: CalendarTable;
}

/** The internal table of a calendar made by {@link createCalendar}, if it is one. @internal */
export function tableOf(calendar: Calendar): CalendarTable | undefined {
  return (calendar as Partial<TableCalendar>)[TABLE];
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
 * listed in `workdays`; every date in `holidays` is a day off. A weekend next to a holiday block stays a
 * day off even if a source does not list it (rules.md §2). Throws a `TypeError` when a listed date is
 * malformed or belongs to another year, or is listed both as a holiday and a working day.
 *
 * @example
 * const cal = createCalendar({ ...chinaSchedules, 2027: { holidays: ['2027-01-01'], workdays: [] } });
 * cal.isWorkday('2027-01-01'); // false
 */
export function createCalendar(schedules: Readonly<Record<number, YearSchedule>>): Calendar {
  const years = Object.keys(schedules)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) throw new TypeError('createCalendar needs the schedule of at least one year');
  for (const y of years) {
    if (!Number.isInteger(y) || y < 1000 || y > 9999) throw new TypeError(`Not a year: ${y}`);
  }
  for (const y of years) {
    const s = schedules[y]!;
    const holidays = new Set(s.holidays);
    for (const [list, value] of [
      [s.holidays, 0],
      [s.workdays, 1],
    ] as const) {
      for (const date of list) {
        if (!isIsoDate(date) || Number(date.slice(0, 4)) !== y) {
          throw new TypeError(`Schedule ${y} lists ${JSON.stringify(date)}: expected a YYYY-MM-DD date in ${y}`);
        }
        if (value === 1 && holidays.has(date)) {
          throw new TypeError(`Schedule ${y} lists ${date} both as a holiday and as a make-up working day`);
        }
      }
    }
  }
  const listed = new Set(years);
  return tableCalendar(years, (flags, base) => {
    for (let y = years[0]!; y < years[years.length - 1]!; y++) {
      if (listed.has(y)) continue;
      flags.fill(0, daysFromCivil(y, 1, 1) - base, daysFromCivil(y + 1, 1, 1) - base); // gap year: unknown, lookups throw
    }
    for (const y of years) {
      const s = schedules[y]!;
      for (const date of s.holidays) flags[dayNumber(date) - base] = 0;
      for (const date of s.workdays) flags[dayNumber(date) - base] = 1;
    }
  });
}

/**
 * A calendar over `years` (sorted, checked): Saturdays and Sundays off, then `mark` sets the listed days and
 * the days of the years between them that have no schedule (0 = day off, 1 = working day) in `flags`, indexed
 * by day number − `base`. Lookups in those years throw.
 */
function tableCalendar(years: number[], mark: (flags: Uint8Array, base: number) => void): Calendar {
  const firstYear = years[0]!;
  const lastYear = years[years.length - 1]!;
  const base = daysFromCivil(firstYear, 1, 1);
  const length = daysFromCivil(lastYear + 1, 1, 1) - base;
  const flags = new Uint8Array(length); // 1 = working day
  for (let i = 0; i < length; i++) {
    const dow = (((base + i + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    flags[i] = dow === 0 || dow === 6 ? 0 : 1;
  }
  const known = new Set<number>(years);
  mark(flags, base);
  const cum = new Int32Array(length + 1);
  let count = 0;
  for (let i = 0; i < length; i++) {
    cum[i] = count;
    count += flags[i]!;
  }
  cum[length] = count;
  const work = new Int32Array(count);
  for (let i = 0, k = 0; i < length; i++) if (flags[i]) work[k++] = i;

  const labels: string[] = new Array(length);
  for (let i = 0; i < length; i++) labels[i] = civilFromDays(base + i);
  const contiguous = known.size === lastYear - firstYear + 1;
  const table: CalendarTable = { base, length, firstYear, known, years, cum, work, labels, contiguous };
  const calendar: TableCalendar = {
    years: Object.freeze(years.slice()),
    isWorkday(date: IsoDate): boolean {
      const i = contiguous ? parseDay(date) - base : -1;
      if (i >= 0 && i < length) return flags[i] === 1;
      const d = dayNumber(date);
      assertKnown(table, d, d);
      return flags[d - base] === 1;
    },
    [TABLE]: table,
  };
  return Object.freeze(calendar);
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
 * the State Council notices cited in `shared/domain/holidays-2024-2026.json`. Covers `chinaCalendar.years`
 * (2022–2026); other years throw a {@link CalendarYearError}.
 *
 * @example
 * chinaCalendar.isWorkday('2025-09-28'); // true  — make-up working Sunday before National Day
 * chinaCalendar.isWorkday('2025-10-06'); // false
 * chinaCalendar.years;                   // [2022, 2023, 2024, 2025, 2026]
 */
export const chinaCalendar: Calendar = /* @__PURE__ */ (() => {
  const years = chinaYears();
  // Built from the runs directly (checked when generated and by the tests), not through chinaSchedules.
  return tableCalendar(years, (flags, base) => {
    for (const y of years) {
      eachRunDay(y, chinaRuns[y]!.holidays, (d) => {
        flags[d - base] = 0;
      });
      eachRunDay(y, chinaRuns[y]!.workdays, (d) => {
        flags[d - base] = 1;
      });
    }
  });
})();
