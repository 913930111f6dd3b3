/**
 * Paging over the store's indexed query: the work queue's order (earliest open due date first — overdue,
 * then due soon — nothing due last) across one or several statuses, reading only what the page shows.
 */
import {
  type Channel,
  type IsoDate,
  type PetitionClass,
  type PetitionStatus,
  type PetitionView,
  sortViews,
  type ViewQuery,
} from '@xinfang/core';

export interface Filters {
  class?: PetitionClass;
  channel?: Channel;
  unit?: string;
  handler?: string;
}

/**
 * The queue's page on the day `asOf` (the demo clock's today): one indexed query per status of the tab, merged by
 * the date each row is ordered by — a receiving unit's objection window only while open that day (22 art 23(3)).
 */
export async function queuePage(
  query: (q: ViewQuery) => Promise<{ items: PetitionView[]; total: number }>,
  statuses: PetitionStatus[] | undefined,
  filters: Filters,
  offset: number,
  limit: number,
  asOf: IsoDate,
): Promise<{ items: PetitionView[]; total: number }> {
  const base = { ...filters, orderBy: 'nextDue' as const, asOf };
  if (!statuses) return query({ ...base, offset, limit });
  if (statuses.length === 1) return query({ ...base, status: statuses[0]!, offset, limit });
  // Several statuses: each status pages straight off its indexes; merge the heads in the core's order.
  const parts = await Promise.all(
    statuses.map((status) => query({ ...base, status, offset: 0, limit: offset + limit })),
  );
  const items = sortViews(
    parts.flatMap((p) => p.items),
    'nextDue',
    asOf,
  ).slice(offset, offset + limit);
  return { items, total: parts.reduce((sum, p) => sum + p.total, 0) };
}
