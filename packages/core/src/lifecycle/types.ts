/**
 * Types of the petition lifecycle: commands (intents, imperative), events (facts, past tense),
 * the folded view and rejections (statistics types live in statistics/types.ts). Everything here is plain, JSON-serialisable data.
 *
 * Time is data: every command carries the instant it happened (`at`) and its author (`by`);
 * the core never reads a clock.
 */
import type { Calendar, Period, PeriodStatus } from '../calendar/index.js';
import type { PolicyProfile } from '../policy/types.js';
import type {
  Actor,
  Bilingual,
  Channel,
  Instant,
  IsoDate,
  PetitionClass,
  PetitionInput,
  Role,
} from '../schema/index.js';

export type { Actor, Bilingual, Channel, Instant, IsoDate, PetitionClass, PetitionInput, Role };

/** A refused command: a stable code for programs and a bilingual message for the clerk. */
export interface Rejection {
  code: string;
  message: Bilingual;
}

/** Legal channels a matter can be referred to instead of being handled as a petition (诉访分离, 22 arts 28(2), 31). */
export type LegalChannel =
  | 'litigation'
  | 'arbitration'
  | 'administrativeReconsideration'
  | 'partyAppeal'
  | 'laborArbitration'
  | 'other';

/**
 * The handling opinion, by class (22 arts 29–32): a claim is supported, explained or not supported;
 * a suggestion is adopted or noted; an accusation goes to discipline inspection or the competent organ.
 */
export type Outcome =
  | 'support'
  | 'explain'
  | 'reject'
  | 'adopted'
  | 'noted'
  | 'disciplineInspection'
  | 'competentOrgan';

/** Outcome of a review (复查) or re-review (复核): the earlier opinion is upheld, changed or revoked. */
export type ReviewOutcome = 'upheld' | 'changed' | 'revoked';

/** Kinds of material that can be added to the file; the archive needs investigation material (seed §交通集团). */
export type MaterialKind = 'investigation' | 'evidence' | 'other';

/** How the matter reached the unit that handles it — selects the handling period (seed §局 II). */
export type Origin = 'direct' | 'assigned' | 'transferred';

interface CommandBase {
  petitionId: string;
  /** When the act happened (ISO instant). Stamped by the shell's clock, never read by the core. */
  at: Instant;
  /** Who did it. */
  by: Actor;
  /**
   * Client-generated id that makes the command idempotent (retries, offline queues): a store executes
   * one id once and returns the first result again. Format `/^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/`
   * (`crypto.randomUUID()` fits). Recorded on the events the command produced.
   */
  commandId?: string;
}

/**
 * Register (登记) a petition (22 arts 22–23). The store allocates `petitionId` and
 * `registrationNo` (`XF-<unit>-<yyyy>-<seq>`) inside its transaction before calling `decide`.
 */
export interface RegisterCommand extends CommandBase {
  type: 'register';
  petition: PetitionInput;
  registrationNo: string;
  /** The unit that registers and first disposes of the matter. */
  unit: string;
  policyId: string;
  policyVersion: string;
  /** Optional code the petitioner uses to follow the matter online. */
  queryCode?: string;
  /**
   * An earlier matter on the same facts (`petition.repeatOf`) and its status, looked up by the store:
   * a matter accepted or in progress elsewhere is not accepted again (22 art 19(3)); a final one neither (22 art 36).
   */
  earlier?: EarlierMatter;
  /** A serious emergency: reported upward within the policy's minutes (seed §学校: 30 minutes to the education bureau). */
  emergency?: boolean;
}
/**
 * An earlier matter on the same facts, as the store found it (`earlierOf`): its status, and whether it is final
 * (22 art 36(3): concluded by re-review, or its review window lapsed) whatever became of it later.
 */
