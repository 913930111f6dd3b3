import type { PetitionEvent, PetitionView } from '@xinfang/core';
import type { Role } from '@xinfang/core/schema';
import { createTranslator } from '../i18n/index.js';

// Types only (erased): the root entry of @xinfang/core is never bundled into an element.
type EventType = PetitionEvent['type'];
type Outcome = NonNullable<PetitionView['outcome']>;
type ReviewOutcome = NonNullable<PetitionView['reviewOutcome']>;

/** Every event type in words (glossary.md), both languages. A missing type is a type error. */
export const eventTypeText = createTranslator<EventType>({
  zh: {
    registered: '登记',
    accepted: '受理',
    transferred: '转送',
    assigned: '交办',
    referred: '导入法定途径',
    declined: '不予受理',
    notified: '告知',
    objected: '提出异议',
    objectionDecided: '异议处理',
    handlingProposed: '拟办意见',
    leaderInstructed: '领导批示',
    caseOwned: '领导包案',
    urged: '催办',
    supervised: '督办',
    convened: '会办',
    hearingHeld: '听证',
    recused: '回避',
    handlerAssigned: '确定承办人',
    materialAdded: '补充材料',
    extended: '延期',
    concluded: '办结',
    replied: '书面答复',
    delivered: '送达',
    reviewRequested: '申请复查',
    reviewDecided: '复查意见',
    reReviewRequested: '申请复核',
    reReviewDecided: '复核意见',
    archived: '立卷归档',
  },
  en: {
    registered: 'Registered',
    accepted: 'Accepted',
    transferred: 'Transferred',
    assigned: 'Assigned',
    referred: 'Referred to a legal channel',
    declined: 'Not accepted',
    notified: 'Petitioner notified',
    objected: 'Objection raised',
    objectionDecided: 'Objection decided',
    handlingProposed: 'Handling proposed',
    leaderInstructed: 'Leader instruction',
    caseOwned: 'Leader took ownership',
    urged: 'Urged',
    supervised: 'Supervised',
    convened: 'Joint handling convened',
    hearingHeld: 'Hearing held',
    recused: 'Recusal',
    handlerAssigned: 'Handler assigned',
    materialAdded: 'Material added',
    extended: 'Extended',
    concluded: 'Concluded',
    replied: 'Written reply',
    delivered: 'Delivered',
    reviewRequested: 'Review requested',
    reviewDecided: 'Review decided',
    reReviewRequested: 'Re-review requested',
    reReviewDecided: 'Re-review decided',
    archived: 'Archived',
  },
});

/** Roles in words. */
export const roleText = createTranslator<Role>({
  zh: {
    clerk: '信访工作人员',
    handler: '承办人',
    unitHead: '单位负责人',
    leader: '领导',
    archivist: '档案管理员',
    petitioner: '信访人',
  },
  en: {
    clerk: 'Petition clerk',
    handler: 'Handler',
    unitHead: 'Head of unit',
    leader: 'Leader',
    archivist: 'Archivist',
    petitioner: 'Petitioner',
  },
});

/** Handling opinions in words (22 arts 29–32). */
export const outcomeText = createTranslator<Outcome>({
  zh: {
    support: '支持',
    explain: '解释说明',
    reject: '不予支持',
    adopted: '采纳',
    noted: '留作参考',
    disciplineInspection: '移交纪检监察机关',
    competentOrgan: '移交有权处理的机关',
  },
  en: {
    support: 'Supported',
    explain: 'Explained',
    reject: 'Not supported',
    adopted: 'Adopted',
    noted: 'Noted',
    disciplineInspection: 'Passed to discipline inspection',
    competentOrgan: 'Passed to the competent organ',
  },
});

/** Review and re-review outcomes in words (22 arts 35–36). */
export const reviewOutcomeText = createTranslator<ReviewOutcome>({
  zh: { upheld: '维持原处理意见', changed: '变更原处理意见', revoked: '撤销原处理意见' },
  en: { upheld: 'Earlier opinion upheld', changed: 'Earlier opinion changed', revoked: 'Earlier opinion revoked' },
});

/** The other strings of `<xf-petition-timeline>`. */
export const timelineText = createTranslator({
  zh: {
    listLabel: '办理记录',
    empty: '暂无办理记录。',
    unknownType: '其他记录（{type}）',
    unknownRole: '未知角色',
    by: '经办：{role}',
    byUnit: '经办：{role}，{unit}',
    late: '逾期办理',
    registeredAs: '登记编号 {no}',
    toUnit: '至{unit}',
    goTo: '请向 {organ} 反映',
    extendedDays: '延长 {days} 日。理由：{reason}',
    toReviewUnit: '复查机关：{unit}',
    toReReviewUnit: '复核机关：{unit}',
    hearingDays: '{from} 至 {to}，共 {days} 日',
    deliveredReply: '书面答复已送达',
    deliveredReview: '复查意见已送达',
    notifiedWritten: '书面告知',
    notifiedOnSpot: '当场告知',
    objectionAgreed: '同意异议',
    objectionRefused: '不同意异议',
    seq: '第 {seq} 条',
  },
  en: {
    listLabel: 'Handling history',
    empty: 'No history yet.',
    unknownType: 'Other record ({type})',
    unknownRole: 'Unknown role',
    by: 'By: {role}',
    byUnit: 'By: {role}, {unit}',
    late: 'Done late',
    registeredAs: 'Registration number {no}',
    toUnit: 'to {unit}',
    goTo: 'Go to {organ}',
    extendedDays: 'Extended by {days} days. Reason: {reason}',
    toReviewUnit: 'Review organ: {unit}',
    toReReviewUnit: 'Re-review organ: {unit}',
    hearingDays: '{from} to {to}, {days} days',
    deliveredReply: 'Written reply delivered',
    deliveredReview: 'Review opinion delivered',
    notifiedWritten: 'In writing',
    notifiedOnSpot: 'On the spot',
    objectionAgreed: 'Objection agreed',
    objectionRefused: 'Objection refused',
    seq: 'Record {seq}',
  },
});
