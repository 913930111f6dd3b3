export {
  type AppendCheck,
  type AppendContext,
  type AppendRefusal,
  type AppendRefusalReason,
  AppendRefusedError,
  checkAppend,
  checkHistory,
  checkStoreAppend,
  commandIdsOf,
  commandOfEvent,
} from './check.js';
export {
  COMMAND_ID_PATTERN,
  type DecideCommandsResult,
  decideCommands,
  hasPlainQueryCode,
  invalidCommandId,
  isCommandId,
  PLAIN_QUERY_CODE,
  precheckCommands,
  type StoredCommand,
  storedResult,
  UNKNOWN_PETITION,
  unknownPolicy,
  withCommandId,
} from './commands.js';
export { createMemoryStore, type MemoryStoreOptions } from './memory.js';
export { ConflictError, type ExecuteOptions, type ExecuteResult, type PetitionStore, type ViewQuery } from './port.js';
export { matchesQuery, queryDay, sortViews } from './query.js';
export { formatRegistrationNo, parseRegistrationNo, unitCode } from './registration.js';
