/**
 * Paging over the store's indexed query: the work queue's order (earliest open due date first — overdue,
 * then due soon — nothing due last) across one or several statuses, reading only what the page shows.
 */
import type { Channel, PetitionClass, PetitionStatus, PetitionView, ViewQuery } from '@xinfang/core';

export interface Filters {
  class?: PetitionClass;
  channel?: Channel;
  unit?: string;
  handler?: string;
}

/** The queue's page: one indexed query per status of the tab, merged by due date. */
export async function queuePage(
  query: (q: ViewQuery) => Promise<{ items: PetitionView[]; total: number }>,
  statuses: PetitionStatus[] | undefined,
  filters: Filters,
  offset: number,
  limit: number,
): Promise<{ items: PetitionView[]; total: number }> {
  const base = { ...filters, orderBy: 'nextDue' as const };
  if (!statuses) return query({ ...base, offset, limit });
  if (statuses.length === 1) return query({ ...base, status: statuses[0]!, offset, limit });
  // Several statuses: each status pages straight off its [status+due] index; merge the heads.
  const parts = await Promise.all(
    statuses.map((status) => query({ ...base, status, offset: 0, limit: offset + limit })),
  );
  const items = parts
    .flatMap((p) => p.items)
    .sort((a, b) => {
      const da = a.nextDue ?? '~';
      const db = b.nextDue ?? '~';
      if (da !== db) return da < db ? -1 : 1;
      return a.registrationNo < b.registrationNo ? -1 : a.registrationNo > b.registrationNo ? 1 : 0;
    })
    .slice(offset, offset + limit);
  return { items, total: parts.reduce((sum, p) => sum + p.total, 0) };
}