export interface EarlierMatter {
  registrationNo: string;
  status: PetitionStatus;
  final?: boolean;
}
/** The receiving unit records receipt (签收) of a transferred or assigned matter (22 art 23(3): periods run from it). */
export interface ReceiveCommand extends CommandBase {
  type: 'receive';
}
/** A clerk confirms or clears the match of an accused name with a staff member, with the reason (22 art 30). */
export interface SettleAccusedMatchCommand extends CommandBase {
  type: 'settleAccusedMatch';
  staffId: string;
  confirmed: boolean;
  reason: string;
}
/** A clerk marks a letter as vague in content (含糊不清, seed §政协机关 五.1), with the reason. */
export interface MarkVagueCommand extends CommandBase {
  type: 'markVague';
  reason: string;
}
/** Accept (受理) the matter for handling by the current unit (22 art 22). */
export interface AcceptCommand extends CommandBase {
  type: 'accept';
  /** A complex or major matter: the policy's complex handling period applies (seed §医院, §政协机关). */
  complex?: boolean;
  /** Simplified handling (简易办理, rules.md N20): a first-time matter of clear facts, opinion within the policy's period. */
  simplified?: boolean;
}
/** Transfer (转送) to the organ with power (22 art 22). */
export interface TransferCommand extends CommandBase {
  type: 'transfer';
  toUnit: string;
  reason: string;
}
/** Assign (交办) to a subordinate unit which reports the result back (22 art 22). */
export interface AssignCommand extends CommandBase {
  type: 'assign';
  toUnit: string;
  reason?: string;
  /** Explicit report-back date; when absent it is derived from the policy's assigned handling period. */
  reportBackBy?: IsoDate;
}
/** Refer to a legal channel (诉访分离, 22 arts 28(2), 31). */
export interface ReferToLegalChannelCommand extends CommandBase {
  type: 'referToLegalChannel';
  channel: LegalChannel;
  /** The organ the petitioner should go to. */
  organ: string;
}
/** Decline (不予受理) and tell the petitioner where to go instead (22 art 23). */
export interface DeclineCommand extends CommandBase {
  type: 'decline';
  reason: string;
  /** The organ the petitioner should go to (may be empty when none). */
  goTo: string;
  /** The matter is already accepted or in progress elsewhere (22 art 19(3)); the registration number there. */
  alreadyAcceptedAs?: string;
}
/** Written (or on-the-spot) notice to the petitioner (告知, 22 art 23(2)). */
export interface NotifyCommand extends CommandBase {
  type: 'notify';
  method: 'written' | 'onSpot';
  /** Unit or person the notice is addressed to; never an accused party (22 art 30). Defaults to the petitioner. */
  to?: string;
  text?: string;
}
/** Objection (异议) by a receiving unit that holds a matter outside its remit (22 art 23(3)). */
export interface ObjectCommand extends CommandBase {
  type: 'object';
  reasons: string;
}
/** The sending unit decides on an objection; the materials go back only if it agrees (22 art 23(3)). */
export interface DecideObjectionCommand extends CommandBase {
  type: 'decideObjection';
  agreed: boolean;
  reason?: string;
}
/** Proposed handling (拟办意见). */
export interface ProposeHandlingCommand extends CommandBase {
  type: 'proposeHandling';
  text: string;
}
/** Leader instruction (领导批示). */
export interface LeaderInstructCommand extends CommandBase {
  type: 'leaderInstruct';
  text: string;
}
/** Leader case ownership (包案, seed §镇). */
export interface OwnCaseCommand extends CommandBase {
  type: 'ownCase';
}
/** Urge (催办). */
export interface UrgeCommand extends CommandBase {
  type: 'urge';
  text?: string;
}
/** Supervise (督办). */
export interface SuperviseCommand extends CommandBase {
  type: 'supervise';
  text?: string;
}
/** Joint handling (会办, seed §信访会办): on site or as a coordination meeting. */
export interface ConveneCommand extends CommandBase {
  type: 'convene';
  form: 'onSite' | 'meeting';
  chair: string;
  units: string[];
  withPetitioner?: boolean;
}
/** A hearing (听证, 22 art 32), inclusive dates; during a re-review its days are not counted (22 art 36). */
export interface HearingCommand extends CommandBase {
  type: 'hearing';
  from: IsoDate;
  to: IsoDate;
  summary?: string;
}
/** A person declares a conflict and recuses themselves (回避, 22 art 28(3)). */
export interface RecuseCommand extends CommandBase {
  type: 'recuse';
  /** The conflicted person's actor id. */
  person: string;
  reason: string;
}
/** Assign a handler (承办人). */
export interface AssignHandlerCommand extends CommandBase {
  type: 'assignHandler';
  handler: string;
  /** The handler is a party to the matter or has a direct interest (22 art 28(3)). */
  handlerIsParty?: boolean;
}
/** Add material to the file (investigation material is needed to archive). */
export interface AddMaterialCommand extends CommandBase {
  type: 'addMaterial';
  kind: MaterialKind;
  ref: string;
  title?: string;
}
/** One extension (延期) of the handling period, approved by the head, with a reason for the petitioner (22 art 34). */
export interface ExtendCommand extends CommandBase {
  type: 'extend';
  days: number;
  reason: string;
  /** How the petitioner was told the reason (22 art 34: 告知信访人延期理由); needed when the policy says so. */
  notice?: 'written' | 'onSpot';
}
/** Conclude (办结) with the handling opinion of the petition's class (22 arts 29–32). */
export interface ConcludeCommand extends CommandBase {
  type: 'conclude';
  outcome: Outcome;
  opinion: string;
  /** The opinion was given on the spot (当场答复), as simplified handling records it. */
  onTheSpot?: boolean;
}
/** Written reply (书面答复) to the petitioner. */
export interface ReplyCommand extends CommandBase {
  type: 'reply';
  text: string;
}
/** The written reply (or a review decision) reached the petitioner (送达) at `at`. */
export interface DeliveredCommand extends CommandBase {
  type: 'delivered';
}
/** The petitioner requests a review (复查) one level up, within the window (22 art 35). */
export interface RequestReviewCommand extends CommandBase {
  type: 'requestReview';
  reviewUnit: string;
  reasons: string;
}
/** The review organ decides (22 art 35). */
export interface DecideReviewCommand extends CommandBase {
  type: 'decideReview';
  outcome: ReviewOutcome;
  opinion: string;
}
/** The petitioner requests a re-review (复核), within the window (22 art 36). */
export interface RequestReReviewCommand extends CommandBase {
  type: 'requestReReview';
  reviewUnit: string;
  reasons: string;
}
/** The re-review organ decides; the matter is then final (终结, 22 art 36). */
export interface DecideReReviewCommand extends CommandBase {
  type: 'decideReReview';
  outcome: ReviewOutcome;
  opinion: string;
}
/** Archive (立卷归档) once the materials are complete (seed §交通集团). */
export interface ArchiveCommand extends CommandBase {
  type: 'archive';
  volume?: string;
}

