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
  type Calendar,
  type Instant,
  type IsoDate,
  type PetitionView,
  type Statistics,
  statisticsFacts,
  statisticsFromTallies,
} from '@xinfang/core';
import type { Sql } from './db.js';

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
    const { date, facts } = statisticsFacts(v);
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
 * The facts of every stored view, computed in SQL the way the core's `statisticsFacts` computes them in TypeScript. Of the
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
  const { rows } =
    range.from > range.to
      ? { rows: [] }
      : await sql.query<{ q: string; fact: string; n: number }>(
          `SELECT substr(received_date, 1, 4) || '-Q' || ((substr(received_date, 6, 2)::int + 2) / 3) AS q, fact, sum(n)::int AS n
           FROM xf_tallies WHERE received_date >= $1 AND received_date <= $2
           GROUP BY 1, 2 HAVING sum(n) <> 0`,
          [range.from, range.to],
        );
  return statisticsFromTallies(
    rows.map(({ q, fact, n }) => ({ quarter: q, fact, n })),
    range,
    calendar,
    now,
  );
}
