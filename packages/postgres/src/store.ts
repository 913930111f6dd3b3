/**
 * The `PetitionStore` port on PostgreSQL, in plain SQL. Every `execute` is one transaction: lock the
 * petition's view row (FOR UPDATE), look up command ids, decide with the core, insert the events, rewrite
 * the view. Registrations take the next number from `xf_counters (unit, year)` in the same transaction.
 */
import {
  type Calendar,
  type Command,
  ConflictError,
  chinaCalendar,
  checkStoreAppend,
  commandIdsOf,
  decideCommands,
  formatRegistrationNo,
  unitCode,
  type ExecuteOptions,
  type ExecuteResult,
  type Instant,
  type IsoDate,
  type PetitionEvent,
  type PetitionStore,
  type PetitionView,
  type PolicyProfile,
  precheckCommands,
  type RegisterCommand,
  type Statistics,
  shanghaiDate,
  statistics,
  storedResult,
  UNKNOWN_PETITION,
  unknownPolicy,
  type ViewQuery,
} from '@xinfang/core';
import type { Database, Sql } from './db.js';
import { migrate } from './migrations.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  db: Database;
  /** Policies petitions may be registered under (looked up by id and version). */
  policies: readonly PolicyProfile[];
  /** The statutory calendar (default the core's `chinaCalendar`). */
  calendar?: Calendar;
  /** New petition ids; default `crypto.randomUUID()`. */
  newId?: () => string;
}

/** The PostgreSQL petition store: the port, plus the database it runs on. */
export interface PostgresPetitionStore extends PetitionStore {
  readonly db: Database;
}

/** View fields fixed at registration, kept once in `xf_petitions.input` (the view row holds the rest). */
const FIXED = [
  'registrationNo',
  'registeredBy',
  'receivedAt',
  'registeredAt',
  'subject',
  'content',
  'topic',
  'policyId',
  'policyVersion',
  'terms',
  'origin',
  'anonymous',
  'petitionerName',
  'petitionerPhone',
  'petitionerIdNumber',
  'queryCode',
  'hotline',
  'accusedUnits',
  'accusedPersons',
] as const;

const json = (v: unknown): string => JSON.stringify(v);
type Row = Record<string, unknown>;

function fixedPart(view: PetitionView): Row {
  const out: Row = {};
  for (const k of FIXED) if ((view as unknown as Row)[k] !== undefined) out[k] = (view as unknown as Row)[k];
  return out;
}

/** The changing part: every non-fixed field, plus fixed ones that differ from the input (`$unset` lists removed ones). */
function changingPart(view: PetitionView, fixed: Row): Row {
  const v = view as unknown as Row;
  const out: Row = {};
  const unset: string[] = [];
  for (const [k, value] of Object.entries(v)) {
    if (value === undefined) continue;
    if ((FIXED as readonly string[]).includes(k) && json(value) === json(fixed[k])) continue;
    out[k] = value;
  }
  for (const k of FIXED) if (v[k] === undefined && fixed[k] !== undefined) unset.push(k);
  if (unset.length > 0) out.$unset = unset;
  return out;
}

function toView(input: unknown, state: unknown): PetitionView {
  const { $unset, ...rest } = state as Row & { $unset?: string[] };
  const view: Row = { ...(input as Row), ...rest };
  for (const k of $unset ?? []) delete view[k];
  return view as unknown as PetitionView;
}

const VIEW_SELECT = 'SELECT p.input, v.state FROM xf_views v JOIN xf_petitions p USING (petition_id)';

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

function yearOf(receivedAt: unknown): number {
  try {
    return Number(shanghaiDate(receivedAt as Instant).slice(0, 4));
  } catch {
    return 0; // a bad instant is refused by decide's validation, with a message for the clerk
  }
}

