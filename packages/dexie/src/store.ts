import { Dexie, liveQuery, type Observable } from 'dexie';
import {
  type Calendar,
  ConflictError,
  type Command,
  chinaCalendar,
  decideOn,
  earlierOf,
  evolve,
  type ExecuteResult,
  type Instant,
  type IsoDate,
  type PetitionEvent,
  type PetitionStore,
  type PetitionView,
  type PolicyProfile,
  policies as corePolicies,
  type RegisterCommand,
  type Rejection,
  type Statistics,
  shanghaiDate,
  type ViewQuery,
  verifyHistory,
} from '@xinfang/core';
import { exportBackup, importBackup, type ImportReport } from './backup.js';
import { bulkWrite, type Progress, raiseCounters, rebuildViews } from './bulk.js';
import { syncCalendar } from './calendar-sync.js';
import { DatabaseBlockedError, PetitionStoreError, StorageUnavailableError, toStoreError } from './errors.js';
import { runQuery } from './query.js';
import { counterKey, formatRegistrationNo, fromViewRow, putView } from './rows.js';
import { type CounterRow, type HistoryRow, PetitionDatabase, type ViewRow } from './schema.js';
import { indexStatistics } from './statistics.js';

/** Options of {@link createPetitionStore}. */
export interface PetitionStoreOptions {
  /** IndexedDB database name; one store per name. */
  name: string;
  /**
   * Policies petitions may be registered under (a map by id, or a list holding several versions).
   * A petition is always decided with the policy id and version it was registered under. Default: the
   * core presets (`policies`).
   */
  policies?: Readonly<Record<string, PolicyProfile>> | readonly PolicyProfile[];
  /** The statutory calendar for periods. Default: the core's `chinaCalendar`. */
  calendar?: Calendar;
  /** Another IndexedDB implementation (tests, workers); default the global `indexedDB`. */
  indexedDB?: IDBFactory;
  /** Another key-range class to go with `indexedDB`. */
  IDBKeyRange?: typeof IDBKeyRange;
  /** New petition ids; default `crypto.randomUUID()`. */
  newId?: () => string;
}

/** Options of {@link DexiePetitionStore.execute}. */
export interface ExecuteOptions {
  /**
   * The seq of the last event the person saw (0 for none). When another tab has written since,
   * the command is not decided and a `ConflictError` is thrown (optimistic concurrency).
   */
  expectedSeq?: number;
}

/** Observables that emit again whenever this or another tab changes what they read (Dexie `liveQuery`). */
export interface LiveQueries {
  query(q: ViewQuery): Observable<{ items: PetitionView[]; total: number }>;
  view(petitionId: string): Observable<PetitionView | undefined>;
  byRegistrationNo(no: string): Observable<PetitionView | undefined>;
  history(petitionId: string): Observable<PetitionEvent[]>;
  statistics(range: { from: IsoDate; to: IsoDate }, calendar: Calendar, now?: Instant): Observable<Statistics>;
}

/** The IndexedDB petition store: the core's `PetitionStore` port plus backup, bulk import and live queries. */
export interface DexiePetitionStore extends PetitionStore {
  readonly name: string;
  /** The typed Dexie database (advanced use: middleware, raw reads). */
  readonly db: PetitionDatabase;
  readonly live: LiveQueries;
  execute(command: Command, options?: ExecuteOptions): Promise<ExecuteResult>;
  /** Opens the database now (otherwise the first call opens it); maps failures to typed errors. */
  open(): Promise<void>;
  close(): void;
  /** Deletes the whole database. */
  delete(): Promise<void>;
  /** Number of petitions stored. */
  count(): Promise<number>;
  /** Every history and counter as NDJSON (see README "Backup format"). */
  exportBackup(options?: { onProgress?: (p: Progress) => void }): Promise<Blob>;
  /** Restores a backup into an EMPTY store, verifying every history chain first; all or nothing. */
  importBackup(file: string | Blob, options?: { onProgress?: (p: Progress) => void }): Promise<ImportReport>;
  /**
   * Adds already decided histories (e.g. migrated from another system) in one transaction, verifying
   * every chain and computing the views; existing petition ids are refused. All or nothing.
   */
  bulkImport(histories: PetitionEvent[][], options?: { onProgress?: (p: Progress) => void }): Promise<void>;
  /** Recomputes every view from its history (after a change of the view's shape), in one transaction. */
  rebuildViews(options?: { onProgress?: (p: Progress) => void }): Promise<number>;
}

const unknownPolicy = (policyId: string, version: string): Rejection => ({
  code: 'unknown-policy',
  message: {
    zh: `本系统未加载制度“${policyId}@${version}”，无法登记或处理该信访事项。请选择已加载的制度，或请管理员在存储的 policies 中加入该制度。`,
    en: `Policy ${policyId}@${version} is not loaded here, so the petition cannot be registered or handled. Choose a loaded policy, or ask the administrator to add it to the store's policies.`,
  },
});

const UNKNOWN_PETITION: Rejection = {
  code: 'unknown-petition',
  message: {
    zh: '找不到该信访事项。请核对编号后重试。',
    en: 'This petition was not found. Check the number and try again.',
  },
};

