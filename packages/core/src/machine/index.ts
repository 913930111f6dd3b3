/**
 * `@xinfang/core/machine` — the petition lifecycle as an XState v5 machine (`petitionMachine`). The only entry
 * of the core that loads `xstate`, which is an optional peer dependency: install `xstate` (^5.33.3) beside
 * the core to use it. `decide`, `evolve` and `replay` from `@xinfang/core` take the same transitions without it.
 *
 * @module
 */
export {
  machineStateOf,
  type PetitionMachineContext,
  type PetitionMachineEvent,
  petitionMachine,
} from '../lifecycle/petition.machine.js';
