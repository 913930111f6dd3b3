/**
 * The `PetitionStore` contract suite. Any store proves it keeps the port's promises by running it with
 * its own test runner's functions (it imports no test framework, so it runs in Node and in a browser).
 */
import { chinaCalendar } from '../calendar/index.js';
import { decide } from '../lifecycle/decide.js';
import { replay } from '../lifecycle/evolve.js';
import type { PetitionInput, PetitionView } from '../lifecycle/types.js';
import { verifyHistory } from '../history/hash.js';
import { policies } from '../policy/index.js';
import { statistics } from '../statistics/statistics.js';
import type { PetitionStore } from '../store/port.js';
import { actorsOf, at, command, fullScenario, registerCommand, samplePetitions } from './fixtures.js';

/** The matchers the suite uses (a subset of Vitest's / Jest's `expect`). */
export interface ContractMatchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
  toHaveLength(n: number): void;
}

/** The test functions the suite receives (pass Vitest's or Jest's). */
export interface ContractTestApi {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void>): void;
  expect(actual: unknown): ContractMatchers;
  beforeEach(fn: () => Promise<void> | void): void;
}

const national = policies.national;
const unit = national.defaultUnit;
const a = actorsOf(unit);

/**
 * Run the shared `PetitionStore` suite against a store. `makeStore` returns an EMPTY store that knows
 * `policies.national` and counts with `chinaCalendar`; it is called before every test.
 *
 * @example
 * import { describe, it, expect, beforeEach } from 'vitest';
 * petitionStoreContract('memory', async () => createMemoryStore({ policies: [policies.national] }), { describe, it, expect, beforeEach });
 */
