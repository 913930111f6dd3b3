import { bilingual } from '../i18n/messages.js';

/** Every string of `<xf-reception-form>`, in Chinese and English. */
export const receptionStrings = bilingual({
  intro: [
    '来访接待登记。带“（选填）”的项目可以不填，其余各项都要填写。',
    'Record of an in-person visit. Fields marked “(optional)” may be left blank; fill in all others.',
  ],
  receivedAt: ['来访时间', 'Time of the visit'],
  receivedAtHint: ['北京时间', 'Beijing time'],
  visitKind: ['来访形式', 'Kind of visit'],
  individual: ['个人来访', 'Individual visit'],
  collective: ['集体来访', 'Collective visit'],
  visitorLegend: ['来访人', 'Visitor'],
  workUnit: ['工作单位', 'Work unit'],
  collectiveLegend: ['集体来访', 'Collective visit'],
  headCount: ['来访人数', 'Number of people'],
  headCountHint: ['到场的总人数', 'Everyone who came'],
  representativesLegend: ['推选的代表', 'Elected representatives'],
  representativesHint: [
    '集体来访应推选代表反映诉求，代表不超过 {limit} 人（《信访工作条例》第二十条）',
    'A collective visit elects representatives to speak for it, at most {limit} (Regulations on Petition Work, art 20)',
  ],
  representative: ['第 {n} 位代表', 'Representative {n}'],
  addRepresentative: ['添加代表', 'Add a representative'],
  removeRepresentative: ['删除第 {n} 位代表', 'Remove representative {n}'],
  representativesRefused: [
    '不能再添加：集体来访最多推选 {limit} 名代表（《信访工作条例》第二十条）。如需更换代表，请先删除一位。',
    'No more can be added: a collective visit elects at most {limit} representatives (22 art 20). To replace one, remove a representative first.',
  ],
  contentHint: ['按来访人的陈述记录', 'As the visitor tells it'],
  recordLegend: ['记录确认', 'Confirming the record'],
  truthStatement: [
    '已告知来访人应对所反映情况的真实性负责',
    'The visitor was told they answer for the truth of what they say',
  ],
  recordConfirmed: [
    '接待记录已向来访人宣读，来访人确认无误',
    'The record was read back to the visitor, who confirmed it',
  ],
  staffLegend: ['接待', 'Reception'],
  receivingStaff: ['接待人员', 'Receiving staff'],
  receivingUnit: ['接待单位', 'Receiving unit'],
  outcome: ['处理方式', 'What happens next'],
  onTheSpot: ['当场答复', 'Answered on the spot'],
  route: ['登记后按程序办理', 'Registered for handling'],
  answer: ['当场答复的内容', 'The answer given'],
  routeKind: ['办理途径', 'Route'],
  routeAccept: ['本机关受理办理', 'Accepted and handled by this organ'],
  routeTransfer: ['转送有权处理的机关', 'Transferred to the organ with power to handle it'],
  routeAssign: ['交办下级机关', 'Assigned to a subordinate organ'],
  routeLegalChannel: [
    '引导通过法定途径解决（诉讼、仲裁、行政复议等）',
    'Referred to a legal channel (court, arbitration, administrative reconsideration …)',
  ],
  routeNote: ['说明', 'Note'],
  submit: ['保存接待记录', 'Save the visit record'],
});
