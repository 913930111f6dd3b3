import type { PetitionView, ViewQuery } from '@xinfang/core';
import { Dexie } from 'dexie';
import { fromViewRow } from './rows.js';
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

function byQueue(a: ViewRow, b: ViewRow): number {
  return a.xfQueue < b.xfQueue ? -1 : a.xfQueue > b.xfQueue ? 1 : 0;
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
      const [total, rows] = await Promise.all([
        range().count(),
        Number.isFinite(limit) ? range().offset(offset).limit(limit).toArray() : range().offset(offset).toArray(),
      ]);
      return { items: rows.map(fromViewRow), total };
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
    rows.sort(orderBy === 'nextDue' ? byQueue : byNumber);
    const page = rows.slice(offset, Number.isFinite(limit) ? offset + limit : undefined);
    return { items: page.map(fromViewRow), total: rows.length };
  });
}
