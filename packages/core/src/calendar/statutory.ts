import type { IsoDate } from '../schema/types.js';
import { beijingDay, type LunarMonth, lunarMonths, solarTermOfYear } from './astronomy.js';
import { civilFromDays, daysFromCivil } from './dates.js';

/**
 * The seven statutory festivals of 《全国年节及纪念日放假办法》 (national holidays for all citizens, art. 2).
 *
 * @example
 * const f: Festival = 'springFestival';
 */
export type Festival =
  | 'newYear'
  | 'springFestival'
  | 'qingming'
  | 'labourDay'
  | 'dragonBoat'
  | 'midAutumn'
  | 'nationalDay';

/**
 * One festival's statutory days off in a year (consecutive, Beijing dates).
 *
 * @example
 * statutoryHolidays(2027)[1]; // { festival: 'springFestival', days: ['2027-02-05', …, '2027-02-08'] }
 */
export interface StatutoryHoliday {
  festival: Festival;
  days: IsoDate[];
}

/**
 * The longest block of consecutive days off (statutory days, bridged weekdays and weekends, 调休 included)
 * the official schedules 2022–2026 gave each festival (measured in the calendar tests): 元旦 3 (2022, 2024,
 * 2026), 春节 9 (2026-02-15…23), 清明 3, 劳动节 5, 端午 3, 中秋 3 (8 when merged with 国庆, which its own
 * bound covers), 国庆 8 (2023, 2025). The petitioner's bound (see `latestDueDate`) assumes any day within
 * such a block around a festival's statutory days might be made a day off.
 *
 * @example
 * LONGEST_BLOCKS.springFestival; // 9
 */
export const LONGEST_BLOCKS: Readonly<Record<Festival, number>> = Object.freeze({
  newYear: 3,
  springFestival: 9,
  qingming: 3,
  labourDay: 5,
  dragonBoat: 3,
  midAutumn: 3,
  nationalDay: 8,
});

/** 国务院令第795号 (2024-11-10) applies from 2025: 除夕 and 5月2日 became statutory days off. */
const ORDER_795_FROM = 2025;

/** Day number of day `day` of the non-leap lunar month `month` among `months` (from month 1 onwards). */
function lunarDayIn(months: readonly LunarMonth[], month: number, day: number): number {
  let seenFirst = false;
  for (const m of months) {
    if (m.number === 1 && !m.leap) seenFirst = true;
    if (seenFirst && m.number === month && !m.leap) return m.start + day - 1;
  }
  throw new RangeError(`No lunar month ${month} in this suì`);
}

/**
 * The statutory days off of `year` as day numbers, per festival, computed: the lunar dates from the new
 * moons and solar terms (astronomy.ts), 清明 as the day the Sun reaches 15°. From 2025 the rules of
 * 国务院令第795号 (春节 除夕–初三, 劳动节 5-1 and 5-2), before it those of 国务院令第644号 (初一–初三, 5-1).
 * @internal
 */
export function statutoryDays(year: number): { festival: Festival; from: number; to: number }[] {
  const months = lunarMonths(year);
  const newYearOfLunar = lunarDayIn(months, 1, 1);
  const after795 = year >= ORDER_795_FROM;
  return [
    { festival: 'newYear', from: daysFromCivil(year, 1, 1), to: daysFromCivil(year, 1, 1) },
    { festival: 'springFestival', from: newYearOfLunar - (after795 ? 1 : 0), to: newYearOfLunar + 2 },
    { festival: 'qingming', from: beijingDay(solarTermOfYear(year, 15)), to: beijingDay(solarTermOfYear(year, 15)) },
    { festival: 'labourDay', from: daysFromCivil(year, 5, 1), to: daysFromCivil(year, 5, after795 ? 2 : 1) },
    { festival: 'dragonBoat', from: lunarDayIn(months, 5, 5), to: lunarDayIn(months, 5, 5) },
    { festival: 'midAutumn', from: lunarDayIn(months, 8, 15), to: lunarDayIn(months, 8, 15) },
    { festival: 'nationalDay', from: daysFromCivil(year, 10, 1), to: daysFromCivil(year, 10, 3) },
  ];
}

/**
 * The statutory days off of a year (全国年节及纪念日放假办法, as revised by 国务院令第795号 from 2025),
 * computed — lunar festivals from astronomical new moons and solar terms, 清明 from the Sun's longitude —
 * not typed from a table. These are the days a provisional year has off besides Saturdays and Sundays.
 * Festivals may share a day (中秋 2028 is 10-03, a 国庆 day): it is listed under each.
 *
 * @example
 * statutoryHolidays(2027).find((h) => h.festival === 'midAutumn')?.days; // ['2027-09-15']
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < 1950 || year > 2200) {
    throw new RangeError(`statutoryHolidays needs a year 1950–2200, got ${year}`);
  }
  return statutoryDays(year).map(({ festival, from, to }) => {
    const days: IsoDate[] = [];
    for (let d = from; d <= to; d++) days.push(civilFromDays(d));
    return { festival, days };
  });
}