/** Every command the lifecycle understands. */
export type Command =
  | RegisterCommand
  | AcceptCommand
  | TransferCommand
  | AssignCommand
  | ReferToLegalChannelCommand
  | DeclineCommand
  | NotifyCommand
  | ObjectCommand
  | DecideObjectionCommand
  | ReceiveCommand
  | SettleAccusedMatchCommand
  | MarkVagueCommand
  | ProposeHandlingCommand
  | LeaderInstructCommand
  | OwnCaseCommand
  | UrgeCommand
  | SuperviseCommand
  | ConveneCommand
  | HearingCommand
  | RecuseCommand
  | AssignHandlerCommand
  | AddMaterialCommand
  | ExtendCommand
  | ConcludeCommand
  | ReplyCommand
  | DeliveredCommand
  | RequestReviewCommand
  | DecideReviewCommand
  | RequestReReviewCommand
  | DecideReReviewCommand
  | ArchiveCommand;

/** The type of a command: `'register'`, `'accept'`, … */
export type CommandType = Command['type'];
/** The command of a given type. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * The periods of the policy a petition was registered under, recorded in its `registered` event
 * so that `replay` recomputes every due date deterministically without the policy object.
 */
export interface RegisteredTerms {
  disposition: Period;
  notice: Period;
  objection: Period;
  /** The handling period that applies to this petition, per origin (policy `handlingPeriod`). */
  handling: Record<Origin, Period>;
  /** Report the result of an assigned matter back (policy `periods.reportBack`, else its assigned handling period). */
  reportBack: Period;
  /** Handling period of a complex or major matter (seed §医院, §政协机关), chosen at acceptance; null when none. */
  complex: Period | null;
  extensionMax: Period;
  extensionCount: number;
  reviewRequest: Period;
  reviewDecision: Period;
  reReviewRequest: Period;
  reReviewDecision: Period;
  /** Working days before a due date at which it becomes "due soon". */
  dueSoonWorkdays: number;
  /** No reply owed (policy reply exemptions, 22 art 23(2), seed §政协机关). */
  replyExempt: boolean;
  /** No written notice owed: name or address unclear (N5, 22 art 23(2)). */
  noticeExempt: boolean;
  /** Role that approves the one extension (policy `extension.approver`, 22 art 34). */
  extensionApprover: Role;
  /** Who may issue which command, where the law is silent (defaults in `defaultPermissions`, overridable by policy). */
  permissions: Record<CommandType, Role[]>;
  /** Materials the file needs before it is archived (seed §交通集团: original, proposed handling, leader instructions, investigation material, result). */
  archiveRequires: MaterialRequirement[];
  /** The unit that archives this matter (policy `archive`, seed §物价局). */
  archiveUnit: string;
  /** Where each origin's handling period runs from (22 art 34: acceptance; seed §局: receipt). */
  handlingFrom: Record<Origin, 'acceptance' | 'receipt'>;
  /** The longest the handling may last with extension, from the same start (seed §医院, §政协机关); null: no ceiling. */
  extensionCeiling: Period | null;
  /** 22 art 34: the extension records how the petitioner was told its reason. */
  extensionReasonToPetitioner: boolean;
  /** The handling period applies to this class (policy `scope.handling`, 22 art 34). */
  handled: boolean;
  /** A review and re-review may be asked for this class (policy `scope.review`, 22 arts 35–36). */
  reviewable: boolean;
  /** Organs one level up that review and re-review (22 arts 35, 36). */
  reviewUnit: string;
  reReviewUnit: string;
  /** Where an accusation against the receiving unit itself goes, and who sends it (22 art 30). */
  escalation: { roles: Role[]; units: string[] };
  /** Simplified handling period (rules.md N20); null when the policy has it off. */
  simplified: Period | null;
  /** Leader reading of a proposed handling (seed §政协机关: 3 days); null when none. */
  leaderReview: Period | null;
  /** Reply (or a letter explaining the delay) from acceptance (seed §政协机关: one month); null when none. */
  reply: Period | null;
  /** Leaders who read the matter in turn before it is disposed of (seed §交通集团: 政工领导 → 总经理 → 董事长). */
  leaderChain: Bilingual[];
  /** No reply owed once a clerk marks the letter vague (seed §政协机关 含糊不清的信件). */
  vagueExempt: boolean;
  /** Minutes within which a serious emergency is reported, and to whom (seed §学校); null when none. */
  emergency: { minutes: number; to: string } | null;
}

