/**
 * An in-memory `PetitionStore` — for tests, demos and as the reference implementation of the port.
 * Single-threaded JavaScript makes each `execute` atomic: nothing is awaited between reading the
 * history, deciding and appending.
 */
import { type Calendar, chinaCalendar, shanghaiDate } from '../calendar/index.js';
import { earlierOf } from '../lifecycle/queries.js';
import type { Command, Instant, IsoDate, PetitionEvent, PetitionView, Rejection } from '../lifecycle/types.js';
import type { PolicyProfile } from '../policy/types.js';
import { statistics } from '../statistics/statistics.js';
import type { Statistics } from '../statistics/types.js';
import { checkStoreAppend } from './check.js';
import {
  decideCommands,
  precheckCommands,
  type StoredCommand,
  storedResult,
  UNKNOWN_PETITION,
  unknownPolicy,
} from './commands.js';
import { ConflictError, type ExecuteOptions, type ExecuteResult, type PetitionStore, type ViewQuery } from './port.js';
import { matchesQuery, queryDay, sortViews } from './query.js';
import { formatRegistrationNo, unitCode } from './registration.js';

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /** Policies petitions may be registered under (looked up by id and version). */
  policies: readonly PolicyProfile[];
  /** Calendar for due dates (default: the official Chinese calendar). */
  calendar?: Calendar;
}

// Views and events are plain JSON data: a JSON round trip is a faithful deep copy in every runtime.
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Create an in-memory petition store.
 *
 * @example
 * const store = createMemoryStore({ policies: [policies.national] });
 * const r = await store.execute(registerCommand);   // allocates petitionId and XF-XFB-2025-0001
 */
