// Benchmark of @xinfang/postgres (and the server and client on it), beside raw SQL doing the same work,
// in one run on a throwaway PostgreSQL 15 cluster, then the embedded default (PGlite).
// Usage: npm run bench -w @xinfang/postgres
//   BENCH_N        seeded views on PostgreSQL (default 50000; 1000000 for the national-scale queue)
//   BENCH_PGLITE_N seeded views on PGlite (default min(BENCH_N, 20000))
//   BENCH_PG_PORT  port of the throwaway cluster (default 55450); BENCH_HTTP_PORT the server's (default 4250)
//   BENCH_ONLY=commands  only the command and registration figures on PostgreSQL (repeat runs of the ratios)
//   BENCH_ONLY=queue     only the queue, search and statistics figures on PostgreSQL (the 1,000,000-view run)
//   BENCH_ONLY=pglite    only the PGlite part (e.g. BENCH_PGLITE_N=1000000: the embedded default at national scale)
//   BENCH_PGLITE_DIR     PGlite's data folder (default: in memory)
//   BENCH_PROFILE=file   a CPU profile (.cpuprofile) of the server's thread during the socket run at 8 clients
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';

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
const { chinaCalendar, policies, statistics } = await import('@xinfang/core');
const { actorsOf, at, command, registerCommand, samplePetitions } = await import('@xinfang/core/testing');
const { createPostgresStore, pgDatabase, pgliteDatabase, rebuildTallies } = await import('../dist/index.js');
const { startCluster } = await import('../dist/cluster.js');
const { createAuth, createServer } = await import('../../server/dist/index.js');
const { createHttpStore } = await import('../../client/dist/index.js');

const N = Number(process.env.BENCH_N ?? 50_000);
const PGLITE_N = Number(process.env.BENCH_PGLITE_N ?? Math.min(N, 20_000));
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55450);
const HTTP_PORT = Number(process.env.BENCH_HTTP_PORT ?? 4250);
const ONLY_COMMANDS = process.env.BENCH_ONLY === 'commands';
const ONLY_QUEUE = process.env.BENCH_ONLY === 'queue';
const ONLY_PGLITE = process.env.BENCH_ONLY === 'pglite';
const national = policies.national;
const PASSWORD = 'bench password 0123';
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const AS_OF = '2026-01-05T09:00:00+08:00';

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
/** CPU time (ms) a process or thread has used, from /proc (0 where there is none: not Linux, or it ended). */
function cpuMs(path) {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return 0;
  }
}
/** The PostgreSQL processes to count (set once the cluster runs): backends and background processes. */
let postgresPids = async () => [];
/**
 * CPU used so far by this process's main thread (the server in the socket runs, the clients otherwise), by
 * all its threads (the socket runs' clients run in a thread of their own) and by PostgreSQL: per operation,
 * figures the load of the shared machine changes far less than ops/s.
 */
