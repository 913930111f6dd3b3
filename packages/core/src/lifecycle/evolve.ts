/**
 * `evolve` and `replay`: a plain, hand-written reducer that folds facts into a `PetitionView`.
 * It never decides anything (that is `decide`'s job) and never reads a clock: every due date is
 * derived from the history, the terms recorded in the `registered` event, and the calendar.
 */

import { dayOf, instantMillis } from '../calendar/dates.js';
import { type Calendar, chinaCalendar, dueDate, latestDueDate, provisionalFrom } from '../calendar/index.js';
import { handlingOf } from '../periods/index.js';
import type { DueDates, DueKind, Instant, IsoDate, Period, PetitionEvent, PetitionView } from './types.js';

/*
 * Category strings of views (channel, class, unit, outcome) come from events, and events from JSON or a
 * database: every view would hold its own copy of 'visit' or 'petitionOffice'. Folding through this pool makes
 * views share one copy per value (same value, `===` unchanged), so a pass over many views (statistics, work
 * queues) reads a few hot strings instead of one cold copy per view. Bounded: past the limit values are kept
 * as they come.
 */
const POOL_LIMIT = 4096;
const pool = new Map<unknown, unknown>();
function shared<T>(value: T): T {
  if (typeof value !== 'string') return value;
  const hit = pool.get(value);
  if (hit !== undefined) return hit as T;
  if (pool.size < POOL_LIMIT) pool.set(value, value);
  return value;
}

/**
 * Open duties of staff, in the order used for `nextDue`: every clock a work queue shows, the receiving unit's
 * objection window included (22 art 23(3): its staff decide within 5 working days whether to object); the
 * petitioner's review and re-review windows excluded.
 */
const DUTY_KINDS = [
  'disposition',
  'notice',
  'objection',
  'conclusion',
  'reportBack',
  'reviewDecision',
  'reReviewDecision',
  'leaderReview',
  'reply',
] as const satisfies readonly (keyof DueDates)[];

/** Earliest open staff due date (ISO dates compare as strings). */
export function nextDueOf(due: DueDates): IsoDate | undefined {
  let min: IsoDate | undefined;
  for (const k of DUTY_KINDS) {
    const d = due[k];
    if (d !== undefined && (min === undefined || d < min)) min = d;
  }
  return min;
}

/**
 * Earliest open staff due date that stays a duty once it has passed: every clock of `nextDueOf` but the
 * receiving unit's objection window (22 art 23(3): a right that lapses after 5 working days, it is never
 * overdue). Stores index it beside the window's end, so a work queue orders by `queueDueOf` without a clock.
 */
export function durableDueOf(due: DueDates): IsoDate | undefined {
  let min: IsoDate | undefined;
  for (const k of DUTY_KINDS) {
    if (k === 'objection') continue;
    const d = due[k];
    if (d !== undefined && (min === undefined || d < min)) min = d;
  }
  return min;
}

/**
 * The date a work queue orders a petition by on the day `asOf` (the caller's today, Asia/Shanghai): the
 * earliest durable duty, and the objection window's end while the window is still open on `asOf`
 * (22 art 23(3): once it has lapsed, the row sorts by the duty that remains, e.g. the handling due).
 * Without `asOf` every window counts as open (`nextDue`).
 *
 * @example
 * queueDueOf(view, '2025-10-10'); // '2025-10-16' (disposition) once the objection window of 10-09 has lapsed
 */
export function queueDueOf(view: Pick<PetitionView, 'due' | 'nextDue'>, asOf?: IsoDate): IsoDate | undefined {
  const window = view.due?.objection;
  if (asOf === undefined || (window !== undefined && window >= asOf)) return view.nextDue;
  return durableDueOf(view.due ?? {});
}

/**
 * Lateness of an act that closes the due date of `kind` (on `day`, its Asia/Shanghai date): an act on a later
 * day is late, derived at read time with the calendar. The acts and the due dates they close: accepted,
 * transferred, assigned, referred, declined → disposition; notified → notice; concluded → conclusion and
 * reportBack; reviewDecided → reviewDecision; reReviewDecided → reReviewDecision (each case of `apply` calls this
 * before it changes `due`).
 */
