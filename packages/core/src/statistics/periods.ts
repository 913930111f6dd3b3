/**
 * The categories and periods every `Statistics` is reported in. Shared by the core's `statistics` and by any
 * store that computes the same figures from its own indexes (such as `@xinfang/dexie`), so that both report
 * in the same order, with the same buckets and the same rounding.
 */
import type { IsoDate } from '../calendar/index.js';
import type { Channel, PetitionClass, PetitionStatus } from '../lifecycle/types.js';
import type { Statistics, StatisticsBucket } from './types.js';

/** The categories of `Statistics.byChannel`, `byClass` and `byStatus`, in their reporting order. */
export const statisticsCategories: {
  readonly channels: readonly Channel[];
  readonly classes: readonly PetitionClass[];
  readonly statuses: readonly PetitionStatus[];
} = {
  channels: ['letter', 'visit', 'call', 'online'],
  classes: ['suggestion', 'accusation', 'claim'],
  statuses: [
    'registered',
    'transferred',
    'assigned',
    'handling',
    'referred',
    'declined',
    'concluded',
    'replied',
    'reviewRequested',
    'reviewed',
    'reReviewRequested',
    'final',
    'archived',
  ],
};

/**
 * A rate rounded to four decimals, or `null` when there is nothing to divide by.
 *
 * @example
 * statisticsRate(16, 17); // 0.9412
 * statisticsRate(0, 0);   // null
 */
export function statisticsRate(num: number, den: number): number | null {
  return den === 0 ? null : Math.round((num / den) * 10_000) / 10_000;
}

/**
 * The quarter key (`'2025-Q3'`) of a date.
 *
 * @example
 * quarterKey('2025-09-30'); // '2025-Q3'
 */
export function quarterKey(date: IsoDate): string {
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/**
 * The dates a year (`'2025'`) or quarter (`'2025-Q3'`) bucket covers, clipped to `range`.
 *
 * @example
 * bucketBounds('2025-Q1', { from: '2025-02-10', to: '2025-12-31' }); // { from: '2025-02-10', to: '2025-03-31' }
 */
export function bucketBounds(key: string, range: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate } {
  const y = key.slice(0, 4);
  let from: IsoDate;
  let to: IsoDate;
  if (key.length === 4) {
    from = `${y}-01-01`;
    to = `${y}-12-31`;
  } else {
    const q = Number(key.slice(6));
    const m1 = (q - 1) * 3 + 1;
    const m3 = m1 + 2;
    from = `${y}-${String(m1).padStart(2, '0')}-01`;
    to = `${y}-${String(m3).padStart(2, '0')}-${m3 === 3 || m3 === 12 ? 31 : 30}`;
  }
  return { from: from < range.from ? range.from : from, to: to > range.to ? range.to : to };
}

/**
 * The quarter keys (`quarters: true`) or year keys of the buckets that `range` touches, in order.
 *
 * @example
 * bucketKeys({ from: '2025-08-01', to: '2026-01-31' }, true);  // ['2025-Q3', '2025-Q4', '2026-Q1']
 * bucketKeys({ from: '2025-08-01', to: '2026-01-31' }, false); // ['2025', '2026']
 */
export function bucketKeys(range: { from: IsoDate; to: IsoDate }, quarters: boolean): string[] {
  const out: string[] = [];
  const y0 = Number(range.from.slice(0, 4));
  const y1 = Number(range.to.slice(0, 4));
  for (let y = y0; y <= y1; y++) {
    if (!quarters) out.push(String(y));
    else
      for (let q = 1; q <= 4; q++) {
        const key = `${y}-Q${q}`;
        const b = bucketBounds(key, range);
        if (b.from <= b.to && quarterKey(b.from) === key) out.push(key);
      }
  }
  return out;
}

/** The running counts behind one bucket (and behind the whole range) of `Statistics`. */
export interface StatisticsTotals {
  /** Petitions received. */
  total: number;
  /** Visits (批次). */
  batches: number;
  /** Persons who came on those visits (人次). */
  persons: number;
  /** Concluded, on time or late. */
  concluded: number;
  /** Concluded on time. */
  onTime: number;
  /** Still open and already overdue: they count against the on-time rate. */
  openOverdue: number;
  /** Concluded matters that owe a written reply. */
  owed: number;
  /** Of those, replied. */
  replied: number;
}

/** Totals at zero. */
export function emptyTotals(): StatisticsTotals {
  return { total: 0, batches: 0, persons: 0, concluded: 0, onTime: 0, openOverdue: 0, owed: 0, replied: 0 };
}

/**
 * One `byQuarter` / `byYear` entry from its totals: on-time rate = on time ÷ (concluded + open overdue),
 * reply rate = replied ÷ owed.
 */
export function statisticsBucket(
  key: string,
  totals: StatisticsTotals,
  range: { from: IsoDate; to: IsoDate },
): StatisticsBucket {
  const b = bucketBounds(key, range);
  return {
    key,
    from: b.from,
    to: b.to,
    total: totals.total,
    batches: totals.batches,
    persons: totals.persons,
    concluded: totals.concluded,
    onTimeRate: statisticsRate(totals.onTime, totals.concluded + totals.openOverdue),
    replyRate: statisticsRate(totals.replied, totals.owed),
  };
}

/** The k-th smallest (1-based) value of a histogram: `counts[i]` values equal `min + i`. */
function kth(counts: ArrayLike<number>, min: number, k: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] as number;
    if (seen >= k) return min + i;
  }
  return min + counts.length - 1;
}

