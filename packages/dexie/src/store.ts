import {
  type Bilingual,
  type Calendar,
  type Checkpoint,
  type Command,
  ConflictError,
  checkStoreAppend,
  chinaCalendar,
  commandIdsOf,
  compareWithCheckpoint,
  policies as corePolicies,
  decideCommands,
  type ExecuteOptions,
  type ExecuteResult,
  earlierOf,
  formatRegistrationNo,
  type HeadProblem,
  type Instant,
  type IsoDate,
  type PetitionEvent,
  type PetitionStore,
  type PetitionView,
  type PolicyProfile,
  precheckCommands,
  type RegisterCommand,
  type SignedCheckpoint,
  type Statistics,
  shanghaiDate,
  storedResult,
  UNKNOWN_PETITION,
  unitCode,
  unknownPolicy,
  type ViewQuery,
  verifyCheckpoint,
} from '@xinfang/core';
import { Dexie, liveQuery, type Observable } from 'dexie';
import {
  exportBackup,
  type ImportOptions,
  type ImportReport,
  importBackup,
  type SignWith,
  snapshotCheckpoint,
} from './backup.js';
import { bulkWrite, type Progress, raiseCounters, rebuildViews } from './bulk.js';
import { syncCalendar } from './calendar-sync.js';
import { DatabaseBlockedError, StorageUnavailableError, toStoreError } from './errors.js';
import { runQuery } from './query.js';
import { counterKey, fromViewRow, putView } from './rows.js';
import { type CommandRow, type CounterRow, type HistoryRow, PetitionDatabase, type ViewRow } from './schema.js';
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

/** A difference between the store and a signed checkpoint (see `audit`). */
export type AuditProblem = { reason: 'unsigned' | 'untrusted-key' | 'forged'; message: Bilingual } | HeadProblem;

