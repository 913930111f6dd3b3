import { PGlite } from '@electric-sql/pglite';
import { policies } from '@xinfang/core';
import { petitionStoreContract } from '@xinfang/core/testing';
import { createPostgresStore, pgliteDatabase } from '@xinfang/postgres';
import { createAuth, createServer } from '@xinfang/server';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpStore } from './index.js';

const pglite = await PGlite.create();
const db = pgliteDatabase(pglite);
afterAll(() => pglite.close());
const auth = await createAuth(db);

// The client calls the Hono app in process (app.request), as a trusted integration: the contract's
// commands carry their own actors and times, which only a service token may send.
petitionStoreContract(
  'HTTP client → Hono server → PGlite',
  async () => {
    const store = await createPostgresStore({ db, policies: [policies.national] });
    await db.query('TRUNCATE xf_events, xf_views, xf_petitions, xf_counters, xf_tallies');
    const app = createServer({ store, policies: [policies.national], auth, serviceToken: 'contract-test-token' });
    return createHttpStore({
      baseUrl: 'http://localhost',
      fetch: async (input, init) => app.request(input, init),
      headers: () => ({ authorization: 'Bearer contract-test-token' }),
    });
  },
  { describe, it, expect, beforeEach },
);
