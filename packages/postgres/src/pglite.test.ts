import { PGlite } from '@electric-sql/pglite';
import { policies } from '@xinfang/core';
import { petitionStoreContract } from '@xinfang/core/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { pgliteDatabase } from './db.js';
import { createPostgresStore } from './store.js';
import { truncateAll } from './test-support/fresh.js';

// One embedded database for the file, emptied before each test (creating PGlite takes about a second).
const pglite = await PGlite.create();
const db = pgliteDatabase(pglite);
afterAll(() => pglite.close());

petitionStoreContract(
  'PGlite',
  async () => {
    const store = await createPostgresStore({ db, policies: [policies.national] });
    await truncateAll(db);
    return store;
  },
  { describe, it, expect, beforeEach },
);
