/**
 * Property tests over random command sequences (fast-check, fixed seed): XState itself
 * and `decide` + `replay` agree on every step, and no sequence reaches a state the procedure forbids.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { addDays, chinaCalendar, shanghaiDate } from '../calendar/index.js';
import { verifyHistory } from '../history/hash.js';
import { derivePolicy, policies } from '../policy/index.js';
import { actorsOf, at, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { decideOn } from './decide.js';
import { evolve, replay } from './evolve.js';
import { missingMaterials, outcomesByClass } from './guards.js';
import { petitionMachine } from './petition.machine.js';
import { viewFor } from './queries.js';
import { transitions } from './transitions.js';
import type { Actor, Command, CommandType, PetitionEvent, PetitionInput, PetitionView } from './types.js';

// The full 10,000 sequences run in the Asia/Shanghai project; the second time zone re-runs a tenth of
// them (the logic is time-zone free; that project guards against accidental use of local time).
const RUNS = process.env.PROP_RUNS
  ? Number(process.env.PROP_RUNS)
  : process.env.TZ === 'Asia/Shanghai'
    ? 10_000
    : 1_000;
const SEED = 20_250_920;

/** The national preset with a staff directory: the accused name '李强' is staff member 'u-17' (22 art 30). */
const withStaff = derivePolicy(policies.national, {
  id: 'nationalStaff',
  version: '1',
  staff: [{ id: 'u-17', name: '李强', unit: 'petitionOffice' }],
  extension: { count: 2 },
  simplified: { enabled: true },
});
if (!withStaff.ok) throw new Error('policy');
const policyList = [policies.national, policies.transportGroup, policies.cppcc, policies.hospital, withStaff.policy];
/** Earlier matters a registration may carry: none, final after re-review, final after the window lapsed, in progress. */
const earlierList = [
  undefined,
  { registrationNo: 'XF-x-2025-0001', status: 'archived', final: true },
  { registrationNo: 'XF-x-2025-0002', status: 'final' },
  { registrationNo: 'XF-x-2025-0003', status: 'handling' },
] as const;
const petitions: PetitionInput[] = [
  samplePetitions.letterClaim,
  samplePetitions.accusation,
  samplePetitions.anonymousSuggestion,
  // With a postal address, so that a reply is owed (22 art 23(2): a phone is not an address).
  { ...samplePetitions.visitClaim, petitioner: { ...samplePetitions.visitClaim.petitioner, address: '成都市' } },
  {
    ...samplePetitions.collectiveVisit,
    petitioner: { ...samplePetitions.collectiveVisit.petitioner, address: '成都市' },
  },
  { ...samplePetitions.accusation, accused: { persons: ['李强'], units: ['petitionOffice'] } },
];
const ALL_TYPES = Object.keys({
  ...Object.fromEntries(Object.values(transitions).flatMap((t) => Object.keys(t).map((k) => [k, 1]))),
}) as CommandType[];
const UNITS = ['competentOrgan', 'disciplineInspection', 'roads', 'district'];

/** Commands that carry a matter from handling through the reply to the review and re-review. */
const PROGRESS: ReadonlySet<CommandType> = new Set<CommandType>([
  'conclude',
  'reply',
  'delivered',
  'requestReview',
  'decideReview',
  'requestReReview',
  'decideReReview',
]);

interface Step {
  /** 0: any command type; otherwise one the current state accepts. */
  allowed: number;
  type: number;
  actor: number;
  days: number;
  pick: number;
}
const stepArb: fc.Arbitrary<Step> = fc.record({
  allowed: fc.nat(4),
  type: fc.nat(60),
  actor: fc.nat(20),
  days: fc.integer({ min: 0, max: 25 }),
  pick: fc.nat(1000),
});
const scenarioArb = fc.record({
  policy: fc.nat(policyList.length - 1),
  petition: fc.nat(petitions.length - 1),
  earlier: fc.nat(12),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 16 }),
});