/**
 * Creates the store and brings the schema up to date (`migrate`).
 *
 * @example
 * const store = await createPostgresStore({ db: pgliteDatabase(await PGlite.create()), policies: [policies.national] });
 * const r = await store.execute(registerCommand);   // XF-XFB-2025-0001
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresPetitionStore> {
  const { db } = options;
  const calendar = options.calendar ?? chinaCalendar;
  const newId = options.newId ?? (() => crypto.randomUUID());
  await migrate(db);

  const exactPolicy = (id: string, version: string) =>
    options.policies.find((p) => p.id === id && p.version === version);
  const policyFor = (id: string, version: string) =>
    exactPolicy(id, version) ?? options.policies.find((p) => p.id === id);

  async function historyIn(sql: Sql, petitionId: string): Promise<PetitionEvent[]> {
    const { rows } = await sql.query<{ body: PetitionEvent }>(
      'SELECT body FROM xf_events WHERE petition_id = $1 ORDER BY seq',
      [petitionId],
    );
    return rows.map((r) => r.body);
  }

  async function storedCommands(sql: Sql, ids: string[]): Promise<Map<string, { petitionId: string; seq: number }>> {
    const found = new Map<string, { petitionId: string; seq: number }>();
    if (ids.length === 0) return found;
    const { rows } = await sql.query<{ command_id: string; petition_id: string; seq: number }>(
      'SELECT command_id, petition_id, seq FROM xf_events WHERE command_id = ANY($1::text[])',
      [ids],
    );
    for (const r of rows) found.set(r.command_id, { petitionId: r.petition_id, seq: r.seq });
    return found;
  }

  /** Writes decided or checked events and the view after them (the petition row too when it is new). */
  async function write(sql: Sql, events: readonly PetitionEvent[], view: PetitionView, isNew: boolean): Promise<void> {
    const values: unknown[] = [];
    const tuples = events.map((e, i) => {
      values.push(e.petitionId, e.seq, e.commandId ?? null, e.type, e.at, json(e));
      const b = i * 6;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}::text::json)`;
    });
    // A plain INSERT: a duplicate (petition_id, seq) or command id fails the transaction, never silently.
    await sql.query(
      `INSERT INTO xf_events (petition_id, seq, command_id, type, at, body) VALUES ${tuples.join(', ')}`,
      values,
    );
    let fixed: Row;
    if (isNew) {
      fixed = fixedPart(view);
      await sql.query(
        'INSERT INTO xf_petitions (petition_id, registration_no, received_date, phone, id_number, subject, input) VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb)',
        [
          view.petitionId,
          view.registrationNo,
          shanghaiDate(view.receivedAt),
          view.petitionerPhone ?? null,
          view.petitionerIdNumber ?? null,
          view.subject,
          json(fixed),
        ],
      );
      await sql.query(
        `INSERT INTO xf_tallies (unit, received_date, channel, class, registered) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (received_date, unit, channel, class) DO UPDATE SET registered = xf_tallies.registered + 1`,
        [view.registeredBy, shanghaiDate(view.receivedAt), view.channel, view.class],
      );
    } else {
      const { rows } = await sql.query<{ input: Row }>('SELECT input FROM xf_petitions WHERE petition_id = $1', [
        view.petitionId,
      ]);
      fixed = rows[0]?.input ?? {};
    }
    const params = [
      view.petitionId,
      view.seq,
      view.status,
      view.unit,
      view.handler ?? null,
      view.class,
      view.channel,
      view.nextDue ?? null,
      view.registrationNo,
      json(changingPart(view, fixed)),
    ];
    if (isNew) {
      await sql.query(
        'INSERT INTO xf_views (petition_id, seq, status, unit, handler, class, channel, next_due, registration_no, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb)',
        params,
      );
    } else {
      await sql.query(
        'UPDATE xf_views SET seq = $2, status = $3, unit = $4, handler = $5, class = $6, channel = $7, next_due = $8, registration_no = $9, state = $10::text::jsonb WHERE petition_id = $1',
        params,
      );
    }
  }

  /** Takes the next registration number of the unit and year (row-locked until commit). */
  async function allocate(sql: Sql, command: RegisterCommand): Promise<RegisterCommand> {
    const year = yearOf(command.petition.receivedAt);
    // Counters run per unit code and year, as the numbers do (N2 / 22 arts 22–23).
    const code = unitCode(policyFor(command.policyId, command.policyVersion), command.unit);
    const { rows } = await sql.query<{ last: number }>(
      `INSERT INTO xf_counters (unit, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (unit, year) DO UPDATE SET last = xf_counters.last + 1 RETURNING last`,
      [code, year],
    );
    const seq = rows[0]!.last;
    const full: RegisterCommand = {
      ...command,
      petitionId: newId(),
      registrationNo: formatRegistrationNo(code, String(year).padStart(4, '0'), seq),
    };
    delete full.earlier;
    // 22 art 19(3): a repeat of an earlier matter carries that matter's status, looked up here.
    const repeatOf = command.petition?.repeatOf;
    if (typeof repeatOf === 'string') {
      const earlier = await sql.query<{ status: PetitionView['status'] }>(
        'SELECT status FROM xf_views WHERE registration_no = $1',
        [repeatOf],
      );
      const status = earlier.rows[0]?.status;
      if (status !== undefined) full.earlier = { registrationNo: repeatOf, status };
    }
    return full;
  }

  async function executeOnce(list: readonly Command[], expectedSeq: number | undefined): Promise<ExecuteResult> {
    return db
      .transaction(async (tx): Promise<ExecuteResult> => {
        const first = list[0];
        const ids = list.flatMap((c) =>
          typeof c === 'object' && c !== null && typeof c.commandId === 'string' ? [c.commandId] : [],
        );
        let locked: { seq: number; input: Row; state: Row } | undefined;
        const isRegister = typeof first === 'object' && first !== null && first.type === 'register';
        if (!isRegister && typeof first === 'object' && first !== null && typeof first.petitionId === 'string') {
          // The lock serialises every writer of this petition: the next one decides on this one's result.
          const { rows } = await tx.query<{ seq: number; input: Row; state: Row }>(
            'SELECT v.seq, p.input, v.state FROM xf_views v JOIN xf_petitions p USING (petition_id) WHERE v.petition_id = $1 FOR UPDATE OF v',
            [first.petitionId],
          );
          locked = rows[0];
        }
        const known = await storedCommands(tx, ids);
        if (known.size > 0) {
          const stored = list.map((c) =>
            typeof c === 'object' && c !== null && typeof c.commandId === 'string' ? known.get(c.commandId) : undefined,
          );
          const petitionId = [...known.values()][0]!.petitionId;
          return storedResult(list, stored, await historyIn(tx, petitionId), calendar) as ExecuteResult;
        }
        const bad = precheckCommands(list);
        if (bad !== undefined || first === undefined) return { ok: false, rejection: bad! };
        let commands = list;
        let before: PetitionView | undefined;
        let policy: PolicyProfile | undefined;
        if (first.type === 'register') {
          policy = exactPolicy(first.policyId, first.policyVersion);
          if (policy === undefined) return { ok: false, rejection: unknownPolicy(first.policyId, first.policyVersion) };
          commands = [await allocate(tx, first), ...list.slice(1)];
        } else {
          const actual = locked?.seq ?? 0;
          if (expectedSeq !== undefined && expectedSeq !== actual) {
            throw new ConflictError(String(first.petitionId), expectedSeq, actual);
          }
          if (locked === undefined) return { ok: false, rejection: UNKNOWN_PETITION };
          before = toView(locked.input, locked.state);
          policy = policyFor(before.policyId, before.policyVersion);
          if (policy === undefined)
            return { ok: false, rejection: unknownPolicy(before.policyId, before.policyVersion) };
        }
        const decided = decideCommands(before, commands, { policy, calendar });
        // Refused: the transaction ends without writing (a number taken above is rolled back with it).
        if (!decided.ok) throw new Refused({ ok: false, rejection: decided.rejection });
        await write(tx, decided.events, decided.view, before === undefined);
        const done: ExecuteResult = { ok: true, events: decided.events, view: decided.view };
        return done;
      })
      .catch((error: unknown) => {
        if (error instanceof Refused) return error.result;
        throw error;
      });
  }

  return {
    db,
    async execute(input: Command | readonly Command[], opts?: ExecuteOptions): Promise<ExecuteResult> {
      const list: readonly Command[] = Array.isArray(input) ? input : [input as Command];
      for (let attempt = 0; ; attempt++) {
        try {
          return await executeOnce(list, opts?.expectedSeq);
        } catch (error) {
          // A concurrent writer stored the same command id first: run again, which answers from it.
          if (isUniqueViolation(error) && attempt < 2) continue;
          throw error;
        }
      }
    },

    async append(petitionId: string, expectedSeq: number, events: PetitionEvent[]): Promise<void> {
      try {
        await db.transaction(async (tx) => {
          const { rows } = await tx.query<{ seq: number; input: Row; state: Row }>(
            'SELECT v.seq, p.input, v.state FROM xf_views v JOIN xf_petitions p USING (petition_id) WHERE v.petition_id = $1 FOR UPDATE OF v',
            [petitionId],
          );
          const row = rows[0];
          const actual = row?.seq ?? 0;
          if (expectedSeq !== actual) throw new ConflictError(petitionId, expectedSeq, actual);
          const before = row === undefined ? undefined : toView(row.input, row.state);
          const known = await storedCommands(tx, commandIdsOf(events));
          const view = checkStoreAppend(petitionId, before, events, { policyFor, calendar }, (id) => known.has(id));
          await write(tx, events, view, before === undefined);
          // Never hand out a number an appended petition already has.
          const m = /^XF-(.+)-(\d{4})-(\d{4,})$/.exec(view.registrationNo);
          if (m !== null) {
            await tx.query(
              `INSERT INTO xf_counters (unit, year, last) VALUES ($1, $2, $3)
               ON CONFLICT (unit, year) DO UPDATE SET last = GREATEST(xf_counters.last, EXCLUDED.last)`,
              [m[1], Number(m[2]), Number(m[3])],
            );
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          const { rows } = await db.query<{ seq: number }>('SELECT seq FROM xf_views WHERE petition_id = $1', [
            petitionId,
          ]);
          throw new ConflictError(petitionId, expectedSeq, rows[0]?.seq ?? 0);
        }
        throw error;
      }
    },

    async history(petitionId: string): Promise<PetitionEvent[]> {
      return historyIn(db, String(petitionId));
    },

    async view(petitionId: string): Promise<PetitionView | undefined> {
      const { rows } = await db.query<{ input: Row; state: Row }>(`${VIEW_SELECT} WHERE v.petition_id = $1`, [
        String(petitionId),
      ]);
      return rows[0] === undefined ? undefined : toView(rows[0].input, rows[0].state);
    },

    async byRegistrationNo(no: string): Promise<PetitionView | undefined> {
      const { rows } = await db.query<{ input: Row; state: Row }>(`${VIEW_SELECT} WHERE v.registration_no = $1`, [
        String(no),
      ]);
      return rows[0] === undefined ? undefined : toView(rows[0].input, rows[0].state);
    },

    async query(q: ViewQuery): Promise<{ items: PetitionView[]; total: number }> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace('?', `$${params.length}`));
      };
      if (q.status !== undefined) add('v.status = ANY(?::text[])', Array.isArray(q.status) ? q.status : [q.status]);
      if (q.unit !== undefined) add('v.unit = ?', q.unit);
      if (q.handler !== undefined) add('v.handler = ?', q.handler);
      if (q.class !== undefined) add('v.class = ?', q.class);
      if (q.channel !== undefined) add('v.channel = ?', q.channel);
      if (q.phone !== undefined) add('p.phone = ?', q.phone);
      if (q.idNumber !== undefined) add('p.id_number = ?', q.idNumber);
      if (q.subjectPrefix !== undefined) add('starts_with(p.subject, ?)', q.subjectPrefix);
      const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const order =
        q.orderBy === 'nextDue' ? 'v.next_due COLLATE "C" ASC NULLS LAST, v.registration_no' : 'v.registration_no';
      const limit = q.limit === undefined ? '' : ` LIMIT ${Math.max(0, Math.floor(q.limit))}`;
      const offset = q.offset ? ` OFFSET ${Math.max(0, Math.floor(q.offset))}` : '';
      const [items, count] = await Promise.all([
        db.query<{ input: Row; state: Row }>(`${VIEW_SELECT} ${filter} ORDER BY ${order}${limit}${offset}`, params),
        db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM xf_views v JOIN xf_petitions p USING (petition_id) ${filter}`,
          params,
        ),
      ]);
      return { items: items.rows.map((r) => toView(r.input, r.state)), total: count.rows[0]?.n ?? 0 };
    },

    async statistics(range: { from: IsoDate; to: IsoDate }, cal: Calendar, now?: Instant): Promise<Statistics> {
      // Only petitions received in the range are counted: read just those (index on received_date).
      const { rows } = await db.query<{ input: Row; state: Row }>(
        `${VIEW_SELECT} WHERE p.received_date >= $1 AND p.received_date <= $2`,
        [range.from, range.to],
      );
      return statistics(
        rows.map((r) => toView(r.input, r.state)),
        range,
        cal,
        now,
      );
    },
  };
}

/** Carries a refusal out of the transaction so that it rolls back. */
class Refused extends Error {
  constructor(readonly result: ExecuteResult) {
    super('refused');
  }
}
