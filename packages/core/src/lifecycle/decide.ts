/**
 * `decide`: given a petition's history and a command, return the new facts or a rejection.
 * It walks the lifecycle table (the same one `petitionMachine` is built from) and evaluates the
 * rules as guards. Pure: no clock, no randomness; a refused command changes nothing.
 */
import { daysBetween } from '../calendar/index.js';
import { dayOf } from './day.js';
import { instantMillis } from '../calendar/dates.js';
import { hashEvent } from '../history/hash.js';
import { replay } from './evolve.js';
import { type GuardInput, guards, validated } from './guards.js';
import { commandLabels, statusLabels } from './labels.js';
import { termsFor } from './terms.js';
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

/** Result of `decide`. */
export type DecideResult = { ok: true; events: PetitionEvent[] } | { ok: false; rejection: Rejection };

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

// `YYYY-MM-DDTHH:MM:SS(.sss)` with `Z` or `±HH:MM`: exactly what ECMAScript's Date Time String Format
// defines, so `Date.parse` reads it the same in every engine; anything else goes through the strict parser.
const ECMA_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/;

function millisOf(at: unknown): number | undefined {
  if (typeof at !== 'string') return undefined;
  if (ECMA_INSTANT.test(at)) {
    const ms = Date.parse(at);
    if (!Number.isNaN(ms)) return ms;
  }
  return instantMillis(at);
}

