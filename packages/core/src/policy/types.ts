import type { Period } from '../calendar/periods.js';
import type { Bilingual, Channel, FieldIssue, PetitionClass, Role } from '../schema/types.js';

/**
 * Which petitions a routing, handling or archive rule applies to. Every listed criterion must hold; an
 * omitted criterion matches anything.
 *
 * @example
 * const when: RuleMatch = { classes: ['claim'], anonymous: false }; // real-name claims (seed §学校)
 */
export interface RuleMatch {
  classes?: PetitionClass[];
  topics?: string[];
  channels?: Channel[];
  anonymous?: boolean;
  hotline?: boolean;
}

/**
 * One row of a routing table: petitions that match `when` go to `unit` (and, for joint work, `with`).
 *
 * @example
 * const rule: RouteRule = { when: { topics: ['labourDispute'] }, unit: 'union', reason: { zh: '劳动争议由局工会办理', en: 'Labour disputes go to the bureau union' } };
 */
export interface RouteRule {
  when: RuleMatch;
  unit: string;
  /** Units that handle the matter together with `unit` (seed §局 来信归口: 局办公室 together with the competent sections). */
  with?: string[];
  reason: Bilingual;
}

/**
 * A handling-period rule that overrides the origin-based default for matching petitions
 * (seed §学校: real-name rights matters 15 days, others 30 days).
 *
 * @example
 * const r: HandlingRule = { when: { classes: ['claim'], anonymous: false }, period: { days: 15, unit: 'day' }, reason: { zh: '…', en: '…' } };
 */
export interface HandlingRule {
  when: RuleMatch;
  period: Period;
  /**
   * The longest the handling may last with an extension, counted from the same start (seed §医院: a letter in
   * one week, "不超过两周" with complications); overrides `extension.ceiling` for matching petitions.
   */
  ceiling?: Period;
  reason: Bilingual;
}

/**
 * A member of staff as the policy's directory knows them: the name a citizen would type and the id they sign
 * in with. An accused name that matches a staff member blocks that person from the matter (22 art 30).
 *
 * @example
 * const s: StaffMember = { id: 'u-17', name: '李强', unit: 'roads' };
 */
export interface StaffMember {
  id: string;
  name: string;
  unit?: string;
}

/** Where a handling period runs from: acceptance (22 art 34) or receipt by the unit (seed §局: 自收到之日起). */
export type HandlingFrom = 'acceptance' | 'receipt';

/**
 * A unit (department, office, organ) that can receive, handle or archive petitions.
 *
 * @example
 * const u: PolicyUnit = { id: 'medicalAffairs', name: { zh: '医务科', en: 'Medical Affairs Office' }, parent: 'hospital' };
 */
export interface PolicyUnit {
  id: string;
  name: Bilingual;
  parent?: string;
  /**
   * Short code in registration numbers (`XF-<code>-<yyyy>-<seq>`, N2 / 22 arts 22–23): 2–8 capital letters or
   * digits, starting with a letter, unique within the policy, readable by a citizen (e.g. `XFB` for 信访办).
   * Without one, the id in capitals stands in (`petitionOffice` → `PETITIONOFFICE`).
   */
  code?: string;
}

/**
 * Triggers for joint handling (信访会办, seed §会办): several places or departments, strong disagreement,
 * risk of a collective incident, matters handed down for follow-up.
 *
 * @example
 * const t: JointHandlingTrigger = 'collectiveRisk';
 */
export type JointHandlingTrigger = 'severalPlaces' | 'strongDisagreement' | 'collectiveRisk' | 'handedDown';

/**
 * An institution's petition rules as plain JSON data, validated by `parsePolicy`. A petition records
 * the `id` and `version` it was registered under, so changing a policy never rewrites history.
 *
 * Periods follow rules.md §2: calendar days with roll-forward (民法典 201/203) unless a period says otherwise.
 * Where a seed says "one month" the preset counts 30 days and says so in `note`; an agency that reads it as a
 * calendar month changes that period.
 *
 * @example
 * const p: PolicyProfile = policies.national;
 * p.periods.disposition; // { days: 15, unit: 'day' } — 22 art 22
 */
