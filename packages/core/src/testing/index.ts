/**
 * `@xinfang/core/testing` — the `PetitionStore` contract suite and shared fixtures (actors, a fixed
 * clock, sample petitions, a full lifecycle scenario). Imports no test framework.
 *
 * @module
 */
export { type ContractMatchers, type ContractTestApi, petitionStoreContract } from './contract.js';
export {
  actorsOf,
  at,
  command,
  example2027Schedule,
  fixedClock,
  fullScenario,
  registerCommand,
  registrationNo,
  samplePetitions,
} from './fixtures.js';
export { type Harness, startPetition } from './harness.js';
