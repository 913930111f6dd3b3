import type { PetitionEvent, PetitionView } from '@xinfang/core';
import { Dexie, type EntityTable } from 'dexie';
import { queueKey } from './rows.js';

/** One row per petition: its whole append-only history (measured 8× faster to write than one row per event). */
export interface HistoryRow {
  petitionId: string;
  /** seq of the last event: the optimistic-concurrency check reads this. */
  seq: number;
  events: PetitionEvent[];
}

/**
 * The petition's view (the fold of its history) plus derived index fields. The `xf*` fields are
 * recomputed from the view on every write and stripped on read.
 */
export type ViewRow = PetitionView & {
  /**
   * The durable due date (`durableDueOf`: every staff clock but the objection window), or '~' when nothing is
   * due, then the registration number: the work queue sorts on it (earliest — i.e. overdue — first).
   * Before version 4 it held `nextDue` (the window included).
   */
  xfQueue: string;
  /**
   * The end of the receiving unit's objection window while one is set (22 art 23(3)), else absent (not
   * indexed): a queue asked for a day reads the windows still open on it and merges them with `xfQueue`.
   */
  xfWindow?: string;
};

/** Statistics tallies of the petitions received on one date (Asia/Shanghai): fact → count, see facts.ts. */
export interface TallyRow {
  date: string;
  n: Record<string, number>;
}

/** Registration-number counter per unit and year: `<unit>|<yyyy>` → last number handed out. */
export interface CounterRow {
  key: string;
  last: number;
}

/** Where a command's id was recorded: the idempotency index of `execute` (one row per event that carries one). */
export interface CommandRow {
  commandId: string;
  petitionId: string;
  seq: number;
}

/**
 * What the store remembers of the calendar its views were counted with (row `calendar` of `meta`): the
 * calendar's `edition`, its first provisional date, its official years and a fingerprint of their days.
 * When a store opens with a calendar of another edition it counts again the views that could have changed.
 */
export interface MetaRow {
  key: string;
  edition: string;
  provisionalFrom?: string;
  years: number[];
  days: string;
}

/** Fields added to a view in its stored row, stripped when it is read back. */
export const DERIVED_FIELDS = ['xfQueue', 'xfWindow'] as const;

/**
 * Version 1 — the first published schema. It stays exactly as it is: a change is a new
 * `version(n + 1)` with its upgrade, and a test that opens a version-1 database (see migration.test.ts).
 */
export const SCHEMA_V1 = {
  histories: 'petitionId',
  views:
    'petitionId, &registrationNo, xfQueue, [status+xfQueue], [unit+xfQueue], [handler+xfQueue], [class+xfQueue], [channel+xfQueue], petitionerPhone, petitionerIdNumber, subject',
  counters: 'key',
  tallies: 'date',
} as const;

/** Version 2 adds `meta` (the calendar the views were counted with); no record changes, no upgrade function. */
export const SCHEMA_V2 = { ...SCHEMA_V1, meta: 'key' } as const;

/**
 * Version 3 adds the `commands` table (commandId → petition and seq), the idempotency index of `execute`.
 * Histories written before carry no command ids, so there is nothing to fill and no upgrade function.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, commands: 'commandId' } as const;

/**
 * Version 4 indexes `xfWindow` (the objection window's end) and `xfQueue` becomes the durable due date: a queue
 * asked for a day (`asOf`) orders a row by its objection window only while the window is open (22 art 23(3)).
 * The upgrade recomputes both fields of the rows that carry a window; no other row changes.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, views: `${SCHEMA_V3.views}, xfWindow` } as const;

/** The typed Dexie database behind a petition store. */
export class PetitionDatabase extends Dexie {
  declare histories: EntityTable<HistoryRow, 'petitionId'>;
  declare views: EntityTable<ViewRow, 'petitionId'>;
  declare counters: EntityTable<CounterRow, 'key'>;
  declare tallies: EntityTable<TallyRow, 'date'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare commands: EntityTable<CommandRow, 'commandId'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx) =>
        tx
          .table<ViewRow>('views')
          .toCollection()
          .modify((row) => {
            if (row.due?.objection === undefined) return;
            row.xfQueue = queueKey(row);
            row.xfWindow = row.due.objection;
          }),
      );
  }
}
