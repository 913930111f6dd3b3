import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { policies } from '@xinfang/core';
import { petitionStoreContract, registerCommand, samplePetitions } from '@xinfang/core/testing';
import { createPostgresStore, pgDatabase } from '@xinfang/postgres';
import { startCluster } from '@xinfang/postgres/testing';
import { createAuth, createServer } from '@xinfang/server';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpStore, HttpStoreError } from './index.js';

// The whole path a deployed office runs: the client's fetch over a real TCP socket to the Hono app under
// @hono/node-server, the store on a real PostgreSQL 15 server (a throwaway cluster under build/).
const cluster = await startCluster(fileURLToPath(new URL('../build', import.meta.url)));
const db = pgDatabase(new pg.Pool({ connectionString: cluster.url, max: 8 }));
const auth = await createAuth(db);
const store = await createPostgresStore({ db, policies: [policies.national] });
const app = createServer({ store, policies: [policies.national], auth, serviceToken: 'socket-test-token' });
const server: ServerType = await new Promise((resolve) => {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
});
const address = server.address();
const port = typeof address === 'object' && address !== null ? address.port : 0;
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  cluster.stop();
});

const client = (token = 'socket-test-token') =>
  createHttpStore({ baseUrl: `http://127.0.0.1:${port}`, headers: () => ({ authorization: `Bearer ${token}` }) });

petitionStoreContract(
  'HTTP client over a socket → Hono under Node → PostgreSQL 15',
  async () => {
    await db.query('TRUNCATE xf_events, xf_views, xf_petitions, xf_counters, xf_tallies');
    return client();
  },
  { describe, it, expect, beforeEach },
);

describe('the client over a socket', () => {
  it('a wrong service token gets a typed refusal and stores nothing', async () => {
    await db.query('TRUNCATE xf_events, xf_views, xf_petitions, xf_counters, xf_tallies');
    const refused = await client('not-the-token')
      .execute(registerCommand('x', samplePetitions.letterClaim, policies.national))
      .then(
        () => 'stored',
        (e: unknown) => (e instanceof HttpStoreError ? [e.status, e.code] : String(e)),
      );
    expect(refused).toEqual([401, 'sign-in-required']);
    expect((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM xf_events')).rows[0]?.n).toBe('0');
  });
});
