/**
 * Date and time wording shared by the display elements and the reply letter. Written by hand rather
 * than with `Intl.DateTimeFormat` so the text is the same in every browser and every host time zone:
 * dates are calendar dates, and instants are shown in Asia/Shanghai (UTC+8, no daylight saving since
 * 1991; a day ends at 24:00 Asia/Shanghai, 民法典 203).
 */
import { isIsoDate } from '@xinfang/core/calendar';
import type { Instant, IsoDate } from '@xinfang/core/schema';
import type { Lang } from '../i18n/index.js';
import { shanghaiLocal } from '../shared/values.js';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date in words: `2025年10月9日` (zh) or `9 October 2025` (en).
 * Anything that is not `YYYY-MM-DD` is returned unchanged (as text, never markup).
 *
 * @example
 * formatDate('2025-10-09', 'zh-CN'); // '2025年10月9日'
 */
export function formatDate(date: IsoDate, lang: Lang): string {
  if (!isIsoDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return lang !== 'en' ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** The parts of an instant as read on a clock in Asia/Shanghai, or undefined when it cannot be parsed. */
export function shanghaiParts(at: Instant): { date: IsoDate; time: string } | undefined {
  const local = shanghaiLocal(at);
  return local ? { date: local.slice(0, 10), time: local.slice(11, 16) } : undefined;
}

/**
 * An instant as date and time in Asia/Shanghai: `2025年9月30日 16:30` / `30 September 2025, 16:30`.
 * An instant that cannot be parsed is returned unchanged.
 *
 * @example
 * formatInstant('2025-09-30T16:30:00Z', 'zh-CN'); // '2025年10月1日 00:30'
 */
export function formatInstant(at: Instant, lang: Lang): string {
  const parts = shanghaiParts(at);
  if (!parts) return at;
  const date = formatDate(parts.date, lang);
  return lang !== 'en' ? `${date} ${parts.time}` : `${date}, ${parts.time}`;
}