/**
 * `Statistics.daysToConclude` from a histogram of days to conclude (`counts[i]` matters took `min + i` days):
 * the count, the median and the 90th percentile (nearest rank) — selection by counting, nothing is sorted.
 *
 * @example
 * daysToConclude(Int32Array.of(1, 0, 2), 10); // { count: 3, median: 12, p90: 12 }
 */
export function daysToConclude(counts: ArrayLike<number>, min: number): Statistics['daysToConclude'] {
  let n = 0;
  for (let i = 0; i < counts.length; i++) n += counts[i] as number;
  if (n === 0) return { count: 0, median: null, p90: null };
  const mid = n >> 1;
  const median = n % 2 === 1 ? kth(counts, min, mid + 1) : (kth(counts, min, mid) + kth(counts, min, mid + 1)) / 2;
  const rank = Math.min(n, Math.max(1, Math.ceil(0.9 * n)));
  return { count: n, median, p90: kth(counts, min, rank) };
}

/** What a store counts for one `Statistics` (its categories and totals); `statisticsFrom` assembles it. */
export interface StatisticsParts {
  range: { from: IsoDate; to: IsoDate };
  asOf: IsoDate;
  /** The totals of the whole range. */
  all: StatisticsTotals;
  concludedLate: number;
  openDueSoon: number;
  byChannel: Statistics['byChannel'];
  byClass: Statistics['byClass'];
  byStatus: Statistics['byStatus'];
  byUnit: Statistics['byUnit'];
  byOutcome: Statistics['byOutcome'];
  daysToConclude: Statistics['daysToConclude'];
  byQuarter: StatisticsBucket[];
  byYear: StatisticsBucket[];
}

/**
 * Assembles `Statistics` from its parts, with the rates written once for every store: on-time conclusion
 * rate = concluded on time ÷ (concluded + still open and already overdue), reply rate = replied ÷ owed.
 *
 * @example
 * statisticsFrom({ range, asOf, all, concludedLate, openDueSoon, byChannel, byClass, byStatus, byUnit, byOutcome,
 *   daysToConclude: daysToConclude(histogram, minDays), byQuarter, byYear }).onTime.rate;
 */
export function statisticsFrom(p: StatisticsParts): Statistics {
  const { all } = p;
  return {
    range: { from: p.range.from, to: p.range.to },
    asOf: p.asOf,
    total: all.total,
    byChannel: p.byChannel,
    byClass: p.byClass,
    byStatus: p.byStatus,
    byUnit: p.byUnit,
    byOutcome: p.byOutcome,
    visits: { batches: all.batches, persons: all.persons },
    onTime: {
      concludedOnTime: all.onTime,
      concludedLate: p.concludedLate,
      openOverdue: all.openOverdue,
      openDueSoon: p.openDueSoon,
      rate: statisticsRate(all.onTime, all.concluded + all.openOverdue),
    },
    reply: { owed: all.owed, replied: all.replied, rate: statisticsRate(all.replied, all.owed) },
    daysToConclude: p.daysToConclude,
    byQuarter: p.byQuarter,
    byYear: p.byYear,
  };
}
