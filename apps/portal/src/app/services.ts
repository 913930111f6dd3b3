/**
 * The office's services: the organ's policy, its store (one IndexedDB database per organ), the acting
 * person, and `run()` — which turns what a form or dialog asked for into a core command stamped with
 * the demo clock's instant and the acting person, and executes it through the store. Loaded lazily:
 * the first screen never pays for the core, XState, Zod or Dexie; the parts without the database are in
 * office.ts (re-exported here), so a page can draw before the store code has run.
 */
import {
  type Calendar,
  type Command,
  chinaCalendar,
  type ExecuteResult,
  extendCalendar,
  type HolidaySchedule,
  readSchedule,
} from '@xinfang/core';
import { createPetitionStore, type DexiePetitionStore } from '@xinfang/dexie';
import { schedules as publishedSchedules } from '@xinfang/holidays';
import { clock } from './clock.js';
import { asRejection, currentActor, dbName } from './office.js';
import { currentOrgan, ORGAN_IDS, presets } from './organs.js';
import { keepSchedule, loadedSchedules } from './schedules.js';

/** The core's calendar, extended with the years of @xinfang/holidays and those loaded in this browser. */
function portalCalendar(): Calendar {
  let cal = chinaCalendar;
  for (const s of [...publishedSchedules, ...loadedSchedules()]) {
    const r = readSchedule(s);
    if (!r.ok) continue; // a stored file that no longer checks is left out (its years stay provisional)
    try {
      cal = extendCalendar(cal, r.schedule);
    } catch {
      // contradicts a schedule already in (e.g. a corrected file of @xinfang/holidays): the published one stays
    }
  }
  return cal;
}

/**
 * The statutory calendar every period is counted on: the core's official schedules and provisional years
 * (flagged wherever a due date depends on them), extended with every schedule loaded (schedules.ts). Replaced
 * by `loadSchedule`; importers see the new calendar (a live binding).
 */
export let calendar = portalCalendar();

/**
 * Loads one year's official schedule (a checked {@link HolidaySchedule}): the calendar is extended with it,
 * it is kept for the next visits, and the stores are opened again, which counts again the views it moves
 * (@xinfang/dexie compares the calendar's edition). Throws the core's `ScheduleError` on a contradiction.
 */
export function loadSchedule(schedule: HolidaySchedule): Calendar {
  const next = extendCalendar(calendar, schedule);
  keepSchedule(schedule);
  calendar = next;
  for (const store of stores.values()) store.close();
  stores.clear();
  return next;
}

// The work queue takes the core's deadline computation from here: it needs the lifecycle, which this chunk loads.
export { deadlines } from '@xinfang/core';
export {
  asRejection,
  currentActor,
  currentOrgan,
  currentUnit,
  dbName,
  ORGAN_IDS,
  personName,
  policyOf,
  presets,
  unexpected,
  unitName,
} from './office.js';

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

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a form or dialog asks for: a command without its petition, time and author. */
export type CommandDraft = DistributiveOmit<Exclude<Command, { type: 'register' }>, 'petitionId' | 'at' | 'by'>;

/**
 * Executes a command on a petition: stamps `at` from the demo clock and `by` from the session, and
 * executes it through the organ's store. A store error a person can act on (conflict, storage full)
 * comes back as a rejection, so every refusal is shown the same way.
 */
export async function run(
  petitionId: string,
  draft: CommandDraft | readonly CommandDraft[],
  expectedSeq?: number,
): Promise<ExecuteResult> {
  const at = clock.now();
  const by = currentActor();
  const stamp = (d: CommandDraft) => ({ ...d, petitionId, at, by }) as Command;
  // A list (e.g. conclude → reply → delivered) is decided and written in one transaction of the store.
  return execute(Array.isArray(draft) ? draft.map(stamp) : stamp(draft as CommandDraft), expectedSeq);
}

/** Executes a complete command; store errors with a bilingual message become rejections. */
export async function execute(
  command: Command | readonly Command[],
  expectedSeq?: number,
  organ?: string,
): Promise<ExecuteResult> {
  try {
    return await storeOf(organ).execute(command, expectedSeq === undefined ? undefined : { expectedSeq });
  } catch (error) {
    const rejection = asRejection(error);
    if (rejection) return { ok: false, rejection };
    throw error;
  }
}
