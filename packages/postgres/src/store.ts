/**
 * The `PetitionStore` port on PostgreSQL, in plain SQL. Every `execute` is one transaction: lock the
 * petition's view row (FOR UPDATE), look up command ids, decide with the core, insert the events, rewrite
 * the view. Registrations take the next number from `xf_counters (unit, year)` in the same transaction.
 */
import {
  type Calendar,
  type Command,
  ConflictError,
  checkStoreAppend,
  chinaCalendar,
  commandIdsOf,
  decideCommands,
  type ExecuteOptions,
  type ExecuteResult,
  formatRegistrationNo,
  type Instant,
  type IsoDate,
  type PetitionEvent,
  type PetitionStore,
  type PetitionView,
  type PolicyProfile,
  precheckCommands,
  queryDay,
  type RegisterCommand,
  type Statistics,
  shanghaiDate,
  storedResult,
  UNKNOWN_PETITION,
  unitCode,
  unknownPolicy,
  type ViewQuery,
} from '@xinfang/core';
import type { Database, Sql } from './db.js';
import { migrate } from './migrations.js';
import { tallyDelta, tallyStatistics } from './tallies.js';

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
/** Where a command id is stored: its petition and the seq of its first event. */
type Stored = { petitionId: string; seq: number };

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
    // Unchanged fixed fields are usually the very objects read from the input: compare those without JSON.
    if ((FIXED as readonly string[]).includes(k) && (value === fixed[k] || json(value) === json(fixed[k]))) continue;
    out[k] = value;
  }
  for (const k of FIXED) if (v[k] === undefined && fixed[k] !== undefined) unset.push(k);
  if (unset.length > 0) out.$unset = unset;
  return out;
}