function closeDue(v: PetitionView, kind: DueKind, day: IsoDate, owned: boolean): void {
  const d = v.due[kind];
  if (d === undefined || day <= d) return;
  if (owned) v.late.push(kind);
  else v.late = v.late.concat(kind);
}

/** The kinds of `due` on or after `from` (the calendar's first provisional date), or undefined. */
function provisionalOf(due: DueDates, from: IsoDate | undefined): DueKind[] | undefined {
  if (from === undefined) return undefined;
  let out: DueKind[] | undefined;
  for (const k of DUE_KINDS) {
    const d = due[k];
    if (d === undefined || d < from) continue;
    if (out === undefined) out = [k];
    else out.push(k);
  }
  return out;
}

function lengthen(p: Period, extra: number): Period {
  // An extension lengthens the period from the same start (民法典 201/203 applied to the new last day).
  return extra === 0 ? p : { ...p, days: p.days + extra };
}

export { handlingOf };

/**
 * The day a matter's handling period runs from: acceptance (22 art 34: 受理之日), or receipt by the unit where the
 * policy says so (seed §局: transferred and assigned matters 自收到之日起).
 */
function handlingStartOf(v: PetitionView, acceptedOn: IsoDate): IsoDate {
  const from = v.terms.handlingFrom?.[v.origin];
  const receipt = v.unitReceivedAt ?? v.sentAt;
  return from === 'receipt' && receipt !== undefined && !v.simplified ? dayOf(receipt) : acceptedOn;
}

/** `at` plus `minutes`, as a UTC instant (the emergency report is due within minutes, seed §学校). */
function plusMinutes(at: Instant, minutes: number): Instant | undefined {
  const ms = instantMillis(at);
  return ms === undefined ? undefined : new Date(ms + minutes * 60_000).toISOString();
}

function initialView(e: Extract<PetitionEvent, { type: 'registered' }>, calendar: Calendar): PetitionView {
  const d = e.data;
  const p = d.petition;
  const received = dayOf(p.receivedAt);
  // Every kind present (undefined when not owed), one shape for all views.
  const due: DueDates = {
    disposition: dueDate(received, d.terms.disposition, calendar),
    // N4 / 22 art 23(2): written notice within 15 days, unless name or address is unclear (N5).
    notice: d.terms.noticeExempt ? undefined : dueDate(received, d.terms.notice, calendar),
    objection: undefined,
    conclusion: undefined,
    reportBack: undefined,
    reviewRequest: undefined,
    reviewDecision: undefined,
    reReviewRequest: undefined,
    reReviewDecision: undefined,
    // seed §政协机关 三.2: a proposed handling is read by the leader within 3 days.
    leaderReview:
      d.terms.leaderReview && p.proposedHandling ? dueDate(received, d.terms.leaderReview, calendar) : undefined,
    reply: undefined,
  };
  const named = !p.anonymous && p.petitioner !== undefined ? p.petitioner : undefined;
  const unit = shared(d.unit);
  // Every field is present from the start (optional ones as undefined), in one order: all views share
  // one hidden class, which keeps replay and statistics monomorphic (and `delete` is never needed).
  const v: PetitionView = {
    // Fields read per view by statistics and per event by replay first: they share the first cache lines.
    status: 'registered',
    class: shared(p.class),
    channel: shared(p.channel),
    unit,
    receivedAt: p.receivedAt,
    persons: p.collective ? p.collective.headCount : 1,
    concludedAt: undefined,
    outcome: undefined,
    repliedAt: undefined,
    late: [],
    terms: d.terms,
    due,
    provisional: undefined, // by `finish`, as `nextDue`
    seq: e.seq,
    lastHash: e.hash,
    updatedAt: e.at,
    petitionId: e.petitionId,
    registrationNo: d.registrationNo,
    registeredBy: unit,
    units: [unit],
    origin: 'direct',
    complex: undefined,
    handler: undefined,
    registeredAt: e.at,
    subject: p.subject,
    content: p.content,
    topic: p.topic,
    policyId: d.policyId,
    policyVersion: d.policyVersion,
    anonymous: p.anonymous,
    petitionerName: named?.name,
    petitionerPhone: named?.phone,
    petitionerIdNumber: named?.idNumber,
    queryCode: d.queryCode,
    hotline: p.hotline ? true : undefined,
    accusedUnits: p.accused ? p.accused.units : [],
    accusedPersons: p.accused ? p.accused.persons : [],
    conflicts: [],
    nextDue: undefined,
    acceptedAt: undefined,
    handlingStart: undefined,
    reReviewStart: undefined,
    earlier: d.earlier,
    disposedAt: undefined,
    notifiedAt: undefined,
    objectionPending: undefined,
    sentBy: undefined,
    deliveredAt: undefined,
    reviewOutcome: undefined,
    reReviewOutcome: undefined,
    reviewDeliveredAt: undefined,
    reviewRequestedAt: undefined,
    reReviewRequestedAt: undefined,
    archivedAt: undefined,
    extended: false,
    extensionDays: 0,
    ownedBy: undefined,
    hearingDays: 0,
    reReviewHearingDays: 0,
    materials: { proposedHandling: p.proposedHandling ? 1 : 0, leaderInstructions: 0, investigation: 0, other: 0 },
    referral: undefined,
    declinedGoTo: undefined,
    redacted: undefined,
    extensions: 0,
    sentAt: undefined,
    unitReceivedAt: undefined,
    accusedStaff: d.accusedStaff ? d.accusedStaff.slice() : [],
    concludedBy: undefined,
    reviewUnit: undefined,
    reReviewUnit: undefined,
    finalAt: undefined,
    vague: undefined,
    simplified: undefined,
    // seed §学校 (三)3: a serious emergency is reported to the education bureau within 30 minutes.
    emergencyReportBy:
      d.emergency && d.terms.emergency ? plusMinutes(p.receivedAt, d.terms.emergency.minutes) : undefined,
  };
  return v;
}

