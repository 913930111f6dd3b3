import {
  bucketKeys,
  type Calendar,
  type Channel,
  daysToConclude,
  emptyTotals,
  type Instant,
  type IsoDate,
  type PetitionClass,
  type PetitionStatus,
  periodStatus,
  quarterKey,
  type Statistics,
  type StatisticsTotals,
  shanghaiDate,
  statisticsBucket,
  statisticsCategories,
  statisticsFrom,
} from '@xinfang/core';
import type { PetitionDatabase } from './schema.js';

// The same categories, buckets and rounding as the core's `statistics` (statistics.test pins equality).
const { channels: CHANNELS, classes: CLASSES, statuses: STATUSES } = statisticsCategories;

interface Range {
  from: IsoDate;
  to: IsoDate;
}

type Acc = StatisticsTotals;

/**
 * Statistics for the petitions received in `range`, from the per-date tallies (see facts.ts): one read of
 * at most one small row per day of the range, then sums. No petition row is read. The figures are those
 * of the core's `statistics` on the same views (same definitions, tested equal) — on-time rate
 * (22 art 34), reply rate, visits as batches and persons, quarterly and yearly (seed §政协机关).
 */
export async function indexStatistics(
  db: PetitionDatabase,
  range: Range,
  calendar: Calendar,
  now?: Instant,
): Promise<Statistics> {
  const asOf = now !== undefined ? shanghaiDate(now) : range.to;
  const nowInstant = now ?? `${range.to}T23:59:59+08:00`;
  const rows =
    range.from > range.to ? [] : await db.tallies.where(':id').between(range.from, range.to, true, true).toArray();

  // Open matters by conclusion due date: overdue once asOf is past it, else perhaps due soon (once per value).
  const openState = new Map<string, 'overdue' | 'due-soon' | 'on-time'>();
  const stateOf = (q: string) => {
    let st = openState.get(q);
    if (st === undefined) {
      const cut = q.lastIndexOf(':');
      const due = q.slice(0, cut);
      st =
        asOf > due
          ? 'overdue'
          : periodStatus(due, nowInstant, calendar, { soon: Number(q.slice(cut + 1)) }) === 'due-soon'
            ? 'due-soon'
            : 'on-time';
      openState.set(q, st);
    }
    return st;
  };

  const quarterKeys = bucketKeys(range, true);
  const quarters = new Map(quarterKeys.map((k) => [k, emptyTotals()]));
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<PetitionClass, number>;
  const byStatus = Object.fromEntries(STATUSES.map((c) => [c, 0])) as Record<PetitionStatus, number>;
  const byUnit: Record<string, number> = {};
  const byOutcome: Record<string, number> = {};
  const days = new Map<number, number>();
  let concludedLate = 0;
  let openDueSoon = 0;

  for (const { date, n } of rows) {
    const a = quarters.get(quarterKey(date))!;
    for (const fact in n) {
      const count = n[fact]!;
      const colon = fact.indexOf(':');
      const kind = colon < 0 ? fact : fact.slice(0, colon);
      const value = fact.slice(colon + 1);
      switch (kind) {
        case 'r':
          a.total += count;
          break;
        case 'c':
          byChannel[value as Channel] += count;
          if (value === 'visit') a.batches += count;
          break;
        case 'k':
          byClass[value as PetitionClass] += count;
          break;
        case 's':
          byStatus[value as PetitionStatus] += count;
          break;
        case 'u':
          byUnit[value] = (byUnit[value] ?? 0) + count;
          break;
        case 'p':
          a.persons += Number(value) * count;
          break;
        case 'ct':
          a.concluded += count;
          a.onTime += count;
          break;
        case 'cl':
          a.concluded += count;
          concludedLate += count;
          break;
        case 'o':
          byOutcome[value] = (byOutcome[value] ?? 0) + count;
          break;
        case 'd':
          days.set(Number(value), (days.get(Number(value)) ?? 0) + count);
          break;
        case 'ro':
          a.owed += count;
          break;
        case 'rr':
          a.replied += count;
          break;
        case 'q': {
          const st = stateOf(value);
          if (st === 'overdue') a.openOverdue += count;
          else if (st === 'due-soon') openDueSoon += count;
          break;
        }
      }
    }
  }

  const add = (accs: Acc[]): Acc =>
    accs.reduce(
      (a, b) => ({
        total: a.total + b.total,
        batches: a.batches + b.batches,
        persons: a.persons + b.persons,
        concluded: a.concluded + b.concluded,
        onTime: a.onTime + b.onTime,
        openOverdue: a.openOverdue + b.openOverdue,
        owed: a.owed + b.owed,
        replied: a.replied + b.replied,
      }),
      emptyTotals(),
    );
  const all = add([...quarters.values()]);
  const toBucket = (key: string, a: Acc) => statisticsBucket(key, a, range);
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (const d of days.keys()) {
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const histogram = new Int32Array(days.size === 0 ? 0 : maxDay - minDay + 1);
  for (const [d, count] of days) histogram[d - minDay] = count;

  return statisticsFrom({
    range,
    asOf,
    all,
    concludedLate,
    openDueSoon,
    byChannel,
    byClass,
    byStatus,
    byUnit,
    byOutcome,
    daysToConclude: daysToConclude(histogram, days.size === 0 ? 0 : minDay),
    byQuarter: quarterKeys.map((k) => toBucket(k, quarters.get(k)!)),
    byYear: bucketKeys(range, false).map((y) =>
      toBucket(y, add(quarterKeys.filter((k) => k.startsWith(`${y}-`)).map((k) => quarters.get(k)!))),
    ),
  });
}
