/**
 * The work queue's search box: one text, read as a registration number (any case, with or without the `XF-`
 * prefix), a phone number, an ID number or a petitioner's name. Phone and ID number use the store's indexes;
 * a registration number is looked up directly; a name is matched over the views (no index: the slowest way).
 */
import {
  type IsoDate,
  matchesQuery,
  type PetitionStatus,
  type PetitionView,
  sortViews,
  type ViewQuery,
} from '@xinfang/core';
import type { Filters } from './paging.js';

/** How a search text is read. Several readings may apply (digits can be a phone or part of a number). */
export interface SearchPlan {
  registrationNo?: string;
  phone?: string;
  idNumber?: string;
  name?: string;
}

const REG_NO = /^(?:XF-)?([A-Za-z][A-Za-z0-9]*)-(\d{4})-(\d{1,6})$/i;
const PHONE = /^\+?\d[\d-]{5,19}$/;
const ID_NUMBER = /^\d{17}[\dXx]$|^\d{15}$/;

/**
 * Reads a search text against the organ's unit codes (registration numbers are `XF-<code>-<yyyy>-<seq>`, see
 * `unitCode` in @xinfang/core); unit ids are read too, for numbers written before units had codes.
 *
 * @example
 * searchPlan('xfb-2026-1', ['XFB']); // { registrationNo: 'XF-XFB-2026-0001' }
 */
export function searchPlan(text: string, unitParts: readonly string[]): SearchPlan {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return {};
  const reg = REG_NO.exec(s);
  if (reg) {
    const unit = unitParts.find((u) => u.toLowerCase() === reg[1]!.toLowerCase());
    if (unit) return { registrationNo: `XF-${unit}-${reg[2]}-${reg[3]!.padStart(4, '0')}` };
  }
  if (ID_NUMBER.test(s)) return { idNumber: s.toUpperCase(), phone: s };
  if (PHONE.test(s)) return { phone: s };
  return { name: s };
}

export interface SearchableStore {
  query(q: ViewQuery): Promise<{ items: PetitionView[]; total: number }>;
  byRegistrationNo(no: string): Promise<PetitionView | undefined>;
}

/**
 * Every petition the search text finds within the tab's statuses and the filters, in the queue's order on the
 * day `asOf` (nearest due date first, a lapsed objection window left out), and the page asked for.
 */
export async function searchPage(
  store: SearchableStore,
  plan: SearchPlan,
  statuses: PetitionStatus[] | undefined,
  filters: Filters,
  offset: number,
  limit: number,
  asOf: IsoDate,
): Promise<{ items: PetitionView[]; total: number }> {
  const found = new Map<string, PetitionView>();
  const add = (views: readonly PetitionView[]) => {
    for (const v of views) found.set(v.petitionId, v);
  };
  if (plan.registrationNo) {
    const v = await store.byRegistrationNo(plan.registrationNo);
    if (v) add([v]);
  }
  if (plan.idNumber) add((await store.query({ idNumber: plan.idNumber })).items);
  if (plan.phone) add((await store.query({ phone: plan.phone })).items);
  if (plan.name) {
    const needle = plan.name.toLowerCase();
    const all = await store.query({ ...filters, ...(statuses ? { status: statuses } : {}) });
    add(all.items.filter((v) => v.petitionerName?.toLowerCase().includes(needle)));
  }
  const q: ViewQuery = { ...filters, ...(statuses ? { status: statuses } : {}) };
  const items = sortViews(
    [...found.values()].filter((v) => matchesQuery(v, q)),
    'nextDue',
    asOf,
  );
  return { items: items.slice(offset, offset + limit), total: items.length };
}
