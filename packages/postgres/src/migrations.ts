/**
 * Forward-only schema migrations, applied in order under a transaction-scoped advisory lock so that
 * several servers starting at once apply each exactly once. Never edit a shipped migration: add one.
 */
import type { Database } from './db.js';
import { TALLIES_FROM_VIEWS } from './tallies.js';

/** One schema step. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration this version of the package ships, in order. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events, petitions, views, counters',
    sql: `
CREATE TABLE xf_events (
  petition_id text NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  command_id text,
  type text NOT NULL,
  at text NOT NULL,
  body json NOT NULL,
  PRIMARY KEY (petition_id, seq),
  UNIQUE (petition_id, command_id)
);
-- A command id names one command anywhere: a reused id is found whatever petition it was for.
CREATE UNIQUE INDEX xf_events_command_id ON xf_events (command_id) WHERE command_id IS NOT NULL;

-- The fixed petition input, written once at registration.
CREATE TABLE xf_petitions (
  petition_id text PRIMARY KEY,
  registration_no text NOT NULL UNIQUE,
  received_date text NOT NULL,
  phone text,
  id_number text,
  subject text NOT NULL,
  input jsonb NOT NULL
);
CREATE INDEX xf_petitions_phone ON xf_petitions (phone) WHERE phone IS NOT NULL;
CREATE INDEX xf_petitions_id_number ON xf_petitions (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX xf_petitions_received ON xf_petitions (received_date);

-- The small changing part of the view, rewritten by every command.
CREATE TABLE xf_views (
  petition_id text PRIMARY KEY REFERENCES xf_petitions (petition_id),
  seq integer NOT NULL,
  status text NOT NULL,
  unit text NOT NULL,
  handler text,
  class text NOT NULL,
  channel text NOT NULL,
  next_due text,
  registration_no text COLLATE "C" NOT NULL,
  state jsonb NOT NULL
);
CREATE INDEX xf_views_queue ON xf_views (unit, status, next_due COLLATE "C", registration_no);
CREATE INDEX xf_views_handler ON xf_views (handler, status) WHERE handler IS NOT NULL;
CREATE INDEX xf_views_registration_no ON xf_views (registration_no);

-- Registration numbers per unit and year, incremented in the registering transaction (a refused
-- registration rolls back and consumes no number).
CREATE TABLE xf_counters (
  unit text NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (unit, year)
);
`,
  },
  {
    version: 2,
    name: 'tallies of registrations per unit, day, channel and class',
    sql: `
CREATE TABLE xf_tallies (
  unit text NOT NULL,
  received_date text NOT NULL,
  channel text NOT NULL,
  class text NOT NULL,
  registered integer NOT NULL,
  PRIMARY KEY (received_date, unit, channel, class)
);
INSERT INTO xf_tallies (unit, received_date, channel, class, registered)
SELECT p.input->>'registeredBy', p.received_date, v.channel, v.class, count(*)::int
FROM xf_petitions p JOIN xf_views v USING (petition_id)
GROUP BY 1, 2, 3, 4;
`,
  },
  {
    version: 3,
    name: 'statistics tallies per day of receipt and fact',
    // Replaces the registrations-only tallies of version 2 with every figure `statistics` reports, rebuilt
    // from the stored views. Changing the facts later takes a new migration that rebuilds them again.
    sql: `
DROP TABLE xf_tallies;
CREATE TABLE xf_tallies (
  received_date text COLLATE "C" NOT NULL,
  fact text COLLATE "C" NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (received_date, fact)
);
${TALLIES_FROM_VIEWS};
`,
  },
  {
    version: 4,
    name: 'queue indexes across units',
    // The work queue of someone who sees every unit (statuses, nearest due date first): read in order per
    // status, as xf_views_queue serves the queue of one unit.
    sql: `
CREATE INDEX xf_views_status_queue ON xf_views (status, next_due COLLATE "C", registration_no);
-- The total of that queue from the tallies: the rows of each status, one per day.
CREATE INDEX xf_tallies_fact ON xf_tallies (fact);
`,
  },
  {
    version: 5,
    name: 'queue on a day: durable due date and objection window',
    // 22 art 23(3): the receiving unit's objection window lapses after 5 working days, so a queue asked for a
    // day orders a row by its window only while open. Both columns are generated from the stored due dates
    // (filled for the existing rows as the column is added; no write path changes): durable_due is
    // `durableDueOf` of @xinfang/core (every staff clock of nextDue but the objection window).
    sql: `
ALTER TABLE xf_views
  ADD COLUMN durable_due text COLLATE "C" GENERATED ALWAYS AS ((LEAST(
    state->'due'->>'disposition', state->'due'->>'notice', state->'due'->>'conclusion',
    state->'due'->>'reportBack', state->'due'->>'reviewDecision', state->'due'->>'reReviewDecision',
    state->'due'->>'leaderReview', state->'due'->>'reply'
  )) COLLATE "C") STORED,
  ADD COLUMN window_due text COLLATE "C" GENERATED ALWAYS AS ((state->'due'->>'objection') COLLATE "C") STORED;
CREATE INDEX xf_views_durable_queue ON xf_views (unit, status, durable_due, registration_no);
CREATE INDEX xf_views_status_durable ON xf_views (status, durable_due, registration_no);
CREATE INDEX xf_views_window ON xf_views (window_due) WHERE window_due IS NOT NULL;
`,
  },
];

/** The latest schema version this package knows. */
export const latestVersion = migrations[migrations.length - 1]!.version;

/**
 * Brings the schema to `to` (default the latest), applying only the missing migrations, in one
 * transaction under an advisory lock. Returns the version now in place.
 */
export async function migrate(db: Database, options: { to?: number } = {}): Promise<number> {
  const target = options.to ?? latestVersion;
  return db.transaction(async (tx) => {
    // 0x78660001: "xf" and 1, the lock every xinfang migration takes.
    await tx.query('SELECT pg_advisory_xact_lock(2019950593)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS xf_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM xf_schema');
    const current = rows[0]?.v ?? 0;
    if (current > latestVersion) {
      throw new Error(
        `数据库结构版本 ${current} 比本程序（${latestVersion}）新，请升级 @xinfang/postgres。 / The database schema (version ${current}) is newer than this package knows (${latestVersion}); upgrade @xinfang/postgres.`,
      );
    }
    for (const m of migrations) {
      if (m.version <= current || m.version > target) continue;
      // One statement per query (PGlite's extended protocol runs one at a time); migrations end each with ';'.
      for (const statement of m.sql.split(/;\s*\n/)) {
        const text = statement.replace(/^\s*--.*$/gm, '').trim();
        if (text !== '') await tx.query(text);
      }
      await tx.query('INSERT INTO xf_schema (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    return Math.max(current, Math.min(target, latestVersion));
  });
}
