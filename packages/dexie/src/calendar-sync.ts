/**
 * Views hold due dates counted with a calendar; lateness and the on-time tallies too. When the store opens
 * with a calendar of another `edition` (say the office loaded next year's official schedule with
 * `extendCalendar`), the views that could have changed are counted again from their histories:
 *
 * - the store keeps, in `meta` row `calendar`, the edition it counted with, the first provisional date
 *   (`provisionalFrom`), the official years and a fingerprint of their days (each day worked or not);
 * - if the new calendar still has those years with the same days, only views with a provisional due date or
 *   an event on or after the old `provisionalFrom` can differ (an answer before that date never depended on a
 *   provisional day): those are replayed, their tallies moved;
 * - otherwise (no record yet beside existing views, other official days, a calendar without provisional
 *   days before) every view is rebuilt.
 *
 * A calendar without an `edition` (a hand-written `Calendar`) is never recounted automatically: call
 * `rebuildViews()` after changing it.
 */
import { type Calendar, provisionalFrom, replay, shanghaiDate } from '@xinfang/core';
import { rebuildViews } from './bulk.js';
import { TallyDelta } from './facts.js';
import { fromViewRow, toViewRow } from './rows.js';
import type { MetaRow, PetitionDatabase } from './schema.js';

const KEY = 'calendar';

/** FNV-1a over the working days (1) and days off (0) of `years` in `calendar`, as 8 hex digits. */
function daysOf(calendar: Calendar, years: readonly number[]): string {
  let h = 0x811c9dc5;
  for (const y of years) {
    for (let d = Date.UTC(y, 0, 1); d < Date.UTC(y + 1, 0, 1); d += 86_400_000) {
      h = Math.imul(h ^ (calendar.isWorkday(new Date(d).toISOString().slice(0, 10)) ? 1 : 0), 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The `meta` row of a calendar, or undefined when it has no edition. */
export function calendarMeta(calendar: Calendar): MetaRow | undefined {
  if (typeof calendar.edition !== 'string') return undefined;
  const from = provisionalFrom(calendar);
  const row: MetaRow = {
    key: KEY,
    edition: calendar.edition,
    years: [...calendar.years],
    days: daysOf(calendar, calendar.years),
  };
  if (from !== undefined) row.provisionalFrom = from;
  return row;
}

/**
 * Brings the views in line with `calendar` (see the module comment); returns how many views were counted
 * again. Runs in one read-write transaction.
 */
export async function syncCalendar(db: PetitionDatabase, calendar: Calendar): Promise<number> {
  const meta = calendarMeta(calendar);
  if (meta === undefined) return 0;
  const stored = await db.meta.get(KEY);
  if (stored?.edition === meta.edition) return 0;
  const views = await db.views.count();
  let recounted = 0;
  if (views > 0) {
    const from = stored?.provisionalFrom;
    const sameOfficial =
      stored !== undefined &&
      from !== undefined &&
      stored.years.every((y) => calendar.years.includes(y)) &&
      daysOf(calendar, stored.years) === stored.days;
    recounted = sameOfficial ? await recount(db, calendar, from) : await rebuildViews(db, calendar);
  }
  await db.meta.put(meta);
  return recounted;
}

/** Replays the views with a provisional due date or an event on or after `from`; moves their tallies. */
async function recount(db: PetitionDatabase, calendar: Calendar, from: string): Promise<number> {
  return db.transaction('rw', [db.histories, db.views, db.tallies], async () => {
    const rows = await db.views
      .filter((row) => (row.provisional?.length ?? 0) > 0 || shanghaiDate(row.updatedAt) >= from)
      .toArray();
    if (rows.length === 0) return 0;
    const histories = await db.histories.bulkGet(rows.map((r) => r.petitionId));
    const tallies = new TallyDelta();
    const next = [];
    for (let i = 0; i < rows.length; i++) {
      const history = histories[i];
      if (!history) continue;
      const before = fromViewRow(rows[i]!);
      const after = replay(history.events, { calendar });
      tallies.add(before, -1);
      tallies.add(after, 1);
      next.push(toViewRow(after));
    }
    await db.views.bulkPut(next);
    await tallies.apply(db);
    return next.length;
  });
}
