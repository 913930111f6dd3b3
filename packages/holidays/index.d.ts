/**
 * One year's official schedule, in the format `readSchedule` of `@xinfang/core` checks: every day off of the
 * notice's blocks, every make-up working day (调休上班日), and the notice's address on www.gov.cn.
 */
export interface HolidaySchedule {
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
  notice?: string;
  published?: string;
}

/**
 * Every year's schedule, oldest first.
 *
 * @example
 * import { schedules } from '@xinfang/holidays';
 * const calendar = schedules.reduce(extendCalendar, chinaCalendar);
 */
export declare const schedules: readonly HolidaySchedule[];

/**
 * The schedule of `year`, or undefined when this release has none.
 *
 * @example
 * scheduleOf(2026)?.source; // 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm'
 */
export declare function scheduleOf(year: number): HolidaySchedule | undefined;
