/**
 * Read-side helpers: `deadlines` for work queues, `can` to grey out an action and say why, and
 * `viewFor` to redact what an actor has no need to know (22 art 30).
 */
import { instantMillis } from '../calendar/dates.js';
import { type Calendar, type Instant, isProvisional, periodStatus, shanghaiDate } from '../calendar/index.js';
import { notAllowed } from './decide.js';
import { DUE_KINDS } from './evolve.js';
import { type GuardInput, guards, outcomesByClass } from './guards.js';
import { commandLabels, dueLabels, roleLabels } from './labels.js';
import { actorProblem, invalidField } from './shape.js';
import { transitions } from './transitions.js';
import type {
  Actor,
  Bilingual,
  Command,
  CommandType,
  Deadline,
  DueKind,
  EarlierMatter,
  IsoDate,
  Outcome,
  Period,
  PetitionClass,
  PetitionView,
  Rejection,
} from './types.js';

const UNKNOWN = { zh: '无法识别', en: 'is not recognised' };

/** Windows that belong to the petitioner or the receiving unit: they lapse, they are never "overdue". */
const WINDOWS: ReadonlySet<DueKind> = new Set(['objection', 'reviewRequest', 'reReviewRequest']);

/**
 * Each open due date of a petition with its status at `now` (on time, due soon within the policy's
 * working days, overdue), earliest first. Windows of the petitioner or a receiving unit (objection,
 * review and re-review requests) are listed only while open.
 *
 * @example
 * deadlines(view, '2025-10-08T09:00:00+08:00', chinaCalendar);
 * // [{ kind: 'disposition', due: '2025-10-09', status: 'due-soon', label: { zh: '处理（转送、交办或告知去向）期限', en: 'disposition due' } }, …]
 */
export function deadlines(view: PetitionView, now: Instant, calendar: Calendar): Deadline[] {
  const today = shanghaiDate(now);
  const out: Deadline[] = [];
  for (const kind of DUE_KINDS) {
    const due = view.due[kind];
    if (due === undefined) continue;
    if (WINDOWS.has(kind) && today > due) continue;
    const entry: Deadline = {
      kind,
      due,
      status: periodStatus(due, now, calendar, { soon: view.terms.dueSoonWorkdays }),
      label: dueLabels[kind],
    };
    // A date that depends on a provisional day says so (view.provisional, or the calendar for a JSON view).
    if (view.provisional?.includes(kind) || isProvisional(due, calendar)) entry.provisional = true;
    out.push(entry);
  }
  out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : DUE_KINDS.indexOf(a.kind) - DUE_KINDS.indexOf(b.kind)));
  return out;
}

/**
 * Whether `actor` may issue a command of `commandType` on the petition now, judged on the state and on
 * the rules that depend only on the actor (role, unit, confidentiality, recusal, materials…). Rules that
 * need the command's fields (days of an extension, the target unit) are left to `decide`.
 *
 * @example
 * const r = can(view, 'archive', clerk);
 * if (!r.ok) button.title = r.rejection.message.zh; // '只有档案管理员可以立卷归档。请交由有权限的人员办理。'
 */
export function can(
  view: PetitionView | undefined,
  commandType: CommandType,
  actor: Actor,
  ctx: { at?: Instant; policy?: GuardInput['policy']; calendar?: Calendar } = {},
): { ok: true } | { ok: false; rejection: Rejection } {
  const state = view?.status ?? 'new';
  // Anything that is not a known state, command type, actor and instant is refused, never thrown.
  if (!Object.hasOwn(transitions, state)) return { ok: false, rejection: invalidField('view', UNKNOWN) };
  if (typeof commandType !== 'string' || !Object.hasOwn(commandLabels, commandType)) {
    return { ok: false, rejection: invalidField('type', UNKNOWN) };
  }
  const byProblem = actorProblem(actor);
  if (byProblem !== undefined) return { ok: false, rejection: byProblem };
  const table = transitions[state];
  const specs = Object.hasOwn(table, commandType) ? table[commandType] : undefined;
  if (specs === undefined) return { ok: false, rejection: notAllowed(state, { type: commandType }) };
  const at = ctx.at ?? view?.updatedAt ?? '1970-01-01T00:00:00Z';
  if (instantMillis(at) === undefined) return { ok: false, rejection: invalidField('at', UNKNOWN) };
  const probe = { type: commandType, petitionId: view?.petitionId ?? '', at, by: actor } as Command;
  const input: GuardInput = {
    view,
    command: probe,
    date: shanghaiDate(at),
    policy: ctx.policy,
    calendar: ctx.calendar as Calendar,
  };
  let failed: Rejection | undefined;
  for (const spec of specs) {
    const bad = spec.guards.find((g) => (guards[g] as { pre?: true }).pre === true && !guards[g].check(input));
    if (bad === undefined) return { ok: true };
    failed ??= guards[bad].reject(input);
  }
  return { ok: false, rejection: failed as Rejection };
}

