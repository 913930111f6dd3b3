/**
 * `@xinfang/core` — the rules core of xinfang: petition schemas, policy profiles, the Chinese statutory
 * calendar and periods, and the petition lifecycle.
 *
 * @module
 */

// Calendar and periods
export * from './calendar/index.js';
// Tamper-evident history
export * from './history/index.js';
// Languages and texts: Lang, Bilingual, msg, tr
export * from './i18n/index.js';
// Lifecycle: machine, decide / evolve / replay, deadlines, can, viewFor
export * from './lifecycle/index.js';
// Policy profiles
export * from './policy/index.js';
// Query codes: generation and salted slow digests
export * from './querycode/index.js';
// Petition schemas and messages
export * from './schema/index.js';
// Statistics
export * from './statistics/index.js';
// Storage port and in-memory store
export * from './store/index.js';
