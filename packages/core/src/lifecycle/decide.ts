/**
 * `decide`: given a petition's history and a command, return the new facts or a rejection.
 * It walks the lifecycle table (the same one `petitionMachine` is built from) and evaluates the
 * rules as guards. Pure: no clock, no randomness; a refused command changes nothing.
 */
import { CalendarYearError } from '../calendar/calendar.js';
import { dayOf, daysBetween, instantMillis } from '../calendar/dates.js';
import { eventJsonOf, internCanonical, sha256Text } from '../history/hash.js';
import { accusedStaffOf } from '../policy/route.js';
import { evolve, replay } from './evolve.js';
import { type GuardInput, guards, validated } from './guards.js';
import { commandLabels, statusLabels } from './labels.js';
import { invalidField, shapeProblem } from './shape.js';
import { sharedTermsFor } from './terms.js';
import { type MachineState, type TransitionSpec, transitions } from './transitions.js';
import type {
  Actor,
  Command,
  DecideContext,
  DueKind,
  EventDataMap,
  EventType,
  IsoDate,
  PetitionEvent,
  PetitionView,
  Rejection,
} from './types.js';

/** A history that cannot be folded (not one `decide` produced): nothing can be decided on it. */
const unreplayable: Rejection = {
  code: 'invalid-history',
  message: {
    zh: '本事项的历史记录无法读取，不能继续办理。请联系系统管理员核查记录。',
    en: 'The history of this matter cannot be read, so nothing can be decided on it. Ask the system administrator to check the records.',
  },
};

/** Result of `decide`. */
export type DecideResult =
  | { ok: true; events: PetitionEvent[]; view: PetitionView }
  | { ok: false; rejection: Rejection };

const rejection = (code: string, zh: string, en: string): Rejection => ({ code, message: { zh, en } });

/** Due dates each command closes; an act after the due date is accepted and recorded late. */
const CLOSES: Partial<Record<Command['type'], readonly DueKind[]>> = {
  accept: ['disposition'],
  transfer: ['disposition'],
  assign: ['disposition'],
  referToLegalChannel: ['disposition'],
  decline: ['disposition'],
  notify: ['notice'],
  conclude: ['conclusion', 'reportBack'],
  decideReview: ['reviewDecision'],
  decideReReview: ['reReviewDecision'],
  leaderInstruct: ['leaderReview'],
  reply: ['reply'],
};

/** The rejection for a command the current state does not accept. */
export function notAllowed(state: MachineState, command: Pick<Command, 'type'>): Rejection {
  const cmd = commandLabels[command.type] ?? { zh: String(command.type), en: String(command.type) };
  if (
    state === 'final' &&
    (command.type === 'requestReview' || command.type === 'requestReReview' || command.type === 'accept')
  ) {
    // N17 / 22 art 36: after re-review the same facts and reasons are not accepted again.
    return rejection(
      'final-not-accepted-again',
      '本事项已复核终结，以同一事实和理由提出的请求不再受理（《信访工作条例》第36条）。请告知信访人。',
      'This matter is final after re-review; requests on the same facts and reasons are not accepted again (22 art 36). Tell the petitioner.',
    );
  }
  const st = statusLabels[state];
  return rejection(
    'not-allowed-in-state',
    `本事项当前状态为“${st.zh}”，不能${cmd.zh}。请先完成前面的步骤。`,
    `This matter is ${st.en}, so you cannot ${cmd.en} at this stage. Complete the earlier steps first.`,
  );
}

/**
 * What a program (not a person) gets wrong: a malformed command (see `shapeProblem`), a view that is no view,
 * the wrong petition, time running backwards.
 */
function checkShape(view: PetitionView | undefined, command: Command): Rejection | undefined {
  // The view's last instant is read first: it is the instant the previous decision read last (instantMillis
  // remembers one), and the command's instant is then the one remembered for the guards and the next decision.
  let last: number | undefined;
  if (view !== undefined) {
    if (typeof view !== 'object' || view === null || !Object.hasOwn(transitions, view.status)) {
      return invalidField('view', { zh: '不是本事项的当前状态', en: 'is not the current state of a petition' });
    }
    last = instantMillis(view.updatedAt);
    if (last === undefined)
      return invalidField('view.updatedAt', { zh: '不是真实存在的时间', en: 'is not a real time' });
  }
  const bad = shapeProblem(command);
  if (bad !== undefined) return bad;
  if (view !== undefined) {
    if (command.petitionId !== view.petitionId) {
      return rejection(
        'wrong-petition',
        '操作针对的是另一件信访事项。请刷新后重试。',
        'The action is for another petition. Reload and try again.',
      );
    }
    if ((instantMillis(command.at) as number) < (last as number)) {
      return rejection(
        'time-before-history',
        `操作时间早于本事项最后一条记录（${view.updatedAt}）。历史记录只能按时间顺序追加，请核对时间。`,
        `The time is earlier than the last record of this matter (${view.updatedAt}). The history only grows forward in time; check the time.`,
      );
    }
  }
  return undefined;
}

