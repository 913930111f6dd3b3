/**
 * `petitionMachine` — the petition lifecycle as an XState v5 machine, generated from the lifecycle
 * table (`transitions`) with the rules as named guards (`isWithinExtensionLimit`, `isNotToAccusedUnit`, …).
 * Its context holds the history and the folded view; each accepted command records one event.
 *
 * `decide` walks the same table with the same guards at reducer speed; a property test checks that
 * XState's own `transition()` and `decide` agree on every step of random command sequences.
 */
import { and, assign, setup } from 'xstate';
import type { Calendar } from '../calendar/index.js';
import type { PolicyProfile } from '../policy/types.js';
import { buildEvent, guardInput } from './decide.js';
import { evolve } from './evolve.js';
import { type GuardName, guards } from './guards.js';
import { type MachineState, transitions } from './transitions.js';
import type { Command, CommandType, PetitionEvent, PetitionView } from './types.js';

/** Context of `petitionMachine`. */
export interface PetitionMachineContext {
  view: PetitionView | undefined;
  history: PetitionEvent[];
  policy: PolicyProfile;
  calendar: Calendar;
}

/**
 * An event of `petitionMachine`: the command, under its type. A caller that already ran `decide` may pass
 * its `events`; the machine's guards still decide whether the transition is taken, and it records those
 * events instead of hashing them again.
 */
export interface PetitionMachineEvent {
  type: CommandType;
  command: Command;
  events?: PetitionEvent[];
}

type GuardImpl = (args: { context: PetitionMachineContext; event: PetitionMachineEvent }) => boolean;

const guardImpls = Object.fromEntries(
  (Object.keys(guards) as GuardName[]).map((name): [GuardName, GuardImpl] => [
    name,
    ({ context, event }) => guards[name].check(guardInput(context.view, event.command, context)),
  ]),
) as Record<GuardName, GuardImpl>;

const machineSetup = setup({
  types: {
    context: {} as PetitionMachineContext,
    events: {} as PetitionMachineEvent,
    input: {} as { policy: PolicyProfile; calendar: Calendar; history?: PetitionEvent[]; view?: PetitionView },
  },
  guards: guardImpls,
  actions: {
    // Record the fact the command produced and fold it into the view.
    record: assign(({ context, event }) => {
      const e =
        event.events?.[0] ??
        buildEvent(context.view, event.command, guardInput(context.view, event.command, context).date, context);
      return { history: [...context.history, e], view: evolve(context.view, e, context.calendar) };
    }),
  },
});

function stateConfig(state: MachineState) {
  const on: Record<string, { guard: unknown; target?: string; actions: 'record' }[]> = {};
  for (const [type, specs] of Object.entries(transitions[state])) {
    on[type] = (specs ?? []).map((s) => ({
      guard: and(s.guards as GuardName[]),
      ...(s.target ? { target: s.target } : {}),
      actions: 'record' as const,
    }));
  }
  return state === 'archived' ? { type: 'final' as const, on } : { on };
}

const states = Object.fromEntries((Object.keys(transitions) as MachineState[]).map((s) => [s, stateConfig(s)]));

/**
 * The petition lifecycle (XState v5). Start it with the policy and calendar; send commands as
 * `{ type: command.type, command }`.
 *
 * @example
 * import { createActor } from 'xstate';
 * const actor = createActor(petitionMachine, { input: { policy: policies.national, calendar: chinaCalendar } }).start();
 * actor.send({ type: 'register', command: registerCommand });
 * actor.getSnapshot().value;              // 'registered'
 * actor.getSnapshot().context.view?.due;  // { disposition: '2025-10-09', notice: '2025-10-09' }
 */
export const petitionMachine = machineSetup.createMachine({
  id: 'petition',
  initial: 'new',
  // XState's pure `transition()` builds a throw-away actor without input on every call: tolerate it
  // (throwing here would capture a stack trace per transition).
  context: ({ input }) => ({
    policy: input?.policy as PolicyProfile,
    calendar: input?.calendar as Calendar,
    history: input?.history ?? [],
    view: input?.view,
  }),
  // The state nodes come from the lifecycle table; their shape is checked by the tests, not the type system.
  states: states as never,
});

/** Machine state of a folded view (the view's status; 'new' before registration). */
export function machineStateOf(view: PetitionView | undefined): MachineState {
  return view?.status ?? 'new';
}