/** Whether an actor has a need to know the accuser and the accusation (22 art 30). */
function needsToKnow(view: PetitionView, actor: Actor): boolean {
  if (typeof actor !== 'object' || actor === null) return false; // nobody known: the public
  if (view.accusedPersons.includes(actor.id)) return false;
  // 22 art 30: a staff member whose directory name matches an accused name, until a clerk clears it.
  if (view.accusedStaff?.includes(actor.id)) return false;
  // 22 art 28(3): a person who recused themselves (a direct interest in the matter) no longer needs to know.
  if (view.conflicts?.includes(actor.id)) return false;
  if (actor.unit !== undefined && view.accusedUnits.includes(actor.unit)) return false;
  if (actor.role === 'petitioner') return false;
  // Staff of a unit the matter passed through (registering, transferred or assigned to) need to know.
  // Fails closed: staff without a unit cannot show they belong to one of those units.
  return actor.unit !== undefined && view.units.includes(actor.unit);
}

const HIDDEN = { zh: '检举控告事项（内容保密）', en: 'Accusation (confidential)' };

/**
 * The view as `actor` may see it. For an accusation, whoever has no need to know — the accused unit or
 * person, staff who recused themselves (22 art 28(3)), staff of units the matter never passed through, and the
 * public — sees neither the accuser's
 * identity nor the accusation's content (22 art 30(3)). Other classes are returned unchanged.
 *
 * @example
 * viewFor(view, { id: 'x', role: 'unitHead', unit: 'roads' }).petitionerName; // undefined when 'roads' is accused
 */
export function viewFor(view: PetitionView, actor: Actor): PetitionView {
  if (view.class !== 'accusation' || needsToKnow(view, actor)) return view;
  const {
    petitionerName: _n,
    petitionerPhone: _p,
    petitionerIdNumber: _i,
    queryCode: _q,
    handler: _h,
    accusedPersons: _ap,
    accusedUnits: _au,
    accusedStaff: _as,
    ...rest
  } = view;
  return {
    ...rest,
    subject: HIDDEN.zh,
    content: '',
    accusedPersons: [],
    accusedUnits: [],
    accusedStaff: [],
    redacted: true,
  };
}

export { extendedDueOf, handlingPeriodOf } from '../periods/index.js';

/** The extension rules a form can check before sending (the notice and the reason are checked by `decide`). */
const EXTENSION_GUARDS = [
  'isExtensionAvailable',
  'isPeriodRunning',
  'isWithinExtensionLimit',
  'isWithinExtensionCeiling',
] as const;

/**
 * Whether an extension of `days` on `date` is allowed (22 art 34: one extension of a running period, at most
 * 30 days; the policy's count and ceiling, seed §医院 and §政协机关), with the same rejection `decide` gives —
 * one rule, one message. `undefined` when allowed.
 *
 * @example
 * checkExtension(view, 31, '2025-11-01', chinaCalendar)?.code; // 'extension-too-long'
 * checkExtension(view, 10, '2025-11-25', chinaCalendar)?.code; // 'extension-after-expiry' (due 2025-11-24)
 */
export function checkExtension(
  view: PetitionView,
  days: number,
  date: IsoDate,
  calendar: Calendar,
): Rejection | undefined {
  const command = {
    type: 'extend',
    petitionId: view.petitionId,
    at: `${date}T12:00:00+08:00`,
    by: { id: 'form', role: view.terms.extensionApprover },
    days,
    reason: '-',
  } as Command;
  const input: GuardInput = { view, command, date, policy: undefined, calendar };
  try {
    for (const name of EXTENSION_GUARDS) if (!guards[name].check(input)) return guards[name].reject(input);
  } catch {
    return guards.isWithinExtensionLimit.reject(input);
  }
  return undefined;
}

function isPeriod(p: unknown): p is Period {
  const x = p as Period | null | undefined;
  return (
    typeof x === 'object' &&
    x !== null &&
    Number.isInteger(x.days) &&
    x.days > 0 &&
    (x.unit === 'day' || x.unit === 'workday')
  );
}

/** A period in words: `30日` / `30 days`, `5个工作日` / `5 working days`. */
function periodWords(p: Period): Bilingual {
  return p.unit === 'workday'
    ? { zh: `${p.days}个工作日`, en: `${p.days} working day${p.days === 1 ? '' : 's'}` }
    : { zh: `${p.days}日`, en: `${p.days} day${p.days === 1 ? '' : 's'}` };
}

