/**
 * Statistics from tallies: the facts of each petition counted per date of receipt, so that a store computes a
 * period's `Statistics` from a few small rows instead of reading every petition. `@xinfang/dexie` keeps the
 * tallies in IndexedDB, `@xinfang/postgres` in `xf_tallies`; both count the facts of `statisticsFacts` and add
 * them up with `statisticsFromTallies`, so every store reports the figures of the core's `statistics` on the
 * same views (each store's statistics test pins that equality).
 *
 * | fact | counts petitions … |
 * |---|---|
 * | `r` | received |
 * | `c:<channel>`, `k:<class>`, `s:<status>`, `u:<unit>` | by channel, class, status, current unit |
 * | `p:<persons>` | visits with that head count (批次 / 人次) |
 * | `ct` / `cl` | concluded on time / late (conclusion recorded late, 22 art 34) |
 * | `o:<outcome>` | concluded, by outcome |
 * | `d:<days>` | concluded, by calendar days from receipt to conclusion |
 * | `ro` / `rr` | concluded and owing a reply / and replied |
 * | `q:<due>:<soon>` | still open, by conclusion due date and its due-soon working days |
 */
import {
  type Calendar,
  daysBetween,
  type Instant,
  InvalidDateError,
  type IsoDate,
  periodStatus,
  shanghaiDate,
} from '../calendar/index.js';
import type { Channel, PetitionClass, PetitionStatus, PetitionView } from '../lifecycle/types.js';
import {
  bucketKeys,
  daysToConclude,
  emptyTotals,
  type StatisticsTotals,
  statisticsBucket,
  statisticsCategories,
  statisticsFrom,
} from './periods.js';
import type { Statistics } from './types.js';

/**
 * The date of receipt and the statistics facts of one view (the table above). A value that is not a view, or
 * whose dates are not real instants (`2025-02-31…`), throws an `InvalidDateError`, never an untyped error.
 */
export function statisticsFacts(v: PetitionView): { date: IsoDate; facts: string[] } {
  if (typeof v !== 'object' || v === null) throw new InvalidDateError('a petition view with receivedAt', v);
  const date = shanghaiDate(v.receivedAt);
  const facts = ['r', `c:${v.channel}`, `k:${v.class}`, `s:${v.status}`, `u:${v.unit}`];
  if (v.channel === 'visit') facts.push(`p:${v.persons}`);
  if (v.concludedAt !== undefined) {
    facts.push(Array.isArray(v.late) && v.late.includes('conclusion') ? 'cl' : 'ct');
    if (v.outcome !== undefined) facts.push(`o:${v.outcome}`);
    facts.push(`d:${daysBetween(date, shanghaiDate(v.concludedAt))}`);
    if (!v.terms?.replyExempt) {
      facts.push('ro');
      if (v.repliedAt !== undefined) facts.push('rr');
    }
  } else if (v.due?.conclusion !== undefined) {
    facts.push(`q:${v.due.conclusion}:${v.terms?.dueSoonWorkdays ?? 0}`);
  }
  return { date, facts };
}

/** One summed tally: the count of a fact among the petitions received in a quarter (`2025-Q3`). */
export interface QuarterTally {
  readonly quarter: string;
  readonly fact: string;
  readonly n: number;
}

/**
 * The `Statistics` of the petitions received in `range`, from their tallies summed per quarter and fact: the
 * same buckets, rates and percentiles as the core's `statistics`. Open matters count as overdue once `now`'s
 * date is past their conclusion due date, or as due soon by the calendar's working days (22 art 34).
 * Tallies of quarters outside `range`, unknown facts and malformed rows (a count that is not a whole number) are
 * ignored.
 */
export function statisticsFromTallies(
  tallies: Iterable<QuarterTally>,
  range: { from: IsoDate; to: IsoDate },
  calendar: Calendar,
  now?: Instant,
): Statistics {
  const asOf = now !== undefined ? shanghaiDate(now) : range.to;
  const nowInstant = now ?? (`${range.to}T23:59:59+08:00` as Instant);
  const { channels, classes, statuses } = statisticsCategories;

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
  const byChannel = Object.fromEntries(channels.map((c) => [c, 0])) as Record<Channel, number>;
  const byClass = Object.fromEntries(classes.map((c) => [c, 0])) as Record<PetitionClass, number>;
  const byStatus = Object.fromEntries(statuses.map((c) => [c, 0])) as Record<PetitionStatus, number>;
  const byUnit: Record<string, number> = {};
  const byOutcome: Record<string, number> = {};
  const days = new Map<number, number>();
  let concludedLate = 0;
  let openDueSoon = 0;

  for (const tally of tallies) {
    // Fail closed on a malformed row (a hand-edited table, a hostile backup): it counts for nothing.
    if (typeof tally !== 'object' || tally === null) continue;
    const { quarter, fact, n: count } = tally;
    if (typeof quarter !== 'string' || typeof fact !== 'string' || !Number.isSafeInteger(count) || count === 0)
      continue;
    const a = quarters.get(quarter);
    if (a === undefined) continue;
    const colon = fact.indexOf(':');
    const kind = colon < 0 ? fact : fact.slice(0, colon);
    const value = fact.slice(colon + 1);
    switch (kind) {
      case 'r':
        a.total += count;
        break;
      case 'c':
        byChannel[value as Channel] = (byChannel[value as Channel] ?? 0) + count;
        if (value === 'visit') a.batches += count;
        break;
      case 'k':
        byClass[value as PetitionClass] = (byClass[value as PetitionClass] ?? 0) + count;
        break;
      case 's':
        byStatus[value as PetitionStatus] = (byStatus[value as PetitionStatus] ?? 0) + count;
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

  const sum = (list: StatisticsTotals[]): StatisticsTotals => {
    const t = emptyTotals();
    for (const b of list) for (const k of Object.keys(t) as (keyof StatisticsTotals)[]) t[k] += b[k];
    return t;
  };
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
    all: sum([...quarters.values()]),
    concludedLate,
    openDueSoon,
    byChannel,
    byClass,
    byStatus,
    byUnit,
    byOutcome,
    daysToConclude: daysToConclude(histogram, days.size === 0 ? 0 : minDay),
    byQuarter: quarterKeys.map((k) => statisticsBucket(k, quarters.get(k)!, range)),
    byYear: bucketKeys(range, false).map((y) =>
      statisticsBucket(y, sum(quarterKeys.filter((k) => k.startsWith(`${y}-`)).map((k) => quarters.get(k)!)), range),
    ),
  });
}
