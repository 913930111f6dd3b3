/**
 * The office's services: the organ's policy, its store (one IndexedDB database per organ; in the shared office,
 * @xinfang/client against the server that serves the portal), the acting person, and `run()` — which turns what a form or dialog asked for into a core command stamped with
 * the demo clock's instant and the acting person, and executes it through the store. Loaded lazily:
 * the first screen never pays for the core, XState, Zod or Dexie; the parts without the database are in
 * office.ts (re-exported here), so a page can draw before the store code has run.
 */
import { createHttpStore } from '@xinfang/client';
import {
  type Calendar,
  type Command,
  chinaCalendar,
  type ExecuteResult,
  extendCalendar,
  type HolidaySchedule,
  type PetitionEvent,
  type PetitionInput,
  type PetitionView,
  readSchedule,
  verifyQueryCode,
  type ViewQuery,
} from '@xinfang/core';
import { createPetitionStore, type DexiePetitionStore } from '@xinfang/dexie';
import { schedules as publishedSchedules } from '@xinfang/holidays';
import { clock } from './clock.js';
import { asRejection, currentActor, dbName } from './office.js';
import { currentOrgan, ORGAN_IDS, presets } from './organs.js';
import { keepSchedule, loadedSchedules } from './schedules.js';
import { serverPolicy, session } from './session.js';

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

/** How often the shared office's work queue asks the server for changes (other staff's work). */
const POLL_MS = 5000;

/**
 * The shared office's store: @xinfang/client on the server that served the page. The server decides every
 * command as the signed-in staff member at its own time; an answer "sign in first" (401) ends the session here.
 * Besides the port it offers what the office pages use on the browser's store: `live.query` (polled, so a clerk
 * sees what colleagues registered) and `count`. The browser-only pages (backup, holiday schedules, demo data)
 * do not exist in this mode (routes.ts), so nothing calls the rest.
 */
function serverStore(): DexiePetitionStore {
  const http = createHttpStore({
    baseUrl: '',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) session.expired();
      return response;
    },
    headers: (): Record<string, string> => (session.csrf ? { 'x-csrf-token': session.csrf } : {}),
  });
  const live = {
    query: (q: ViewQuery) => ({
      subscribe(observer: { next(value: unknown): void; error(error: unknown): void }) {
        let last: string | undefined;
        let stopped = false;
        const poll = async () => {
          try {
            const answer = JSON.stringify(await http.query(q));
            if (stopped || answer === last) return;
            last = answer;
            observer.next(answer);
          } catch (error) {
            if (!stopped) observer.error(error);
          }
        };
        void poll();
        const timer = setInterval(() => void poll(), POLL_MS);
        return {
          unsubscribe() {
            stopped = true;
            clearInterval(timer);
          },
        };
      },
    }),
  };
  const store = {
    ...http,
    live,
    count: async () => (await http.query({ limit: 1 })).total,
    close: () => undefined,
    open: async () => undefined,
  };
  return store as unknown as DexiePetitionStore;
}

/** The store of an organ (the current one by default); one database per organ, or the server's store. */
export function storeOf(organ: string = currentOrgan()): DexiePetitionStore {
  if (serverPolicy !== undefined) organ = serverPolicy;
  let store = stores.get(organ);
  if (!store) {
    store =
      serverPolicy !== undefined
        ? serverStore()
        : createPetitionStore({ name: dbName(organ), policies: presets, calendar });
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

/** What a citizen finds with the registration number and the query code. */
export interface Tracked {
  organ: string;
  view: PetitionView;
  events: PetitionEvent[];
}

/**
 * Finds a petition by its registration number and query code: in the shared office the server compares the code
 * (rate-limited) and answers with what the petitioner may see; in the browser, every organ's database is asked.
 */
export async function trackPetition(no: string, code: string): Promise<Tracked | undefined> {
  if (serverPolicy !== undefined) {
    const response = await fetch('/api/public/track', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ registrationNo: no, queryCode: code }),
    });
    if (response.status === 404) return undefined;
    const data = (await response.json().catch(() => ({}))) as {
      view?: PetitionView;
      history?: PetitionEvent[];
      code?: string;
      message?: { zh: string; en: string };
    };
    if (!response.ok || !data.view) throw Object.assign(new Error(data.code ?? 'track'), { bilingual: data.message });
    return { organ: data.view.policyId, view: data.view, events: data.history ?? [] };
  }
  for (const organ of await organsWithData()) {
    const store = storeOf(organ);
    const view = await store.byRegistrationNo(no);
    if (view?.queryCode && (await verifyQueryCode(code, view.queryCode))) {
      return { organ, view, events: await store.history(view.petitionId) };
    }
  }
  return undefined;
}

/**
 * Shared office: a citizen's online submission, sent to the server without an account. The server registers it
 * at its own time under its policy and answers with the registration number, the query code (shown once) and
 * what the petitioner may see of the matter.
 */
export async function submitToServer(petition: PetitionInput): Promise<{ result: ExecuteResult; queryCode: string }> {
  const response = await fetch('/api/public/petitions', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ petition }),
  });
  const data = (await response.json().catch(() => ({}))) as {
    view?: PetitionView;
    queryCode?: string;
    code?: string;
    message?: { zh: string; en: string };
  };
  if (response.ok && data.view && data.queryCode) {
    return { result: { ok: true, events: [], view: data.view }, queryCode: data.queryCode };
  }
  return {
    result: {
      ok: false,
      rejection: {
        code: data.code ?? 'submit-failed',
        message: data.message ?? {
          zh: `提交未成功（服务器返回 ${response.status}）。请稍后重试。`,
          en: `The submission did not go through (the server answered ${response.status}). Try again later.`,
        },
      },
    },
    queryCode: '',
  };
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