export function petitionStoreContract(name: string, makeStore: () => Promise<PetitionStore>, t: ContractTestApi): void {
  const { describe, it, expect, beforeEach } = t;

  describe(`PetitionStore contract: ${name}`, () => {
    let store: PetitionStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    const register = async (petition: PetitionInput, options: { unit?: string } = {}): Promise<PetitionView> => {
      const r = await store.execute(registerCommand('ignored', petition, national, options));
      if (!r.ok) throw new Error(`register refused: ${r.rejection.message.en}`);
      return r.view;
    };

    it('N2 / 22 arts 22–23: register allocates XF-<unit>-<yyyy>-<seq>, per unit and year', async () => {
      const v1 = await register(samplePetitions.letterClaim);
      const v2 = await register(samplePetitions.visitClaim);
      const v3 = await register({ ...samplePetitions.visitClaim, receivedAt: at('2026-01-05') });
      const v4 = await register(samplePetitions.hotlineCall, { unit: 'disciplineInspection' });
      expect([v1.registrationNo, v2.registrationNo, v3.registrationNo, v4.registrationNo]).toEqual([
        `XF-${unit}-2025-0001`,
        `XF-${unit}-2025-0002`,
        `XF-${unit}-2026-0001`,
        'XF-disciplineInspection-2025-0001',
      ]);
      expect(new Set([v1.petitionId, v2.petitionId, v3.petitionId, v4.petitionId]).size).toBe(4);
      expect(v1.petitionId === 'ignored').toBe(false);
      expect((await store.byRegistrationNo(v2.registrationNo))?.petitionId).toBe(v2.petitionId);
    });

    it('returns the view replay(history) gives, and stores it', async () => {
      const v = await register(samplePetitions.visitClaim);
      const r = await store.execute(command('accept', v.petitionId, at('2025-09-23'), a.clerk, {}));
      expect(r.ok).toBe(true);
      const history = await store.history(v.petitionId);
      expect(history).toHaveLength(2);
      expect(history.map((e) => e.type)).toEqual(['registered', 'accepted']);
      const replayed = replay(history);
      expect(r.ok ? r.view : undefined).toEqual(replayed);
      expect(await store.view(v.petitionId)).toEqual(replayed);
      // 22 art 34: 60 days from acceptance on 2025-09-23 → 2025-11-22 (a Saturday: 民法典 203 rolls to Monday 11-24).
      expect(replayed.due.conclusion).toBe('2025-11-24');
    });

    it('a refused command stores nothing and uses up no registration number', async () => {
      const v = await register(samplePetitions.letterClaim);
      const refused = await store.execute(command('accept', v.petitionId, at('2025-09-23'), a.archivist, {}));
      expect(refused.ok ? 'ok' : refused.rejection.code).toBe('role-not-permitted');
      expect(await store.history(v.petitionId)).toHaveLength(1);
      const bad = await store.execute(registerCommand('x', { ...samplePetitions.letterClaim, subject: '' }, national));
      expect(bad.ok ? 'ok' : bad.rejection.code).toBe('invalid-petition');
      const next = await register(samplePetitions.visitClaim);
      expect(next.registrationNo).toBe(`XF-${unit}-2025-0002`);
      expect((await store.query({})).total).toBe(2);
    });

    it('append with a stale expected sequence number throws ConflictError (code "conflict")', async () => {
      const v = await register(samplePetitions.letterClaim);
      const history = await store.history(v.petitionId);
      const ctx = { policy: national, calendar: chinaCalendar };
      const accept = decide(history, command('accept', v.petitionId, at('2025-09-23'), a.clerk, {}), ctx);
      const transfer = decide(
        history,
        command('transfer', v.petitionId, at('2025-09-23'), a.clerk, {
          toUnit: 'competentOrgan',
          reason: '属其职权范围',
        }),
        ctx,
      );
      if (!accept.ok || !transfer.ok) throw new Error('fixture commands must be accepted');
      await store.append(v.petitionId, 1, accept.events);
      let caught: unknown;
      try {
        await store.append(v.petitionId, 1, transfer.events);
      } catch (e) {
        caught = e;
      }
      const err = caught as { code?: string; name?: string; bilingual?: { zh: string; en: string } } | undefined;
      expect(err?.code).toBe('conflict');
      expect(err?.name).toBe('ConflictError');
      expect(typeof err?.bilingual?.zh === 'string' && typeof err?.bilingual?.en === 'string').toBe(true);
      expect((await store.history(v.petitionId)).map((e) => e.type)).toEqual(['registered', 'accepted']);
      expect((await store.view(v.petitionId))?.status).toBe('handling');
    });

    it('concurrent commands on one petition leave one valid hash chain', async () => {
      const v = await register(samplePetitions.letterClaim);
      const results = await Promise.allSettled([
        store.execute(command('proposeHandling', v.petitionId, at('2025-09-21'), a.clerk, { text: '甲' })),
        store.execute(command('proposeHandling', v.petitionId, at('2025-09-21'), a.clerk, { text: '乙' })),
        store.execute(command('leaderInstruct', v.petitionId, at('2025-09-21'), a.leader, { text: '丙' })),
      ]);
      const ok = results.filter((r) => r.status === 'fulfilled' && r.value.ok).length;
      const conflicts = results.filter(
        (r) => r.status === 'rejected' && (r.reason as { code?: string }).code === 'conflict',
      ).length;
      expect(ok + conflicts).toBe(3);
      const history = await store.history(v.petitionId);
      expect(history).toHaveLength(1 + ok);
      expect(verifyHistory(history)).toEqual({ ok: true });
      expect((await store.view(v.petitionId))?.seq).toBe(1 + ok);
    });

    it('keeps a full lifecycle as a verifiable, append-only history (archived)', async () => {
      const commands = fullScenario('ignored', national);
      const first = await store.execute(commands[0] as (typeof commands)[0]);
      if (!first.ok) throw new Error(first.rejection.message.en);
      const id = first.view.petitionId;
      for (const c of commands.slice(1)) {
        const r = await store.execute({ ...c, petitionId: id });
        expect(r.ok ? 'ok' : `${c.type}: ${r.rejection.code}`).toBe('ok');
      }
      const history = await store.history(id);
      expect(history).toHaveLength(commands.length);
      expect(verifyHistory(history)).toEqual({ ok: true });
      expect((await store.view(id))?.status).toBe('archived');
      expect((await store.byRegistrationNo(first.view.registrationNo))?.status).toBe('archived');
    });

    it('unknown petitions: empty history, no view, commands refused', async () => {
      expect(await store.history('nope')).toEqual([]);
      expect(await store.view('nope')).toBeUndefined();
      expect(await store.byRegistrationNo('XF-none-2025-0001')).toBeUndefined();
      const r = await store.execute(command('accept', 'nope', at('2025-09-23'), a.clerk, {}));
      expect(r.ok).toBe(false);
    });

    it('queries by status, unit, handler, class, channel, phone, id number and subject; orders by nextDue; pages', async () => {
      const letter = await register(samplePetitions.letterClaim); // received 09-20, due 10-09
      const visit = await register(samplePetitions.visitClaim); // received 09-22
      const accusation = await register(samplePetitions.accusation);
      const anon = await register(samplePetitions.anonymousSuggestion);
      await store.execute(command('accept', visit.petitionId, at('2025-09-23'), a.clerk, {}));
      await store.execute(command('notify', visit.petitionId, at('2025-09-23'), a.clerk, { method: 'written' }));
      await store.execute(command('assignHandler', visit.petitionId, at('2025-09-23'), a.head, { handler: 'h-9' }));
      const ids = (r: { items: PetitionView[] }) => r.items.map((v) => v.petitionId);
      expect(ids(await store.query({ status: 'handling' }))).toEqual([visit.petitionId]);
      expect((await store.query({ status: ['registered', 'handling'] })).total).toBe(4);
      expect(ids(await store.query({ handler: 'h-9' }))).toEqual([visit.petitionId]);
      expect((await store.query({ unit })).total).toBe(4);
      expect(ids(await store.query({ class: 'accusation' }))).toEqual([accusation.petitionId]);
      expect(ids(await store.query({ channel: 'letter' }))).toEqual([letter.petitionId]);
      expect(ids(await store.query({ phone: '13800138000' }))).toEqual([letter.petitionId]);
      expect(ids(await store.query({ idNumber: '11010519491231002X' }))).toEqual([visit.petitionId]);
      expect(ids(await store.query({ subjectPrefix: '建议' }))).toEqual([anon.petitionId]);
      const byDue = await store.query({ orderBy: 'nextDue' });
      expect(byDue.items.map((v) => v.nextDue)).toEqual(['2025-10-09', '2025-10-09', '2025-10-09', '2025-11-24']);
      expect(ids(byDue)).toEqual([letter.petitionId, accusation.petitionId, anon.petitionId, visit.petitionId]);
      const page = await store.query({ orderBy: 'registrationNo', offset: 1, limit: 2 });
      expect(page.total).toBe(4);
      expect(ids(page)).toEqual([visit.petitionId, accusation.petitionId]);
    });

    it('statistics equal the core statistics over the stored views', async () => {
      await register(samplePetitions.letterClaim);
      await register(samplePetitions.collectiveVisit);
      const v = await register(samplePetitions.visitClaim);
      await store.execute(command('accept', v.petitionId, at('2025-09-23'), a.clerk, {}));
      const range = { from: '2025-01-01', to: '2025-12-31' };
      const now = at('2025-12-31');
      const s = await store.statistics(range, chinaCalendar, now);
      const views = (await store.query({})).items;
      expect(s).toEqual(statistics(views, range, chinaCalendar, now));
      expect(s.visits).toEqual({ batches: 2, persons: 31 });
      expect(s.onTime.openOverdue).toBe(1);
    });

    it('N19 / 22 art 19(3): a repeat of a matter in progress is not accepted again', async () => {
      const first = await register(samplePetitions.visitClaim);
      await store.execute(command('accept', first.petitionId, at('2025-09-23'), a.clerk, {}));
      const repeat = await register({
        ...samplePetitions.visitClaim,
        receivedAt: at('2025-10-10'),
        repeatOf: first.registrationNo,
      });
      const r = await store.execute(command('accept', repeat.petitionId, at('2025-10-11'), a.clerk, {}));
      expect(r.ok ? 'ok' : r.rejection.code).toBe('already-accepted-elsewhere');
    });

    it('returns copies: changing a returned view or history does not change the store', async () => {
      const v = await register(samplePetitions.letterClaim);
      const got = await store.view(v.petitionId);
      if (got) got.status = 'archived';
      const h = await store.history(v.petitionId);
      h.pop();
      expect((await store.view(v.petitionId))?.status).toBe('registered');
      expect(await store.history(v.petitionId)).toHaveLength(1);
    });
  });
}
