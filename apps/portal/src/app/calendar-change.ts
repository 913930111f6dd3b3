/**
 * Which open matters' due dates a new calendar moves: only due dates that depend on a provisional day can
 * (`view.provisional`); each such matter is replayed from its history with the new calendar and compared.
 */
import {
  type Bilingual,
  type Calendar,
  type DueKind,
  dueLabels,
  type IsoDate,
  type PetitionEvent,
  type PetitionView,
  replay,
} from '@xinfang/core';

/** One due date a new calendar moved. */
export interface MovedDue {
  petitionId: string;
  registrationNo: string;
  kind: DueKind;
  label: Bilingual;
  before: IsoDate;
  after: IsoDate | undefined;
  /** Whether the new date is still provisional. */
  provisional: boolean;
}

/**
 * The due dates of `views` that `calendar` moves, in order of registration number then kind.
 *
 * @example
 * const moved = movedDueDates(views, (id) => histories.get(id)!, extendCalendar(calendar, s2027));
 */
export function movedDueDates(
  views: readonly PetitionView[],
  historyOf: (petitionId: string) => readonly PetitionEvent[] | undefined,
  calendar: Calendar,
): MovedDue[] {
  const out: MovedDue[] = [];
  for (const view of views) {
    if (!view.provisional?.length) continue;
    const events = historyOf(view.petitionId);
    if (!events?.length) continue;
    const next = replay(events, { calendar });
    for (const kind of view.provisional) {
      const before = view.due[kind];
      const after = next.due[kind];
      if (before === undefined || before === after) continue;
      out.push({
        petitionId: view.petitionId,
        registrationNo: view.registrationNo,
        kind,
        label: dueLabels[kind],
        before,
        after,
        provisional: next.provisional?.includes(kind) === true,
      });
    }
  }
  return out.sort((a, b) => (a.registrationNo < b.registrationNo ? -1 : a.registrationNo > b.registrationNo ? 1 : 0));
}
