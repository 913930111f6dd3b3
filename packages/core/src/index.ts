/**
 * `@xinfang/core` — the rules core of xinfang: petition schemas, policy profiles, the Chinese statutory
 * calendar and periods, and the petition lifecycle.
 *
 * @module
 */

// Calendar and periods (A)
export * from './calendar/index.js';
// Petition schemas and messages (A)
export * from './schema/index.js';
// Policy profiles (A)
export * from './policy/index.js';
// Lifecycle: machine, decide / evolve / replay, deadlines, can, viewFor (B)
export * from './lifecycle/index.js';
// Tamper-evident history (B)
export * from './history/index.js';
// Statistics (B)
export * from './statistics/index.js';
// Storage port and in-memory store (B)
export * from './store/index.js';
// Query codes: generation and salted slow digests
export * from './querycode/index.js';
