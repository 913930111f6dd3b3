import { ConflictError, chinaCalendar, type PetitionEvent, policies, replay, statistics } from '@xinfang/core';
import { petitionStoreContract } from '@xinfang/core/testing';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPetitionStore, type DexiePetitionStore } from './index.js';
import { codeOf, dropDatabase, followUps, registerCommand, uniqueName } from './test-support.js';

const names: string[] = [];
const opened: DexiePetitionStore[] = [];
afterAll(async () => {
  for (const store of opened) store.close();
  for (const name of names) await dropDatabase(name);
});

// The port's contract, written once in the core, against this store (Node: fake-indexeddb; Chromium: real IndexedDB).
petitionStoreContract(
  '@xinfang/dexie',
  async () => {
    const name = uniqueName('contract');
    names.push(name);
    const store = createPetitionStore({ name });
    opened.push(store);
    return store;
  },
  { describe, it, expect, beforeEach },
);

describe('execute', () => {
  let store: DexiePetitionStore;
  beforeEach(() => {
    const name = uniqueName('execute');
    names.push(name);
    store = createPetitionStore({ name });
  });
  afterEach(() => store.close());

  async function register(i: number) {
    const r = await store.execute(registerCommand(i));
    if (!r.ok) throw new Error(r.rejection.message.en);
    return r;
  }

  it('N2 / 22 art 22: numbers are XF-<unit code>-<yyyy>-<seq>, sequential per unit and year of receipt', async () => {
    const unit = registerCommand(0).unit;
    const a = await register(0);
    const b = await register(3); // sample 3 is registered at the same unit (units rotate by 3)
    const other = await register(1);
    expect(a.view.registrationNo).toBe(`XF-${codeOf(unit)}-2025-0001`);
    expect(b.view.registrationNo).toBe(`XF-${codeOf(unit)}-2025-0002`);
    expect(other.view.registrationNo).toBe(`XF-${codeOf(registerCommand(1).unit)}-2025-0001`);
    // A petition received in another year starts that year's sequence at 1.
    const next = registerCommand(6);
    next.petition = { ...next.petition, receivedAt: '2026-01-05T10:00:00+08:00' };
    next.at = next.petition.receivedAt;
    const r = await store.execute(next);
    expect(r.ok && r.view.registrationNo).toBe(`XF-${codeOf(unit)}-2026-0001`);
    expect(new Set([a.view.petitionId, b.view.petitionId, other.view.petitionId]).size).toBe(3);
  });

  it('stores the events decided and the view equal to replaying them', async () => {
    const reg = await register(0);
    const id = reg.view.petitionId;
    let last = reg.view;
    for (const c of followUps(0, id, reg.view.unit, registerCommand(0).petition.receivedAt.slice(0, 10))) {
      const r = await store.execute(c);
      expect(r.ok, r.ok ? '' : r.rejection.message.en).toBe(true);
      if (r.ok) last = r.view;
    }
    const history = await store.history(id);
    expect(history.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await store.view(id)).toEqual(replay(history));
    expect(last).toEqual(replay(history));
    expect(await store.byRegistrationNo(reg.view.registrationNo)).toEqual(replay(history));
  });

  it('a refused command writes nothing and consumes no number (N2: no number skipped)', async () => {
    const bad = registerCommand(0);
    bad.by = { ...bad.by, role: 'handler' }; // only a clerk registers
    const r = await store.execute(bad);
    expect(r.ok).toBe(false);
    expect(await store.count()).toBe(0);
    expect(await store.db.counters.count()).toBe(0);
    const good = await register(0);
    expect(good.view.registrationNo.endsWith('-0001')).toBe(true);

    const before = await store.history(good.view.petitionId);
    const refused = await store.execute({
      type: 'archive',
      petitionId: good.view.petitionId,
      at: good.view.receivedAt,
      by: { id: 'a', role: 'archivist' },
    });
    expect(refused.ok).toBe(false);
    expect(await store.history(good.view.petitionId)).toEqual(before);
  });

  it('decides each petition with the policy it was registered under', async () => {
    const school = policies.school!;
    const cmd = registerCommand(0, { policy: school });
    const r = await store.execute(cmd);
    expect(r.ok && r.view.policyId).toBe('school');
    const unknown = await store.execute({ ...registerCommand(0), policyId: 'nowhere' });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.rejection.code).toBe('unknown-policy');
    expect(!unknown.ok && unknown.rejection.message.zh).toContain('nowhere');
  });

  it('execute with a stale expectedSeq throws ConflictError (bilingual) and writes nothing', async () => {
    const reg = await register(0);
    const [accept] = followUps(0, reg.view.petitionId, reg.view.unit, reg.view.receivedAt.slice(0, 10));
    const error = await store.execute(accept!, { expectedSeq: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).bilingual.zh).toContain('刷新');
    expect((error as ConflictError).actualSeq).toBe(1);
    expect((await store.history(reg.view.petitionId)).length).toBe(1);
    const ok = await store.execute(accept!, { expectedSeq: 1 });
    expect(ok.ok).toBe(true);
  });

  it('append checks the expected seq and refuses a broken chain', async () => {
    const reg = await register(0);
    const id = reg.view.petitionId;
    const events: PetitionEvent[] = reg.events;
    await expect(store.append(id, 0, events)).rejects.toBeInstanceOf(ConflictError);
    const tampered = { ...events[0]!, seq: 2, prevHash: events[0]!.hash } as PetitionEvent;
    await expect(store.append(id, 1, [tampered])).rejects.toMatchObject({
      code: 'append-refused',
      refusal: { reason: 'not-decidable', seq: 2, rejection: { code: 'not-allowed-in-state' } },
    });
    expect(await store.history(id)).toEqual(events);
  });

  it('every execute keeps the statistics tallies in step (figures equal the core statistics of the views)', async () => {
    for (let i = 0; i < 12; i++) {
      const reg = await register(i);
      const steps = followUps(
        i,
        reg.view.petitionId,
        reg.view.unit,
        registerCommand(i).petition.receivedAt.slice(0, 10),
      );
      for (const c of steps.slice(0, i % 10)) {
        const r = await store.execute(c);
        expect(r.ok, r.ok ? '' : `${c.type}: ${r.rejection.message.en}`).toBe(true);
      }
    }
    const views = (await store.query({})).items;
    for (const [range, now] of [
      [{ from: '2025-01-01', to: '2025-12-31' }, '2025-03-01T12:00:00+08:00'],
      [{ from: '2025-01-01', to: '2025-01-10' }, '2025-02-20T12:00:00+08:00'],
    ] as const) {
      expect(await store.statistics(range, chinaCalendar, now)).toEqual(statistics(views, range, chinaCalendar, now));
    }
    expect((await store.statistics({ from: '2025-01-01', to: '2025-12-31' }, chinaCalendar)).total).toBe(12);
  });
});
