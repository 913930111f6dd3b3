/**
 * Every rule of rules.md §1 (N1–N19) as a test named after its article. Dates: 2025-09-20 is a Saturday;
 * the National Day block runs 2025-10-01…10-08 (民法典 203 rolls a last day off to 10-09).
 */
import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../test/helpers.js';
import { chinaCalendar } from '../calendar/index.js';
import { derivePolicy, policies } from '../policy/index.js';
import type { PolicyProfile } from '../policy/types.js';
import { actorsOf, at, command, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { startPetition } from '../testing/harness.js';
import { decide } from './decide.js';
import { archiveNeeds } from './guards.js';
import type { PetitionInput } from './types.js';

const national = policies.national;
const OFFICE = national.defaultUnit;
const A = actorsOf(OFFICE);
const ctx = { policy: national, calendar: chinaCalendar };

/** A letter claim accepted on 2025-09-23 (conclusion due 2025-11-24). */
function handling(petition: PetitionInput = samplePetitions.letterClaim, policy: PolicyProfile = national) {
  const h = startPetition(petition, policy);
  h.ok('accept', '2025-09-23', A.clerk);
  return h;
}

/** Concluded, replied and delivered on 2025-11-01 (review window until 2025-12-01). */
function delivered(policy: PolicyProfile = national) {
  const h = handling(samplePetitions.letterClaim, policy);
  h.ok('conclude', '2025-10-20', A.handler, { outcome: 'explain', opinion: '解释说明' });
  h.ok('reply', '2025-10-21', A.clerk, { text: '书面答复' });
  h.ok('delivered', '2025-11-01', A.clerk);
  return h;
}

describe('N1 / 22 art 19(1): written and oral petitions', () => {
  it('N1 / 22 art 19(1), seed §政协机关: refuses a visit whose record was not read back and confirmed', () => {
    const cppcc = policies.cppcc;
    const unconfirmed = { ...samplePetitions.visitClaim, visitRecordConfirmed: false };
    const r = decide([], registerCommand('p-1', unconfirmed, cppcc), { policy: cppcc, calendar: chinaCalendar });
    expect(r.ok ? 'ok' : r.rejection).toEqual({
      code: 'visit-record-unconfirmed',
      message: {
        zh: '来访记录须向来访人宣读并经其确认（签字）后才能登记。请宣读记录并请来访人确认。',
        en: 'A visit record must be read back to the visitor and confirmed (signed) before it is registered. Read it back and ask the visitor to confirm.',
      },
    });
  });

  it('N1 / 22 art 19(1): registers a call written down by staff, flagging the 12345 hotline', () => {
    const v = startPetition(samplePetitions.hotlineCall).view;
    expect(v).toMatchObject({ channel: 'call', hotline: true, status: 'registered' });
  });

  it('N1 / 22 art 19(1): refuses a written petition without its request, telling which field to fix', () => {
    const r = decide([], registerCommand('p-1', { ...samplePetitions.letterClaim, content: '' }), ctx);
    expectRejected(r, 'invalid-petition');
    expect(r.ok ? '' : r.rejection.message.en).toMatch(
      /^The registration is incomplete or wrong: content: .+\. Correct it and register again\.$/,
    );
  });
});

describe('N2 / 22 arts 22–23: registration', () => {
  it('N2 / 22 arts 22–23: records the unique number XF-<unit code>-<yyyy>-<seq> and the policy it was registered under', () => {
    const h = startPetition();
    const e = h.events[0];
    expect(e?.type).toBe('registered');
    expect(h.view).toMatchObject({
      registrationNo: `XF-XFB-2025-0001`,
      policyId: 'national',
      policyVersion: national.version,
      unit: OFFICE,
    });
  });

  it('N2 / 22 arts 22–23: refuses a malformed registration number', () => {
    const r = decide([], { ...registerCommand('p-1', samplePetitions.letterClaim), registrationNo: 'A-1' }, ctx);
    expectRejected(r, 'bad-registration-no');
  });

  it('N2 / 22 arts 22–23: a matter is registered once', () => {
    const h = startPetition();
    const r = h.run(registerCommand('p-1', samplePetitions.letterClaim));
    expectRejected(r, 'not-allowed-in-state');
  });

  it('N2: refuses a registration under a different policy version than the one loaded', () => {
    const r = decide([], { ...registerCommand('p-1', samplePetitions.letterClaim), policyVersion: '1999.1' }, ctx);
    expectRejected(r, 'policy-mismatch');
  });
});

describe('N3 / 22 art 22: disposition within 15 days', () => {
  it('N3 / 22 art 22, 民法典 203: received Saturday 2025-09-20, due 2025-10-09 after the National Day block', () => {
    expect(startPetition().view.due).toEqual({ disposition: '2025-10-09', notice: '2025-10-09' });
  });

  it('N3 / 22 arts 22, 23(3): transfer to the organ with power moves the matter; the receiver decides within 15 days', () => {
    const h = startPetition();
    const e = h.ok('transfer', '2025-09-22', A.clerk, { toUnit: 'competentOrgan', reason: '属其职权范围' });
    expect(e.type).toBe('transferred');
    // 22 art 23(3): 15 days from receipt 09-22 → 10-07, inside the National Day block → 10-09.
    expect(h.view).toMatchObject({
      status: 'transferred',
      unit: 'competentOrgan',
      origin: 'transferred',
      due: { disposition: '2025-10-09' },
      sentBy: OFFICE,
    });
  });

  it('N3 / 22 art 22: assign with a report-back date (policy period, or an explicit date)', () => {
    const h = startPetition();
    h.ok('assign', '2025-09-23', A.clerk, { toUnit: 'district' });
    // 60 days from 2025-09-23 → Saturday 11-22 → 民法典 203 → Monday 11-24.
    expect(h.view).toMatchObject({ status: 'assigned', due: { reportBack: '2025-11-24' } });
    const h2 = startPetition();
    h2.ok('assign', '2025-09-23', A.clerk, { toUnit: 'district', reportBackBy: '2025-10-31' });
    expect(h2.view.due.reportBack).toBe('2025-10-31');
  });

  it('N3 / 22 art 22: a late disposition is accepted and recorded as late', () => {
    const h = startPetition();
    const e = h.ok('accept', '2025-10-10', A.clerk);
    expect(e.late).toEqual(['disposition']);
    expect(h.view.late).toEqual(['disposition']);
  });

  it('N3 / 22 art 22: on the last day (10-09, 23:59 Beijing) the disposition is on time', () => {
    const h = startPetition();
    const r = h.run(command('accept', 'p-1', '2025-10-09T15:59:00Z', A.clerk, {}));
    expect(r.ok ? r.events[0]?.late : 'refused').toBeUndefined();
  });

  it('N3 / 22 art 23: declining needs the reason and where to go', () => {
    const h = startPetition();
    expect(h.no('decline', '2025-09-22', A.clerk, { reason: ' ', goTo: '人民法院' }).code).toBe('reason-required');
    h.ok('decline', '2025-09-22', A.clerk, { reason: '不属于信访事项', goTo: '人民法院' });
    expect(h.view).toMatchObject({ status: 'declined', declinedGoTo: '人民法院' });
  });
});

describe('N4 / 22 art 23(2): written notice within 15 days', () => {
  it('N4 / 22 art 23(2): notice closes the notice due date; accepting does not', () => {
    const h = handling();
    expect(h.view.due.notice).toBe('2025-10-09');
    h.ok('notify', '2025-09-24', A.clerk, { method: 'written' });
    expect(h.view.due.notice).toBeUndefined();
    expect(h.view.notifiedAt).toBe(at('2025-09-24'));
  });

  it('N4 / 22 art 23(2): a late notice is recorded as late', () => {
    const h = handling();
    expect(h.ok('notify', '2025-10-10', A.clerk, { method: 'written' }).late).toEqual(['notice']);
  });
});

describe('N5 / 22 art 23(2): no notice where name or address is unclear', () => {
  it('N5 / 22 art 23(2): an anonymous petition owes no notice and (policy) no reply', () => {
    const h = startPetition(samplePetitions.anonymousSuggestion);
    expect(h.view.due).toEqual({ disposition: '2025-10-09' });
    expect(h.view.terms).toMatchObject({ noticeExempt: true, replyExempt: true });
    h.ok('accept', '2025-09-23', A.clerk);
    h.ok('conclude', '2025-10-20', A.handler, { outcome: 'noted', opinion: '已记录' });
    expect(h.no('reply', '2025-10-21', A.clerk, { text: '答复' }).code).toBe('reply-not-owed');
  });

  it('N5: a concluded matter that owes a reply cannot be archived before the reply', () => {
    const h = handling();
    h.ok('conclude', '2025-10-20', A.handler, { outcome: 'explain', opinion: '解释说明' });
    expect(h.no('archive', '2025-10-21', A.archivist).code).toBe('reply-owed');
  });
});

describe('N6 / 22 art 23(3): objection within 5 working days', () => {
  const transferred = () => {
    const h = startPetition({
      ...samplePetitions.letterClaim,
      receivedAt: at('2026-02-10'),
      letter: { postmarkDate: '2026-02-09', senderAddress: '成都市' },
    });
    h.ok('transfer', '2026-02-10', A.clerk, { toUnit: 'competentOrgan', reason: '属其职权范围' });
    return h;
  };
  const receiver = actorsOf('competentOrgan');

  it('N6 / 22 art 23(3): received 2026-02-10, the window closes 2026-02-24 (make-up Saturday counted, Spring Festival not)', () => {
    expect(transferred().view.due.objection).toBe('2026-02-24');
  });

  it('N6 / 22 art 23(3): refuses an objection after 5 working days', () => {
    const h = transferred();
    expect(h.no('object', '2026-02-25', receiver.clerk, { reasons: '不属本机关职权' }).code).toBe(
      'objection-window-closed',
    );
    h.ok('object', '2026-02-24', receiver.clerk, { reasons: '不属本机关职权' });
    expect(h.view.objectionPending).toBe(true);
  });

  it('N6 / 22 art 23(3): materials go back only when the sender agrees', () => {
    const h = transferred();
    h.ok('object', '2026-02-12', receiver.clerk, { reasons: '不属本机关职权' });
    expect(h.no('accept', '2026-02-12', receiver.clerk).code).toBe('objection-pending');
    expect(h.no('decideObjection', '2026-02-13', receiver.head, { agreed: true }).code).toBe('not-sending-unit');
    h.ok('decideObjection', '2026-02-13', A.head, { agreed: false, reason: '属于该机关职权' });
    expect(h.view).toMatchObject({ status: 'transferred', unit: 'competentOrgan', objectionPending: false });
    h.ok('accept', '2026-02-14', receiver.clerk);
    expect(h.view.status).toBe('handling');

    const g = transferred();
    g.ok('object', '2026-02-12', receiver.clerk, { reasons: '不属本机关职权' });
    g.ok('decideObjection', '2026-02-13', A.head, { agreed: true });
    expect(g.view).toMatchObject({ status: 'registered', unit: OFFICE, due: { objection: undefined } });
  });

  it("N6 / 22 art 23(3): the open objection window is the queue's nearest due date (nextDue)", () => {
    const h = transferred();
    expect(h.view).toMatchObject({
      due: { objection: '2026-02-24', disposition: '2026-02-25' },
      nextDue: '2026-02-24',
    });
    h.ok('object', '2026-02-12', receiver.clerk, { reasons: '不属本机关职权' });
    expect(h.view).toMatchObject({ due: { objection: undefined }, nextDue: '2026-02-25' });
  });

  it('N6 / 22 art 23(3): only the receiving unit may object', () => {
    const h = transferred();
    const refusal = h.no('object', '2026-02-12', A.clerk, { reasons: '不属职权' });
    expect(refusal.code).toBe('not-own-unit');
    // The unit by its name in the policy, in each language, never its id.
    expect(refusal.message.zh).toContain('“有权处理的机关、单位”');
    expect(refusal.message.en).toContain('"Organ or unit with power to handle the matter"');
    expect(JSON.stringify(refusal.message)).not.toContain('competentOrgan');
  });
});

describe('N7 / 22 art 24: matters involving several organs', () => {
  it('N7 / 22 art 24, seed §会办: joint handling is recorded with its chair and units (a dispute over who accepts goes back to the sender: see N6)', () => {
    const h = handling();
    const e = h.ok('convene', '2025-09-30', A.head, {
      form: 'meeting',
      chair: 'leader@x',
      units: ['housing', 'finance'],
    });
    expect(e.data).toEqual({ form: 'meeting', chair: 'leader@x', units: ['housing', 'finance'] });
  });
});

describe('N8 / 22 arts 28(2), 31: litigation separation', () => {
  it('N8 / 22 arts 28(2), 31: a matter for a legal procedure is referred, not handled', () => {
    const h = startPetition();
    h.ok('referToLegalChannel', '2025-09-22', A.clerk, { channel: 'litigation', organ: '青羊区人民法院' });
    expect(h.view).toMatchObject({ status: 'referred', referral: { channel: 'litigation', organ: '青羊区人民法院' } });
    expect(h.no('accept', '2025-09-23', A.clerk).code).toBe('not-allowed-in-state');
    h.ok('notify', '2025-09-23', A.clerk, { method: 'written', text: '请向人民法院起诉' });
    h.ok('archive', '2025-09-24', A.archivist);
    expect(h.view.status).toBe('archived');
  });
});

describe('N9 / 22 arts 29–31: three classes', () => {
  it('N9 / 22 art 29: a suggestion is adopted or noted, never "supported"', () => {
    const h = handling(samplePetitions.anonymousSuggestion);
    const r = h.no('conclude', '2025-10-01', A.handler, { outcome: 'support', opinion: '支持' });
    expect(r).toEqual({
      code: 'outcome-not-for-class',
      message: {
        zh: '该类信访事项的处理意见只能是：adopted / noted（《信访工作条例》第29—32条）。请选择正确的处理意见。',
        en: 'The handling opinion for this class must be one of: adopted / noted (22 arts 29–32). Choose one of them.',
      },
    });
    h.ok('conclude', '2025-10-01', A.handler, { outcome: 'adopted', opinion: '采纳' });
  });

  it('N9 / 22 art 30: an accusation goes to discipline inspection or the competent organ', () => {
    const h = handling(samplePetitions.accusation);
    expect(h.no('conclude', '2025-10-01', A.handler, { outcome: 'explain', opinion: '解释' }).code).toBe(
      'outcome-not-for-class',
    );
    h.ok('conclude', '2025-10-01', A.handler, { outcome: 'disciplineInspection', opinion: '移送纪检监察机关' });
    expect(h.view.outcome).toBe('disciplineInspection');
  });
});

describe('N10 / 22 art 30(3): accusations never reach the accused', () => {
  const roads = actorsOf('roads');

  it('N10 / 22 art 30: refuses to transfer or assign an accusation to the accused unit', () => {
    const h = startPetition(samplePetitions.accusation);
    const r = h.no('transfer', '2025-09-23', A.clerk, { toUnit: 'roads', reason: '由其处理' });
    expect(r.code).toBe('accused-unit-target');
    expect(r.message.zh).toContain('《信访工作条例》第30条');
    expect(h.no('assign', '2025-09-23', A.clerk, { toUnit: 'roads' }).code).toBe('accused-unit-target');
    h.ok('transfer', '2025-09-23', A.clerk, { toUnit: 'disciplineInspection', reason: '检举控告类' });
  });

  it('N10 / 22 art 30: refuses to notify the accused, or to make the accused person the handler', () => {
    const h = handling(samplePetitions.accusation);
    expect(h.no('notify', '2025-09-24', A.clerk, { method: 'written', to: 'roads' }).code).toBe('accused-notify');
    expect(h.no('notify', '2025-09-24', A.clerk, { method: 'written', to: 'roads-chief' }).code).toBe('accused-notify');
    expect(h.no('assignHandler', '2025-09-24', A.head, { handler: 'roads-chief' }).code).toBe('accused-handler');
  });

  it('N10 / 22 art 30: staff of the accused unit cannot act on the matter', () => {
    const h = startPetition(samplePetitions.accusation, national, { unit: OFFICE });
    expect(h.no('proposeHandling', '2025-09-23', roads.clerk, { text: '拟办' }).code).toBe('accused-party');
    const x = handling(samplePetitions.accusation);
    expect(x.no('urge', '2025-09-24', roads.leader, { text: '快办' }).code).toBe('accused-party');
  });
});

describe('N11 / 22 art 28(3): recusal', () => {
  it('N11 / 22 art 28(3): a handler who declared a conflict cannot be assigned, and the refusal says why', () => {
    const h = handling();
    h.ok('assignHandler', '2025-09-24', A.head, { handler: 'h-2' });
    h.ok('recuse', '2025-09-25', A.handler, { person: 'h-2', reason: '与信访人系亲属' });
    expect(h.view.handler).toBeUndefined();
    expect(h.view.conflicts).toEqual(['h-2']);
    expect(h.no('assignHandler', '2025-09-25', A.head, { handler: 'h-2' })).toEqual({
      code: 'conflicted-handler',
      message: {
        zh: '承办人“h-2”已申请回避或与本事项有利害关系，不能承办（《信访工作条例》第28条）。请指定其他承办人。',
        en: 'Handler "h-2" declared a conflict or is a party to this matter and cannot handle it (22 art 28). Choose another handler.',
      },
    });
  });

  it('N11 / 22 art 28(3): a party to the matter cannot be the handler; a recused person cannot act', () => {
    const h = handling();
    expect(h.no('assignHandler', '2025-09-24', A.head, { handler: 'h-3', handlerIsParty: true }).code).toBe(
      'conflicted-handler',
    );
    h.ok('recuse', '2025-09-25', A.head, { person: A.handler.id, reason: '利害关系' });
    expect(h.no('conclude', '2025-09-26', A.handler, { outcome: 'explain', opinion: '…' }).code).toBe(
      'conflicted-actor',
    );
  });
});

describe('N12 / 22 arts 31(6), 32: handling opinion of a claim', () => {
  it('N12 / 22 arts 31–32: support, explain or not support', () => {
    for (const outcome of ['support', 'explain', 'reject'] as const) {
      const h = handling();
      h.ok('conclude', '2025-10-20', A.handler, { outcome, opinion: '处理意见书' });
      expect(h.view.outcome).toBe(outcome);
    }
    expect(handling().no('conclude', '2025-10-20', A.handler, { outcome: 'adopted', opinion: '…' }).code).toBe(
      'outcome-not-for-class',
    );
  });

  it('N12: only the assigned handler or the head concludes', () => {
    const h = handling();
    h.ok('assignHandler', '2025-09-24', A.head, { handler: 'h-2' });
    expect(h.no('conclude', '2025-10-20', A.handler, { outcome: 'support', opinion: '…' }).code).toBe(
      'not-the-handler',
    );
    expect(h.no('conclude', '2025-10-20', A.clerk, { outcome: 'support', opinion: '…' }).code).toBe(
      'role-not-permitted',
    );
    h.ok('conclude', '2025-10-20', A.head, { outcome: 'support', opinion: '…' });
  });
});

describe('N13 / 22 art 32: hearings', () => {
  it('N13 / 22 art 32: a hearing is recorded with its days; reversed dates are refused', () => {
    const h = handling();
    expect(h.no('hearing', '2025-10-10', A.head, { from: '2025-10-10', to: '2025-10-09' }).code).toBe('hearing-dates');
    const e = h.ok('hearing', '2025-10-10', A.head, { from: '2025-10-09', to: '2025-10-10' });
    expect(e.data).toEqual({ from: '2025-10-09', to: '2025-10-10', days: 2 });
    expect(h.view.hearingDays).toBe(2);
  });
});

describe('N14 / 22 art 34: 60 days from acceptance', () => {
  it('N14 / 22 art 34: accepted 2025-09-23, due Monday 2025-11-24 (11-22 is a Saturday, 民法典 203)', () => {
    expect(handling().view.due).toEqual({ notice: '2025-10-09', conclusion: '2025-11-24' });
  });

  it('N14 / 22 art 34: a late conclusion is accepted and recorded as late', () => {
    const h = handling();
    expect(h.ok('conclude', '2025-11-25', A.handler, { outcome: 'explain', opinion: '…' }).late).toEqual([
      'conclusion',
    ]);
  });

  it('N14, seed §局 II: the bureau counts 30 days for its own matters, 90 for assigned ones', () => {
    const bureau = policies.bureau;
    const b = actorsOf(bureau.defaultUnit);
    const own = startPetition(samplePetitions.letterClaim, bureau);
    own.ok('accept', '2025-09-23', b.clerk);
    expect(own.view.due.conclusion).toBe('2025-10-23');
    const assigned = startPetition(samplePetitions.letterClaim, bureau);
    assigned.ok('assign', '2025-09-23', b.clerk, { toUnit: 'section' });
    assigned.ok('accept', '2025-09-24', actorsOf('section').clerk);
    // seed §局 (六): 自收到之日起 90 日 — from receipt 09-23, not acceptance 09-24: 12-22 (a Monday).
    expect(assigned.view).toMatchObject({ origin: 'assigned', due: { conclusion: '2025-12-22' } });
  });
});

describe('22 art 34: the written reply is part of the handling period', () => {
  it("22 art 34: concluded 2025-10-20, the reply stays due on the period's end 2025-11-24 and in nextDue", () => {
    const h = handling();
    h.ok('notify', '2025-09-24', A.clerk, { method: 'written' });
    h.ok('conclude', '2025-10-20', A.handler, { outcome: 'explain', opinion: '解释说明' });
    expect(h.view).toMatchObject({ status: 'concluded', due: { reply: '2025-11-24' }, nextDue: '2025-11-24' });
    h.ok('reply', '2025-10-21', A.clerk, { text: '书面答复' });
    expect(h.view).toMatchObject({ due: { reply: undefined }, nextDue: undefined });
  });

  it('22 art 34: an extended period carries the reply to the extended end; no reply owed, no due date', () => {
    const h = handling();
    h.ok('extend', '2025-11-10', A.head, { days: 30, reason: '情况复杂', notice: 'written' });
    const end = h.view.due.conclusion;
    h.ok('conclude', '2025-11-30', A.handler, { outcome: 'explain', opinion: '解释说明' });
    expect(h.view.due.reply).toBe(end);
    const a = startPetition(samplePetitions.anonymousSuggestion);
    a.ok('accept', '2025-09-23', A.clerk);
    a.ok('conclude', '2025-10-20', A.handler, { outcome: 'noted', opinion: '已记录' });
    expect(a.view).toMatchObject({ due: { reply: undefined }, nextDue: undefined });
  });
});

describe('N15 / 22 art 34: one extension of at most 30 days, by the head', () => {
  it('N15 / 22 art 34: extends once by 30 days from the same start (2025-09-23 + 90 → 2025-12-22)', () => {
    const h = handling();
    h.ok('extend', '2025-11-01', A.head, { days: 30, reason: '案情复杂需补充调查', notice: 'written' });
    expect(h.view).toMatchObject({ due: { conclusion: '2025-12-22' }, extended: true, extensionDays: 30 });
  });

  it('N15 / 22 art 34: refuses a second extension', () => {
    const h = handling();
    h.ok('extend', '2025-11-01', A.head, { days: 10, reason: '补充调查', notice: 'written' });
    expect(h.no('extend', '2025-11-20', A.head, { days: 10, reason: '再延期' })).toEqual({
      code: 'extension-used',
      message: {
        zh: '本事项已经延期一次，不能再次延期（《信访工作条例》第34条）。请在延长后的期限内办结。',
        en: 'This matter was already extended once and cannot be extended again (22 art 34). Conclude it within the extended period.',
      },
    });
  });

  it('N15 / 22 art 34: refuses more than 30 days, a missing reason, and approval by anyone but the head', () => {
    const h = handling();
    expect(h.no('extend', '2025-11-01', A.head, { days: 31, reason: '复杂' }).code).toBe('extension-too-long');
    expect(h.no('extend', '2025-11-01', A.head, { days: 30, reason: '' }).code).toBe('reason-required');
    const r = h.no('extend', '2025-11-01', A.handler, { days: 30, reason: '复杂' });
    expect(r.message).toEqual({
      zh: '只有单位负责人可以延期。请交由有权限的人员办理。',
      en: 'Only a head of unit may extend. Ask someone with that role to do it.',
    });
  });

  it('N15, seed §交通集团: the approver is the one the policy names (group leader)', () => {
    const tg = policies.transportGroup;
    const a = actorsOf(tg.defaultUnit, tg.extension.approver);
    const h = startPetition(samplePetitions.letterClaim, tg);
    for (const time of ['09:00', '10:00', '11:00'])
      h.ok('leaderInstruct', '2025-09-22', a.leader, { text: `阅 ${time}` });
    h.ok('accept', '2025-09-23', a.clerk);
    expect(h.no('extend', '2025-10-01', a.head, { days: 30, reason: '复杂' }).code).toBe('role-not-permitted');
    h.ok('extend', '2025-10-01', a.leader, { days: 30, reason: '复杂', notice: 'written' });
  });
});

describe('N16 / 22 art 35: review', () => {
  it('N16 / 22 art 35: delivered 2025-11-01, the review may be requested until 2025-12-01', () => {
    expect(delivered().view.due.reviewRequest).toBe('2025-12-01');
  });

  it('N16 / 22 art 35: refuses a review requested after 30 days (the petitioner window is not "late", it is closed)', () => {
    const h = delivered();
    expect(
      h.no('requestReview', '2025-12-02', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' }).code,
    ).toBe('review-window-closed');
    h.ok('requestReview', '2025-12-01', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' });
    expect(h.view).toMatchObject({ status: 'reviewRequested', due: { reviewDecision: '2025-12-31' } });
  });

  it('N16 / 22 art 35: the window runs from delivery, so a request before delivery is refused', () => {
    const h = handling();
    h.ok('conclude', '2025-10-20', A.handler, { outcome: 'explain', opinion: '…' });
    h.ok('reply', '2025-10-21', A.clerk, { text: '答复' });
    expect(
      h.no('requestReview', '2025-10-22', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' }).code,
    ).toBe('not-delivered');
  });
});

describe('N17 / 22 art 36: re-review, hearing time not counted, then final', () => {
  const reReview = () => {
    const h = delivered();
    h.ok('requestReview', '2025-11-10', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' });
    h.ok('decideReview', '2025-12-05', actorsOf('superiorOrgan').head, { outcome: 'upheld', opinion: '维持' });
    h.ok('delivered', '2025-12-12', A.clerk);
    return h;
  };

  it('N17 / 22 art 36: the re-review window runs 30 days from delivery of the review (2026-01-11 is a Sunday → 01-12)', () => {
    expect(reReview().view.due.reReviewRequest).toBe('2026-01-12');
  });

  it('N17 / 22 art 36: hearing days are not counted in the re-review decision period', () => {
    const h = reReview();
    h.ok('requestReReview', '2025-12-15', A.petitioner, { reviewUnit: 'reReviewOrgan', reasons: '仍不服' });
    expect(h.view.due.reReviewDecision).toBe('2026-01-14');
    h.ok('hearing', '2025-12-22', actorsOf('reReviewOrgan').head, { from: '2025-12-20', to: '2025-12-22' });
    // 30 + 3 days from 2025-12-15 → Saturday 2026-01-17 → Monday 01-19.
    expect(h.view.due.reReviewDecision).toBe('2026-01-19');
  });

  it('N17 / 22 art 36: after the re-review the matter is final and the same request is not accepted again', () => {
    const h = reReview();
    h.ok('requestReReview', '2025-12-15', A.petitioner, { reviewUnit: 'reReviewOrgan', reasons: '仍不服' });
    h.ok('decideReReview', '2026-01-10', actorsOf('reReviewOrgan').leader, { outcome: 'upheld', opinion: '终结' });
    expect(h.view.status).toBe('final');
    expect(
      h.no('requestReview', '2026-01-11', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '再申请' }).code,
    ).toBe('final-not-accepted-again');
    const again = startPetition(samplePetitions.letterClaim, national, {
      earlier: { registrationNo: 'XF-x-2025-0001', status: 'final' },
    });
    expect(again.no('accept', '2025-09-23', A.clerk).code).toBe('final-not-accepted-again');
  });

  it('N17 / 22 art 36: refuses a re-review after its window', () => {
    const h = reReview();
    expect(
      h.no('requestReReview', '2026-01-13', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' }).code,
    ).toBe('rereview-window-closed');
  });
});

describe('N18 / 22 art 20(3): at most 5 representatives', () => {
  const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `代表${i + 1}`, phone: `1370013700${i}` }));

  it('N18 / 22 art 20(3): refuses 6 representatives, accepts 5', () => {
    const six = { ...samplePetitions.collectiveVisit, collective: { headCount: 30, representatives: reps(6) } };
    const r = decide([], registerCommand('p-1', six), ctx);
    expectRejected(r, 'too-many-representatives');
    const five = { ...samplePetitions.collectiveVisit, collective: { headCount: 30, representatives: reps(5) } };
    expect(decide([], registerCommand('p-1', five), ctx).ok).toBe(true);
  });

  it('N18: a policy may set a lower limit', () => {
    const d = derivePolicy(national, { id: 'strict', version: '1', representativesLimit: 3 });
    if (!d.ok) throw new Error('policy');
    const four = { ...samplePetitions.collectiveVisit, collective: { headCount: 30, representatives: reps(4) } };
    const r = decide([], registerCommand('p-1', four, d.policy), { policy: d.policy, calendar: chinaCalendar });
    expect(r.ok ? 'ok' : r.rejection.message.en).toBe(
      'A collective visit may elect at most 3 representatives (22 art 20). Ask the visitors to elect fewer.',
    );
  });
});

describe('N19 / 22 art 19(3): no second acceptance', () => {
  it('N19 / 22 art 19(3): a matter accepted elsewhere is not accepted again; it may be declined with that number', () => {
    const h = startPetition(samplePetitions.letterClaim, national, {
      earlier: { registrationNo: 'XF-city-2025-0042', status: 'handling' },
    });
    expect(h.no('accept', '2025-09-23', A.clerk).message.en).toBe(
      'The same matter is already accepted or in progress as XF-city-2025-0042 and is not accepted again (22 art 19). Tell the petitioner to await that result.',
    );
    h.ok('decline', '2025-09-23', A.clerk, {
      reason: '已在办理',
      goTo: '市信访局',
      alreadyAcceptedAs: 'XF-city-2025-0042',
    });
    expect(h.view.status).toBe('declined');
  });

  it('N19: an earlier matter that was declined does not bar acceptance', () => {
    const h = startPetition(samplePetitions.letterClaim, national, {
      earlier: { registrationNo: 'XF-city-2025-0042', status: 'declined' },
    });
    h.ok('accept', '2025-09-23', A.clerk);
  });
});

describe('archive (seed §交通集团) and roles', () => {
  it('seed §交通集团: archives only when original, proposed handling, leader instruction, investigation and result are there', () => {
    // seed §交通集团 四 as policy data (the transport group's preset has exactly this list).
    expect(policies.transportGroup.archive.requires).toEqual([
      'proposedHandling',
      'leaderInstruction',
      'investigation',
      'result',
    ]);
    const d = derivePolicy(national, {
      id: 'files',
      version: '1',
      archive: { requires: policies.transportGroup.archive.requires },
    });
    if (!d.ok) throw new Error('policy');
    const h = delivered(d.policy);
    const r = h.no('archive', '2025-12-02', A.archivist);
    expect(r).toEqual({
      code: 'materials-incomplete',
      message: {
        zh: '材料不齐全，缺少：拟办意见、领导批示、调查材料。请补齐后再归档。',
        en: 'The file is incomplete; missing: proposed handling, leader instruction, investigation material. Add them, then archive.',
      },
    });
    h.ok('addMaterial', '2025-12-02', A.handler, { kind: 'investigation', ref: 'inv-1' });
    expect(h.no('archive', '2025-12-02', A.archivist).message.en).toBe(
      'The file is incomplete; missing: proposed handling, leader instruction. Add them, then archive.',
    );
  });

  it('seed §交通集团 四: no dead end — after the reply the missing instruction and proposal can still be added, recorded as late where the policy says so', () => {
    const files = (supplement: 'allowed' | 'late' | 'refused') => {
      const d = derivePolicy(national, {
        id: `files-${supplement}`,
        version: '1',
        archive: { requires: ['proposedHandling', 'leaderInstruction', 'result'], supplement },
      });
      if (!d.ok) throw new Error('policy');
      return d.policy;
    };
    // Under the transport group's preset supplements are recorded as late.
    expect(policies.transportGroup.archive.supplement).toBe('late');
    const h = delivered(files('late'));
    expect(h.no('archive', '2025-12-02', A.archivist).code).toBe('materials-incomplete');
    const instructed = h.ok('leaderInstruct', '2025-12-02', A.leader, { text: '同意归档' });
    expect([instructed.type, instructed.data]).toEqual(['leaderInstructed', { late: true, text: '同意归档' }]);
    // Only what the file lacks: a second instruction is refused and says what is still missing.
    expect(h.no('leaderInstruct', '2025-12-02', A.leader, { text: '再批示' })).toEqual({
      code: 'supplement-not-needed',
      message: {
        zh: '办理已结束，只能补充归档所缺的材料（缺少：拟办意见）。',
        en: 'Handling is over: only what the file lacks can be added (missing: proposed handling).',
      },
    });
    expect(h.ok('proposeHandling', '2025-12-02', A.clerk, { text: '拟归档' }).data).toEqual({
      late: true,
      text: '拟归档',
    });
    h.ok('archive', '2025-12-02', A.archivist);
    expect(h.view.status).toBe('archived');

    // 'allowed': the same additions, not marked late.
    const allowed = delivered(files('allowed'));
    expect(allowed.ok('leaderInstruct', '2025-12-02', A.leader, { text: '同意' }).data).toEqual({ text: '同意' });

    // 'refused': the policy forbids completing the file after conclusion, and says so.
    const refused = delivered(files('refused'));
    expect(refused.no('leaderInstruct', '2025-12-02', A.leader, { text: '同意' }).code).toBe('supplement-refused');
  });

  it('seed §交通集团 四: during handling the case says what archiving will need', () => {
    const d = derivePolicy(national, {
      id: 'files',
      version: '1',
      archive: { requires: ['proposedHandling', 'leaderInstruction', 'investigation', 'result'] },
    });
    if (!d.ok) throw new Error('policy');
    const h = handling(samplePetitions.letterClaim, d.policy);
    expect(archiveNeeds(h.view)).toEqual({
      zh: '归档时需要：拟办意见、领导批示、调查材料。请在办理中补齐。',
      en: 'Archiving will need: proposed handling, leader instruction, investigation material. Add it while handling.',
    });
    h.ok('proposeHandling', '2025-09-24', A.clerk, { text: '拟调查' });
    h.ok('leaderInstruct', '2025-09-24', A.leader, { text: '请办理' });
    h.ok('addMaterial', '2025-10-01', A.handler, { kind: 'investigation', ref: 'inv' });
    expect(archiveNeeds(h.view)).toBeUndefined();
  });

  it('archives after the review window, not before it', () => {
    const h = handling({ ...samplePetitions.letterClaim, proposedHandling: '拟转调查' });
    h.ok('leaderInstruct', '2025-09-24', A.leader, { text: '请办理' });
    h.ok('addMaterial', '2025-10-01', A.handler, { kind: 'investigation', ref: 'inv' });
    h.ok('conclude', '2025-10-20', A.handler, { outcome: 'support', opinion: '支持' });
    h.ok('reply', '2025-10-21', A.clerk, { text: '答复' });
    h.ok('delivered', '2025-11-01', A.clerk);
    expect(h.no('archive', '2025-12-01', A.archivist).code).toBe('request-window-open');
    h.ok('archive', '2025-12-02', A.archivist);
    expect(h.view).toMatchObject({ status: 'archived', due: {}, nextDue: undefined });
    expect(h.no('accept', '2025-12-03', A.clerk).code).toBe('not-allowed-in-state');
  });

  it('only an archivist archives; only a clerk registers (policy data where the law is silent)', () => {
    const h = startPetition();
    h.ok('decline', '2025-09-22', A.clerk, { reason: '不属信访', goTo: '法院' });
    expect(h.no('archive', '2025-09-23', A.clerk).code).toBe('role-not-permitted');
    const r = decide([], registerCommand('p-1', samplePetitions.letterClaim, national, { by: A.handler }), ctx);
    expectRejected(r, 'role-not-permitted');
  });

  it('time only moves forward; a command for another petition is refused', () => {
    const h = handling();
    expect(h.no('notify', '2025-09-22', A.clerk, { method: 'written' }).code).toBe('time-before-history');
    const r = h.run(command('notify', 'p-2', at('2025-09-24'), A.clerk, { method: 'written' }));
    expectRejected(r, 'wrong-petition');
    const bad = h.run(command('notify', 'p-1', 'yesterday', A.clerk, { method: 'written' }));
    expect(bad.ok ? undefined : bad.rejection).toMatchObject({
      code: 'invalid-command',
      message: { zh: expect.stringContaining('“at”'), en: expect.stringContaining('"at"') },
    });
  });
});