export function createMemoryStore(options: MemoryStoreOptions): PetitionStore {
  const calendar = options.calendar ?? chinaCalendar;
  const histories = new Map<string, PetitionEvent[]>();
  const views = new Map<string, PetitionView>();
  const byNo = new Map<string, string>();
  const counters = new Map<string, number>();
  /** Never hand out a number an appended petition already has. */
  const raiseCounter = (v: PetitionView): void => {
    const m = /^XF-(.+)-(\d{4})-(\d{4,})$/.exec(v.registrationNo);
    if (m === null) return;
    const key = `${m[1]}|${m[2]}`;
    counters.set(key, Math.max(counters.get(key) ?? 0, Number(m[3])));
  };

  const commandIds = new Map<string, StoredCommand>();
  let nextId = 1;

  const policyFor = (id: string, version: string) => options.policies.find((p) => p.id === id && p.version === version);

  /** Writes checked events (nothing is awaited: atomic in single-threaded JavaScript). */
  function write(petitionId: string, events: readonly PetitionEvent[], view: PetitionView): void {
    const history = histories.get(petitionId) ?? [];
    histories.set(petitionId, history.concat(clone(events as PetitionEvent[])));
    views.set(petitionId, view);
    byNo.set(view.registrationNo, petitionId);
    for (const e of events) if (e.commandId !== undefined) commandIds.set(e.commandId, { petitionId, seq: e.seq });
  }

  function executeNow(input: Command | readonly Command[], expectedSeq: number | undefined): ExecuteResult {
    const list: readonly Command[] = Array.isArray(input) ? input : [input as Command];
    const stored = list.map((c) =>
      typeof c === 'object' && c !== null && typeof c.commandId === 'string' ? commandIds.get(c.commandId) : undefined,
    );
    const again = storedResult(list, stored, histories.get(stored.find((x) => x)?.petitionId ?? '') ?? [], calendar);
    if (again !== undefined) return clone(again);
    const first = list[0];
    const bad = precheckCommands(list);
    if (bad !== undefined || first === undefined) return { ok: false, rejection: bad as Rejection };
    let commands = list;
    let counterKey: string | undefined;
    let seq = 0;
    let policy: PolicyProfile | undefined;
    if (first.type === 'register') {
      const command = first;
      policy = policyFor(command.policyId, command.policyVersion);
      if (policy === undefined) return { ok: false, rejection: unknownPolicy(command.policyId, command.policyVersion) };
      let year = '0000';
      try {
        year = shanghaiDate(command.petition.receivedAt).slice(0, 4);
      } catch {
        // Bad instants are rejected by decide's validation below with a message for the clerk.
      }
      const code = unitCode(policy, command.unit);
      counterKey = `${code}|${year}`;
      seq = (counters.get(counterKey) ?? 0) + 1;
      // Never reuse an id a petition appended from elsewhere already has.
      while (histories.has(`pet-${String(nextId).padStart(6, '0')}`)) nextId++;
      const petitionId = `pet-${String(nextId).padStart(6, '0')}`;
      const earlierId = command.petition?.repeatOf !== undefined ? byNo.get(command.petition.repeatOf) : undefined;
      const earlierView = earlierId !== undefined ? views.get(earlierId) : undefined;
      const { earlier: _ignored, ...rest } = command;
      commands = [
        {
          ...rest,
          petitionId,
          registrationNo: formatRegistrationNo(code, year, seq),
          // 22 arts 19(3), 36(3): its status, and whether it is final whatever became of it (`earlierOf`).
          ...(earlierView ? { earlier: earlierOf(earlierView, first.at) } : {}),
        },
        ...list.slice(1),
      ];
    }
    const view = first.type === 'register' ? undefined : views.get(first.petitionId);
    const actual = view?.seq ?? 0;
    if (expectedSeq !== undefined && expectedSeq !== actual && first.type !== 'register') {
      throw new ConflictError(first.petitionId, expectedSeq, actual);
    }
    if (first.type !== 'register' && view === undefined) return { ok: false, rejection: UNKNOWN_PETITION };
    const ctxPolicy =
      policy ?? policyFor((view as PetitionView).policyId, (view as PetitionView).policyVersion) ?? options.policies[0];
    const r = decideCommands(view, commands, { policy: ctxPolicy as PolicyProfile, calendar });
    if (!r.ok) return { ok: false, rejection: r.rejection };
    write(r.view.petitionId, r.events, r.view);
    if (counterKey !== undefined) {
      counters.set(counterKey, seq);
      nextId++;
    }
    return { ok: true, events: clone(r.events), view: clone(r.view) };
  }

  return {
    async execute(input: Command | readonly Command[], opts?: ExecuteOptions): Promise<ExecuteResult> {
      return executeNow(input, opts?.expectedSeq);
    },
    async append(petitionId: string, expectedSeq: number, events: PetitionEvent[]): Promise<void> {
      const history = histories.get(petitionId) ?? [];
      if (history.length !== expectedSeq) throw new ConflictError(petitionId, expectedSeq, history.length);
      const view = checkStoreAppend(petitionId, views.get(petitionId), events, { policyFor, calendar }, (id) =>
        commandIds.has(id),
      );
      write(petitionId, events, view);
      raiseCounter(view);
    },
    async history(petitionId: string): Promise<PetitionEvent[]> {
      return clone(histories.get(petitionId) ?? []);
    },
    async view(petitionId: string): Promise<PetitionView | undefined> {
      const v = views.get(petitionId);
      return v === undefined ? undefined : clone(v);
    },
    async byRegistrationNo(no: string): Promise<PetitionView | undefined> {
      const id = byNo.get(no);
      const v = id === undefined ? undefined : views.get(id);
      return v === undefined ? undefined : clone(v);
    },
    async query(q: ViewQuery): Promise<{ items: PetitionView[]; total: number }> {
      const asOf = queryDay(q);
      const matched = sortViews(
        [...views.values()].filter((v) => matchesQuery(v, q)),
        q.orderBy,
        asOf,
      );
      const offset = q.offset ?? 0;
      const items = q.limit === undefined ? matched.slice(offset) : matched.slice(offset, offset + q.limit);
      return { items: clone(items), total: matched.length };
    },
    async statistics(range: { from: IsoDate; to: IsoDate }, cal: Calendar, now?: Instant): Promise<Statistics> {
      return statistics([...views.values()], range, cal, now);
    },
  };
}
