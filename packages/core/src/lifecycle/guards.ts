/**
 * The rules of the lifecycle as guards, each named as a question and each with the rejection a clerk
 * reads when it fails. The XState machine (`petitionMachine`) and `decide` use these same functions.
 */
import type { Calendar } from '../calendar/index.js';
import { dayOf, instantMillis, isIsoDate } from '../calendar/dates.js';
import type { PolicyProfile } from '../policy/types.js';
import { validatePetition } from '../schema/index.js';
import { hasVisibleText } from '../schema/text.js';
import { commandLabels, roleLabels } from './labels.js';
import type {
  Command,
  CommandOf,
  CommandType,
  IsoDate,
  MaterialRequirement,
  Outcome,
  PetitionClass,
  PetitionStatus,
  PetitionView,
  Rejection,
  Role,
} from './types.js';

/** What a guard sees: the current view (undefined before registration), the command and its Shanghai date. */
export interface GuardInput {
  view: PetitionView | undefined;
  command: Command;
  /** Asia/Shanghai date of `command.at`. */
  date: IsoDate;
  /** The policy (only consulted at registration; later the terms recorded in the view apply). */
  policy: PolicyProfile | undefined;
  calendar: Calendar;
  /** Representatives limit resolved from the policy at registration. */
  representativesLimit?: number;
  /** Validation of a register command's petition (memoised for this decision). */
  validation?: ReturnType<typeof validatePetition>;
}

export interface Guard {
  check(i: GuardInput): boolean;
  reject(i: GuardInput): Rejection;
  /** Depends only on the state and the actor (so `can` evaluates it without a full command). */
  pre?: true;
}

const r = (code: string, zh: string, en: string): Rejection => ({ code, message: { zh, en } });
const label = (t: CommandType) => commandLabels[t];
const v = (i: GuardInput) => i.view as PetitionView;
const c = <T extends CommandType>(i: GuardInput) => i.command as CommandOf<T>;

/** `validatePetition` of a register command, computed once per decision (the guard and the event builder both need it). */
export function validated(i: GuardInput): ReturnType<typeof validatePetition> {
  i.validation ??= validatePetition(c<'register'>(i).petition, { representativesLimit: i.representativesLimit });
  return i.validation;
}

/** Outcomes allowed per class (N9, N12 / 22 arts 29–32). */
export const outcomesByClass: Record<PetitionClass, readonly Outcome[]> = {
  claim: ['support', 'explain', 'reject'],
  suggestion: ['adopted', 'noted'],
  accusation: ['disciplineInspection', 'competentOrgan'],
};

/** Statuses of an earlier matter that bar accepting the same matter again (22 art 19(3), 22 art 36). */
const IN_PROGRESS: readonly PetitionStatus[] = [
  'transferred',
  'assigned',
  'handling',
  'concluded',
  'replied',
  'reviewRequested',
  'reviewed',
  'reReviewRequested',
];

const materialLabels: Record<MaterialRequirement, { zh: string; en: string }> = {
  proposedHandling: { zh: '拟办意见', en: 'proposed handling' },
  leaderInstruction: { zh: '领导批示', en: 'leader instruction' },
  investigation: { zh: '调查材料', en: 'investigation material' },
  result: { zh: '处理结果', en: 'result' },
};

/** Materials still missing before the file can be archived (seed §交通集团). */
export function missingMaterials(view: PetitionView): MaterialRequirement[] {
  // A declined or referred matter has no handling file: only the original and the decision (which the history holds).
  if (view.concludedAt === undefined && (view.status === 'declined' || view.status === 'referred')) return [];
  const m = view.materials;
  return view.terms.archiveRequires.filter((req) => {
    if (req === 'proposedHandling') return m.proposedHandling === 0;
    if (req === 'leaderInstruction') return m.leaderInstructions === 0;
    if (req === 'investigation') return m.investigation === 0;
    return view.outcome === undefined;
  });
}

function rolesOf(i: GuardInput): readonly Role[] {
  const t = i.command.type;
  if (t === 'register') return i.policy ? registerRoles(i.policy) : ['clerk'];
  const terms = v(i).terms;
  // 22 art 34: the extension is approved by the head named in the policy.
  if (t === 'extend') return [terms.extensionApprover];
  return terms.permissions[t] ?? [];
}

function registerRoles(policy: PolicyProfile): readonly Role[] {
  return policy.permissions?.register ?? ['clerk'];
}

