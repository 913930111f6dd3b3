/**
 * Date and time wording shared by the display elements and the reply letter. Written by hand rather
 * than with `Intl.DateTimeFormat` so the text is the same in every browser and every host time zone:
 * dates are calendar dates, and instants are shown in Asia/Shanghai (UTC+8, no daylight saving since
 * 1991; a day ends at 24:00 Asia/Shanghai, 民法典 203).
 */
import type { Instant, IsoDate } from '@xinfang/core/schema';
import type { Lang } from '../i18n/index.js';

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * A calendar date in words: `2025年10月9日` (zh) or `9 October 2025` (en).
 * Anything that is not `YYYY-MM-DD` is returned unchanged (as text, never markup).
 *
 * @example
 * formatDate('2025-10-09', 'zh-CN'); // '2025年10月9日'
 */
export function formatDate(date: IsoDate, lang: Lang): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return date;
  return lang !== 'en' ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** The parts of an instant as read on a clock in Asia/Shanghai, or undefined when it cannot be parsed. */
export function shanghaiParts(at: Instant): { date: IsoDate; time: string } | undefined {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return undefined;
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
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
