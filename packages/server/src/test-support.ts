import { PGlite } from '@electric-sql/pglite';
import { policies } from '@xinfang/core';
import { createPostgresStore, pgliteDatabase } from '@xinfang/postgres';
import type { Hono } from 'hono';
import { createServer, type ServerOptions } from './app.js';
import { type Auth, createAuth } from './auth.js';

export const PASSWORD = 'correct horse battery';

/** A server on a fresh in-memory PGlite, with a service token for seeding. */
export async function testServer(extra: Partial<ServerOptions> = {}) {
  const pglite = await PGlite.create();
  const db = pgliteDatabase(pglite);
  const store = await createPostgresStore({ db, policies: [policies.national] });
  const auth: Auth = await createAuth(db);
  const app: Hono = createServer({
    store,
    policies: [policies.national],
    auth,
    serviceToken: 'seed-token-0123456789',
    now: () => '2025-09-23T10:00:00+08:00',
    ...extra,
  });
  return { app, auth, store, db, close: () => pglite.close() };
}

/** Signs in and returns a function making requests in that session (cookie and CSRF header). */
export async function signIn(app: Hono, id: string, password = PASSWORD) {
  const r = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, password }),
  });
  if (r.status !== 200) throw new Error(`sign-in ${id}: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await r.json()) as { csrf: string };
  return (path: string, init: { method?: string; body?: unknown } = {}) =>
    app.request(path, {
      method: init.method ?? 'GET',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
}
