/**
 * The fidelity review of the core against 《信访工作条例》(2022, "22") and the seed's institutional rules: every
 * finding is a test named by its article, with exact dates and exact refusal codes. Each failed on the code
 * before the fix. Dates: 2025-09-20 is a Saturday; the National Day block runs 2025-10-01…10-08; the Spring
 * Festival block runs 2026-02-15…02-23 with 02-14 (Saturday) a make-up working day.
 */
import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../test/helpers.js';
import { chinaCalendar } from '../calendar/index.js';
import { verifyHistory } from '../history/hash.js';
import { archiveUnit, derivePolicy, policies } from '../policy/index.js';
import type { DeepPartial, PolicyProfile } from '../policy/types.js';
import { createMemoryStore } from '../store/memory.js';
import { actorsOf, at, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { type Harness, startPetition } from '../testing/harness.js';
import { decide } from './decide.js';
import { replay } from './evolve.js';
import {
  checkExtension,
  earlierOf,
  extendedDueOf,
  extensionRule,
  handlingPeriodOf,
  outcomesFor,
  viewFor,
} from './queries.js';
import type { PetitionInput, PetitionView } from './types.js';

const national = policies.national;
const OFFICE = national.defaultUnit;
const A = actorsOf(OFFICE);
const SUPERIOR = actorsOf('superiorOrgan');
const RE_REVIEW = actorsOf('reReviewOrgan');

function derive(over: DeepPartial<PolicyProfile>): PolicyProfile {
  const r = derivePolicy(national, { id: 'derived', version: '1', ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.policy;
}

/** A letter claim accepted 2025-09-23 (conclusion due 2025-11-24). */
function handling(petition: PetitionInput = samplePetitions.letterClaim, policy: PolicyProfile = national): Harness {
  const h = startPetition(petition, policy);
  h.ok('accept', '2025-09-23', A.clerk);
  return h;
}

/** Concluded 10-20, replied 10-21 and delivered 2025-11-01 (review window until 2025-12-01). */
function delivered(petition: PetitionInput = samplePetitions.letterClaim): Harness {
  const h = handling(petition);
  const outcome = petition.class === 'claim' ? 'explain' : petition.class === 'suggestion' ? 'noted' : 'competentOrgan';
  h.ok('conclude', '2025-10-20', A.handler, { outcome, opinion: '处理意见' });
  h.ok('reply', '2025-10-21', A.clerk, { text: '书面答复' });
  h.ok('delivered', '2025-11-01', A.clerk);
  return h;
}

/** Reviewed by the superior organ and re-reviewed one level further: final on 2026-01-10. */
function finalMatter(): Harness {
  const h = delivered();
  h.ok('requestReview', '2025-11-10', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' });
  h.ok('decideReview', '2025-12-05', SUPERIOR.head, { outcome: 'upheld', opinion: '维持' });
  h.ok('delivered', '2025-12-12', A.clerk);
  h.ok('requestReReview', '2025-12-15', A.petitioner, { reviewUnit: 'reReviewOrgan', reasons: '仍不服' });
  h.ok('decideReReview', '2026-01-10', RE_REVIEW.leader, { outcome: 'upheld', opinion: '终结' });
  return h;
}

describe('1. 22 art 36(3): a final matter is never accepted again, whatever became of it later', () => {
  it('N17, 22 art 36(3): final after re-review and then archived — the repeat is refused (final-not-accepted-again)', () => {
    const h = finalMatter();
    h.ok('archive', '2026-01-12', A.archivist);
    expect(h.view.status).toBe('archived');
    const earlier = earlierOf(h.view, at('2026-03-02'));
    expect(earlier).toEqual({ registrationNo: `XF-XFB-2025-0001`, status: 'archived', final: true });
    const again = startPetition(samplePetitions.letterClaim, national, { earlier });
    expect(again.no('accept', '2025-09-23', A.clerk)).toEqual({
      code: 'final-not-accepted-again',
      message: {
        zh: `同一事项（XF-XFB-2025-0001）已复核终结，以同一事实和理由再次提出的不再受理（《信访工作条例》第36条）。请以“不予受理”告知信访人。`,
        en: `The same matter (XF-XFB-2025-0001) is final after re-review; the same facts and reasons are not accepted again (22 art 36). Decline and tell the petitioner.`,
      },
    });
  });

  it('N17, 22 arts 35, 36(3): a review window that lapsed (delivered 11-01, window to 12-01) makes the opinion final', () => {
    const h = delivered();
    expect(earlierOf(h.view, at('2025-12-01')).final).toBeUndefined();
    expect(earlierOf(h.view, at('2025-12-02'))).toEqual({
      registrationNo: `XF-XFB-2025-0001`,
      status: 'replied',
      final: true,
    });
    const again = startPetition(samplePetitions.letterClaim, national, {
      earlier: earlierOf(h.view, at('2025-12-02')),
    });
    expect(again.no('accept', '2025-09-23', A.clerk).code).toBe('final-not-accepted-again');
  });

  it('N17, 22 art 36(3): across units of the same store, a repeat of a final archived matter is not accepted', async () => {
    const store = createMemoryStore({ policies: [national] });
    const first = await store.execute(registerCommand('x', samplePetitions.letterClaim));
    if (!first.ok) throw new Error(first.rejection.code);
    const id = first.view.petitionId;
    const no = first.view.registrationNo;
    const steps: [string, string, object, typeof A.clerk][] = [
      ['accept', '2025-09-23', {}, A.clerk],
      ['conclude', '2025-10-20', { outcome: 'explain', opinion: '解释' }, A.handler],
      ['reply', '2025-10-21', { text: '答复' }, A.clerk],
      ['delivered', '2025-11-01', {}, A.clerk],
      ['archive', '2025-12-02', {}, A.archivist],
    ];
    for (const [type, date, fields, by] of steps) {
      const r = await store.execute({ ...fields, type, petitionId: id, at: at(date), by } as never);
      if (!r.ok) throw new Error(`${type}: ${r.rejection.code}`);
    }
    // The repeat is brought to another unit (competentOrgan) of the same store.
    const other = actorsOf('competentOrgan');
    const repeat = await store.execute(
      registerCommand('y', { ...samplePetitions.letterClaim, receivedAt: at('2026-01-05'), repeatOf: no }, national, {
        unit: 'competentOrgan',
      }),
    );
    if (!repeat.ok) throw new Error(repeat.rejection.code);
    expect(repeat.view.earlier).toEqual({ registrationNo: no, status: 'archived', final: true });
    const r = await store.execute({
      type: 'accept',
      petitionId: repeat.view.petitionId,
      at: at('2026-01-06'),
      by: other.clerk,
    });
    expectRejected(r, 'final-not-accepted-again');
  });

  it('N19, 22 art 19(3): an earlier matter declined and archived (never decided on its merits) does not bar acceptance', () => {
    const h = startPetition();
    h.ok('decline', '2025-09-22', A.clerk, { reason: '不属信访', goTo: '法院' });
    h.ok('archive', '2025-09-23', A.archivist);
    const earlier = earlierOf(h.view, at('2025-10-01'));
    expect(earlier).toEqual({ registrationNo: `XF-XFB-2025-0001`, status: 'archived' });
    startPetition(samplePetitions.letterClaim, national, { earlier }).ok('accept', '2025-09-23', A.clerk);
  });
});

describe('2. 22 art 34: an extension lengthens a running period only', () => {
  it('N15, 22 art 34: refuses an extension on 2025-11-25, after the period ran out on 11-24 (extension-after-expiry)', () => {
    const h = handling();
    expect(h.view.due.conclusion).toBe('2025-11-24');
    expect(h.no('extend', '2025-11-25', A.head, { days: 30, reason: '复杂', notice: 'written' })).toEqual({
      code: 'extension-after-expiry',
      message: {
        zh: '办理期限已于 2025-11-24 届满，不能再延期（《信访工作条例》第34条）。请尽快办结，逾期将如实记录。',
        en: 'The handling period ran out on 2025-11-24; it can no longer be extended (22 art 34). Conclude the matter now; the lateness stays on record.',
      },
    });
    // On the last day it still runs: 60 + 30 days from 09-23 → 2025-12-22.
    h.ok('extend', '2025-11-24', A.head, { days: 30, reason: '复杂', notice: 'written' });
    expect(h.view.due.conclusion).toBe('2025-12-22');
  });
});

describe('3. 22 arts 35–36: review and re-review decided one level up, never by the unit that concluded', () => {
  it('N16, N17, 22 art 35: a review asked of the concluding unit is refused (review-unit-not-superior)', () => {
    const h = delivered();
    expect(h.no('requestReview', '2025-11-10', A.petitioner, { reviewUnit: OFFICE, reasons: '不服' })).toEqual({
      code: 'review-unit-not-superior',
      message: {
        // Units by their names in the policy, never their ids.
        zh: '申请复查由上一级机关“上一级机关”办理，不能向“信访工作机构”提出（《信访工作条例》第35、36条）。',
        en: 'A review goes to the organ one level up ("The organ one level up"), not to "Petition office" (22 arts 35–36).',
      },
    });
  });

  it('N16, N17, 22 art 35: the concluding unit cannot decide its own review (self-review); the superior decides', () => {
    const h = delivered();
    h.ok('requestReview', '2025-11-10', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' });
    expect(h.view.reviewUnit).toBe('superiorOrgan');
    expect(h.no('decideReview', '2025-12-05', A.head, { outcome: 'changed', opinion: '自查' }).code).toBe(
      'self-review',
    );
    expect(
      h.no('decideReview', '2025-12-05', actorsOf('competentOrgan').head, { outcome: 'upheld', opinion: '…' }).code,
    ).toBe('not-review-organ');
    h.ok('decideReview', '2025-12-05', SUPERIOR.head, { outcome: 'upheld', opinion: '维持' });
    expect(h.view.status).toBe('reviewed');
  });

  it('N16, N17, 22 art 36: the re-review goes one level above the review organ, which cannot decide it (self-review)', () => {
    const h = delivered();
    h.ok('requestReview', '2025-11-10', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' });
    h.ok('decideReview', '2025-12-05', SUPERIOR.head, { outcome: 'upheld', opinion: '维持' });
    h.ok('delivered', '2025-12-12', A.clerk);
    expect(
      h.no('requestReReview', '2025-12-15', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' }).code,
    ).toBe('review-unit-not-superior');
    h.ok('requestReReview', '2025-12-15', A.petitioner, { reviewUnit: 'reReviewOrgan', reasons: '不服' });
    // A member of the review organ, even one posted in as a leader, cannot decide the re-review.
    expect(h.no('decideReReview', '2026-01-10', SUPERIOR.leader, { outcome: 'upheld', opinion: '…' }).code).toBe(
      'self-review',
    );
    h.ok('decideReReview', '2026-01-10', RE_REVIEW.leader, { outcome: 'upheld', opinion: '终结' });
    expect(h.view).toMatchObject({ status: 'final', finalAt: at('2026-01-10') });
  });

  it('N16, N17, 22 art 35: the review organs are policy data (seed §学校: the education bureau reviews)', () => {
    expect(national.review).toEqual({ unit: 'superiorOrgan', reReviewUnit: 'reReviewOrgan' });
    expect(policies.school.review.unit).toBe('educationBureau');
    const same = derivePolicy(national, { id: 'x', version: '1', review: { reReviewUnit: 'superiorOrgan' } });
    expect(same.ok ? 'ok' : same.issues).toEqual([
      {
        path: 'review.reReviewUnit',
        message: {
          zh: '复核机关应是复查机关的上一级机关，不能与复查机关相同（《信访工作条例》第36条）',
          en: 'The re-review organ is the one above the review organ and cannot be the same (22 art 36)',
        },
      },
    ]);
  });
});

describe('4. 22 arts 29–35: which classes the handling period, the reply and the review apply to', () => {
  it('N9, N14, N16, 22 arts 34, 32, 35: national scope — 60 days and a reply for every class, a review for claims only', () => {
    expect(national.scope).toEqual({
      handling: ['suggestion', 'accusation', 'claim'],
      reply: ['suggestion', 'accusation', 'claim'],
      review: ['claim'],
    });
  });

  it('N9, N14, N16, 22 art 30: an accusation gets no review window; after delivery it is archived, a review request is refused', () => {
    const h = delivered({
      ...samplePetitions.accusation,
      petitioner: { ...samplePetitions.accusation.petitioner, address: '成都市锦江区红星路2号' },
    });
    expect(h.view.due.conclusion).toBeUndefined();
    expect(h.view.due.reviewRequest).toBeUndefined();
    expect(h.no('requestReview', '2025-11-10', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' })).toEqual(
      {
        code: 'review-not-for-class',
        message: {
          zh: '此类信访事项的处理结果不适用复查、复核（《信访工作条例》第35、36条适用于信访处理意见）。',
          en: 'The result of this class of matter is not open to review or re-review (22 arts 35–36 concern a handling opinion).',
        },
      },
    );
    h.ok('archive', '2025-11-02', A.archivist);
    expect(earlierOf(h.view, at('2026-01-01')).final).toBeUndefined();
  });

  it('N9, N14, N16, 22 art 34: an accepted accusation has the 60-day period (accepted 2025-09-23 → due 2025-11-24)', () => {
    expect(handling(samplePetitions.accusation).view.due.conclusion).toBe('2025-11-24');
  });

  it('N9, N14, N16, 22 art 35: a claim keeps its window (delivered 2025-11-01 → 2025-12-01)', () => {
    expect(delivered().view.due.reviewRequest).toBe('2025-12-01');
  });
});

describe('5. institutional maxima with the national extension (seed §医院, §政协机关)', () => {
  it('N15, seed §医院 5: a letter accepted 2025-10-13 is due 10-20; an extension past two weeks is refused (extension-past-ceiling)', () => {
    const hospital = policies.hospital;
    const a = actorsOf(hospital.defaultUnit);
    const h = startPetition({ ...samplePetitions.letterClaim, receivedAt: at('2025-10-10') }, hospital);
    h.ok('accept', '2025-10-13', a.clerk);
    expect(h.view.due.conclusion).toBe('2025-10-20');
    expect(h.no('extend', '2025-10-15', a.head, { days: 8, reason: '当事人外出', notice: 'written' })).toEqual({
      code: 'extension-past-ceiling',
      message: {
        zh: '延期后期限（2025-10-28）超过本单位制度规定的最长办理期限（2025-10-27）。请缩短延期天数。',
        en: 'The extended due date (2025-10-28) would pass the longest handling this policy allows (2025-10-27). Extend by fewer days.',
      },
    });
    h.ok('extend', '2025-10-15', a.head, { days: 7, reason: '当事人外出', notice: 'written' });
    expect(h.view.due.conclusion).toBe('2025-10-27');
  });

  it('N15, seed §政协机关 四.1: a major matter (3 months) cannot be extended past 3 months; an ordinary one can', () => {
    const cppcc = policies.cppcc;
    const a = actorsOf(cppcc.defaultUnit);
    const major = startPetition(samplePetitions.letterClaim, cppcc);
    major.ok('accept', '2025-09-23', a.clerk, { complex: true });
    expect(major.view.due.conclusion).toBe('2025-12-22');
    expect(major.no('extend', '2025-10-01', a.head, { days: 1, reason: '复杂', notice: 'written' }).code).toBe(
      'extension-past-ceiling',
    );
    const ordinary = startPetition(samplePetitions.letterClaim, cppcc);
    ordinary.ok('accept', '2025-09-23', a.clerk);
    expect(ordinary.view.due.conclusion).toBe('2025-10-23');
    ordinary.ok('extend', '2025-10-01', a.head, { days: 30, reason: '复杂', notice: 'written' });
    expect(ordinary.view.due.conclusion).toBe('2025-11-24');
  });

  it('N15, 22 art 34: a policy that allows no extension says so (extension-not-allowed)', () => {
    const h = handling(samplePetitions.letterClaim, derive({ extension: { count: 0 } }));
    expect(h.no('extend', '2025-10-01', A.head, { days: 10, reason: '复杂', notice: 'written' })).toEqual({
      code: 'extension-not-allowed',
      message: {
        zh: '按本单位制度，信访事项的办理期限不能延长。请在期限内办结。',
        en: 'Under this policy the handling period cannot be extended. Conclude the matter within it.',
      },
    });
  });
});

describe('6. extension.count and reasonToPetitioner (22 art 34)', () => {
  it('N15, 22 art 34: count 2 allows exactly two extensions (10 + 10 days), the third is refused (extension-used)', () => {
    const h = handling(samplePetitions.letterClaim, derive({ extension: { count: 2 } }));
    h.ok('extend', '2025-10-01', A.head, { days: 10, reason: '补充调查', notice: 'written' });
    h.ok('extend', '2025-11-01', A.head, { days: 10, reason: '再补充', notice: 'written' });
    // 60 + 20 days from 2025-09-23 → 2025-12-12 (a Friday).
    expect(h.view).toMatchObject({ extensions: 2, due: { conclusion: '2025-12-12' } });
    expect(h.no('extend', '2025-11-20', A.head, { days: 5, reason: '三次', notice: 'written' })).toEqual({
      code: 'extension-used',
      message: {
        zh: '本事项已经延期 2 次，不能再次延期。请在延长后的期限内办结。',
        en: 'This matter was already extended 2 times and cannot be extended again. Conclude it within the extended period.',
      },
    });
  });

  it('N15, 22 art 34: 告知信访人延期理由 — an extension that does not record how the petitioner was told is refused', () => {
    const h = handling();
    expect(h.no('extend', '2025-10-01', A.head, { days: 10, reason: '补充调查' })).toEqual({
      code: 'extension-notice-required',
      message: {
        zh: '延期须告知信访人延期理由（《信访工作条例》第34条）。请注明告知方式（书面或当面）。',
        en: 'The petitioner must be told the reason for the extension (22 art 34). Say how they were told (in writing or in person).',
      },
    });
    const e = h.ok('extend', '2025-10-01', A.head, { days: 10, reason: '补充调查', notice: 'written' });
    expect(e.data).toEqual({ days: 10, notice: 'written', reason: '补充调查' });
  });

  it('N15, 22 art 34: reasonToPetitioner is policy data — a policy without it records no notice', () => {
    const h = handling(samplePetitions.letterClaim, derive({ extension: { reasonToPetitioner: false } }));
    const e = h.ok('extend', '2025-10-01', A.head, { days: 10, reason: '补充调查' });
    // 60 + 10 days from 2025-09-23 → Tuesday 2025-12-02.
    expect([e.data, h.view.due.conclusion]).toEqual([{ days: 10, reason: '补充调查' }, '2025-12-02']);
  });

  it('N15, 22 arts 23(2), 34: an anonymous petitioner cannot be told, so no notice is asked for', () => {
    const h = handling(samplePetitions.anonymousSuggestion);
    h.ok('extend', '2025-10-01', A.head, { days: 10, reason: '补充调查' });
    expect(h.view.extensions).toBe(1);
  });
});

describe('7. seed §局: transferred and assigned matters are due 90 days from receipt', () => {
  it('N14, seed §局 (六): transferred 09-23, received 09-25, accepted 10-10 → due 90 days from receipt, 2025-12-24', () => {
    const bureau = policies.bureau;
    const h = startPetition(samplePetitions.letterClaim, bureau);
    h.ok('transfer', '2025-09-23', actorsOf(bureau.defaultUnit).clerk, { toUnit: 'businessSection', reason: '职权' });
    const section = actorsOf('businessSection');
    h.ok('receive', '2025-09-25', section.clerk);
    h.ok('accept', '2025-10-10', section.clerk);
    expect(h.view).toMatchObject({ handlingStart: '2025-09-25', due: { conclusion: '2025-12-24' } });
  });

  it('N14, seed §交通集团 and 22 art 34: where the seed says 自受理之日起, the same matter runs from acceptance', () => {
    const h = startPetition(samplePetitions.letterClaim, national);
    h.ok('transfer', '2025-09-23', A.clerk, { toUnit: 'competentOrgan', reason: '职权' });
    h.ok('accept', '2025-10-10', actorsOf('competentOrgan').clerk);
    // 60 days from 10-10 → 12-09.
    expect(h.view).toMatchObject({ handlingStart: '2025-10-10', due: { conclusion: '2025-12-09' } });
    expect(policies.transportGroup.handling.from).toEqual({
      direct: 'acceptance',
      assigned: 'acceptance',
      transferred: 'acceptance',
    });
  });
});

describe("8. 22 art 23(2) 姓名、住址不清 and the seed's 含糊不清的信件", () => {
  it('N5, 22 art 23(2): a phone is not an address — a named petitioner with a phone only is owed no written notice', () => {
    const phoneOnly = startPetition(samplePetitions.hotlineCall).view;
    expect(phoneOnly).toMatchObject({ terms: { noticeExempt: true }, due: { notice: undefined } });
    const withAddress = startPetition(samplePetitions.letterClaim).view;
    expect(withAddress).toMatchObject({ terms: { noticeExempt: false }, due: { notice: '2025-10-09' } });
  });

  it('N5, seed §政协机关 五.1: a clerk marks a letter vague, with the reason; then no reply is owed (reply-not-owed)', () => {
    const cppcc = policies.cppcc;
    const a = actorsOf(cppcc.defaultUnit);
    const h = startPetition(samplePetitions.letterClaim, cppcc);
    h.ok('accept', '2025-09-23', a.clerk);
    expect(h.view.due.reply).toBe('2025-10-23');
    expect(h.no('markVague', '2025-09-24', a.clerk, { reason: '' }).code).toBe('reason-required');
    const e = h.ok('markVague', '2025-09-24', a.clerk, { reason: '所述事实无法辨认' });
    expect([e.type, e.data, h.view.vague, h.view.due.reply]).toEqual([
      'markedVague',
      { reason: '所述事实无法辨认' },
      true,
      undefined,
    ]);
    h.ok('conclude', '2025-10-10', a.handler, { outcome: 'explain', opinion: '无法核实' });
    expect(h.no('reply', '2025-10-11', a.clerk, { text: '答复' }).code).toBe('reply-not-owed');
  });

  it('N5, seed §政协机关: only a letter is marked vague (vague-letters-only); the national preset still owes the reply', () => {
    const cppcc = policies.cppcc;
    const visit = startPetition(samplePetitions.visitClaim, cppcc);
    expect(visit.no('markVague', '2025-09-23', actorsOf(cppcc.defaultUnit).clerk, { reason: '含糊' }).code).toBe(
      'vague-letters-only',
    );
    const h = handling();
    h.ok('markVague', '2025-09-24', A.clerk, { reason: '含糊' });
    h.ok('conclude', '2025-10-10', A.handler, { outcome: 'explain', opinion: '解释' });
    h.ok('reply', '2025-10-11', A.clerk, { text: '答复' });
  });
});

describe('9. 22 art 23(3): the receiving organ decides and notifies within 15 days of receipt; objection 5 working days from receipt', () => {
  it('N4, N6, 22 art 23(3): dispatched 2026-02-09, received 2026-02-10 — objection to 02-24, decision and notice by 02-25', () => {
    const h = startPetition({ ...samplePetitions.letterClaim, receivedAt: at('2026-02-06') });
    h.ok('notify', '2026-02-06', A.clerk, { method: 'written' });
    h.ok('transfer', '2026-02-09', A.clerk, { toUnit: 'competentOrgan', reason: '属其职权' });
    // Until receipt is recorded, the day of dispatch counts: 02-10, 11, 12, 13 and the make-up Saturday 02-14.
    expect(h.view.due.objection).toBe('2026-02-14');
    const organ = actorsOf('competentOrgan');
    expect(h.no('receive', '2026-02-10', A.clerk).code).toBe('not-own-unit');
    h.ok('receive', '2026-02-10', organ.clerk);
    expect(h.no('receive', '2026-02-11', organ.clerk).code).toBe('already-received');
    expect(h.view.due).toMatchObject({ objection: '2026-02-24', disposition: '2026-02-25', notice: '2026-02-25' });
    h.ok('object', '2026-02-24', organ.clerk, { reasons: '不属本机关职权' });
  });
});

describe('10. 22 art 30: accused persons matched by name against the staff directory', () => {
  const directory = derive({ staff: [{ id: 'u-17', name: '李强', unit: OFFICE }] });
  const accusation = { ...samplePetitions.accusation, accused: { persons: ['李强'], units: ['roads'] } };
  const u17 = { id: 'u-17', role: 'handler', unit: OFFICE, name: '李强' } as const;

  it('N10, 22 art 30: 李强 typed by the citizen blocks staff u-17 as handler and as actor, and redacts the view for them', () => {
    const h = startPetition(accusation, directory);
    expect(h.view.accusedStaff).toEqual(['u-17']);
    expect(h.events[0]?.type === 'registered' && h.events[0].data.accusedStaff).toEqual(['u-17']);
    h.ok('accept', '2025-09-23', A.clerk);
    expect(h.no('assignHandler', '2025-09-24', A.head, { handler: 'u-17' }).code).toBe('accused-handler');
    expect(h.no('proposeHandling', '2025-09-24', u17, { text: '拟办' }).code).toBe('accused-party');
    const seen = viewFor(h.view, u17);
    expect([seen.redacted, seen.petitionerName, seen.content, seen.accusedStaff]).toEqual([true, undefined, '', []]);
    expect(viewFor(h.view, A.clerk).petitionerName).toBe('周杰');
  });

  it('N10, 22 art 30: a clerk clears a wrong match with a recorded reason; then u-17 may handle it', () => {
    const h = startPetition(accusation, directory);
    h.ok('accept', '2025-09-23', A.clerk);
    expect(
      h.no('settleAccusedMatch', '2025-09-24', A.handler, { staffId: 'u-17', confirmed: false, reason: '同名' }).code,
    ).toBe('role-not-permitted');
    expect(
      h.no('settleAccusedMatch', '2025-09-24', A.clerk, { staffId: 'u-17', confirmed: false, reason: ' ' }).code,
    ).toBe('reason-required');
    expect(
      h.no('settleAccusedMatch', '2025-09-24', A.clerk, { staffId: 'u-99', confirmed: true, reason: '核对' }).code,
    ).toBe('no-accused-match');
    const e = h.ok('settleAccusedMatch', '2025-09-24', A.clerk, {
      staffId: 'u-17',
      confirmed: false,
      reason: '被举报人为道路公司李强，与本机关李强同名不同人',
    });
    expect(e.data).toEqual({
      confirmed: false,
      reason: '被举报人为道路公司李强，与本机关李强同名不同人',
      staffId: 'u-17',
    });
    expect(h.view.accusedStaff).toEqual([]);
    h.ok('assignHandler', '2025-09-25', A.head, { handler: 'u-17' });
  });

  it('N10, 22 art 30: a confirmed match keeps u-17 blocked', () => {
    const h = startPetition(accusation, directory);
    h.ok('settleAccusedMatch', '2025-09-22', A.clerk, { staffId: 'u-17', confirmed: true, reason: '身份核实一致' });
    h.ok('accept', '2025-09-23', A.clerk);
    expect(h.no('assignHandler', '2025-09-24', A.head, { handler: 'u-17' }).code).toBe('accused-handler');
  });
});

describe('11. 22 art 30: an accusation against the receiving unit itself goes up, its one path', () => {
  const own = { ...samplePetitions.accusation, accused: { persons: ['roads-chief'], units: [OFFICE] } };

  it('N10, 22 art 30: accept, assign, refer and decline are refused with the way out (accused-unit-escalate)', () => {
    const h = startPetition(own);
    expect(h.no('accept', '2025-09-23', A.clerk)).toEqual({
      code: 'accused-unit-escalate',
      message: {
        zh: '本单位是被检举控告的对象，不得受理本事项；只能转送上级机关或纪检监察机关（上一级机关、纪检监察机关）（《信访工作条例》第30条）。',
        en: 'Your unit is the one accused, so it may not accept this matter; it can only be transferred to the superior or the discipline-inspection organ (The organ one level up, Discipline inspection and supervision organ) (22 art 30).',
      },
    });
    expect(h.no('assign', '2025-09-23', A.clerk, { toUnit: 'district' }).code).toBe('accused-unit-escalate');
    expect(h.no('referToLegalChannel', '2025-09-23', A.clerk, { channel: 'litigation', organ: '法院' }).code).toBe(
      'accused-unit-escalate',
    );
    expect(h.no('decline', '2025-09-23', A.clerk, { reason: '—', goTo: '—' }).code).toBe('accused-unit-escalate');
    expect(h.no('transfer', '2025-09-23', A.clerk, { toUnit: 'competentOrgan', reason: '职权' }).code).toBe(
      'accused-unit-escalate',
    );
  });

  it('N10, 22 art 30: the clerk transfers it to discipline inspection; the head of the accused unit may not', () => {
    const h = startPetition(own);
    expect(
      h.no('transfer', '2025-09-23', A.head, { toUnit: 'disciplineInspection', reason: '本单位被控告' }).code,
    ).toBe('role-not-permitted');
    h.ok('transfer', '2025-09-23', A.clerk, { toUnit: 'disciplineInspection', reason: '本单位被控告，依法转送' });
    expect(h.view).toMatchObject({ status: 'transferred', unit: 'disciplineInspection' });
    h.ok('accept', '2025-09-24', actorsOf('disciplineInspection').clerk);
    expect(h.view.status).toBe('handling');
    // The accused unit still sees nothing of the accuser.
    expect(viewFor(h.view, A.clerk).petitionerName).toBeUndefined();
  });
});

describe('12. rules the code invented, kept only where a source says so (policy data)', () => {
  it("N1, N5, seed §政协机关 一.3: the signed visit record is that preset's rule; the national preset registers an unsigned one", () => {
    const unsigned = { ...samplePetitions.visitClaim, visitRecordConfirmed: false };
    const ctx = { policy: national, calendar: chinaCalendar };
    expect(decide([], registerCommand('p-1', unsigned), ctx).ok).toBe(true);
    const cppcc = policies.cppcc;
    const r = decide([], registerCommand('p-1', unsigned, cppcc), { policy: cppcc, calendar: chinaCalendar });
    expectRejected(r, 'visit-record-unconfirmed');
  });

  it("N1, N5, seed §交通集团 四: a leader instruction before archiving is that preset's rule; nationally the result suffices", () => {
    const h = delivered();
    h.ok('archive', '2025-12-02', A.archivist);
    expect(h.view.status).toBe('archived');
  });

  it('N1, N5, 22 art 23(2): a named visitor who leaves no phone or address is registered; a policy may ask for them', () => {
    const noContact = { ...samplePetitions.visitClaim, petitioner: { name: '韩梅梅' } };
    const v = startPetition(noContact).view;
    expect(v).toMatchObject({ status: 'registered', petitionerName: '韩梅梅', terms: { noticeExempt: true } });
    const strict = derive({ intake: { requireContact: true } });
    const r = decide([], registerCommand('p-1', noContact, strict), { policy: strict, calendar: chinaCalendar });
    expect(r.ok ? 'ok' : r.rejection.message.en).toBe(
      'The registration is incomplete or wrong: petitioner.phone: Enter a phone number or a postal address so that we can reply. Correct it and register again.',
    );
  });
});

describe('N20: simplified handling (简易办理, 国家信访局《信访事项简易办理办法（试行）》, unverified: policy data)', () => {
  const simple = derive({ simplified: { enabled: true } });

  it('N20 简易办理: accepted 2025-09-23 for simplified handling, the opinion is due in 10 working days: 2025-10-13', () => {
    const h = startPetition(samplePetitions.visitClaim, simple);
    h.ok('accept', '2025-09-23', A.clerk, { simplified: true });
    // 09-24, 25, 26, 28 (make-up Sunday), 29, 30, 10-09, 10-10, 10-11 (make-up Saturday), 10-13.
    expect(h.view).toMatchObject({ simplified: true, due: { conclusion: '2025-10-13' } });
    const e = h.ok('conclude', '2025-09-23', A.handler, { outcome: 'explain', opinion: '当场解释', onTheSpot: true });
    expect(e.data).toEqual({ onTheSpot: true, opinion: '当场解释', outcome: 'explain' });
  });

  it('N20 简易办理: refused where the policy has it off (simplified-off) and for a repeat (simplified-not-first-time)', () => {
    expect(handlingPeriodOf(startPetition().view)).toEqual({ days: 60, unit: 'day' });
    const off = startPetition();
    expect(off.no('accept', '2025-09-23', A.clerk, { simplified: true }).code).toBe('simplified-off');
    const repeat = startPetition(samplePetitions.letterClaim, simple, {
      earlier: { registrationNo: 'XF-x-2025-0001', status: 'declined' },
    });
    expect(repeat.no('accept', '2025-09-23', A.clerk, { simplified: true }).code).toBe('simplified-not-first-time');
    expect(national.simplified).toEqual({ enabled: false, period: { days: 10, unit: 'workday' } });
  });
});

describe('N8 / 22 arts 28(2), 31: referral to a legal channel after acceptance', () => {
  it('N8, 22 arts 28(2), 31: accepted 09-23, found on 10-10 to belong to litigation — referred, no conclusion due', () => {
    const h = handling();
    h.ok('referToLegalChannel', '2025-10-10', A.clerk, { channel: 'litigation', organ: '青羊区人民法院' });
    expect(h.view).toMatchObject({
      status: 'referred',
      referral: { channel: 'litigation', organ: '青羊区人民法院' },
      due: { conclusion: undefined },
    });
    h.ok('archive', '2025-10-11', A.archivist);
  });
});

describe('seed rules that were stored but never read', () => {
  it('N3, N14, seed §政协机关 三.2: a proposed handling is read by the leader within 3 days (proposed 09-22 → 09-25), late after', () => {
    const cppcc = policies.cppcc;
    const a = actorsOf(cppcc.defaultUnit);
    const h = startPetition(samplePetitions.letterClaim, cppcc);
    h.ok('proposeHandling', '2025-09-22', a.clerk, { text: '拟转承办' });
    expect(h.view.due.leaderReview).toBe('2025-09-25');
    const e = h.ok('leaderInstruct', '2025-09-26', a.leader, { text: '同意' });
    expect([e.late, h.view.due.leaderReview]).toEqual([['leaderReview'], undefined]);
  });

  it('N3, N14, seed §政协机关 五.4: a reply within one month of acceptance (accepted 09-23 → 10-23); a reply on 10-24 is late', () => {
    const cppcc = policies.cppcc;
    const a = actorsOf(cppcc.defaultUnit);
    const h = startPetition(samplePetitions.letterClaim, cppcc);
    h.ok('accept', '2025-09-23', a.clerk);
    expect(h.view.due.reply).toBe('2025-10-23');
    h.ok('conclude', '2025-10-20', a.handler, { outcome: 'explain', opinion: '解释' });
    expect(h.ok('reply', '2025-10-24', a.clerk, { text: '复信' }).late).toEqual(['reply']);
  });

  it('N3, N14, seed §交通集团 三(一)3: 政工领导 → 总经理 → 董事长 read in turn before the matter is accepted (leader-chain-incomplete)', () => {
    const tg = policies.transportGroup;
    const a = actorsOf(tg.defaultUnit, tg.extension.approver);
    const h = startPetition(samplePetitions.letterClaim, tg);
    h.ok('leaderInstruct', '2025-09-22', a.leader, { text: '政工领导阅' });
    expect(h.no('accept', '2025-09-23', a.clerk)).toEqual({
      code: 'leader-chain-incomplete',
      message: {
        zh: '须经集团公司政工领导、总经理、董事长逐级阅批后才能受理，尚待：总经理、董事长。',
        en: 'The matter must be read in turn by Group political-work leader → General manager → Chairman of the board before you accept; still to read: General manager, Chairman of the board.',
      },
    });
    h.ok('leaderInstruct', '2025-09-22', a.leader, { text: '总经理阅' });
    h.ok('leaderInstruct', '2025-09-22', a.leader, { text: '董事长阅' });
    h.ok('accept', '2025-09-23', a.clerk);
  });

  it('N3, N14, seed §学校 (三)3: a serious emergency is reported to the education bureau within 30 minutes', () => {
    const school = policies.school;
    const a = actorsOf(school.defaultUnit);
    const ctx = { policy: school, calendar: chinaCalendar };
    const reg = { ...registerCommand('p-1', samplePetitions.hotlineCall, school), emergency: true };
    const r = decide([], reg, ctx);
    if (!r.ok) throw new Error(r.rejection.code);
    const history = [...r.events];
    expect(replay(history).emergencyReportBy).toBe('2025-09-22T14:00:00.000Z'); // 21:30 + 30 min, Beijing 22:00
    const n = decide(
      history,
      {
        type: 'notify',
        petitionId: 'p-1',
        at: at('2025-09-22', '21:50'),
        by: a.clerk,
        method: 'written',
        to: 'educationBureau',
      },
      ctx,
    );
    if (!n.ok) throw new Error(n.rejection.code);
    expect(replay([...history, ...n.events]).emergencyReportBy).toBeUndefined();
  });

  it('N3, N14, seed §学校 一.1: real-name rights letters go to the principal within 15 days, others to the deputy within 30', () => {
    const school = policies.school;
    const a = actorsOf(school.defaultUnit);
    const named = startPetition(samplePetitions.letterClaim, school, { unit: 'principal' });
    named.ok('accept', '2025-09-23', actorsOf('principal').clerk);
    expect(named.view.due.conclusion).toBe('2025-10-09'); // 10-08 is in the holiday block
    const other = startPetition(samplePetitions.anonymousSuggestion, school);
    other.ok('accept', '2025-09-23', a.clerk);
    expect(other.view.due.conclusion).toBe('2025-10-23');
  });

  it('N3, N14, seed §医院 5: the one-week period is for letters; a visit keeps 22 art 34 (accepted 09-23 → 11-24)', () => {
    const hospital = policies.hospital;
    const h = startPetition(samplePetitions.visitClaim, hospital);
    h.ok('accept', '2025-09-23', actorsOf(hospital.defaultUnit).clerk);
    expect(h.view.due.conclusion).toBe('2025-11-24');
  });

  it('N3, N14, seed §物价局 四: a price complaint is archived by the inspection office, not the general office (not-archive-unit)', () => {
    const pb = policies.priceBureau;
    const complaint = { ...samplePetitions.letterClaim, topic: 'priceComplaint' };
    const h = startPetition(complaint, pb);
    h.ok('decline', '2025-09-22', actorsOf(pb.defaultUnit).clerk, { reason: '不属本局', goTo: '市场监管局' });
    expect(h.no('archive', '2025-09-23', actorsOf('generalOffice').archivist)).toEqual({
      code: 'not-archive-unit',
      message: {
        zh: '本事项由“价格监督检查所”立卷归档。请交由该单位归档。',
        en: 'This matter is archived by "Price supervision and inspection office". Pass it to that unit.',
      },
    });
    h.ok('archive', '2025-09-23', actorsOf('priceInspection').archivist);
  });
});

describe('N10 / 22 art 30(3): the file of an accusation is never kept by the accused unit', () => {
  it('N10, 22 art 30(3), seed §物价局: an accusation against the general office is archived by the unit that handles it', () => {
    const pb = policies.priceBureau;
    const against = { channel: 'letter', class: 'accusation', anonymous: false } as const;
    expect(archiveUnit(pb, { ...against, accused: { persons: [], units: ['generalOffice'] } })).toBe('priceInspection');
    expect(archiveUnit(pb, { ...against, accused: { persons: [], units: ['chargesSection'] } })).toBe('generalOffice');
  });
});

describe('the new facts are hashed and checked like every other (history integrity)', () => {
  it('N2, 22 arts 22–23: a history with receipt, a settled match, a vague mark, simplified handling verifies and appends', async () => {
    const directory = derive({ staff: [{ id: 'u-17', name: '李强' }], simplified: { enabled: true } });
    const letter = {
      ...samplePetitions.accusation,
      channel: 'letter',
      letter: { postmarkDate: '2025-09-20', senderAddress: '成都市锦江区红星路2号' },
    } as const;
    const h = startPetition({ ...letter, accused: { persons: ['李强'], units: ['roads'] } }, directory, {
      unit: OFFICE,
    });
    h.ok('settleAccusedMatch', '2025-09-22', A.clerk, { staffId: 'u-17', confirmed: false, reason: '同名不同人' });
    h.ok('markVague', '2025-09-22', A.clerk, { reason: '所述不清' });
    h.ok('transfer', '2025-09-22', A.clerk, { toUnit: 'competentOrgan', reason: '职权' });
    const organ = actorsOf('competentOrgan');
    h.ok('receive', '2025-09-23', organ.clerk);
    h.ok('accept', '2025-09-23', organ.clerk, { simplified: true });
    h.ok('conclude', '2025-09-24', organ.handler, { outcome: 'competentOrgan', opinion: '当场', onTheSpot: true });
    expect(verifyHistory(h.events)).toEqual({ ok: true });
    const store = createMemoryStore({ policies: [directory] });
    await store.append(h.id, 0, [...h.events]);
    expect((await store.history(h.id)).map((e) => e.type)).toEqual(h.events.map((e) => e.type));
  });
});

describe('one rule, one place: what forms need from the core', () => {
  it('N12, N15, 22 art 34: handlingPeriodOf, extendedDueOf and checkExtension give the numbers and the one message', () => {
    const h = handling();
    expect(handlingPeriodOf(h.view)).toEqual({ days: 60, unit: 'day' });
    expect(extendedDueOf(h.view, 30, chinaCalendar)).toBe('2025-12-22');
    expect(extendedDueOf(h.view, 0, chinaCalendar)).toBeUndefined();
    expect(checkExtension(h.view, 30, '2025-11-01', chinaCalendar)).toBeUndefined();
    expect(checkExtension(h.view, 31, '2025-11-01', chinaCalendar)?.code).toBe('extension-too-long');
    expect(checkExtension(h.view, 10, '2025-11-25', chinaCalendar)).toEqual(
      h.no('extend', '2025-11-25', A.head, { days: 10, reason: '复杂', notice: 'written' }),
    );
    expect(policies.bureau.handling.assigned).toEqual({ days: 90, unit: 'day' });
  });

  it("N15, 22 art 34: extensionRule says the rule checkExtension enforces, from the matter's terms", () => {
    expect(extensionRule(handling().view)).toEqual({
      zh: '情况复杂的，经单位负责人批准可以延长一次，不超过30日，并告知信访人延期理由（条例第三十四条）。',
      en: 'Complex matters: one extension of at most 30 days, approved by the head of unit, with the reason told to the petitioner (art 34).',
    });
    // 22 art 34 with the policy's settings: two extensions of 10 working days, no reason notice, a 90-day ceiling.
    const two = derive({
      extension: {
        count: 2,
        max: { days: 10, unit: 'workday' },
        reasonToPetitioner: false,
        ceiling: { days: 90, unit: 'day' },
      },
    });
    expect(extensionRule(handling(samplePetitions.letterClaim, two).view)).toEqual({
      zh: '情况复杂的，经单位负责人批准可以延长2次，每次不超过10个工作日；延长后总办理期限不超过90日（条例第三十四条）。',
      en: 'Complex matters: 2 extensions, each of at most 10 working days, approved by the head of unit; with the extension the handling lasts at most 90 days in all (art 34).',
    });
    // An institution whose rules allow no extension (policy extension.count 0): the hint says so.
    const none = derive({ extension: { count: 0 } });
    expect(extensionRule(handling(samplePetitions.letterClaim, none).view).zh).toBe(
      '按本单位的办理制度，信访事项不能延期，请在办理期限内办结（条例第三十四条）。',
    );
  });

  it('22 art 34: extensionRule fails closed on hostile views and terms, never throwing', () => {
    const none = '按本单位的办理制度，信访事项不能延期，请在办理期限内办结（条例第三十四条）。';
    const view = handling().view;
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      'view',
      {},
      { terms: null },
      { ...view, terms: { ...view.terms, extensionCount: '1' } },
      { ...view, terms: { ...view.terms, extensionCount: Number.NaN } },
      { ...view, terms: { ...view.terms, extensionMax: { days: -3, unit: 'day' } } },
      { ...view, terms: { ...view.terms, extensionMax: { days: 30, unit: 'toString' } } },
    ];
    expect(hostile.map((v) => extensionRule(v as PetitionView).zh)).toEqual(hostile.map(() => none));
    // A role the labels do not know (a prototype key) reads as the organ's head, never a prototype's member.
    const odd = { ...view, terms: { ...view.terms, extensionApprover: '__proto__', extensionCeiling: { days: 0 } } };
    expect(extensionRule(odd as unknown as PetitionView).en).toBe(
      'Complex matters: one extension of at most 30 days, approved by the head of the organ, with the reason told to the petitioner (art 34).',
    );
  });

  it('N12, N15, 22 arts 29–32: outcomesFor gives the opinions of each class', () => {
    expect([outcomesFor('claim'), outcomesFor('suggestion'), outcomesFor('accusation')]).toEqual([
      ['support', 'explain', 'reject'],
      ['adopted', 'noted'],
      ['disciplineInspection', 'competentOrgan'],
    ]);
  });

  it('22 arts 29–32: outcomesFor gives no opinion for a class the regulation does not know', () => {
    for (const hostile of ['toString', '__proto__', 'constructor', '', 42, null, undefined, {}]) {
      expect(outcomesFor(hostile as never)).toEqual([]);
    }
  });
});
