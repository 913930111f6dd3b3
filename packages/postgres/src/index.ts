/**
 * `@xinfang/postgres` — the petition store on PostgreSQL (node-postgres) or PGlite, in plain SQL.
 *
 * @module
 */
export { type Database, pgDatabase, pgliteDatabase, type Sql } from './db.js';
export { latestVersion, type Migration, migrate, migrations } from './migrations.js';
export { createPostgresStore, type PostgresPetitionStore, type PostgresStoreOptions } from './store.js';
export { rebuildTallies } from './tallies.js';