export interface PolicyProfile {
  id: string;
  version: string;
  name: Bilingual;
  /** Where the rules come from (regulation, seed section). */
  source: string;
  /** Notes on readings this profile takes (e.g. "1 month counted as 30 days"). */
  notes: Bilingual[];
  periods: {
    /** 22 art 22: dispose of (transfer / assign / redirect) a registered matter — 15 days. */
    disposition: Period;
    /** 22 art 23(2): written notice of acceptance or destination — 15 days from receipt. */
    notice: Period;
    /** 22 art 23(3): objection by a receiving organ outside its remit — 5 working days. */
    objection: Period;
    /** 22 art 35: request review (复查) — 30 days from delivery of the written reply. */
    reviewRequest: Period;
    /** 22 art 35: review decision — 30 days from the request. */
    reviewDecision: Period;
    /** 22 art 36: request re-review (复核) — 30 days from delivery of the review decision. */
    reReviewRequest: Period;
    /** 22 art 36: re-review decision — 30 days from the request (hearing time not counted). */
    reReviewDecision: Period;
    /** Leader review of a proposed handling (seed §政协机关: 3 days); `null` when the policy sets no period. */
    leaderReview: Period | null;
    /** Report the result of an assigned matter back to the assigner; `null` when no period is set. */
    reportBack: Period | null;
    /** Reply (or a letter explaining the delay) owed within this period from receipt (seed §政协机关: 1 month); `null` if none. */
    reply: Period | null;
  };
  /** Handling (办理) periods from acceptance (22 art 34: 60 days), by how the matter came. */
  handling: {
    direct: Period;
    assigned: Period;
    transferred: Period;
    /** Complex / major matters (seed §医院: 2 weeks; §政协机关: 3 months); `null` when the policy has none. */
    complex: Period | null;
    /** First matching rule wins over `direct`/`assigned`/`transferred` (seed §学校). */
    rules: HandlingRule[];
    /**
     * Where the period of each origin runs from: 22 art 34 counts from acceptance (受理之日); seed §局 counts
     * assigned and transferred matters from receipt (自收到之日起 90 日).
     */
    from: Record<HandlingOrigin, HandlingFrom>;
  };
  /**
   * 22 art 34: one extension (`count` 1; 0 means the institution allows none), at most `max` days, approved by
   * the organ's head, the reason told to the petitioner (`reasonToPetitioner`: the extension records how).
   * `ceiling`: the longest the whole handling may last with the extension, from the same start (seed §政协机关:
   * 重大信访件不得超过三个月); `null` when only `max` limits it.
   */
  extension: { max: Period; approver: Role; count: number; reasonToPetitioner: boolean; ceiling: Period | null };
  /**
   * Which classes each duty applies to (22 arts 29–35): the handling period (art 34: every accepted matter),
   * the written reply (art 32 opinion of a claim; art 29 feedback on a suggestion; art 30 result of an
   * accusation), and the review and re-review (arts 35–36: an opinion on a claim, 信访处理意见).
   */
  scope: { handling: PetitionClass[]; reply: PetitionClass[]; review: PetitionClass[] };
  /**
   * Who reviews (22 art 35: 原办理机关、单位的上一级机关、单位) and who re-reviews (22 art 36: 复查机关的上一级
   * 机关): unit ids of organs one level up. The unit that concluded never decides its own review.
   */
  review: { unit: string; reReviewUnit: string };
  /**
   * An accusation against the receiving unit itself goes to the superior or the discipline-inspection organ
   * (22 art 30): the units it may be transferred to, and the roles that may send it.
   */
  accusedUnitEscalation: { units: string[]; roles: Role[] };
  /** The staff directory (names ↔ ids) against which accused names are matched (22 art 30). */
  staff: StaffMember[];
  /**
   * Simplified handling (简易办理, rules.md N20, *unverified*: 国家信访局《信访事项简易办理办法（试行）》): first-time
   * matters of clear facts get a handling opinion within `period` of acceptance (10 working days).
   */
  simplified: { enabled: boolean; period: Period };
  /**
   * No written reply owed for these. `unclear`: name or address unclear (22 art 23(2), 姓名（名称）、住址不清 —
   * a phone is not an address); `vague`: a letter a clerk marked as vague in content (seed §政协机关 含糊不清的信件);
   * `anonymous`, `repeated` (seed §政协机关).
   */
  replyExemptions: { anonymous: boolean; repeated: boolean; unclear: boolean; vague: boolean };
  /** 22 art 20(3): collective visits elect at most 5 representatives. */
  representativesLimit: number;
  /** Serious emergencies reported upward within this many minutes (seed §学校: 30); `null` when not set. */
  emergencyReportMinutes: number | null;
  /** The organ a serious emergency is reported to (seed §学校: 教育局信访办); `null` when not set. */
  emergencyReportTo: string | null;
  /** A deadline is "due soon" within this many working days. */
  dueSoonWorkdays: number;
  /** Leader review chain (seed §交通集团: 政工领导 → 总经理 → 董事长), in order. */
  leaderChain: Bilingual[];
  /** Intake practices (rules.md §4). */
  intake: {
    openLettersSameDay: boolean;
    keepEnvelope: boolean;
    /** The visit record is read back and signed by the visitor before registration (seed §政协机关 一.3). */
    visitRecordConfirmation: boolean;
    /** A named petitioner must give a phone or an address (no regulation says so; `false` in the national preset). */
    requireContact: boolean;
    truthStatement: boolean;
    hotlineReportToLeader: boolean;
  };
  /** Units known to this policy (receiving, handling, archive). */
  units: PolicyUnit[];
  /** Unit that receives anything no routing rule matches. */
  defaultUnit: string;
  /** Topics a form may offer (`PetitionInput.topic`), used by routing rules. */
  topics: { id: string; name: Bilingual }[];
  /** Routing table (class / topic → unit); first matching rule wins. */
  routing: RouteRule[];
  /**
   * Which unit keeps the file (seed §物价局: price complaints by the inspection office), and optionally which
   * materials the file must hold before it is archived (`requires`; default, seed §交通集团: proposed handling,
   * leader instruction, investigation material and the result — `[]` archives without checking).
   * `supplement` (optional, default `'allowed'`): after conclusion, while the file is not archived, the roles
   * that may propose handling, instruct or add material can still add what the file lacks for `requires` (a
   * missing leader instruction never leaves a matter that can be neither archived nor completed); `'late'`
   * records each such addition as late (`late: true` on its event); `'refused'` forbids them.
   */
  archive: {
    defaultUnit: string;
    rules: RouteRule[];
    requires: PolicyMaterial[];
    supplement?: 'allowed' | 'late' | 'refused';
  };
  /**
   * Who may issue which command, where the regulation leaves it to the organ (optional). Each entry replaces
   * the default roles of that command (`defaultPermissions` of the lifecycle); commands not listed keep the
   * default. `extend` always follows `extension.approver` (22 art 34: the organ's head approves).
   *
   * @example
   * permissions: { accept: ['unitHead'], archive: ['archivist', 'clerk'] }
   */
  permissions?: Partial<Record<PolicyCommand, Role[]>>;
  /** Joint handling (信访会办, seed §会办) — usable by every preset. */
  jointHandling: {
    enabled: boolean;
    triggers: JointHandlingTrigger[];
    forms: ('onSite' | 'meeting')[];
    petitionerMayAttend: boolean;
  };
  /** Hearings for major, complex or difficult matters (22 art 32; seed §政协, §镇). */
  hearings: boolean;
  /** Leader case ownership (包案, seed §镇) with a written report. */
  caseOwnership: boolean;
  reporting: {
    statistics: ('monthly' | 'quarterly' | 'yearly')[];
    hotIssueScreening: 'monthly' | 'quarterly' | null;
    publishHotIssues: boolean;
  };
  reception: { leaderDays: 'weekly' | 'monthly' | null; dutyRota: boolean; phone24h: boolean };
}

