/**
 * Demo data: realistic petitions across a year, from a fixed seed, produced as core COMMANDS that go
 * through the lifecycle — so every history is a real, valid, hash-chained history and every due date,
 * late act and outcome is the core's own, never a value written in here.
 *
 * Two paths:
 * - `loadDemoData(store, …)` with a store that has no bulk import: every command through `store.execute`
 *   (the store allocates ids and registration numbers, exactly like a clerk's desk);
 * - with a store that offers `importHistories` (see {@link BulkImportStore}): histories are decided in memory
 *   with the core's `decide` and written in bulk — the only sensible way to load 100,000 petitions.
 *
 * Everything a person would type is synthetic: names, ID numbers with valid check digits (GB 11643),
 * mobile numbers, addresses, subjects.
 */
import {
  type Actor,
  addDays,
  archiveUnit,
  type Calendar,
  type Channel,
  type Command,
  decideOn,
  formatRegistrationNo,
  handlingCeiling,
  handlingPeriod,
  type Instant,
  type IsoDate,
  type Outcome,
  type PetitionClass,
  type PetitionEvent,
  type PetitionInput,
  type PetitionStore,
  type PetitionView,
  type PolicyProfile,
  type Role,
  route,
  shanghaiDate,
  unitCode,
} from '@xinfang/core';
import { DEMO_QUERY_CODE_DIGEST } from '../app/query-code.js';
import { type DemoPerson, makePerson } from './people.js';
import { createRandom, type Random } from './random.js';
import { makeMatter } from './subjects.js';

/** The fixed default seed: the same seed always yields the same petitions. */
export const DEFAULT_SEED = 20250501;
/** Default number of petitions. */
export const DEFAULT_COUNT = 2000;
/** Largest number of petitions the demo loader accepts. */
export const MAX_COUNT = 100_000;

/** Progress of a demo load: `done` of `total` petitions in `phase`. */
export interface DemoProgress {
  phase: 'generate' | 'write';
  done: number;
  total: number;
}

/** Options of {@link loadDemoData} and {@link generateDemoHistories}. */
export interface DemoOptions {
  /** Number of petitions, 1–100,000 (default 2,000). */
  count?: number;
  /** Seed of the pseudo-random generator (default {@link DEFAULT_SEED}). */
  seed?: number;
  /** The organ's policy; its units, limits and routing shape the data. */
  policy: PolicyProfile;
  calendar: Calendar;
  /** The demo clock's instant: no act happens after it, so recent matters are still open. */
  now: Instant;
  /**
   * First and last day of receipt. Default: the 365 days before `now`, ending early enough that every due
   * date stays inside the calendar's official schedule (years without data raise an error, rules.md §2).
   */
  from?: IsoDate;
  to?: IsoDate;
  onProgress?: (progress: DemoProgress) => void;
  /** Use `store.execute` for every command even when the store offers a bulk import. */
  forceExecute?: boolean;
}

/** One petition's planned commands; `petitionId` is filled in once the store (or the generator) allocates it. */
export interface PlannedPetition {
  register: Extract<Command, { type: 'register' }>;
  steps: Command[];
}

/**
 * A store that can write whole, already decided histories at once (`@xinfang/dexie`'s `bulkImport`).
 * `db.counters` (optional) tells which registration numbers are already taken per `<unit>|<yyyy>`.
 */
export interface BulkImportStore extends PetitionStore {
  bulkImport(
    histories: PetitionEvent[][],
    options?: { onProgress?: (p: { phase: string; done: number; total: number }) => void },
  ): Promise<void>;
  db?: { counters?: { toArray(): Promise<{ key: string; last: number }[]> } };
}

/** What a demo load produced. */
export interface DemoResult {
  petitions: number;
  events: number;
  /** Commands the core refused (0 for a correct generator; the count is reported, never hidden). */
  refused: number;
  path: 'execute' | 'bulk';
}

