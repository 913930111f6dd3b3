/**
 * What of a policy a petition keeps: at registration, the periods and settings that matter for its
 * lifecycle are copied into the `registered` event (`RegisteredTerms`), so `replay` recomputes every
 * due date with the calendar alone and a later change of policy never rewrites history.
 */
import { deepFreeze } from '../policy/freeze.js';
import { archiveUnit, handlingCeiling, handlingPeriod } from '../policy/route.js';
import type { PolicyProfile } from '../policy/types.js';
import type { CommandType, MaterialRequirement, Period, PetitionInput, RegisteredTerms, Role } from './types.js';

const staff: Role[] = ['clerk', 'handler', 'unitHead', 'leader'];

/**
 * Who may issue which command where the law is silent — the defaults every shipped policy uses.
 * A policy may override any entry with a `permissions` field (same shape). The extension approver
 * always comes from `policy.extension.approver` (22 art 34: the organ's head).
 */
export const defaultPermissions: Record<CommandType, Role[]> = {
  register: ['clerk'],
  accept: ['clerk', 'unitHead'],
  transfer: ['clerk', 'unitHead'],
  assign: ['clerk', 'unitHead'],
  referToLegalChannel: ['clerk', 'unitHead'],
  decline: ['clerk', 'unitHead'],
  notify: ['clerk', 'handler'],
  object: ['clerk', 'unitHead'],
  decideObjection: ['clerk', 'unitHead'],
  // 22 art 23(3): the receiving unit records when it received the matter.
  receive: ['clerk', 'unitHead'],
  // 22 art 30: a clerk confirms or clears a name match, with a reason.
  settleAccusedMatch: ['clerk'],
  // seed §政协机关 五.1: a clerk marks a vague letter.
  markVague: ['clerk'],
  proposeHandling: ['clerk', 'handler'],
  leaderInstruct: ['leader', 'unitHead'],
  ownCase: ['leader'],
  urge: ['clerk', 'unitHead', 'leader'],
  supervise: ['unitHead', 'leader'],
  convene: ['unitHead', 'leader'],
  hearing: ['handler', 'unitHead', 'leader'],
  recuse: staff,
  assignHandler: ['clerk', 'unitHead'],
  addMaterial: ['clerk', 'handler'],
  extend: ['unitHead'],
  conclude: ['handler', 'unitHead'],
  reply: ['clerk', 'handler'],
  delivered: ['clerk'],
  requestReview: ['petitioner', 'clerk'],
  decideReview: ['unitHead', 'leader'],
  requestReReview: ['petitioner', 'clerk'],
  decideReReview: ['unitHead', 'leader'],
  archive: ['archivist'],
};

/** seed §交通集团: the file holds the original, proposed handling, leader instructions, investigation material and the result. */
export const defaultArchiveRequires: MaterialRequirement[] = [
  'proposedHandling',
  'leaderInstruction',
  'investigation',
  'result',
];

/**
 * Name or address unclear (N5 / 22 art 23(2): 姓名（名称）、住址不清): no name, or no postal address. A phone is
 * not an address: a named petitioner who left only a phone can be called, but is owed no written notice.
 */
function unclear(p: PetitionInput): boolean {
  return !p.anonymous && (p.petitioner === undefined || !p.petitioner.name?.trim() || !p.petitioner.address?.trim());
}

/** A fresh copy of a period, keys in canonical (sorted) order, no undefined member. */
function period(p: Period): Period {
  return p.rollForward === undefined
    ? { days: p.days, unit: p.unit }
    : { days: p.days, rollForward: p.rollForward, unit: p.unit };
}

/** Command names in sorted order: the permissions table is built in the order its hash serialises it. */
const SORTED_COMMANDS = (Object.keys(defaultPermissions) as CommandType[]).sort();
const PERMISSIONS_TEMPLATE = Object.fromEntries(SORTED_COMMANDS.map((k) => [k, defaultPermissions[k]])) as Record<
  CommandType,
  Role[]
>;

function permissionsOf(policy: PolicyProfile): Record<CommandType, Role[]> {
  // One shape for every table (a clone of the sorted template), fresh arrays (events never share them).
  const out = { ...PERMISSIONS_TEMPLATE };
  const own = policy.permissions;
  for (const k of SORTED_COMMANDS) out[k] = (own?.[k] ?? defaultPermissions[k]).slice();
  out.extend = [policy.extension.approver];
  return out;
}

