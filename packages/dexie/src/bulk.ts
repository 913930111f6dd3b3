import {
  type AppendContext,
  type Calendar,
  checkHistory as checkCoreHistory,
  type PetitionEvent,
  type PetitionView,
  replay,
} from '@xinfang/core';
import { PetitionStoreError } from './errors.js';
import { TallyDelta } from './facts.js';
import { counterOf, toViewRow } from './rows.js';
import type { CommandRow, CounterRow, HistoryRow, PetitionDatabase, ViewRow } from './schema.js';

/** Progress of a long operation: `done` of `total` items in the current phase. */
export interface Progress {
  phase: 'read' | 'verify' | 'write';
  done: number;
  total: number;
}

/** Rows per write batch: big enough to amortise a request, small enough to overlap hashing with writing. */
export const CHUNK = 500;

/** A history chain that does not verify, with the first bad event. */
export interface ChainProblem {
  index: number;
  petitionId: string;
  seq: number;
  message: { zh: string; en: string };
}

/**
 * Checks one history as `append` would (core `checkHistory`: chain, lifecycle table, rules, shape) and
 * returns its view, or the first refused event. Never throws.
 */
export function checkHistory(
  events: PetitionEvent[],
  ctx: AppendContext,
): { ok: true; view: PetitionView } | ({ ok: false } & ChainProblem) {
  const petitionId = typeof events[0]?.petitionId === 'string' ? events[0].petitionId : '';
  const checked = checkCoreHistory(events, ctx);
  if (!checked.ok) {
    const { index, seq, message } = checked.refusal;
    return { ok: false, index, petitionId, seq, message };
  }
  return { ok: true, view: checked.view as PetitionView };
}

/** The error of a command id recorded twice. */
export function duplicateCommandId(e: Pick<CommandRow, 'commandId' | 'petitionId' | 'seq'>): PetitionStoreError {
  return new PetitionStoreError('duplicate-command-id', {
    zh: `操作编号“${e.commandId}”出现了两次（信访事项 ${e.petitionId}，第 ${e.seq} 条记录）。同一操作只能记录一次；未导入任何数据。`,
    en: `The command id "${e.commandId}" appears twice (petition ${e.petitionId}, record ${e.seq}). One command is recorded once; nothing was imported.`,
  });
}

/** The idempotency rows of verified histories; throws the problem of the first command id used twice. */
export function commandRowsOf(histories: readonly PetitionEvent[][], seen: Set<string>): CommandRow[] {
  const rows: CommandRow[] = [];
  for (const events of histories) {
    for (const e of events) {
      if (e.commandId === undefined) continue;
      if (seen.has(e.commandId))
        throw duplicateCommandId({ commandId: e.commandId, petitionId: e.petitionId, seq: e.seq });
      seen.add(e.commandId);
      rows.push({ commandId: e.commandId, petitionId: e.petitionId, seq: e.seq });
    }
  }
  return rows;
}

/** Writes verified histories and their views in ONE read-write transaction (all or nothing), raising the counters. */
export async function writeAll(
  db: PetitionDatabase,
  rows: HistoryRow[],
  views: PetitionView[],
  onProgress: ((p: Progress) => void) | undefined,
  requireEmpty: () => Promise<void>,
): Promise<void> {
  await db.transaction('rw', [db.histories, db.views, db.counters, db.tallies, db.commands], async () => {
    await requireEmpty();
    const commands = commandRowsOf(
      rows.map((r) => r.events),
      new Set(),
    );
    if (commands.length > 0) await db.commands.bulkAdd(commands);
    for (let i = 0; i < rows.length; i += CHUNK) {
      const viewRows = views.slice(i, i + CHUNK).map(toViewRow);
      await Promise.all([db.histories.bulkAdd(rows.slice(i, i + CHUNK)), db.views.bulkAdd(viewRows)]);
      onProgress?.({ phase: 'write', done: Math.min(i + CHUNK, rows.length), total: rows.length });
    }
    const tallies = new TallyDelta();
    for (const v of views) tallies.add(v, 1);
    await Promise.all([raiseCounters(db, views), tallies.apply(db)]);
  });
}

function invalidHistory(position: number, problem: ChainProblem): PetitionStoreError {
  return new PetitionStoreError('invalid-history', {
    zh: `第 ${position} 个历史（信访事项 ${problem.petitionId}，第 ${problem.seq} 条记录）校验失败：${problem.message.zh} 未导入任何数据。请修正来源数据后重试。`,
    en: `History ${position} (petition ${problem.petitionId}, record ${problem.seq}) failed verification: ${problem.message.en} Nothing was imported. Correct the source data and try again.`,
  });
}

