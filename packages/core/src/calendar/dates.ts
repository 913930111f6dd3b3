import type { Instant, IsoDate } from '../schema/types.js';

/*
 * Pure date arithmetic on day numbers (days since 1970-01-01). No `Date` object, no machine time zone:
 * a petition received at 00:30 in Chengdu is received that day whatever the server's TZ says.
 * Civil ↔ day-number conversion follows H. Hinnant's public-domain `days_from_civil` algorithm.
 */

// Date, optional time, optional offset. Without an offset the wall time is read as Asia/Shanghai.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

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

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
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
 * Day number of a `YYYY-MM-DD` date. Throws a `TypeError` for anything else (a programming mistake:
 * person-typed dates go through the schemas first).
 * @internal
 */
export function dayNumber(date: IsoDate): number {
  const n = parseDay(date);
  if (Number.isNaN(n)) {
    throw new TypeError(`Expected a date written YYYY-MM-DD (e.g. 2025-10-09), got ${JSON.stringify(date)}`);
  }
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

/** Milliseconds since the epoch for an instant, or `undefined` if it is not an ISO 8601 instant. @internal */
export function instantMillis(at: Instant): number | undefined {
  const m = typeof at === 'string' ? ISO_INSTANT.exec(at.trim()) : null;
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = m[4] === undefined ? 0 : Number(m[4]);
  const mi = m[5] === undefined ? 0 : Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 24 || mi > 59 || s > 60) return undefined;
  if (h === 24 && (mi !== 0 || s !== 0 || ms !== 0)) return undefined;
  let offset = SHANGHAI_OFFSET_MINUTES;
  const z = m[8];
  if (z !== undefined && z !== 'Z' && z !== 'z') {
    const sign = z[0] === '-' ? -1 : 1;
    const digits = z.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return undefined;
    offset = sign * (oh * 60 + om);
  } else if (z !== undefined) {
    offset = 0;
  }
  return daysFromCivil(y, mo, d) * MS_PER_DAY + ((h * 60 + mi - offset) * 60 + s) * 1000 + ms;
}

/**
 * The Asia/Shanghai calendar date of an instant, computed with the fixed +08:00 offset (China has no
 * daylight saving time since 1991), never with the machine's time zone. An instant written without an
 * offset is read as Asia/Shanghai wall time. Throws a `TypeError` for a string that is not an instant.
 *
 * @example
 * shanghaiDate('2025-09-30T16:30:00Z');      // '2025-10-01' — 00:30 in Beijing
 * shanghaiDate('2025-10-01T23:59:59+08:00'); // '2025-10-01'
 */
export function shanghaiDate(at: Instant): IsoDate {
  const ms = instantMillis(at);
  if (ms === undefined) {
    throw new TypeError(`Expected an ISO 8601 instant such as 2025-09-30T16:30:00Z, got ${JSON.stringify(at)}`);
  }
  return civilFromDays(Math.floor((ms + SHANGHAI_OFFSET_MINUTES * 60_000) / MS_PER_DAY));
}

/**
 * The date `n` calendar days after `date` (before it when `n` is negative).
 *
 * @example
 * addDays('2025-09-20', 15); // '2025-10-05'
 * addDays('2024-03-01', -1); // '2024-02-29'
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new TypeError(`addDays needs a whole number of days, got ${n}`);
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
