import { Dexie } from 'dexie';
import { type Calendar, type Instant, type IsoDate, type Statistics, statistics } from '@xinfang/core';
import type { PetitionDatabase } from './schema.js';
import { type StatKey, viewOfStatKey } from './stat-key.js';

/**
 * Statistics for the petitions received in `range`, from the covering `stats` keys alone: one
 * `getAllKeys` over the key range of the period, then the core's own `statistics` on the few fields the
 * keys carry — so the figures are the core's by construction (and tested equal on the same data).
 */
export async function indexStatistics(
  db: PetitionDatabase,
  range: { from: IsoDate; to: IsoDate },
  calendar: Calendar,
  now?: Instant,
): Promise<Statistics> {
  const keys =
    range.from > range.to
      ? []
      : ((await db.stats
          .where(':id')
          .between([range.from], [range.to, Dexie.maxKey], true, true)
          .primaryKeys()) as unknown as StatKey[]);
  return statistics(keys.map(viewOfStatKey), range, calendar, now);
}
