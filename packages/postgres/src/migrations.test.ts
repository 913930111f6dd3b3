import { PGlite } from '@electric-sql/pglite';
import { policies, unitCode } from '@xinfang/core';
import { actorsOf, at, command, registerCommand, samplePetitions } from '@xinfang/core/testing';
import { describe, expect, it } from 'vitest';
import { type Database, pgliteDatabase } from './db.js';
import { latestVersion, migrate } from './migrations.js';
import { createPostgresStore } from './store.js';

const national = policies.national;

/** Copies the rows of `tables` as an older schema holds them: without the columns version 5 generates. */
async function copyRows(from: Database, to: Database, tables: string[]): Promise<void> {
  for (const table of tables) {
    const { rows } = await from.query<Record<string, unknown>>(`SELECT * FROM ${table}`);
    for (const row of rows) {
      const cols = Object.keys(row).filter((c) => c !== 'durable_due' && c !== 'window_due');
      const values = cols.map((c) => (typeof row[c] === 'object' && row[c] !== null ? JSON.stringify(row[c]) : row[c]));
      await to.query(
        `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
        values,
      );
    }
  }
}

describe('forward-only migrations', () => {
  it('version 1 with data migrates to 2 (registrations tallied), then to 3 (statistics tallies rebuilt)', async () => {
    const pglite = await PGlite.create();
    const db = pgliteDatabase(pglite);
    try {
      expect(await migrate(db, { to: 1 })).toBe(1);
      // Petitions written under schema 1: a store of this version writes tallies, so write the rows by hand
      // the way version 1 did (events, petition, view, counter) by registering on a copy and moving them.
      const source = await createPostgresStore({ db: pgliteDatabase(await PGlite.create()), policies: [national] });
      for (const p of [samplePetitions.letterClaim, samplePetitions.visitClaim, samplePetitions.visitClaim]) {
        const r = await source.execute(registerCommand('x', p, national));
        if (!r.ok) throw new Error(r.rejection.message.en);
      }
      await copyRows(source.db, db, ['xf_events', 'xf_petitions', 'xf_views', 'xf_counters']);

      expect(await migrate(db, { to: 2 })).toBe(2);
      const { rows } = await db.query<{ channel: string; registered: number }>(
        'SELECT channel, registered FROM xf_tallies ORDER BY channel',
      );
      expect(rows).toEqual([
        { channel: samplePetitions.letterClaim.channel, registered: 1 },
        { channel: samplePetitions.visitClaim.channel, registered: 2 },
      ]);

      // Version 3 replaces them with the statistics tallies, rebuilt from the views: the same rows that a
      // store of version 3 kept while writing.
      expect(await migrate(db, { to: 3 })).toBe(3);
      const tallies = 'SELECT received_date, fact, n FROM xf_tallies ORDER BY 1, 2';
      const rebuilt = (await db.query(tallies)).rows;
      expect(rebuilt).toEqual((await source.db.query(tallies)).rows);
      expect(rebuilt).toContainEqual({ received_date: '2025-09-22', fact: 'c:visit', n: 2 });
      await source.db.close();

      // Version 4 adds the queue index across units: the stored views are indexed and queried in its order.
      expect(await migrate(db, { to: 4 })).toBe(4);
      const indexes = await db.query<{ indexname: string }>(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'xf_views' AND indexname = 'xf_views_status_queue'",
      );
      expect(indexes.rows).toEqual([{ indexname: 'xf_views_status_queue' }]);

      // The store opens on the migrated schema, keeps the data, and numbers on from the counter.
      const store = await createPostgresStore({ db, policies: [national] });
      expect((await store.query({})).total).toBe(3);
      const queue = await store.query({ status: ['registered', 'handling'], orderBy: 'nextDue', limit: 2 });
      expect([queue.items.length, queue.total]).toEqual([2, 3]);
      const next = await store.execute(registerCommand('x', samplePetitions.visitClaim, national));
      expect(next.ok && next.view.registrationNo).toBe(`XF-${unitCode(national, national.defaultUnit)}-2025-0004`);
      // Applying again changes nothing.
      expect(await migrate(db)).toBe(latestVersion);
      const versions = await db.query<{ version: number }>('SELECT version FROM xf_schema ORDER BY version');
      expect(versions.rows.map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await pglite.close();
    }
  });

  it('22 art 23(3): version 4 with data migrates to 5; lapsed objection windows then order by the durable due', async () => {
    const pglite = await PGlite.create();
    const db = pgliteDatabase(pglite);
    try {
      expect(await migrate(db, { to: 4 })).toBe(4);
      // Rows written under schema 4 (copied from a store of this version, without the columns 5 adds): two
      // letters transferred to the competent organ (windows end 11-10 and 11-12) and a visit not yet disposed of.
      const source = await createPostgresStore({ db: pgliteDatabase(await PGlite.create()), policies: [national] });
      const clerk = actorsOf(national.defaultUnit).clerk;
      const ids: string[] = [];
      for (const [p, day, transfer] of [
        [samplePetitions.letterClaim, '2025-11-03', true],
        [samplePetitions.visitClaim, '2025-10-31', false],
        [samplePetitions.accusation, '2025-11-05', true],
      ] as const) {
        const r = await source.execute(registerCommand('x', { ...p, receivedAt: at(day) }, national));
        if (!r.ok) throw new Error(r.rejection.message.en);
        ids.push(r.view.petitionId);
        if (transfer) {
          const t = await source.execute(
            command('transfer', r.view.petitionId, at(day), clerk, {
              toUnit: 'competentOrgan',
              reason: '属其职权范围',
            }),
          );
          if (!t.ok) throw new Error(t.rejection.message.en);
        }
      }
      await copyRows(source.db, db, ['xf_events', 'xf_petitions', 'xf_views', 'xf_counters', 'xf_tallies']);
      await source.db.close();

      expect(await migrate(db, { to: 5 })).toBe(5);
      const columns = await db.query<{ durable_due: string | null; window_due: string | null }>(
        'SELECT durable_due, window_due FROM xf_views ORDER BY registration_no',
      );
      expect(columns.rows).toEqual([
        { durable_due: '2025-11-18', window_due: '2025-11-10' },
        { durable_due: '2025-11-17', window_due: null },
        { durable_due: '2025-11-20', window_due: '2025-11-12' },
      ]);
      const store = await createPostgresStore({ db, policies: [national] });
      const order = async (asOf?: string) =>
        (await store.query({ orderBy: 'nextDue', asOf, limit: 10 })).items.map((v) => ids.indexOf(v.petitionId));
      // Window of the first letter open on 11-10 (its last day), lapsed on 11-11: then its disposition (11-18) counts.
      expect([await order(), await order('2025-11-10'), await order('2025-11-11')]).toEqual([
        [0, 2, 1],
        [0, 2, 1],
        [2, 1, 0],
      ]);
    } finally {
      await pglite.close();
    }
  });

  it('refuses a database newer than the package, in both languages', async () => {
    const pglite = await PGlite.create();
    const db = pgliteDatabase(pglite);
    try {
      await migrate(db);
      await db.query("INSERT INTO xf_schema (version, name) VALUES (99, 'future')");
      await expect(migrate(db)).rejects.toThrow(/版本 99.*version 99/);
    } finally {
      await pglite.close();
    }
  });
});
