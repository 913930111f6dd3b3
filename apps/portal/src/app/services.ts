/**
 * The office's services: the organ's policy, its store (one IndexedDB database per organ), the acting
 * person, and `run()` — which turns what a form or dialog asked for into a core command stamped with
 * the demo clock's instant and the acting person, and executes it through the store. Loaded lazily:
 * the first screen never pays for the core, XState, Zod or Dexie.
 */
import type { Actor, Command, ExecuteResult, PolicyProfile, Rejection } from '@xinfang/core';
import { createPetitionStore, type DexiePetitionStore } from '@xinfang/dexie';
import { clock } from './clock.js';
import { portalCalendar } from './provisional-calendar.js';
import type { Text } from './i18n.js';
import { currentOrgan, ORGAN_IDS, policyOf, presets } from './organs.js';
import { ROLE_PEOPLE, session } from './session.js';

/**
 * The statutory calendar every period is counted on: the core's official schedules, then the years whose
 * schedule is not yet published, counted provisionally and flagged in the office bar (provisional-calendar.ts).
 */
export const calendar = portalCalendar();

export { currentOrgan, ORGAN_IDS, policyOf, presets } from './organs.js';

/** The IndexedDB database of an organ. */
export function dbName(organ: string): string {
  return `xinfang-portal-${organ}`;
}

const stores = new Map<string, DexiePetitionStore>();

/** The store of an organ (the current one by default); one database per organ. */
export function storeOf(organ: string = currentOrgan()): DexiePetitionStore {
  let store = stores.get(organ);
  if (!store) {
    store = createPetitionStore({ name: dbName(organ), policies: presets, calendar });
    stores.set(organ, store);
  }
  return store;
}

/** Deletes an organ's database (backup page: wipe before import) and forgets its store. */
export async function wipeStore(organ: string = currentOrgan()): Promise<void> {
  const store = storeOf(organ);
  await store.delete();
  store.close();
  stores.delete(organ);
}

/** The organs that already have a database in this browser (for tracking by number across organs). */
export async function organsWithData(): Promise<string[]> {
  const known = new Set<string>();
  try {
    for (const db of await indexedDB.databases()) if (db.name) known.add(db.name);
  } catch {
    return [...ORGAN_IDS];
  }
  return ORGAN_IDS.filter((organ) => known.has(dbName(organ)));
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

/** The person acting now, as the core's `Actor`. */
export function currentActor(): Actor {
  const person = ROLE_PEOPLE[session.role];
  return { id: person.id, role: session.role, unit: currentUnit(), name: person.name };
}

/** The demo people by actor id, to show who did what. */
export function personName(actorId: string | undefined): string | undefined {
  if (!actorId) return undefined;
  return Object.values(ROLE_PEOPLE).find((p) => p.id === actorId)?.name;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a form or dialog asks for: a command without its petition, time and author. */
export type CommandDraft = DistributiveOmit<Exclude<Command, { type: 'register' }>, 'petitionId' | 'at' | 'by'>;

/**
 * Executes a command on a petition: stamps `at` from the demo clock and `by` from the session, and
 * executes it through the organ's store. A store error a person can act on (conflict, storage full)
 * comes back as a rejection, so every refusal is shown the same way.
 */
export async function run(petitionId: string, draft: CommandDraft, expectedSeq?: number): Promise<ExecuteResult> {
  const command = { ...draft, petitionId, at: clock.now(), by: currentActor() } as Command;
  return execute(command, expectedSeq);
}

/** Executes a complete command; store errors with a bilingual message become rejections. */
export async function execute(command: Command, expectedSeq?: number, organ?: string): Promise<ExecuteResult> {
  try {
    return await storeOf(organ).execute(command, expectedSeq === undefined ? undefined : { expectedSeq });
  } catch (error) {
    const rejection = asRejection(error);
    if (rejection) return { ok: false, rejection };
    throw error;
  }
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