/** A copy of a view's due dates, in the one order every view has. */
function copyDue(d: DueDates): DueDates {
  return {
    disposition: d.disposition,
    notice: d.notice,
    objection: d.objection,
    conclusion: d.conclusion,
    reportBack: d.reportBack,
    reviewRequest: d.reviewRequest,
    reviewDecision: d.reviewDecision,
    reReviewRequest: d.reReviewRequest,
    reReviewDecision: d.reReviewDecision,
    leaderReview: d.leaderReview,
    reply: d.reply,
  };
}

/** A copy of a view (with `due` in its place), as one object literal: one allocation, the one shape of views. */
function copyView(v: PetitionView, due: DueDates): PetitionView {
  return {
    status: v.status,
    class: v.class,
    channel: v.channel,
    unit: v.unit,
    receivedAt: v.receivedAt,
    persons: v.persons,
    concludedAt: v.concludedAt,
    outcome: v.outcome,
    repliedAt: v.repliedAt,
    late: v.late,
    terms: v.terms,
    due,
    provisional: v.provisional,
    seq: v.seq,
    lastHash: v.lastHash,
    updatedAt: v.updatedAt,
    petitionId: v.petitionId,
    registrationNo: v.registrationNo,
    registeredBy: v.registeredBy,
    units: v.units,
    origin: v.origin,
    complex: v.complex,
    handler: v.handler,
    registeredAt: v.registeredAt,
    subject: v.subject,
    content: v.content,
    topic: v.topic,
    policyId: v.policyId,
    policyVersion: v.policyVersion,
    anonymous: v.anonymous,
    petitionerName: v.petitionerName,
    petitionerPhone: v.petitionerPhone,
    petitionerIdNumber: v.petitionerIdNumber,
    queryCode: v.queryCode,
    hotline: v.hotline,
    accusedUnits: v.accusedUnits,
    accusedPersons: v.accusedPersons,
    conflicts: v.conflicts,
    nextDue: v.nextDue,
    acceptedAt: v.acceptedAt,
    handlingStart: v.handlingStart,
    reReviewStart: v.reReviewStart,
    earlier: v.earlier,
    disposedAt: v.disposedAt,
    notifiedAt: v.notifiedAt,
    objectionPending: v.objectionPending,
    sentBy: v.sentBy,
    deliveredAt: v.deliveredAt,
    reviewOutcome: v.reviewOutcome,
    reReviewOutcome: v.reReviewOutcome,
    reviewDeliveredAt: v.reviewDeliveredAt,
    reviewRequestedAt: v.reviewRequestedAt,
    reReviewRequestedAt: v.reReviewRequestedAt,
    archivedAt: v.archivedAt,
    extended: v.extended,
    extensionDays: v.extensionDays,
    ownedBy: v.ownedBy,
    hearingDays: v.hearingDays,
    reReviewHearingDays: v.reReviewHearingDays,
    materials: v.materials,
    referral: v.referral,
    declinedGoTo: v.declinedGoTo,
    redacted: v.redacted,
    extensions: v.extensions,
    sentAt: v.sentAt,
    unitReceivedAt: v.unitReceivedAt,
    accusedStaff: v.accusedStaff,
    concludedBy: v.concludedBy,
    reviewUnit: v.reviewUnit,
    reReviewUnit: v.reReviewUnit,
    finalAt: v.finalAt,
    vague: v.vague,
    simplified: v.simplified,
    emergencyReportBy: v.emergencyReportBy,
  };
}

