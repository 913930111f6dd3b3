import { type PetitionView, queryDay, type ViewQuery } from '@xinfang/core';
import { Dexie } from 'dexie';
import { fromViewRow, openWindowKey } from './rows.js';
import type { PetitionDatabase, ViewRow } from './schema.js';

/** Filters that have a `[field+xfQueue]` index: one of them alone pages straight off the index. */
const QUEUE_FIELDS = ['status', 'unit', 'handler', 'class', 'channel'] as const;
type QueueField = (typeof QUEUE_FIELDS)[number];
type ViewCollection = ReturnType<PetitionDatabase['views']['toCollection']>;

/** Does a view satisfy every filter of the query? (The reference the indexed paths must agree with.) */
export function matches(view: PetitionView, q: ViewQuery): boolean {
  if (q.status !== undefined) {
    const statuses = Array.isArray(q.status) ? q.status : [q.status];
    if (!statuses.includes(view.status)) return false;
  }
  if (q.unit !== undefined && view.unit !== q.unit) return false;
  if (q.handler !== undefined && view.handler !== q.handler) return false;
  if (q.class !== undefined && view.class !== q.class) return false;
  if (q.channel !== undefined && view.channel !== q.channel) return false;
  if (q.phone !== undefined && view.petitionerPhone !== q.phone) return false;
  if (q.idNumber !== undefined && view.petitionerIdNumber !== q.idNumber) return false;
  if (q.subjectPrefix !== undefined && !view.subject.startsWith(q.subjectPrefix)) return false;
  return true;
}

/** The day a queue is asked for, as text (a hostile non-string compares as its text, never throws in an index). */
function asOfOf(q: ViewQuery): string | undefined {
  return queryDay(q);
}

/** The row's key in a queue asked for `asOf` (without it, every objection window counts as open). */
function effectiveKey(row: ViewRow, asOf: string | undefined): string {
  const window = row.due?.objection;
  return window !== undefined && (asOf === undefined || window >= asOf) ? openWindowKey(row) : row.xfQueue;
}

function byNumber(a: ViewRow, b: ViewRow): number {
  return a.registrationNo < b.registrationNo ? -1 : a.registrationNo > b.registrationNo ? 1 : 0;
}

function queueRange(db: PetitionDatabase, field: QueueField, value: string): ViewCollection {
  return db.views.where(`[${field}+xfQueue]`).between([value, Dexie.minKey], [value, Dexie.maxKey], true, true);
}

/** The narrowest index that yields a superset of the answer (before the remaining filters in memory). */
function candidates(db: PetitionDatabase, q: ViewQuery): ViewCollection {
  if (q.phone !== undefined) return db.views.where('petitionerPhone').equals(q.phone);
  if (q.idNumber !== undefined) return db.views.where('petitionerIdNumber').equals(q.idNumber);
  if (q.handler !== undefined) return queueRange(db, 'handler', q.handler);
  if (q.subjectPrefix !== undefined && q.subjectPrefix !== '')
    return db.views.where('subject').startsWith(q.subjectPrefix);
  if (Array.isArray(q.status)) {
    if (q.status.length === 0) return db.views.where('registrationNo').equals([]);
    return db.views.where('[status+xfQueue]').inAnyRange(
      q.status.map((s) => [
        [s, Dexie.minKey],
        [s, Dexie.maxKey],
      ]),
      { includeUppers: true },
    );
  }
  if (q.status !== undefined) return queueRange(db, 'status', q.status);
  if (q.unit !== undefined) return queueRange(db, 'unit', q.unit);
  if (q.class !== undefined) return queueRange(db, 'class', q.class);
  if (q.channel !== undefined) return queueRange(db, 'channel', q.channel);
  return db.views.toCollection();
}

/**
 * Runs a view query. Fast paths page straight off an index (the work queue by due date with at most one
 * of status/unit/handler/class/channel, or the whole store by registration number); anything else reads
 * the candidates of the narrowest index and finishes in memory.
 */