/** Turn a random step into a command, given the current view (so most commands fit the state). */
function toCommand(view: PetitionView, s: Step, date: string): Command {
  const state = view.status;
  const allowed = Object.keys(transitions[state]) as CommandType[];
  // Sometimes a command that moves the matter on (or records the delivery that opens the next window), so that
  // sequences reach the review and re-review past the many guards of the earlier states.
  const forward = allowed.filter((t) => PROGRESS.has(t));
  const type =
    s.allowed >= 4 && forward.length > 0
      ? (forward[s.type % forward.length] as CommandType)
      : s.allowed > 0 && allowed.length > 0
        ? (allowed[s.type % allowed.length] as CommandType)
        : (ALL_TYPES[s.type % ALL_TYPES.length] as CommandType);
  const own = actorsOf(view.unit, view.terms.extensionApprover);
  const sender = actorsOf(view.sentBy ?? view.registeredBy);
  const accused = actorsOf('roads');
  const review = actorsOf(view.terms.reviewUnit);
  const reReview = actorsOf(view.terms.reReviewUnit);
  const pool: Actor[] = [
    own.clerk,
    own.handler,
    own.head,
    own.leader,
    own.approver,
    own.archivist,
    own.petitioner,
    sender.head,
    accused.clerk,
    { id: 'roads-chief', role: 'leader' },
    { id: 'h-2', role: 'handler', unit: view.unit },
    review.head,
    review.leader,
    reReview.head,
    reReview.leader,
    { id: 'u-17', role: 'handler', unit: view.unit },
  ];
  // Mostly an actor whose role may issue the command (policy permissions), sometimes anyone.
  const roles =
    type === 'register' ? [] : type === 'extend' ? [view.terms.extensionApprover] : view.terms.permissions[type];
  const home = type === 'decideReview' ? review.head.unit : type === 'decideReReview' ? reReview.head.unit : view.unit;
  const fitting = pool.find((x) => x.role === roles[s.actor % Math.max(1, roles.length)] && x.unit === home);
  const by = s.actor < 14 && fitting ? fitting : (pool[s.actor % pool.length] as Actor);
  const base = { petitionId: view.petitionId, at: at(date, '10:00'), by };
  const p = s.pick;
  const unit = UNITS[p % UNITS.length] as string;
  const outcomes = outcomesByClass[view.class];
  switch (type) {
    case 'register':
      return registerCommand(view.petitionId, samplePetitions.letterClaim);
    case 'accept':
      return { ...base, type, complex: p % 5 === 0, simplified: p % 7 === 1 };
    case 'receive':
      return { ...base, type };
    case 'settleAccusedMatch':
      return { ...base, type, staffId: p % 3 === 0 ? 'h-9' : 'u-17', confirmed: p % 2 === 0, reason: '核对身份' };
    case 'markVague':
      return { ...base, type, reason: '内容含糊不清' };
    case 'transfer':
      return {
        ...base,
        type,
        toUnit: p % 3 === 0 ? (view.terms.escalation.units[0] as string) : unit,
        reason: p % 7 === 0 ? '' : '属其职权',
      };
    case 'assign':
      return { ...base, type, toUnit: unit };
    case 'referToLegalChannel':
      return { ...base, type, channel: 'litigation', organ: '法院' };
    case 'decline':
      return { ...base, type, reason: '不属信访', goTo: '法院' };
    case 'notify':
      return {
        ...base,
        type,
        method: 'written',
        ...(p % 4 === 0 ? { to: p % 8 === 0 ? 'roads' : 'roads-chief' } : {}),
      };
    case 'object':
      return { ...base, type, reasons: '不属职权' };
    case 'decideObjection':
      return { ...base, type, agreed: p % 2 === 0 };
    case 'proposeHandling':
      return { ...base, type, text: '拟办' };
    case 'leaderInstruct':
      return { ...base, type, text: '批示' };
    case 'ownCase':
    case 'delivered':
    case 'archive':
      return { ...base, type };
    case 'urge':
    case 'supervise':
      return { ...base, type, text: '快办' };
    case 'convene':
      return { ...base, type, form: 'meeting', chair: 'leader', units: [unit] };
    case 'hearing':
      return { ...base, type, from: addDays(date, -(p % 3)), to: date };
    case 'recuse':
      return { ...base, type, person: p % 2 === 0 ? 'h-2' : own.handler.id, reason: '利害关系' };
    case 'assignHandler':
      return {
        ...base,
        type,
        handler: ['h-2', own.handler.id, 'roads-chief', 'h-9', 'u-17'][p % 5] as string,
        handlerIsParty: p % 9 === 0,
      };
    case 'addMaterial':
      return { ...base, type, kind: p % 3 === 0 ? 'other' : 'investigation', ref: `m-${p}` };
    case 'extend':
      return { ...base, type, days: (p % 40) + 1, reason: '复杂', ...(p % 5 === 0 ? {} : { notice: 'written' }) };
    case 'conclude':
      return {
        ...base,
        type,
        outcome: (p % 6 === 0 ? 'support' : outcomes[p % outcomes.length]) as never,
        opinion: '意见',
      };
    case 'reply':
      return { ...base, type, text: '答复' };
    case 'requestReview':
      return { ...base, type, reviewUnit: p % 4 === 0 ? view.unit : view.terms.reviewUnit, reasons: '不服' };
    case 'requestReReview':
      return {
        ...base,
        type,
        reviewUnit: p % 4 === 0 ? view.terms.reviewUnit : view.terms.reReviewUnit,
        reasons: '不服',
      };
    case 'decideReview':
    case 'decideReReview':
      return { ...base, type, outcome: 'upheld', opinion: '维持' };
  }
}

