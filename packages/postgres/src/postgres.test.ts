import { policies, unitCode } from '@xinfang/core';
import { actorsOf, at, command, petitionStoreContract, registerCommand, samplePetitions } from '@xinfang/core/testing';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { pgDatabase } from './db.js';
import { createPostgresStore } from './store.js';
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
});