/**
 * Bulk import of already decided histories in ONE transaction: each chunk is verified and folded (CPU)
 * while the previous chunk's writes run in the database, so hashing overlaps the disk work. A bad chain
 * throws inside the transaction, which aborts it: nothing is written.
 */
export async function bulkWrite(
  db: PetitionDatabase,
  histories: PetitionEvent[][],
  ctx: AppendContext,
  onProgress?: (p: Progress) => void,
): Promise<void> {
  await db.transaction('rw', [db.histories, db.views, db.counters, db.tallies, db.commands], async () => {
    const pending: Promise<unknown>[] = [];
    const seen = new Set<string>();
    const all: PetitionView[] = [];
    for (let i = 0; i < histories.length; i += CHUNK) {
      const rows: HistoryRow[] = [];
      const views: ViewRow[] = [];
      const end = Math.min(i + CHUNK, histories.length);
      for (let j = i; j < end; j++) {
        const events = histories[j]!;
        const checked = checkHistory(events, ctx);
        if (!checked.ok) throw invalidHistory(j + 1, checked);
        rows.push({ petitionId: checked.view.petitionId, seq: checked.view.seq, events });
        views.push(toViewRow(checked.view));
        all.push(checked.view);
      }
      const done = end;
      const used = commandRowsOf(
        rows.map((r) => r.events),
        seen,
      );
      if (used.length > 0) {
        const taken = (await db.commands.bulkGet(used.map((c) => c.commandId))).find((c) => c !== undefined);
        if (taken) throw duplicateCommandId(taken);
      }
      const write = Promise.all([
        db.histories.bulkAdd(rows),
        db.views.bulkAdd(views),
        used.length > 0 ? db.commands.bulkAdd(used) : undefined,
      ]).then(() => onProgress?.({ phase: 'write', done, total: histories.length }));
      write.catch(() => {}); // awaited below; an abort must not surface as an unhandled rejection
      pending.push(write);
    }
    const tallies = new TallyDelta();
    for (const v of all) tallies.add(v, 1);
    await Promise.all([...pending, raiseCounters(db, all), tallies.apply(db)]);
  });
}

/** Recomputes every view from its history in one transaction, in primary-key order. */
export async function rebuildViews(
  db: PetitionDatabase,
  calendar: Calendar,
  onProgress?: (p: Progress) => void,
): Promise<number> {
  return db.transaction('rw', [db.histories, db.views, db.counters, db.tallies], async () => {
    const total = await db.histories.count();
    await Promise.all([db.views.clear(), db.tallies.clear()]);
    const tallies = new TallyDelta();
    let done = 0;
    let last: string | undefined;
    for (;;) {
      const batch =
        last === undefined
          ? await db.histories.orderBy(':id').limit(CHUNK).toArray()
          : await db.histories.where(':id').above(last).limit(CHUNK).toArray();
      if (batch.length === 0) break;
      const views = batch.map((row) => replay(row.events, { calendar }));
      for (const v of views) tallies.add(v, 1);
      await db.views.bulkPut(views.map(toViewRow));
      await raiseCounters(db, views);
      done += batch.length;
      last = batch[batch.length - 1]!.petitionId;
      onProgress?.({ phase: 'write', done, total });
    }
    await tallies.apply(db);
    return done;
  });
}

/** Raises the per-unit-year counter to at least the number of each registered view (never reuse a number). */
export async function raiseCounters(db: PetitionDatabase, views: readonly PetitionView[]): Promise<void> {
  const highest = new Map<string, number>();
  for (const v of views) {
    const parsed = counterOf(v.registrationNo);
    if (parsed && parsed.seq > (highest.get(parsed.key) ?? 0)) highest.set(parsed.key, parsed.seq);
  }
  if (highest.size === 0) return;
  const keys = [...highest.keys()];
  const current = await db.counters.bulkGet(keys);
  const updates: CounterRow[] = [];
  keys.forEach((key, i) => {
    const seq = highest.get(key)!;
    if ((current[i]?.last ?? 0) < seq) updates.push({ key, last: seq });
  });
  if (updates.length > 0) await db.counters.bulkPut(updates);
}