// Plain checks in the hot loop (Vitest's `expect` costs tens of microseconds per call); a failure throws and
// fast-check shrinks it to a minimal counterexample.
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`Property violated: ${what}`);
}

/** Invariants of the procedure that must hold after every accepted event. */
function checkInvariants(before: PetitionView, e: PetitionEvent, after: PetitionView, history: PetitionEvent[]): void {
  const accusedUnits = before.accusedUnits;
  const accusedPersons = before.accusedPersons;
  // 22 art 30: nothing addressed to the accused.
  if (e.type === 'transferred' || e.type === 'assigned')
    check(!accusedUnits.includes(e.data.toUnit), `${e.type} to accused unit`);
  if (e.type === 'notified' && e.data.to !== undefined) {
    check(!accusedUnits.includes(e.data.to) && !accusedPersons.includes(e.data.to), 'notice to the accused');
  }
  if (e.type === 'handlerAssigned') {
    check(!accusedPersons.includes(e.data.handler), 'accused person as handler');
    // 22 art 30: a staff member matched by name is never the handler until a clerk clears the match.
    check(!before.accusedStaff.includes(e.data.handler), 'matched accused staff as handler');
  }
  check(!accusedPersons.includes(e.by.id) && !before.accusedStaff.includes(e.by.id), 'act by an accused person');
  // 22 art 30: the accused unit acts only to send the matter to the superior or discipline inspection.
  if (e.by.unit !== undefined && accusedUnits.includes(e.by.unit)) {
    check(
      e.type === 'transferred' && before.terms.escalation.units.includes(e.data.toUnit),
      'act by an accused unit other than sending it up',
    );
  }
  // 22 art 36(3): a matter final before (after re-review, or its window lapsed) is never accepted again.
  if (e.type === 'accepted') {
    const earlier = before.earlier;
    check(
      earlier === undefined || (earlier.status !== 'final' && earlier.final !== true),
      'acceptance of a final matter',
    );
  }
  // 22 art 34: an extension lengthens a running period only, never one that ran out.
  if (e.type === 'extended') check(shanghaiDate(e.at) <= (before.due.conclusion as string), 'extension after expiry');
  // 22 arts 35–36: no unit decides the review of its own opinion (or the re-review of its own review).
  if (e.type === 'reviewDecided') check(e.by.unit !== before.concludedBy, 'self-review');
  if (e.type === 'reReviewDecided')
    check(e.by.unit !== before.concludedBy && e.by.unit !== before.reviewUnit, 'self re-review');
  // 22 art 28: a conflicted person is never the handler.
  if (after.handler !== undefined) check(!after.conflicts.includes(after.handler), 'conflicted handler');
  // 22 art 34: one extension, at most the limit.
  check(history.filter((x) => x.type === 'extended').length <= before.terms.extensionCount, 'extension beyond count');
  check(after.extensionDays <= before.terms.extensionMax.days, 'extension beyond the limit');
  // A conclusion comes only after acceptance, with the class's outcome (22 arts 29–32).
  if (e.type === 'concluded') {
    check(
      history.some((x) => x.type === 'accepted'),
      'conclusion before acceptance',
    );
    check(outcomesByClass[before.class].includes(e.data.outcome), 'outcome of another class');
  }
  // 22 art 35–36: petitioner windows are never exceeded.
  const day = shanghaiDate(e.at);
  if (e.type === 'reviewRequested') check(day <= (before.due.reviewRequest as string), 'review after its window');
  if (e.type === 'reReviewRequested')
    check(day <= (before.due.reReviewRequest as string), 're-review after its window');
  if (e.type === 'reReviewDecided')
    check(
      history.some((x) => x.type === 'reReviewRequested'),
      'final without re-review',
    );
  // seed §交通集团: archived only with complete materials.
  if (e.type === 'archived') check(missingMaterials(before).length === 0, 'archived with materials missing');
  // N5 / policy: no reply where exempt.
  if (e.type === 'replied') check(!before.terms.replyExempt, 'reply where none is owed');
  if (e.type === 'replied' && before.vague) check(!before.terms.vagueExempt, 'reply to a vague letter');
  // Late marks only for due dates that were really past.
  for (const k of e.late ?? [])
    check(day > (before.due[k as keyof PetitionView['due']] as string), `late ${k} that was not late`);
}

