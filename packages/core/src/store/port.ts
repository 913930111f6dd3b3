/**
 * The storage port: what any petition store (in memory, IndexedDB via `@xinfang/dexie`, a server
 * database) must promise. The core owns the interface; adapters implement it and prove it by
 * running `petitionStoreContract` from `@xinfang/core/testing`.
 */
import type { Calendar } from '../calendar/index.js';
import type {
  Bilingual,
  Channel,
  Command,
  Instant,
  IsoDate,
  PetitionClass,
  PetitionEvent,
  PetitionStatus,
  PetitionView,
  Rejection,
} from '../lifecycle/types.js';
import type { Statistics } from '../statistics/types.js';

/** A query over petition views, for work queues and lookups. All filters are ANDed. */
export interface ViewQuery {
  status?: PetitionStatus | PetitionStatus[];
  unit?: string;
  handler?: string;
  class?: PetitionClass;
  channel?: Channel;
  /** Exact petitioner phone (repeat-petition lookup). */
  phone?: string;
  /** Exact petitioner id number (repeat-petition lookup). */
  idNumber?: string;
  /** Subject starts with this text. */
  subjectPrefix?: string;
  /**
   * 'nextDue': earliest open due date first, petitions without one last, ties by registrationNo;
   * 'registrationNo' (default): ascending registration number.
   */
  orderBy?: 'nextDue' | 'registrationNo';
  /**
   * The day the queue is asked for (the caller's today, Asia/Shanghai; the core has no clock). With
   * 'nextDue', a receiving unit's objection window counts only while open on this day (22 art 23(3): it
   * lapses after 5 working days): a petition is ordered by `queueDueOf(view, asOf)`. Without it every
   * window counts as open (`view.nextDue`).
   */
  asOf?: IsoDate;
  offset?: number;
  limit?: number;
}

/** Result of executing a command against a store. */
export type ExecuteResult =
  | { ok: true; events: PetitionEvent[]; view: PetitionView }
  | { ok: false; rejection: Rejection };

/** Options of `PetitionStore.execute`. */
export interface ExecuteOptions {
  /**
   * The seq of the last event the caller saw (0 for none). When the stored history has moved on, nothing
   * is decided and a `ConflictError` is thrown (optimistic concurrency).
   */
  expectedSeq?: number;
}

/**
 * Append-only petition storage with optimistic concurrency.
 *
 * @example
 * const r = await store.execute({ type: 'accept', petitionId, at, by: clerk });
 * if (!r.ok) show(r.rejection.message.zh);
 */
export interface PetitionStore {
  /**
   * Decide a command — or a list of commands for ONE petition, in order, each against the history the
   * ones before it produced (e.g. conclude → reply → delivered) — and append the events in ONE
   * transaction. Any refusal refuses the whole list: nothing is stored and `{ ok: false, rejection }` is
   * returned. For `register` (alone or first in the list), the store allocates `petitionId` and
   * `registrationNo` (`XF-<unit>-<yyyy>-<seq>`, seq per unit and year of `receivedAt` in Asia/Shanghai,
   * 4 digits zero-padded) in the same transaction, ignoring whatever the command carried; the commands
   * after it apply to the new petition.
   *
   * Idempotent by `commandId`: when every command's id is already stored, nothing is decided again and the
   * first result is returned (the stored events, and the view as it was right after them); an id stored for
   * other commands or another petition gives the rejection `command-id-reused`. A refused command stores
   * nothing, so its id stays free. Throws `ConflictError` when `options.expectedSeq` is not the stored seq,
   * or on a concurrent write.
   */
  execute(command: Command | readonly Command[], options?: ExecuteOptions): Promise<ExecuteResult>;
  /**
   * Append already decided events; `expectedSeq` is the seq of the last stored event (0 for none).
   * Only what `decide` could have produced is accepted (`checkAppend`: chain, lifecycle table, rules,
   * shape; a `commandId` not yet stored): otherwise an `AppendRefusedError` is thrown and nothing is
   * written. Throws `ConflictError` when `expectedSeq` is stale.
   */
  append(petitionId: string, expectedSeq: number, events: PetitionEvent[]): Promise<void>;
  /** The full history in seq order ([] when unknown). */
  history(petitionId: string): Promise<PetitionEvent[]>;
  view(petitionId: string): Promise<PetitionView | undefined>;
  byRegistrationNo(no: string): Promise<PetitionView | undefined>;
  query(q: ViewQuery): Promise<{ items: PetitionView[]; total: number }>;
  statistics(range: { from: IsoDate; to: IsoDate }, calendar: Calendar, now?: Instant): Promise<Statistics>;
}

/**
 * Thrown when another writer appended to the same petition first (optimistic concurrency).
 * The caller should reload the petition and try again.
 */
export class ConflictError extends Error {
  readonly code = 'conflict';
  readonly bilingual: Bilingual;
  readonly petitionId: string;
  readonly expectedSeq: number;
  readonly actualSeq: number;
  constructor(petitionId: string, expectedSeq: number, actualSeq: number) {
    const bilingual: Bilingual = {
      zh: `该信访事项刚被他人更新（预期第 ${expectedSeq} 条记录，实际已有 ${actualSeq} 条）。请刷新后重新操作。`,
      en: `This petition was just updated by someone else (expected record ${expectedSeq}, found ${actualSeq}). Reload it and try again.`,
    };
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = 'ConflictError';
    this.bilingual = bilingual;
    this.petitionId = petitionId;
    this.expectedSeq = expectedSeq;
    this.actualSeq = actualSeq;
  }
}
