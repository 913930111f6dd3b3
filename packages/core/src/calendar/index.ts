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
  extendCalendar,
  HORIZON_YEAR,
  isProvisional,
  provisionalFrom,
} from './calendar.js';
export { addDays, daysBetween, InvalidDateError, isIsoDate, shanghaiDate } from './dates.js';
export {
  dueDate,
  latestDueDate,
  type Period,
  type PeriodStatus,
  type PeriodUnit,
  periodStatus,
  workdaysBetween,
} from './periods.js';
export {
  type HolidaySchedule,
  readSchedule,
  type ScheduleCheck,
  ScheduleError,
  type ScheduleErrorCode,
  type YearSchedule,
} from './schedule.js';
export { type Festival, LONGEST_BLOCKS, type StatutoryHoliday, statutoryHolidays } from './statutory.js';
