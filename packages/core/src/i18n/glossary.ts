/**
 * The glossary: the one set of labels for the codes of the domain (roles, states, commands, due dates, events,
 * channels, classes, outcomes, legal channels), written once with `msg` and shared by the core (its rejections),
 * the elements and the portal. Words follow the domain glossary of the project.
 *
 * The English of a label starts in lower case where the core puts it inside a sentence (commands, states, roles,
 * due dates: "Only a petition clerk may register"); `cap` gives it a capital for a heading or a table cell. The
 * other tables are labels that stand alone and start with a capital. Types only are imported, so this module adds
 * no code but its texts to a bundle; a bundler keeps only the tables it uses (`msg` has no side effects).
 *
 * @module
 */
import type {
  CommandType,
  DueKind,
  EventType,
  LegalChannel,
  Outcome,
  PetitionStatus,
  ReviewOutcome,
} from '../lifecycle/types.js';
import type { Channel, PetitionClass, Role } from '../schema/types.js';
import { type Bilingual, msg } from './messages.js';

/** What each command does, in words a clerk uses (inside a sentence). */
export const commandLabels: Readonly<Record<CommandType, Bilingual>> = {
  register: msg('登记', 'register', 'command.register'),
  accept: msg('受理', 'accept', 'command.accept'),
  transfer: msg('转送', 'transfer', 'command.transfer'),
  assign: msg('交办', 'assign', 'command.assign'),
  referToLegalChannel: msg('引导走法定途径', 'refer to a legal channel', 'command.referToLegalChannel'),
  decline: msg('不予受理', 'decline', 'command.decline'),
  notify: msg('告知信访人', 'notify the petitioner', 'command.notify'),
  object: msg('提出异议', 'object', 'command.object'),
  decideObjection: msg('处理异议', 'decide the objection', 'command.decideObjection'),
  receive: msg('签收', 'record receipt', 'command.receive'),
  settleAccusedMatch: msg(
    '确认或排除被控告人身份匹配',
    'confirm or clear an accused-name match',
    'command.settleAccusedMatch',
  ),
  markVague: msg('标记为内容含糊不清', 'mark as vague', 'command.markVague'),
  proposeHandling: msg('提出拟办意见', 'propose handling', 'command.proposeHandling'),
  leaderInstruct: msg('领导批示', 'give a leader instruction', 'command.leaderInstruct'),
  ownCase: msg('领导包案', 'take case ownership', 'command.ownCase'),
  urge: msg('催办', 'urge', 'command.urge'),
  supervise: msg('督办', 'supervise', 'command.supervise'),
  convene: msg('会办', 'convene joint handling', 'command.convene'),
  hearing: msg('听证', 'hold a hearing', 'command.hearing'),
  recuse: msg('回避', 'recuse', 'command.recuse'),
  assignHandler: msg('指定承办人', 'assign a handler', 'command.assignHandler'),
  addMaterial: msg('添加材料', 'add material', 'command.addMaterial'),
  extend: msg('延期', 'extend', 'command.extend'),
  conclude: msg('办结', 'conclude', 'command.conclude'),
  reply: msg('书面答复', 'reply in writing', 'command.reply'),
  delivered: msg('登记送达', 'record delivery', 'command.delivered'),
  requestReview: msg('申请复查', 'request a review', 'command.requestReview'),
  decideReview: msg('作出复查意见', 'decide the review', 'command.decideReview'),
  requestReReview: msg('申请复核', 'request a re-review', 'command.requestReReview'),
  decideReReview: msg('作出复核意见', 'decide the re-review', 'command.decideReReview'),
  archive: msg('立卷归档', 'archive', 'command.archive'),
};

/** The lifecycle states (inside a sentence). */
export const statusLabels: Readonly<Record<PetitionStatus | 'new', Bilingual>> = {
  new: msg('未登记', 'not registered'),
  registered: msg('已登记，待处理', 'registered, awaiting disposition'),
  transferred: msg('已转送，待受理', 'transferred, awaiting acceptance'),
  assigned: msg('已交办，待受理', 'assigned, awaiting acceptance'),
  handling: msg('办理中', 'being handled'),
  referred: msg('已引导走法定途径', 'referred to a legal channel'),
  declined: msg('不予受理', 'declined', 'status.declined'),
  concluded: msg('已办结', 'concluded'),
  replied: msg('已答复', 'replied'),
  reviewRequested: msg('复查中', 'under review'),
  reviewed: msg('已复查', 'reviewed'),
  reReviewRequested: msg('复核中', 'under re-review'),
  final: msg('已终结', 'final'),
  archived: msg('已归档', 'archived'),
};