const INVALID_EVENTS = (petitionId: string, detail: { zh: string; en: string }) =>
  new PetitionStoreError('invalid-events', {
    zh: `追加到信访事项 ${petitionId} 的记录无效：${detail.zh} 未保存任何记录。请重新读取该事项的历史后再追加。`,
    en: `The records appended to petition ${petitionId} are invalid: ${detail.en} Nothing was saved. Read the petition's history again before appending.`,
  });

function newUuid(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  // Fallback for non-secure contexts: 122 random bits in UUID v4 layout.
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Creates the petition store on IndexedDB.
 *
 * @example
 * const store = createPetitionStore({ name: 'xinfang' });
 * const r = await store.execute({ type: 'register', petitionId: '', registrationNo: '', unit: 'petitionOffice',
 *   policyId: 'national', policyVersion: policies.national.version, at, by: clerk, petition });
 * if (r.ok) console.log(r.view.registrationNo); // 'XF-petitionOffice-2025-0001'
 */
export function createPetitionStore(options: PetitionStoreOptions): DexiePetitionStore {
  const given = options.policies ?? corePolicies;
  const policyList: readonly PolicyProfile[] = Array.isArray(given) ? given : Object.values(given);
  const calendar = options.calendar ?? chinaCalendar;
  const newId = options.newId ?? newUuid;
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new StorageUnavailableError();
  const keyRange = options.IDBKeyRange ?? (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  const db = new PetitionDatabase(options.name, {
    indexedDB: factory,
    ...(keyRange ? { IDBKeyRange: keyRange } : {}),
  });

  let closedByUpgrade = false;
  db.on('versionchange', () => {
    // Another tab opens a newer schema: let it upgrade (Dexie closes this connection).
    closedByUpgrade = true;
  });

  const fail = (error: unknown): never => {
    if (closedByUpgrade && error instanceof Error && error.name === Dexie.errnames.DatabaseClosed) {
      throw new DatabaseBlockedError(error, 'versionchange');
    }
    throw toStoreError(error);
  };

  async function open(): Promise<void> {
    if (db.isOpen()) return;
    let onBlocked: ((event: unknown) => void) | undefined;
    const blocked = new Promise<never>((_, reject) => {
      onBlocked = (event) => reject(new DatabaseBlockedError(event, 'blocked'));
    });
    blocked.catch(() => {}); // only raced below; a late 'blocked' after a successful open is no error
    db.on('blocked', onBlocked!);
    try {
      await Promise.race([db.open(), blocked]);
      // Views counted with another calendar edition are counted again (calendar-sync.ts), from a task of its
      // own: an open from inside a liveQuery (read-only) must still be able to write.
      await new Promise<number>((resolve, reject) =>
        setTimeout(() => syncCalendar(db, calendar).then(resolve, reject)),
      );
    } catch (error) {
      db.close();
      fail(error);
    } finally {
      db.on.blocked.unsubscribe(onBlocked!);
    }
  }

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      if (!db.isOpen()) await open();
      return await work();
    } catch (error) {
      return fail(error);
    }
  }

  /** The exact policy (id and version) a petition was registered under; for old petitions the same id's current profile. */
  function policyOf(policyId: string, version: string, exact: boolean): PolicyProfile | undefined {
    const same = policyList.filter((p) => p.id === policyId);
    return same.find((p) => p.version === version) ?? (exact ? undefined : same[0]);
  }

  const fold = (view: PetitionView | undefined, events: readonly PetitionEvent[]): PetitionView =>
    events.reduce<PetitionView | undefined>((v, e) => evolve(v, e, calendar), view)!;

  async function register(command: RegisterCommand): Promise<ExecuteResult> {
    const policy = policyOf(command.policyId, command.policyVersion, true);
    if (!policy) return { ok: false, rejection: unknownPolicy(command.policyId, command.policyVersion) };
    let year = '0000';
    try {
      year = shanghaiDate(command.petition.receivedAt).slice(0, 4);
    } catch {
      // A bad instant is refused by decide's validation below, with a message for the clerk.
    }
    return db.transaction('rw', [db.histories, db.views, db.counters, db.tallies], async () => {
      // The number is allocated inside the registering transaction: IndexedDB serialises read-write
      // transactions on the counters store across tabs, so two registrations never get the same number.
      const key = counterKey(command.unit, year);
      let last = (await db.counters.get(key))?.last ?? 0;
      // Never reuse a number, even if a counter row was lost: skip numbers already taken.
      while (
        (await db.views
          .where('registrationNo')
          .equals(formatRegistrationNo(command.unit, year, last + 1))
          .count()) > 0
      ) {
        last += 1;
      }
      const registrationNo = formatRegistrationNo(command.unit, year, last + 1);
      const petitionId = newId();
      const full: RegisterCommand = { ...command, petitionId, registrationNo };
      delete full.earlier;
      // 22 art 19(3): a repeat of an earlier matter carries that matter's status, looked up here.
      if (command.petition.repeatOf !== undefined) {
        const earlier = await db.views.where('registrationNo').equals(command.petition.repeatOf).first();
        if (earlier) full.earlier = earlierOf(fromViewRow(earlier), command.at); // final stays final (22 art 36(3))
      }
      const decided = decideOn(undefined, full, { policy, calendar });
      if (!decided.ok) return decided; // refused: nothing written, the number is not consumed
      const view = fold(undefined, decided.events);
      await db.counters.put({ key, last: last + 1 });
      await db.histories.add({ petitionId, seq: view.seq, events: decided.events });
      await putView(db, view, undefined);
      return { ok: true as const, events: decided.events, view };
    });
  }

  async function act(command: Command, expectedSeq: number | undefined): Promise<ExecuteResult> {
    return db.transaction('rw', [db.histories, db.views, db.tallies], async () => {
      const [row, viewRow] = await Promise.all([
        db.histories.get(command.petitionId),
        db.views.get(command.petitionId),
      ]);
      const actual = row?.seq ?? 0;
      if (expectedSeq !== undefined && expectedSeq !== actual) {
        throw new ConflictError(command.petitionId, expectedSeq, actual);
      }
      if (!row || !viewRow) return { ok: false as const, rejection: UNKNOWN_PETITION };
      const before = fromViewRow(viewRow);
      const policy = policyOf(before.policyId, before.policyVersion, false);
      if (!policy) return { ok: false as const, rejection: unknownPolicy(before.policyId, before.policyVersion) };
      // The stored view is the fold of the stored history (same transaction), so decide on it directly.
      const decided = decideOn(before, command, { policy, calendar });
      if (!decided.ok) return decided;
      if (decided.events.length === 0) return { ok: true as const, events: [], view: before };
      const view = fold(before, decided.events);
      await db.histories.put({
        petitionId: command.petitionId,
        seq: view.seq,
        events: row.events.concat(decided.events),
      });
      await putView(db, view, before);
      return { ok: true as const, events: decided.events, view };
    });
  }

  const store: DexiePetitionStore = {
    name: options.name,
    db,
    open: () => guarded(async () => {}),
    close: () => db.close(),
    delete: async () => {
      try {
        await db.delete();
      } catch (error) {
        fail(error);
      }
    },
    count: () => guarded(() => db.histories.count()),

    execute: (command, opts) =>
      guarded(() => (command.type === 'register' ? register(command) : act(command, opts?.expectedSeq))),

    append: (petitionId, expectedSeq, events) =>
      guarded(() =>
        db.transaction('rw', [db.histories, db.views, db.counters, db.tallies], async () => {
          const row = await db.histories.get(petitionId);
          const actual = row?.seq ?? 0;
          if (actual !== expectedSeq) throw new ConflictError(petitionId, expectedSeq, actual);
          if (events.length === 0) return;
          const history = row?.events ?? [];
          if (events.some((e) => e.petitionId !== petitionId)) {
            throw INVALID_EVENTS(petitionId, {
              zh: '其中有属于其他信访事项的记录。',
              en: 'some records belong to another petition.',
            });
          }
          const all = [...history, ...events];
          const verdict = verifyHistory(all);
          if (!verdict.ok) throw INVALID_EVENTS(petitionId, verdict.message);
          const oldRow = row ? await db.views.get(petitionId) : undefined;
          const before = oldRow ? fromViewRow(oldRow) : undefined;
          const view = fold(before, events);
          await db.histories.put({ petitionId, seq: view.seq, events: all });
          await putView(db, view, before);
          await raiseCounters(db, [view]);
        }),
      ),

    history: (petitionId) => guarded(async () => (await db.histories.get(petitionId))?.events ?? []),
    view: (petitionId) =>
      guarded(async () => {
        const row = await db.views.get(petitionId);
        return row ? fromViewRow(row) : undefined;
      }),
    byRegistrationNo: (no) =>
      guarded(async () => {
        const row = await db.views.where('registrationNo').equals(no).first();
        return row ? fromViewRow(row) : undefined;
      }),
    query: (q) => guarded(() => runQuery(db, q)),
    statistics: (range, cal, now) => guarded(() => indexStatistics(db, range, cal, now)),

    exportBackup: (opts) => guarded(() => exportBackup(db, opts?.onProgress)),
    importBackup: (file, opts) => guarded(() => importBackup(db, file, calendar, opts?.onProgress)),
    bulkImport: (histories, opts) => guarded(() => bulkWrite(db, histories, calendar, opts?.onProgress)),
    rebuildViews: (opts) => guarded(() => rebuildViews(db, calendar, opts?.onProgress)),

    live: {
      query: (q) => liveQuery(() => store.query(q)),
      view: (petitionId) => liveQuery(() => store.view(petitionId)),
      byRegistrationNo: (no) => liveQuery(() => store.byRegistrationNo(no)),
      history: (petitionId) => liveQuery(() => store.history(petitionId)),
      statistics: (range, cal, now) => liveQuery(() => store.statistics(range, cal, now)),
    },
  };
  return store;
}

export type { CounterRow, HistoryRow, ViewRow };
