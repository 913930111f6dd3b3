import {
  type Calendar,
  type Instant,
  type IsoDate,
  type QuarterTally,
  quarterKey,
  type Statistics,
  statisticsFromTallies,
} from '@xinfang/core';
import type { PetitionDatabase, TallyRow } from './schema.js';

interface Range {
  from: IsoDate;
  to: IsoDate;
}

function* quarterTallies(rows: readonly TallyRow[]): Generator<QuarterTally> {
  for (const { date, n } of rows) {
    const quarter = quarterKey(date);
    for (const fact in n) yield { quarter, fact, n: n[fact]! };
  }
}

/**
 * Statistics for the petitions received in `range`, from the per-date tallies (see facts.ts): one read of
 * at most one small row per day of the range, then the core's `statisticsFromTallies`. No petition row is
 * read. The figures are those of the core's `statistics` on the same views (same definitions, tested equal) —
 * on-time rate (22 art 34), reply rate, visits as batches and persons, quarterly and yearly (seed §政协机关).
 */
export async function indexStatistics(
  db: PetitionDatabase,
  range: Range,
  calendar: Calendar,
  now?: Instant,
): Promise<Statistics> {
  const rows =
    range.from > range.to ? [] : await db.tallies.where(':id').between(range.from, range.to, true, true).toArray();
  return statisticsFromTallies(quarterTallies(rows), range, calendar, now);
}
