import type { PetitionEvent, PetitionView } from '@xinfang/core';
import { msg } from '@xinfang/core/i18n';
import type { Role } from '@xinfang/core/schema';
import { bilingual, type Text } from '../i18n/index.js';

// Types only (erased): the root entry of @xinfang/core is never bundled into an element.
type EventType = PetitionEvent['type'];
type Outcome = NonNullable<PetitionView['outcome']>;
type ReviewOutcome = NonNullable<PetitionView['reviewOutcome']>;

/** Every event type in words (glossary.md), both languages. A missing type is a type error. */
export const eventTypes: Readonly<Record<EventType, Text>> = {
  registered: msg('登记', 'Registered'),
  accepted: msg('受理', 'Accepted'),
  transferred: msg('转送', 'Transferred'),
  assigned: msg('交办', 'Assigned'),
  referred: msg('导入法定途径', 'Referred to a legal channel'),
  declined: msg('不予受理', 'Not accepted'),
  notified: msg('告知', 'Petitioner notified'),
  objected: msg('提出异议', 'Objection raised'),
  objectionDecided: msg('异议处理', 'Objection decided'),
  received: msg('签收', 'Receipt recorded'),
  accusedMatchSettled: msg('核对被控告人身份', 'Accused-name match settled'),
  markedVague: msg('标记内容含糊不清', 'Marked as vague'),
  handlingProposed: msg('拟办意见', 'Handling proposed'),
  leaderInstructed: msg('领导批示', 'Leader instruction'),
  caseOwned: msg('领导包案', 'Leader took ownership'),
  urged: msg('催办', 'Urged'),
  supervised: msg('督办', 'Supervised'),
  convened: msg('会办', 'Joint handling convened'),
  hearingHeld: msg('听证', 'Hearing held'),
  recused: msg('回避', 'Recusal'),
  handlerAssigned: msg('确定承办人', 'Handler assigned'),
  materialAdded: msg('补充材料', 'Material added'),
  extended: msg('延期', 'Extended'),
  concluded: msg('办结', 'Concluded'),
  replied: msg('书面答复', 'Written reply'),
  delivered: msg('送达', 'Delivered'),
  reviewRequested: msg('申请复查', 'Review requested'),
  reviewDecided: msg('复查意见', 'Review decided', 'petition-timeline.reviewDecided'),
  reReviewRequested: msg('申请复核', 'Re-review requested'),
  reReviewDecided: msg('复核意见', 'Re-review decided', 'petition-timeline.reReviewDecided'),
  archived: msg('立卷归档', 'Archived'),
};
export const eventTypeText = bilingual(eventTypes);

/** Roles in words. */
export const roles: Readonly<Record<Role, Text>> = {
  clerk: msg('信访工作人员', 'Petition clerk'),
  handler: msg('承办人', 'Handler'),
  unitHead: msg('单位负责人', 'Head of unit'),
  leader: msg('领导', 'Leader'),
  archivist: msg('档案管理员', 'Archivist'),
  petitioner: msg('信访人', 'Petitioner'),
};
export const roleText = bilingual(roles);

/** Handling opinions in words (22 arts 29–32). */
export const outcomeText = bilingual<Outcome>({
  support: msg('支持', 'Supported', 'petition-timeline.support'),
  explain: msg('解释说明', 'Explained'),
  reject: msg('不予支持', 'Not supported'),
  adopted: msg('采纳', 'Adopted'),
  noted: msg('留作参考', 'Noted'),
  disciplineInspection: msg('移交纪检监察机关', 'Passed to discipline inspection'),
  competentOrgan: msg('移交有权处理的机关', 'Passed to the competent organ'),
});

/** Review and re-review outcomes in words (22 arts 35–36). */
export const reviewOutcomeText = bilingual<ReviewOutcome>({
  upheld: msg('维持原处理意见', 'Earlier opinion upheld'),
  changed: msg('变更原处理意见', 'Earlier opinion changed'),
  revoked: msg('撤销原处理意见', 'Earlier opinion revoked'),
});

/** The other strings of `<xf-petition-timeline>`. */
export const listLabel: Text = msg('办理记录', 'Handling history');
export const empty: Text = msg('暂无办理记录。', 'No history yet.');
export const unknownType: Text = msg('其他记录（{type}）', 'Other record ({type})');
export const unknownRole: Text = msg('未知角色', 'Unknown role');
export const by: Text = msg('经办：{role}', 'By: {role}');
export const byUnit: Text = msg('经办：{role}，{unit}', 'By: {role}, {unit}');
export const byName: Text = msg('经办：{name}（{role}）', 'By: {name} ({role})');
export const byNameUnit: Text = msg('经办：{name}（{role}，{unit}）', 'By: {name} ({role}, {unit})');
export const late: Text = msg('逾期办理', 'Done late');
export const registeredAs: Text = msg('登记编号 {no}', 'Registration number {no}');
export const toUnit: Text = msg('至{unit}', 'to {unit}');
export const goTo: Text = msg('请向 {organ} 反映', 'Go to {organ}');
export const extendedDays: Text = msg('延长 {days} 日。理由：{reason}', 'Extended by {days} days. Reason: {reason}');
export const toReviewUnit: Text = msg('复查机关：{unit}', 'Review organ: {unit}');
export const toReReviewUnit: Text = msg('复核机关：{unit}', 'Re-review organ: {unit}');
export const hearingDays: Text = msg('{from} 至 {to}，共 {days} 日', '{from} to {to}, {days} days');
export const deliveredReply: Text = msg('书面答复已送达', 'Written reply delivered');
export const deliveredReview: Text = msg('复查意见已送达', 'Review opinion delivered');
export const notifiedWritten: Text = msg('书面告知', 'In writing');
export const notifiedOnSpot: Text = msg('当场告知', 'On the spot');
export const objectionAgreed: Text = msg('同意异议', 'Objection agreed');
export const objectionRefused: Text = msg('不同意异议', 'Objection refused');
export const seq: Text = msg('第 {seq} 条', 'Record {seq}');
