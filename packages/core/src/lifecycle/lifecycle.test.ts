import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { chinaCalendar } from '../calendar/index.js';
import { verifyHistory } from '../history/hash.js';
import { policies } from '../policy/index.js';
import { actorsOf, at, command, fullScenario, samplePetitions } from '../testing/fixtures.js';
import { startPetition } from '../testing/harness.js';
import { decide } from './decide.js';
import { evolve, replay } from './evolve.js';
import { petitionMachine } from './petition.machine.js';
import { can, deadlines, viewFor } from './queries.js';
import type { PetitionEvent, PetitionView } from './types.js';

const national = policies.national;
const A = actorsOf(national.defaultUnit);

describe('a full scenario under every seed preset (rules.md §3)', () => {
  for (const policy of Object.values(policies)) {
    it(`${policy.id}: register → … → re-review → final → archived, with a verifiable history`, () => {
      const history: PetitionEvent[] = [];
      for (const c of fullScenario('p-1', policy)) {
        const r = decide(history, c, { policy, calendar: chinaCalendar });
        expect(r.ok ? 'ok' : `${c.type}: ${r.rejection.code}`).toBe('ok');
        if (r.ok) history.push(...r.events);
      }
      const view = replay(history);
      // seed §交通集团: each leader of the chain (政工领导 → 总经理 → 董事长) reads it before acceptance.
      const readings = Math.max(1, policy.leaderChain.length);
      expect(history.map((e) => e.type)).toEqual([
        'registered',
        'handlingProposed',
        ...Array.from({ length: readings }, () => 'leaderInstructed'),
        'accepted',
        'notified',
        'handlerAssigned',
        'materialAdded',
        'extended',
        'concluded',
        'replied',
        'delivered',
        'reviewRequested',
        'reviewDecided',
        'delivered',
        'reReviewRequested',
        'hearingHeld',
        'reReviewDecided',
        'archived',
      ]);
      expect(view).toMatchObject({
        status: 'archived',
        policyId: policy.id,
        seq: 17 + readings,
        reviewOutcome: 'upheld',
        reReviewOutcome: 'upheld',
      });
      expect(verifyHistory(history)).toEqual({ ok: true });
    });
  }

  it('seed §医院: a one-week handling period makes a conclusion on day 28 late; the national one does not', () => {
    const late = (policy: typeof national) => {
      const h = startPetition(samplePetitions.letterClaim, policy);
      const a = actorsOf(policy.defaultUnit);
      h.ok('accept', '2025-09-22', a.clerk);
      return h.ok('conclude', '2025-10-20', a.handler, { outcome: 'explain', opinion: '…' }).late;
    };
    expect(late(policies.hospital)).toEqual(['conclusion']);
    expect(late(national)).toBeUndefined();
  });
});

describe('evolve and replay', () => {
  it('evolve, one event at a time, equals replay of the whole history, and never mutates its input', () => {
    const history: PetitionEvent[] = [];
    for (const c of fullScenario('p-1')) {
      const r = decide(history, c, { policy: national, calendar: chinaCalendar });
      if (r.ok) history.push(...r.events);
    }
    let view: PetitionView | undefined;
    for (let i = 0; i < history.length; i++) {
      const before = view === undefined ? undefined : structuredClone(view);
      const next = evolve(view, history[i] as PetitionEvent);
      if (before !== undefined) expect(view).toEqual(before);
      view = next;
      expect(view).toEqual(replay(history.slice(0, i + 1)));
    }
  });

  it('a history must start with registered', () => {
    const h = startPetition();
    h.ok('accept', '2025-09-23', A.clerk);
    expect(() => replay(h.events.slice(1))).toThrow(
      "A history starts with 'registered'; got 'accepted' (seq 2) first.",
    );
    expect(() => replay([])).toThrow('Cannot replay an empty history');
  });

  it('replay keeps the policy terms of registration: a later policy change does not rewrite history', () => {
    const h = startPetition();
    const terms = h.view.terms;
    expect(terms).toMatchObject({
      disposition: { days: 15, unit: 'day' },
      handling: { direct: { days: 60, unit: 'day' } },
      extensionMax: { days: 30, unit: 'day' },
      extensionApprover: 'unitHead',
    });
  });
});

describe('petitionMachine (XState v5)', () => {
  it('XState transition() and decide agree on the full scenario', () => {
    let [snap] = initialTransition(petitionMachine, { policy: national, calendar: chinaCalendar });
    const history: PetitionEvent[] = [];
    for (const c of fullScenario('p-1')) {
      const r = decide(history, c, { policy: national, calendar: chinaCalendar });
      if (r.ok) history.push(...r.events);
      [snap] = transition(petitionMachine, snap, { type: c.type, command: c });
      expect(snap.value).toBe(replay(history).status);
    }
    expect(snap.status).toBe('done');
    expect(snap.context.history).toEqual(history);
    expect(snap.context.view).toEqual(replay(history));
  });

  it('a guard that fails leaves the machine where it was (22 art 34: no second extension)', () => {
    const actor = createActor(petitionMachine, { input: { policy: national, calendar: chinaCalendar } }).start();
    const cmds = fullScenario('p-1').slice(0, 8); // … extend
    for (const c of cmds) actor.send({ type: c.type, command: c });
    const before = actor.getSnapshot();
    const again = command('extend', 'p-1', at('2025-10-20'), A.approver, { days: 5, reason: '再延' });
    actor.send({ type: 'extend', command: again });
    expect(actor.getSnapshot().value).toBe('handling');
    expect(actor.getSnapshot().context.history).toHaveLength(before.context.history.length);
    expect(actor.getSnapshot().can({ type: 'extend', command: again })).toBe(false);
  });
});

