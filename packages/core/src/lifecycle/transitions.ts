/**
 * The lifecycle as data: for each state, the commands it accepts, the guards (rules) each must pass,
 * and the state it leads to. `petitionMachine` (XState v5) is built from this table, and `decide`
 * walks the same table with the same guard functions — a property test holds them together.
 */
import type { GuardName } from './guards.js';
import type { CommandType, PetitionStatus } from './types.js';

/** One guarded transition; no `target` means the state stays (a fact is recorded). */
export interface TransitionSpec {
  guards: readonly GuardName[];
  target?: PetitionStatus;
}

/** A state of the lifecycle: a petition's status, or `'new'` before it is registered. */
export type MachineState = PetitionStatus | 'new';

const staff: GuardName[] = ['isPermittedRole', 'isNotAccusedActor', 'isNotConflictedActor'];
const unitStaff: GuardName[] = [...staff, 'isOwnUnit'];

const note = (extra: GuardName[] = []): TransitionSpec[] => [{ guards: [...unitStaff, ...extra] }];
// seed §交通集团 四: after the reply, what the file lacks for archiving can still be added (policy setting).
const supplement = (extra: GuardName[] = []): TransitionSpec[] => note(['isSupplementAllowed', ...extra]);
const completeFile: Table = {
  proposeHandling: supplement(['isMissingForArchive']),
  leaderInstruct: supplement(['isMissingForArchive']),
};

type Table = Partial<Record<CommandType, readonly TransitionSpec[]>>;

// 22 art 30: an accusation against the receiving unit itself may only be transferred up (see `isEscalationTarget`).
const ownUnitStaff: GuardName[] = ['isNotOwnUnitAccused', ...unitStaff];

// 22 art 30: a clerk confirms or clears a staff-directory match of an accused name, with the reason.
const settle: TransitionSpec[] = [{ guards: [...staff, 'hasReason', 'isAccusedMatch'] }];
// seed §政协机关 五.1: a clerk marks a vague letter (no reply owed where the policy says so).
const vague: TransitionSpec[] = [{ guards: [...staff, 'isLetter', 'hasReason'] }];

// 22 art 22: disposition — accept, transfer, assign, refer to a legal channel, or decline with where to go.
const disposal = (objection: boolean): Table => {
  const pending: GuardName[] = objection ? ['isNoObjectionPending'] : [];
  return {
    accept: [
      {
        guards: [...ownUnitStaff, ...pending, 'isNotAcceptedElsewhere', 'isLeaderChainComplete', 'isSimplifiedAllowed'],
        target: 'handling',
      },
    ],
    transfer: [
      {
        guards: [
          ...unitStaff,
          ...pending,
          'hasReason',
          'isDifferentUnit',
          'isNotToAccusedUnit',
          'isKnownUnit',
          'isEscalationTarget',
          'isLeaderChainComplete',
        ],
        target: 'transferred',
      },
    ],
    assign: [
      {
        guards: [...ownUnitStaff, ...pending, 'isDifferentUnit', 'isNotToAccusedUnit', 'isLeaderChainComplete'],
        target: 'assigned',
      },
    ],
    referToLegalChannel: [{ guards: [...ownUnitStaff, ...pending], target: 'referred' }],
    decline: [{ guards: [...ownUnitStaff, ...pending, 'hasReason'], target: 'declined' }],
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    proposeHandling: note(),
    leaderInstruct: note(),
    settleAccusedMatch: settle,
    markVague: vague,
  };
};

// 22 art 23(3): the receiving organ objects within 5 working days; the sender decides.
const received: Table = {
  ...disposal(true),
  receive: [{ guards: [...unitStaff, 'isNotYetReceived'] }],
  object: [{ guards: [...unitStaff, 'isNoObjectionPending', 'hasReason', 'isWithinObjectionWindow'] }],
  decideObjection: [
    { guards: [...staff, 'isSendingUnit', 'isObjectionPending', 'isObjectionAgreed'], target: 'registered' },
    { guards: [...staff, 'isSendingUnit', 'isObjectionPending'] },
  ],
};

// Archive only after the petitioner's window is over, by the policy's archive unit (seed §物价局).
const archiveAfterWindow: TransitionSpec[] = [
  {
    guards: [
      'isPermittedRole',
      'isNotAccusedActor',
      'isArchiveUnit',
      'isMaterialsComplete',
      'isPetitionerWindowClosed',
    ],
    target: 'archived',
  },
];

