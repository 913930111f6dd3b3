// Calendar and schema benchmark, run on the BUILT package (dist/): `npm run build -w @xinfang/core` first.
//
// 1. dueDate() calls per second side by side with chinese-days' findWorkday() on identical inputs, in the same
//    run, asserting identical answers. Target: at least 100× faster.
// 2. The provisional years: building a calendar with them (2027–2040, lunar dates computed) beside the same
//    official schedules without them, and dueDate / latestDueDate in provisional years beside dueDate in
//    official ones, all in the same run.
// 3. gzip size of the `@xinfang/core/schema` entry bundled for a browser with esbuild, beside a baseline: the
//    smallest possible schema written with zod's classic API (`import * as z from 'zod'`).
//
// chinese-days reads dates in the machine's time zone, so the process is pinned to Asia/Shanghai before it
// is loaded; the core itself needs no such pinning.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

process.env.TZ = 'Asia/Shanghai';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');

export async function run() {
  if (!existsSync(join(dist, 'calendar', 'index.js'))) {
    throw new Error('dist/ is missing: build the core first (npm run build -w @xinfang/core)');
  }
  const { addDays, chinaCalendar, chinaSchedules, createCalendar, dueDate, latestDueDate } = await import(
    join(dist, 'calendar', 'index.js')
  );
  const require = createRequire(import.meta.url);
  const chineseDays = require('chinese-days');
  const cdVersion = require('chinese-days/package.json').version;

  // Deterministic inputs: starts in 2022-01-01 … 2026-10-31, 1–30 days (LCG, fixed seed).
  let seed = 20251001;
  const rand = (n) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed % n;
  };
  const span = 1765; // days from 2022-01-01 to 2026-10-31
  const N = 4000;
  const starts = Array.from({ length: N }, () => addDays('2022-01-01', rand(span)));
  const counts = Array.from({ length: N }, () => 1 + rand(30));
  const plainLastDays = starts.map((s, i) => addDays(s, counts[i])); // chinese-days' input for the day-unit case

  const cases = [
    {
      name: 'working days (22 art 23(3) objection)',
      ours: (i) => dueDate(starts[i], { days: counts[i], unit: 'workday' }, chinaCalendar),
      theirs: (i) => chineseDays.findWorkday(counts[i], starts[i]),
      target: 100,
    },
    {
      name: 'calendar days + roll-forward (民法典 203)',
      ours: (i) => dueDate(starts[i], { days: counts[i], unit: 'day' }, chinaCalendar),
      // Informational: findWorkday(0, d) is a single lookup for chinese-days too, so no 100× is expected here.
      theirs: (i) => chineseDays.findWorkday(0, plainLastDays[i]),
      target: undefined,
    },
  ];

  const time = (fn, minMs) => {
    let calls = 0;
    let sink = '';
    const t0 = performance.now();
    let elapsed = 0;
    do {
      for (let i = 0; i < N; i++) sink = fn(i);
      calls += N;
      elapsed = performance.now() - t0;
    } while (elapsed < minMs);
    return { perSecond: (calls / elapsed) * 1000, sink };
  };

  console.log(`\n@xinfang/core dueDate vs chinese-days@${cdVersion} findWorkday — ${N} identical inputs, same run`);
  const rows = [];
  for (const c of cases) {
    for (let i = 0; i < N; i++) assert.equal(c.ours(i), c.theirs(i), `${c.name}: ${starts[i]} + ${counts[i]}`);
    time(c.ours, 50); // warm-up
    const ours = time(c.ours, 400);
    const theirs = time(c.theirs, 400);
    const ratio = ours.perSecond / theirs.perSecond;
    rows.push({
      case: c.name,
      'dueDate calls/s': Math.round(ours.perSecond).toLocaleString('en'),
      'findWorkday calls/s': Math.round(theirs.perSecond).toLocaleString('en'),
      ratio: `${ratio.toFixed(0)}×`,
      'identical answers': `${N}/${N}`,
      target: c.target === undefined ? '— (info)' : `≥${c.target}×: ${ratio >= c.target ? 'met' : 'MISSED'}`,
    });
  }
  console.table(rows);

  // Provisional years: what they cost to build, and to answer from.
  const perCall = (fn, minMs) => {
    const t0 = performance.now();
    let n = 0;
    do {
      fn();
      n++;
    } while (performance.now() - t0 < minMs);
    return (performance.now() - t0) / n;
  };
  perCall(() => createCalendar(chinaSchedules), 100); // warm-up
  const buildRows = [
    ['createCalendar(chinaSchedules) with provisional 2027–2040', perCall(() => createCalendar(chinaSchedules), 500)],
    [
      'baseline: same schedules, no provisional year ({ horizon: 0 })',
      perCall(() => createCalendar(chinaSchedules, { horizon: 0 }), 500),
    ],
  ];
  const provisionalStarts = Array.from({ length: N }, () => addDays('2027-01-01', rand(3650)));
  const provisionalCases = [
    [
      'dueDate, official years 2022–2026 (baseline)',
      (i) => dueDate(starts[i], { days: counts[i], unit: 'day' }, chinaCalendar),
    ],
    [
      'dueDate, provisional years 2027–2036',
      (i) => dueDate(provisionalStarts[i], { days: counts[i], unit: 'day' }, chinaCalendar),
    ],
    [
      'latestDueDate, provisional years 2027–2036',
      (i) => latestDueDate(provisionalStarts[i], { days: counts[i], unit: 'workday' }, chinaCalendar),
    ],
  ];
  console.log('\nProvisional years: building the calendar, and answering from it (same run)');
  console.table([
    ...buildRows.map(([what, ms]) => ({ what, result: `${ms.toFixed(2)} ms per calendar` })),
    ...provisionalCases.map(([what, fn]) => {
      time(fn, 50);
      return { what, result: `${Math.round(time(fn, 300).perSecond).toLocaleString('en')} calls/s` };
    }),
  ]);

  const { build } = await import('esbuild');
  const bundle = async (options) => {
    const r = await build({
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      ...options,
    });
    const bytes = r.outputFiles[0].contents;
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const sizes = [
    ['@xinfang/core/schema (whole entry)', await bundle({ entryPoints: [join(dist, 'schema', 'index.js')] })],
    [
      '@xinfang/core/zod (whole entry: the zod adapters, with zod)',
      await bundle({ entryPoints: [join(dist, 'zod', 'index.js')] }),
    ],
    ['@xinfang/core/calendar (whole entry)', await bundle({ entryPoints: [join(dist, 'calendar', 'index.js')] })],
    [
      'baseline: one-field schema with `import * as z from "zod/mini"`',
      await bundle({
        stdin: {
          contents:
            "import * as z from 'zod/mini'; export const s = z.object({ name: z.string().check(z.minLength(1)) });",
          resolveDir: here,
          loader: 'js',
        },
      }),
    ],
    [
      'baseline: one-field schema with classic `import * as z from "zod"`',
      await bundle({
        stdin: {
          contents: "import * as z from 'zod'; export const s = z.object({ name: z.string().min(1) });",
          resolveDir: here,
          loader: 'js',
        },
      }),
    ],
  ];
  // The root entry must bundle for a browser too; it includes the lifecycle and xstate.
  try {
    sizes.push([
      '@xinfang/core (root: dueDate, chinaCalendar, policies, route, parsePolicy)',
      await bundle({
        stdin: {
          contents: "export { dueDate, chinaCalendar, policies, route, parsePolicy } from './index.js';",
          resolveDir: dist,
          loader: 'js',
        },
      }),
    ]);
  } catch (e) {
    console.error(`root entry did not bundle: ${e.message}`);
    process.exitCode = 1;
  }
  console.log('\nBrowser bundle sizes (esbuild, minified, gzip -9)');
  console.table(sizes.map(([entry, s]) => ({ entry, minified: kb(s.raw), gzip: kb(s.gzip) })));
  return { rows, sizes };
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
