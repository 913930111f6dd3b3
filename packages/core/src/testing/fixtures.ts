/**
 * Test fixtures shared by the core's tests, the store contract suite and any adapter's tests:
 * actors, a fixed clock, sample petitions, and a full command scenario under any policy.
 */
import { addDays, type HolidaySchedule, shanghaiDate, statutoryHolidays } from '../calendar/index.js';
import type { Actor, Command, CommandOf, CommandType, Instant, IsoDate, PetitionInput } from '../lifecycle/types.js';
import { archiveUnit, policies } from '../policy/index.js';
import type { PolicyProfile } from '../policy/types.js';
import { formatRegistrationNo, unitCode } from '../store/registration.js';

/** An instant at a Beijing wall-clock time. */
export function at(date: IsoDate, time = '09:00'): Instant {
  return `${date}T${time}:00+08:00`;
}

/** A clock that always says the same instant (the `Clock` port of the architecture). */
export function fixedClock(now: Instant): { now(): Instant } {
  return { now: () => now };
}

/** Actors of one unit (`unit`), plus a petitioner. */
export function actorsOf(unit: string, approver: Actor['role'] = 'unitHead') {
  return {
    clerk: { id: `clerk@${unit}`, role: 'clerk', unit, name: '王芳' } as Actor,
    handler: { id: `handler@${unit}`, role: 'handler', unit, name: '李明' } as Actor,
    head: { id: `head@${unit}`, role: 'unitHead', unit, name: '赵主任' } as Actor,
    leader: { id: `leader@${unit}`, role: 'leader', unit, name: '陈书记' } as Actor,
    approver: { id: `approver@${unit}`, role: approver, unit, name: '审批人' } as Actor,
    archivist: { id: `archivist@${unit}`, role: 'archivist', unit, name: '档案员' } as Actor,
    petitioner: { id: 'petitioner', role: 'petitioner' } as Actor,
  };
}

/** Sample petitions as forms hand them over (they pass `validatePetition`). Received 2025-09-20 (a Saturday). */
export const samplePetitions = {
  /** A real-name letter with a claim. */
  letterClaim: {
    channel: 'letter',
    class: 'claim',
    subject: '拖欠工资',
    content: '公司拖欠三个月工资，请求督促支付。',
    receivedAt: at('2025-09-20'),
    anonymous: false,
    petitioner: { name: '李雷', phone: '13800138000', address: '成都市青羊区人民路1号' },
    letter: { postmarkDate: '2025-09-18', senderAddress: '成都市青羊区人民路1号' },
  },
  /** A visit whose record was read back and confirmed. */
  visitClaim: {
    channel: 'visit',
    class: 'claim',
    subject: '房屋征收补偿',
    content: '对征收补偿标准有异议，请求重新评估。',
    receivedAt: at('2025-09-22'),
    anonymous: false,
    petitioner: { name: '韩梅梅', phone: '13900139000', idNumber: '11010519491231002X' },
    visitRecordConfirmed: true,
    truthStatement: true,
  },
  /** A collective visit of 30 people with 3 representatives. */
  collectiveVisit: {
    channel: 'visit',
    class: 'claim',
    subject: '小区供暖',
    content: '小区冬季供暖不足，请求协调解决。',
    receivedAt: at('2025-10-09'),
    anonymous: false,
    petitioner: { name: '张伟', phone: '13700137000' },
    collective: {
      headCount: 30,
      representatives: [
        { name: '张伟', phone: '13700137000' },
        { name: '王强', phone: '13700137001' },
        { name: '刘洋', phone: '13700137002' },
      ],
    },
    visitRecordConfirmed: true,
    truthStatement: true,
  },
  /** An accusation against a unit and a person (22 art 30). */
  accusation: {
    channel: 'online',
    class: 'accusation',
    subject: '举报道路工程质量问题',
    content: '某道路工程偷工减料，负责人收受好处。',
    receivedAt: at('2025-09-22'),
    anonymous: false,
    petitioner: { name: '周杰', phone: '13600136000' },
    accused: { persons: ['roads-chief'], units: ['roads'] },
  },
  /** An anonymous online suggestion (no notice, no reply owed under most policies). */
  anonymousSuggestion: {
    channel: 'online',
    class: 'suggestion',
    subject: '建议增设公交线路',
    content: '建议在新区增设一条公交线路。',
    receivedAt: at('2025-09-22'),
    anonymous: true,
  },
  /** A 12345 hotline call. */
  hotlineCall: {
    channel: 'call',
    hotline: { line: '12345', ticket: 'T-20250922-001' },
    class: 'claim',
    subject: '噪音扰民',
    content: '夜间施工噪音扰民。',
    receivedAt: at('2025-09-22', '21:30'),
    anonymous: false,
    petitioner: { name: '孙丽', phone: '13500135000' },
  },
} satisfies Record<string, PetitionInput>;

/** A valid registration number (the unit's code under `policy`) for tests that call `decide` directly (stores allocate their own). */
export function registrationNo(
  unit: string,
  petition: PetitionInput,
  seq = 1,
  policy: PolicyProfile = policies.national,
): string {
  return formatRegistrationNo(unitCode(policy, unit), shanghaiDate(petition.receivedAt).slice(0, 4), seq);
}

