/**
 * An in-memory `PetitionStore` — for tests, demos and as the reference implementation of the port.
 * Single-threaded JavaScript makes each `execute` atomic: nothing is awaited between reading the
 * history, deciding and appending.
 */
import { type Calendar, chinaCalendar, shanghaiDate } from '../calendar/index.js';
import { decideOn } from '../lifecycle/decide.js';
import { evolve } from '../lifecycle/evolve.js';
import { earlierOf } from '../lifecycle/queries.js';
import type { Command, Instant, IsoDate, PetitionEvent, PetitionView } from '../lifecycle/types.js';
import type { Statistics } from '../statistics/types.js';
import type { PolicyProfile } from '../policy/types.js';
import { statistics } from '../statistics/statistics.js';
import { ConflictError, type ExecuteResult, type PetitionStore, type ViewQuery } from './port.js';
import { matchesQuery, sortViews } from './query.js';

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
 * const r = await store.execute(registerCommand);   // allocates petitionId and XF-petitionOffice-2025-0001
 */
export function createMemoryStore(options: MemoryStoreOptions): PetitionStore {
  const calendar = options.calendar ?? chinaCalendar;
  const histories = new Map<string, PetitionEvent[]>();
  const views = new Map<string, PetitionView>();
  const byNo = new Map<string, string>();
  const counters = new Map<string, number>();
  let nextId = 1;

  const policyFor = (id: string, version: string) => options.policies.find((p) => p.id === id && p.version === version);

  function appendNow(petitionId: string, expectedSeq: number, events: readonly PetitionEvent[]): PetitionView {
    const history = histories.get(petitionId) ?? [];
    if (history.length !== expectedSeq) throw new ConflictError(petitionId, expectedSeq, history.length);
    let view = views.get(petitionId);
    events.forEach((e, i) => {
      if (e.petitionId !== petitionId || e.seq !== expectedSeq + i + 1) {
        throw new TypeError(`Event ${i} does not continue petition ${petitionId} at seq ${expectedSeq + i + 1}.`);
      }
      view = evolve(view, e, calendar);
    });
    const stored = clone(events as PetitionEvent[]);
    histories.set(petitionId, history.concat(stored));
    if (view !== undefined) {
      views.set(petitionId, view);
      byNo.set(view.registrationNo, petitionId);
    }
    return view as PetitionView;
  }

  return {
    async execute(input: Command): Promise<ExecuteResult> {
      let command = input;
      let counterKey: string | undefined;
      let seq = 0;
      let policy: PolicyProfile | undefined;
      if (command.type === 'register') {
        policy = policyFor(command.policyId, command.policyVersion);
        if (policy === undefined) {
          return {
            ok: false,
            rejection: {
              code: 'unknown-policy',
              message: {
                zh: `本系统未加载制度“${command.policyId}@${command.policyVersion}”。请选择已加载的制度后重新登记。`,
                en: `Policy ${command.policyId}@${command.policyVersion} is not loaded. Choose a loaded policy and register again.`,
              },
            },
          };
        }
        let year = '0000';
        try {
          year = shanghaiDate(command.petition.receivedAt).slice(0, 4);
        } catch {
          // Bad instants are rejected by decide's validation below with a message for the clerk.
        }
        counterKey = `${command.unit}|${year}`;
        seq = (counters.get(counterKey) ?? 0) + 1;
        const petitionId = `pet-${String(nextId).padStart(6, '0')}`;
        const earlierId = command.petition.repeatOf !== undefined ? byNo.get(command.petition.repeatOf) : undefined;
        const earlierView = earlierId !== undefined ? views.get(earlierId) : undefined;
        command = {
          ...command,
          petitionId,
          registrationNo: `XF-${command.unit}-${year}-${String(seq).padStart(4, '0')}`,
          // 22 arts 19(3), 36(3): its status, and whether it is final whatever became of it (`earlierOf`).
          ...(earlierView ? { earlier: earlierOf(earlierView, command.at) } : {}),
        };
      }
      const view = command.type === 'register' ? undefined : views.get(command.petitionId);
      if (command.type !== 'register' && view === undefined) {
        return {
          ok: false,
          rejection: {
            code: 'unknown-petition',
            message: {
              zh: '找不到该信访事项。请核对编号后重试。',
              en: 'This petition was not found. Check the number and try again.',
            },
          },
        };
      }
      const ctxPolicy =
        policy ??
        policyFor((view as PetitionView).policyId, (view as PetitionView).policyVersion) ??
        options.policies[0];
      const r = decideOn(view, command, { policy: ctxPolicy as PolicyProfile, calendar });
      if (!r.ok) return r;
      const next = appendNow(command.petitionId, view?.seq ?? 0, r.events);
      if (counterKey !== undefined) {
        counters.set(counterKey, seq);
        nextId++;
      }
      return { ok: true, events: clone(r.events), view: clone(next) };
    },
    async append(petitionId: string, expectedSeq: number, events: PetitionEvent[]): Promise<void> {
      appendNow(petitionId, expectedSeq, events);
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
      const matched = sortViews(
        [...views.values()].filter((v) => matchesQuery(v, q)),
        q.orderBy,
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