/** The name of each role (inside a sentence). */
export const roleLabels: Readonly<Record<Role, Bilingual>> = {
  clerk: msg('信访工作人员', 'petition clerk'),
  handler: msg('承办人', 'handler'),
  unitHead: msg('单位负责人', 'head of unit'),
  leader: msg('领导', 'leader'),
  archivist: msg('档案管理员', 'archivist'),
  petitioner: msg('信访人', 'petitioner'),
};

/** The name of each period a due date closes (inside a sentence). */
export const dueLabels: Readonly<Record<DueKind, Bilingual>> = {
  disposition: msg('处理（转送、交办或告知去向）期限', 'disposition due'),
  notice: msg('书面告知期限', 'written notice due'),
  objection: msg('异议期限', 'objection window closes'),
  conclusion: msg('办结期限', 'conclusion due'),
  reportBack: msg('报送结果期限', 'report-back due'),
  reviewRequest: msg('申请复查期限', 'review request window closes'),
  reviewDecision: msg('复查意见期限', 'review decision due'),
  reReviewRequest: msg('申请复核期限', 're-review request window closes'),
  reReviewDecision: msg('复核意见期限', 're-review decision due'),
  leaderReview: msg('领导阅批期限', 'leader reading due'),
  reply: msg('复信期限', 'reply letter due'),
};

/** Every event of a petition's history, as a record reads (the timeline, the case file). */
export const eventLabels: Readonly<Record<EventType, Bilingual>> = {
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
  reviewDecided: msg('复查意见', 'Review decided', 'event.reviewDecided'),
  reReviewRequested: msg('申请复核', 'Re-review requested'),
  reReviewDecided: msg('复核意见', 'Re-review decided', 'event.reReviewDecided'),
  archived: msg('立卷归档', 'Archived'),
};

/** How a petition came in (22 art 17). */
export const channelLabels: Readonly<Record<Channel, Bilingual>> = {
  letter: msg('来信', 'Letter'),
  visit: msg('来访', 'Visit'),
  call: msg('来电', 'Call'),
  online: msg('网上信访', 'Online'),
};

/** The three classes of matter (22 arts 29–31). */
export const classLabels: Readonly<Record<PetitionClass, Bilingual>> = {
  suggestion: msg('建议意见类', 'Suggestion'),
  accusation: msg('检举控告类', 'Accusation'),
  claim: msg('申诉求决类', 'Claim'),
};

/** The handling opinions (22 arts 29–32). */
export const outcomeLabels: Readonly<Record<Outcome, Bilingual>> = {
  support: msg('支持', 'Supported', 'outcome.support'),
  explain: msg('解释说明', 'Explained'),
  reject: msg('不予支持', 'Not supported'),
  adopted: msg('采纳', 'Adopted'),
  noted: msg('留作参考', 'Noted'),
  disciplineInspection: msg('移送纪检监察机关', 'Sent to discipline inspection'),
  competentOrgan: msg('移送有权处理的机关', 'Sent to the competent organ'),
};

/** The opinions of a review or re-review (22 arts 35–36). */
export const reviewOutcomeLabels: Readonly<Record<ReviewOutcome, Bilingual>> = {
  upheld: msg('维持原处理意见', 'Earlier opinion upheld'),
  changed: msg('变更原处理意见', 'Earlier opinion changed'),
  revoked: msg('撤销原处理意见', 'Earlier opinion revoked'),
};

/** The legal channels a matter is referred to (诉访分离, 22 arts 28(2), 31). */
export const legalChannelLabels: Readonly<Record<LegalChannel, Bilingual>> = {
  litigation: msg('诉讼', 'Litigation'),
  arbitration: msg('仲裁', 'Arbitration'),
  administrativeReconsideration: msg('行政复议', 'Administrative reconsideration'),
  partyAppeal: msg('党员申诉', 'Party member appeal'),
  laborArbitration: msg('劳动人事争议仲裁', 'Labour arbitration'),
  other: msg('其他法定途径', 'Other legal channel'),
};
