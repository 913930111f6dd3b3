/**
 * `npm start`: the petition office on this machine — the API on PGlite in a local data folder, and the
 * built portal served from the same origin. Demo staff are seeded on first start with the passwords in
 * the server README (for the demo only: change them before anyone else can reach the port).
 *
 * Environment: PORT (default 4180), XINFANG_DATA (default ./.xinfang-data), XINFANG_PORTAL (the built
 * portal folder, default apps/portal/dist).
 */
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { policies } from '@xinfang/core';
import { createPostgresStore, pgliteDatabase } from '@xinfang/postgres';
import { createServer } from './app.js';
import { createAuth, type StaffRecord } from './auth.js';

/** The demo staff and their passwords (demo only). */
export const demoStaff: readonly (StaffRecord & { password: string })[] = [
  { id: 'clerk', name: '王芳', role: 'clerk', unit: policies.national.defaultUnit, password: 'demo-clerk-2026' },
  { id: 'handler', name: '李明', role: 'handler', unit: policies.national.defaultUnit, password: 'demo-handler-2026' },
  { id: 'head', name: '赵主任', role: 'unitHead', unit: policies.national.defaultUnit, password: 'demo-head-2026' },
  { id: 'leader', name: '陈书记', role: 'leader', unit: policies.national.defaultUnit, password: 'demo-leader-2026' },
  {
    id: 'archivist',
    name: '档案员',
    role: 'archivist',
    unit: policies.national.defaultUnit,
    password: 'demo-archivist-2026',
  },
];

const port = Number(process.env.PORT ?? 4180);
const dataDir = resolve(process.env.XINFANG_DATA ?? '.xinfang-data');
const portal = resolve(process.env.XINFANG_PORTAL ?? 'apps/portal/dist');

const db = pgliteDatabase(await PGlite.create(dataDir));
const loaded = [policies.national, ...Object.values(policies).filter((p) => p !== policies.national)];
const store = await createPostgresStore({ db, policies: loaded });
const auth = await createAuth(db);
const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM xf_staff');
if ((rows[0]?.n ?? 0) === 0) {
  for (const { password, ...staff } of demoStaff) await auth.addStaff(staff, password);
  console.log('xinfang: seeded the demo staff (see packages/server/README.md for their passwords)');
}
const api = createServer({ store, policies: loaded, auth });
api.use('/*', serveStatic({ root: portal }));
api.get('/*', serveStatic({ root: portal, path: 'index.html' }));
const server = serve({ fetch: api.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`xinfang: http://127.0.0.1:${info.port}/  (data in ${dataDir})`);
});
const stop = () => {
  server.close();
  void db.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