/** Structural checks a program (not a person) gets wrong: bad instant, wrong petition, time running backwards. */
function checkShape(view: PetitionView | undefined, command: Command): Rejection | undefined {
  if (
    command === null ||
    typeof command !== 'object' ||
    typeof command.type !== 'string' ||
    typeof command.petitionId !== 'string' ||
    command.petitionId === ''
  ) {
    return rejection('invalid-command', '操作无效，请刷新后重试。', 'The action is not valid. Reload and try again.');
  }
  const by = command.by as Actor | undefined;
  if (!by || typeof by.id !== 'string' || by.id === '' || typeof by.role !== 'string') {
    return rejection(
      'missing-actor',
      '操作未注明操作人。请登录后重试。',
      'The action does not name who did it. Sign in and try again.',
    );
  }
  const ms = millisOf(command.at);
  if (ms === undefined) {
    return rejection(
      'invalid-instant',
      `操作时间“${String(command.at)}”无效。请使用系统时间重试。`,
      `The time "${String(command.at)}" is not valid. Retry with the system clock.`,
    );
  }
  if (view !== undefined) {
    if (command.petitionId !== view.petitionId) {
      return rejection(
        'wrong-petition',
        '操作针对的是另一件信访事项。请刷新后重试。',
        'The action is for another petition. Reload and try again.',
      );
    }
    if (ms < (millisOf(view.updatedAt) as number)) {
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

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
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

function def<T extends object>(o: T): T {
  for (const k in o) if (o[k] === undefined) delete o[k];
  return o;
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
      const data: EventDataMap['registered'] = def({
        petition,
        registrationNo: command.registrationNo,
        unit: command.unit,
        policyId: command.policyId,
        policyVersion: command.policyVersion,
        queryCode: command.queryCode,
        earlier: command.earlier,
        terms: termsFor(ctx.policy, petition),
      });
      return ['registered', data];
    }
    case 'accept':
      return [
        'accepted',
        def({ unit: v.unit, origin: v.origin, complex: command.complex === true ? true : undefined }),
      ];
    case 'transfer':
      return ['transferred', { fromUnit: v.unit, toUnit: command.toUnit, reason: command.reason }];
    case 'assign':
      return [
        'assigned',
        def({ fromUnit: v.unit, toUnit: command.toUnit, reason: command.reason, reportBackBy: command.reportBackBy }),
      ];
    case 'referToLegalChannel':
      return ['referred', { channel: command.channel, organ: command.organ }];
    case 'decline':
      return [
        'declined',
        def({ reason: command.reason, goTo: command.goTo, alreadyAcceptedAs: command.alreadyAcceptedAs }),
      ];
    case 'notify':
      return ['notified', def({ method: command.method, to: command.to, text: command.text })];
    case 'object':
      return ['objected', { unit: v.unit, reasons: command.reasons }];
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
      return ['handlingProposed', { text: command.text }];
    case 'leaderInstruct':
      return ['leaderInstructed', { text: command.text }];
    case 'ownCase':
      return ['caseOwned', { leader: command.by.id }];
    case 'urge':
      return ['urged', def({ text: command.text })];
    case 'supervise':
      return ['supervised', def({ text: command.text })];
    case 'convene':
      return [
        'convened',
        def({ form: command.form, chair: command.chair, units: command.units, withPetitioner: command.withPetitioner }),
      ];
    case 'hearing':
      return [
        'hearingHeld',
        def({
          from: command.from,
          to: command.to,
          days: inclusiveDays(command.from, command.to),
          summary: command.summary,
        }),
      ];
    case 'recuse':
      return ['recused', { person: command.person, reason: command.reason }];
    case 'assignHandler':
      return ['handlerAssigned', { handler: command.handler }];
    case 'addMaterial':
      return ['materialAdded', def({ kind: command.kind, ref: command.ref, title: command.title })];
    case 'extend':
      return ['extended', { days: command.days, reason: command.reason }];
    case 'conclude':
      return ['concluded', { outcome: command.outcome, opinion: command.opinion }];
    case 'reply':
      return ['replied', { text: command.text }];
    case 'delivered':
      return ['delivered', { of: v.status === 'replied' ? 'reply' : 'review' }];
    case 'requestReview':
      return ['reviewRequested', { reviewUnit: command.reviewUnit, reasons: command.reasons }];
    case 'decideReview':
      return ['reviewDecided', { outcome: command.outcome, opinion: command.opinion }];
    case 'requestReReview':
      return ['reReviewRequested', { reviewUnit: command.reviewUnit, reasons: command.reasons }];
    case 'decideReReview':
      return ['reReviewDecided', { outcome: command.outcome, opinion: command.opinion }];
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
  // Keys in sorted order, so the canonical serialisation of the hash takes its fast path.
  const by: Actor = def({ id: command.by.id, name: command.by.name, role: command.by.role, unit: command.by.unit });
  const event = {
    at: command.at,
    by,
    data: type === 'registered' ? deepSortKeys(raw) : sortKeys(raw as Record<string, unknown>),
    petitionId: command.petitionId,
    prevHash: view?.lastHash ?? '',
    seq: (view?.seq ?? 0) + 1,
    type,
  } as Omit<PetitionEvent, 'hash'> & { late?: string[]; hash?: string };
  const closes = CLOSES[command.type];
  if (closes !== undefined && view !== undefined) {
    let late: string[] | undefined;
    for (const k of closes) {
      const due = view.due[k];
      // 民法典 203: a day ends at 24:00 Asia/Shanghai — late means a later date, not a later hour.
      if (due !== undefined && date > due) {
        late ??= [];
        late.push(k);
      }
    }
    if (late !== undefined) {
      const { petitionId, prevHash, seq, type: t } = event;
      // Keep the keys sorted: `late` sorts between `data` and `petitionId`.
      const { petitionId: _p, prevHash: _h, seq: _s, type: _t, ...head } = event;
      const withLate = { ...head, late, petitionId, prevHash, seq, type: t } as typeof event;
      withLate.hash = hashEvent(withLate);
      return withLate as PetitionEvent;
    }
  }
  event.hash = hashEvent(event);
  return event as PetitionEvent;
}

/**
 * Decide on an already folded view (for stores that keep views): same result as `decide(history, …)`
 * when `view` is `replay(history)`.
 */
export function decideOn(view: PetitionView | undefined, command: Command, ctx: DecideContext): DecideResult {
  const bad = checkShape(view, command);
  if (bad !== undefined) return { ok: false, rejection: bad };
  const state: MachineState = view?.status ?? 'new';
  const specs = transitions[state][command.type];
  if (specs === undefined) return { ok: false, rejection: notAllowed(state, command) };
  const input = guardInput(view, command, ctx);
  const chosen = select(specs, input);
  if (!chosen.ok) return chosen;
  return { ok: true, events: [buildEvent(view, command, input.date, ctx, input)] };
}

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
  const view = history.length === 0 ? undefined : replay(history, { calendar: ctx.calendar });
  return decideOn(view, command, ctx);
}