export function runQuery(db: PetitionDatabase, q: ViewQuery): Promise<{ items: PetitionView[]; total: number }> {
  queryDay(q); // a malformed day is refused (InvalidDateError) before a row is read
  const offset = Math.max(0, q.offset ?? 0);
  const limit = q.limit ?? Number.POSITIVE_INFINITY;
  const orderBy = q.orderBy ?? 'registrationNo';
  return db.transaction('r', db.views, async () => {
    if (limit <= 0) {
      return { items: [], total: (await candidates(db, q).toArray()).filter((r) => matches(r, q)).length };
    }
    const eq = QUEUE_FIELDS.filter((f) => q[f] !== undefined);
    const onlyIndexed =
      q.phone === undefined &&
      q.idNumber === undefined &&
      q.subjectPrefix === undefined &&
      !Array.isArray(q.status) &&
      eq.length <= 1;
    if (onlyIndexed && orderBy === 'nextDue') {
      const field = eq[0];
      const range = () => (field ? queueRange(db, field, q[field] as string) : db.views.orderBy('xfQueue'));
      return mergedQueue(db, q, range, offset, limit);
    }
    if (onlyIndexed && eq.length === 0) {
      const range = () => db.views.orderBy('registrationNo');
      const [total, rows] = await Promise.all([
        db.views.count(),
        Number.isFinite(limit) ? range().offset(offset).limit(limit).toArray() : range().offset(offset).toArray(),
      ]);
      return { items: rows.map(fromViewRow), total };
    }
    const rows = (await candidates(db, q).toArray()).filter((r) => matches(r, q));
    if (orderBy === 'nextDue') {
      const keys = new Map(rows.map((r) => [r, effectiveKey(r, asOfOf(q))]));
      rows.sort((a, b) => {
        const ka = keys.get(a) as string;
        const kb = keys.get(b) as string;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
    } else rows.sort(byNumber);
    const page = rows.slice(offset, Number.isFinite(limit) ? offset + limit : undefined);
    return { items: page.map(fromViewRow), total: rows.length };
  });
}

/**
 * The work queue on a day, read off two indexes and merged, never the whole queue sorted: `xfQueue` orders
 * every row by its durable due date; `xfWindow` finds the rows whose objection window is still open on
 * `asOf` (22 art 23(3); all windows without `asOf`), each of which sorts at the earlier of its window and its
 * durable date. Open windows are few (5 working days after a transfer), so they are read whole; the index
 * stream starts at most their number before `offset` (the rows skipped are counted, not read) and is read in
 * chunks only as far as the page needs.
 */
async function mergedQueue(
  db: PetitionDatabase,
  q: ViewQuery,
  range: () => ViewCollection,
  offset: number,
  limit: number,
): Promise<{ items: PetitionView[]; total: number }> {
  const openRows = (
    await db.views
      .where('xfWindow')
      .aboveOrEqual(asOfOf(q) ?? '')
      .toArray()
  ).filter((r) => matches(r, q));
  const open = openRows.map((row) => ({ row, key: openWindowKey(row) })).sort((a, b) => (a.key < b.key ? -1 : 1));
  const openIds = new Set(openRows.map((r) => r.petitionId));
  const k = open.length;
  // Skip straight to `start` in the durable order: at most k open rows can come before `offset` there.
  const start = Math.max(0, offset - k);
  // The durable stream is read in chunks, as far as the page needs (open rows met in it are skipped).
  const chunk = Number.isFinite(limit) ? Math.max(16, offset - start + limit) : undefined;
  const read = (from: number) =>
    chunk === undefined ? range().offset(from).toArray() : range().offset(from).limit(chunk).toArray();
  const [total, firstChunk] = await Promise.all([range().count(), read(start)]);
  let stream = firstChunk;
  let streamed = start + stream.length;
  let more = chunk !== undefined && stream.length === chunk;
  let s = 0;
  const peek = async (): Promise<ViewRow | undefined> => {
    for (;;) {
      while (s < stream.length && openIds.has(stream[s]!.petitionId)) s++;
      if (s < stream.length || !more) return stream[s];
      stream = await read(streamed);
      streamed += stream.length;
      more = stream.length === chunk;
      s = 0;
    }
  };
  // The merged position reached at the first streamed key: the rows skipped that have no open window, and
  // the open rows keyed before it (an open row's key is never after its durable one).
  let pos = 0;
  let w = 0;
  if (start > 0) {
    const first = stream[0]?.xfQueue;
    const before = (key: string) => first === undefined || key < first;
    pos = start - openRows.filter((r) => before(r.xfQueue)).length;
    while (w < k && before(open[w]!.key)) {
      w++;
      pos++;
    }
  }
  const items: PetitionView[] = [];
  while (items.length < limit) {
    const a = await peek();
    const b = open[w];
    if (a === undefined && b === undefined) break;
    let row: ViewRow;
    if (b === undefined || (a !== undefined && a.xfQueue < b.key)) {
      row = a as ViewRow;
      s++;
    } else {
      row = b.row;
      w++;
    }
    if (pos >= offset) items.push(fromViewRow(row));
    pos++;
  }
  return { items, total };
}
