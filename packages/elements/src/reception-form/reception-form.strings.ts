import { msg } from '@xinfang/core/i18n';
import type { Text } from '../i18n/messages.js';

/** Every string of `<xf-reception-form>`, in Chinese and English. */
export const intro: Text = msg(
  '来访接待登记。带“（选填）”的项目可以不填，其余各项都要填写。',
  'Record of an in-person visit. Fields marked “(optional)” may be left blank; fill in all others.',
);
export const receivedAt: Text = msg('来访时间', 'Time of the visit');
export const receivedAtHint: Text = msg('北京时间', 'Beijing time');
export const visitKind: Text = msg('来访形式', 'Kind of visit');
export const individual: Text = msg('个人来访', 'Individual visit');
export const collective: Text = msg('集体来访', 'Collective visit');
export const visitorLegend: Text = msg('来访人', 'Visitor');
export const workUnit: Text = msg('工作单位', 'Work unit');
export const collectiveLegend: Text = msg('集体来访', 'Collective visit');
export const headCount: Text = msg('来访人数', 'Number of people');
export const headCountHint: Text = msg('到场的总人数', 'Everyone who came');
export const representativesLegend: Text = msg('推选的代表', 'Elected representatives');
export const representativesHint: Text = msg(
  '集体来访应推选代表反映诉求，代表不超过 {limit} 人（《信访工作条例》第二十条）',
  'A collective visit elects representatives to speak for it, at most {limit} (Regulations on Petition Work, art 20)',
);
export const representative: Text = msg('第 {n} 位代表', 'Representative {n}');
export const addRepresentative: Text = msg('添加代表', 'Add a representative');
export const removeRepresentative: Text = msg('删除第 {n} 位代表', 'Remove representative {n}');
export const representativesRefused: Text = msg(
  '不能再添加：集体来访最多推选 {limit} 名代表（《信访工作条例》第二十条）。如需更换代表，请先删除一位。',
  'No more can be added: a collective visit elects at most {limit} representatives (22 art 20). To replace one, remove a representative first.',
);
export const contentHint: Text = msg('按来访人的陈述记录', 'As the visitor tells it');
export const recordLegend: Text = msg('记录确认', 'Confirming the record');
export const truthStatement: Text = msg(
  '已告知来访人应对所反映情况的真实性负责',
  'The visitor was told they answer for the truth of what they say',
);
export const recordConfirmed: Text = msg(
  '接待记录已向来访人宣读，来访人确认无误',
  'The record was read back to the visitor, who confirmed it',
);
export const staffLegend: Text = msg('接待', 'Reception');
export const receivingStaff: Text = msg('接待人员', 'Receiving staff');
export const receivingUnit: Text = msg('接待单位', 'Receiving unit');
export const outcome: Text = msg('处理方式', 'What happens next');
export const onTheSpot: Text = msg('当场答复', 'Answered on the spot');
export const route: Text = msg('登记后按程序办理', 'Registered for handling');
export const answer: Text = msg('当场答复的内容', 'The answer given');
export const routeKind: Text = msg('办理途径', 'Route');
export const routeAccept: Text = msg('本机关受理办理', 'Accepted and handled by this organ');
export const routeTransfer: Text = msg('转送有权处理的机关', 'Transferred to the organ with power to handle it');
export const routeAssign: Text = msg('交办下级机关', 'Assigned to a subordinate organ');
export const routeLegalChannel: Text = msg(
  '引导通过法定途径解决（诉讼、仲裁、行政复议等）',
  'Referred to a legal channel (court, arbitration, administrative reconsideration …)',
);
export const routeNote: Text = msg('说明', 'Note');
export const submit: Text = msg('保存接待记录', 'Save the visit record');