/** Materials a file must hold before it is archived (seed §交通集团). */
export type PolicyMaterial = 'proposedHandling' | 'leaderInstruction' | 'investigation' | 'result';

/** Every command of the petition lifecycle, by name (the keys of `PolicyProfile.permissions`). */
export const POLICY_COMMANDS = [
  'register',
  'accept',
  'transfer',
  'assign',
  'referToLegalChannel',
  'decline',
  'notify',
  'object',
  'decideObjection',
  'receive',
  'settleAccusedMatch',
  'markVague',
  'proposeHandling',
  'leaderInstruct',
  'ownCase',
  'urge',
  'supervise',
  'convene',
  'hearing',
  'recuse',
  'assignHandler',
  'addMaterial',
  'extend',
  'conclude',
  'reply',
  'delivered',
  'requestReview',
  'decideReview',
  'requestReReview',
  'decideReReview',
  'archive',
] as const;

/** A lifecycle command name (same union as the lifecycle's `CommandType`; a test keeps them equal). */
export type PolicyCommand = (typeof POLICY_COMMANDS)[number];

/**
 * Recursively optional — the shape of overrides accepted by `derivePolicy`. Arrays are replaced whole.
 *
 * @example
 * const o: DeepPartial<PolicyProfile> = { id: 'myCity', version: '2026.1', dueSoonWorkdays: 5 };
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

/**
 * How a matter came to the handling unit (seed §局: direct 30 / assigned 90 / transferred 90 days).
 *
 * @example
 * handlingPeriod(policies.bureau, petition, 'assigned' satisfies HandlingOrigin); // { days: 90, unit: 'day' }
 */
export type HandlingOrigin = 'direct' | 'assigned' | 'transferred';

/**
 * Result of `derivePolicy` / `parsePolicy`: the validated profile, or every problem found.
 *
 * @example
 * const r: PolicyResult = parsePolicy(JSON.parse(text));
 * if (!r.ok) r.issues.forEach((i) => console.log(i.path, i.message.en));
 */
export type PolicyResult = { ok: true; policy: PolicyProfile } | { ok: false; issues: FieldIssue[] };
