/**
 * `@xinfang/core/calendar` — the official Chinese calendar and statutory periods, without the lifecycle
 * machine or the schemas (small enough for a deadline badge in a browser).
 *
 * @module
 */
export type { Instant, IsoDate } from '../schema/types.js';
export {
  type Calendar,
  CalendarYearError,
  chinaCalendar,
  chinaSchedules,
  createCalendar,
  type YearSchedule,
} from './calendar.js';
export { addDays, daysBetween, InvalidDateError, isIsoDate, shanghaiDate } from './dates.js';
export { dueDate, type Period, type PeriodStatus, type PeriodUnit, periodStatus, workdaysBetween } from './periods.js';
