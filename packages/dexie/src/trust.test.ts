import {
  type Command,
  chinaCalendar,
  decide,
  hashEvent,
  officeKeyFromSeed,
  type PetitionEvent,
  policies,
  signCheckpoint,
} from '@xinfang/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { followUps, registerCommand, sampleHistories, storeTracker } from './test-support.js';

const stores = storeTracker();
afterAll(stores.cleanup);
const fresh = stores.fresh;

/** `base` with `patch`, continuing after `prev`, re-hashed: a consistent chain that says something impossible. */
function forge(base: PetitionEvent, patch: Record<string, unknown>, prev: PetitionEvent): PetitionEvent {
  const { hash: _h, ...body } = { ...base, ...patch, seq: prev.seq + 1, prevHash: prev.hash } as PetitionEvent;
  return { ...body, hash: hashEvent(body as PetitionEvent) } as PetitionEvent;
}

const office = officeKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => i * 5 + 1));

describe('a store no append can poison', () => {
  it('after refused impossible appends, rebuildViews and backup → import still work (property, fixed seed)', async () => {
    const store = fresh('poison');
    const reg = await store.execute(registerCommand(0));
    if (!reg.ok) throw new Error(reg.rejection.message.en);
    const id = reg.view.petitionId;
    for (const c of followUps(0, id, reg.view.unit, registerCommand(0).petition.receivedAt.slice(0, 10))) {
      const r = await store.execute(c as Command);
      if (!r.ok) throw new Error(`${c.type}: ${r.rejection.message.en}`);
    }
    const history = await store.history(id);
    const last = history.at(-1)!;
    const types = ['registered', 'accepted', 'archived', 'extended', 'concluded', 'erased', 'constructor'];
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(history.length - 1),
        fc.constantFrom(...types),
        fc.oneof(fc.constant(undefined), fc.record({ days: fc.integer({ min: -90, max: 0 }), reason: fc.string() })),
        async (template, type, data) => {
          const e = forge(history[template]!, { type, at: last.at, ...(data ? { data } : {}) }, last);
          const error = await store.append(id, last.seq, [e]).catch((x: unknown) => x);
          expect((error as { code?: string }).code).toBe('append-refused');
          refused++;
        },
      ),
      { seed: 20261205, numRuns: typeof window === 'undefined' ? 300 : 100 },
    );
    expect(refused > 0).toBe(true);
    expect(await store.history(id)).toEqual(history);
    expect(await store.rebuildViews()).toBe(1);
    const copy = fresh('poison-copy');
    const report = await copy.importBackup(await store.exportBackup());
    expect([report.petitions, report.events]).toEqual([1, history.length]);
  }, 120_000);

  it('commandIds: one event per id across execute, append and import; the idempotency index survives a backup', async () => {
    const store = fresh('ids');
    const cmd = { ...registerCommand(1), commandId: 'reg-0000-0001' };
    const first = await store.execute(cmd);
    expect(await store.execute(cmd)).toEqual(first);
    expect(await store.count()).toBe(1);
    const copy = fresh('ids-copy');
    await copy.importBackup(await store.exportBackup());
    const again = await copy.execute(cmd);
    expect(again.ok && first.ok ? again.view.petitionId === first.view.petitionId : false).toBe(true);
    expect(await copy.count()).toBe(1);
  });
});

describe('audit against a signed checkpoint (what a writer to the database cannot hide)', () => {
  it('finds a consistent rewrite, a removed petition and a lowered counter; later work is not a problem', async () => {
    const store = fresh('audit');
    const [a, b] = sampleHistories(2);
    await store.bulkImport([a!, b!]);
    const signed = signCheckpoint(
      await store.checkpoint('petitionOffice', '2025-12-31T18:00:00+08:00'),
      office.secretKey,
    );
    expect(await store.audit(signed, [office.publicKey])).toEqual([]);

    // New work after the checkpoint (a new petition, a higher counter) is not a problem: not yet signed.
    const later = await store.execute(registerCommand(3));
    expect(later.ok).toBe(true);
    expect(await store.audit(signed, [office.publicKey])).toEqual([]);

    // A writer with database access (no key) rewrites a's history consistently, deletes b, lowers a counter.
    const rewritten: PetitionEvent[] = [];
    for (const e of a!) {
      const changed = e.seq === 3 ? { ...e, at: e.at.replace(/T\d\d/, 'T08') } : e;
      const { hash: _h, ...body } = { ...changed, prevHash: rewritten.at(-1)?.hash ?? '' };
      rewritten.push({ ...body, hash: hashEvent(body as PetitionEvent) } as PetitionEvent);
    }
    await store.db.histories.put({ petitionId: a![0]!.petitionId, seq: rewritten.length, events: rewritten });
    await store.db.histories.delete(b![0]!.petitionId);
    const [counter] = await store.db.counters.toArray();
    await store.db.counters.put({ key: counter!.key, last: 0 });
    const problems = await store.audit(signed, [office.publicKey]);
    expect(problems.map((p) => p.reason).sort()).toEqual(['counter-lowered', 'rewritten', 'truncated']);
    expect(await store.audit(signed, [officeKeyFromSeed(new Uint8Array(32).fill(9)).publicKey])).toMatchObject([
      { reason: 'untrusted-key' },
    ]);
  });

  it('decide-made events appended offline with commandIds import into another store', async () => {
    const store = fresh('offline');
    const reg = await store.execute(registerCommand(2));
    if (!reg.ok) throw new Error(reg.rejection.message.en);
    const history = await store.history(reg.view.petitionId);
    const [accept] = followUps(
      2,
      reg.view.petitionId,
      reg.view.unit,
      registerCommand(2).petition.receivedAt.slice(0, 10),
    );
    const d = decide(history, accept!, { policy: policies.national!, calendar: chinaCalendar });
    if (!d.ok) throw new Error(d.rejection.message.en);
    await store.append(reg.view.petitionId, 1, d.events);
    expect((await store.history(reg.view.petitionId)).length).toBe(2);
  });
});
