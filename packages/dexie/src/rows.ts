import { durableDueOf, type PetitionView, parseRegistrationNo } from '@xinfang/core';
import { TallyDelta } from './facts.js';
import type { PetitionDatabase, ViewRow } from './schema.js';

/** Sorts after every date: petitions with nothing due come last in the work queue. */
export const NOTHING_DUE = '~';

/**
 * The work-queue sort key: earliest durable due date first (overdue ones are the earliest), then petitions
 * with nothing due, ties by registration number — one string, so one index serves it. The objection window
 * (22 art 23(3)) is left out: it lapses, and is indexed on its own (`xfWindow`).
 */
export function queueKey(view: Pick<PetitionView, 'due' | 'registrationNo'>): string {
  return `${durableDueOf(view.due ?? {}) ?? NOTHING_DUE} ${view.registrationNo}`;
}

/** The key a view has in a queue asked for a day on which its objection window is still open: `nextDue`'s. */
export function openWindowKey(view: Pick<PetitionView, 'nextDue' | 'registrationNo'>): string {
  return `${view.nextDue ?? NOTHING_DUE} ${view.registrationNo}`;
}

/** A view with its derived index fields, ready to store. */
export function toViewRow(view: PetitionView): ViewRow {
  const row: ViewRow = { ...view, xfQueue: queueKey(view) };
  if (view.due?.objection !== undefined) row.xfWindow = view.due.objection;
  return row;
}

/** The view stored in a row, without the derived index fields. */
export function fromViewRow(row: ViewRow): PetitionView {
  const { xfQueue: _q, xfWindow: _w, ...view } = row;
  return view as PetitionView;
}

/** The counter key and sequence of a registration number, or undefined when it is not in the stores' format. */
export function counterOf(no: string): { key: string; seq: number } | undefined {
  const parsed = parseRegistrationNo(no);
  return parsed && { key: counterKey(parsed.unit, parsed.year), seq: parsed.seq };
}

/** Counters run per unit code and year (of receipt, Asia/Shanghai), as registration numbers do. */
export function counterKey(unit: string, year: string): string {
  return `${unit}|${year}`;
}

/** Writes a view and moves its statistics tallies from `old` (the view it replaces) — inside the caller's transaction. */
export async function putView(db: PetitionDatabase, view: PetitionView, old: PetitionView | undefined): Promise<void> {
  const delta = new TallyDelta();
  if (old) delta.add(old, -1);
  delta.add(view, 1);
  await Promise.all([db.views.put(toViewRow(view)), delta.apply(db)]);
}