// The keys `copyView` writes, in order (`initialView` writes the same: tested). A view with exactly these own
// enumerable keys, in this order, on a plain prototype and without symbol keys is copied by `copyView` — the
// same object a spread makes, made in one step; any other object is spread (extra members kept as they are).
const VIEW_KEYS = Object.keys(copyView({} as PetitionView, {} as DueDates));
const DUE_KEYS = Object.keys(copyDue({} as DueDates));

function plainWith(o: object, keys: readonly string[]): boolean {
  if (Object.getPrototypeOf(o) !== Object.prototype) return false;
  let i = 0;
  for (const k in o) {
    if (k !== keys[i]) return false;
    i++;
  }
  return i === keys.length && Object.getOwnPropertySymbols(o).length === 0;
}

/** `{ ...view, due: { ...view.due } }`, without the generic spread where the view has the usual shape. */
function cloneView(view: PetitionView): PetitionView {
  const d = view.due;
  const due = typeof d === 'object' && d !== null && plainWith(d, DUE_KEYS) ? copyDue(d) : { ...d };
  return plainWith(view, VIEW_KEYS) ? copyView(view, due) : { ...view, due };
}

/**
 * Apply one event to a view IN PLACE. The caller owns `v` and `v.due`; with `owned` it also owns
 * `v.materials` and the arrays `late`, `units`, `conflicts` (replay: a view it built itself) and they are
 * updated in place, else they are replaced (evolve: a shallow copy sharing them with the caller's view).
 */
