import { ConflictError, chinaCalendar, decide, policies } from '@xinfang/core';
import type { DBCore } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { createPetitionStore, type DexiePetitionStore } from './index.js';
import { codeOf, dropDatabase, followUps, registerCommand, uniqueName } from './test-support.js';

const names: string[] = [];
afterAll(async () => {
  for (const name of names) await dropDatabase(name);
});

/** Two stores on the same database name: two IndexedDB connections, like two tabs. */
function twoTabs(): [DexiePetitionStore, DexiePetitionStore] {
  const name = uniqueName('tabs');
  names.push(name);
  return [createPetitionStore({ name }), createPetitionStore({ name })];
}

async function registered(store: DexiePetitionStore, i = 0) {
  const r = await store.execute(registerCommand(i));
  if (!r.ok) throw new Error(r.rejection.message.en);
  return r.view;
}

describe('two connections racing on one petition', () => {
  it('append with the same expected seq: exactly one wins, the other gets ConflictError, nothing half-written', async () => {
    const [a, b] = twoTabs();
    const view = await registered(a);
    const history = await a.history(view.petitionId);
    const [accept, notify] = followUps(0, view.petitionId, view.unit, view.receivedAt.slice(0, 10));
    const decidedA = decide(history, accept!, { policy: policies.national!, calendar: chinaCalendar });
    const decidedB = decide(history, notify!, { policy: policies.national!, calendar: chinaCalendar });
    if (!decidedA.ok || !decidedB.ok) throw new Error('sample refused');
    const results = await Promise.allSettled([
      a.append(view.petitionId, 1, decidedA.events),
      b.append(view.petitionId, 1, decidedB.events),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect((lost.reason as ConflictError).expectedSeq).toBe(1);
    expect((lost.reason as ConflictError).actualSeq).toBe(2);
    const after = await b.history(view.petitionId);
    expect(after.length).toBe(2);
    expect((await a.view(view.petitionId))!.seq).toBe(2);
    a.close();
    b.close();
  });

  it('execute with the same expected seq from two tabs: one succeeds, one ConflictError', async () => {
    const [a, b] = twoTabs();
    const view = await registered(a);
    const [accept] = followUps(0, view.petitionId, view.unit, view.receivedAt.slice(0, 10));
    const results = await Promise.allSettled([
      a.execute(accept!, { expectedSeq: 1 }),
      b.execute({ ...accept!, at: accept!.at }, { expectedSeq: 1 }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(
      ConflictError,
    );
    expect((await a.history(view.petitionId)).map((e) => e.type)).toEqual(['registered', 'accepted']);
    a.close();
    b.close();
  });

  it('execute without expected seq: the second decision sees the first (serialised), never both applied', async () => {
    const [a, b] = twoTabs();
    const view = await registered(a);
    const [accept] = followUps(0, view.petitionId, view.unit, view.receivedAt.slice(0, 10));
    const [ra, rb] = await Promise.all([a.execute(accept!), b.execute(accept!)]);
    expect([ra.ok, rb.ok].sort()).toEqual([false, true]);
    expect((await b.history(view.petitionId)).map((e) => e.type)).toEqual(['registered', 'accepted']);
    a.close();
    b.close();
  });
});

describe('registration numbers under concurrent registration (N2 / 22 arts 22–23)', () => {
  it('two tabs registering at once get unique, gap-free numbers per unit and year', async () => {
    const [a, b] = twoTabs();
    // Samples 0, 3, 6, … are all registered at the same unit in 2025.
    const jobs = Array.from({ length: 24 }, (_, k) => (k % 2 === 0 ? a : b).execute(registerCommand(k * 3)));
    const results = await Promise.all(jobs);
    const numbers = results.map((r) => (r.ok ? r.view.registrationNo : 'refused'));
    const unit = registerCommand(0).unit;
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 24 }, (_, k) => `XF-${codeOf(unit)}-2025-${String(k + 1).padStart(4, '0')}`),
    );
    expect(await a.db.counters.get(`${codeOf(unit)}|2025`)).toEqual({ key: `${codeOf(unit)}|2025`, last: 24 });
    a.close();
    b.close();
  });
});

describe('transaction guarantees', () => {
  it('an aborted write leaves nothing: a failing view write rolls back the history and the counter', async () => {
    const name = uniqueName('abort');
    names.push(name);
    const store = createPetitionStore({ name });
    let failViews = true;
    store.db.use({
      stack: 'dbcore',
      name: 'failViews',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'views') return table;
          return {
            ...table,
            mutate: (req) => (failViews ? Promise.reject(new Error('disk error (simulated)')) : table.mutate(req)),
          };
        },
      }),
    });
    await expect(store.execute(registerCommand(0))).rejects.toThrow('disk error (simulated)');
    expect(await store.db.histories.count()).toBe(0);
    expect(await store.db.counters.count()).toBe(0);
    failViews = false;
    const r = await store.execute(registerCommand(0));
    expect(r.ok && r.view.registrationNo.endsWith('-0001')).toBe(true);
    store.close();
  });

  it('a lost counter never makes a number be reused: allocation skips numbers already taken', async () => {
    const name = uniqueName('collide');
    names.push(name);
    const store = createPetitionStore({ name });
    const first = await registered(store, 0);
    await store.db.counters.clear(); // e.g. a counter row lost by a faulty import
    const second = await registered(store, 3);
    expect(second.registrationNo).toBe(first.registrationNo.replace(/0001$/, '0002'));
    expect((await store.byRegistrationNo(first.registrationNo))!.petitionId).toBe(first.petitionId);
    store.close();
  });
});