describe('deadlines', () => {
  it('lists each open due date with its status, earliest first (due soon = within the policy’s 3 working days)', () => {
    const h = startPetition();
    h.ok('transfer', '2025-09-22', A.clerk, { toUnit: 'competentOrgan', reason: '属其职权' });
    // Objection window: 5 working days from Monday 09-22: 23, 24, 25, 26 and Sunday 09-28 (a make-up working day) → 09-28.
    expect(deadlines(h.view, at('2025-09-25'), chinaCalendar)).toEqual([
      {
        kind: 'objection',
        due: '2025-09-28',
        status: 'due-soon',
        label: { zh: '异议期限', en: 'objection window closes' },
      },
      // 22 art 23(3): the receiving organ decides on acceptance and tells the petitioner within 15 days of receipt.
      {
        kind: 'disposition',
        due: '2025-10-09',
        status: 'on-time',
        label: { zh: '处理（转送、交办或告知去向）期限', en: 'disposition due' },
      },
      { kind: 'notice', due: '2025-10-09', status: 'on-time', label: { zh: '书面告知期限', en: 'written notice due' } },
    ]);
    // After the window the objection is not listed (it lapsed, it is not overdue); the notice is overdue.
    expect(deadlines(h.view, at('2025-10-10'), chinaCalendar)).toEqual([
      {
        kind: 'disposition',
        due: '2025-10-09',
        status: 'overdue',
        label: { zh: '处理（转送、交办或告知去向）期限', en: 'disposition due' },
      },
      { kind: 'notice', due: '2025-10-09', status: 'overdue', label: { zh: '书面告知期限', en: 'written notice due' } },
    ]);
  });

  it('nextDue is the earliest staff due date, the index of work queues', () => {
    const h = startPetition();
    h.ok('accept', '2025-09-23', A.clerk);
    expect(h.view.nextDue).toBe('2025-10-09');
    h.ok('notify', '2025-09-23', A.clerk, { method: 'written' });
    expect(h.view.nextDue).toBe('2025-11-24');
  });
});

describe('can', () => {
  it('says why an action is greyed out, in words a clerk understands', () => {
    const h = startPetition();
    expect(can(h.view, 'accept', A.clerk)).toEqual({ ok: true });
    expect(can(h.view, 'archive', A.archivist)).toEqual({
      ok: false,
      rejection: {
        code: 'not-allowed-in-state',
        message: {
          zh: '本事项当前状态为“已登记，待处理”，不能立卷归档。请先完成前面的步骤。',
          en: 'This matter is registered, awaiting disposition, so you cannot archive at this stage. Complete the earlier steps first.',
        },
      },
    });
    expect(can(h.view, 'accept', A.archivist)).toMatchObject({ ok: false, rejection: { code: 'role-not-permitted' } });
    h.ok('accept', '2025-09-23', A.clerk);
    expect(can(h.view, 'extend', A.head)).toEqual({ ok: true });
    expect(can(h.view, 'extend', A.clerk)).toMatchObject({ ok: false, rejection: { code: 'role-not-permitted' } });
    h.ok('extend', '2025-10-01', A.head, { days: 30, reason: '复杂', notice: 'written' });
    expect(can(h.view, 'extend', A.head)).toMatchObject({ ok: false, rejection: { code: 'extension-used' } });
    expect(can(undefined, 'register', A.clerk, { policy: national })).toEqual({ ok: true });
  });

  it('22 art 30: an actor of the accused unit may do nothing', () => {
    const h = startPetition(samplePetitions.accusation);
    expect(can(h.view, 'accept', { id: 'x', role: 'clerk', unit: 'roads' })).toMatchObject({
      ok: false,
      rejection: { code: 'accused-party' },
    });
  });
});

describe('viewFor (22 art 30(3))', () => {
  const h = startPetition(samplePetitions.accusation);
  const view = h.view;

  it('hides the accuser and the accusation from the accused unit and person', () => {
    for (const actor of [
      { id: 'someone', role: 'unitHead', unit: 'roads' },
      { id: 'roads-chief', role: 'leader' },
    ] as const) {
      const seen = viewFor(view, actor);
      const json = JSON.stringify(seen);
      for (const secret of ['周杰', '13600136000', '偷工减料', '举报道路工程质量问题', 'roads-chief'])
        expect(json).not.toContain(secret);
      expect(seen).toMatchObject({
        redacted: true,
        subject: '检举控告事项（内容保密）',
        content: '',
        registrationNo: view.registrationNo,
      });
    }
  });

  it('shows everything to staff of the units the matter passed through; other classes are never redacted', () => {
    expect(viewFor(view, A.clerk)).toBe(view);
    expect(viewFor(view, { id: 'c', role: 'clerk', unit: 'otherUnit' }).redacted).toBe(true);
    const claim = startPetition().view;
    expect(viewFor(claim, { id: 'c', role: 'clerk', unit: 'otherUnit' })).toBe(claim);
  });
});
