/**
 * `@xinfang/core/periods` — the period maths of a matter that forms need, without the lifecycle machine: the
 * handling period under the terms a matter was registered with, and the due date after an extension. Imports only
 * the calendar and types (no xstate, no zod), so a browser form can bundle it.
 *
 * @module
 */
import { type Calendar, dueDate } from '../calendar/index.js';
import type { IsoDate, Period, PetitionView } from '../lifecycle/types.js';

/**
 * The handling period of a matter (办理期限) under the terms it was registered with: the simplified period when
 * accepted for simplified handling (rules.md N20), the complex one when accepted as complex and the policy has
 * one (seed §医院, §政协机关), else the period of how it came (22 art 34: 60 days; seed §局: 30 / 90 / 90).
 *
 * @example
 * handlingOf(view); // { days: 60, unit: 'day' } under the national preset
 */
export function handlingOf(v: Pick<PetitionView, 'complex' | 'simplified' | 'origin' | 'terms'>): Period {
  if (v.simplified && v.terms.simplified) return v.terms.simplified;
  return v.complex && v.terms.complex ? v.terms.complex : v.terms.handling[v.origin];
}

/**
 * The handling period (办理期限) that applies to a matter, from the terms it was registered with: simplified
 * (rules.md N20), complex (seed §医院, §政协机关) or by how it came (22 art 34: 60 days; seed §局 30/90/90).
 * Forms show it instead of keeping their own copy of the numbers.
 *
 * @example
 * handlingPeriodOf(view); // { days: 60, unit: 'day' } under the national preset
 */
export function handlingPeriodOf(view: PetitionView): Period {
  return handlingOf(view);
}

/**
 * The conclusion due date after an extension of `days` (22 art 34): counted from the same start as the
 * handling period, 民法典 203's roll-forward applied to the extended last day only. `undefined` before the
 * matter is accepted, for a non-whole or non-positive `days`, or when the calendar has no data for that year.
 *
 * @example
 * extendedDueOf(view, 30, chinaCalendar); // '2025-12-22' for a matter accepted 2025-09-23 (60 + 30 days)
 */
export function extendedDueOf(view: PetitionView, days: number, calendar: Calendar): IsoDate | undefined {
  const start = view.handlingStart;
  if (start === undefined || !Number.isInteger(days) || days < 1) return undefined;
  const p = handlingOf(view);
  try {
    return dueDate(start, { ...p, days: p.days + view.extensionDays + days }, calendar);
  } catch {
    return undefined;
  }
}
