/**
 * `npm start`: the petition office on this machine — the API on PGlite in a local data folder, and the
 * built portal served from the same origin. Demo staff are seeded on first start with the passwords in
 * the server README (for the demo only: change them before anyone else can reach the port).
 *
 * Environment: PORT (default 4180), XINFANG_DATA (default ./.xinfang-data), XINFANG_PORTAL (the built
 * portal folder, default apps/portal/dist).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Actor, type Command, type Instant, type PetitionInput, policies } from '@xinfang/core';
import { samplePetitions } from '@xinfang/core/testing';
import { createPostgresStore, pgliteDatabase } from '@xinfang/postgres';
import type { Context } from 'hono';
import { createServer } from './app.js';
import { createAuth, type StaffRecord } from './auth.js';

const office = policies.national.defaultUnit;
/**
 * The demo staff and their passwords (demo only). Ids and names are the demo people of the browser-only portal,
 * so the portal's lists of people (handler assignment, the queue's handler filter) name the same staff. The last
 * one works in another unit (the organ with power to handle): accusations against it never show it the accuser.
 */
export const demoStaff: readonly (StaffRecord & { password: string })[] = [
  { id: 'demo-clerk', name: '张丽', role: 'clerk', unit: office, password: 'demo-clerk-2026' },
  { id: 'demo-handler', name: '李强', role: 'handler', unit: office, password: 'demo-handler-2026' },
  { id: 'demo-unit-head', name: '陈建华', role: 'unitHead', unit: office, password: 'demo-unit-head-2026' },
  { id: 'demo-leader', name: '刘振华', role: 'leader', unit: office, password: 'demo-leader-2026' },
  { id: 'demo-archivist', name: '赵玉兰', role: 'archivist', unit: office, password: 'demo-archivist-2026' },
  {
    id: 'demo-organ-handler',
    name: '孙伟',
    role: 'handler',
    unit: 'competentOrgan',
    password: 'demo-organ-handler-2026',
  },
];

const port = Number(process.env.PORT ?? 4180);
const dataDir = resolve(process.env.XINFANG_DATA ?? '.xinfang-data');
const portal = resolve(process.env.XINFANG_PORTAL ?? 'apps/portal/dist');

const db = pgliteDatabase(await PGlite.create(dataDir));
const loaded = [policies.national, ...Object.values(policies).filter((p) => p !== policies.national)];
const store = await createPostgresStore({ db, policies: loaded });
const auth = await createAuth(db);
const { rows } = await db.query<{ id: string }>('SELECT id FROM xf_staff');
const known = new Set(rows.map((r) => r.id));
const missing = demoStaff.filter((s) => !known.has(s.id));
for (const { password, ...staff } of missing) await auth.addStaff(staff, password);
if (missing.length > 0) console.log(`xinfang: seeded ${missing.length} demo staff accounts`);
const unitNames = Object.fromEntries(policies.national.units.map((u) => [u.id, u.name.zh]));
console.log('xinfang: demo staff (DEMO PASSWORDS — change them before anyone else can reach this port):');
for (const s of demoStaff) {
  console.log(
    `  ${s.id.padEnd(19)} ${s.password.padEnd(24)} ${s.role.padEnd(10)} ${unitNames[s.unit] ?? s.unit} · ${s.name}`,
  );
}

// Demo petitions on a fresh data folder: the core's sample matters (a letter, a visit, a collective visit, an
// accusation against the competent organ, an anonymous suggestion, a 12345 call), received now, registered by the
// demo clerk. Their query codes are unknown to anyone: only petitions submitted on the portal can be tracked.
if ((await store.query({ limit: 1 })).total === 0) {
  const at = `${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00` as Instant;
  const clerk = demoStaff[0]!;
  const by = { id: clerk.id, name: clerk.name, role: clerk.role, unit: clerk.unit } as Actor;
  let registered = 0;
  for (const sample of Object.values(samplePetitions) as PetitionInput[]) {
    const petition: PetitionInput = sample.accused
      ? { ...sample, receivedAt: at, accused: { ...sample.accused, units: ['competentOrgan'] } }
      : { ...sample, receivedAt: at };
    const r = await store.execute({
      type: 'register',
      petitionId: '',
      registrationNo: '',
      unit: office,
      policyId: policies.national.id,
      policyVersion: policies.national.version,
      at,
      by,
      petition,
    } as Command);
    if (r.ok) registered++;
    else console.warn(`xinfang: a demo petition was refused: ${r.rejection.message.en}`);
  }
  console.log(`xinfang: registered ${registered} demo petitions`);
}

const api = createServer({ store, policies: loaded, auth });
// The portal's page, marked as served by this server (`<meta name="xinfang-server">`: the portal then uses the
// API as its store, with staff sign-in, instead of the browser's IndexedDB).
const indexFile = `${portal}/index.html`;
if (!existsSync(indexFile)) {
  console.error(
    `xinfang: ${indexFile} is missing: build the portal first (npm run build -w portal), or set XINFANG_PORTAL.`,
  );
}
const page = existsSync(indexFile)
  ? readFileSync(indexFile, 'utf8').replace(
      /<head>(\s*<meta charset="utf-8" \/>)?/,
      (head) => `${head}\n    <meta name="xinfang-server" content="${policies.national.id}" />`,
    )
  : '<!doctype html><title>xinfang</title><p>The portal is not built: run npm run build -w portal.</p>';
const sendPage = (c: Context) => c.html(page, 200, { 'cache-control': 'no-cache' });
api.get('/', (c) => sendPage(c));
api.get('/index.html', (c) => sendPage(c));
api.use('/*', serveStatic({ root: portal }));
api.get('/*', (c) => (c.req.path.startsWith('/api/') ? c.notFound() : sendPage(c)));
const server = serve({ fetch: api.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`xinfang: http://127.0.0.1:${info.port}/  (data in ${dataDir})`);
});
const stop = () => {
  server.close();
  void db.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
