/**
 * Statistics from tallies: `xf_tallies (received_date, fact) → n`, kept in step by every write in the same
 * transaction (the facts of the view after the write counted +1, those of the view before it −1). A year's
 * statistics then sum a few hundred rows per day of the range — no petition row is read.
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
  bucketKeys,
  type Calendar,
  type Channel,
  daysBetween,
  daysToConclude,
  emptyTotals,
  type Instant,
  type IsoDate,
  type PetitionClass,
  type PetitionStatus,
  type PetitionView,
  periodStatus,
  type Statistics,
  type StatisticsTotals,
  shanghaiDate,
  statisticsBucket,
  statisticsCategories,
  statisticsFrom,
} from '@xinfang/core';
import type { Sql } from './db.js';

/** The date of receipt and the statistics facts of one view. */
export function factsOf(v: PetitionView): { date: IsoDate; facts: string[] } {
  const date = shanghaiDate(v.receivedAt);
  const facts = ['r', `c:${v.channel}`, `k:${v.class}`, `s:${v.status}`, `u:${v.unit}`];
  if (v.channel === 'visit') facts.push(`p:${v.persons}`);
  if (v.concludedAt !== undefined) {
    facts.push(v.late.includes('conclusion') ? 'cl' : 'ct');
    if (v.outcome !== undefined) facts.push(`o:${v.outcome}`);
    facts.push(`d:${daysBetween(date, shanghaiDate(v.concludedAt))}`);
    if (!v.terms.replyExempt) {
      facts.push('ro');
      if (v.repliedAt !== undefined) facts.push('rr');
    }
  } else if (v.due.conclusion !== undefined) {
    facts.push(`q:${v.due.conclusion}:${v.terms.dueSoonWorkdays}`);
  }
  return { date, facts };
}

/**
 * The tally changes that move a petition from the view `before` (undefined for a new one) to `after`, in
 * key order (the order rows are locked in, so that two writers never wait on each other crosswise).
 */
export function tallyDelta(
  before: PetitionView | undefined,
  after: PetitionView,
): { dates: string[]; facts: string[]; ns: number[] } {
  const delta = new Map<string, number>();
  const count = (v: PetitionView, sign: number) => {
    const { date, facts } = factsOf(v);
    for (const f of facts) {
      const key = `${date}\u0000${f}`;
      delta.set(key, (delta.get(key) ?? 0) + sign);
    }
  };
  if (before !== undefined) count(before, -1);
  count(after, 1);
  const dates: string[] = [];
  const facts: string[] = [];
  const ns: number[] = [];
  for (const [key, n] of delta) {
    if (n === 0) continue;
    const cut = key.indexOf('\u0000');
    dates.push(key.slice(0, cut));
    facts.push(key.slice(cut + 1));
    ns.push(n);
  }
  return { dates, facts, ns };
}

/** Adds tally changes ($1 dates, $2 facts, $3 counts), rows locked in key order. */
export const TALLY_UPSERT = `INSERT INTO xf_tallies (received_date, fact, n)
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) ORDER BY 1, 2
  ON CONFLICT (received_date, fact) DO UPDATE SET n = xf_tallies.n + EXCLUDED.n`;

/**
 * The facts of every stored view, computed in SQL the way {@link factsOf} computes them in TypeScript. Of the
 * fields read, only `terms` is part of the fixed input (store.ts `FIXED`): the state overrides or unsets it;
 * every other one lives in the changing state. Used by the
 * migration that creates the tallies and by {@link rebuildTallies}; a test pins both ways equal.
 */
export const TALLIES_FROM_VIEWS = `
INSERT INTO xf_tallies (received_date, fact, n)
SELECT w.received_date, f.fact, count(*)::int
FROM (
  SELECT p.received_date, v.channel, v.class, v.status, v.unit, v.state AS j,
    CASE WHEN v.state ? 'terms' THEN v.state->'terms' WHEN v.state->'$unset' ? 'terms' THEN NULL ELSE p.input->'terms' END AS terms
  FROM xf_views v JOIN xf_petitions p USING (petition_id)
) w,
LATERAL (
  SELECT w.j ? 'concludedAt' AS concluded,
    coalesce(w.terms->'replyExempt', 'false'::jsonb) IN ('false'::jsonb, '0'::jsonb, '""'::jsonb, 'null'::jsonb) AS owes
) x,
LATERAL unnest(ARRAY[
  'r', 'c:' || w.channel, 'k:' || w.class, 's:' || w.status, 'u:' || w.unit,
  CASE WHEN w.channel = 'visit' THEN 'p:' || (w.j->>'persons') END,
  CASE WHEN x.concluded THEN CASE WHEN w.j->'late' ? 'conclusion' THEN 'cl' ELSE 'ct' END END,
  CASE WHEN x.concluded THEN 'o:' || (w.j->>'outcome') END,
  CASE WHEN x.concluded THEN 'd:' || (((w.j->>'concludedAt')::timestamptz AT TIME ZONE INTERVAL '+08:00')::date - w.received_date::date) END,
  CASE WHEN x.concluded AND x.owes THEN 'ro' END,
  CASE WHEN x.concluded AND x.owes AND w.j ? 'repliedAt' THEN 'rr' END,
  CASE WHEN NOT x.concluded THEN 'q:' || (w.j->'due'->>'conclusion') || ':' || (w.terms->>'dueSoonWorkdays') END
]) AS f (fact)
WHERE f.fact IS NOT NULL
GROUP BY 1, 2`;

/**
 * Recomputes `xf_tallies` from the stored views, in one transaction (after a restore, or a repair by hand).
 *
 * @example
 * await rebuildTallies(db);
 */
export async function rebuildTallies(db: { transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('LOCK TABLE xf_tallies IN EXCLUSIVE MODE');
    await tx.query('DELETE FROM xf_tallies');
    await tx.query(TALLIES_FROM_VIEWS);
  });
}

const { channels: CHANNELS, classes: CLASSES, statuses: STATUSES } = statisticsCategories;

/**
 * The core's `Statistics` for the petitions received in `range`, from the tallies: one query that sums the
 * tallies per quarter and fact, then the same buckets, rates and percentiles as the core's `statistics`.
 */
export async function tallyStatistics(
  sql: Sql,
  range: { from: IsoDate; to: IsoDate },
  calendar: Calendar,
  now?: Instant,
): Promise<Statistics> {
  const asOf = now !== undefined ? shanghaiDate(now) : range.to;
  const nowInstant = now ?? (`${range.to}T23:59:59+08:00` as Instant);
  const { rows } =
    range.from > range.to
      ? { rows: [] }
      : await sql.query<{ q: string; fact: string; n: number }>(
          `SELECT substr(received_date, 1, 4) || '-Q' || ((substr(received_date, 6, 2)::int + 2) / 3) AS q, fact, sum(n)::int AS n
           FROM xf_tallies WHERE received_date >= $1 AND received_date <= $2
           GROUP BY 1, 2 HAVING sum(n) <> 0`,
          [range.from, range.to],
        );

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

  for (const { q, fact, n: count } of rows) {
    const a = quarters.get(q);
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