/** A material the archive requires. */
export type MaterialRequirement = 'proposedHandling' | 'leaderInstruction' | 'investigation' | 'result';

/** Data carried by each event type. */
export interface EventDataMap {
  registered: {
    /** The `edition` of the calendar the matter's periods were first counted with (windows included). */
    calendar?: string;
    petition: PetitionInput;
    registrationNo: string;
    unit: string;
    policyId: string;
    policyVersion: string;
    queryCode?: string;
    earlier?: EarlierMatter;
    terms: RegisteredTerms;
    /** Staff ids whose directory name matches an accused name (22 art 30), blocked until a clerk clears them. */
    accusedStaff?: string[];
    emergency?: boolean;
  };
  accepted: { unit: string; origin: Origin; complex?: boolean; simplified?: boolean };
  received: { unit: string };
  accusedMatchSettled: { staffId: string; confirmed: boolean; reason: string };
  markedVague: { reason: string };
  transferred: { fromUnit: string; toUnit: string; reason: string };
  assigned: { fromUnit: string; toUnit: string; reason?: string; reportBackBy?: IsoDate };
  referred: { channel: LegalChannel; organ: string };
  declined: { reason: string; goTo: string; alreadyAcceptedAs?: string };
  notified: { method: 'written' | 'onSpot'; to?: string; text?: string };
  objected: { unit: string; reasons: string };
  objectionDecided: { agreed: boolean; reason?: string; returnedTo?: string };
  /** `late`: added after conclusion under a policy that records supplements as late (`archive.supplement`). */
  handlingProposed: { text: string; late?: true };
  leaderInstructed: { text: string; late?: true };
  caseOwned: { leader: string };
  urged: { text?: string };
  supervised: { text?: string };
  convened: { form: 'onSite' | 'meeting'; chair: string; units: string[]; withPetitioner?: boolean };
  hearingHeld: { from: IsoDate; to: IsoDate; days: number; summary?: string };
  recused: { person: string; reason: string };
  handlerAssigned: { handler: string };
  materialAdded: { kind: MaterialKind; ref: string; title?: string; late?: true };
  extended: { days: number; reason: string; notice?: 'written' | 'onSpot' };
  concluded: { outcome: Outcome; opinion: string; onTheSpot?: boolean };
  replied: { text: string };
  delivered: { of: 'reply' | 'review' };
  reviewRequested: { reviewUnit: string; reasons: string };
  reviewDecided: { outcome: ReviewOutcome; opinion: string };
  reReviewRequested: { reviewUnit: string; reasons: string };
  reReviewDecided: { outcome: ReviewOutcome; opinion: string };
  archived: { volume?: string };
}
/** The type of a stored event: a key of {@link EventDataMap}. */
export type EventType = keyof EventDataMap;

