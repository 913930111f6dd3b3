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
  type ViewQuery,
  verifyQueryCode,
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
    const found = await trackOnServer(no, code);
    if (found) trackedWith.set(found.view.petitionId, { registrationNo: no, queryCode: code });
    return found;
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
 * Shared office: the registration number and query code each petition was tracked with in this page, so the
 * petitioner's own requests (review, re-review) go to the server with them; the petitioner has no session.
 */
const trackedWith = new Map<string, { registrationNo: string; queryCode: string }>();

/** A JSON POST to the server that served the page; the answer's status and body. */
async function postJson(path: string, payload: unknown): Promise<{ status: number; data: Record<string, unknown> }> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(payload),
  });
  return { status: response.status, data: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

/** The server's error answer as a rejection (its bilingual message, else one that says what to do). */
function serverRejection(status: number, data: Record<string, unknown>): ExecuteResult {
  return {
    ok: false,
    rejection: {
      code: typeof data.code === 'string' ? data.code : 'server',
      message: (data.message as { zh: string; en: string } | undefined) ?? {
        zh: `操作未完成（服务器返回 ${status}）。请稍后重试。`,
        en: `The action did not go through (the server answered ${status}). Try again later.`,
      },
    },
  };
}

/** The petitioner's request (review, re-review) with the number and code the matter was tracked with. */
async function petitionerRequest(command: Command, expectedSeq: number | undefined): Promise<ExecuteResult> {
  const credentials = trackedWith.get(command.petitionId);
  if (!credentials) {
    return serverRejection(404, {
      code: 'not-tracked',
      message: {
        zh: '请先用登记编号和查询码查询该事项，再提出申请。',
        en: 'Track the matter with its registration number and query code first, then make the request.',
      },
    });
  }
  const { type, reviewUnit, reasons } = command as Command & { reviewUnit?: string; reasons?: string };
  const { status, data } = await postJson('/api/public/requests', {
    ...credentials,
    request: { type, reviewUnit, reasons },
    ...(expectedSeq === undefined ? {} : { expectedSeq }),
  });
  return status === 200 ? (data as unknown as ExecuteResult) : serverRejection(status, data);
}

/** Shared office: the server compares the code and answers with what the petitioner may see. */
async function trackOnServer(no: string, code: string): Promise<Tracked | undefined> {
  const { status, data } = await postJson('/api/public/track', { registrationNo: no, queryCode: code });
  if (status === 404) return undefined;
  const view = data.view as PetitionView | undefined;
  if (status !== 200 || !view) {
    const failed = serverRejection(status, data);
    throw Object.assign(new Error(`track ${status}`), failed.ok ? {} : { bilingual: failed.rejection.message });
  }
  return { organ: view.policyId, view, events: (data.history as PetitionEvent[] | undefined) ?? [] };
}

/**
 * Shared office: a citizen's online submission, sent to the server without an account. The server registers it
 * at its own time under its policy and answers with the registration number, the query code (shown once) and
 * what the petitioner may see of the matter.
 */
export async function submitToServer(petition: PetitionInput): Promise<{ result: ExecuteResult; queryCode: string }> {
  const { status, data } = await postJson('/api/public/petitions', { petition });
  const view = data.view as PetitionView | undefined;
  if (status === 201 && view && typeof data.queryCode === 'string') {
    return { result: { ok: true, events: [], view }, queryCode: data.queryCode };
  }
  return { result: serverRejection(status, data), queryCode: '' };
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
    const single = Array.isArray(command) ? undefined : (command as Command);
    if (serverPolicy !== undefined && single?.by?.role === 'petitioner')
      return await petitionerRequest(single, expectedSeq);
    return await storeOf(organ).execute(command, expectedSeq === undefined ? undefined : { expectedSeq });
  } catch (error) {
    const rejection = asRejection(error);
    if (rejection) return { ok: false, rejection };
    throw error;
  }
}
