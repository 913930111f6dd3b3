import { ConflictError, type ExecuteResult, policies, unitCode } from '@xinfang/core';
import { actorsOf, at, command, petitionStoreContract, registerCommand, samplePetitions } from '@xinfang/core/testing';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Database, pgDatabase } from './db.js';
import { createPostgresStore } from './store.js';
import { rebuildTallies } from './tallies.js';
import { truncateAll } from './test-support/fresh.js';

// A database of this file's own in the throwaway cluster (global-setup.ts).
const admin = new pg.Client({ connectionString: inject('postgresUrl') });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS contract');
await admin.query('CREATE DATABASE contract');
await admin.end();
const db = pgDatabase(
  new pg.Pool({ connectionString: inject('postgresUrl').replace(/\/postgres$/, '/contract'), max: 16 }),
);
afterAll(() => db.close());

const national = policies.national;
const unit = national.defaultUnit;
const a = actorsOf(unit);
const makeStore = async () => {
  const store = await createPostgresStore({ db, policies: [national] });
  await truncateAll(db);
  return store;
};

petitionStoreContract('PostgreSQL 15', makeStore, { describe, it, expect, beforeEach });

describe('races on a real PostgreSQL server', () => {
  it('22 art 25: 32 parallel commands on one petition leave exactly one chain and lose no accepted write', async () => {
    const store = await makeStore();
    const r = await store.execute(registerCommand('x', samplePetitions.letterClaim, national));
    if (!r.ok) throw new Error(r.rejection.message.en);
    const id = r.view.petitionId;
    // 32 proposals at once: each is allowed after the one before it, so every one must be stored, in one chain.
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        store.execute(command('proposeHandling', id, at('2025-09-21'), a.clerk, { text: `意见 ${i}` })),
      ),
    );
    const accepted = results.filter((x) => x.ok).length;
    expect(accepted).toBe(32);
    const history = await store.history(id);
    expect(history.map((e) => e.seq)).toEqual(Array.from({ length: history.length }, (_, i) => i + 1));
    expect(history.length).toBe(1 + accepted);
    for (let i = 1; i < history.length; i++) expect(history[i]!.prevHash).toBe(history[i - 1]!.hash);
    expect((await store.view(id))?.seq).toBe(history.length);
  });

  it('N2 / 22 art 22: 32 parallel registrations in one unit get unique, gap-free numbers', async () => {
    const store = await makeStore();
    const results = await Promise.all(
      Array.from({ length: 32 }, () => store.execute(registerCommand('x', samplePetitions.visitClaim, national))),
    );
    const numbers = results.map((x) => (x.ok ? x.view.registrationNo : 'refused')).sort();
    expect(numbers).toEqual(
      Array.from({ length: 32 }, (_, i) => `XF-${unitCode(national, unit)}-2025-${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('N2: a registration refused amid parallel ones consumes no number', async () => {
    const store = await makeStore();
    const bad = { ...samplePetitions.visitClaim, subject: '' };
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        store.execute(registerCommand('x', i % 2 === 0 ? samplePetitions.visitClaim : bad, national)),
      ),
    );
    expect(results.filter((x) => !x.ok).length).toBe(8);
    const numbers = results.flatMap((x) => (x.ok ? [x.view.registrationNo] : [])).sort();
    expect(numbers).toEqual(
      Array.from({ length: 8 }, (_, i) => `XF-${unitCode(national, unit)}-2025-${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('the same commandId sent 8 times at once stores one event', async () => {
    const store = await makeStore();
    const r = await store.execute(registerCommand('x', samplePetitions.letterClaim, national));
    if (!r.ok) throw new Error(r.rejection.message.en);
    const c = {
      ...command('proposeHandling', r.view.petitionId, at('2025-09-21'), a.clerk, { text: '一次' }),
      commandId: 'note-once-0001',
    };
    const results = await Promise.all(Array.from({ length: 8 }, () => store.execute(c)));
    expect(results.every((x) => x.ok && x.events[0]?.seq === 2)).toBe(true);
    expect((await store.history(r.view.petitionId)).length).toBe(2);
  });

  /** The store on a database that counts the statements it runs, by name. */
  async function countingStore() {
    const counts = new Map<string, number>();
    const counting: Database = {
      ...db,
      query: (text, params, name) => {
        if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
        return db.query(text, params, name);
      },
    };
    const store = await createPostgresStore({ db: counting, policies: [national] });
    await truncateAll(db);
    // Registered through another store (another server), so that this one reads them before deciding.
    const other = await createPostgresStore({ db, policies: [national] });
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) {
      const r = await other.execute(registerCommand('x', samplePetitions.letterClaim, national));
      if (!r.ok) throw new Error(r.rejection.message.en);
      ids.push(r.view.petitionId);
    }
    counts.clear();
    return { store, counts, ids };
  }
  const tallies = async () =>
    (await db.query('SELECT received_date, fact, n FROM xf_tallies WHERE n <> 0 ORDER BY 1, 2')).rows;

  it('22 art 25: parallel commands on 16 petitions are written in fewer statements, each as if alone', async () => {
    const { store, counts, ids } = await countingStore();
    const results = await Promise.all(
      ids.map((id, i) =>
        store.execute(command('proposeHandling', id, at('2025-09-21'), a.clerk, { text: `意见 ${i}` })),
      ),
    );
    expect(results.map((r) => r.ok && r.view.seq)).toEqual(ids.map(() => 2));
    // Grouped: one round trip reads several petitions, one statement writes several.
    expect(counts.get('xf_read_many')).toBeLessThan(16);
    expect(counts.get('xf_write_many')).toBeLessThan(16);
    for (const [i, id] of ids.entries()) {
      const history = await store.history(id);
      expect(history.map((e) => [e.seq, e.type])).toEqual([
        [1, 'registered'],
        [2, 'handlingProposed'],
      ]);
      expect(history[1]!.prevHash).toBe(history[0]!.hash);
      // What the caller was answered is what was stored.
      expect(await store.view(id)).toEqual((results[i] as { view: unknown }).view);
    }
    // The tallies summed over the group equal those rebuilt from the stored views.
    const kept = await tallies();
    await rebuildTallies(db);
    expect(await tallies()).toEqual(kept);
  });

  it('in one group, a refusal, a stale expectedSeq and a reused command id touch no other command', async () => {
    const { store, ids } = await countingStore();
    const propose = (i: number) =>
      command('proposeHandling', ids[i]!, at('2025-09-21'), a.clerk, { text: `意见 ${i}` });
    const outcomes = await Promise.all(
      ids.map((_, i): Promise<ExecuteResult | string> => {
        // An archivist may not accept a petition: the core refuses it.
        if (i === 3) return store.execute(command('accept', ids[i]!, at('2025-09-23'), a.archivist, {}));
        if (i === 5) return store.execute(propose(i), { expectedSeq: 7 }).catch((e) => (e as Error).name);
        // The same command id sent for two petitions: one stores it, the other is refused.
        if (i === 8 || i === 9) return store.execute({ ...propose(i), commandId: 'shared-id-0001' });
        return store.execute(propose(i));
      }),
    );
    expect(outcomes[5]).toBe(new ConflictError('x', 7, 1).name);
    const code = (r: ExecuteResult | string | undefined) =>
      typeof r === 'object' ? (r.ok ? 'ok' : r.rejection.code) : r;
    expect(code(outcomes[3])).toBe('role-not-permitted');
    const shared = [outcomes[8], outcomes[9]] as ExecuteResult[];
    expect(shared.map(code).sort()).toEqual(['command-id-reused', 'ok']);
    expect(outcomes.filter((r, i) => ![3, 5, 8, 9].includes(i) && code(r) === 'ok').length).toBe(12);
    const stored = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM xf_events WHERE command_id = 'shared-id-0001'",
    );
    expect(stored.rows[0]!.n).toBe(1);
    const seqs = await Promise.all(ids.map(async (id) => (await store.view(id))!.seq));
    expect(seqs).toEqual(
      ids.map((_, i) => (i === 3 || i === 5 ? 1 : i === 8 || i === 9 ? (shared[i - 8]!.ok ? 2 : 1) : 2)),
    );
    const kept = await tallies();
    await rebuildTallies(db);
    expect(await tallies()).toEqual(kept);
  });

  it('22 art 25: a store deciding on the view it last wrote never acts on a stale one', async () => {
    const serverA = await makeStore();
    const serverB = await createPostgresStore({ db, policies: [national] });
    const propose = (id: string, text: string) => command('proposeHandling', id, at('2025-09-21'), a.clerk, { text });
    const r = await serverA.execute(registerCommand('x', samplePetitions.letterClaim, national));
    if (!r.ok) throw new Error(r.rejection.message.en);
    const id = r.view.petitionId;
    const seqOf = async (x: Promise<ExecuteResult>) => {
      const done = await x;
      return done.ok ? done.view.seq : done.rejection.code;
    };
    expect(await seqOf(serverB.execute(propose(id, 'B 1')))).toBe(2);
    // A remembers seq 1: its write does not land there, it reads seq 2 and writes 3.
    expect(await seqOf(serverA.execute(propose(id, 'A 1')))).toBe(3);
    expect(await seqOf(serverB.execute(propose(id, 'B 2')))).toBe(4);
    // An expectedSeq that is right, though A remembers 3.
    expect(await seqOf(serverA.execute(propose(id, 'A 2'), { expectedSeq: 4 }))).toBe(5);
    expect(await seqOf(serverB.execute(propose(id, 'B 3')))).toBe(6);
    // An expectedSeq that A's memory agrees with, but stale: a conflict with the stored seq.
    const conflict = await serverA.execute(propose(id, 'A 3'), { expectedSeq: 5 }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect([(conflict as ConflictError).expectedSeq, (conflict as ConflictError).actualSeq]).toEqual([5, 6]);
    const history = await serverA.history(id);
    expect(history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < history.length; i++) expect(history[i]!.prevHash).toBe(history[i - 1]!.hash);
    expect(await serverA.view(id)).toEqual(await serverB.view(id));
    // Accepted by B meanwhile: A, remembering the registered view, is refused as if it had read the stored one.
    const q = await serverA.execute(registerCommand('x', samplePetitions.visitClaim, national));
    if (!q.ok) throw new Error(q.rejection.message.en);
    const accept = command('accept', q.view.petitionId, at('2025-09-23'), a.clerk, {});
    expect(await seqOf(serverB.execute(accept))).toBe(2);
    const again = await serverA.execute(accept);
    expect(again).toEqual(await serverB.execute(accept));
    expect(again.ok).toBe(false);
    expect((await serverA.history(q.view.petitionId)).length).toBe(2);
    // The same command id, remembered view or not, answers from what was stored first.
    const s = await serverA.execute(registerCommand('x', samplePetitions.letterClaim, national));
    if (!s.ok) throw new Error(s.rejection.message.en);
    const once = { ...propose(s.view.petitionId, '一次'), commandId: 'remembered-0001' };
    const first = await serverB.execute(once);
    expect(first.ok && first.view.seq).toBe(2);
    expect(await serverA.execute(once)).toEqual(first);
    expect((await serverA.history(s.view.petitionId)).length).toBe(2);
  });
});
