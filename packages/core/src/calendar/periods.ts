import type { Instant, IsoDate } from '../schema/types.js';
import { assertKnown, type Calendar, latestOf, tableOf } from './calendar.js';
import { civilFromDays, dayNumber, parseDay, shanghaiDay } from './dates.js';

/**
 * How a period is counted: calendar days (`day`, 民法典 201/203) or working days (`workday`, 工作日).
 *
 * @example
 * const unit: PeriodUnit = 'workday';
 */
export type PeriodUnit = 'day' | 'workday';

/**
 * A statutory or policy period: a number of days, its unit, and whether a last day that is a day off
 * moves to the next working day (民法典 203; default `true`, a policy may say otherwise).
 *
 * @example
 * const handling: Period = { days: 60, unit: 'day' };                        // 22 art 34
 * const objection: Period = { days: 5, unit: 'workday' };                    // 22 art 23(3)
 * const strict: Period = { days: 15, unit: 'day', rollForward: false };     // a policy without roll-forward
 */
export interface Period {
  days: number;
  unit: PeriodUnit;
  rollForward?: boolean;
}

/**
 * Whether a deadline is comfortably ahead, close (`due-soon`: due today or within `soon` working days), or
 * passed (`overdue`: today is after the last day).
 *
 * @example
 * const s: PeriodStatus = 'due-soon';
 */
export type PeriodStatus = 'on-time' | 'due-soon' | 'overdue';

function checkPeriod(period: Period): void {
  if (!period || !Number.isInteger(period.days) || period.days < 0) {
    throw new RangeError(`A period needs a whole, non-negative number of days, got ${JSON.stringify(period)}`);
  }
  if (period.unit !== 'day' && period.unit !== 'workday') {
    throw new RangeError(`A period's unit is 'day' or 'workday', got ${JSON.stringify(period.unit)}`);
  }
}

/**
 * The last day (`YYYY-MM-DD`) on which an act is still on time, for a period that starts with the event on
 * `start`.
 *
 * - `unit: 'day'`: the start day is not counted (民法典 201); a last day that is a day off moves to the first
 *   working day after it (民法典 203) unless `rollForward: false`.
 * - `unit: 'workday'`: the `days`-th working day after the start day (`days: 0` is the start day itself if it
 *   is a working day, else the next working day).
 *
 * Runs in O(1) on calendars made by `createCalendar` (precomputed tables); other `Calendar`s are walked day
 * by day. In a provisional year (no official schedule yet) the answer counts the statutory holidays and is
 * flagged by `isProvisional`; a `CalendarYearError` is thrown only when the answer depends on a year outside the
 * calendar (after its horizon, or before its first year).
 *
 * @example
 * dueDate('2025-09-20', { days: 15, unit: 'day' }, chinaCalendar);     // '2025-10-09' (10-05 is in the National Day block)
 * dueDate('2026-02-10', { days: 5, unit: 'workday' }, chinaCalendar);  // '2026-02-24'
 * dueDate('2025-09-20', { days: 15, unit: 'day', rollForward: false }, chinaCalendar); // '2025-10-05'
 */
export function dueDate(start: IsoDate, period: Period, calendar: Calendar): IsoDate {
  checkPeriod(period);
  const days = period.days;
  const byDay = period.unit === 'day';
  // The answer is the first working day on or after the start day + `ahead` (the last day of a period in
  // calendar days, rolled forward; the start day itself for 0 working days; else the day after it), then
  // `skip` working days further. A period in calendar days without roll-forward ends on its last day.
  const roll = !byDay || period.rollForward !== false;
  const ahead = byDay ? days : days === 0 ? 0 : 1;
  const skip = byDay || days === 0 ? 0 : days - 1;
  const t = tableOf(calendar);
  if (t?.contiguous) {
    // Fast path: start and answer inside a gap-free table — two array lookups, no date parsing.
    const i = parseDay(start) - t.base;
    if (i >= 0 && i < t.length) {
      let j = i + ahead;
      if (roll) {
        const k = j < t.length ? t.cum[j]! + skip : t.work.length;
        j = k < t.work.length ? t.work[k]! : t.length;
      }
      if (j < t.length) return t.labels[j]!;
    }
  }
  const first = dayNumber(start) + ahead;
  if (!roll) return civilFromDays(first);
  if (!t) {
    // Walked day by day, asking the calendar about each day in turn.
    let d = first;
    while (!calendar.isWorkday(civilFromDays(d))) d++;
    for (let n = skip; n > 0; ) if (calendar.isWorkday(civilFromDays(++d))) n--;
    return civilFromDays(d);
  }
  assertKnown(t, first, first);
  const k = t.cum[first - t.base]! + skip;
  const j = k < t.work.length ? t.work[k]! : t.length;
  assertKnown(t, first, t.base + j);
  return civilFromDays(t.base + j);
}

/**
 * The last day of a period that belongs to the petitioner or a receiving unit (review 22 art 35, re-review
 * 22 art 36, objection 22 art 23(3)): the latest date any official schedule could give. Equal to `dueDate`
 * where the calendar's days are official; in provisional years it counts as if every day that could be made a
 * day off were one — every weekday inside a block around a festival as long as the longest official block
 * (`LONGEST_BLOCKS`), every Saturday and Sunday (no make-up working days) — so the right is refused only
 * after a day no schedule could still allow. Tested against the official 2024–2026 schedules treated as unknown.
 *
 * @example
 * latestDueDate('2026-12-05', { days: 30, unit: 'day' }, chinaCalendar);   // '2027-01-04' (dueDate: '2027-01-04')
 * latestDueDate('2027-09-27', { days: 5, unit: 'workday' }, chinaCalendar); // '2027-10-15' (dueDate: '2027-10-05')
 */
export function latestDueDate(start: IsoDate, period: Period, calendar: Calendar): IsoDate {
  return dueDate(start, period, latestOf(calendar));
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`).
 *
 * @example
 * workdaysBetween('2026-02-10', '2026-02-24', chinaCalendar); // 5
 */
export function workdaysBetween(from: IsoDate, to: IsoDate, calendar: Calendar): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b <= a) return 0;
  const t = tableOf(calendar);
  if (!t) {
    let n = 0;
    for (let d = a + 1; d <= b; d++) if (calendar.isWorkday(civilFromDays(d))) n++;
    return n;
  }
  assertKnown(t, a + 1, b);
  return t.cum[b + 1 - t.base]! - t.cum[a + 1 - t.base]!;
}

/**
 * Whether a deadline is `overdue` (today in Asia/Shanghai is after `due`), `due-soon` (due today or within
 * `options.soon` working days — the policy's `dueSoonWorkdays`), or `on-time`.
 *
 * @example
 * periodStatus('2025-10-09', '2025-10-09T10:00:00+08:00', chinaCalendar, { soon: 3 }); // 'due-soon'
 * periodStatus('2025-10-09', '2025-10-09T16:30:00Z', chinaCalendar, { soon: 3 });      // 'overdue' (00:30 on 10-10 in Beijing)
 * periodStatus('2025-10-09', '2025-09-20T09:00:00+08:00', chinaCalendar, { soon: 3 }); // 'on-time'
 */
export function periodStatus(due: IsoDate, now: Instant, calendar: Calendar, options: { soon: number }): PeriodStatus {
  const today = shanghaiDay(now);
  const last = dayNumber(due);
  if (today > last) return 'overdue';
  // Cheap exit before consulting the calendar: working days never outnumber calendar days.
  if (last - today <= options.soon) return 'due-soon';
  return workdaysBetween(civilFromDays(today), due, calendar) <= options.soon ? 'due-soon' : 'on-time';
}