async function cpu() {
  const pids = await postgresPids();
  const pg = new Map(pids.map((pid) => [pid, cpuMs(`/proc/${pid}/stat`)]));
  return { node: cpuMs(`/proc/self/task/${process.pid}/stat`), all: cpuMs('/proc/self/stat'), pg };
}
function cpuSince(before, after, total) {
  let pg = 0;
  for (const [pid, ms] of after.pg) pg += ms - (before.pg.get(pid) ?? 0);
  const node = after.node - before.node;
  return { nodeCpu: node / total, otherCpu: (after.all - before.all - node) / total, pgCpu: pg / total };
}
/** Runs `op(i)` `total` times on `clients` concurrent workers; returns ops/s, p50 and p95 in ms. */
async function load(clients, total, op) {
  const before = await cpu();
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
  return { perSec: total / secs, p50: pct(times, 50), p95: pct(times, 95), ...cpuSince(before, await cpu(), total) };
}
/** The same measure, with the clients in a thread of their own (socket-client.mjs) calling the server over a socket. */
async function loadFromThread(clients, total, data) {
  const before = await cpu();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./socket-client.mjs', import.meta.url), {
      workerData: { ...data, clients, total, warmup: 50 },
    });
    worker.once('message', async ({ seconds, times }) => {
      // The server's CPU while the clients ran (their warm-up included: 50 more requests).
      const used = cpuSince(before, await cpu(), total + 50);
      resolve({ perSec: total / seconds, p50: pct(times, 50), p95: pct(times, 95), ...used });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
const rows = [];
/** Time per operation beside the baseline's: `1.52× raw SQL` (slower), or `1070× faster than the full read`. */
const ratio = (x, label) =>
  x >= 1 ? `${x.toFixed(2)}× ${label}` : `${(1 / x).toFixed(1 / x >= 10 ? 0 : 1)}× faster than ${label}`;
const show = (name, r, baseline, label = 'raw SQL') => {
  const row = {
    measure: name,
    'ops/s': r.perSec.toFixed(0),
    'p50 ms': r.p50.toFixed(1),
    'p95 ms': r.p95.toFixed(1),
    'vs baseline': baseline === undefined ? '' : ratio(baseline.perSec / r.perSec, label),
    'node CPU ms/op': r.nodeCpu === undefined ? '' : r.nodeCpu.toFixed(2),
    'other threads ms/op': r.otherCpu === undefined ? '' : r.otherCpu.toFixed(2),
    'PG CPU ms/op': r.pgCpu === undefined ? '' : r.pgCpu.toFixed(2),
    // The machine is shared: its 1-minute load average when the measure ended, beside each figure.
    load: loadavg()[0].toFixed(1),
  };
  rows.push(row);
  // Each figure as soon as it is measured, so that a run stopped halfway still tells what it measured.
  console.log(Object.values(row).join(' | '));
};
const seconds = (t) => ((performance.now() - t) / 1000).toFixed(1);

/**
 * Seeds `n` views by SQL (generate_series, no API call): copies of one registered petition over 10 units,
 * four statuses, dates of receipt over 2025 and open due dates over 300 days, each with its own
 * registration number, phone and ID number; then the tallies are rebuilt from them (`rebuildTallies`).
 */
async function seed(db, store, n) {
  const r = await store.execute(registerCommand('x', samplePetitions.visitClaim, national));
  const id = r.view.petitionId;
  const t = performance.now();
  await db.query(
    `INSERT INTO xf_petitions
     SELECT 'seed-' || g, 'XF-unit' || (g % 10) || '-2025-' || lpad(g::text, 7, '0'), d, '139' || lpad(g::text, 8, '0'),
       '110105' || lpad(g::text, 11, '0') || 'X', subject,
       input || jsonb_build_object('receivedAt', d || 'T09:00:00+08:00', 'registrationNo', 'XF-unit' || (g % 10) || '-2025-' || lpad(g::text, 7, '0'),
         'petitionerPhone', '139' || lpad(g::text, 8, '0'), 'petitionerIdNumber', '110105' || lpad(g::text, 11, '0') || 'X')
     FROM xf_petitions, generate_series(1, $2::int) g, LATERAL (SELECT to_char(date '2025-01-01' + (g % 365), 'YYYY-MM-DD') AS d) x
     WHERE petition_id = $1`,
    [id, n],
  );
  await db.query(
    `INSERT INTO xf_views
     SELECT 'seed-' || g, seq, s, 'unit' || (g % 10), handler, class, channel, due, 'XF-unit' || (g % 10) || '-2025-' || lpad(g::text, 7, '0'),
       state || jsonb_build_object('status', s, 'unit', 'unit' || (g % 10), 'nextDue', due)
     FROM xf_views, generate_series(1, $2::int) g,
       LATERAL (SELECT (ARRAY['registered','handling','concluded','archived'])[1 + g % 4] AS s,
                       to_char(date '2025-10-01' + (g::bigint * 7919 % 300)::int, 'YYYY-MM-DD') AS due) x
     WHERE petition_id = $1`,
    [id, n],
  );
  await db.query(
    `INSERT INTO xf_events SELECT 'seed-' || g, seq, NULL, type, at, body FROM xf_events, generate_series(1, $2::int) g WHERE petition_id = $1`,
    [id, n],
  );
  const seeded = seconds(t);
  const t2 = performance.now();
  await rebuildTallies(db);
  const rebuilt = seconds(t2);
  const t3 = performance.now();
  await db.query('VACUUM ANALYZE');
  console.log(
    `seeded ${n} views in ${seeded} s; tallies rebuilt from them in ${rebuilt} s; VACUUM ANALYZE ${seconds(t3)} s`,
  );
  const { rows: sizes } = await db.query(
    `SELECT c.relname AS table, pg_relation_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes,
       pg_total_relation_size(c.oid) AS total, c.reltuples::bigint AS rows
     FROM pg_class c WHERE c.relname IN ('xf_events', 'xf_petitions', 'xf_views', 'xf_tallies', 'xf_counters') ORDER BY 1`,
  );
  const mb = (b) => `${(Number(b) / 1024 / 1024).toFixed(1)} MB`;
  console.table(
    sizes.map((r) => ({
      table: r.table,
      rows: Number(r.rows),
      heap: mb(r.heap),
      indexes: mb(r.indexes),
      total: mb(r.total),
    })),
  );
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

/** Statistics the way the store did before the tallies: read every view received in the range, then count. */
async function statisticsFromViews(db, range) {
  const { rows: views } = await db.query(
    `SELECT p.input || v.state AS view FROM xf_views v JOIN xf_petitions p USING (petition_id)
     WHERE p.received_date >= $1 AND p.received_date <= $2`,
    [range.from, range.to],
  );
  return statistics(
    views.map((r) => r.view),
    range,
    chinaCalendar,
    AS_OF,
  );
}

/** The queue and search section: the store, and the server in process, on `n` views. */
async function queueAndSearch(label, store, db, n, viaServer) {
  const queue = { unit: 'unit3', status: ['registered', 'handling'], orderBy: 'nextDue', limit: 20 };
  const page = await store.query(queue);
  if (page.items.length !== 20) throw new Error(`queue page has ${page.items.length} items`);
  show(`${label} work-queue first page (${n} views), store.query`, await load(1, 100, () => store.query(queue)));
  const everyUnit = { status: ['registered', 'handling'], orderBy: 'nextDue', limit: 20 };
  show(
    `${label} work-queue first page across all units (${n} views), store.query`,
    await load(1, 50, () => store.query(everyUnit)),
  );
  if (viaServer) {
    show(`${label} work-queue first page (${n} views), server`, await load(1, 100, () => viaServer.query(queue)));
  }
  const no = (i) => `XF-unit${(i * 7) % 10}-2025-${String(1 + ((i * 7919) % n)).padStart(7, '0')}`;
  const idNo = (i) => `110105${String(1 + ((i * 7919) % n)).padStart(11, '0')}X`;
  const found = await store.query({ idNumber: idNo(3) });
  if (found.items.length !== 1) throw new Error(`ID number search found ${found.items.length}`);
  show(
    `${label} ID-number search (${n} views), store.query`,
    await load(1, 200, (i) => store.query({ idNumber: idNo(i) })),
  );
  show(
    `${label} registration-number lookup (${n} views), store.byRegistrationNo`,
    await load(1, 200, (i) => store.byRegistrationNo(no(i))),
  );
  if (viaServer) {
    show(
      `${label} ID-number search (${n} views), server`,
      await load(1, 200, (i) => viaServer.query({ idNumber: idNo(i) })),
    );
  }
  const fromTallies = await store.statistics(YEAR, chinaCalendar, AS_OF);
  let views;
  if (n <= 200_000) {
    let fromViews;
    views = await load(1, 3, async () => {
      fromViews = await statisticsFromViews(db, YEAR);
    });
    console.log(
      `${label}: statistics of 2025 from the tallies ${isDeepStrictEqual(fromTallies, fromViews) ? 'EQUAL' : 'DIFFER FROM'} the core's statistics over the ${fromViews.total} views`,
    );
  } else {
    // Every view of the year in memory at once: past the heap of one Node process (it ran out at 1M views).
    console.log(`${label}: the full read of ${n} views is not run (it needs every view in memory at once)`);
  }
  if (views !== undefined) show(`${label} statistics of 2025, reading every view (before)`, views);
  show(
    `${label} statistics of 2025, from the tallies, store.statistics`,
    await load(1, 20, () => store.statistics(YEAR, chinaCalendar, AS_OF)),
    views,
    'the full read',
  );
}

// ---------------------------------------------------------------- PostgreSQL 15 (a throwaway cluster)
const cluster = ONLY_PGLITE
  ? undefined
  : await startCluster(fileURLToPath(new URL('../build', import.meta.url)), PG_PORT);
if (cluster)
  try {
    const pool = new pg.Pool({ connectionString: cluster.url, max: 10 });
    const db = pgDatabase(pool);
    postgresPids = async () => (await pool.query('SELECT pid FROM pg_stat_activity')).rows.map((r) => r.pid);
    const store = await createPostgresStore({ db, policies: [national] });
    await seed(db, store, N);
    const ids = await registerMany(store, 64);

    // Raw SQL: the transaction the store runs for this command, written by hand with the event and the view
    // already made (no decision): lock and read the view, insert the event, rewrite the view.
    const sample = (await store.execute(propose(ids[0], 0))).view;
    const event = JSON.stringify((await store.history(ids[0]))[1]);
    const eventType = JSON.parse(event).type;
    const raw = async (i) => {
      const c = await pool.connect();
      try {
        const id = ids[i % ids.length];
        await c.query('BEGIN');
        const { rows: r } = await c.query(
          'SELECT v.seq, p.input, v.state FROM xf_views v JOIN xf_petitions p USING (petition_id) WHERE v.petition_id = $1 FOR UPDATE OF v',
          [id],
        );
        const seq = r[0].seq + 1;
        await c.query(
          'INSERT INTO xf_events (petition_id, seq, command_id, type, at, body) VALUES ($1, $2, NULL, $3, $4, $5::text::json)',
          [id, seq, eventType, '2025-09-21T09:00:00+08:00', event],
        );
        await c.query(
          'UPDATE xf_views SET seq = $2, status = $3, unit = $4, handler = $5, class = $6, channel = $7, next_due = $8, registration_no = $9, state = $10::text::jsonb WHERE petition_id = $1',
          [
            id,
            seq,
            sample.status,
            sample.unit,
            null,
            sample.class,
            sample.channel,
            sample.nextDue,
            sample.registrationNo,
            JSON.stringify({ ...r[0].state, seq }),
          ],
        );
        await c.query('COMMIT');
      } finally {
        c.release();
      }
    };

    const auth = await createAuth(db);
    await auth.addStaff({ id: 'bench-clerk', name: '王芳', role: 'clerk', unit: national.defaultUnit }, PASSWORD);
    const app = createServer({ store, policies: [national], auth });
    /** Signs in as the clerk; the client then sends the session cookie and the CSRF token on every request. */
    async function session(fetcher) {
      const r = await fetcher('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'bench-clerk', password: PASSWORD }),
      });
      const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0];
      const { csrf } = await r.json();
      return { cookie, 'x-csrf-token': csrf };
    }
    const inProcessHeaders = await session((u, i) => app.request(u, i));
    const inProcess = createHttpStore({
      baseUrl: 'http://x',
      fetch: async (u, i) => app.request(u, i),
      headers: () => inProcessHeaders,
    });
    const server = serve({ fetch: app.fetch, port: HTTP_PORT, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${HTTP_PORT}`;
    const socketHeaders = await session((u, i) => fetch(`${base}${u}`, i));

    for (const clients of ONLY_QUEUE ? [] : [1, 8]) {
      const total = clients === 1 ? 400 : 1000;
      // Warm up every path once, so that none pays for the first compilation.
      await load(clients, 50, raw);
      const baseline = await load(clients, total, raw);
      show(`PostgreSQL raw SQL command transaction, ${clients} client(s)`, baseline);
      show(
        `PostgreSQL store.execute, ${clients} client(s)`,
        await load(clients, total, (i) => store.execute(propose(ids[i % ids.length], i))),
        baseline,
      );
      show(
        `PostgreSQL server in process (app.request), staff session, ${clients} client(s)`,
        await load(clients, total, (i) => inProcess.execute(propose(ids[i % ids.length], i))),
        baseline,
      );
      const profile = process.env.BENCH_PROFILE && clients === 8 ? new Session() : undefined;
      if (profile) {
        profile.connect();
        await profile.post('Profiler.enable');
        await profile.post('Profiler.start');
      }
      show(
        `PostgreSQL server over a socket, staff session, ${clients} client(s) in their own thread (node:http)`,
        await loadFromThread(clients, total, {
          base,
          headers: socketHeaders,
          ids,
          transport: 'http',
          ...(profile ? { profile: process.env.BENCH_PROFILE } : {}),
        }),
        baseline,
      );
      if (profile) {
        const { profile: cpu } = await profile.post('Profiler.stop');
        writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(cpu));
        profile.disconnect();
      }
      show(
        `PostgreSQL server over a socket, staff session, ${clients} client(s) in their own thread (Node's fetch)`,
        await loadFromThread(clients, total, { base, headers: socketHeaders, ids, transport: 'fetch' }),
        baseline,
      );
    }
    if (!ONLY_QUEUE) {
      const rawReg = await load(8, 300, async () => {
        const c = await pool.connect();
        try {
          await c.query('BEGIN');
          await c.query(
            `INSERT INTO xf_counters (unit, year, last) VALUES ('rawUnit', 2025, 1) ON CONFLICT (unit, year) DO UPDATE SET last = xf_counters.last + 1 RETURNING last`,
          );
          await c.query(
            'INSERT INTO xf_events (petition_id, seq, command_id, type, at, body) VALUES ($1, 1, NULL, $2, $3, $4::text::json)',
            [crypto.randomUUID(), 'registered', '2025-09-20T09:00:00+08:00', event],
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
    }
    if (!ONLY_COMMANDS) await queueAndSearch('PostgreSQL', store, db, N, inProcess);
    // Event sizes as written by the benchmark: registrations carry the whole petition, the rest are short.
    const { rows: eventSizes } = await db.query(
      `SELECT type, count(*)::int AS events, round(avg(octet_length(body::text)))::int AS "bytes of JSON, average"
     FROM xf_events WHERE petition_id NOT LIKE 'seed-%' GROUP BY type ORDER BY type`,
    );
    console.table(eventSizes);
    server.close();
    postgresPids = async () => [];
    await db.close();
  } finally {
    cluster.stop();
  }

// ---------------------------------------------------------------- PGlite (the embedded default)
if (ONLY_PGLITE || (!ONLY_COMMANDS && !ONLY_QUEUE)) {
  const pglite = await PGlite.create(process.env.BENCH_PGLITE_DIR);
  const db = pgliteDatabase(pglite);
  const store = await createPostgresStore({ db, policies: [national] });
  await seed(db, store, PGLITE_N);
  const ids = await registerMany(store, 64);
  show('PGlite store.execute, 1 client', await load(1, 300, (i) => store.execute(propose(ids[i % ids.length], i))));
  show(
    'PGlite registrations into one unit, 1 client',
    await load(1, 200, () => store.execute(registerCommand('x', samplePetitions.visitClaim, national))),
  );
  await queueAndSearch('PGlite', store, db, PGLITE_N);
  await pglite.close();
}
console.table(rows);