/** What every stored event carries beside its type and data. */
export interface EventBase {
  petitionId: string;
  /** 1-based sequence number per petition. */
  seq: number;
  at: Instant;
  by: Actor;
  /** The hash of the previous event ('' for the first). */
  prevHash: string;
  /** SHA-256 (hex) over the canonical JSON of this event without `hash`. */
  hash: string;
  /** Due dates this act came after (e.g. `['disposition']`): late acts are accepted and recorded late. */
  late?: string[];
  /** The `commandId` of the command that produced this event, when it carried one (part of the hash). */
  commandId?: string;
}

/** A fact in a petition's append-only, hash-chained history. */
export type PetitionEvent = { [K in EventType]: EventBase & { type: K; data: EventDataMap[K] } }[EventType];
/** The event of a given type. */
export type EventOf<K extends EventType> = Extract<PetitionEvent, { type: K }>;

/** The lifecycle states; `PetitionView.status` is always one of these and equals the machine's state. */
export type PetitionStatus =
  | 'registered'
  | 'transferred'
  | 'assigned'
  | 'handling'
  | 'referred'
  | 'declined'
  | 'concluded'
  | 'replied'
  | 'reviewRequested'
  | 'reviewed'
  | 'reReviewRequested'
  | 'final'
  | 'archived';

/** Every due date of a petition, as Asia/Shanghai calendar dates; undefined (or absent) when not, or no longer, owed. */
export interface DueDates {
  disposition?: IsoDate;
  notice?: IsoDate;
  objection?: IsoDate;
  conclusion?: IsoDate;
  reportBack?: IsoDate;
  reviewRequest?: IsoDate;
  reviewDecision?: IsoDate;
  reReviewRequest?: IsoDate;
  reReviewDecision?: IsoDate;
  /** Leader reading of the proposed handling (seed §政协机关: 3 days). */
  leaderReview?: IsoDate;
  /** Reply, or a letter explaining the delay, from acceptance (seed §政协机关: one month). */
  reply?: IsoDate;
}
/** Which period a due date closes: a key of {@link DueDates}. */
export type DueKind = keyof DueDates;

/**
 * The current state of one petition, folded from its history by `evolve`/`replay`. Views built by the
 * core carry every optional field, `undefined` when not set (all views share one shape, which keeps
 * replay and statistics fast); JSON copies simply omit them.
 */