/** The transition table of the petition lifecycle. */
export const transitions: Record<MachineState, Partial<Record<CommandType, readonly TransitionSpec[]>>> = {
  new: {
    register: [
      {
        guards: [
          'isPermittedRole',
          'isNewPetition',
          'isRegisteredUnderThisPolicy',
          'isKnownUnit',
          'isRegistrationNoWellFormed',
          'isWithinRepresentativesLimit',
          'isValidPetition',
          'isVisitRecordConfirmed',
        ],
        target: 'registered',
      },
    ],
  },
  registered: disposal(false),
  transferred: received,
  assigned: received,
  handling: {
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    proposeHandling: note(),
    leaderInstruct: note(),
    ownCase: note(),
    urge: [{ guards: staff }],
    supervise: [{ guards: staff }],
    convene: note(),
    hearing: note(['isHearingPeriodValid']),
    // 22 art 28(3): anyone may declare their own or another's conflict; recusal is always allowed.
    recuse: [{ guards: ['isPermittedRole', 'isNotAccusedActor', 'hasReason'] }],
    assignHandler: note(['isHandlerNamed', 'isNotAccusedHandler', 'isNotConflicted']),
    addMaterial: note(),
    // 22 art 34: one extension of a running period, within the limit and the policy's ceiling, reason told.
    extend: note([
      'isExtensionAvailable',
      'isPeriodRunning',
      'isWithinExtensionLimit',
      'isWithinExtensionCeiling',
      'hasReason',
      'hasExtensionNotice',
    ]),
    // 22 arts 28(2), 31: it may turn out after acceptance that the matter belongs to a legal procedure.
    referToLegalChannel: [{ guards: unitStaff, target: 'referred' }],
    settleAccusedMatch: settle,
    markVague: vague,
    conclude: [{ guards: [...unitStaff, 'isHandlerOrHead', 'isOutcomeOfClass'], target: 'concluded' }],
  },
  referred: {
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    archive: [
      { guards: ['isPermittedRole', 'isNotAccusedActor', 'isArchiveUnit', 'isMaterialsComplete'], target: 'archived' },
    ],
  },
  declined: {
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    archive: [
      { guards: ['isPermittedRole', 'isNotAccusedActor', 'isArchiveUnit', 'isMaterialsComplete'], target: 'archived' },
    ],
  },
  concluded: {
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    leaderInstruct: note(),
    addMaterial: note(),
    reply: [{ guards: [...unitStaff, 'isReplyOwed'], target: 'replied' }],
    // No reply owed (policy exemptions): archive straight from concluded.
    archive: [
      {
        guards: ['isPermittedRole', 'isNotAccusedActor', 'isArchiveUnit', 'isNoReplyOwed', 'isMaterialsComplete'],
        target: 'archived',
      },
    ],
  },
  replied: {
    ...completeFile,
    addMaterial: note(),
    delivered: [{ guards: [...staff, 'isNotYetDelivered'] }],
    requestReview: [
      {
        guards: ['isPermittedRole', 'isReviewable', 'isDelivered', 'isWithinReviewWindow', 'isSuperiorReviewUnit'],
        target: 'reviewRequested',
      },
    ],
    archive: archiveAfterWindow,
  },
  reviewRequested: {
    hearing: [{ guards: [...staff, 'isHearingPeriodValid'] }],
    addMaterial: [{ guards: staff }],
    // 22 art 35: decided by the organ one level up, never by the unit that concluded.
    decideReview: [{ guards: [...staff, 'isNotSelfReview', 'isReviewOrgan'], target: 'reviewed' }],
  },
  reviewed: {
    ...completeFile,
    addMaterial: supplement(),
    delivered: [{ guards: [...staff, 'isNotYetDelivered'] }],
    requestReReview: [
      {
        guards: ['isPermittedRole', 'isDelivered', 'isWithinReReviewWindow', 'isSuperiorReviewUnit'],
        target: 'reReviewRequested',
      },
    ],
    archive: archiveAfterWindow,
  },
  reReviewRequested: {
    // N17 / 22 art 36: hearing time is not counted in the re-review period.
    hearing: [{ guards: [...staff, 'isHearingPeriodValid'] }],
    addMaterial: [{ guards: staff }],
    decideReReview: [{ guards: [...staff, 'isNotSelfReview', 'isReviewOrgan'], target: 'final' }],
  },
  final: {
    ...completeFile,
    addMaterial: supplement(),
    archive: [
      { guards: ['isPermittedRole', 'isNotAccusedActor', 'isArchiveUnit', 'isMaterialsComplete'], target: 'archived' },
    ],
  },
  archived: {},
};
