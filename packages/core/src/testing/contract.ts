/**
 * The `PetitionStore` contract suite. Any store proves it keeps the port's promises by running it with
 * its own test runner's functions (it imports no test framework, so it runs in Node and in a browser).
 */
import { chinaCalendar } from '../calendar/index.js';
import { hashEvent, verifyHistory } from '../history/hash.js';
import { decide } from '../lifecycle/decide.js';
import { replay } from '../lifecycle/evolve.js';
import type { Command, PetitionEvent, PetitionInput, PetitionView } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { hashQueryCode, verifyQueryCode } from '../querycode/index.js';
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

/** An event with `patch` applied, continuing after `prev`, re-hashed: consistent as a chain, whatever it says. */
function forge(base: PetitionEvent, patch: Record<string, unknown>, prev: PetitionEvent): PetitionEvent {
  const { hash: _old, ...rest } = { ...base, ...patch, prevHash: prev.hash, seq: prev.seq + 1 } as PetitionEvent;
  return { ...rest, hash: hashEvent(rest as PetitionEvent) } as PetitionEvent;
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

    it('N2 / 22 arts 22–23: register allocates XF-<unit code>-<yyyy>-<seq> (XF-XFB-2025-0001), per unit and year', async () => {
      const v1 = await register(samplePetitions.letterClaim);
      const v2 = await register(samplePetitions.visitClaim);
      const v3 = await register({ ...samplePetitions.visitClaim, receivedAt: at('2026-01-05') });
      const v4 = await register(samplePetitions.hotlineCall, { unit: 'disciplineInspection' });
      expect([v1.registrationNo, v2.registrationNo, v3.registrationNo, v4.registrationNo]).toEqual([
        `XF-XFB-2025-0001`,
        `XF-XFB-2025-0002`,
        `XF-XFB-2026-0001`,
        'XF-JJJC-2025-0001',
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
      expect(next.registrationNo).toBe(`XF-XFB-2025-0002`);
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

    it('22 art 23(3): the queue on a day (asOf) orders a lapsed objection window by the duty that remains', async () => {
      // 22 art 23(3): the receiving unit may object within 5 working days of receipt; the right lapses, so from
      // the next day the row sorts by its remaining staff due date (the disposition), not by the window.
      const transfer = async (v: PetitionView, day: string) => {
        const r = await store.execute(
          command('transfer', v.petitionId, at(day), a.clerk, { toUnit: 'competentOrgan', reason: '属其职权范围' }),
        );
        if (!r.ok) throw new Error(`transfer refused: ${r.rejection.message.en}`);
        return r.view;
      };
      const lapsed = await transfer(
        await register({ ...samplePetitions.letterClaim, receivedAt: at('2025-11-03') }),
        '2025-11-03',
      );
      const plain = await register({ ...samplePetitions.visitClaim, receivedAt: at('2025-10-31') });
      const open = await transfer(
        await register({ ...samplePetitions.accusation, receivedAt: at('2025-11-05') }),
        '2025-11-05',
      );
      const dues = (v: PetitionView) => [v.due.objection, v.due.disposition];
      // Window: 5 working days from the transfer; disposition: 15 days (a Saturday 11-15 rolls to Monday 11-17).
      expect([dues(lapsed), dues(plain), dues(open)]).toEqual([
        ['2025-11-10', '2025-11-18'],
        [undefined, '2025-11-17'],
        ['2025-11-12', '2025-11-20'],
      ]);
      const ids = (r: { items: PetitionView[] }) => r.items.map((v) => v.petitionId);
      // No day given: every window counts (the nearest clock, nextDue).
      expect(ids(await store.query({ orderBy: 'nextDue' }))).toEqual([
        lapsed.petitionId,
        open.petitionId,
        plain.petitionId,
      ]);
      // On the window's last day it is still open and orders the row.
      expect(ids(await store.query({ orderBy: 'nextDue', asOf: '2025-11-10' }))).toEqual([
        lapsed.petitionId,
        open.petitionId,
        plain.petitionId,
      ]);
      // The day after: the lapsed row sorts by its disposition due; the open window still orders its row.
      const next = await store.query({ orderBy: 'nextDue', asOf: '2025-11-11' });
      expect(ids(next)).toEqual([open.petitionId, plain.petitionId, lapsed.petitionId]);
      const page = await store.query({ orderBy: 'nextDue', asOf: '2025-11-11', offset: 1, limit: 1 });
      expect([page.total, ...ids(page)]).toEqual([3, plain.petitionId]);
      const filtered = await store.query({ orderBy: 'nextDue', asOf: '2025-11-11', status: 'transferred', limit: 5 });
      expect([filtered.total, ...ids(filtered)]).toEqual([2, open.petitionId, lapsed.petitionId]);
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

    const caught = async (work: () => Promise<unknown>): Promise<Record<string, unknown> | undefined> => {
      try {
        await work();
      } catch (e) {
        return e as Record<string, unknown>;
      }
      return undefined;
    };

    /** A petition driven by `fullScenario` up to (not including) command `upTo`; returns its id and the commands. */
    const drive = async (upTo: number): Promise<{ id: string; commands: Command[] }> => {
      const commands = fullScenario('ignored', national);
      const first = await store.execute(commands[0] as Command);
      if (!first.ok) throw new Error(first.rejection.message.en);
      const id = first.view.petitionId;
      for (const c of commands.slice(1, upTo)) {
        const r = await store.execute({ ...c, petitionId: id });
        if (!r.ok) throw new Error(`${c.type}: ${r.rejection.message.en}`);
      }
      return { id, commands: commands.map((c) => ({ ...c, petitionId: id })) };
    };

    it('execute([conclude, reply, delivered], { expectedSeq }) decides in order and writes once', async () => {
      const { id, commands } = await drive(8);
      const [conclude, reply, delivered] = commands.slice(8, 11) as Command[];
      const r = await store.execute([conclude as Command, reply as Command, delivered as Command], { expectedSeq: 8 });
      expect(r.ok ? r.events.map((e) => `${e.seq}:${e.type}`) : r.rejection.code).toEqual([
        '9:concluded',
        '10:replied',
        '11:delivered',
      ]);
      expect(r.ok ? r.view.status : '').toBe('replied');
      const history = await store.history(id);
      expect(history.map((e) => e.type).slice(-3)).toEqual(['concluded', 'replied', 'delivered']);
      expect(verifyHistory(history)).toEqual({ ok: true });
      expect(await store.view(id)).toEqual(replay(history));
    });

    it('a list with one refused command writes nothing and says which rule refused it', async () => {
      const { id, commands } = await drive(8);
      const conclude = commands[8] as Command;
      const reply = { ...(commands[9] as Command), by: a.archivist };
      const r = await store.execute([conclude, reply]);
      expect(r.ok ? 'ok' : r.rejection.code).toBe('role-not-permitted');
      expect(await store.history(id)).toHaveLength(8);
      expect((await store.view(id))?.status).toBe('handling');
      const mixed = await store.execute([conclude, { ...(commands[9] as Command), petitionId: 'another' }]);
      expect(mixed.ok ? 'ok' : mixed.rejection.code).toBe('wrong-petition');
      expect(await store.history(id)).toHaveLength(8);
    });

    it('execute with a stale expectedSeq throws ConflictError and writes nothing', async () => {
      const { id, commands } = await drive(8);
      const err = await caught(() =>
        store.execute([commands[8] as Command, commands[9] as Command], { expectedSeq: 7 }),
      );
      expect([err?.code, err?.expectedSeq, err?.actualSeq]).toEqual(['conflict', 7, 8]);
      expect(await store.history(id)).toHaveLength(8);
    });

    it('register then accept in one list: one new petition, both events', async () => {
      const r = await store.execute([
        registerCommand('ignored', samplePetitions.visitClaim, national),
        command('accept', 'ignored', at('2025-09-23'), a.clerk, {}),
      ]);
      expect(r.ok ? [r.view.status, r.view.registrationNo, r.events.length] : r.rejection.code).toEqual([
        'handling',
        `XF-XFB-2025-0001`,
        2,
      ]);
      if (r.ok)
        expect((await store.history(r.view.petitionId)).map((e) => e.petitionId)).toEqual([
          r.view.petitionId,
          r.view.petitionId,
        ]);
    });

    it('the same commandId executed twice stores one event and returns the first result', async () => {
      const reg = {
        ...registerCommand('ignored', samplePetitions.letterClaim, national),
        commandId: 'cmd-register-0001',
      };
      const r1 = await store.execute(reg);
      const r2 = await store.execute(reg);
      expect(r1.ok && r2.ok).toBe(true);
      expect(r2).toEqual(r1);
      expect((await store.query({})).total).toBe(1);
      const id = r1.ok ? r1.view.petitionId : '';
      const accept = { ...command('accept', id, at('2025-09-23'), a.clerk, {}), commandId: 'cmd-accept-0001' };
      const a1 = await store.execute(accept);
      const a2 = await store.execute(accept);
      expect(a2).toEqual(a1);
      const history = await store.history(id);
      expect(history.map((e) => [e.seq, e.type, e.commandId])).toEqual([
        [1, 'registered', 'cmd-register-0001'],
        [2, 'accepted', 'cmd-accept-0001'],
      ]);
      expect(verifyHistory(history)).toEqual({ ok: true });
      // The view of a repeated command is the one right after it, not today's.
      await store.execute(command('notify', id, at('2025-09-23'), a.clerk, { method: 'written' }));
      expect(await store.execute(reg)).toEqual(r1);
    });

    it('a commandId is refused when malformed, reused for another petition, or repeated in one list', async () => {
      const v = await register(samplePetitions.letterClaim);
      const w = await register(samplePetitions.visitClaim);
      const bad = await store.execute({
        ...command('accept', v.petitionId, at('2025-09-23'), a.clerk, {}),
        commandId: 'x',
      });
      expect(bad.ok ? 'ok' : bad.rejection.code).toBe('invalid-command-id');
      const ok = await store.execute({
        ...command('accept', v.petitionId, at('2025-09-23'), a.clerk, {}),
        commandId: 'id-00000001',
      });
      expect(ok.ok).toBe(true);
      const reused = await store.execute({
        ...command('accept', w.petitionId, at('2025-09-23'), a.clerk, {}),
        commandId: 'id-00000001',
      });
      expect(reused.ok ? 'ok' : reused.rejection.code).toBe('command-id-reused');
      const twice = await store.execute([
        {
          ...command('notify', w.petitionId, at('2025-09-23'), a.clerk, { method: 'written' }),
          commandId: 'id-00000002',
        },
        { ...command('accept', w.petitionId, at('2025-09-23'), a.clerk, {}), commandId: 'id-00000002' },
      ]);
      expect(twice.ok ? 'ok' : twice.rejection.code).toBe('duplicate-command-id');
      expect(await store.history(w.petitionId)).toHaveLength(1);
    });

    it('append refuses what decide could not have produced, writes nothing, and the store stays usable', async () => {
      const { id } = await drive(7); // handling, no extension yet
      const history = await store.history(id);
      const last = history[history.length - 1] as PetitionEvent;
      const registered = history[0] as PetitionEvent;
      const accepted = history.find((e) => e.type === 'accepted') as PetitionEvent;
      const extension = forge(
        { ...last, type: 'extended', by: a.approver, data: { days: -5, reason: '需要补充调查' } } as PetitionEvent,
        {},
        last,
      );
      const cases: [string, PetitionEvent[], string][] = [
        ['second registered', [forge(registered, { at: last.at }, last)], 'not-decidable'],
        ['second accepted', [forge(accepted, { at: last.at }, last)], 'not-decidable'],
        ['unknown type', [forge(last, { type: 'erased' }, last)], 'unknown-type'],
        ['negative extension', [extension], 'not-decidable'],
        ['late flag dropped or added', [forge(last, { late: ['conclusion'] }, last)], 'not-as-decided'],
        [
          'altered without re-hashing',
          [{ ...forge(last, {}, last), data: { ...(last.data as object), title: '改' } } as PetitionEvent],
          'altered',
        ],
        [
          'a field added, re-hashed',
          [forge(last, { data: { ...(last.data as object), note: '补' } }, last)],
          'not-as-decided',
        ],
        ['seq gap', [{ ...forge(last, {}, last), seq: last.seq + 2 }], 'out-of-sequence'],
        ['broken link', [{ ...forge(last, {}, last), prevHash: registered.hash }], 'broken-link'],
      ];
      for (const [name, events, reason] of cases) {
        const err = await caught(() => store.append(id, last.seq, events));
        expect(
          `${name}: ${String(err?.code)} ${String((err?.refusal as { reason?: string } | undefined)?.reason)}`,
        ).toBe(`${name}: append-refused ${reason}`);
        const bilingual = err?.bilingual as { zh?: unknown; en?: unknown } | undefined;
        expect(typeof bilingual?.zh === 'string' && typeof bilingual?.en === 'string').toBe(true);
      }
      expect(await store.history(id)).toEqual(history);
      expect(await store.view(id)).toEqual(replay(history));
      const next = await store.execute(
        command('addMaterial', id, at('2025-10-20'), a.handler, { kind: 'evidence', ref: 'e-2' }),
      );
      expect(next.ok).toBe(true);
    });

    it('append refuses accepted after archived and events for another petition', async () => {
      const { id, commands } = await drive(fullScenario('x', national).length);
      const history = await store.history(id);
      const last = history[history.length - 1] as PetitionEvent;
      expect(last.type).toBe('archived');
      const accepted = history.find((e) => e.type === 'accepted') as PetitionEvent;
      const err = await caught(() => store.append(id, last.seq, [forge(accepted, { at: last.at }, last)]));
      expect((err?.refusal as { rejection?: { code?: string } } | undefined)?.rejection?.code).toBe(
        'not-allowed-in-state',
      );
      const other = await register(samplePetitions.visitClaim);
      const foreign = await caught(() => store.append(other.petitionId, 1, [forge(accepted, {}, last)]));
      expect((foreign?.refusal as { reason?: string } | undefined)?.reason).toBe('foreign');
      expect(await store.history(id)).toHaveLength(commands.length);
      expect(await store.history(other.petitionId)).toHaveLength(1);
    });

    it('append of decided events keeps their commandId; the id then answers execute idempotently', async () => {
      const v = await register(samplePetitions.letterClaim);
      const history = await store.history(v.petitionId);
      const accept = {
        ...command('accept', v.petitionId, at('2025-09-23'), a.clerk, {}),
        commandId: 'offline-accept-1',
      };
      const decided = decide(history, accept, { policy: national, calendar: chinaCalendar });
      if (!decided.ok) throw new Error(decided.rejection.message.en);
      const [event] = decided.events as [PetitionEvent];
      const { hash: _h, ...body } = { ...event, commandId: 'offline-accept-1' };
      const stamped = { ...body, hash: hashEvent(body) } as PetitionEvent;
      await store.append(v.petitionId, 1, [stamped]);
      const again = await store.execute(accept);
      expect(again.ok ? again.events : again.rejection.code).toEqual([stamped]);
      expect(await store.history(v.petitionId)).toHaveLength(2);
      const dup = await caught(() => store.append(v.petitionId, 2, [forge(stamped, { at: stamped.at }, stamped)]));
      expect(dup?.code).toBe('append-refused');
    });

    it('stores a query code only as its salted digest; a plain code is refused', async () => {
      const plain = await store.execute({
        ...registerCommand('x', samplePetitions.letterClaim, national),
        queryCode: '123456',
      });
      expect(plain.ok ? 'ok' : plain.rejection.code).toBe('plain-query-code');
      expect((await store.query({})).total).toBe(0);
      const digest = await hashQueryCode('K7QM-3XZP', new Uint8Array(16), { logN: 4, r: 1, p: 1 });
      const r = await store.execute({
        ...registerCommand('x', samplePetitions.letterClaim, national),
        queryCode: digest,
      });
      const stored = r.ok ? await store.view(r.view.petitionId) : undefined;
      expect(stored?.queryCode).toBe(digest);
      expect(await verifyQueryCode('k7qm-3xzp', stored?.queryCode)).toBe(true);
    });

    it('hostile command lists get a rejection, never an exception, and store nothing', async () => {
      const reg = registerCommand('x', samplePetitions.letterClaim, national);
      const hostile: unknown[] = [
        null,
        [],
        [null],
        42,
        { ...reg, unit: Symbol('u') },
        { ...reg, policyId: { toString: () => 'national' } },
        { ...reg, petition: null },
        { ...reg, commandId: 7 },
        [{ ...reg }, reg],
      ];
      const codes: string[] = [];
      for (const h of hostile) {
        const r = await store.execute(h as Command);
        codes.push(r.ok ? 'ok' : r.rejection.code);
      }
      expect(codes).toEqual([
        'invalid-command',
        'invalid-command',
        'invalid-command',
        'invalid-command',
        'invalid-command',
        'invalid-command',
        'invalid-command',
        'invalid-command-id',
        'not-allowed-in-state',
      ]);
      expect((await store.query({})).total).toBe(0);
    });

    it('append of hostile values throws AppendRefusedError (typed, bilingual), nothing else, and writes nothing', async () => {
      const v = await register(samplePetitions.letterClaim);
      const [first] = await store.history(v.petitionId);
      const getter = Object.defineProperty({ ...(first as PetitionEvent), seq: 2 }, 'petitionId', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const hostile: unknown[] = [null, 'events', [null], [42], [getter], [{ ...first, seq: 2, by: null }], []];
      const codes: string[] = [];
      for (const events of hostile) {
        const e = await caught(() => store.append(v.petitionId, 1, events as PetitionEvent[]));
        codes.push(`${String(e?.code)}:${String((e?.refusal as { reason?: string } | undefined)?.reason)}`);
      }
      expect(codes).toEqual([
        'append-refused:malformed',
        'append-refused:malformed',
        'append-refused:foreign',
        'append-refused:foreign',
        'append-refused:foreign',
        'append-refused:malformed',
        'append-refused:malformed',
      ]);
      expect(await store.history(v.petitionId)).toHaveLength(1);
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
