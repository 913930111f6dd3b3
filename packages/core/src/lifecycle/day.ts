import { daysFromCivil, dayNumber } from '../calendar/dates.js';
import { addDays, type Instant, type IsoDate, shanghaiDate } from '../calendar/index.js';

/**
 * The Asia/Shanghai date of an instant — `shanghaiDate` with fast paths for the two shapes clocks
 * produce (`…+08:00` and `…Z` from `toISOString()`), since replay and statistics call it per event/view.
 * Anything else goes through `shanghaiDate`, which validates and throws on a non-instant.
 */
export function dayOf(at: Instant): IsoDate {
  const n = at.length;
  if (n >= 20 && at.charCodeAt(10) === 84 /* T */ && at.charCodeAt(4) === 45 && at.charCodeAt(7) === 45) {
    const h1 = at.charCodeAt(11) - 48;
    const h2 = at.charCodeAt(12) - 48;
    const hour = h1 * 10 + h2;
    if (h1 >= 0 && h1 <= 2 && h2 >= 0 && h2 <= 9 && hour < 24) {
      if (n >= 25 && at.endsWith('+08:00')) return at.slice(0, 10);
      // UTC: 16:00Z is midnight in Beijing (UTC+8, no daylight saving since 1991).
      if (at.charCodeAt(n - 1) === 90 /* Z */) return hour < 16 ? at.slice(0, 10) : addDays(at.slice(0, 10), 1);
    }
  }
  return shanghaiDate(at);
}

/** Day number of the `YYYY-MM-DD` written in the first ten characters of `s`, or -1e9 when one is not a digit. */
function leadingDayNo(s: string): number {
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  // One unsigned test for eight digits: any value outside 0–9 sets a bit above 9 in the OR.
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >>> 0 > 15 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9) return -1e9;
  if (m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return -1e9;
  return daysFromCivil(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
}

/**
 * Day number (days since 1970-01-01) of the Asia/Shanghai date of an instant — `dayOf` without building the
 * date string, for loops over many views (statistics). Same answer as `dayNumber(dayOf(at))`.
 * @internal
 */
export function dayNoOf(at: Instant): number {
  const n = at.length;
  if (n >= 20 && at.charCodeAt(10) === 84 /* T */ && at.charCodeAt(4) === 45 && at.charCodeAt(7) === 45) {
    const h1 = at.charCodeAt(11) - 48;
    const h2 = at.charCodeAt(12) - 48;
    const hour = h1 * 10 + h2;
    if (h1 >= 0 && h1 <= 2 && h2 >= 0 && h2 <= 9 && hour < 24) {
      const day = leadingDayNo(at);
      if (day !== -1e9) {
        if (n >= 25 && at.endsWith('+08:00')) return day;
        if (at.charCodeAt(n - 1) === 90 /* Z */) return hour < 16 ? day : day + 1;
      }
    }
  }
  return dayNumber(dayOf(at));
}