/** Build the guard input for a command (shared with the machine). */
export function guardInput(view: PetitionView | undefined, command: Command, ctx: DecideContext): GuardInput {
  return {
    view,
    command,
    date: dayOf(command.at),
    policy: ctx.policy,
    calendar: ctx.calendar,
    representativesLimit: ctx.policy?.representativesLimit,
  };
}

/** The first transition whose guards all pass, or the rejection of the first failing guard. */
export function select(
  specs: readonly TransitionSpec[],
  input: GuardInput,
): { ok: true; spec: TransitionSpec } | { ok: false; rejection: Rejection } {
  let failed: Rejection | undefined;
  for (const spec of specs) {
    let pass = true;
    for (const name of spec.guards) {
      const g = guards[name];
      if (!g.check(input)) {
        pass = false;
        failed = g.reject(input);
        break;
      }
    }
    if (pass) return { ok: true, spec };
  }
  return { ok: false, rejection: failed as Rejection };
}

/** Sorted keys at every level (the registered event's petition and terms), for the hash's fast path. */
function deepSortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepSortKeys);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) if (o[k] !== undefined) out[k] = deepSortKeys(o[k]);
  return out;
}

/** A copy of `o` without its undefined members (copied, never `delete`d: deleting makes V8 objects slow). */
function def<T extends object>(o: T): T {
  let clean = true;
  for (const k in o) {
    if (o[k] === undefined) {
      clean = false;
      break;
    }
  }
  if (clean) return o;
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** seed §交通集团 四: an addition to the file after conclusion, under a policy that records it as late. */
function lateSupplement(view: PetitionView, ctx: DecideContext): true | undefined {
  return view.concludedAt !== undefined && ctx.policy?.archive?.supplement === 'late' ? true : undefined;
}

function inclusiveDays(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) + 1;
}

