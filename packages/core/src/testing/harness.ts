/**
 * A small harness to test a policy's lifecycle: one petition's history driven through `decide`.
 * Throws plain `Error`s, so it works with any test runner.
 */
import { chinaCalendar } from '../calendar/index.js';
import { decide } from '../lifecycle/decide.js';
import { replay } from '../lifecycle/evolve.js';
import type {
  Actor,
  Command,
  CommandOf,
  CommandType,
  IsoDate,
  PetitionEvent,
  PetitionInput,
  PetitionView,
  Rejection,
} from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import type { PolicyProfile } from '../policy/types.js';
import { at, command, registerCommand, samplePetitions } from './fixtures.js';

const national = policies.national;

/** One petition under test. */
export interface Harness {
  id: string;
  events: PetitionEvent[];
  readonly view: PetitionView;
  /** Decide and append; throws with the rejection when refused. */
  ok<T extends CommandType>(
    type: T,
    date: IsoDate,
    by: Actor,
    fields?: Omit<CommandOf<T>, 'type' | 'petitionId' | 'at' | 'by'>,
  ): PetitionEvent;
  /** Decide and expect a refusal; returns it (nothing is appended). */
  no<T extends CommandType>(
    type: T,
    date: IsoDate,
    by: Actor,
    fields?: Omit<CommandOf<T>, 'type' | 'petitionId' | 'at' | 'by'>,
  ): Rejection;
  run(command: Command): ReturnType<typeof decide>;
}

/**
 * Register `petition` under `policy` (id 'p-1') and return a harness to drive it.
 *
 * @example
 * const h = startPetition();
 * h.ok('accept', '2025-09-23', clerk);
 * h.no('extend', '2025-10-01', clerk, { days: 30, reason: '…' }).code; // 'role-not-permitted'
 */
export function startPetition(
  petition: PetitionInput = samplePetitions.letterClaim,
  policy: PolicyProfile = national,
  options: { unit?: string; earlier?: CommandOf<'register'>['earlier'] } = {},
): Harness {
  const id = 'p-1';
  const ctx = { policy, calendar: chinaCalendar };
  const events: PetitionEvent[] = [];
  const run = (c: Command) => decide(events, c, ctx);
  const h: Harness = {
    id,
    events,
    get view() {
      return replay(events);
    },
    ok(type, date, by, fields) {
      const r = run(command(type, id, at(date), by, (fields ?? {}) as never));
      if (!r.ok) throw new Error(`${type} refused: ${r.rejection.code} ${r.rejection.message.en}`);
      events.push(...r.events);
      return r.events[0] as PetitionEvent;
    },
    no(type, date, by, fields) {
      const r = run(command(type, id, at(date), by, (fields ?? {}) as never));
      if (r.ok) throw new Error(`${type} was accepted but should be refused`);
      return r.rejection;
    },
    run,
  };
  const reg = {
    ...registerCommand(id, petition, policy, { unit: options.unit }),
    ...(options.earlier ? { earlier: options.earlier } : {}),
  };
  const r = run(reg);
  if (!r.ok) throw new Error(`register refused: ${r.rejection.code} ${r.rejection.message.en}`);
  events.push(...r.events);
  return h;
}