const CHANNEL_WEIGHTS: Record<Channel, number> = { letter: 22, visit: 26, call: 28, online: 24 };
const CLASS_WEIGHTS: Record<PetitionClass, number> = { suggestion: 25, accusation: 18, claim: 57 };
/** 22 art 29–31: the handling opinion a class can have. */
const OUTCOMES: Record<PetitionClass, Partial<Record<Outcome, number>>> = {
  claim: { support: 38, explain: 42, reject: 20 },
  suggestion: { adopted: 45, noted: 55 },
  accusation: { disciplineInspection: 55, competentOrgan: 45 },
};
const LEGAL_CHANNELS = ['litigation', 'arbitration', 'administrativeReconsideration', 'laborArbitration'] as const;
const OTHER_ORGANS = ['区人民法院', '区劳动人事争议仲裁委员会', '区司法局', '市市场监督管理局', '区住房和城乡建设局'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant `days` (fractional allowed) after `start`, in +08:00, during office hours. */
function officeInstant(date: IsoDate, random: Random): Instant {
  const minutes = random.int(8 * 60 + 30, 17 * 60 + 30);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00+08:00`;
}

function instantMs(at: Instant): number {
  return Date.parse(at);
}

/** The next working day on or after `date` (acts of the office happen on working days). */
function workdayOnOrAfter(date: IsoDate, calendar: Calendar): IsoDate {
  let d = date;
  // Beyond the calendar's years nothing is known (and such acts fall after the act horizon and are dropped).
  const known = [...calendar.years, ...(calendar.provisionalYears ?? [])];
  for (let i = 0; i < 20 && known.includes(Number(d.slice(0, 4))) && !calendar.isWorkday(d); i++) d = addDays(d, 1);
  return d;
}

function actor(role: Role, unit: string, index = 1): Actor {
  return { id: `demo-${role}-${unit}-${index}`, role, unit };
}

/**
 * Days after an act within which any due date it starts can fall under `policy`: the longest period (handling,
 * report-back, review; working days counted generously as 1.6 calendar days) plus the longest extension, plus
 * two weeks for holiday roll-forward (民法典 203).
 */
export function periodReach(policy: PolicyProfile): number {
  const p = policy.periods;
  const h = policy.handling;
  const periods = [
    p.disposition,
    p.notice,
    p.objection,
    p.reviewRequest,
    p.reviewDecision,
    p.reReviewRequest,
    p.reReviewDecision,
    p.leaderReview,
    p.reportBack,
    p.reply,
    h.direct,
    h.assigned,
    h.transferred,
    h.complex,
    ...h.rules.map((r) => r.period),
  ];
  const days = (x: { days: number; unit: string } | null) =>
    x ? Math.ceil(x.days * (x.unit === 'workday' ? 1.6 : 1)) : 0;
  return Math.max(...periods.map(days)) + days(policy.extension.max) + 14;
}

/**
 * The last day on which the demo lets anything happen under `policy`: every due date an act starts must still
 * fall inside the years the calendar counts — official or provisional, up to its horizon — or the core rightly
 * refuses to count it (rules.md §2). A demo clock beyond it sees matters that stalled there.
 */
export function actHorizon(policy: PolicyProfile, calendar: Calendar): IsoDate {
  return addDays(`${Math.max(...calendar.years, ...(calendar.provisionalYears ?? []))}-12-31`, -periodReach(policy));
}

/** The default receipt window: the 365 days before `now`, ending 30 days before the act horizon at the latest. */
export function defaultWindow(now: Instant, policy: PolicyProfile, calendar: Calendar): { from: IsoDate; to: IsoDate } {
  const yesterday = addDays(shanghaiDate(now), -1);
  const last = addDays(actHorizon(policy, calendar), -30);
  const to = [yesterday, last].sort()[0]!; // the earlier of the two
  return { from: addDays(to, -364), to };
}

interface PlanContext {
  policy: PolicyProfile;
  calendar: Calendar;
  nowMs: number;
  from: IsoDate;
  days: number;
}

function unitIds(policy: PolicyProfile): string[] {
  return policy.units.map((u) => u.id);
}

function petitioner(person: DemoPerson): NonNullable<PetitionInput['petitioner']> {
  return { name: person.name, idNumber: person.idNumber, phone: person.phone, address: person.address };
}

/** Draws one petition as a form (or a clerk at the desk) would hand it over. */
function drawHead(
  random: Random,
  ctx: PlanContext,
): { channel: Channel; cls: PetitionClass; date: IsoDate; receivedAt: Instant } {
  const channel = random.weighted(CHANNEL_WEIGHTS);
  const cls = random.weighted(CLASS_WEIGHTS);
  // Visits happen on working days (reception days); letters, calls and online petitions on any day.
  let date = addDays(ctx.from, random.int(0, ctx.days - 1));
  if (channel === 'visit') date = workdayOnOrAfter(date, ctx.calendar);
  return { channel, cls, date, receivedAt: officeInstant(date, random) };
}

function makeInput(random: Random, index: number, ctx: PlanContext): PetitionInput {
  const { channel, cls, date, receivedAt } = drawHead(random, ctx);
  const matter = makeMatter(random, cls);
  const person = makePerson(random);
  // Anonymous petitions come by letter, online or by phone, mostly accusations; visitors are always named.
  const anonymous = channel !== 'visit' && random.chance(cls === 'accusation' ? 0.3 : 0.05);
  const input: PetitionInput = {
    channel,
    class: cls,
    subject: matter.subject,
    content: matter.content,
    receivedAt,
    anonymous,
  };
  if (!anonymous) input.petitioner = petitioner(person);
  // Policies with a routing table by topic (seed §医院, seed §局 来信归口, seed §物价局): most petitions carry one.
  if (ctx.policy.topics.length > 0 && random.chance(0.7)) input.topic = random.pick(ctx.policy.topics).id;
  if (channel === 'letter') {
    // Postmark 1–4 days before arrival; the envelope is opened and stamped the day it arrives (seed §交通集团).
    input.letter = {
      postmarkDate: addDays(date, -random.int(1, 4)),
      senderAddress: anonymous ? '地址不详' : person.address,
      openedAt: receivedAt,
    };
  }
  if (channel === 'call' && random.chance(0.7)) {
    input.hotline = { line: '12345', ticket: `12345-${date.replaceAll('-', '')}-${String(index).padStart(6, '0')}` };
  }
  if (channel === 'visit') {
    input.visitRecordConfirmed = true;
    input.truthStatement = true;
    if (random.chance(0.12)) {
      // 22 art 20(3): a collective visit elects at most `representativesLimit` representatives.
      const limit = ctx.policy.representativesLimit;
      const reps = Array.from({ length: random.int(2, limit) }, () => petitioner(makePerson(random)));
      input.collective = { headCount: random.int(reps.length + 4, 60), representatives: reps };
    }
  }
  if (cls === 'accusation') {
    const units = unitIds(ctx.policy).filter((u) => u !== ctx.policy.defaultUnit);
    const accusedUnit = units.length > 0 && random.chance(0.5) ? [random.pick(units)] : [];
    input.accused = { persons: [`${makePerson(random).name}（某科室工作人员）`], units: accusedUnit };
  }
  return input;
}

/** Adds `days` (fractional) to an instant, moved onto a working day during office hours. */
function later(at: Instant, days: number, random: Random, calendar: Calendar): Instant {
  const date = workdayOnOrAfter(addDays(shanghaiDate(at), Math.max(0, Math.round(days))), calendar);
  const next = officeInstant(date, random);
  // Never before the previous act.
  return instantMs(next) > instantMs(at) ? next : new Date(instantMs(at) + HOUR).toISOString();
}

/**
 * Plans one petition's life: registration, disposition (accept / assign / transfer / refer / decline),
 * notice, handling (handler, proposed handling, leader instruction, investigation, sometimes an extension),
 * conclusion with the class's outcome, reply and delivery, sometimes review and re-review, archiving.
 * Acts after `now` are left out, so recent matters are still open; a few matters stall and become overdue.
 */
export function planPetition(random: Random, index: number, ctx: PlanContext): PlannedPetition {
  const { policy, calendar } = ctx;
  const input = makeInput(random, index, ctx);
  const office = policy.defaultUnit;
  const clerk = actor('clerk', office);
  random.next(); // the draw that was the demo's plain query code: kept so the seeded data stay the same
  const register: PlannedPetition['register'] = {
    type: 'register',
    petitionId: '',
    at: input.receivedAt,
    by: clerk,
    petition: input,
    registrationNo: '',
    unit: office,
    policyId: policy.id,
    policyVersion: policy.version,
    queryCode: DEMO_QUERY_CODE_DIGEST,
  };
  const steps: Command[] = [];
  let at = input.receivedAt;
  const push = (c: Command): void => {
    steps.push(c);
    at = c.at;
  };
  const after = (min: number, max: number): Instant => later(at, random.int(min, max), random, calendar);
  const notify = (): void => {
    // No written notice is owed where name or address is unclear (22 art 23(2)); named petitioners get one.
    if (!input.anonymous) push({ type: 'notify', petitionId: '', at: after(0, 3), by: clerk, method: 'written' });
  };

  // seed §交通集团: 政工领导 → 总经理 → 董事长 read the letter in turn before it is sent on or accepted.
  const readChain = (): void => {
    for (const _ of policy.leaderChain) {
      push({
        type: 'leaderInstruct',
        petitionId: '',
        at: after(0, 1),
        by: { id: 'demo-leader', role: 'leader', unit: office },
        text: '已阅，请按规定办理。',
      });
    }
  };

  const fate = random.weighted({
    handle: 78,
    transfer: 7,
    refer: 4,
    decline: 4,
    stallDisposition: 2,
    stallHandling: 5,
  });
  if (fate === 'stallDisposition') return { register, steps };
  if (fate === 'transfer') {
    // 22 art 22: transfer to the organ with power; the notice tells the petitioner where it went.
    readChain();
    push({
      type: 'transfer',
      petitionId: '',
      at: after(1, 8),
      by: clerk,
      // A unit the policy lists (register and transfer name known units only).
      toUnit: random.pick(
        policy.units.map((u) => u.id).filter((id) => id !== office && !input.accused?.units.includes(id)),
      ),
      reason: '该事项属于其他机关职权范围，依法转送有权处理的机关。',
    });
    notify();
    return finish(register, steps, ctx);
  }
  if (fate === 'refer') {
    // 22 arts 28(2), 31: litigation separation — the petitioner is told which legal channel to use.
    push({
      type: 'referToLegalChannel',
      petitionId: '',
      at: after(1, 8),
      by: clerk,
      channel: random.pick(LEGAL_CHANNELS),
      organ: random.pick(OTHER_ORGANS),
    });
    notify();
    return finish(register, steps, ctx, true);
  }
  if (fate === 'decline') {
    push({
      type: 'decline',
      petitionId: '',
      at: after(1, 8),
      by: clerk,
      reason: '诉求已通过其他法定途径处理，不再作为信访事项受理。',
      goTo: random.pick(OTHER_ORGANS),
    });
    notify();
    return finish(register, steps, ctx, true);
  }

  // Handling: the routing table names the unit (seed §医院, seed §局 来信归口); the office assigns it there (交办)
  // or accepts itself. An accused unit never receives the matter (22 art 30(3)).
  let unit = office;
  try {
    unit = route(input, policy).unit;
  } catch {
    unit = office;
  }
  if (input.accused?.units.includes(unit)) unit = office;
  readChain();
  if (unit !== office) {
    push({
      type: 'assign',
      petitionId: '',
      at: after(1, 6),
      by: clerk,
      toUnit: unit,
      reason: '按职责分工交办，请按期报告办理结果。',
    });
    push({ type: 'accept', petitionId: '', at: after(0, 3), by: actor('clerk', unit) });
  } else {
    push({ type: 'accept', petitionId: '', at: after(1, 8), by: clerk });
  }
  notify();
  const head = actor('unitHead', unit);
  const handler = actor('handler', unit, random.int(1, 4));
  push({ type: 'assignHandler', petitionId: '', at: after(0, 2), by: head, handler: handler.id });
  push({
    type: 'proposeHandling',
    petitionId: '',
    at: after(0, 3),
    by: handler,
    text: '建议调查核实后依法依规提出处理意见。',
  });
  // Leader instruction (阅批): the organ's leader, not bound to the handling unit; the file needs it to be archived.
  push({
    type: 'leaderInstruct',
    petitionId: '',
    at: after(0, 3),
    by: { id: 'demo-leader', role: 'leader', unit: handler.unit },
    text: '请认真核查，按期办结，及时答复。',
  });
  push({
    type: 'addMaterial',
    petitionId: '',
    at: after(3, 15),
    by: handler,
    kind: 'investigation',
    ref: `DC-${index}`,
    title: '调查核实材料',
  });
  if (fate === 'stallHandling') return finish(register, steps, ctx);

  // 22 art 34: one extension, at most the policy's limit, approved by the head, the reason told to the petitioner.
  // Only where the period is long enough that the extension comes while it still runs, within any ceiling
  // (seed §医院 two weeks, §政协机关 three months).
  const origin = unit !== office ? 'assigned' : 'direct';
  const roomy = handlingPeriod(policy, input, origin).days >= 60 && handlingCeiling(policy, input) === null;
  const extend = random.chance(0.12) && roomy;
  if (extend) {
    const max = policy.extension.max.days;
    push({
      type: 'extend',
      petitionId: '',
      at: after(8, 20),
      by: actor(policy.extension.approver, unit),
      days: random.int(Math.min(10, max), max),
      reason: '案情复杂，需进一步调查核实，经负责人批准延期办理。',
      notice: 'written',
    });
  }
  // Most matters are concluded in time; about one in twelve late.
  const late = random.chance(0.08);
  push({
    type: 'conclude',
    petitionId: '',
    at: after(late ? 55 : 5, late ? 75 : 30),
    by: handler,
    outcome: random.weighted(OUTCOMES[input.class] as Record<Outcome, number>),
    opinion: '经调查核实，依据有关规定提出处理意见如下。',
  });
  // No reply owed where the policy exempts the petition (anonymous, unclear — 22 art 23(2), seed §政协机关):
  // archived straight from concluded. Where a policy owes one even so, the anonymous matter waits (no address).
  if (input.anonymous) return finish(register, steps, ctx, policy.replyExemptions.anonymous);
  push({
    type: 'reply',
    petitionId: '',
    at: after(0, 4),
    by: handler,
    text: '现将处理意见书面答复如下，如不服可在收到之日起三十日内请求复查。',
  });
  push({ type: 'delivered', petitionId: '', at: after(1, 5), by: clerk });
  // 22 art 35–36: some petitioners ask for a review, a few then for a re-review.
  // 22 arts 35–36: the review one level up, the re-review one level further (policy data), never the same unit.
  const superior = policy.review.unit;
  const reReviewer = policy.review.reReviewUnit;
  if (input.class === 'claim' && random.chance(0.1)) {
    push({
      type: 'requestReview',
      petitionId: '',
      at: after(3, 25),
      by: { id: 'petitioner', role: 'petitioner' },
      reviewUnit: superior,
      reasons: '对处理意见不服，请求复查。',
    });
    push({
      type: 'decideReview',
      petitionId: '',
      at: after(5, 25),
      by: actor('leader', superior),
      outcome: random.weighted({ upheld: 80, changed: 15, revoked: 5 }),
      opinion: '经复查，维持原处理意见。',
    });
    push({ type: 'delivered', petitionId: '', at: after(1, 5), by: clerk });
    if (random.chance(0.3)) {
      push({
        type: 'requestReReview',
        petitionId: '',
        at: after(3, 25),
        by: { id: 'petitioner', role: 'petitioner' },
        reviewUnit: reReviewer,
        reasons: '对复查意见不服，请求复核。',
      });
      push({
        type: 'decideReReview',
        petitionId: '',
        at: after(5, 25),
        by: actor('leader', reReviewer),
        outcome: 'upheld',
        opinion: '经复核，维持复查意见。',
      });
      // 22 art 36: final — the same facts and reasons are not accepted again; the file can be archived.
      return finish(register, steps, ctx, true);
    }
  }
  return finish(register, steps, ctx, true);
}

/**
 * Cuts acts after `now`; concluded and answered matters older than two months are archived, 50 days after the
 * last act: past the 30-day review window (22 art 35) even where a provisional year stretches it to the latest
 * date an official schedule could give (up to about 45 days around the Spring Festival).
 */
function finish(
  register: PlannedPetition['register'],
  steps: Command[],
  ctx: PlanContext,
  archive = false,
): PlannedPetition {
  const last = steps[steps.length - 1];
  if (archive && last && instantMs(last.at) + 55 * DAY < ctx.nowMs) {
    steps.push({
      type: 'archive',
      petitionId: '',
      at: new Date(instantMs(last.at) + 50 * DAY).toISOString(),
      // seed §物价局: the policy names the unit that archives (price complaints: the inspection office).
      by: actor('archivist', archiveUnit(ctx.policy, register.petition)),
      volume: `${shanghaiDate(last.at).slice(0, 4)}-信访-${register.petition.class}`,
    });
  }
  return { register, steps: steps.filter((s) => instantMs(s.at) <= ctx.nowMs) };
}

/** Each petition draws from its own generator, so any slice of the demo can be planned on its own. */
function petitionRandom(seed: number, index: number): Random {
  return createRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

/** A demo load in the making: the order of receipt is fixed first, petitions are planned slice by slice. */
interface DemoPlan {
  ctx: PlanContext;
  seed: number;
  /** Petition indexes in order of receipt (so registration numbers follow the calendar). */
  order: Uint32Array;
}

function prepare(options: DemoOptions): DemoPlan {
  const count = options.count ?? DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new RangeError(`count must be a whole number from 1 to ${MAX_COUNT}, got ${count}`);
  }
  const window = defaultWindow(options.now, options.policy, options.calendar);
  const from = options.from ?? window.from;
  const to = options.to ?? window.to;
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY) + 1;
  if (!(days >= 1)) throw new RangeError(`from (${from}) must not be after to (${to})`);
  const seed = options.seed ?? DEFAULT_SEED;
  const ctx: PlanContext = {
    policy: options.policy,
    calendar: options.calendar,
    nowMs: Math.min(
      instantMs(options.now),
      Date.parse(`${actHorizon(options.policy, options.calendar)}T23:59:59+08:00`),
    ),
    from,
    days,
  };
  const keys: string[] = new Array(count);
  for (let i = 0; i < count; i++) keys[i] = drawHead(petitionRandom(seed, i), ctx).receivedAt;
  const order = Uint32Array.from({ length: count }, (_, i) => i).sort((a, b) =>
    keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b,
  );
  return { ctx, seed, order };
}

function planAt(plan: DemoPlan, position: number): PlannedPetition {
  const index = plan.order[position]!;
  return planPetition(petitionRandom(plan.seed, index), index + 1, plan.ctx);
}

/** Plans `count` petitions in order of receipt (so registration numbers follow the calendar). */
export function planDemo(options: DemoOptions): PlannedPetition[] {
  const plan = prepare(options);
  return Array.from(plan.order, (_, position) => planAt(plan, position));
}

/** Registration number as the store allocates it: `XF-<unit code>-<yyyy>-<seq>` (4 digits, per code and year). */
function registrationNo(code: string, receivedAt: Instant, counters: Map<string, number>): string {
  const year = shanghaiDate(receivedAt).slice(0, 4);
  const key = `${code}|${year}`;
  const next = (counters.get(key) ?? 0) + 1;
  counters.set(key, next);
  return formatRegistrationNo(code, year, next);
}

/** Decides one planned petition in memory; the history, or undefined when the core refused its registration. */
function decidePlanned(
  planned: PlannedPetition,
  options: DemoOptions,
  counters: Map<string, number>,
): { history: PetitionEvent[] | undefined; refused: number } {
  const ctx = { policy: options.policy, calendar: options.calendar };
  const no = registrationNo(unitCode(options.policy, planned.register.unit), planned.register.at, counters);
  // Unique as long as registration numbers are: a second load continues the numbering.
  const petitionId = `demo-${no}`;
  // decideOn returns the view after its events: kept as we go, linear in the history, not quadratic like
  // decide(history).
  const first = decideOn(undefined, { ...planned.register, petitionId, registrationNo: no }, ctx);
  if (!first.ok) return { history: undefined, refused: 1 };
  const history = [...first.events];
  let view: PetitionView = first.view;
  for (const step of planned.steps) {
    const r = decideOn(view, { ...step, petitionId }, ctx);
    if (!r.ok) return { history, refused: 1 };
    view = r.view;
    history.push(...r.events);
  }
  return { history, refused: 0 };
}

/**
 * Decides every planned petition in memory with the core's `decideOn` and returns the histories.
 * `existing` holds registration numbers already handed out per `<unit>|<yyyy>`; new numbers follow them.
 */
export function generateDemoHistories(
  options: DemoOptions,
  existing: Map<string, number> = new Map(),
): { histories: PetitionEvent[][]; refused: number } {
  const plan = prepare(options);
  const histories: PetitionEvent[][] = [];
  let refused = 0;
  const total = plan.order.length;
  for (let position = 0; position < total; position++) {
    const r = decidePlanned(planAt(plan, position), options, existing);
    refused += r.refused;
    if (r.history) histories.push(r.history);
    if ((position + 1) % 500 === 0 || position + 1 === total)
      options.onProgress?.({ phase: 'generate', done: position + 1, total });
  }
  return { histories, refused };
}

function hasBulkImport(store: PetitionStore): store is BulkImportStore {
  return typeof (store as Partial<BulkImportStore>).bulkImport === 'function';
}

/** Petitions per bulk write: bounded memory (a slice of histories at a time) and a responsive page. */
export const SLICE = 2000;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Loads demo petitions into a store. With a bulk-import store the histories are decided in memory and
 * written slice by slice (2,000 petitions per transaction); otherwise every command goes through
 * `store.execute`. Progress is reported after every slice (or every 50 petitions on the execute path).
 *
 * @example
 * await loadDemoData(store, { policy: policies.national, calendar: chinaCalendar, now: clock.now(),
 *   onProgress: (p) => { bar.value = p.done / p.total; } });
 */
export async function loadDemoData(store: PetitionStore, options: DemoOptions): Promise<DemoResult> {
  const plan = prepare(options);
  const total = plan.order.length;
  let events = 0;
  let refused = 0;
  let petitions = 0;
  if (hasBulkImport(store) && !options.forceExecute) {
    const taken = await (store.db?.counters?.toArray() ?? Promise.resolve([]));
    const counters = new Map(taken.map((c) => [c.key, c.last]));
    for (let start = 0; start < total; start += SLICE) {
      const histories: PetitionEvent[][] = [];
      const end = Math.min(start + SLICE, total);
      for (let position = start; position < end; position++) {
        const r = decidePlanned(planAt(plan, position), options, counters);
        refused += r.refused;
        if (r.history) histories.push(r.history);
      }
      options.onProgress?.({ phase: 'generate', done: end, total });
      await yieldToPage();
      await store.bulkImport(histories);
      petitions += histories.length;
      for (const h of histories) events += h.length;
      options.onProgress?.({ phase: 'write', done: end, total });
    }
    return { petitions, events, refused, path: 'bulk' };
  }
  for (let position = 0; position < total; position++) {
    const planned = planAt(plan, position);
    const reg = await store.execute(planned.register);
    if (!reg.ok) {
      refused++;
      continue;
    }
    petitions++;
    events += reg.events.length;
    const petitionId = reg.view.petitionId;
    for (const step of planned.steps) {
      const r = await store.execute({ ...step, petitionId });
      if (!r.ok) {
        refused++;
        break;
      }
      events += r.events.length;
    }
    if ((position + 1) % 50 === 0 || position + 1 === total)
      options.onProgress?.({ phase: 'write', done: position + 1, total });
  }
  return { petitions, events, refused, path: 'execute' };
}