/** The event data of an accepted command. */
function dataOf(
  view: PetitionView | undefined,
  command: Command,
  ctx: DecideContext,
  input?: GuardInput,
): [EventType, unknown] {
  const v = view as PetitionView;
  switch (command.type) {
    case 'register': {
      const checked = validated(input ?? guardInput(undefined, command, ctx));
      const petition = checked.ok ? checked.value : command.petition;
      // Keys in sorted order (the order of the hash's canonical JSON); terms come sorted (and shared, frozen,
      // their canonical JSON written once) from `sharedTermsFor`.
      const staff = accusedStaffOf(ctx.policy, petition.class === 'accusation' ? petition.accused : undefined);
      const data: EventDataMap['registered'] = def({
        accusedStaff: staff.length > 0 ? staff : undefined,
        calendar: ctx.calendar?.edition,
        earlier: command.earlier === undefined ? undefined : (deepSortKeys(command.earlier) as typeof command.earlier),
        emergency: command.emergency === true ? true : undefined,
        petition: deepSortKeys(petition) as typeof petition,
        policyId: command.policyId,
        policyVersion: command.policyVersion,
        queryCode: command.queryCode,
        registrationNo: command.registrationNo,
        terms: sharedTermsFor(ctx.policy, petition, internCanonical),
        unit: command.unit,
      });
      return ['registered', data];
    }
    case 'accept':
      return [
        'accepted',
        def({
          complex: command.complex === true ? true : undefined,
          origin: v.origin,
          simplified: command.simplified === true ? true : undefined,
          unit: v.unit,
        }),
      ];
    case 'receive':
      return ['received', { unit: v.unit }];
    case 'settleAccusedMatch':
      return [
        'accusedMatchSettled',
        { confirmed: command.confirmed, reason: command.reason, staffId: command.staffId },
      ];
    case 'markVague':
      return ['markedVague', { reason: command.reason }];
    case 'transfer':
      return ['transferred', { fromUnit: v.unit, reason: command.reason, toUnit: command.toUnit }];
    case 'assign':
      return [
        'assigned',
        def({ fromUnit: v.unit, reason: command.reason, reportBackBy: command.reportBackBy, toUnit: command.toUnit }),
      ];
    case 'referToLegalChannel':
      return ['referred', { channel: command.channel, organ: command.organ }];
    case 'decline':
      return [
        'declined',
        def({ alreadyAcceptedAs: command.alreadyAcceptedAs, goTo: command.goTo, reason: command.reason }),
      ];
    case 'notify':
      return ['notified', def({ method: command.method, text: command.text, to: command.to })];
    case 'object':
      return ['objected', { reasons: command.reasons, unit: v.unit }];
    case 'decideObjection':
      return [
        'objectionDecided',
        def({
          agreed: command.agreed,
          reason: command.reason,
          returnedTo: command.agreed ? (v.sentBy ?? v.registeredBy) : undefined,
        }),
      ];
    case 'proposeHandling':
      return ['handlingProposed', def({ late: lateSupplement(v, ctx), text: command.text })];
    case 'leaderInstruct':
      return ['leaderInstructed', def({ late: lateSupplement(v, ctx), text: command.text })];
    case 'ownCase':
      return ['caseOwned', { leader: command.by.id }];
    case 'urge':
      return ['urged', def({ text: command.text })];
    case 'supervise':
      return ['supervised', def({ text: command.text })];
    case 'convene':
      return [
        'convened',
        def({ chair: command.chair, form: command.form, units: command.units, withPetitioner: command.withPetitioner }),
      ];
    case 'hearing':
      return [
        'hearingHeld',
        def({
          days: inclusiveDays(command.from, command.to),
          from: command.from,
          summary: command.summary,
          to: command.to,
        }),
      ];
    case 'recuse':
      return ['recused', { person: command.person, reason: command.reason }];
    case 'assignHandler':
      return ['handlerAssigned', { handler: command.handler }];
    case 'addMaterial':
      return [
        'materialAdded',
        def({ kind: command.kind, late: lateSupplement(v, ctx), ref: command.ref, title: command.title }),
      ];
    case 'extend':
      return ['extended', def({ days: command.days, notice: command.notice, reason: command.reason })];
    case 'conclude':
      return [
        'concluded',
        def({
          onTheSpot: command.onTheSpot === true ? true : undefined,
          opinion: command.opinion,
          outcome: command.outcome,
        }),
      ];
    case 'reply':
      return ['replied', { text: command.text }];
    case 'delivered':
      return ['delivered', { of: v.status === 'replied' ? 'reply' : 'review' }];
    case 'requestReview':
      return ['reviewRequested', { reasons: command.reasons, reviewUnit: command.reviewUnit }];
    case 'decideReview':
      return ['reviewDecided', { opinion: command.opinion, outcome: command.outcome }];
    case 'requestReReview':
      return ['reReviewRequested', { reasons: command.reasons, reviewUnit: command.reviewUnit }];
    case 'decideReReview':
      return ['reReviewDecided', { opinion: command.opinion, outcome: command.outcome }];
    case 'archive':
      return ['archived', def({ volume: command.volume })];
  }
}

/**
 * Build the (hashed) event for a command that passed its guards. Used by `decide` and by the
 * machine's `record` action.
 */
export function buildEvent(
  view: PetitionView | undefined,
  command: Command,
  date: IsoDate,
  ctx: DecideContext,
  input?: GuardInput,
): PetitionEvent {
  const [type, raw] = dataOf(view, command, ctx, input);
  // Keys in sorted order (the canonical order of the hash), so the stored event reads like what was hashed.
  const b = command.by;
  const by: Actor =
    b.name === undefined
      ? b.unit === undefined
        ? { id: b.id, role: b.role }
        : { id: b.id, role: b.role, unit: b.unit }
      : b.unit === undefined
        ? { id: b.id, name: b.name, role: b.role }
        : { id: b.id, name: b.name, role: b.role, unit: b.unit };
  const closes = CLOSES[command.type];
  let late: string[] | undefined;
  if (closes !== undefined && view !== undefined) {
    for (const k of closes) {
      const due = view.due[k];
      // 民法典 203: a day ends at 24:00 Asia/Shanghai — late means a later date, not a later hour. A provisional
      // due date is never frozen into the history: replay derives that lateness with the calendar of the day.
      if (due !== undefined && date > due && view.provisional?.includes(k) !== true) {
        late ??= [];
        late.push(k);
      }
    }
  }
  const at = command.at;
  const petitionId = command.petitionId;
  const prevHash = view?.lastHash ?? '';
  const seq = (view?.seq ?? 0) + 1;
  // The canonical JSON is written straight from the parts (no second look at the event object).
  // The command's id (idempotency) is part of the fact, hashed with it: stores keep it to answer a retry.
  const commandId = command.commandId;
  const hash = sha256Text(eventJsonOf(at, by, raw, late, petitionId, prevHash, seq, type, commandId));
  // Keys in sorted order (the canonical order of the hash), so the stored event reads like what was hashed;
  // every literal of `dataOf` is written with its keys in sorted order too. `commandId` sorts between `by` and
  // `data`, `late` between `data` and `petitionId`; `hash` comes last. One literal per shape: no spread.
  const event =
    commandId === undefined
      ? late === undefined
        ? { at, by, data: raw, petitionId, prevHash, seq, type, hash }
        : { at, by, data: raw, late, petitionId, prevHash, seq, type, hash }
      : late === undefined
        ? { at, by, commandId, data: raw, petitionId, prevHash, seq, type, hash }
        : { at, by, commandId, data: raw, late, petitionId, prevHash, seq, type, hash };
  return event as PetitionEvent;
}