/** The petition-dependent parts of the terms: the handling periods that apply and the two exemptions. */
interface Variant {
  direct: Period;
  assigned: Period;
  transferred: Period;
  complex: Period | null;
  noticeExempt: boolean;
  replyExempt: boolean;
  ceiling: Period | null;
  archiveUnit: string;
  handled: boolean;
  reviewable: boolean;
}

function variantOf(policy: PolicyProfile, petition: PetitionInput): Variant {
  const ex = policy.replyExemptions;
  const isUnclear = unclear(petition);
  return {
    direct: handlingPeriod(policy, petition, 'direct'),
    assigned: handlingPeriod(policy, petition, 'assigned'),
    transferred: handlingPeriod(policy, petition, 'transferred'),
    complex: policy.handling.complex ? handlingPeriod(policy, petition, 'direct', { complex: true }) : null,
    // N5 / 22 art 23(2): no written notice where name or address is unclear — the law itself.
    noticeExempt: petition.anonymous || isUnclear,
    // 22 art 23(2), seed §政协机关: no reply for anonymous, repeated or unclear petitions when the policy says so.
    // 22 arts 29–32: the policy's reply scope by class.
    replyExempt:
      (ex.anonymous && petition.anonymous) ||
      (ex.repeated && petition.repeatOf !== undefined) ||
      (ex.unclear && isUnclear) ||
      !policy.scope.reply.includes(petition.class),
    ceiling: handlingCeiling(policy, petition),
    archiveUnit: archiveUnit(policy, petition),
    // 22 art 34 (handling period) and arts 35–36 (review of a claim's opinion), by class.
    handled: policy.scope.handling.includes(petition.class),
    reviewable: policy.scope.review.includes(petition.class),
  };
}

const periodOrNull = (p: Period | null): Period | null => (p === null ? null : period(p));

function build(policy: PolicyProfile, x: Variant): RegisteredTerms {
  const periods = policy.periods;
  const from = policy.handling.from;
  const esc = policy.accusedUnitEscalation;
  return {
    archiveRequires: policy.archive.requires.slice(),
    archiveUnit: x.archiveUnit,
    complex: x.complex ? period(x.complex) : null,
    disposition: period(periods.disposition),
    dueSoonWorkdays: policy.dueSoonWorkdays,
    emergency:
      policy.emergencyReportMinutes !== null && policy.emergencyReportTo !== null
        ? { minutes: policy.emergencyReportMinutes, to: policy.emergencyReportTo }
        : null,
    escalation: { roles: esc.roles.slice(), units: esc.units.slice() },
    extensionApprover: policy.extension.approver,
    extensionCeiling: periodOrNull(x.ceiling),
    extensionCount: policy.extension.count,
    extensionMax: period(policy.extension.max),
    extensionReasonToPetitioner: policy.extension.reasonToPetitioner,
    handled: x.handled,
    handling: {
      assigned: period(x.assigned),
      direct: period(x.direct),
      transferred: period(x.transferred),
    },
    handlingFrom: { assigned: from.assigned, direct: from.direct, transferred: from.transferred },
    leaderChain: policy.leaderChain.map((l) => ({ en: l.en, zh: l.zh })),
    leaderReview: periodOrNull(periods.leaderReview),
    notice: period(periods.notice),
    noticeExempt: x.noticeExempt,
    objection: period(periods.objection),
    permissions: permissionsOf(policy),
    reReviewDecision: period(periods.reReviewDecision),
    reReviewRequest: period(periods.reReviewRequest),
    reReviewUnit: policy.review.reReviewUnit,
    reply: periodOrNull(periods.reply),
    replyExempt: x.replyExempt,
    reportBack: period(periods.reportBack ?? x.assigned),
    reviewable: x.reviewable,
    reviewDecision: period(periods.reviewDecision),
    reviewRequest: period(periods.reviewRequest),
    reviewUnit: policy.review.unit,
    simplified: policy.simplified.enabled ? period(policy.simplified.period) : null,
    vagueExempt: policy.replyExemptions.vague,
  };
}

