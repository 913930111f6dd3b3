import type { PetitionEvent, PetitionView } from '@xinfang/core';
import type { Role } from '@xinfang/core/schema';
import { bilingual, type Text } from '../i18n/index.js';

// Types only (erased): the root entry of @xinfang/core is never bundled into an element.
type EventType = PetitionEvent['type'];
type Outcome = NonNullable<PetitionView['outcome']>;
type ReviewOutcome = NonNullable<PetitionView['reviewOutcome']>;

/** Every event type in words (glossary.md), both languages. A missing type is a type error. */
export const eventTypes: Readonly<Record<EventType, Text>> = {
  registered: ['登记', 'Registered'],
  accepted: ['受理', 'Accepted'],
  transferred: ['转送', 'Transferred'],
  assigned: ['交办', 'Assigned'],
  referred: ['导入法定途径', 'Referred to a legal channel'],
  declined: ['不予受理', 'Not accepted'],
  notified: ['告知', 'Petitioner notified'],
  objected: ['提出异议', 'Objection raised'],
  objectionDecided: ['异议处理', 'Objection decided'],
  received: ['签收', 'Receipt recorded'],
  accusedMatchSettled: ['核对被控告人身份', 'Accused-name match settled'],
  markedVague: ['标记内容含糊不清', 'Marked as vague'],
  handlingProposed: ['拟办意见', 'Handling proposed'],
  leaderInstructed: ['领导批示', 'Leader instruction'],
  caseOwned: ['领导包案', 'Leader took ownership'],
  urged: ['催办', 'Urged'],
  supervised: ['督办', 'Supervised'],
  convened: ['会办', 'Joint handling convened'],
  hearingHeld: ['听证', 'Hearing held'],
  recused: ['回避', 'Recusal'],
  handlerAssigned: ['确定承办人', 'Handler assigned'],
  materialAdded: ['补充材料', 'Material added'],
  extended: ['延期', 'Extended'],
  concluded: ['办结', 'Concluded'],
  replied: ['书面答复', 'Written reply'],
  delivered: ['送达', 'Delivered'],
  reviewRequested: ['申请复查', 'Review requested'],
  reviewDecided: ['复查意见', 'Review decided'],
  reReviewRequested: ['申请复核', 'Re-review requested'],
  reReviewDecided: ['复核意见', 'Re-review decided'],
  archived: ['立卷归档', 'Archived'],
};
export const eventTypeText = bilingual(eventTypes);

/** Roles in words. */
export const roles: Readonly<Record<Role, Text>> = {
  clerk: ['信访工作人员', 'Petition clerk'],
  handler: ['承办人', 'Handler'],
  unitHead: ['单位负责人', 'Head of unit'],
  leader: ['领导', 'Leader'],
  archivist: ['档案管理员', 'Archivist'],
  petitioner: ['信访人', 'Petitioner'],
};
export const roleText = bilingual(roles);

/** Handling opinions in words (22 arts 29–32). */
export const outcomeText = bilingual<Outcome>({
  support: ['支持', 'Supported'],
  explain: ['解释说明', 'Explained'],
  reject: ['不予支持', 'Not supported'],
  adopted: ['采纳', 'Adopted'],
  noted: ['留作参考', 'Noted'],
  disciplineInspection: ['移交纪检监察机关', 'Passed to discipline inspection'],
  competentOrgan: ['移交有权处理的机关', 'Passed to the competent organ'],
});

/** Review and re-review outcomes in words (22 arts 35–36). */
export const reviewOutcomeText = bilingual<ReviewOutcome>({
  upheld: ['维持原处理意见', 'Earlier opinion upheld'],
  changed: ['变更原处理意见', 'Earlier opinion changed'],
  revoked: ['撤销原处理意见', 'Earlier opinion revoked'],
});

/** The other strings of `<xf-petition-timeline>`. */
export const listLabel: Text = ['办理记录', 'Handling history'];
export const empty: Text = ['暂无办理记录。', 'No history yet.'];
export const unknownType: Text = ['其他记录（{type}）', 'Other record ({type})'];
export const unknownRole: Text = ['未知角色', 'Unknown role'];
export const by: Text = ['经办：{role}', 'By: {role}'];
export const byUnit: Text = ['经办：{role}，{unit}', 'By: {role}, {unit}'];
export const byName: Text = ['经办：{name}（{role}）', 'By: {name} ({role})'];
export const byNameUnit: Text = ['经办：{name}（{role}，{unit}）', 'By: {name} ({role}, {unit})'];
export const late: Text = ['逾期办理', 'Done late'];
export const registeredAs: Text = ['登记编号 {no}', 'Registration number {no}'];
export const toUnit: Text = ['至{unit}', 'to {unit}'];
export const goTo: Text = ['请向 {organ} 反映', 'Go to {organ}'];
export const extendedDays: Text = ['延长 {days} 日。理由：{reason}', 'Extended by {days} days. Reason: {reason}'];
export const toReviewUnit: Text = ['复查机关：{unit}', 'Review organ: {unit}'];
export const toReReviewUnit: Text = ['复核机关：{unit}', 'Re-review organ: {unit}'];
export const hearingDays: Text = ['{from} 至 {to}，共 {days} 日', '{from} to {to}, {days} days'];
export const deliveredReply: Text = ['书面答复已送达', 'Written reply delivered'];
export const deliveredReview: Text = ['复查意见已送达', 'Review opinion delivered'];
export const notifiedWritten: Text = ['书面告知', 'In writing'];
export const notifiedOnSpot: Text = ['当场告知', 'On the spot'];
export const objectionAgreed: Text = ['同意异议', 'Objection agreed'];
export const objectionRefused: Text = ['不同意异议', 'Objection refused'];
export const seq: Text = ['第 {seq} 条', 'Record {seq}'];