function apply(v: PetitionView, e: PetitionEvent, calendar: Calendar, owned: boolean): void {
  v.seq = e.seq;
  v.lastHash = e.hash;
  v.updatedAt = e.at;
  const due = v.due;
  // Lateness is derived here (`closeDue`, first in the cases of the acts that close a due date), from the history
  // and the calendar, not read from `e.late`: loading an official schedule corrects it (decide never records a
  // lateness that a provisional due date decided).
  const t = v.terms;
  switch (e.type) {
    case 'registered':
      throw new TypeError(`Event ${e.seq} of ${e.petitionId}: a petition is registered only once (seq 1).`);
    case 'accepted': {
      const day = dayOf(e.at);
      closeDue(v, 'disposition', day, owned);
      v.status = 'handling';
      // Mostly accepted by the unit that holds it: its string is already the pooled one.
      if (e.data.unit !== v.unit) v.unit = shared(e.data.unit);
      v.origin = e.data.origin;
      v.acceptedAt = e.at;
      if (v.disposedAt === undefined) v.disposedAt = e.at;
      v.objectionPending = false;
      due.disposition = undefined;
      due.objection = undefined;
      if (e.data.complex) v.complex = true;
      if (e.data.simplified) v.simplified = true;
      // N14 / 22 art 34: handling time runs from acceptance (period per origin, seed §局 II: from receipt).
      v.handlingStart = handlingStartOf(v, day);
      due.conclusion =
        t.handled === false ? undefined : dueDate(v.handlingStart, lengthen(handlingOf(v), v.extensionDays), calendar);
      // seed §政协机关 五.4: a reply (or a letter explaining the delay) within one month of acceptance.
      due.reply = t.reply && !t.replyExempt ? dueDate(day, t.reply, calendar) : undefined;
      break;
    }
    case 'received': {
      // 22 art 23(3): the receiving unit's periods run from its receipt, not from the dispatch.
      const day = dayOf(e.at);
      v.unitReceivedAt = e.at;
      if (due.objection !== undefined) due.objection = latestDueDate(day, t.objection, calendar);
      if (due.disposition !== undefined) due.disposition = dueDate(day, t.disposition, calendar);
      if (due.notice !== undefined) due.notice = dueDate(day, t.notice, calendar);
      break;
    }
    case 'accusedMatchSettled':
      // 22 art 30: a cleared match frees that staff member; a confirmed one keeps them blocked.
      if (!e.data.confirmed) {
        if (v.accusedStaff.includes(e.data.staffId))
          v.accusedStaff = v.accusedStaff.filter((x) => x !== e.data.staffId);
      } else if (!v.accusedStaff.includes(e.data.staffId)) {
        v.accusedStaff = v.accusedStaff.concat(e.data.staffId);
      }
      break;
    case 'markedVague':
      v.vague = true;
      if (t.vagueExempt) due.reply = undefined;
      break;
    case 'transferred':
    case 'assigned': {
      const day = dayOf(e.at);
      closeDue(v, 'disposition', day, owned);
      v.status = e.type;
      v.sentBy = shared(e.data.fromUnit);
      v.unit = shared(e.data.toUnit);
      if (!v.units.includes(e.data.toUnit)) {
        if (owned) v.units.push(v.unit);
        else v.units = v.units.concat(v.unit);
      }
      v.origin = e.type;
      v.sentAt = e.at;
      v.unitReceivedAt = undefined;
      if (v.disposedAt === undefined) v.disposedAt = e.at;
      v.objectionPending = false;
      // 22 art 23(3): the receiving organ decides within 15 days of receipt whether to accept and tells the
      // petitioner in writing (no notice where name or address is unclear, N5). Until it records its receipt
      // (`receive`), receipt is taken as the day of dispatch.
      due.disposition = dueDate(day, t.disposition, calendar);
      due.notice = t.noticeExempt ? undefined : dueDate(day, t.notice, calendar);
      // N6 / 22 art 23(3): the receiving organ may object within 5 working days of receipt.
      due.objection = latestDueDate(day, t.objection, calendar);
      if (e.type === 'assigned') {
        due.reportBack = e.data.reportBackBy ?? dueDate(day, t.reportBack, calendar);
      } else {
        due.reportBack = undefined;
      }
      break;
    }
    case 'referred':
      closeDue(v, 'disposition', dayOf(e.at), owned);
      v.status = 'referred';
      v.referral = { channel: e.data.channel, organ: e.data.organ };
      if (v.disposedAt === undefined) v.disposedAt = e.at;
      due.disposition = undefined;
      due.objection = undefined;
      due.reportBack = undefined;
      // 22 arts 28(2), 31: referred after acceptance, the matter leaves petition handling.
      due.conclusion = undefined;
      due.reply = undefined;
      due.leaderReview = undefined;
      break;
    case 'declined':
      closeDue(v, 'disposition', dayOf(e.at), owned);
      v.status = 'declined';
      v.declinedGoTo = e.data.goTo;
      if (v.disposedAt === undefined) v.disposedAt = e.at;
      due.disposition = undefined;
      due.objection = undefined;
      due.reportBack = undefined;
      break;
    case 'notified':
      closeDue(v, 'notice', dayOf(e.at), owned);
      if (v.notifiedAt === undefined) v.notifiedAt = e.at;
      due.notice = undefined;
      // seed §政协机关 五.4: after acceptance, a letter explaining the delay answers the one-month reply.
      if (v.acceptedAt !== undefined) due.reply = undefined;
      if (t.emergency && e.data.to === t.emergency.to) v.emergencyReportBy = undefined;
      break;
    case 'objected':
      v.objectionPending = true;
      due.objection = undefined;
      break;
    case 'objectionDecided':
      v.objectionPending = false;
      if (e.data.agreed) {
        // 22 art 23(3): the materials go back to the sender, who disposes of the matter again.
        v.status = 'registered';
        v.unit = e.data.returnedTo ?? v.sentBy ?? v.registeredBy;
        v.origin = 'direct';
        v.sentBy = undefined;
        v.sentAt = undefined;
        v.unitReceivedAt = undefined;
        due.reportBack = undefined;
      }
      break;
    case 'handlingProposed':
      if (!owned) v.materials = { ...v.materials };
      v.materials.proposedHandling++;
      // seed §政协机关 三.2: 领导阅批时间一般不超过三天.
      if (t.leaderReview && due.leaderReview === undefined)
        due.leaderReview = dueDate(dayOf(e.at), t.leaderReview, calendar);
      break;
    case 'leaderInstructed':
      if (!owned) v.materials = { ...v.materials };
      v.materials.leaderInstructions++;
      due.leaderReview = undefined;
      break;
    case 'materialAdded':
      if (!owned) v.materials = { ...v.materials };
      if (e.data.kind === 'investigation') v.materials.investigation++;
      else v.materials.other++;
      break;
    case 'caseOwned':
      v.ownedBy = e.data.leader;
      break;
    case 'urged':
    case 'supervised':
    case 'convened':
      break;
    case 'hearingHeld':
      v.hearingDays += e.data.days;
      if (v.status === 'reReviewRequested' && v.reReviewStart !== undefined) {
        // N17 / 22 art 36: hearing time is not counted in the re-review period.
        v.reReviewHearingDays += e.data.days;
        due.reReviewDecision = dueDate(v.reReviewStart, lengthen(t.reReviewDecision, v.reReviewHearingDays), calendar);
      }
      break;
    case 'recused':
      if (!v.conflicts.includes(e.data.person)) {
        if (owned) v.conflicts.push(e.data.person);
        else v.conflicts = v.conflicts.concat(e.data.person);
      }
      if (v.handler === e.data.person) v.handler = undefined;
      break;
    case 'handlerAssigned':
      v.handler = e.data.handler;
      break;
    case 'extended':
      v.extended = true;
      v.extensions++;
      v.extensionDays += e.data.days;
      if (v.handlingStart !== undefined) {
        // N15 / 22 art 34: the extension lengthens the period counted from the same start.
        due.conclusion = dueDate(v.handlingStart, lengthen(handlingOf(v), v.extensionDays), calendar);
      }
      break;
    case 'concluded': {
      const day = dayOf(e.at);
      closeDue(v, 'conclusion', day, owned);
      closeDue(v, 'reportBack', day, owned);
      v.status = 'concluded';
      v.outcome = shared(e.data.outcome);
      v.concludedAt = e.at;
      v.concludedBy = v.unit;
      // 22 art 34: the written reply is part of the handling period, so an owed reply keeps the period's end
      // as its due date (or an earlier one the policy sets, seed §政协机关 五.4).
      if (due.conclusion !== undefined && !t.replyExempt && !(v.vague === true && t.vagueExempt)) {
        if (due.reply === undefined || due.conclusion < due.reply) due.reply = due.conclusion;
      }
      due.conclusion = undefined;
      due.reportBack = undefined;
      break;
    }
    case 'replied':
      v.status = 'replied';
      v.repliedAt = e.at;
      due.reply = undefined;
      break;
    case 'delivered': {
      const day = dayOf(e.at);
      if (e.data.of === 'reply') {
        v.deliveredAt = e.at;
        // N16 / 22 art 35: review requested within 30 days of receiving the written reply — for the classes
        // whose opinion can be reviewed (policy scope: a claim's 信访处理意见).
        due.reviewRequest = t.reviewable === false ? undefined : latestDueDate(day, t.reviewRequest, calendar);
      } else {
        v.reviewDeliveredAt = e.at;
        // N17 / 22 art 36: re-review requested within 30 days of receiving the review decision.
        due.reReviewRequest = latestDueDate(day, t.reReviewRequest, calendar);
      }
      break;
    }
    case 'reviewRequested': {
      v.status = 'reviewRequested';
      v.reviewRequestedAt = e.at;
      v.reviewUnit = shared(e.data.reviewUnit);
      due.reviewRequest = undefined;
      due.reviewDecision = dueDate(dayOf(e.at), t.reviewDecision, calendar);
      break;
    }
    case 'reviewDecided':
      closeDue(v, 'reviewDecision', dayOf(e.at), owned);
      v.status = 'reviewed';
      v.reviewOutcome = e.data.outcome;
      due.reviewDecision = undefined;
      break;
    case 'reReviewRequested': {
      const day = dayOf(e.at);
      v.status = 'reReviewRequested';
      v.reReviewRequestedAt = e.at;
      v.reReviewUnit = shared(e.data.reviewUnit);
      v.reReviewStart = day;
      due.reReviewRequest = undefined;
      due.reReviewDecision = dueDate(day, t.reReviewDecision, calendar);
      break;
    }
    case 'reReviewDecided':
      closeDue(v, 'reReviewDecision', dayOf(e.at), owned);
      v.status = 'final';
      v.finalAt = e.at;
      v.reReviewOutcome = e.data.outcome;
      due.reReviewDecision = undefined;
      break;
    case 'archived':
      // 22 art 36(3): archived after the review window lapsed (the archive waits for it), the opinion is final.
      if (v.finalAt === undefined && t.reviewable !== false && (v.status === 'replied' || v.status === 'reviewed')) {
        v.finalAt = e.at;
      }
      v.status = 'archived';
      v.archivedAt = e.at;
      // Every clock stops (written out: one named store each, not a keyed store per kind).
      due.disposition = undefined;
      due.notice = undefined;
      due.objection = undefined;
      due.conclusion = undefined;
      due.reportBack = undefined;
      due.reviewRequest = undefined;
      due.reviewDecision = undefined;
      due.reReviewRequest = undefined;
      due.reReviewDecision = undefined;
      due.leaderReview = undefined;
      due.reply = undefined;
      break;
  }
}

