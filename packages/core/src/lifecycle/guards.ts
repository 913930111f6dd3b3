/**
 * The rules of the lifecycle as guards, each named as a question and each with the rejection a clerk
 * reads when it fails. The XState machine (`petitionMachine`) and `decide` use these same functions.
 */

import { dayOf, instantMillis, isIsoDate } from '../calendar/dates.js';
import { type Calendar, dueDate } from '../calendar/index.js';
import type { PolicyProfile } from '../policy/types.js';
import { validatePetition } from '../schema/index.js';
import { hasVisibleText } from '../schema/text.js';
import { unitCode } from '../store/registration.js';
import { handlingOf } from './evolve.js';
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

/** A rule of the lifecycle: whether a command may be taken, and the bilingual refusal when not. */
export interface Guard {
  check(i: GuardInput): boolean;
  reject(i: GuardInput): Rejection;
  /** Depends only on the state and the actor (so `can` evaluates it without a full command). */
  pre?: true;
}

const r = (code: string, zh: string, en: string): Rejection => ({ code, message: { zh, en } });

/**
 * A unit as a message names it: its name in the policy, never its internal id (`competentOrgan`); without a
 * policy that lists it, a neutral wording.
 */
function unitOf(i: GuardInput, id: string | undefined): { zh: string; en: string } {
  const unit = id === undefined ? undefined : i.policy?.units.find((u) => u.id === id);
  return unit ? { zh: unit.name.zh, en: unit.name.en } : { zh: '相关单位', en: 'the unit concerned' };
}

