import type { Calendar, Instant, IsoDate } from '../calendar/index.js';
import type { PetitionView } from '../lifecycle/types.js';
import { statistics } from './statistics.js';
import type { StatisticsBucket } from './types.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (`YYYY-MM-DD`). */
function lastDay(year: number, month: number): IsoDate {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

/**
 * Statistics by calendar month (keys `2025-09`), for institutions whose rules ask for monthly reports
 * (a policy's `reporting.statistics` includes `'monthly'`; the seed's 国土资源局 summary: 每月…填报各类信访业务
 * 统计报表). Each bucket counts the petitions received in that month (Asia/Shanghai date), clipped to `range`,
 * exactly as `statistics` counts its quarters and years: one `statistics` pass per month, so the figures of a
 * month are those `statistics` gives for that month's range.
 *
 * @example
 * statisticsByMonth(views, { from: '2025-09-01', to: '2025-10-31' }, chinaCalendar).map((b) => [b.key, b.total]);
 * // [['2025-09', 6], ['2025-10', 1]]
 */
export function statisticsByMonth(
  views: readonly PetitionView[],
  range: { from: IsoDate; to: IsoDate },
  calendar: Calendar,
  now?: Instant,
): StatisticsBucket[] {
  const out: StatisticsBucket[] = [];
  if (range.from > range.to) return out;
  let year = Number(range.from.slice(0, 4));
  let month = Number(range.from.slice(5, 7));
  const endKey = range.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${pad(month)}`;
    const first = `${key}-01`;
    // ISO dates compare as strings: the later start, the earlier end.
    const [, from] = [first, range.from].sort() as [IsoDate, IsoDate];
    const [to] = [lastDay(year, month), range.to].sort() as [IsoDate, IsoDate];
    const s = statistics(views, { from, to }, calendar, now ?? `${range.to}T23:59:59+08:00`);
    const y = s.byYear[0];
    out.push({
      key,
      from,
      to,
      total: s.total,
      batches: s.visits.batches,
      persons: s.visits.persons,
      concluded: y?.concluded ?? 0,
      onTimeRate: y?.onTimeRate ?? null,
      replyRate: y?.replyRate ?? null,
    });
    if (key >= endKey) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}