/**
 * Decide on an already folded view (for stores that keep views): same result as `decide(history, …)`
 * when `view` is `replay(history)`.
 */
export function decideOn(view: PetitionView | undefined, command: Command, ctx: DecideContext): DecideResult {
  try {
    // command → guards → events
    const bad = checkShape(view, command);
    if (bad !== undefined) return { ok: false, rejection: bad };
    const state: MachineState = view?.status ?? 'new';
    const table = transitions[state];
    const specs = Object.hasOwn(table, command.type) ? table[command.type] : undefined;
    if (specs === undefined) return { ok: false, rejection: notAllowed(state, command) };
    const input = guardInput(view, command, ctx);
    const chosen = select(specs, input);
    if (!chosen.ok) return chosen;
    const event = buildEvent(view, command, input.date, ctx, input);
    // The view after the event, folded once here: a fact that cannot be folded is refused, and the caller (a
    // store, the append check) keeps this view instead of folding the event a second time.
    const folded = fold(view, event, ctx);
    if ('rejection' in folded) return { ok: false, rejection: folded.rejection };
    return { ok: true, events: [event], view: folded.view };
  } catch {
    // Only a command built to defeat reading (a getter that throws, a proxy) gets here.
    return { ok: false, rejection: unreadable };
  }
}

/**
 * The view after `event`, or why `event` cannot be folded into `view`. A fact that `replay` cannot read would
 * make the whole history unreadable, so it is refused here rather than stored (e.g. a due date in a year the
 * calendar has no schedule for).
 */
function fold(
  view: PetitionView | undefined,
  event: PetitionEvent,
  ctx: DecideContext,
): { view: PetitionView } | { rejection: Rejection } {
  try {
    return { view: evolve(view, event, ctx.calendar) };
  } catch (e) {
    if (e instanceof CalendarYearError) {
      return {
        rejection: rejection(
          'calendar-year-unknown',
          `本操作涉及的期限落在 ${e.year} 年，日历中还没有该年的法定节假日安排。请管理员更新日历后再办理。`,
          `A period of this action runs into ${e.year}, for which the calendar has no official holiday schedule yet. Ask the administrator to update the calendar, then do it again.`,
        ),
      };
    }
    return {
      rejection: invalidField('command', {
        zh: '会使本事项的记录无法读取，请核对各项内容',
        en: 'would make the record of this matter unreadable; check what was entered',
      }),
    };
  }
}

const unreadable = invalidField('command', {
  zh: '无法读取，请重新填写',
  en: 'cannot be read; fill it in again',
});

/**
 * Decide a command against a petition's history: the new events (facts, past tense, hashed and
 * chained) or a rejection `{ code, message: { zh, en } }`. Nothing is stored; the caller appends
 * the events with the expected sequence number. `ctx.policy` is used at registration (its terms are
 * recorded in the `registered` event); afterwards the recorded terms apply.
 *
 * @example
 * const r = decide(history, { type: 'extend', petitionId, at: '2025-11-01T10:00:00+08:00',
 *   by: { id: 'h1', role: 'unitHead' }, days: 30, reason: '需要补充调查' }, { policy: policies.national, calendar: chinaCalendar });
 * if (!r.ok) alert(r.rejection.message.zh); // '本事项已经延期一次，不能再次延期（《信访工作条例》第34条）…'
 */
export function decide(history: readonly PetitionEvent[], command: Command, ctx: DecideContext): DecideResult {
  let view: PetitionView | undefined;
  try {
    if (!Array.isArray(history)) return { ok: false, rejection: unreplayable };
    view = history.length === 0 ? undefined : replay(history, { calendar: ctx.calendar });
  } catch {
    return { ok: false, rejection: unreplayable };
  }
  return decideOn(view, command, ctx);
}