/** Options of {@link DexiePetitionStore.execute} (the port's). */
export type { ExecuteOptions };

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
  /** Opens the database now (otherwise the first call opens it); maps failures to typed errors. */
  open(): Promise<void>;
  close(): void;
  /** Deletes the whole database. */
  delete(): Promise<void>;
  /** Number of petitions stored. */
  count(): Promise<number>;
  /**
   * Every history and counter as NDJSON (see README "Backup format"). With `sign`, the file also carries the
   * office's signed checkpoint of exactly this snapshot (every head and counter).
   */
  exportBackup(options?: { onProgress?: (p: Progress) => void; sign?: SignWith }): Promise<Blob>;
  /**
   * Restores a backup into an EMPTY store, checking every history as `append` would (chain and lifecycle
   * rules) and, with `trustedKeys`, against the office's signed checkpoint; all or nothing.
   */
  importBackup(file: string | Blob, options?: ImportOptions): Promise<ImportReport>;
  /** The unsigned checkpoint of every head and counter now (one read transaction); sign it with `signCheckpoint`. */
  checkpoint(office: string, at: Instant): Promise<Checkpoint>;
  /**
   * Compares the store with a signed checkpoint: the signature (trusted keys), then every signed petition,
   * head and counter. Returns what no longer matches ([] when the store extends the checkpoint).
   */
  audit(signed: SignedCheckpoint, trustedKeys: readonly string[]): Promise<AuditProblem[]>;
  /**
   * Adds already decided histories (e.g. migrated from another system) in one transaction, verifying
   * every chain and computing the views; existing petition ids are refused. All or nothing.
   */
  bulkImport(histories: PetitionEvent[][], options?: { onProgress?: (p: Progress) => void }): Promise<void>;
  /** Recomputes every view from its history (after a change of the view's shape), in one transaction. */
  rebuildViews(options?: { onProgress?: (p: Progress) => void }): Promise<number>;
}

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
 * if (r.ok) console.log(r.view.registrationNo); // 'XF-XFB-2025-0001'
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

  const policyFor = (policyId: string, version: string) => policyOf(policyId, version, false);
  const tables = () => [db.histories, db.views, db.counters, db.tallies, db.commands];

  /** The rows of the idempotency index for the events that carry a command id. */
  const commandRows = (events: readonly PetitionEvent[]): CommandRow[] =>
    events.flatMap((e) =>
      e.commandId === undefined ? [] : [{ commandId: e.commandId, petitionId: e.petitionId, seq: e.seq }],
    );

  /** The allocated registration: number, id and the repeat's earlier status, looked up inside the transaction. */
  async function allocate(command: RegisterCommand): Promise<{ full: RegisterCommand; key: string; last: number }> {
    let year = '0000';
    try {
      year = shanghaiDate(command.petition.receivedAt).slice(0, 4);
    } catch {
      // A bad instant is refused by decide's validation, with a message for the clerk.
    }
    // The number is allocated inside the registering transaction: IndexedDB serialises read-write
    // transactions on the counters store across tabs, so two registrations never get the same number.
    const code = unitCode(policyFor(command.policyId, command.policyVersion), command.unit);
    const key = counterKey(code, year);
    let last = (await db.counters.get(key))?.last ?? 0;
    // Never reuse a number, even if a counter row was lost: skip numbers already taken.
    while (
      (await db.views
        .where('registrationNo')
        .equals(formatRegistrationNo(code, year, last + 1))
        .count()) > 0
    ) {
      last += 1;
    }
    const full: RegisterCommand = {
      ...command,
      petitionId: newId(),
      registrationNo: formatRegistrationNo(code, year, last + 1),
    };
    delete full.earlier;
    // 22 art 19(3): a repeat of an earlier matter carries that matter's status, looked up here.
    const repeatOf = command.petition?.repeatOf;
    if (typeof repeatOf === 'string') {
      const earlier = await db.views.where('registrationNo').equals(repeatOf).first();
      if (earlier) full.earlier = earlierOf(fromViewRow(earlier), command.at); // final stays final (22 art 36(3))
    }
    return { full, key, last: last + 1 };
  }

  /** Decides a command or a list for one petition and writes the events in ONE transaction. */
  async function executeIn(
    input: Command | readonly Command[],
    expectedSeq: number | undefined,
  ): Promise<ExecuteResult> {
    const list: readonly Command[] = Array.isArray(input) ? input : [input as Command];
    return db.transaction('rw', tables(), async () => {
      const ids = list.map((c) => (typeof c === 'object' && c !== null ? c.commandId : undefined));
      const known = ids.some((id) => typeof id === 'string')
        ? await db.commands.bulkGet(ids.map((id) => (typeof id === 'string' ? id : '')))
        : [];
      if (known.some((k) => k !== undefined)) {
        const stored = known.map((k) => (k ? { petitionId: k.petitionId, seq: k.seq } : undefined));
        const petitionId = stored.find((k) => k !== undefined)!.petitionId;
        const history = (await db.histories.get(petitionId))?.events ?? [];
        return storedResult(list, stored, history, calendar) as ExecuteResult;
      }
      const first = list[0];
      const bad = precheckCommands(list);
      if (bad !== undefined || first === undefined) return { ok: false as const, rejection: bad! };
      let before: PetitionView | undefined;
      let row: HistoryRow | undefined;
      let commands = list;
      let counter: CounterRow | undefined;
      let policy: PolicyProfile | undefined;
      if (first.type === 'register') {
        policy = policyOf(first.policyId, first.policyVersion, true);
        if (!policy) return { ok: false as const, rejection: unknownPolicy(first.policyId, first.policyVersion) };
        const { full, key, last } = await allocate(first);
        commands = [full, ...list.slice(1)];
        counter = { key, last };
      } else {
        const viewRow = await db.views.get(first.petitionId);
        row = await db.histories.get(first.petitionId);
        const actual = row?.seq ?? 0;
        if (expectedSeq !== undefined && expectedSeq !== actual) {
          throw new ConflictError(first.petitionId, expectedSeq, actual);
        }
        if (!row || !viewRow) return { ok: false as const, rejection: UNKNOWN_PETITION };
        // The stored view is the fold of the stored history (same transaction), so decide on it directly.
        before = fromViewRow(viewRow);
        policy = policyOf(before.policyId, before.policyVersion, false);
        if (!policy) return { ok: false as const, rejection: unknownPolicy(before.policyId, before.policyVersion) };
      }
      const decided = decideCommands(before, commands, { policy, calendar });
      if (!decided.ok) return { ok: false as const, rejection: decided.rejection }; // refused: nothing written
      const { view, events } = decided;
      const writes: Promise<unknown>[] = [
        db.histories.put({ petitionId: view.petitionId, seq: view.seq, events: (row?.events ?? []).concat(events) }),
        putView(db, view, before),
      ];
      if (counter) writes.push(db.counters.put(counter));
      const used = commandRows(events);
      if (used.length > 0) writes.push(db.commands.bulkAdd(used));
      await Promise.all(writes);
      return { ok: true as const, events, view };
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

    execute: (command, opts) => guarded(() => executeIn(command, opts?.expectedSeq)),

    append: (petitionId, expectedSeq, events) =>
      guarded(() =>
        db.transaction('rw', tables(), async () => {
          const row = await db.histories.get(petitionId);
          const actual = row?.seq ?? 0;
          if (actual !== expectedSeq) throw new ConflictError(petitionId, expectedSeq, actual);
          const oldRow = row ? await db.views.get(petitionId) : undefined;
          const before = oldRow ? fromViewRow(oldRow) : undefined;
          const ids = commandIdsOf(events);
          const taken = new Set(
            ids.length === 0 ? [] : (await db.commands.bulkGet(ids)).flatMap((c) => (c ? [c.commandId] : [])),
          );
          const view = checkStoreAppend(petitionId, before, events, { policyFor, calendar }, (id) => taken.has(id));
          const used = commandRows(events);
          await Promise.all([
            db.histories.put({ petitionId, seq: view.seq, events: [...(row?.events ?? []), ...events] }),
            putView(db, view, before),
            raiseCounters(db, [view]),
            used.length > 0 ? db.commands.bulkAdd(used) : undefined,
          ]);
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

    exportBackup: (opts) => guarded(() => exportBackup(db, opts?.onProgress, opts?.sign)),
    importBackup: (file, opts) => guarded(() => importBackup(db, file, { policyFor, calendar }, opts)),
    checkpoint: (office, at) =>
      guarded(() =>
        db.transaction('r', [db.histories, db.counters], async () =>
          snapshotCheckpoint(await db.histories.toArray(), await db.counters.toArray(), office, at),
        ),
      ),
    audit: (signed, trustedKeys) =>
      guarded(async () => {
        const verdict = verifyCheckpoint(signed, trustedKeys);
        if (!verdict.ok) return [{ reason: verdict.reason, message: verdict.message }];
        const { heads, counters } = verdict.checkpoint;
        return db.transaction('r', [db.histories, db.counters], async () => {
          const rows = await db.histories.bulkGet(heads.map((h) => h.petitionId));
          const byId = new Map(rows.flatMap((r) => (r ? [[r.petitionId, r.events] as const] : [])));
          const now = await db.counters.bulkGet(counters.map((c) => c.key));
          const counterOf = new Map(now.flatMap((c) => (c ? [[c.key, c.last] as const] : [])));
          return compareWithCheckpoint(
            verdict.checkpoint,
            (id, seq) => byId.get(id)?.[seq - 1]?.hash,
            (key) => counterOf.get(key),
          );
        });
      }),
    bulkImport: (histories, opts) => guarded(() => bulkWrite(db, histories, { policyFor, calendar }, opts?.onProgress)),
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
