// Benchmark of @xinfang/postgres (and the server and client on it), beside raw SQL doing the same
// transaction by hand, in one run on a throwaway PostgreSQL cluster, then the embedded default (PGlite).
// Usage: npm run bench -w @xinfang/postgres        (BENCH_N seeded petitions, default 50000)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const built = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@xinfang/server', '--filter=@xinfang/client', '--output-logs=errors-only'],
  { cwd: root, stdio: 'inherit' },
);
if (built.status !== 0) process.exit(1);

const { PGlite } = await import('@electric-sql/pglite');
const pg = (await import('pg')).default;
const { serve } = await import('@hono/node-server');
const { policies } = await import('@xinfang/core');
const { actorsOf, at, command, registerCommand, samplePetitions } = await import('@xinfang/core/testing');
const { createPostgresStore, pgDatabase, pgliteDatabase } = await import('../dist/index.js');
const { startCluster } = await import('../dist/cluster.js');
const { createAuth, createServer } = await import('../../server/dist/index.js');
const { createHttpStore } = await import('../../client/dist/index.js');

const N = Number(process.env.BENCH_N ?? 50_000);
const national = policies.national;
const TOKEN = 'bench-token-0123456789';

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
/** Runs `op(i)` `total` times on `clients` concurrent workers; returns ops/s, p50 and p95 in ms. */
async function load(clients, total, op) {
  const times = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) {
        const s = performance.now();
        await op(i);
        times.push(performance.now() - s);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  return { perSec: total / secs, p50: pct(times, 50), p95: pct(times, 95) };
}
const rows = [];
const show = (name, r, baseline) =>
  rows.push({
    measure: name,
    'ops/s': r.perSec.toFixed(0),
    'p50 ms': r.p50.toFixed(1),
    'p95 ms': r.p95.toFixed(1),
    'vs raw SQL': baseline ? `${(baseline.perSec / r.perSec).toFixed(2)}× slower` : '',
  });

/** Seeds `n` petitions by copying a registered one (SQL generate_series), over 10 units. */
async function seed(db, store, n) {
  const r = await store.execute(registerCommand('x', samplePetitions.letterClaim, national));
  const id = r.view.petitionId;
  await db.query(
    `INSERT INTO xf_petitions SELECT 'seed-' || g, 'XF-seed-2025-' || lpad(g::text, 7, '0'), to_char(date '2025-01-01' + (g % 365), 'YYYY-MM-DD'), phone, id_number, subject, input
     FROM xf_petitions, generate_series(1, $2::int) g WHERE petition_id = $1`,
    [id, n],
  );
  await db.query(
    `INSERT INTO xf_views SELECT 'seed-' || g, seq, (ARRAY['registered','handling','concluded','archived'])[1 + g % 4], 'unit' || (g % 10), handler, class, channel,
       to_char(date '2025-10-01' + (g % 300), 'YYYY-MM-DD'), 'XF-seed-2025-' || lpad(g::text, 7, '0'), state
     FROM xf_views, generate_series(1, $2::int) g WHERE petition_id = $1`,
    [id, n],
  );
  await db.query(
    `INSERT INTO xf_events SELECT 'seed-' || g, seq, NULL, type, at, body FROM xf_events, generate_series(1, $2::int) g WHERE petition_id = $1`,
    [id, n],
  );
  await db.query('ANALYZE');
}

async function registerMany(store, count) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const r = await store.execute(registerCommand('x', samplePetitions.letterClaim, national));
    if (!r.ok) throw new Error(r.rejection.message.en);
    ids.push(r.view.petitionId);
  }
  return ids;
}
const clerk = actorsOf(national.defaultUnit).clerk;
const propose = (id, i) => command('proposeHandling', id, at('2025-09-21'), clerk, { text: `意见 ${i}` });

