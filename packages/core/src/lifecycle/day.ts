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
