/**
 * The office's context without its database: the organs and their policies, the acting person and unit, and
 * how a store error becomes a rejection. Pure and small, so the shell, the office bar and the work queue can
 * draw their first screen before the store code (Dexie, the lifecycle, hashing, the calendar's tables) has
 * been loaded and run; services.ts adds the calendar and the store, and re-exports all of this.
 */
import type { Actor, PolicyProfile, Rejection } from '@xinfang/core';
import type { Text } from './i18n.js';
import { policyOf } from './organs.js';
import { ROLE_PEOPLE, session } from './session.js';

export { currentOrgan, ORGAN_IDS, policyOf, presets } from './organs.js';

/** The IndexedDB database of an organ. */
export function dbName(organ: string): string {
  return `xinfang-portal-${organ}`;
}

/** The name of a unit of the policy, or its id when unknown. */
export function unitName(id: string | undefined, policy: PolicyProfile = policyOf()): Text {
  if (!id) return { zh: '—', en: '—' };
  const unit = policy.units.find((u) => u.id === id);
  return unit ? unit.name : { zh: id, en: id };
}

/** The acting unit: the session's choice if the policy knows it, else the policy's default unit. */
export function currentUnit(policy: PolicyProfile = policyOf()): string {
  const chosen = session.unit;
  return chosen && policy.units.some((u) => u.id === chosen) ? chosen : policy.defaultUnit;
}

/** The person acting now, as the core's `Actor` (in the shared office, the signed-in staff member). */
export function currentActor(): Actor {
  if (session.staff) return session.staff;
  const person = ROLE_PEOPLE[session.role];
  return { id: person.id, role: session.role, unit: currentUnit(), name: person.name };
}

/** The demo people by actor id, to show who did what. */
export function personName(actorId: string | undefined): string | undefined {
  if (!actorId) return undefined;
  return Object.values(ROLE_PEOPLE).find((p) => p.id === actorId)?.name;
}

/** A thrown store error as a rejection, when it carries a bilingual message for the person. */
export function asRejection(error: unknown): Rejection | undefined {
  if (typeof error === 'object' && error !== null && 'bilingual' in error) {
    const e = error as { code?: unknown; bilingual: Text };
    return { code: typeof e.code === 'string' ? e.code : 'error', message: e.bilingual };
  }
  return undefined;
}

/** A rejection for any unexpected failure: tells the person what to do. */
export function unexpected(error: unknown): Rejection {
  return (
    asRejection(error) ?? {
      code: 'unexpected',
      message: {
        zh: `操作未完成：${error instanceof Error ? error.message : String(error)}。请刷新页面后重试；如仍失败，请导出备份并联系管理员。`,
        en: `The action did not complete: ${error instanceof Error ? error.message : String(error)}. Reload the page and try again; if it still fails, export a backup and contact the administrator.`,
      },
    }
  );
}