// ---------------------------------------------------------------- PostgreSQL 15 (a throwaway cluster)
const cluster = await startCluster(fileURLToPath(new URL('../build', import.meta.url)));
try {
  const pool = new pg.Pool({ connectionString: cluster.url, max: 10 });
  const db = pgDatabase(pool);
  const store = await createPostgresStore({ db, policies: [national] });
  const t = performance.now();
  await seed(db, store, N);
  console.log(`seeded ${N} petitions (1 event each, 10 units) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const ids = await registerMany(store, 64);

  // Raw SQL: the same transaction written by hand (lock the view, insert the event, update the view).
  const body = JSON.stringify((await store.history(ids[0]))[0]);
  const raw = async (i) => {
    const c = await pool.connect();
    try {
      const id = ids[i % ids.length];
      await c.query('BEGIN');
      const { rows: r } = await c.query('SELECT seq FROM xf_views WHERE petition_id = $1 FOR UPDATE', [id]);
      const seq = r[0].seq + 1;
      await c.query(
        'INSERT INTO xf_events (petition_id, seq, command_id, type, at, body) VALUES ($1, $2, NULL, $3, $4, $5::text::json)',
        [id, seq, 'proposedHandling', '2025-09-21T09:00:00+08:00', body],
      );
      await c.query(
        "UPDATE xf_views SET seq = $2, state = jsonb_set(state, '{seq}', to_jsonb($2::int)) WHERE petition_id = $1",
        [id, seq],
      );
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  };
  const app = createServer({ store, policies: [national], auth: await createAuth(db), serviceToken: TOKEN });
  const inProcess = createHttpStore({
    baseUrl: 'http://x',
    fetch: async (u, i) => app.request(u, i),
    headers: () => ({ authorization: `Bearer ${TOKEN}` }),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const overSocket = createHttpStore({
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    headers: () => ({ authorization: `Bearer ${TOKEN}` }),
  });

  for (const clients of [1, 8]) {
    const total = clients === 1 ? 300 : 800;
    const base = await load(clients, total, raw);
    show(`PostgreSQL raw SQL command transaction, ${clients} client(s)`, base);
    show(
      `PostgreSQL store.execute, ${clients} client(s)`,
      await load(clients, total, (i) => store.execute(propose(ids[i % ids.length], i))),
      base,
    );
    show(
      `PostgreSQL server in process (app.request), ${clients} client(s)`,
      await load(clients, total, (i) => inProcess.execute(propose(ids[i % ids.length], i))),
      base,
    );
    show(
      `PostgreSQL server over a socket, ${clients} client(s)`,
      await load(clients, total, (i) => overSocket.execute(propose(ids[i % ids.length], i))),
      base,
    );
  }
  const rawReg = await load(8, 300, async () => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(
        `INSERT INTO xf_counters (unit, year, last) VALUES ('rawUnit', 2025, 1) ON CONFLICT (unit, year) DO UPDATE SET last = xf_counters.last + 1 RETURNING last`,
      );
      await c.query(
        'INSERT INTO xf_events (petition_id, seq, command_id, type, at, body) VALUES ($1, 1, NULL, $2, $3, $4::text::json)',
        [crypto.randomUUID(), 'registered', '2025-09-20T09:00:00+08:00', body],
      );
      await c.query('COMMIT');
    } finally {
      c.release();
    }
  });
  show('PostgreSQL raw SQL registration (counter + event), 8 clients', rawReg);
  show(
    'PostgreSQL registrations into one unit, store.execute, 8 clients',
    await load(8, 300, () => store.execute(registerCommand('x', samplePetitions.visitClaim, national))),
    rawReg,
  );
  const queue = { unit: 'unit3', status: ['registered', 'handling'], orderBy: 'nextDue', limit: 20 };
  show(`PostgreSQL work-queue first page (${N} views), store.query`, await load(1, 200, () => store.query(queue)));
  show(
    'PostgreSQL statistics of 2025, store.statistics',
    await load(1, 3, () =>
      store.statistics({ from: '2025-01-01', to: '2025-12-31' }, undefined, '2026-01-05T09:00:00+08:00'),
    ),
  );
  server.close();
  await db.close();
} finally {
  cluster.stop();
}

// ---------------------------------------------------------------- PGlite (the embedded default)
{
  const pglite = await PGlite.create();
  const db = pgliteDatabase(pglite);
  const store = await createPostgresStore({ db, policies: [national] });
  const n = Math.min(N, 20_000);
  await seed(db, store, n);
  const ids = await registerMany(store, 64);
  show('PGlite store.execute, 1 client', await load(1, 300, (i) => store.execute(propose(ids[i % ids.length], i))));
  show(
    'PGlite registrations into one unit, 1 client',
    await load(1, 200, () => store.execute(registerCommand('x', samplePetitions.visitClaim, national))),
  );
  show(
    `PGlite work-queue first page (${n} views)`,
    await load(1, 100, () =>
      store.query({ unit: 'unit3', status: ['registered', 'handling'], orderBy: 'nextDue', limit: 20 }),
    ),
  );
  show(
    'PGlite statistics of 2025',
    await load(1, 3, () =>
      store.statistics({ from: '2025-01-01', to: '2025-12-31' }, undefined, '2026-01-05T09:00:00+08:00'),
    ),
  );
  await pglite.close();
}
console.table(rows);
