import type { Instant, IsoDate } from '../schema/types.js';

/*
 * Pure date arithmetic on day numbers (days since 1970-01-01). No `Date` object, no machine time zone:
 * a petition received at 00:30 in Chengdu is received that day whatever the server's TZ says.
 * Civil ↔ day-number conversion follows H. Hinnant's public-domain `days_from_civil` algorithm.
 */

// Date, optional time, optional offset. Without an offset the wall time is read as Asia/Shanghai.
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(?:([Zz])|([+-]\d{2})(?::?(\d{2}))?)?$/;

/**
 * Thrown by the date functions that cannot return an answer (`shanghaiDate`, `addDays`, `daysBetween`, …) for a
 * value that is not a real date or instant: a `TypeError` with `code: 'invalid-date'`, so a caller can tell it
 * from a bug. Person-typed dates are checked before they get here (schemas and `decide` answer in Chinese and
 * English).
 *
 * @example
 * try { shanghaiDate('2025-11-31T09:00:00+08:00'); } catch (e) { if (e instanceof InvalidDateError) e.code; } // 'invalid-date'
 */
export class InvalidDateError extends TypeError {
  readonly code = 'invalid-date';
  constructor(expected: string, value: unknown) {
    super(`Expected ${expected}, got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}`);
    this.name = 'InvalidDateError';
  }
}

