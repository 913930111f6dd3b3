/**
 * What of a policy a petition keeps: at registration, the periods and settings that matter for its
 * lifecycle are copied into the `registered` event (`RegisteredTerms`), so `replay` recomputes every
 * due date with the calendar alone and a later change of policy never rewrites history.
 */
import type { PolicyProfile } from '../policy/types.js';
import { handlingPeriod } from '../policy/route.js';
import type { CommandType, MaterialRequirement, PetitionInput, RegisteredTerms, Role } from './types.js';

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

/** Optional policy fields this module reads beyond `PolicyProfile` (an agency may add them to its JSON). */
interface LifecycleExtras {
  permissions?: Partial<Record<CommandType, Role[]>>;
  archive?: { requires?: MaterialRequirement[] };
}

/** Name or address unclear: no way to reach the petitioner (N5 / 22 art 23(2)). */
function unclear(p: PetitionInput): boolean {
  return !p.anonymous && (p.petitioner === undefined || (!p.petitioner.address && !p.petitioner.phone));
}

/**
 * The terms of `policy` for one petition: every period, the extension rule, reply exemptions,
 * permissions and archive requirements — recorded in its `registered` event.
 */
export function termsFor(policy: PolicyProfile, petition: PetitionInput): RegisteredTerms {
  const extras = policy as PolicyProfile & LifecycleExtras;
  const ex = policy.replyExemptions;
  const isUnclear = unclear(petition);
  return {
    disposition: policy.periods.disposition,
    notice: policy.periods.notice,
    objection: policy.periods.objection,
    handling: {
      direct: handlingPeriod(policy, petition, 'direct'),
      assigned: handlingPeriod(policy, petition, 'assigned'),
      transferred: handlingPeriod(policy, petition, 'transferred'),
    },
    reportBack: policy.periods.reportBack ?? handlingPeriod(policy, petition, 'assigned'),
    complex: policy.handling.complex ? handlingPeriod(policy, petition, 'direct', { complex: true }) : null,
    extensionMax: policy.extension.max,
    extensionCount: policy.extension.count,
    extensionApprover: policy.extension.approver,
    reviewRequest: policy.periods.reviewRequest,
    reviewDecision: policy.periods.reviewDecision,
    reReviewRequest: policy.periods.reReviewRequest,
    reReviewDecision: policy.periods.reReviewDecision,
    dueSoonWorkdays: policy.dueSoonWorkdays,
    // 22 art 23(2), seed §政协机关: no reply for anonymous, repeated or unclear petitions when the policy says so.
    replyExempt:
      (ex.anonymous && petition.anonymous) ||
      (ex.repeated && petition.repeatOf !== undefined) ||
      (ex.unclear && isUnclear),
    // N5 / 22 art 23(2): no written notice where name or address is unclear — the law itself.
    noticeExempt: petition.anonymous || isUnclear,
    permissions: { ...defaultPermissions, ...extras.permissions, extend: [policy.extension.approver] },
    archiveRequires: extras.archive?.requires ?? defaultArchiveRequires,
  };
}