/**
 * The terms of `policy` for one petition: every period, the extension rule, reply exemptions,
 * permissions and archive requirements — recorded in its `registered` event. Fresh objects, keys in
 * sorted order (the canonical order of the event's hash).
 */
export function termsFor(policy: PolicyProfile, petition: PetitionInput): RegisteredTerms {
  return build(policy, variantOf(policy, petition));
}

/** Terms objects kept per policy (handling rules × exemptions are a handful; a pathological policy just is not cached). */
const VARIANT_LIMIT = 64;
/** Deeply frozen policies: their terms are found by variant, without being rebuilt. */
const byVariant = new WeakMap<PolicyProfile, { key: Variant; terms: RegisteredTerms }[]>();
/** Other policies: terms rebuilt for each registration and shared when equal to one already seen. */
const byValue = new WeakMap<PolicyProfile, RegisteredTerms[]>();

/** The tables of defaults the terms read are constants: frozen, so a cache over them cannot go stale. */
deepFreeze(defaultPermissions);
deepFreeze(defaultArchiveRequires);

function isDeeplyFrozen(o: unknown): boolean {
  if (o === null || typeof o !== 'object') return true;
  if (!Object.isFrozen(o)) return false;
  for (const v of Object.values(o)) if (!isDeeplyFrozen(v)) return false;
  return true;
}
/** Policies checked to be deeply frozen: freezing cannot be undone, so a yes holds for good. */
const frozenPolicies = new WeakSet<PolicyProfile>();

/** Structural equality of two terms trees (plain objects, arrays, strings, numbers, booleans, null). */
function sameTree(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameTree(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameTree((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function samePeriod(a: Period | null, b: Period | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.days === b.days && a.unit === b.unit && a.rollForward === b.rollForward)
  );
}

function sameVariant(a: Variant, b: Variant): boolean {
  return (
    a.noticeExempt === b.noticeExempt &&
    a.replyExempt === b.replyExempt &&
    samePeriod(a.direct, b.direct) &&
    samePeriod(a.assigned, b.assigned) &&
    samePeriod(a.transferred, b.transferred) &&
    samePeriod(a.complex, b.complex) &&
    samePeriod(a.ceiling, b.ceiling) &&
    a.archiveUnit === b.archiveUnit &&
    a.handled === b.handled &&
    a.reviewable === b.reviewable
  );
}

function share(terms: RegisteredTerms, intern: (terms: RegisteredTerms) => void): RegisteredTerms {
  deepFreeze(terms);
  intern(terms);
  return terms;
}

/**
 * `termsFor`, shared: petitions registered under the same policy that get equal terms share one deeply frozen
 * terms object, whose canonical JSON is written once (`internCanonical`) and spliced into every `registered`
 * event's hash — byte for byte what `termsFor` gives (tested).
 * A deeply frozen policy (the presets, `parsePolicy` and `derivePolicy` results) cannot change, so its terms
 * are found by the petition's variant (the handling periods that apply, the notice and reply exemptions)
 * without being rebuilt. Any other policy may be edited in place, however deep
 * (`policy.periods.disposition.days = 10`): its terms are rebuilt for every registration and compared with
 * the shared ones, so they are always recorded as the policy now reads, never from a stale cache. @internal
 */
export function sharedTermsFor(
  policy: PolicyProfile,
  petition: PetitionInput,
  intern: (terms: RegisteredTerms) => void,
): RegisteredTerms {
  const x = variantOf(policy, petition);
  if (!frozenPolicies.has(policy) && Object.isFrozen(policy) && isDeeplyFrozen(policy)) frozenPolicies.add(policy);
  if (frozenPolicies.has(policy)) {
    let known = byVariant.get(policy);
    if (known === undefined) {
      known = [];
      byVariant.set(policy, known);
    }
    for (const v of known) if (sameVariant(v.key, x)) return v.terms;
    const terms = build(policy, x);
    if (known.length >= VARIANT_LIMIT) return terms;
    known.push({ key: x, terms: share(terms, intern) });
    return terms;
  }
  const terms = build(policy, x);
  let known = byValue.get(policy);
  if (known === undefined) {
    known = [];
    byValue.set(policy, known);
  }
  for (const k of known) if (sameTree(k, terms)) return k;
  if (known.length >= VARIANT_LIMIT) return terms;
  known.push(share(terms, intern));
  return terms;
}