/** A register command under `policy` for its default unit. */
export function registerCommand(
  petitionId: string,
  petition: PetitionInput,
  policy: PolicyProfile = policies.national,
  options: { seq?: number; unit?: string; by?: Actor; at?: Instant } = {},
): CommandOf<'register'> {
  const unit = options.unit ?? policy.defaultUnit;
  return {
    type: 'register',
    petitionId,
    at: options.at ?? petition.receivedAt,
    by: options.by ?? actorsOf(unit).clerk,
    petition,
    registrationNo: registrationNo(unit, petition, options.seq, policy),
    unit,
    policyId: policy.id,
    policyVersion: policy.version,
  };
}

/** A command of `type` with its fields. */
export function command<T extends CommandType>(
  type: T,
  petitionId: string,
  when: Instant,
  by: Actor,
  fields: Omit<CommandOf<T>, 'type' | 'petitionId' | 'at' | 'by'>,
): CommandOf<T> {
  return { ...fields, type, petitionId, at: when, by } as CommandOf<T>;
}

/**
 * A full lifecycle under `policy`: register, propose handling, leader instruction, accept, notify, assign a
 * handler, investigate, extend, conclude, reply, deliver, review, re-review with a hearing, archive — every
 * step on time. The petition is `samplePetitions.letterClaim` unless given.
 */
export function fullScenario(
  petitionId: string,
  policy: PolicyProfile = policies.national,
  petition: PetitionInput = samplePetitions.letterClaim,
): Command[] {
  const unit = policy.defaultUnit;
  const a = actorsOf(unit, policy.extension.approver);
  // 22 arts 35–36: the review and re-review are decided one level up, never by the unit that concluded.
  const review = actorsOf(policy.review.unit);
  const reReview = actorsOf(policy.review.reReviewUnit);
  const received = shanghaiDate(petition.receivedAt);
  const day = (n: number) => addDays(received, n);
  const deliveredOn = day(40);
  const reviewOn = day(45);
  const reviewDelivered = day(55);
  const reReviewOn = day(60);
  // seed §交通集团: each leader of the chain reads the matter in turn before it is accepted.
  const chain = policy.leaderChain.slice(1).map((_, i) =>
    command('leaderInstruct', petitionId, at(day(1), `15:${String(10 + i).padStart(2, '0')}`), a.leader, {
      text: '阅',
    }),
  );
  return [
    registerCommand(petitionId, petition, policy),
    command('proposeHandling', petitionId, at(day(1)), a.clerk, { text: '拟转承办人调查核实' }),
    command('leaderInstruct', petitionId, at(day(1), '15:00'), a.leader, { text: '请认真调查，依法答复' }),
    ...chain,
    command('accept', petitionId, at(day(2)), a.clerk, {}),
    command('notify', petitionId, at(day(2), '10:00'), a.clerk, { method: 'written', text: '您的信访事项已受理' }),
    command('assignHandler', petitionId, at(day(3)), a.head, { handler: a.handler.id }),
    command('addMaterial', petitionId, at(day(4)), a.handler, {
      kind: 'investigation',
      ref: 'inv-1',
      title: '调查笔录',
    }),
    command('extend', petitionId, at(day(5)), a.approver, {
      days: Math.min(5, policy.extension.max.days),
      reason: '需要补充调查',
      notice: 'written',
    }),
    command('conclude', petitionId, at(day(30)), a.handler, {
      outcome: 'explain',
      opinion: '已督促公司支付，作出解释说明',
    }),
    command('reply', petitionId, at(day(31)), a.clerk, { text: '书面答复意见书' }),
    command('delivered', petitionId, at(deliveredOn), a.clerk, {}),
    command('requestReview', petitionId, at(reviewOn), a.petitioner, {
      reviewUnit: policy.review.unit,
      reasons: '对答复不满意',
    }),
    command('decideReview', petitionId, at(day(50)), review.head, { outcome: 'upheld', opinion: '维持原处理意见' }),
    command('delivered', petitionId, at(reviewDelivered), a.clerk, {}),
    command('requestReReview', petitionId, at(reReviewOn), a.petitioner, {
      reviewUnit: policy.review.reReviewUnit,
      reasons: '仍不满意',
    }),
    command('hearing', petitionId, at(day(65)), reReview.head, { from: day(64), to: day(65), summary: '听证会' }),
    command('decideReReview', petitionId, at(day(70)), reReview.leader, {
      outcome: 'upheld',
      opinion: '维持，复核终结',
    }),
    command('archive', petitionId, at(day(75)), actorsOf(archiveUnit(policy, petition)).archivist, { volume: 'V-1' }),
  ];
}

/**
 * A 2027 holiday schedule as the State Council could publish it — NOT the official one: the statutory days
 * (computed) with 春节 02-05…02-11 and 国庆 10-01…10-07, make-up working days 02-20, 09-26 and 10-09. For tests
 * of loading a schedule at run time (`extendCalendar`).
 */
export const example2027Schedule: HolidaySchedule = {
  year: 2027,
  holidays: statutoryHolidays(2027)
    .flatMap((h) => h.days)
    .concat(['2027-02-09', '2027-02-10', '2027-02-11', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07']),
  workdays: ['2027-02-20', '2027-09-26', '2027-10-09'],
  source: 'https://www.gov.cn/zhengce/content/example-2027.htm',
};
