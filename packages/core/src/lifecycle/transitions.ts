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

export type MachineState = PetitionStatus | 'new';

const staff: GuardName[] = ['isPermittedRole', 'isNotAccusedActor', 'isNotConflictedActor'];
const unitStaff: GuardName[] = [...staff, 'isOwnUnit'];

const note = (extra: GuardName[] = []): TransitionSpec[] => [{ guards: [...unitStaff, ...extra] }];

type Table = Partial<Record<CommandType, readonly TransitionSpec[]>>;

// 22 art 22: disposition — accept, transfer, assign, refer to a legal channel, or decline with where to go.
const disposal = (objection: boolean): Table => ({
  accept: [
    {
      guards: [...unitStaff, ...(objection ? (['isNoObjectionPending'] as GuardName[]) : []), 'isNotAcceptedElsewhere'],
      target: 'handling',
    },
  ],
  transfer: [
    {
      guards: [
        ...unitStaff,
        ...(objection ? (['isNoObjectionPending'] as GuardName[]) : []),
        'hasReason',
        'isDifferentUnit',
        'isNotToAccusedUnit',
        'isKnownUnit',
      ],
      target: 'transferred',
    },
  ],
  assign: [
    {
      guards: [
        ...unitStaff,
        ...(objection ? (['isNoObjectionPending'] as GuardName[]) : []),
        'isDifferentUnit',
        'isNotToAccusedUnit',
      ],
      target: 'assigned',
    },
  ],
  referToLegalChannel: [
    { guards: [...unitStaff, ...(objection ? (['isNoObjectionPending'] as GuardName[]) : [])], target: 'referred' },
  ],
  decline: [
    {
      guards: [...unitStaff, ...(objection ? (['isNoObjectionPending'] as GuardName[]) : []), 'hasReason'],
      target: 'declined',
    },
  ],
  notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
  proposeHandling: note(),
  leaderInstruct: note(),
});

// 22 art 23(3): the receiving organ objects within 5 working days; the sender decides.
const received: Table = {
  ...disposal(true),
  object: [{ guards: [...unitStaff, 'isNoObjectionPending', 'hasReason', 'isWithinObjectionWindow'] }],
  decideObjection: [
    { guards: [...staff, 'isSendingUnit', 'isObjectionPending', 'isObjectionAgreed'], target: 'registered' },
    { guards: [...staff, 'isSendingUnit', 'isObjectionPending'] },
  ],
};

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
    extend: note(['isExtensionAvailable', 'isWithinExtensionLimit', 'hasReason']),
    conclude: [{ guards: [...unitStaff, 'isHandlerOrHead', 'isOutcomeOfClass'], target: 'concluded' }],
  },
  referred: {
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    archive: [{ guards: ['isPermittedRole', 'isNotAccusedActor', 'isMaterialsComplete'], target: 'archived' }],
  },
  declined: {
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    archive: [{ guards: ['isPermittedRole', 'isNotAccusedActor', 'isMaterialsComplete'], target: 'archived' }],
  },
  concluded: {
    notify: [{ guards: [...staff, 'isNotToAccusedParty'] }],
    leaderInstruct: note(),
    addMaterial: note(),
    reply: [{ guards: [...unitStaff, 'isReplyOwed'], target: 'replied' }],
    // No reply owed (policy exemptions): archive straight from concluded.
    archive: [
      { guards: ['isPermittedRole', 'isNotAccusedActor', 'isNoReplyOwed', 'isMaterialsComplete'], target: 'archived' },
    ],
  },
  replied: {
    addMaterial: note(),
    delivered: [{ guards: [...staff, 'isNotYetDelivered'] }],
    requestReview: [{ guards: ['isPermittedRole', 'isDelivered', 'isWithinReviewWindow'], target: 'reviewRequested' }],
    archive: [
      {
        guards: ['isPermittedRole', 'isNotAccusedActor', 'isMaterialsComplete', 'isPetitionerWindowClosed'],
        target: 'archived',
      },
    ],
  },
  reviewRequested: {
    hearing: [{ guards: [...staff, 'isHearingPeriodValid'] }],
    addMaterial: [{ guards: staff }],
    decideReview: [{ guards: staff, target: 'reviewed' }],
  },
  reviewed: {
    delivered: [{ guards: [...staff, 'isNotYetDelivered'] }],
    requestReReview: [
      { guards: ['isPermittedRole', 'isDelivered', 'isWithinReReviewWindow'], target: 'reReviewRequested' },
    ],
    archive: [
      {
        guards: ['isPermittedRole', 'isNotAccusedActor', 'isMaterialsComplete', 'isPetitionerWindowClosed'],
        target: 'archived',
      },
    ],
  },
  reReviewRequested: {
    // N17 / 22 art 36: hearing time is not counted in the re-review period.
    hearing: [{ guards: [...staff, 'isHearingPeriodValid'] }],
    addMaterial: [{ guards: staff }],
    decideReReview: [{ guards: staff, target: 'final' }],
  },
  final: {
    archive: [{ guards: ['isPermittedRole', 'isNotAccusedActor', 'isMaterialsComplete'], target: 'archived' }],
  },
  archived: {},
};