/** Several units' names, joined for each language. */
function unitsOf(i: GuardInput, ids: readonly string[]): { zh: string; en: string } {
  const names = ids.map((id) => unitOf(i, id));
  return { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') };
}
const label = (t: CommandType) => commandLabels[t];
const v = (i: GuardInput) => i.view as PetitionView;
const c = <T extends CommandType>(i: GuardInput) => i.command as CommandOf<T>;

/** `validatePetition` of a register command, computed once per decision (the guard and the event builder both need it). */
export function validated(i: GuardInput): ReturnType<typeof validatePetition> {
  i.validation ??= validatePetition(c<'register'>(i).petition, {
    representativesLimit: i.representativesLimit,
    requireContact: i.policy?.intake.requireContact === true,
  });
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

/** No reply owed: the terms' exemptions, or a letter marked vague where the policy spares those (seed §政协机关). */
function replyExempt(view: PetitionView): boolean {
  return view.terms.replyExempt || (view.vague === true && view.terms.vagueExempt === true);
}

/**
 * What archiving will need that the file does not hold yet, as a message for staff during handling, or
 * `undefined` when nothing is missing (seed §交通集团 四; the result comes with the conclusion and is not listed).
 *
 * @example
 * archiveNeeds(view); // { zh: '归档时需要：领导批示。请在办理中补齐。', en: 'Archiving will need: leader instruction. Add it while handling.' }
 */
export function archiveNeeds(view: PetitionView): { zh: string; en: string } | undefined {
  const missing = missingMaterials(view).filter((m) => m !== 'result');
  if (missing.length === 0) return undefined;
  return {
    zh: `归档时需要：${missing.map((m) => materialLabels[m].zh).join('、')}。请在办理中补齐。`,
    en: `Archiving will need: ${missing.map((m) => materialLabels[m].en).join(', ')}. Add it while handling.`,
  };
}

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
  // 22 art 30: an accusation against the receiving unit itself is sent up by the roles the policy names.
  if (t === 'transfer' && isOwnUnitAccused(v(i)) && terms.escalation) return terms.escalation.roles;
  return terms.permissions[t] ?? [];
}

/** The unit now holding the matter is itself accused (22 art 30). */
function isOwnUnitAccused(view: PetitionView): boolean {
  return view.class === 'accusation' && view.accusedUnits.includes(view.unit);
}

/** The person (by id, or matched by name in the staff directory) is accused (22 art 30). */
function isAccusedPerson(view: PetitionView, id: string): boolean {
  return view.accusedPersons.includes(id) || (view.accusedStaff?.includes(id) ?? false);
}

/** Extensions used so far (views folded before `extensions` existed count the one flag). */
function extensionsUsed(view: PetitionView): number {
  return view.extensions ?? (view.extended ? 1 : 0);
}

/**
 * Whether an extension of `days` would push the handling past the policy's ceiling (seed §医院: two weeks;
 * §政协机关: three months), counted from the same start. `undefined` when within it or no ceiling applies.
 */
function ceilingDue(
  view: PetitionView,
  days: number,
  calendar: Calendar,
): { limit: IsoDate; wanted: IsoDate } | undefined {
  const ceiling = view.terms.extensionCeiling;
  const start = view.handlingStart;
  if (!ceiling || start === undefined || !Number.isInteger(days)) return undefined;
  const base = handlingOf(view);
  const total = base.days + view.extensionDays + days;
  const wanted = dueDate(start, { ...base, days: total }, calendar);
  const limit = dueDate(start, ceiling, calendar);
  // Same unit: the lengths are compared (two lengths may roll forward to one day); else the last days.
  const over = ceiling.unit === base.unit ? total > ceiling.days : wanted > limit;
  return over ? { limit, wanted } : undefined;
}

function registerRoles(policy: PolicyProfile): readonly Role[] {
  return policy.permissions?.register ?? ['clerk'];
}

function isAccusedActor(view: PetitionView, by: { id: string; unit?: string }, escalating = false): boolean {
  if (isAccusedPerson(view, by.id)) return true;
  // 22 art 30: staff of an accused receiving unit may only send the matter up (the escalation path).
  if (escalating) return false;
  return by.unit !== undefined && view.accusedUnits.includes(by.unit);
}

/** A transfer of an accusation against the receiving unit itself: the one path it may take (22 art 30). */
function isEscalating(i: GuardInput): boolean {
  return i.command.type === 'transfer' && isOwnUnitAccused(v(i));
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
        `该事项目前由“${unitOf(i, v(i).unit).zh}”负责，您所在单位不能${label(i.command.type).zh}。请转交该单位办理。`,
        `This matter is with "${unitOf(i, v(i).unit).en}"; your unit cannot ${label(i.command.type).en} it. Pass it to that unit.`,
      ),
  },
  // 22 art 30(3): accusation material is never passed to, or acted on by, the accused.
  isNotAccusedActor: {
    pre: true,
    // Fails closed: staff without a unit cannot be told apart from the accused unit's staff.
    check: (i) => !isAccusedActor(v(i), i.command.by, isEscalating(i)) && noUnit(i) === undefined,
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
        `不得将检举控告材料${label(i.command.type).zh}给被检举、被控告的单位“${unitOf(i, c<'transfer'>(i).toUnit).zh}”（《信访工作条例》第30条）。请选择纪检监察机关或其他有权处理的机关。`,
        `An accusation may not be ${i.command.type === 'transfer' ? 'transferred' : 'assigned'} to the accused unit "${unitOf(i, c<'transfer'>(i).toUnit).en}" (22 art 30). Choose the discipline inspection organ or another competent organ.`,
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
  // 22 art 30: an accused person — named by id, or matched by name in the staff directory — never handles it.
  isNotAccusedHandler: {
    check: (i) => !isAccusedPerson(v(i), c<'assignHandler'>(i).handler),
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
  // Enforced where the policy says so (`intake.visitRecordConfirmation`, seed §政协机关 一.3), not everywhere.
  isVisitRecordConfirmed: {
    check: (i) => {
      const p = c<'register'>(i).petition;
      return (
        i.policy?.intake.visitRecordConfirmation !== true || p.channel !== 'visit' || p.visitRecordConfirmed === true
      );
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
  // N2 / 22 arts 22–23: a unique registration number XF-<unit code>-<yyyy>-<seq>.
  isRegistrationNoWellFormed: {
    check: (i) => {
      const cmd = c<'register'>(i);
      // A receivedAt that is no instant is the petition's problem, reported by isValidPetition.
      if (instantMillis(cmd.petition.receivedAt) === undefined) return true;
      const year = dayOf(cmd.petition.receivedAt).slice(0, 4);
      const prefix = `XF-${unitCode(i.policy, cmd.unit)}-${year}-`;
      return cmd.registrationNo.startsWith(prefix) && /^\d+$/.test(cmd.registrationNo.slice(prefix.length));
    },
    reject: (i) =>
      r(
        'bad-registration-no',
        `登记编号“${c<'register'>(i).registrationNo}”格式不对，应为 XF-单位代码-年份-序号。编号由系统分配，请重新登记。`,
        `Registration number "${c<'register'>(i).registrationNo}" is not of the form XF-<unit code>-<year>-<seq>. Numbers are allocated by the store; register again.`,
      ),
  },
  // N19 / 22 art 19(3): a matter accepted or in progress elsewhere is not accepted again; 22 art 36: nor a final one.
  isNotAcceptedElsewhere: {
    pre: true,
    check: (i) => {
      const e = v(i).earlier;
      return e === undefined || !(IN_PROGRESS.includes(e.status) || e.status === 'final' || e.final === true);
    },
    reject: (i) => {
      const e = v(i).earlier as { registrationNo: string; status: PetitionStatus; final?: boolean };
      // 22 art 36(3): final whatever became of it later (archived too).
      return e.status === 'final' || e.final === true
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
  // N15 / 22 art 34: one extension (policy `extension.count`: 0 none, 2 two).
  isExtensionAvailable: {
    pre: true,
    check: (i) => extensionsUsed(v(i)) < v(i).terms.extensionCount,
    reject: (i) =>
      v(i).terms.extensionCount === 0
        ? r(
            'extension-not-allowed',
            '按本单位制度，信访事项的办理期限不能延长。请在期限内办结。',
            'Under this policy the handling period cannot be extended. Conclude the matter within it.',
          )
        : v(i).terms.extensionCount === 1
          ? r(
              'extension-used',
              '本事项已经延期一次，不能再次延期（《信访工作条例》第34条）。请在延长后的期限内办结。',
              'This matter was already extended once and cannot be extended again (22 art 34). Conclude it within the extended period.',
            )
          : r(
              'extension-used',
              `本事项已经延期 ${v(i).terms.extensionCount} 次，不能再次延期。请在延长后的期限内办结。`,
              `This matter was already extended ${v(i).terms.extensionCount} times and cannot be extended again. Conclude it within the extended period.`,
            ),
  },
  // N15 / 22 art 34: an extension lengthens a running period; once it has run out there is nothing to extend.
  isPeriodRunning: {
    check: (i) => v(i).due.conclusion === undefined || i.date <= (v(i).due.conclusion as string),
    reject: (i) =>
      r(
        'extension-after-expiry',
        `办理期限已于 ${v(i).due.conclusion ?? '—'} 届满，不能再延期（《信访工作条例》第34条）。请尽快办结，逾期将如实记录。`,
        `The handling period ran out on ${v(i).due.conclusion ?? '—'}; it can no longer be extended (22 art 34). Conclude the matter now; the lateness stays on record.`,
      ),
  },
  // seed §医院 (不超过两周), §政协机关 (重大信访件不得超过三个月): the extension stays within the ceiling.
  isWithinExtensionCeiling: {
    check: (i) => ceilingDue(v(i), c<'extend'>(i).days, i.calendar) === undefined,
    reject: (i) => {
      const x = ceilingDue(v(i), c<'extend'>(i).days, i.calendar);
      return r(
        'extension-past-ceiling',
        `延期后期限（${x?.wanted ?? '—'}）超过本单位制度规定的最长办理期限（${x?.limit ?? '—'}）。请缩短延期天数。`,
        `The extended due date (${x?.wanted ?? '—'}) would pass the longest handling this policy allows (${x?.limit ?? '—'}). Extend by fewer days.`,
      );
    },
  },
  // 22 art 34: 告知信访人延期理由 — the extension records how the petitioner was told (unless unreachable, N5).
  hasExtensionNotice: {
    check: (i) => {
      const t = v(i).terms;
      if (t.extensionReasonToPetitioner !== true || t.noticeExempt) return true;
      const n = c<'extend'>(i).notice;
      return n === 'written' || n === 'onSpot';
    },
    reject: () =>
      r(
        'extension-notice-required',
        '延期须告知信访人延期理由（《信访工作条例》第34条）。请注明告知方式（书面或当面）。',
        'The petitioner must be told the reason for the extension (22 art 34). Say how they were told (in writing or in person).',
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
    check: (i) => !replyExempt(v(i)),
    reject: () =>
      r(
        'reply-not-owed',
        '按本单位制度，此类信访（匿名、重复或地址不清）不予书面答复。请直接归档。',
        'Under this policy no written reply is owed for this petition (anonymous, repeated or unclear). Archive it.',
      ),
  },
  isNoReplyOwed: {
    pre: true,
    check: (i) => replyExempt(v(i)),
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
      // 22 arts 35–36: no review window for a class whose opinion is not reviewed — delivered is enough.
      if (view.status === 'replied' && view.terms.reviewable === false) return view.deliveredAt !== undefined;
      const win = view.status === 'replied' ? view.due.reviewRequest : view.due.reReviewRequest;
      return win !== undefined && i.date > win;
    },
    reject: (i) => {
      const view = v(i);
      const win = view.status === 'replied' ? view.due.reviewRequest : view.due.reReviewRequest;
      return win === undefined || (view.status === 'replied' && view.terms.reviewable === false)
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
  // seed §交通集团 四: after conclusion the file may still be completed (policy `archive.supplement`).
  isSupplementAllowed: {
    check: (i) => i.policy?.archive?.supplement !== 'refused',
    reject: () =>
      r(
        'supplement-refused',
        '本单位制度不允许结案后补充归档材料。请按制度规定的方式处理缺失的材料。',
        'Your policy does not allow adding to the file after conclusion. Deal with the missing material as it directs.',
      ),
  },
  // seed §交通集团 四: a proposed handling or leader instruction after conclusion only where the file lacks it.
  isMissingForArchive: {
    check: (i) => {
      const needed = i.command.type === 'leaderInstruct' ? 'leaderInstruction' : 'proposedHandling';
      return missingMaterials(v(i)).includes(needed);
    },
    reject: (i) => {
      const missing = missingMaterials(v(i));
      return r(
        'supplement-not-needed',
        `办理已结束，只能补充归档所缺的材料${missing.length > 0 ? `（缺少：${missing.map((m) => materialLabels[m].zh).join('、')}）` : '（归档材料已齐全）'}。`,
        `Handling is over: only what the file lacks can be added${missing.length > 0 ? ` (missing: ${missing.map((m) => materialLabels[m].en).join(', ')})` : ' (the file is complete)'}.`,
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
  // 22 art 30: an accusation against the receiving unit itself is sent to the superior or discipline inspection.
  isNotOwnUnitAccused: {
    pre: true,
    check: (i) => !isOwnUnitAccused(v(i)),
    reject: (i) => {
      const to = v(i).terms.escalation?.units ?? [];
      return r(
        'accused-unit-escalate',
        `本单位是被检举控告的对象，不得${label(i.command.type).zh}本事项；只能转送上级机关或纪检监察机关（${unitsOf(i, to).zh}）（《信访工作条例》第30条）。`,
        `Your unit is the one accused, so it may not ${label(i.command.type).en} this matter; it can only be transferred to the superior or the discipline-inspection organ (${unitsOf(i, to).en}) (22 art 30).`,
      );
    },
  },
  isEscalationTarget: {
    check: (i) => !isEscalating(i) || (v(i).terms.escalation?.units ?? []).includes(c<'transfer'>(i).toUnit),
    reject: (i) => {
      const to = v(i).terms.escalation?.units ?? [];
      return r(
        'accused-unit-escalate',
        `被检举控告的单位只能将本事项转送上级机关或纪检监察机关（${unitsOf(i, to).zh}），不能转送“${unitOf(i, c<'transfer'>(i).toUnit).zh}”（《信访工作条例》第30条）。`,
        `An accusation against your own unit can only go to the superior or the discipline-inspection organ (${unitsOf(i, to).en}), not to "${unitOf(i, c<'transfer'>(i).toUnit).en}" (22 art 30).`,
      );
    },
  },
  // seed §交通集团 三(一)3: 政工领导 → 总经理 → 董事长 read in turn before the matter is sent on or accepted.
  isLeaderChainComplete: {
    pre: true,
    check: (i) => {
      const chain = v(i).terms.leaderChain ?? [];
      return chain.length === 0 || isOwnUnitAccused(v(i)) || v(i).materials.leaderInstructions >= chain.length;
    },
    reject: (i) => {
      const chain = v(i).terms.leaderChain ?? [];
      const missing = chain.slice(v(i).materials.leaderInstructions);
      return r(
        'leader-chain-incomplete',
        `须经${chain.map((l) => l.zh).join('、')}逐级阅批后才能${label(i.command.type).zh}，尚待：${missing.map((l) => l.zh).join('、')}。`,
        `The matter must be read in turn by ${chain.map((l) => l.en).join(' → ')} before you ${label(i.command.type).en}; still to read: ${missing.map((l) => l.en).join(', ')}.`,
      );
    },
  },
  // rules.md N20 (unverified source): simplified handling only where the policy switches it on, for first-time matters.
  isSimplifiedAllowed: {
    check: (i) => c<'accept'>(i).simplified !== true || (v(i).terms.simplified != null && v(i).earlier === undefined),
    reject: (i) =>
      v(i).terms.simplified == null
        ? r(
            'simplified-off',
            '本单位制度未启用简易办理。请按一般程序受理。',
            'Simplified handling is not switched on in this policy. Accept the matter the ordinary way.',
          )
        : r(
            'simplified-not-first-time',
            `简易办理只适用于初次信访（本事项与 ${v(i).earlier?.registrationNo ?? '—'} 相同）。请按一般程序受理。`,
            `Simplified handling is for first-time matters only (this one repeats ${v(i).earlier?.registrationNo ?? '—'}). Accept it the ordinary way.`,
          ),
  },
  // 22 art 23(3): receipt is recorded once, by the receiving unit.
  isNotYetReceived: {
    pre: true,
    check: (i) => v(i).unitReceivedAt === undefined,
    reject: () => r('already-received', '本单位已登记签收。', 'Receipt is already recorded.'),
  },
  // 22 art 30: a clerk settles a name match that the directory found.
  isAccusedMatch: {
    check: (i) => (v(i).accusedStaff ?? []).includes(c<'settleAccusedMatch'>(i).staffId),
    reject: (i) =>
      r(
        'no-accused-match',
        `工作人员“${c<'settleAccusedMatch'>(i).staffId}”不在本事项的被控告人匹配名单中。请核对工号。`,
        `Staff member "${c<'settleAccusedMatch'>(i).staffId}" is not matched to an accused name on this matter. Check the id.`,
      ),
  },
  // seed §政协机关 五.1: 含糊不清的信件 — letters only.
  isLetter: {
    pre: true,
    check: (i) => v(i).channel === 'letter',
    reject: () =>
      r(
        'vague-letters-only',
        '只有来信可以标记为内容含糊不清。来访、来电请当面或电话问清。',
        'Only a letter can be marked vague. Ask a visitor or caller to make the matter clear.',
      ),
  },
  // 22 arts 35–36: the review is for the classes the policy's scope names (a claim's opinion).
  isReviewable: {
    pre: true,
    check: (i) => v(i).terms.reviewable !== false,
    reject: () =>
      r(
        'review-not-for-class',
        '此类信访事项的处理结果不适用复查、复核（《信访工作条例》第35、36条适用于信访处理意见）。',
        'The result of this class of matter is not open to review or re-review (22 arts 35–36 concern a handling opinion).',
      ),
  },
  // 22 art 35: 原办理机关、单位的上一级机关、单位; 22 art 36: 复查机关、单位的上一级机关、单位.
  isSuperiorReviewUnit: {
    check: (i) => {
      const t = v(i).terms;
      const want = i.command.type === 'requestReview' ? t.reviewUnit : t.reReviewUnit;
      const unit = c<'requestReview'>(i).reviewUnit;
      return want === undefined ? unit !== (v(i).concludedBy ?? v(i).unit) : unit === want;
    },
    reject: (i) => {
      const t = v(i).terms;
      const want = i.command.type === 'requestReview' ? t.reviewUnit : t.reReviewUnit;
      return r(
        'review-unit-not-superior',
        `${label(i.command.type).zh}由上一级机关${want === undefined ? '' : `“${unitOf(i, want).zh}”`}办理，不能向“${unitOf(i, c<'requestReview'>(i).reviewUnit).zh}”提出（《信访工作条例》第35、36条）。`,
        `A ${i.command.type === 'requestReview' ? 'review' : 're-review'} goes to the organ one level up${want === undefined ? '' : ` ("${unitOf(i, want).en}")`}, not to "${unitOf(i, c<'requestReview'>(i).reviewUnit).en}" (22 arts 35–36).`,
      );
    },
  },
  // 22 art 35: the unit that concluded never decides its own review (nor the reviewing unit its re-review).
  isNotSelfReview: {
    pre: true,
    check: (i) => {
      const by = i.command.by.unit;
      const view = v(i);
      if (by === undefined) return false;
      if (by === view.concludedBy) return false;
      return i.command.type !== 'decideReReview' || by !== view.reviewUnit;
    },
    reject: () =>
      r(
        'self-review',
        '作出原处理意见（或复查意见）的单位不能复查（复核）自己的决定（《信访工作条例》第35、36条）。请由上一级机关决定。',
        'The unit that gave the opinion (or the review) cannot decide its own review (22 arts 35–36). The organ one level up decides.',
      ),
  },
  isReviewOrgan: {
    pre: true,
    check: (i) => {
      const view = v(i);
      const want = i.command.type === 'decideReview' ? view.reviewUnit : view.reReviewUnit;
      return want !== undefined && i.command.by.unit === want;
    },
    reject: (i) => {
      const view = v(i);
      const want = i.command.type === 'decideReview' ? view.reviewUnit : view.reReviewUnit;
      return r(
        'not-review-organ',
        `本事项的${label(i.command.type).zh}由“${want ?? '—'}”作出。请交由该机关办理。`,
        `Only "${want ?? '—'}" may ${label(i.command.type).en} on this matter. Pass it to that organ.`,
      );
    },
  },
  // seed §物价局 四: price complaints are archived by the inspection office, others by the general office.
  isArchiveUnit: {
    pre: true,
    check: (i) => {
      const unit = v(i).terms.archiveUnit;
      return unit === undefined || i.command.by.unit === unit;
    },
    reject: (i) =>
      r(
        'not-archive-unit',
        `本事项由“${unitOf(i, v(i).terms.archiveUnit).zh}”立卷归档。请交由该单位归档。`,
        `This matter is archived by "${unitOf(i, v(i).terms.archiveUnit).en}". Pass it to that unit.`,
      ),
  },
  isHandlerNamed: {
    check: (i) => hasVisibleText(c<'assignHandler'>(i).handler),
    reject: () => r('handler-required', '请填写承办人。', 'Enter the handler.'),
  },
} satisfies Record<string, Guard>;

/** The name of a guard, as the lifecycle table (`transitions`) lists it. */
export type GuardName = keyof typeof guards;