/** After events were applied: recompute `nextDue`, the index of work queues, and the provisional kinds. */
function finish(v: PetitionView, calendar: Calendar): PetitionView {
  const next = nextDueOf(v.due);
  v.nextDue = next;
  v.provisional = provisionalOf(v.due, provisionalFrom(calendar));
  return v;
}

/** Every due date a view carries, in the order `deadlines` lists two due on the same day. */
export const DUE_KINDS = [
  'disposition',
  'notice',
  'objection',
  'conclusion',
  'reportBack',
  'reviewRequest',
  'reviewDecision',
  'reReviewRequest',
  'reReviewDecision',
  'leaderReview',
  'reply',
] as const satisfies readonly (keyof DueDates)[];

/**
 * Fold one event into a petition's view (a pure reducer: the input view is not modified).
 * The first event must be `registered` (then `view` is ignored). Due dates are computed with
 * `calendar` (default: the official Chinese calendar) and the terms recorded at registration.
 *
 * @example
 * let view: PetitionView | undefined;
 * for (const e of events) view = evolve(view, e);
 */
export function evolve(
  view: PetitionView | undefined,
  event: PetitionEvent,
  calendar: Calendar = chinaCalendar,
): PetitionView {
  if (event.type === 'registered') return finish(initialView(event, calendar), calendar);
  if (view === undefined) {
    throw new TypeError(`A history starts with 'registered'; got '${event.type}' (seq ${event.seq}) first.`);
  }
  const v = cloneView(view);
  apply(v, event, calendar, false);
  return finish(v, calendar);
}

/**
 * Fold a whole history into a view, at reducer speed. Pass the calendar the due dates should be
 * counted with (default: the official Chinese calendar, the one every shipped policy assumes).
 * Throws a `TypeError` on an empty history or one that does not start with `registered`.
 *
 * @example
 * const view = replay(await store.history(id));
 * view.status;        // 'handling'
 * view.due.conclusion // '2025-12-22'
 */
export function replay(events: readonly PetitionEvent[], options: { calendar?: Calendar } = {}): PetitionView {
  const calendar = options.calendar ?? chinaCalendar;
  const first = events[0];
  if (first === undefined)
    throw new TypeError('Cannot replay an empty history: it must start with a registered event.');
  if (first.type !== 'registered') {
    throw new TypeError(`A history starts with 'registered'; got '${first.type}' (seq ${first.seq}) first.`);
  }
  const v = initialView(first, calendar);
  // The view is this function's own: events are folded into it in place (no copy per event).
  for (let i = 1; i < events.length; i++) apply(v, events[i] as PetitionEvent, calendar, true);
  return finish(v, calendar);
}