function isAccusedActor(view: PetitionView, by: { id: string; unit?: string }): boolean {
  return view.accusedPersons.includes(by.id) || (by.unit !== undefined && view.accusedUnits.includes(by.unit));
}

/**
 * The rejection for staff acting without a unit, or `undefined` when the actor has one (or is the petitioner,
 * who belongs to none). Unit checks fail closed: without a unit, no unit check can pass.
 */
function noUnit(i: GuardInput): Rejection | undefined {
  const by = i.command.by;
  if (by.unit !== undefined || by.role === 'petitioner') return undefined;
  return r(
    'unit-required',
    `操作人“${by.id}”的账号没有注明所在单位，不能${label(i.command.type).zh}。请管理员为该账号设置所在单位后再办理。`,
    `The account of "${by.id}" names no unit, so it cannot ${label(i.command.type).en}. Ask the administrator to set the account's unit, then do it again.`,
  );
}

/** The first unit of a register or transfer command that the policy does not list, or `undefined`. */
function unknownUnit(i: GuardInput): string | undefined {
  const known = i.policy?.units ?? [];
  const isKnown = (u: string | undefined) => u !== undefined && known.some((k) => k.id === u);
  if (i.command.type === 'transfer') {
    const to = c<'transfer'>(i).toUnit;
    return isKnown(to) ? undefined : to;
  }
  const cmd = c<'register'>(i);
  if (!isKnown(cmd.unit)) return cmd.unit;
  if (cmd.by.unit !== undefined && !isKnown(cmd.by.unit)) return cmd.by.unit;
  return undefined;
}