describe('lifecycle properties (fast-check, fixed seed)', () => {
  it(`XState and decide/replay agree on every step, and no forbidden state is reached (${RUNS} sequences)`, () => {
    let steps = 0;
    let accepted = 0;
    let sequences = 0;
    const reached = new Set<string>();
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const policy = policyList[sc.policy] as (typeof policyList)[number];
        const ctx = { policy, calendar: chinaCalendar };
        const petition = petitions[sc.petition] as PetitionInput;
        const earlier = sc.earlier < earlierList.length ? earlierList[sc.earlier] : undefined;
        const reg = { ...registerCommand('p-1', petition, policy), ...(earlier ? { earlier: { ...earlier } } : {}) };
        // Every step asks XState itself which transition the machine takes (`getTransitionData` evaluates the
        // guards on the machine's snapshot of the current view). Every 10th sequence also drives a running
        // actor end to end, recording events in its context (the pure `transition()` builds a throw-away
        // actor per call and is far slower; lifecycle.test.ts checks it on a full scenario).
        const drive = sequences++ % 10 === 0;
        const actor = drive ? createActor(petitionMachine, { input: ctx }).start() : undefined;
        const first = decideOn(undefined, reg, ctx);
        if (!first.ok) throw new Error(first.rejection.message.en);
        actor?.send({ type: 'register', command: reg, events: first.events });
        const history = [...first.events];
        let view = replay(history);
        let date = shanghaiDate(petition.receivedAt);
        for (const s of sc.steps) {
          date = addDays(date, s.days);
          const cmd = toCommand(view, s, date);
          const r = decideOn(view, cmd, ctx);
          steps++;
          const snapshot = petitionMachine.resolveState({
            value: view.status,
            context: { view, history: [], policy, calendar: chinaCalendar },
          });
          const taken = petitionMachine.getTransitionData(snapshot, { type: cmd.type, command: cmd });
          const before = view.status;
          if (actor !== undefined && actor.getSnapshot().status === 'done') {
            // The machine reached its final state (archived): nothing more is accepted.
            check(view.status === 'archived' && !r.ok && taken.length === 0, 'command accepted after the final state');
            continue;
          }
          actor?.send({ type: cmd.type, command: cmd, ...(r.ok ? { events: r.events } : {}) });
          if (r.ok) {
            accepted++;
            const e = r.events[0] as PetitionEvent;
            history.push(e);
            // evolve is a pure reducer: replay folds in place, but the caller's view is never touched.
            const input = drive ? structuredClone(view) : undefined;
            const next = evolve(view, e);
            if (input !== undefined) check(isDeepStrictEqual(input, view), `evolve modified its input (${e.type})`);
            checkInvariants(view, e, next, history);
            view = next;
          }
          reached.add(view.status);
          // XState takes a transition exactly when decide accepts, to the state the folded view is in.
          check(
            taken.length === (r.ok ? 1 : 0),
            `XState ${taken.length ? 'takes' : 'refuses'} ${cmd.type} in ${before}, decide ${r.ok ? 'accepts' : 'refuses'}`,
          );
          if (r.ok)
            check((taken[0]?.target?.[0]?.key ?? before) === view.status, `XState target differs for ${cmd.type}`);
          if (actor !== undefined) {
            const snap = actor.getSnapshot();
            check(
              snap.context.history.length === history.length && snap.value === view.status,
              'running actor differs',
            );
          }
        }
        if (actor !== undefined) {
          check(isDeepStrictEqual(actor.getSnapshot().context.view, view), 'actor view differs from evolve');
          actor.stop();
        }
        check(isDeepStrictEqual(replay(history), view), 'replay differs from evolve');
        // 22 art 30: the accused never see the accuser or the accusation.
        if (view.class === 'accusation') {
          const json = JSON.stringify([
            ...view.accusedUnits.map((unit) => viewFor(view, { id: 'x', role: 'unitHead', unit })),
            ...view.accusedPersons.map((id) => viewFor(view, { id, role: 'leader' })),
            ...view.accusedStaff.map((id) => viewFor(view, { id, role: 'handler', unit: 'competentOrgan' })),
          ]);
          for (const secret of ['周杰', '13600136000', '偷工减料', '李强'])
            check(!json.includes(secret), `accused sees ${secret}`);
        }
        // Hash chain: checked on every 10th history (hashing dominates otherwise; hash.test.ts covers tampering).
        if (drive) check(verifyHistory(history).ok, 'broken hash chain');
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator must really explore the procedure, not bounce off the first guard.
    expect(steps).toBeGreaterThan(RUNS * 5);
    expect(accepted / steps).toBeGreaterThan(0.3);
    for (const s of [
      'registered',
      'transferred',
      'assigned',
      'handling',
      'referred',
      'declined',
      'concluded',
      'replied',
      'reviewRequested',
      'archived',
      // Reached only past the superior-unit and self-review guards (22 arts 35–36): in the full run.
      ...(RUNS >= 10_000 ? ['reviewed'] : []),
    ])
      expect(reached).toContain(s);
    // A bound, not a speed target: ~9 s of CPU on this shared 2-core machine under load, a few seconds idle.
  }, 180_000);
});