export interface PetitionView {
  petitionId: string;
  registrationNo: string;
  status: PetitionStatus;
  class: PetitionClass;
  channel: Channel;
  /** Unit currently responsible. */
  unit: string;
  /** Unit that registered it. */
  registeredBy: string;
  /** Units the matter passed through (registering, transferred/assigned to). */
  units: string[];
  origin: Origin;
  /** Accepted as a complex or major matter. */
  complex?: boolean;
  handler?: string;
  receivedAt: Instant;
  registeredAt: Instant;
  /** Instant of the last event. */
  updatedAt: Instant;
  subject: string;
  content: string;
  topic?: string;
  policyId: string;
  policyVersion: string;
  terms: RegisteredTerms;
  seq: number;
  lastHash: string;
  anonymous: boolean;
  petitionerName?: string;
  petitionerPhone?: string;
  petitionerIdNumber?: string;
  queryCode?: string;
  hotline?: boolean;
  /** Persons in a visit (人次): 1, or the head count of a collective visit. */
  persons: number;
  accusedUnits: string[];
  accusedPersons: string[];
  /** Persons who declared a conflict or are parties (22 art 28(3)): never handler. */
  conflicts: string[];
  due: DueDates;
  /**
   * The kinds of `due` whose date depends on a provisional day of the calendar (a year without an official
   * schedule yet): staff duties hold the provisional date, the petitioner's and receiving unit's windows the
   * latest date an official schedule could give. `undefined` when none. Loading the schedule (extendCalendar)
   * and replaying corrects both.
   */
  provisional?: DueKind[];
  /** Earliest open due date — index field for work queues. */
  nextDue?: IsoDate;
  acceptedAt?: Instant;
  /** Date the handling period runs from (acceptance); an extension is counted from the same start. */
  handlingStart?: IsoDate;
  /** Date the re-review decision period runs from. */
  reReviewStart?: IsoDate;
  /** An earlier matter on the same facts found at registration (22 art 19(3)). */
  earlier?: EarlierMatter;
  disposedAt?: Instant;
  notifiedAt?: Instant;
  objectionPending?: boolean;
  /** The unit that sent the matter (for objections). */
  sentBy?: string;
  outcome?: Outcome;
  concludedAt?: Instant;
  repliedAt?: Instant;
  deliveredAt?: Instant;
  reviewOutcome?: ReviewOutcome;
  reReviewOutcome?: ReviewOutcome;
  /** Set once a review decision was delivered (the re-review window runs from then). */
  reviewDeliveredAt?: Instant;
  reviewRequestedAt?: Instant;
  reReviewRequestedAt?: Instant;
  archivedAt?: Instant;
  extended: boolean;
  extensionDays: number;
  ownedBy?: string;
  hearingDays: number;
  /** Days of hearings held during the re-review (not counted, 22 art 36). */
  reReviewHearingDays: number;
  materials: { proposedHandling: number; leaderInstructions: number; investigation: number; other: number };
  referral?: { channel: LegalChannel; organ: string };
  declinedGoTo?: string;
  /** Due-date kinds that were missed by the act that closed them. */
  late: string[];
  /** Set when `viewFor` hid the accuser's identity and the accusation's content. */
  redacted?: boolean;
  /** Extensions granted (22 art 34: the policy's `extension.count`). */
  extensions: number;
  /** When a transferred or assigned matter was sent to the current unit. */
  sentAt?: Instant;
  /** When the current unit recorded receipt of it (`receive`, 22 art 23(3)); until then receipt is `sentAt`. */
  unitReceivedAt?: Instant;
  /** Staff ids matched to accused names and not cleared (22 art 30): never handler, never see the accuser. */
  accusedStaff: string[];
  /** Unit that concluded (never decides its own review, 22 art 35). */
  concludedBy?: string;
  reviewUnit?: string;
  reReviewUnit?: string;
  /** Since when the matter is final (22 art 36(3)): re-review decided, or the review window lapsed and it was archived. */
  finalAt?: Instant;
  /** A clerk marked the letter vague in content (seed §政协机关). */
  vague?: boolean;
  /** Accepted for simplified handling (rules.md N20). */
  simplified?: boolean;
  /** A serious emergency is to be reported upward by this instant (seed §学校: 30 minutes). */
  emergencyReportBy?: Instant;
}

/** A due date with its status at `now`, for work queues. */
export interface Deadline {
  kind: DueKind;
  due: IsoDate;
  status: PeriodStatus;
  label: Bilingual;
  /** Present (`true`) when the date depends on a provisional day of the calendar (see `PetitionView.provisional`). */
  provisional?: true;
}

/** Context of `decide` and `can`: the petition's policy and the calendar. */
export interface DecideContext {
  policy: PolicyProfile;
  calendar: Calendar;
}

export type { Period, PeriodStatus };
