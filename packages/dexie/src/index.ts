/**
 * `@xinfang/dexie` — the embedded petition store of xinfang on IndexedDB (Dexie 4). It implements the
 * core's `PetitionStore` port: one transaction per decision, indexed work queues, statistics from a
 * covering index, verified backups, multi-tab safety and tested schema migrations.
 *
 * @module
 */
export { BACKUP_FORMAT, BACKUP_VERSION, type ImportOptions, type ImportReport, type SignWith } from './backup.js';
export type { Progress } from './bulk.js';
export {
  BackupError,
  type BackupProblem,
  DatabaseBlockedError,
  PetitionStoreError,
  StorageFullError,
  StorageUnavailableError,
} from './errors.js';
export {
  type CommandRow,
  type CounterRow,
  type HistoryRow,
  type MetaRow,
  PetitionDatabase,
  SCHEMA_V1,
  type TallyRow,
  type ViewRow,
} from './schema.js';
export {
  type AuditProblem,
  createPetitionStore,
  type DexiePetitionStore,
  type ExecuteOptions,
  type LiveQueries,
  type PetitionStoreOptions,
} from './store.js';