/**
 * The extension rule of a matter in one sentence, from its terms (22 art 34; the policy's count, maximum,
 * approver and ceiling, seed §医院 and §政协机关): what a form shows next to the extension field, so the hint
 * and the refusal `checkExtension` gives come from the same terms.
 *
 * @example
 * extensionRule(view).zh;
 * // '情况复杂的，经单位负责人批准可以延长一次，不超过30日，并告知信访人延期理由（条例第三十四条）。'
 */
export function extensionRule(view: PetitionView): Bilingual {
  const t = typeof view === 'object' && view !== null ? view.terms : undefined;
  // 22 art 34 lets an institution's rules allow none (policy `extension.count` 0). Terms that cannot be read
  // fail closed: the hint never promises an extension the core would refuse.
  if (
    typeof t !== 'object' ||
    t === null ||
    !Number.isInteger(t.extensionCount) ||
    t.extensionCount <= 0 ||
    !isPeriod(t.extensionMax)
  ) {
    return {
      zh: '按本单位的办理制度，信访事项不能延期，请在办理期限内办结（条例第三十四条）。',
      en: "Under this institution's rules a matter cannot be extended: conclude it within the handling period (art 34).",
    };
  }
  const approver = Object.hasOwn(roleLabels, t.extensionApprover)
    ? roleLabels[t.extensionApprover]
    : { zh: '本机关负责人', en: 'head of the organ' };
  const max = periodWords(t.extensionMax);
  const times =
    t.extensionCount === 1
      ? { zh: '一次，不超过', en: 'one extension of at most' }
      : { zh: `${t.extensionCount}次，每次不超过`, en: `${t.extensionCount} extensions, each of at most` };
  const reason = t.extensionReasonToPetitioner
    ? { zh: '，并告知信访人延期理由', en: ', with the reason told to the petitioner' }
    : { zh: '', en: '' };
  const ceiling = isPeriod(t.extensionCeiling) ? periodWords(t.extensionCeiling) : undefined;
  return {
    zh: `情况复杂的，经${approver.zh}批准可以延长${times.zh}${max.zh}${reason.zh}${ceiling ? `；延长后总办理期限不超过${ceiling.zh}` : ''}（条例第三十四条）。`,
    en: `Complex matters: ${times.en} ${max.en}, approved by the ${approver.en}${reason.en}${ceiling ? `; with the extension the handling lasts at most ${ceiling.en} in all` : ''} (art 34).`,
  };
}

/**
 * The handling opinions a matter of `petitionClass` may conclude with (22 arts 29–32): a claim is supported,
 * explained or not supported; a suggestion adopted or noted; an accusation goes to discipline inspection or the
 * competent organ.
 *
 * @example
 * outcomesFor('claim'); // ['support', 'explain', 'reject']
 */
export function outcomesFor(petitionClass: PetitionClass): readonly Outcome[] {
  // Own keys only: a class such as `toString` or `__proto__` has no outcomes, never a prototype's member.
  return typeof petitionClass === 'string' && Object.hasOwn(outcomesByClass, petitionClass)
    ? outcomesByClass[petitionClass]
    : [];
}

/**
 * What a store records about an earlier matter on the same facts when a repeat is registered (22 art 19(3),
 * 22 art 36(3)): its number, its status and whether it is final — concluded by re-review, or its review
 * (re-review) window lapsed — whatever became of it later (an archived final matter stays final). `at` is the
 * instant of the new registration.
 *
 * @example
 * earlierOf(archivedAfterReReview, '2026-03-01T09:00:00+08:00');
 * // { registrationNo: 'XF-XFB-2025-0001', status: 'archived', final: true }
 */
export function earlierOf(view: PetitionView, at: Instant): EarlierMatter {
  const out: EarlierMatter = { registrationNo: view.registrationNo, status: view.status };
  let final = view.finalAt !== undefined || view.status === 'final';
  if (!final && view.terms.reviewable !== false) {
    const today = shanghaiDateSafe(at);
    const win =
      view.status === 'replied' && view.deliveredAt !== undefined
        ? view.due.reviewRequest
        : view.status === 'reviewed' && view.reviewDeliveredAt !== undefined
          ? view.due.reReviewRequest
          : undefined;
    if (today !== undefined && win !== undefined && today > win) final = true;
  }
  if (final) out.final = true;
  return out;
}

function shanghaiDateSafe(at: Instant): IsoDate | undefined {
  try {
    return shanghaiDate(at);
  } catch {
    return undefined;
  }
}
