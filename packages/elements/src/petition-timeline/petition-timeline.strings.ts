import { cap, eventLabels, msg, outcomeLabels, reviewOutcomeLabels, roleLabels } from '@xinfang/core/i18n';
import type { Role } from '@xinfang/core/schema';
import { bilingual, type Text, type Translate, tr } from '../i18n/index.js';

// The labels of events, roles and opinions are the glossary's (`@xinfang/core/i18n`), shared with the core and
// the portal; a missing event type is a type error there.
export const eventTypeText = bilingual(eventLabels);

/** Roles in words, as a heading reads them (the glossary's start in lower case, for sentences). */
export const roleText: Translate<Role> = (lang, role) => tr(lang, cap(roleLabels[role]));

/** Handling opinions in words (22 arts 29–32). */
export const outcomeText = bilingual(outcomeLabels);

/** Review and re-review outcomes in words (22 arts 35–36). */
export const reviewOutcomeText = bilingual(reviewOutcomeLabels);

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
