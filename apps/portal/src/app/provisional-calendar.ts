/**
 * Provisional holiday schedules for the years whose official arrangement (放假安排) is not yet in the core's
 * `chinaCalendar`. The State Council publishes next year's schedule each November; until the core ships it,
 * a petition registered in late 2026 has a 60-day handling period (22 art 34) that ends in 2027 and cannot be
 * counted. The core refuses to guess (it throws `CalendarYearError`); this demo portal instead counts such
 * periods on an explicit, visibly flagged provisional schedule:
 *
 * - the statutory holidays of 《全国年节及纪念日放假办法》 as revised by 国务院令第795号 (2024): 元旦 1 day,
 *   春节 4 days (除夕 and 正月初一–初三), 清明 1 day, 劳动节 2 days (5-1, 5-2), 端午 1 day, 中秋 1 day,
 *   国庆 3 days (10-1…10-3), on their 2027 dates (lunar festivals: 除夕 2027-02-05, 清明 2027-04-05,
 *   端午 2027-06-09, 中秋 2027-09-15);
 * - Saturdays and Sundays off; no make-up working days (调休), since none are published.
 *
 * With fewer days off than the official schedule will have, a provisional due date is never later than the
 * official one: the office errs on the side of acting early. The office bar says so whenever a deadline may
 * fall in a provisional year. Replace this with the official schedule (`createCalendar`) once it is out.
 */
import { chinaSchedules } from '@xinfang/core';

/** Years counted on a provisional schedule, with the statutory days off only. */
export const provisionalSchedules = {
  2027: {
    holidays: [
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ],
    workdays: [] as string[],
  },
} as const;

/** The years of `provisionalSchedules`. */
export const provisionalYears: readonly number[] = Object.keys(provisionalSchedules).map(Number);

/** The years of the core's official schedules (those of `chinaCalendar`, read without building it). */
export const officialYears: readonly number[] = Object.keys(chinaSchedules).map(Number);

/**
 * The years the portal's calendar (`calendar` of services.ts) covers, in order — known without building the
 * calendar's tables, so the office bar can say whether the demo date is covered before the store code (which
 * builds them) has loaded. This module imports only the schedules' data, not the calendar code.
 */
export const portalCalendarYears: readonly number[] = [...new Set([...officialYears, ...provisionalYears])].sort(
  (a, b) => a - b,
);
