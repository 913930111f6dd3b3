/**
 * `decide`: given a petition's history and a command, return the new facts or a rejection.
 * It walks the lifecycle table (the same one `petitionMachine` is built from) and evaluates the
 * rules as guards. Pure: no clock, no randomness; a refused command changes nothing.
 */
import { daysBetween } from '../calendar/index.js';
import { dayOf } from './day.js';
import { daysFromCivil, instantMillis } from '../calendar/dates.js';
import { eventJsonOf, internCanonical, sha256Text } from '../history/hash.js';
import { replay } from './evolve.js';
import { type GuardInput, guards, validated } from './guards.js';
import { commandLabels, statusLabels } from './labels.js';
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

/** Two digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Milliseconds of the commonest instant shapes (`YYYY-MM-DDTHH:MM:SS` + `Z` or `±HH:MM`, no fraction),
 * read with `charCodeAt`; `undefined` for anything else or any doubt (then the general parser decides).
 * @internal
 */
export function quickMillis(at: string): number | undefined {
  const n = at.length;
  if ((n !== 20 && n !== 25) || at.charCodeAt(4) !== 45 || at.charCodeAt(7) !== 45 || at.charCodeAt(10) !== 84) {
    return undefined;
  }
  if (at.charCodeAt(13) !== 58 || at.charCodeAt(16) !== 58) return undefined;
  const y1 = two(at, 0);
  const y2 = two(at, 2);
  if (y1 < 0 || y2 < 0) return undefined;
  const y = y1 * 100 + y2;
  const mo = two(at, 5);
  const d = two(at, 8);
  const h = two(at, 11);
  const mi = two(at, 14);
  const sec = two(at, 17);
  if (
    y < 1000 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > (MONTH_DAYS[mo] as number) ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59
  ) {
    return undefined;
  }
  if (sec < 0 || sec > 59 || (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)))) {
    return undefined;
  }
  let offset = 0;
  if (n === 25) {
    const sign = at.charCodeAt(19);
    const oh = two(at, 20);
    const om = two(at, 23);
    if ((sign !== 43 && sign !== 45) || at.charCodeAt(22) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) {
      return undefined;
    }
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else if (at.charCodeAt(19) !== 90) {
    return undefined;
  }
  return daysFromCivil(y, mo, d) * 86_400_000 + ((h * 60 + mi - offset) * 60 + sec) * 1000;
}

// The last instant read and its milliseconds: a store decides command after command, and each view's
// `updatedAt` is the instant of the command decided just before (a pure function of the text, so always right).
let lastText = '';
let lastMillis: number | undefined;

function millisOf(at: unknown): number | undefined {
  if (typeof at !== 'string') return undefined;
  if (at === lastText) return lastMillis;
  const ms = parseMillis(at);
  lastText = at;
  lastMillis = ms;
  return ms;
}

function parseMillis(at: string): number | undefined {
  const quick = quickMillis(at);
  if (quick !== undefined) return quick;
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
  // The view's last instant is read first: it is the instant the previous decision read last (see `millisOf`).
  const last = typeof view === 'object' && view !== null ? millisOf(view.updatedAt) : undefined;
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
    if (ms < (last as number)) {
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
      const data: EventDataMap['registered'] = def({
        calendar: ctx.calendar?.edition,
        earlier: command.earlier === undefined ? undefined : (deepSortKeys(command.earlier) as typeof command.earlier),
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
        def({ complex: command.complex === true ? true : undefined, origin: v.origin, unit: v.unit }),
      ];
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
      return ['materialAdded', def({ kind: command.kind, ref: command.ref, title: command.title })];
    case 'extend':
      return ['extended', { days: command.days, reason: command.reason }];
    case 'conclude':
      return ['concluded', { opinion: command.opinion, outcome: command.outcome }];
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
  const hash = sha256Text(eventJsonOf(at, by, raw, late, petitionId, prevHash, seq, type));
  // Keys in sorted order (the canonical order of the hash), so the stored event reads like what was hashed;
  // every literal of `dataOf` is written with its keys in sorted order too. `late` sorts between `data` and
  // `petitionId`; `hash` comes last. One literal per shape: no spread, no key added afterwards.
  const event =
    late === undefined
      ? { at, by, data: raw, petitionId, prevHash, seq, type, hash }
      : { at, by, data: raw, late, petitionId, prevHash, seq, type, hash };
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