/** Asia/Shanghai is UTC+8 all year: China has not observed daylight saving time since 1991. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian y-m-d (m 1–12). @internal */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DD` for a day number. @internal */
export function civilFromDays(z: number): IsoDate {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Days in month `m` (1–12) of year `y` (proleptic Gregorian). @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The number written by the two decimal digits at `i` of `s`, or -1. @internal */
export function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Day number of a `YYYY-MM-DD` date, or `NaN` when it is not a real date. Parsed with `charCodeAt`, no regex
 * and no string hashing: this is the hot path of `dueDate`.
 * @internal
 */
export function parseDay(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  // A loop and plain arithmetic rather than digits2(): dueDate, which inlines this, measured ~4% faster so.
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const c = date.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    y = y * 10 + c;
  }
  const m1 = date.charCodeAt(5) - 48;
  const m2 = date.charCodeAt(6) - 48;
  const d1 = date.charCodeAt(8) - 48;
  const d2 = date.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return Number.NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/**
 * Day number of a `YYYY-MM-DD` date. Throws an `InvalidDateError` for anything else (a programming mistake:
 * person-typed dates go through the schemas first).
 * @internal
 */
export function dayNumber(date: IsoDate): number {
  const n = parseDay(date);
  if (Number.isNaN(n)) throw new InvalidDateError('a date written YYYY-MM-DD (e.g. 2025-10-09)', date);
  return n;
}

/**
 * Whether a value is a real `YYYY-MM-DD` calendar date (2025-02-29 is not).
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(parseDay(value));
}

/**
 * Milliseconds since the epoch of an instant written in one of the two forms a form or a clock writes,
 * `2025-09-20T01:00:00Z` and `2025-09-20T09:00:00+08:00`, read without a regex (otherwise a third of the time
 * of a registration); `NaN` when it has that form but is no real instant (`2025-02-29…`, `…T24:00:01Z`);
 * `undefined` for any other form, which is left to the regex of `instantMillis` (same answers).
 */
function usualInstantMillis(s: string): number | undefined {
  const n = s.length;
  const zone = s.charCodeAt(19);
  const usual =
    (n === 20 && zone === 90) || // Z
    (n === 25 && (zone === 43 || zone === 45) && s.charCodeAt(22) === 58); // ±hh:mm
  if (
    !usual ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || // T
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  const y1 = digits2(s, 0);
  const y2 = digits2(s, 2);
  const mo = digits2(s, 5);
  const d = digits2(s, 8);
  const h = digits2(s, 11);
  const mi = digits2(s, 14);
  const sec = digits2(s, 17);
  const oh = n === 25 ? digits2(s, 20) : 0;
  const om = n === 25 ? digits2(s, 23) : 0;
  if ((y1 | y2 | mo | d | h | mi | sec | oh | om) < 0) return undefined;
  const y = y1 * 100 + y2;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 24 || mi > 59 || sec > 60 || oh > 23 || om > 59) {
    return Number.NaN;
  }
  if (h === 24 && (mi !== 0 || sec !== 0)) return Number.NaN;
  const offset = n === 20 ? 0 : (zone === 45 ? -1 : 1) * (oh * 60 + om);
  return daysFromCivil(y, mo, d) * MS_PER_DAY + ((h * 60 + mi - offset) * 60 + sec) * 1000;
}

// The last instant read and its milliseconds. A store decides command after command, and the view's `updatedAt`
// is the instant of the command decided just before: read once, not twice. A pure function of the text, so a
// hit is always right.
let lastText = '';
let lastMillis: number | undefined;

/**
 * Milliseconds since the epoch for an instant, or `undefined` if it is not an ISO 8601 instant with a real date
 * and time (`2025-11-31T09:00:00+08:00` is none: there is no 31 November, whatever `Date.parse` says). The one
 * parser of instants of the core: schemas, `decide`, `replay` and statistics all read instants through it.
 * @internal
 */
export function instantMillis(at: unknown): number | undefined {
  if (typeof at !== 'string') return undefined;
  if (at === lastText) return lastMillis;
  const usual = usualInstantMillis(at);
  const ms = usual === undefined ? otherInstantMillis(at) : Number.isNaN(usual) ? undefined : usual;
  lastText = at;
  lastMillis = ms;
  return ms;
}

/**
 * `instantMillis` without its one-instant memory, for the callers that read a different instant each time
 * (replay reads each event's date, statistics each view's): the usual forms are read directly. Same answers.
 */
function freshMillis(at: unknown): number | undefined {
  const usual = typeof at === 'string' ? usualInstantMillis(at) : undefined;
  return usual === undefined ? instantMillis(at) : Number.isNaN(usual) ? undefined : usual;
}

/**
 * `instantMillis` of any form but the usual two (kept apart, so that the usual path stays small): written out in
 * the usual form (no offset: Asia/Shanghai) and read as such.
 */
function otherInstantMillis(at: string): number | undefined {
  const m = ISO_INSTANT.exec(at.trim());
  if (!m) return undefined;
  const ms = m[4] === undefined ? 0 : Math.floor(Number(`0.${m[4]}`) * 1000);
  const zone = m[5] ? 'Z' : `${m[6] ?? '+08'}:${m[7] ?? '00'}`;
  const t = usualInstantMillis(`${m[1]}T${m[2] ?? '00:00'}:${m[3] ?? '00'}${zone}`);
  if (t === undefined || Number.isNaN(t) || (ms !== 0 && m[2]?.startsWith('24'))) return undefined;
  return t + ms;
}

/**
 * The Asia/Shanghai calendar date of an instant, computed with the fixed +08:00 offset (China has no
 * daylight saving time since 1991), never with the machine's time zone. An instant written without an
 * offset is read as Asia/Shanghai wall time. Throws an `InvalidDateError` for a value that is not an instant.
 *
 * @example
 * shanghaiDate('2025-09-30T16:30:00Z');      // '2025-10-01' — 00:30 in Beijing
 * shanghaiDate('2025-10-01T23:59:59+08:00'); // '2025-10-01'
 */
export function shanghaiDate(at: Instant): IsoDate {
  const ms = freshMillis(at);
  if (ms === undefined) throw new InvalidDateError('an ISO 8601 instant such as 2025-09-30T16:30:00Z', at);
  // The form clocks write in Beijing (`…+08:00`, checked by instantMillis): its date is its first ten characters
  // (but 24:00 is the start of the next day).
  if (at.length === 25 && at.charCodeAt(19) === 43 && at.charCodeAt(20) === 48 && at.charCodeAt(21) === 56) {
    if (at.charCodeAt(23) === 48 && at.charCodeAt(24) === 48 && at.charCodeAt(11) !== 50) return at.slice(0, 10);
  }
  return civilFromDays(Math.floor((ms + SHANGHAI_OFFSET_MINUTES * 60_000) / MS_PER_DAY));
}

/**
 * The Asia/Shanghai date of an instant: `shanghaiDate` under the name the lifecycle code reads it by
 * (replay and statistics call it per event and per view).
 * @internal
 */
export const dayOf: (at: Instant) => IsoDate = shanghaiDate;

// Day numbers of 0000-01-01 and 10000-01-01: between them a day number and its YYYY-MM-DD agree.
const FIRST_DAY = -719_528;
const END_DAY = 2_932_897;

/**
 * `dayNumber(shanghaiDate(at))` without the date string in between; throws as they do (an instant outside
 * years 0000–9999 is left to them).
 * @internal
 */
export function shanghaiDay(at: Instant): number {
  const ms = freshMillis(at);
  if (ms !== undefined) {
    const day = Math.floor((ms + SHANGHAI_OFFSET_MINUTES * 60_000) / MS_PER_DAY);
    if (day >= FIRST_DAY && day < END_DAY) return day;
  }
  return dayNumber(shanghaiDate(at));
}

/**
 * The date `n` calendar days after `date` (before it when `n` is negative).
 *
 * @example
 * addDays('2025-09-20', 15); // '2025-10-05'
 * addDays('2024-03-01', -1); // '2024-02-29'
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new InvalidDateError('a whole number of days', n);
  return civilFromDays(dayNumber(date) + n);
}

/**
 * Calendar days from `a` to `b` (positive when `b` is later).
 *
 * @example
 * daysBetween('2025-09-20', '2025-10-09'); // 19
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}
