import { TallyDelta } from './facts.js';
import type { PetitionView } from '@xinfang/core';
import type { PetitionDatabase, ViewRow } from './schema.js';

/** Sorts after every date: petitions with nothing due come last in the work queue. */
export const NOTHING_DUE = '~';

/**
 * The work-queue sort key: earliest open due date first (overdue ones are the earliest), then
 * petitions with nothing due, ties by registration number — one string, so one index serves it.
 */
export function queueKey(view: Pick<PetitionView, 'nextDue' | 'registrationNo'>): string {
  return `${view.nextDue ?? NOTHING_DUE} ${view.registrationNo}`;
}

/** A view with its derived index fields, ready to store. */
export function toViewRow(view: PetitionView): ViewRow {
  return {
    ...view,
    xfQueue: queueKey(view),
  };
}

/** The view stored in a row, without the derived index fields. */
export function fromViewRow(row: ViewRow): PetitionView {
  const { xfQueue: _q, ...view } = row;
  return view as PetitionView;
}

const NUMBER = /^XF-(.+)-(\d{4})-(\d+)$/;

/** `XF-<unit>-<yyyy>-<seq>` with the sequence zero-padded to 4 digits (port.ts). */
export function formatRegistrationNo(unit: string, year: string, seq: number): string {
  return `XF-${unit}-${year}-${String(seq).padStart(4, '0')}`;
}

/** The counter key and sequence of a registration number, or undefined when it is not in the store's format. */
export function parseRegistrationNo(no: string): { key: string; seq: number } | undefined {
  const m = NUMBER.exec(no);
  if (!m) return undefined;
  return { key: counterKey(m[1]!, m[2]!), seq: Number(m[3]) };
}

/** Counters run per unit and year (of receipt, Asia/Shanghai). */
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
