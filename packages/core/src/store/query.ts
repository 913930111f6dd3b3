/**
 * The semantics of `ViewQuery`, shared by every store so that they answer the same way.
 */
import { InvalidDateError, isIsoDate } from '../calendar/dates.js';
import { queueDueOf } from '../lifecycle/evolve.js';
import type { IsoDate, PetitionView } from '../lifecycle/types.js';
import type { ViewQuery } from './port.js';

/**
 * The day a query is asked for (`asOf`), checked: a real YYYY-MM-DD date, or undefined when none is given. Anything
 * else throws {@link InvalidDateError} (`code: 'invalid-date'`) before a store reads a row, so a malformed day never
 * orders a work queue (22 art 23(3): the objection window's end is compared with it).
 */
export function queryDay(q: Pick<ViewQuery, 'asOf'>): IsoDate | undefined {
  const asOf: unknown = q.asOf;
  if (asOf === undefined) return undefined;
  if (!isIsoDate(asOf)) throw new InvalidDateError('asOf as a date YYYY-MM-DD', asOf);
  return asOf;
}

/** Whether a view matches every filter of a query. */
export function matchesQuery(v: PetitionView, q: ViewQuery): boolean {
  if (q.status !== undefined && (Array.isArray(q.status) ? !q.status.includes(v.status) : v.status !== q.status))
    return false;
  if (q.unit !== undefined && v.unit !== q.unit) return false;
  if (q.handler !== undefined && v.handler !== q.handler) return false;
  if (q.class !== undefined && v.class !== q.class) return false;
  if (q.channel !== undefined && v.channel !== q.channel) return false;
  if (q.phone !== undefined && v.petitionerPhone !== q.phone) return false;
  if (q.idNumber !== undefined && v.petitionerIdNumber !== q.idNumber) return false;
  if (q.subjectPrefix !== undefined && !v.subject.startsWith(q.subjectPrefix)) return false;
  return true;
}

/**
 * Order views: 'nextDue' (earliest first, none last, ties by registration number; with `asOf`, by
 * `queueDueOf(view, asOf)`: a lapsed objection window no longer counts, 22 art 23(3)) or by registration number.
 */
export function sortViews(
  views: PetitionView[],
  orderBy: ViewQuery['orderBy'] = 'registrationNo',
  asOf?: IsoDate,
): PetitionView[] {
  const byNo = (a: PetitionView, b: PetitionView) =>
    a.registrationNo < b.registrationNo ? -1 : a.registrationNo > b.registrationNo ? 1 : 0;
  queryDay({ asOf });
  if (orderBy === 'nextDue') {
    const key = new Map<PetitionView, IsoDate | undefined>();
    for (const v of views) key.set(v, queueDueOf(v, asOf));
    return views.sort((a, b) => {
      const da = key.get(a);
      const db = key.get(b);
      if (da === db) return byNo(a, b);
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    });
  }
  return views.sort(byNo);
}
