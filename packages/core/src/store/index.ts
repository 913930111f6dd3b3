export { createMemoryStore, type MemoryStoreOptions } from './memory.js';
export { ConflictError, type ExecuteResult, type PetitionStore, type ViewQuery } from './port.js';
export { matchesQuery, sortViews } from './query.js';
