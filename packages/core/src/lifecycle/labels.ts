/**
 * Bilingual labels of commands, states, roles and due dates — used in rejections a clerk reads.
 */
import type { Bilingual, CommandType, DueKind, PetitionStatus, Role } from './types.js';

/** What each command does, in words a clerk uses. */
export const commandLabels: Record<CommandType, Bilingual> = {
  register: { zh: '登记', en: 'register' },
  accept: { zh: '受理', en: 'accept' },
  transfer: { zh: '转送', en: 'transfer' },
  assign: { zh: '交办', en: 'assign' },
  referToLegalChannel: { zh: '引导走法定途径', en: 'refer to a legal channel' },
  decline: { zh: '不予受理', en: 'decline' },
  notify: { zh: '告知信访人', en: 'notify the petitioner' },
  object: { zh: '提出异议', en: 'object' },
  decideObjection: { zh: '处理异议', en: 'decide the objection' },
  receive: { zh: '签收', en: 'record receipt' },
  settleAccusedMatch: { zh: '确认或排除被控告人身份匹配', en: 'confirm or clear an accused-name match' },
  markVague: { zh: '标记为内容含糊不清', en: 'mark as vague' },
  proposeHandling: { zh: '提出拟办意见', en: 'propose handling' },
  leaderInstruct: { zh: '领导批示', en: 'give a leader instruction' },
  ownCase: { zh: '领导包案', en: 'take case ownership' },
  urge: { zh: '催办', en: 'urge' },
  supervise: { zh: '督办', en: 'supervise' },
  convene: { zh: '会办', en: 'convene joint handling' },
  hearing: { zh: '听证', en: 'hold a hearing' },
  recuse: { zh: '回避', en: 'recuse' },
  assignHandler: { zh: '指定承办人', en: 'assign a handler' },
  addMaterial: { zh: '添加材料', en: 'add material' },
  extend: { zh: '延期', en: 'extend' },
  conclude: { zh: '办结', en: 'conclude' },
  reply: { zh: '书面答复', en: 'reply in writing' },
  delivered: { zh: '登记送达', en: 'record delivery' },
  requestReview: { zh: '申请复查', en: 'request a review' },
  decideReview: { zh: '作出复查意见', en: 'decide the review' },
  requestReReview: { zh: '申请复核', en: 'request a re-review' },
  decideReReview: { zh: '作出复核意见', en: 'decide the re-review' },
  archive: { zh: '立卷归档', en: 'archive' },
};

/** The lifecycle states. */
export const statusLabels: Record<PetitionStatus | 'new', Bilingual> = {
  new: { zh: '未登记', en: 'not registered' },
  registered: { zh: '已登记，待处理', en: 'registered, awaiting disposition' },
  transferred: { zh: '已转送，待受理', en: 'transferred, awaiting acceptance' },
  assigned: { zh: '已交办，待受理', en: 'assigned, awaiting acceptance' },
  handling: { zh: '办理中', en: 'being handled' },
  referred: { zh: '已引导走法定途径', en: 'referred to a legal channel' },
  declined: { zh: '不予受理', en: 'declined' },
  concluded: { zh: '已办结', en: 'concluded' },
  replied: { zh: '已答复', en: 'replied' },
  reviewRequested: { zh: '复查中', en: 'under review' },
  reviewed: { zh: '已复查', en: 'reviewed' },
  reReviewRequested: { zh: '复核中', en: 'under re-review' },
  final: { zh: '已终结', en: 'final' },
  archived: { zh: '已归档', en: 'archived' },
};

/** The name of each role, in Chinese and English. */
export const roleLabels: Record<Role, Bilingual> = {
  clerk: { zh: '信访工作人员', en: 'petition clerk' },
  handler: { zh: '承办人', en: 'handler' },
  unitHead: { zh: '单位负责人', en: 'head of unit' },
  leader: { zh: '领导', en: 'leader' },
  archivist: { zh: '档案管理员', en: 'archivist' },
  petitioner: { zh: '信访人', en: 'petitioner' },
};

/** The name of each period a due date closes, in Chinese and English. */
export const dueLabels: Record<DueKind, Bilingual> = {
  disposition: { zh: '处理（转送、交办或告知去向）期限', en: 'disposition due' },
  notice: { zh: '书面告知期限', en: 'written notice due' },
  objection: { zh: '异议期限', en: 'objection window closes' },
  conclusion: { zh: '办结期限', en: 'conclusion due' },
  reportBack: { zh: '报送结果期限', en: 'report-back due' },
  reviewRequest: { zh: '申请复查期限', en: 'review request window closes' },
  reviewDecision: { zh: '复查意见期限', en: 'review decision due' },
  reReviewRequest: { zh: '申请复核期限', en: 're-review request window closes' },
  reReviewDecision: { zh: '复核意见期限', en: 're-review decision due' },
  leaderReview: { zh: '领导阅批期限', en: 'leader reading due' },
  reply: { zh: '复信期限', en: 'reply letter due' },
};