/** The columns of a view row, in table order ($1…$10): id, seq, status, unit, handler, class, channel, next due, number, state. */
function viewColumns(view: PetitionView, fixed: Row): unknown[] {
  return [
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
}

function toView(input: unknown, state: unknown): PetitionView {
  const { $unset, ...rest } = state as Row & { $unset?: string[] };
  const view: Row = { ...(input as Row), ...rest };
  for (const k of $unset ?? []) delete view[k];
  return view as unknown as PetitionView;
}

const VIEW_SELECT = 'SELECT p.input, v.state FROM xf_views v JOIN xf_petitions p USING (petition_id)';

const ROW_SELECT =
  'SELECT v.seq, p.input, v.state FROM xf_views v JOIN xf_petitions p USING (petition_id) WHERE v.petition_id = $1';

/**
 * The views and fixed inputs of petitions ($1 ids), and the stored commands among ids $2, in one round trip:
 * rows with a null `command_id` are views, the others stored commands.
 */
const READ_MANY = `SELECT v.petition_id, v.seq, NULL::text AS command_id, p.input, v.state
  FROM xf_views v JOIN xf_petitions p USING (petition_id) WHERE v.petition_id = ANY($1::text[])
UNION ALL
SELECT petition_id, seq, command_id, NULL, NULL FROM xf_events WHERE command_id = ANY($2::text[])`;

/**
 * The writes of several existing petitions in ONE statement (one round trip, one commit): each petition's
 * view ($1–$11: id, seq, status, unit, handler, class, channel, next due, number, state, and the seq it was
 * decided on), its events ($12–$17) and its tally changes ($18–$21), each only if its stored view is still at
 * the seq it was decided on. Returns the petitions written. Tally changes of several petitions are summed per
 * row and written in key order. A plain INSERT of the events: a duplicate (petition_id, seq) or command id
 * fails the statement, never silently.
 */
const WRITE_MANY = `WITH x AS (
  SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::int[]) AS x (petition_id, seq, status, unit, handler, class, channel, next_due,
    registration_no, state, before)
), u AS (
  UPDATE xf_views v SET seq = x.seq, status = x.status, unit = x.unit, handler = x.handler, class = x.class,
    channel = x.channel, next_due = x.next_due, registration_no = x.registration_no, state = x.state::jsonb
  FROM x WHERE v.petition_id = x.petition_id AND v.seq = x.before RETURNING v.petition_id
), e AS (
  INSERT INTO xf_events (petition_id, seq, command_id, type, at, body)
  SELECT p, s, c, t, a, b::json FROM unnest($12::text[], $13::int[], $14::text[], $15::text[], $16::text[], $17::text[]) AS e (p, s, c, t, a, b)
  WHERE p IN (SELECT petition_id FROM u)
), t AS (
  INSERT INTO xf_tallies (received_date, fact, n)
  SELECT d, f, sum(n)::int FROM unnest($18::text[], $19::text[], $20::text[], $21::int[]) AS t (p, d, f, n)
  WHERE p IN (SELECT petition_id FROM u) GROUP BY d, f ORDER BY d COLLATE "C", f COLLATE "C"
  ON CONFLICT (received_date, fact) DO UPDATE SET n = xf_tallies.n + EXCLUDED.n
)
SELECT petition_id FROM u`;

/**
 * A new petition in ONE statement: its events ($1–$6), its fixed input ($7–$11: date of receipt, phone, ID
 * number, subject, input), its view ($12–$21, as {@link viewColumns}) and its tallies ($22–$24, in key order).
 * Plain INSERTs: a duplicate petition, (petition_id, seq) or command id fails the statement, never silently.
 */
const WRITE_NEW = `WITH e AS (
  INSERT INTO xf_events (petition_id, seq, command_id, type, at, body)
  SELECT p, s, c, t, a, b::json FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS e (p, s, c, t, a, b)
), p AS (
  INSERT INTO xf_petitions (petition_id, registration_no, received_date, phone, id_number, subject, input)
  VALUES ($12, $20, $7, $8, $9, $10, $11::text::jsonb)
), v AS (
  INSERT INTO xf_views (petition_id, seq, status, unit, handler, class, channel, next_due, registration_no, state)
  VALUES ($12, $13, $14, $15, $16, $17, $18, $19, $20, $21::text::jsonb)
)
INSERT INTO xf_tallies (received_date, fact, n)
SELECT * FROM unnest($22::text[], $23::text[], $24::int[]) ORDER BY 1, 2
ON CONFLICT (received_date, fact) DO UPDATE SET n = xf_tallies.n + EXCLUDED.n`;

/** One petition's write for {@link WRITE_MANY}: its new events and view, and the view they were decided on. */
interface Write {
  events: readonly PetitionEvent[];
  view: PetitionView;
  /** The view decided on, and the fixed input it was read with (also as stored JSON text, when known). */
  before: { view: PetitionView; input: Row; inputJson?: string };
}

/** The parameters of {@link WRITE_MANY} for `writes` (the tenth: each view's changing part as JSON text). */
function writeParams(writes: readonly Write[]): unknown[][] {
  const cols: unknown[][] = Array.from({ length: 21 }, () => []);
  for (const { events, view, before } of writes) {
    const v = [...viewColumns(view, before.input), before.view.seq];
    for (let i = 0; i < 11; i++) cols[i]!.push(v[i]);
    for (const e of events) {
      cols[11]!.push(e.petitionId);
      cols[12]!.push(e.seq);
      cols[13]!.push(e.commandId ?? null);
      cols[14]!.push(e.type);
      cols[15]!.push(e.at);
      cols[16]!.push(json(e));
    }
    const t = tallyDelta(before.view, view);
    for (let i = 0; i < t.dates.length; i++) {
      cols[17]!.push(view.petitionId);
      cols[18]!.push(t.dates[i]);
      cols[19]!.push(t.facts[i]);
      cols[20]!.push(t.ns[i]);
    }
  }
  return cols;
}

/**
 * Group commit: `run` takes every item queued while earlier runs were in flight (at most `slots` at once), so
 * concurrent callers share one round trip (and, for writes, one commit); a lone caller runs at once, waiting
 * for no timer. Items with the same `key` never share a run (a later one waits for the next). `run` answers
 * (or fails) per item.
 */
function grouped<I, O>(
  run: (items: I[]) => Promise<PromiseSettledResult<O>[]>,
  key?: (item: I) => string,
  slots = 2,
  max = 64,
) {
  type Entry = { item: I; resolve: (o: O) => void; reject: (e: unknown) => void };
  let queue: Entry[] = [];
  let running = 0;
  async function drain(): Promise<void> {
    running++;
    while (queue.length > 0) {
      const batch: Entry[] = [];
      const later: Entry[] = [];
      const keys = new Set<string>();
      for (const entry of queue) {
        const k = key?.(entry.item);
        if (batch.length >= max || (k !== undefined && keys.has(k))) later.push(entry);
        else {
          if (k !== undefined) keys.add(k);
          batch.push(entry);
        }
      }
      queue = later;
      try {
        const out = await run(batch.map((b) => b.item));
        batch.forEach((b, i) => {
          const o = out[i]!;
          if (o.status === 'fulfilled') b.resolve(o.value);
          else b.reject(o.reason);
        });
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    running--;
  }
  return (item: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (running < slots) void drain();
    });
}

/** The petition a command names, if it names one. */
function namedPetition(command: unknown): string | undefined {
  const id =
    typeof command === 'object' && command !== null ? (command as { petitionId?: unknown }).petitionId : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** How many views a store remembers (about 4 KB each). */
const RECENT = 10_000;

function isDeadlock(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '40P01';
}

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
      'xf_history',
    );
    return rows.map((r) => r.body);
  }

  async function storedCommands(sql: Sql, ids: string[]): Promise<Map<string, Stored>> {
    const found = new Map<string, Stored>();
    if (ids.length === 0) return found;
    const { rows } = await sql.query<{ command_id: string; petition_id: string; seq: number }>(
      'SELECT command_id, petition_id, seq FROM xf_events WHERE command_id = ANY($1::text[])',
      [ids],
      'xf_commands',
    );
    for (const r of rows) found.set(r.command_id, { petitionId: r.petition_id, seq: r.seq });
    return found;
  }

  /**
   * Writes a new petition: its events, its fixed input, its view and its statistics tallies (in the
   * registering transaction).
   */
  async function writeNew(sql: Sql, events: readonly PetitionEvent[], view: PetitionView): Promise<void> {
    const fixed = fixedPart(view);
    const t = tallyDelta(undefined, view);
    await sql.query(
      WRITE_NEW,
      [
        events.map((e) => e.petitionId),
        events.map((e) => e.seq),
        events.map((e) => e.commandId ?? null),
        events.map((e) => e.type),
        events.map((e) => e.at),
        events.map((e) => json(e)),
        shanghaiDate(view.receivedAt),
        view.petitionerPhone ?? null,
        view.petitionerIdNumber ?? null,
        view.subject,
        json(fixed),
        ...viewColumns(view, fixed),
        t.dates,
        t.facts,
        t.ns,
      ],
      'xf_write_new',
    );
  }

  /**
   * Writes existing petitions in one statement ({@link WRITE_MANY}); returns the ids of those written. Outside
   * a transaction (`committed`) the statement commits as it returns: the views written are remembered.
   */
  async function writeMany(sql: Sql, unsorted: readonly Write[], committed = false): Promise<Set<string>> {
    // Rows locked in one order by every statement (views by petition id, then tallies by key): two groups in
    // flight at once never wait on each other crosswise.
    const writes = [...unsorted].sort((a, b) => (a.view.petitionId < b.view.petitionId ? -1 : 1));
    const params = writeParams(writes);
    const { rows } = await sql.query<{ petition_id: string }>(WRITE_MANY, params, 'xf_write_many');
    const written = new Set(rows.map((r) => r.petition_id));
    writes.forEach((w, i) => {
      const id = w.view.petitionId;
      if (!committed || !written.has(id)) recent.delete(id);
      else remember(id, w.view.seq, w.before.inputJson ?? json(w.before.input), params[9]![i] as string);
    });
    return written;
  }

  /**
   * The views this store last wrote, by petition: seq, fixed input and changing part as the JSON text stored
   * (parsed afresh on every use, so that no caller shares an object with it); at most {@link RECENT} of them,
   * the least recently written dropped first. Only committed writes are remembered. A command on a remembered
   * petition is decided on it without reading the database: its write lands only if the stored view is still
   * at that seq (another server may have written since), and any answer but a landed write — a refusal, a
   * stale expectedSeq, a lost race, a command id already stored — is decided again on a fresh read.
   */
  const recent = new Map<string, { seq: number; input: string; state: string }>();
  function remember(petitionId: string, seq: number, input: string, state: string): void {
    recent.delete(petitionId);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
    recent.set(petitionId, { seq, input, state });
  }

  type Read = { row: { seq: number; input: Row; state: Row } | undefined; known: Map<string, Stored> };
  /** Views and stored commands of many callers in one round trip ({@link READ_MANY}). */
  const readGrouped = grouped<{ petitionId: string | undefined; ids: string[] }, Read>(async (items) => {
    const petitions = [...new Set(items.flatMap((i) => (i.petitionId === undefined ? [] : [i.petitionId])))];
    const { rows } = await db.query<{
      petition_id: string;
      seq: number;
      command_id: string | null;
      input: Row;
      state: Row;
    }>(READ_MANY, [petitions, items.flatMap((i) => i.ids)], 'xf_read_many');
    const views = new Map<string, { seq: number; input: Row; state: Row }>();
    const commands = new Map<string, Stored>();
    for (const r of rows) {
      if (r.command_id === null) views.set(r.petition_id, r);
      else commands.set(r.command_id, { petitionId: r.petition_id, seq: r.seq });
    }
    return items.map((i) => ({
      status: 'fulfilled',
      value: {
        row: i.petitionId === undefined ? undefined : views.get(i.petitionId),
        known: new Map(i.ids.flatMap((id) => (commands.has(id) ? [[id, commands.get(id)!]] : []))),
      },
    }));
  });
  /**
   * Writes of many callers in one statement. Should it fail (a command id stored meanwhile, a deadlock with
   * another server), each write is tried again alone, so that one caller's failure is never another's.
   */
  const writeGrouped = grouped<Write, boolean>(
    async (writes) => {
      if (writes.length > 1) {
        try {
          const written = await writeMany(db, writes, true);
          return writes.map((w) => ({ status: 'fulfilled', value: written.has(w.view.petitionId) }));
        } catch {
          // each alone below
        }
      }
      return Promise.allSettled(writes.map(async (w) => (await writeMany(db, [w], true)).has(w.view.petitionId)));
    },
    (w) => w.view.petitionId,
  );

  /** Takes the next registration number of the unit and year (row-locked until commit). */
  async function allocate(sql: Sql, command: RegisterCommand): Promise<RegisterCommand> {
    const year = yearOf(command.petition.receivedAt);
    // Counters run per unit code and year, as the numbers do (N2 / 22 arts 22–23).
    const code = unitCode(policyFor(command.policyId, command.policyVersion), command.unit);
    const { rows } = await sql.query<{ last: number }>(
      `INSERT INTO xf_counters (unit, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (unit, year) DO UPDATE SET last = xf_counters.last + 1 RETURNING last`,
      [code, year],
      'xf_counter_next',
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

  /**
   * Decides `list` and writes the result. `locked`: in a transaction, the petition's view row locked first
   * (FOR UPDATE), so that the next writer of the petition decides on this one's result. Otherwise
   * optimistic: the view is read without a transaction and the write (one statement) only lands if the
   * view is still the one decided on — else `LostRace`, and the caller tries again. Optimistic reads and
   * writes of concurrent callers are grouped: one round trip reads them all, one statement writes them all.
   */
  async function executeOnce(
    list: readonly Command[],
    expectedSeq: number | undefined,
    locked: boolean,
    cached: boolean,
  ): Promise<ExecuteResult> {
    const first = list[0];
    const isRegister = typeof first === 'object' && first !== null && first.type === 'register';
    const optimistic = !isRegister && !locked;
    const run = async (sql: Sql): Promise<ExecuteResult> => {
      const ids = list.flatMap((c) =>
        typeof c === 'object' && c !== null && typeof c.commandId === 'string' ? [c.commandId] : [],
      );
      const petitionId =
        !isRegister && typeof first === 'object' && first !== null && typeof first.petitionId === 'string'
          ? first.petitionId
          : undefined;
      let row: { seq: number; input: Row; state: Row; inputJson?: string } | undefined;
      let known: Map<string, Stored>;
      const hit = optimistic && cached && petitionId !== undefined ? recent.get(petitionId) : undefined;
      if (hit !== undefined) {
        row = { seq: hit.seq, input: JSON.parse(hit.input), state: JSON.parse(hit.state), inputJson: hit.input };
        known = new Map();
      } else if (optimistic) {
        ({ row, known } =
          petitionId === undefined && ids.length === 0
            ? { row: undefined, known: new Map() }
            : await readGrouped({ petitionId, ids }));
      } else {
        if (petitionId !== undefined) {
          const { rows } = await sql.query<{ seq: number; input: Row; state: Row }>(
            `${ROW_SELECT} FOR UPDATE OF v`,
            [petitionId],
            'xf_row_for_update',
          );
          row = rows[0];
        }
        known = await storedCommands(sql, ids);
      }
      if (known.size > 0) {
        const stored = list.map((c) =>
          typeof c === 'object' && c !== null && typeof c.commandId === 'string' ? known.get(c.commandId) : undefined,
        );
        const petitionId = [...known.values()][0]!.petitionId;
        return storedResult(list, stored, await historyIn(sql, petitionId), calendar) as ExecuteResult;
      }
      const bad = precheckCommands(list);
      if (bad !== undefined || first === undefined) return { ok: false, rejection: bad! };
      if (first.type === 'register') {
        const policy = exactPolicy(first.policyId, first.policyVersion);
        if (policy === undefined) return { ok: false, rejection: unknownPolicy(first.policyId, first.policyVersion) };
        const commands = [await allocate(sql, first), ...list.slice(1)];
        const decided = decideCommands(undefined, commands, { policy, calendar });
        // Refused: the transaction ends without writing (the number taken above is rolled back with it).
        if (!decided.ok) throw new Refused({ ok: false, rejection: decided.rejection });
        await writeNew(sql, decided.events, decided.view);
        return { ok: true, events: decided.events, view: decided.view };
      }
      const actual = row?.seq ?? 0;
      // Decided on a remembered view: only a landed write answers; anything else is decided again on a fresh read.
      if (hit !== undefined && expectedSeq !== undefined && expectedSeq !== actual) throw new LostRace();
      if (expectedSeq !== undefined && expectedSeq !== actual) {
        throw new ConflictError(String(first.petitionId), expectedSeq, actual);
      }
      if (row === undefined) return { ok: false, rejection: UNKNOWN_PETITION };
      const before = toView(row.input, row.state);
      const policy = policyFor(before.policyId, before.policyVersion);
      if (policy === undefined) return { ok: false, rejection: unknownPolicy(before.policyId, before.policyVersion) };
      const decided = decideCommands(before, list, { policy, calendar });
      if (!decided.ok) {
        if (hit !== undefined) throw new LostRace();
        return { ok: false, rejection: decided.rejection };
      }
      const write: Write = {
        events: decided.events,
        view: decided.view,
        before: {
          view: before,
          input: row.input,
          ...(row.inputJson !== undefined ? { inputJson: row.inputJson } : {}),
        },
      };
      if (!(optimistic ? await writeGrouped(write) : (await writeMany(sql, [write])).has(write.view.petitionId))) {
        // Another writer got there first: with an expected seq that is a conflict, else decide again.
        if (expectedSeq !== undefined && hit === undefined) {
          const now = await sql.query<{ seq: number }>('SELECT seq FROM xf_views WHERE petition_id = $1', [
            first.petitionId,
          ]);
          throw new ConflictError(String(first.petitionId), expectedSeq, now.rows[0]?.seq ?? 0);
        }
        throw new LostRace();
      }
      return { ok: true, events: decided.events, view: decided.view };
    };
    if (optimistic) return run(db);
    const named = namedPetition(first);
    if (named !== undefined) recent.delete(named);
    const result = await db.transaction(run).catch((error: unknown) => {
      if (error instanceof Refused) return error.result;
      throw error;
    });
    // A registration, committed: remembered for the commands that follow it.
    if (isRegister && result.ok) {
      const fixed = fixedPart(result.view);
      remember(result.view.petitionId, result.view.seq, json(fixed), viewColumns(result.view, fixed)[9] as string);
    }
    return result;
  }

  return {
    db,
    async execute(input: Command | readonly Command[], opts?: ExecuteOptions): Promise<ExecuteResult> {
      const list: readonly Command[] = Array.isArray(input) ? input : [input as Command];
      // Optimistic first (no transaction; the first attempt on the view this store last wrote, if it has it,
      // else read); after two lost races, in a transaction that locks the petition's row, so that a busy
      // petition's writers queue instead of retrying.
      for (let attempt = 0, retried = 0; ; attempt++) {
        try {
          return await executeOnce(list, opts?.expectedSeq, attempt >= 2, attempt === 0);
        } catch (error) {
          if (error instanceof LostRace) continue;
          // A concurrent writer stored the same command id first: run again, which answers from it. A
          // deadlock (PostgreSQL ended one of two writers waiting on each other) is run again too.
          if ((isUniqueViolation(error) || isDeadlock(error)) && retried++ < 3) continue;
          throw error;
        }
      }
    },

    async append(petitionId: string, expectedSeq: number, events: PetitionEvent[]): Promise<void> {
      try {
        await db.transaction(async (tx) => {
          const { rows } = await tx.query<{ seq: number; input: Row; state: Row }>(
            `${ROW_SELECT} FOR UPDATE OF v`,
            [petitionId],
            'xf_row_for_update',
          );
          const row = rows[0];
          const actual = row?.seq ?? 0;
          if (expectedSeq !== actual) throw new ConflictError(petitionId, expectedSeq, actual);
          const before = row === undefined ? undefined : toView(row.input, row.state);
          const known = await storedCommands(tx, commandIdsOf(events));
          const view = checkStoreAppend(petitionId, before, events, { policyFor, calendar }, (id) => known.has(id));
          if (before === undefined) await writeNew(tx, events, view);
          else await writeMany(tx, [{ events, view, before: { view: before, input: row!.input } }]);
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
      const { rows } = await db.query<{ input: Row; state: Row }>(
        `${VIEW_SELECT} WHERE v.petition_id = $1`,
        [String(petitionId)],
        'xf_view',
      );
      return rows[0] === undefined ? undefined : toView(rows[0].input, rows[0].state);
    },

    async byRegistrationNo(no: string): Promise<PetitionView | undefined> {
      const { rows } = await db.query<{ input: Row; state: Row }>(
        `${VIEW_SELECT} WHERE v.registration_no = $1`,
        [String(no)],
        'xf_by_registration_no',
      );
      return rows[0] === undefined ? undefined : toView(rows[0].input, rows[0].state);
    },

    async query(q: ViewQuery): Promise<{ items: PetitionView[]; total: number }> {
      const day = queryDay(q);
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace('?', `$${params.length}`));
      };
      if (q.unit !== undefined) add('v.unit = ?', q.unit);
      if (q.handler !== undefined) add('v.handler = ?', q.handler);
      if (q.class !== undefined) add('v.class = ?', q.class);
      if (q.channel !== undefined) add('v.channel = ?', q.channel);
      if (q.phone !== undefined) add('p.phone = ?', q.phone);
      if (q.idNumber !== undefined) add('p.id_number = ?', q.idNumber);
      if (q.subjectPrefix !== undefined) add('starts_with(p.subject, ?)', q.subjectPrefix);
      // The fixed input is joined only when a filter reads it (every view has its petition row).
      const from = where.some((w) => w.startsWith('p.') || w.includes('(p.'))
        ? 'xf_views v JOIN xf_petitions p USING (petition_id)'
        : 'xf_views v';
      const statuses =
        q.status === undefined ? undefined : [...new Set(Array.isArray(q.status) ? q.status : [q.status])];
      const and = (extra: string[]) => {
        const all = [...where, ...extra];
        return all.length > 0 ? `WHERE ${all.join(' AND ')}` : '';
      };
      const nextDue = q.orderBy === 'nextDue';
      const order = (t: string) =>
        nextDue ? `${t}.due COLLATE "C" ASC NULLS LAST, ${t}.registration_no` : `${t}.registration_no`;
      const limit = q.limit === undefined ? undefined : Math.max(0, Math.floor(q.limit));
      const offset = q.offset ? Math.max(0, Math.floor(q.offset)) : 0;
      const page = `${limit === undefined ? '' : ` LIMIT ${limit}`}${offset > 0 ? ` OFFSET ${offset}` : ''}`;
      // The total: every view the filter matches (statuses as one list).
      const countParams = [...params];
      const countWhere = [...where];
      if (statuses !== undefined) {
        countParams.push(statuses);
        countWhere.push(`v.status = ANY($${countParams.length}::text[])`);
      }
      const countFilter = countWhere.length > 0 ? `WHERE ${countWhere.join(' AND ')}` : '';
      // Filtered by status alone (the queue across all units) or not at all: the total is in the tallies
      // (one row per day and status), not worth counting hundreds of thousands of index entries for.
      const countSql =
        where.length > 0
          ? db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from} ${countFilter}`, countParams)
          : db.query<{ n: number }>(
              'SELECT coalesce(sum(n), 0)::int AS n FROM xf_tallies WHERE fact = ANY($1::text[])',
              [statuses === undefined ? ['r'] : statuses.map((x) => `s:${x}`)],
              'xf_tally_total',
            );
      // 22 art 23(3): asked for a day, a row sorts by its durable due date unless its objection window is still
      // open that day: two branches, each read in order from its index and cut at offset + limit.
      let asOf: string | undefined;
      if (nextDue && day !== undefined) {
        params.push(day);
        asOf = `$${params.length}`;
      }
      const cut = limit === undefined ? '' : ` LIMIT ${limit + offset}`;
      const branches = (extra: string[]): string[] => {
        if (!nextDue)
          return [
            `(SELECT v.petition_id, v.registration_no FROM ${from} ${and(extra)} ORDER BY v.registration_no${cut})`,
          ];
        if (asOf === undefined)
          return [
            `(SELECT v.petition_id, v.next_due AS due, v.registration_no FROM ${from} ${and(extra)} ORDER BY v.next_due COLLATE "C" ASC NULLS LAST, v.registration_no${cut})`,
          ];
        return [
          `(SELECT v.petition_id, v.durable_due AS due, v.registration_no FROM ${from} ${and([...extra, `(v.window_due IS NULL OR v.window_due < ${asOf})`])} ORDER BY v.durable_due ASC NULLS LAST, v.registration_no${cut})`,
          `(SELECT v.petition_id, v.next_due AS due, v.registration_no FROM ${from} ${and([...extra, `v.window_due >= ${asOf}`])} ORDER BY v.next_due COLLATE "C" ASC NULLS LAST, v.registration_no${cut})`,
        ];
      };
      let parts: string[];
      if (statuses !== undefined && statuses.length > 1 && limit !== undefined) {
        // The work queue (several statuses, nearest due date first): one ordered branch per status, each read
        // in order from the queue index and cut at offset + limit, merged — never the whole queue sorted.
        parts = statuses.flatMap((status) => {
          params.push(status);
          return branches([`v.status = $${params.length}`]);
        });
      } else {
        if (statuses !== undefined) add('v.status = ANY(?::text[])', statuses);
        parts = branches([]);
      }
      const picked = `SELECT * FROM (${parts.join(' UNION ALL ')}) s ORDER BY ${order('s')}${page}`;
      // Pick the page's ids from the indexes first, then read just those rows (input and state).
      const [items, count] = await Promise.all([
        db.query<{ input: Row; state: Row }>(
          `SELECT p.input, v.state FROM (${picked}) s JOIN xf_views v USING (petition_id) JOIN xf_petitions p USING (petition_id) ORDER BY ${order('s')}`,
          params,
        ),
        countSql,
      ]);
      return { items: items.rows.map((r) => toView(r.input, r.state)), total: count.rows[0]?.n ?? 0 };
    },

    async statistics(range: { from: IsoDate; to: IsoDate }, cal: Calendar, now?: Instant): Promise<Statistics> {
      // From the tallies kept by every write (no petition row is read); figures equal the core's `statistics`.
      return tallyStatistics(db, range, cal ?? calendar, now);
    },
  };
}

/** The optimistic write found the view changed since it was read: decide again on the new one. */
class LostRace extends Error {
  constructor() {
    super('lost race');
  }
}

/** Carries a refusal out of the transaction so that it rolls back. */
class Refused extends Error {
  constructor(readonly result: ExecuteResult) {
    super('refused');
  }
}
