import { PGlite } from '@electric-sql/pglite';
import { policies, unitCode } from '@xinfang/core';
import { registerCommand, samplePetitions } from '@xinfang/core/testing';
import { describe, expect, it } from 'vitest';
import { pgliteDatabase } from './db.js';
import { latestVersion, migrate } from './migrations.js';
import { createPostgresStore } from './store.js';

const national = policies.national;

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
      for (const table of ['xf_events', 'xf_petitions', 'xf_views', 'xf_counters']) {
        const { rows } = await source.db.query<Record<string, unknown>>(`SELECT * FROM ${table}`);
        for (const row of rows) {
          const cols = Object.keys(row);
          const values = cols.map((c) =>
            typeof row[c] === 'object' && row[c] !== null ? JSON.stringify(row[c]) : row[c],
          );
          await db.query(
            `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
            values,
          );
        }
      }

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
      expect(versions.rows.map((r) => r.version)).toEqual([1, 2, 3, 4]);
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