/** All guards, by name. */
export const guards = {
  isPermittedRole: {
    pre: true,
    check: (i) => rolesOf(i).includes(i.command.by.role),
    reject: (i) => {
      const roles = rolesOf(i);
      return r(
        'role-not-permitted',
        `只有${roles.map((x) => roleLabels[x].zh).join('或') || '（无人）'}可以${label(i.command.type).zh}。请交由有权限的人员办理。`,
        `Only a ${roles.map((x) => roleLabels[x].en).join(' or ') || '(nobody)'} may ${label(i.command.type).en}. Ask someone with that role to do it.`,
      );
    },
  },
  isOwnUnit: {
    pre: true,
    check: (i) => i.command.by.unit !== undefined && i.command.by.unit === v(i).unit,
    reject: (i) =>
      noUnit(i) ??
      r(
        'not-own-unit',
        `该事项目前由“${v(i).unit}”负责，您所在单位不能${label(i.command.type).zh}。请转交该单位办理。`,
        `This matter is with unit "${v(i).unit}"; your unit cannot ${label(i.command.type).en} it. Pass it to that unit.`,
      ),
  },
  // 22 art 30(3): accusation material is never passed to, or acted on by, the accused.
  isNotAccusedActor: {
    pre: true,
    // Fails closed: staff without a unit cannot be told apart from the accused unit's staff.
    check: (i) => !isAccusedActor(v(i), i.command.by) && noUnit(i) === undefined,
    reject: (i) =>
      noUnit(i) ??
      r(
        'accused-party',
        '您或您所在单位是本检举控告事项的被检举、被控告对象，依法不得经手（《信访工作条例》第30条）。请交由其他单位办理。',
        'You or your unit is accused in this matter and may not handle it (22 art 30). Pass it to another unit.',
      ),
  },
  isNotToAccusedUnit: {
    check: (i) => !v(i).accusedUnits.includes(c<'transfer' | 'assign'>(i).toUnit),
    reject: (i) =>
      r(
        'accused-unit-target',
        `不得将检举控告材料${label(i.command.type).zh}给被检举、被控告的单位“${c<'transfer'>(i).toUnit}”（《信访工作条例》第30条）。请选择纪检监察机关或其他有权处理的机关。`,
        `An accusation may not be ${i.command.type === 'transfer' ? 'transferred' : 'assigned'} to the accused unit "${c<'transfer'>(i).toUnit}" (22 art 30). Choose the discipline inspection organ or another competent organ.`,
      ),
  },
  isNotToAccusedParty: {
    check: (i) => {
      const to = c<'notify'>(i).to;
      return to === undefined || !(v(i).accusedUnits.includes(to) || v(i).accusedPersons.includes(to));
    },
    reject: () =>
      r(
        'accused-notify',
        '不得向被检举、被控告的单位或个人告知检举控告情况（《信访工作条例》第30条）。告知只能发给信访人。',
        'The accused unit or person may not be told about the accusation (22 art 30). Send the notice to the petitioner only.',
      ),
  },
  isNotAccusedHandler: {
    check: (i) => !v(i).accusedPersons.includes(c<'assignHandler'>(i).handler),
    reject: () =>
      r(
        'accused-handler',
        '被检举、被控告人不得承办本事项（《信访工作条例》第30条）。请指定其他承办人。',
        'An accused person may not handle this matter (22 art 30). Choose another handler.',
      ),
  },
  // 22 art 28(3): staff with a direct interest recuse themselves.
  isNotConflicted: {
    check: (i) => {
      const cmd = c<'assignHandler'>(i);
      return cmd.handlerIsParty !== true && !v(i).conflicts.includes(cmd.handler);
    },
    reject: (i) =>
      r(
        'conflicted-handler',
        `承办人“${c<'assignHandler'>(i).handler}”已申请回避或与本事项有利害关系，不能承办（《信访工作条例》第28条）。请指定其他承办人。`,
        `Handler "${c<'assignHandler'>(i).handler}" declared a conflict or is a party to this matter and cannot handle it (22 art 28). Choose another handler.`,
      ),
  },
  isNewPetition: {
    check: (i) => i.view === undefined,
    reject: () =>
      r(
        'already-registered',
        '该信访事项已经登记，不能重复登记。请在原事项上继续办理。',
        'This petition is already registered. Continue on the existing record.',
      ),
  },
  isValidPetition: {
    check: (i) => validated(i).ok,
    reject: (i) => {
      const res = validated(i);
      const first = res.ok ? undefined : res.issues[0];
      return r(
        'invalid-petition',
        `登记内容不完整或有误：${first ? `${first.path}：${first.message.zh}` : ''}。请更正后再登记。`,
        `The registration is incomplete or wrong: ${first ? `${first.path}: ${first.message.en}` : ''}. Correct it and register again.`,
      );
    },
  },
  // N1 / 22 art 19(1), seed §政协机关: an oral petition is written down and read back to the visitor.
  isVisitRecordConfirmed: {
    check: (i) => {
      const p = c<'register'>(i).petition;
      return p.channel !== 'visit' || p.visitRecordConfirmed === true;
    },
    reject: () =>
      r(
        'visit-record-unconfirmed',
        '来访记录须向来访人宣读并经其确认（签字）后才能登记。请宣读记录并请来访人确认。',
        'A visit record must be read back to the visitor and confirmed (signed) before it is registered. Read it back and ask the visitor to confirm.',
      ),
  },
  // N18 / 22 art 20(3): collective visits elect at most 5 representatives.
  isWithinRepresentativesLimit: {
    check: (i) => {
      const col = c<'register'>(i).petition.collective;
      // A collective without a list of representatives is the petition's problem, reported by isValidPetition.
      if (typeof col !== 'object' || col === null || !Array.isArray(col.representatives)) return true;
      return col.representatives.length <= (i.representativesLimit ?? 5);
    },
    reject: (i) =>
      r(
        'too-many-representatives',
        `集体访推选的代表不得超过 ${i.representativesLimit ?? 5} 人（《信访工作条例》第20条）。请来访群众重新推选代表。`,
        `A collective visit may elect at most ${i.representativesLimit ?? 5} representatives (22 art 20). Ask the visitors to elect fewer.`,
      ),
  },
  isRegisteredUnderThisPolicy: {
    check: (i) => {
      const cmd = c<'register'>(i);
      return i.policy !== undefined && cmd.policyId === i.policy.id && cmd.policyVersion === i.policy.version;
    },
    reject: (i) =>
      r(
        'policy-mismatch',
        `登记所用的制度（${c<'register'>(i).policyId}@${c<'register'>(i).policyVersion}）与当前加载的制度（${i.policy?.id}@${i.policy?.version}）不一致。请刷新后重新登记。`,
        `The registration names policy ${c<'register'>(i).policyId}@${c<'register'>(i).policyVersion} but ${i.policy?.id}@${i.policy?.version} is loaded. Reload and register again.`,
      ),
  },
  // N2 / 22 arts 22–23: a unique registration number XF-<unit>-<yyyy>-<seq>.
  isRegistrationNoWellFormed: {
    check: (i) => {
      const cmd = c<'register'>(i);
      // A receivedAt that is no instant is the petition's problem, reported by isValidPetition.
      if (instantMillis(cmd.petition.receivedAt) === undefined) return true;
      const year = dayOf(cmd.petition.receivedAt).slice(0, 4);
      const prefix = `XF-${cmd.unit}-${year}-`;
      return cmd.registrationNo.startsWith(prefix) && /^\d+$/.test(cmd.registrationNo.slice(prefix.length));
    },
    reject: (i) =>
      r(
        'bad-registration-no',
        `登记编号“${c<'register'>(i).registrationNo}”格式不对，应为 XF-单位-年份-序号。编号由系统分配，请重新登记。`,
        `Registration number "${c<'register'>(i).registrationNo}" is not of the form XF-<unit>-<year>-<seq>. Numbers are allocated by the store; register again.`,
      ),
  },
  // N19 / 22 art 19(3): a matter accepted or in progress elsewhere is not accepted again; 22 art 36: nor a final one.
  isNotAcceptedElsewhere: {
    pre: true,
    check: (i) => {
      const e = v(i).earlier;
      return e === undefined || !(IN_PROGRESS.includes(e.status) || e.status === 'final');
    },
    reject: (i) => {
      const e = v(i).earlier as { registrationNo: string; status: PetitionStatus };
      return e.status === 'final'
        ? r(
            'final-not-accepted-again',
            `同一事项（${e.registrationNo}）已复核终结，以同一事实和理由再次提出的不再受理（《信访工作条例》第36条）。请以“不予受理”告知信访人。`,
            `The same matter (${e.registrationNo}) is final after re-review; the same facts and reasons are not accepted again (22 art 36). Decline and tell the petitioner.`,
          )
        : r(
            'already-accepted-elsewhere',
            `同一事项已作为 ${e.registrationNo} 受理或正在办理，不再重复受理（《信访工作条例》第19条）。请告知信访人等待原事项办理结果。`,
            `The same matter is already accepted or in progress as ${e.registrationNo} and is not accepted again (22 art 19). Tell the petitioner to await that result.`,
          );
    },
  },
  isDifferentUnit: {
    check: (i) => c<'transfer' | 'assign'>(i).toUnit !== v(i).unit,
    reject: () =>
      r(
        'same-unit',
        '不能转送或交办给本单位。请选择其他有权处理的单位，或直接受理。',
        'You cannot transfer or assign a matter to your own unit. Choose another unit, or accept it.',
      ),
  },
  // N6 / 22 art 23(3): an objection within 5 working days of receipt — a right that lapses.
  isWithinObjectionWindow: {
    check: (i) => v(i).due.objection !== undefined && i.date <= (v(i).due.objection as string),
    reject: (i) =>
      r(
        'objection-window-closed',
        `异议须在收到之日起5个工作日内提出（截止 ${v(i).due.objection ?? '—'}），已超过期限（《信访工作条例》第23条）。请按程序办理本事项。`,
        `An objection must be raised within 5 working days of receipt (by ${v(i).due.objection ?? '—'}); that time has passed (22 art 23). Handle the matter.`,
      ),
  },
  isNoObjectionPending: {
    pre: true,
    check: (i) => v(i).objectionPending !== true,
    reject: () =>
      r(
        'objection-pending',
        '本事项有待处理的异议。请等待交办、转送机关作出决定。',
        'An objection on this matter is pending. Wait for the sending organ to decide it.',
      ),
  },
  isObjectionPending: {
    pre: true,
    check: (i) => v(i).objectionPending === true,
    reject: () => r('no-objection', '本事项没有待处理的异议。', 'There is no pending objection on this matter.'),
  },
  // 22 art 23(3): only the sender decides whether the materials go back.
  isSendingUnit: {
    pre: true,
    check: (i) => i.command.by.unit !== undefined && i.command.by.unit === v(i).sentBy,
    reject: (i) =>
      noUnit(i) ??
      r(
        'not-sending-unit',
        `异议只能由转送或交办机关“${v(i).sentBy ?? '—'}”处理。`,
        `Only the sending organ "${v(i).sentBy ?? '—'}" may decide the objection.`,
      ),
  },
  // Fails closed: a unit the policy does not list is refused (a typing mistake would lose the matter).
  isKnownUnit: {
    check: (i) => unknownUnit(i) === undefined,
    reject: (i) => {
      const u = unknownUnit(i) as string;
      return i.command.type === 'transfer'
        ? r(
            'unknown-unit',
            `“${u}”不是本制度登记的单位，不能转送。请从单位列表中选择有权处理的机关；列表中没有的，请管理员先在制度中添加。`,
            `"${u}" is not a unit of this policy, so the matter cannot be transferred there. Choose the competent organ from the list of units; if it is missing, ask the administrator to add it to the policy first.`,
          )
        : r(
            'unknown-unit',
            `单位“${u}”不是本制度登记的单位，不能登记。请从单位列表中选择登记单位；列表中没有的，请管理员先在制度中添加。`,
            `Unit "${u}" is not a unit of this policy, so the petition cannot be registered. Choose the registering unit from the list; if it is missing, ask the administrator to add it to the policy first.`,
          );
    },
  },
  isObjectionAgreed: {
    check: (i) => c<'decideObjection'>(i).agreed === true,
    reject: () =>
      r('objection-not-agreed', '发送机关未同意异议。', 'The sending organ did not agree to the objection.'),
  },
  hasReason: {
    check: (i) => {
      const cmd = i.command as { reason?: unknown; reasons?: unknown };
      const text = cmd.reason ?? cmd.reasons;
      return typeof text === 'string' && hasVisibleText(text);
    },
    reject: (i) =>
      r(
        'reason-required',
        `${label(i.command.type).zh}须写明理由。请填写理由。`,
        `To ${label(i.command.type).en} you must give the reason. Enter it.`,
      ),
  },
  // N15 / 22 art 34: one extension only.
  isExtensionAvailable: {
    pre: true,
    check: (i) => !v(i).extended || v(i).terms.extensionCount > 1,
    reject: () =>
      r(
        'extension-used',
        '本事项已经延期一次，不能再次延期（《信访工作条例》第34条）。请在延长后的期限内办结。',
        'This matter was already extended once and cannot be extended again (22 art 34). Conclude it within the extended period.',
      ),
  },
  // N15 / 22 art 34: at most the policy's limit (30 days).
  isWithinExtensionLimit: {
    check: (i) => {
      const days = c<'extend'>(i).days;
      return Number.isInteger(days) && days >= 1 && v(i).extensionDays + days <= v(i).terms.extensionMax.days;
    },
    reject: (i) =>
      r(
        'extension-too-long',
        `延期不得超过 ${v(i).terms.extensionMax.days} 日（《信访工作条例》第34条）。请填写 1 至 ${v(i).terms.extensionMax.days - v(i).extensionDays} 之间的天数。`,
        `An extension may not exceed ${v(i).terms.extensionMax.days} days (22 art 34). Enter between 1 and ${v(i).terms.extensionMax.days - v(i).extensionDays} days.`,
      ),
  },
  // N9, N12 / 22 arts 29–32.
  isOutcomeOfClass: {
    check: (i) => outcomesByClass[v(i).class].includes(c<'conclude'>(i).outcome),
    reject: (i) => {
      const allowed = outcomesByClass[v(i).class].join(' / ');
      return r(
        'outcome-not-for-class',
        `该类信访事项的处理意见只能是：${allowed}（《信访工作条例》第29—32条）。请选择正确的处理意见。`,
        `The handling opinion for this class must be one of: ${allowed} (22 arts 29–32). Choose one of them.`,
      );
    },
  },
  isHandlerOrHead: {
    pre: true,
    check: (i) => {
      const view = v(i);
      return view.handler === undefined || i.command.by.role !== 'handler' || i.command.by.id === view.handler;
    },
    reject: (i) =>
      r(
        'not-the-handler',
        `本事项的承办人是“${v(i).handler}”，只有承办人或单位负责人可以办结。`,
        `The handler of this matter is "${v(i).handler}"; only the handler or the head of unit may conclude it.`,
      ),
  },
  isNotConflictedActor: {
    pre: true,
    check: (i) => !v(i).conflicts.includes(i.command.by.id),
    reject: () =>
      r(
        'conflicted-actor',
        '您已申请回避或与本事项有利害关系，不能办理（《信访工作条例》第28条）。请交由其他人员办理。',
        'You declared a conflict or have an interest in this matter and may not act on it (22 art 28). Pass it to someone else.',
      ),
  },
  // N5 and policy reply exemptions (seed §政协机关: anonymous, repeated, unclear letters).
  isReplyOwed: {
    pre: true,
    check: (i) => !v(i).terms.replyExempt,
    reject: () =>
      r(
        'reply-not-owed',
        '按本单位制度，此类信访（匿名、重复或地址不清）不予书面答复。请直接归档。',
        'Under this policy no written reply is owed for this petition (anonymous, repeated or unclear). Archive it.',
      ),
  },
  isNoReplyOwed: {
    pre: true,
    check: (i) => v(i).terms.replyExempt,
    reject: () =>
      r(
        'reply-owed',
        '本事项须先书面答复信访人并送达，复查申请期满后才能归档。请先答复。',
        'This matter needs a written reply, delivered, and the review window closed before it is archived. Reply first.',
      ),
  },
  isNotYetDelivered: {
    pre: true,
    check: (i) => (v(i).status === 'replied' ? v(i).deliveredAt === undefined : v(i).reviewDeliveredAt === undefined),
    reject: () => r('already-delivered', '送达已经登记。', 'Delivery is already recorded.'),
  },
  isDelivered: {
    pre: true,
    check: (i) => (v(i).status === 'replied' ? v(i).deliveredAt !== undefined : v(i).reviewDeliveredAt !== undefined),
    reject: () =>
      r(
        'not-delivered',
        '书面意见尚未送达信访人，申请期限从送达之日起算。请先登记送达。',
        'The written opinion has not been delivered yet; the request window runs from delivery. Record the delivery first.',
      ),
  },
  // N16 / 22 art 35: a review is requested within 30 days of receiving the reply — the petitioner's window, refused after.
  isWithinReviewWindow: {
    check: (i) => v(i).due.reviewRequest !== undefined && i.date <= (v(i).due.reviewRequest as string),
    reject: (i) =>
      r(
        'review-window-closed',
        `复查申请须在收到书面答复之日起30日内提出（截止 ${v(i).due.reviewRequest ?? '—'}），已超过期限，不予受理（《信访工作条例》第35条）。`,
        `A review must be requested within 30 days of receiving the written reply (by ${v(i).due.reviewRequest ?? '—'}); the window has closed (22 art 35).`,
      ),
  },
  // N17 / 22 art 36.
  isWithinReReviewWindow: {
    check: (i) => v(i).due.reReviewRequest !== undefined && i.date <= (v(i).due.reReviewRequest as string),
    reject: (i) =>
      r(
        'rereview-window-closed',
        `复核申请须在收到复查意见之日起30日内提出（截止 ${v(i).due.reReviewRequest ?? '—'}），已超过期限，不予受理（《信访工作条例》第36条）。`,
        `A re-review must be requested within 30 days of receiving the review decision (by ${v(i).due.reReviewRequest ?? '—'}); the window has closed (22 art 36).`,
      ),
  },
  // Archive only after the petitioner's window is over, so the file is not reopened.
  isPetitionerWindowClosed: {
    check: (i) => {
      const view = v(i);
      const win = view.status === 'replied' ? view.due.reviewRequest : view.due.reReviewRequest;
      return win !== undefined && i.date > win;
    },
    reject: (i) => {
      const view = v(i);
      const win = view.status === 'replied' ? view.due.reviewRequest : view.due.reReviewRequest;
      return win === undefined
        ? r(
            'not-delivered',
            '书面意见尚未送达信访人，不能归档。请先登记送达。',
            'The written opinion has not been delivered; record the delivery before archiving.',
          )
        : r(
            'request-window-open',
            `信访人可在 ${win} 前申请复查或复核，期满后才能归档。`,
            `The petitioner may still ask for a review until ${win}; archive after that date.`,
          );
    },
  },
  // seed §交通集团: archive once the materials are complete.
  isMaterialsComplete: {
    pre: true,
    check: (i) => missingMaterials(v(i)).length === 0,
    reject: (i) => {
      const missing = missingMaterials(v(i));
      return r(
        'materials-incomplete',
        `材料不齐全，缺少：${missing.map((m) => materialLabels[m].zh).join('、')}。请补齐后再归档。`,
        `The file is incomplete; missing: ${missing.map((m) => materialLabels[m].en).join(', ')}. Add them, then archive.`,
      );
    },
  },
  isHearingPeriodValid: {
    check: (i) => {
      const cmd = c<'hearing'>(i);
      return isIsoDate(cmd.from) && isIsoDate(cmd.to) && cmd.from <= cmd.to;
    },
    reject: () =>
      r(
        'hearing-dates',
        '听证的开始日期须不晚于结束日期（YYYY-MM-DD）。请更正日期。',
        'The hearing must start on or before the day it ends (YYYY-MM-DD). Correct the dates.',
      ),
  },
  isHandlerNamed: {
    check: (i) => hasVisibleText(c<'assignHandler'>(i).handler),
    reject: () => r('handler-required', '请填写承办人。', 'Enter the handler.'),
  },
} satisfies Record<string, Guard>;

export type GuardName = keyof typeof guards;
