import type { Sql } from '../db.js';

/** Empties every table of the store (tests reuse one migrated database instead of creating one each time). */
export async function truncateAll(sql: Sql): Promise<void> {
  await sql.query('TRUNCATE xf_events, xf_views, xf_petitions, xf_counters, xf_tallies');
}
