// Schema benchmark, run on the BUILT package (dist/): `npm run build -w @xinfang/core` first.
//
// 1. validatePetition() calls per second: the plain-TypeScript rules (dist/) side by side with the zod/mini
//    implementation they replaced (test/schema.oracle.ts, compiled here with esbuild), on the same inputs in
//    the same run, asserting identical answers first. Target: a registration validated in well
//    under 1 µs, so that decideOn can reach 100,000 commands/s.
// 2. gzip sizes of a form-style browser bundle (`validatePetition`, `validateField`, `messages`) with the
//    plain rules and with the zod implementation, minified by esbuild and by rolldown (vite 8's bundler), and
//    whether zod is in it. Target: the form bundle carries no zod.
//
// Usage: node bench/schema.bench.mjs
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(root, 'dist');

const base = {
  channel: 'visit',
  class: 'claim',
  subject: '拖欠工资',
  content: '公司拖欠三个月工资，请求督促支付。',
  receivedAt: '2025-09-20T09:00:00+08:00',
  anonymous: false,
  petitioner: {
    name: '李雷',
    idNumber: '11010519491231002x',
    phone: '13800138000',
    address: '成都市青羊区少城路 1 号',
  },
};
const rep = (i) => ({ name: `代表${i}`, phone: '13900139000' });
const cases = [
  ['valid: named visit (a registration)', base],
  [
    'valid: anonymous online, 12345 hotline',
    { ...base, channel: 'online', anonymous: true, hotline: { line: '12345', ticket: 'GD-2025-0918-0042' } },
  ],
  [
    'valid: letter accusation, attachments',
    {
      ...base,
      channel: 'letter',
      class: 'accusation',
      letter: { postmarkDate: '2025-09-18', senderAddress: '成都市武侯区' },
      accused: { persons: ['张某'], units: ['transport-bureau'] },
      attachments: ['欠条复印件', '工资单'],
    },
  ],
  [
    'valid: collective visit, 5 representatives',
    { ...base, collective: { headCount: 40, representatives: [1, 2, 3, 4, 5].map(rep) } },
  ],
  ['invalid: empty form', {}],
  [
    'invalid: 6 problems',
    { ...base, channel: 'fax', class: 'complaint', subject: 'x', receivedAt: 'yesterday', petitioner: { name: '' } },
  ],
];

function time(fn, input, minMs) {
  let calls = 0;
  let sink;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 1000; i++) sink = fn(input);
    calls += 1000;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  return { perSecond: (calls / elapsed) * 1000, sink };
}
const fmt = (n) => Math.round(n).toLocaleString('en');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function run() {
  const built = join(dist, 'schema', 'petition.schema.js');
  if (!existsSync(built)) throw new Error('dist/ is missing: build the core first (npm run build -w @xinfang/core)');
  if (statSync(built).mtimeMs < statSync(join(root, 'src', 'schema', 'petition.schema.ts')).mtimeMs) {
    throw new Error('dist/ is older than src/schema: build the core first (npm run build -w @xinfang/core)');
  }
  const { build } = await import('esbuild');
  const ours = await import(pathToFileURL(join(dist, 'schema', 'index.js')).href);

  // The zod oracle, compiled from TypeScript for Node into a temporary module.
  const tmp = mkdtempSync(join(tmpdir(), 'xf-schema-bench-'));
  try {
    const oracleFile = join(tmp, 'oracle.mjs');
    await build({
      entryPoints: [join(here, '..', 'test', 'schema.oracle.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: oracleFile,
      logLevel: 'silent',
    });
    const oracle = await import(pathToFileURL(oracleFile).href);

    console.log(
      `\nvalidatePetition: plain rules (dist/) vs the zod/mini implementation they replaced — same run, best of 3`,
    );
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    const rows = [];
    for (const [name, input] of cases) {
      assert.deepStrictEqual(ours.validatePetition(input), oracle.validatePetition(input), name);
      time(ours.validatePetition, input, 50); // warm-up
      time(oracle.validatePetition, input, 50);
      // Best of three interleaved rounds: the machine is shared, the best round is the least disturbed one.
      let a = { perSecond: 0 };
      let b = { perSecond: 0 };
      for (let round = 0; round < 3; round++) {
        const x = time(ours.validatePetition, input, 150);
        const y = time(oracle.validatePetition, input, 150);
        if (x.perSecond > a.perSecond) a = x;
        if (y.perSecond > b.perSecond) b = y;
      }
      rows.push({
        case: name,
        'plain ops/s': fmt(a.perSecond),
        'plain µs/op': (1e6 / a.perSecond).toFixed(2),
        'zod ops/s': fmt(b.perSecond),
        'zod µs/op': (1e6 / b.perSecond).toFixed(2),
        speed: `${(a.perSecond / b.perSecond).toFixed(1)}×`,
        'same answer': 'yes',
      });
    }
    console.table(rows);

    // parsePolicy: the plain rules (dist/) against the zod/mini schema they replaced (test/policy.oracle.ts).
    const policyOracleFile = join(tmp, 'policy-oracle.mjs');
    await build({
      entryPoints: [join(here, '..', 'test', 'policy.oracle.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: policyOracleFile,
      logLevel: 'silent',
    });
    const policyOracle = await import(pathToFileURL(policyOracleFile).href);
    const core = await import(pathToFileURL(join(dist, 'index.js')).href);
    const national = JSON.parse(JSON.stringify(core.policies.national));
    const policyCases = [
      ['valid: the national preset, from JSON', national],
      [
        'invalid: 3 problems (a period, an unknown setting, a missing unit)',
        {
          ...national,
          periods: { ...national.periods, notice: { days: -1, unit: 'day' } },
          extra: 1,
          defaultUnit: 'x',
        },
      ],
    ];
    const policyRows = [];
    for (const [name, input] of policyCases) {
      assert.deepStrictEqual(core.parsePolicy(input), policyOracle.parsePolicy(input), name);
      time(core.parsePolicy, input, 50);
      time(policyOracle.parsePolicy, input, 50);
      let a = { perSecond: 0 };
      let b = { perSecond: 0 };
      for (let round = 0; round < 3; round++) {
        const x = time(core.parsePolicy, input, 150);
        const y = time(policyOracle.parsePolicy, input, 150);
        if (x.perSecond > a.perSecond) a = x;
        if (y.perSecond > b.perSecond) b = y;
      }
      policyRows.push({
        case: name,
        'plain µs/op': (1e6 / a.perSecond).toFixed(1),
        'zod µs/op': (1e6 / b.perSecond).toFixed(1),
        speed: `${(a.perSecond / b.perSecond).toFixed(1)}×`,
        'same answer': 'yes',
      });
    }
    console.log('\nparsePolicy: plain rules (dist/) vs the zod/mini schema they replaced — same run, best of 3');
    console.table(policyRows);

    // Form-style bundles: what @xinfang/elements' forms import from @xinfang/core/schema.
    const form = "export { validatePetition, validateField, messages } from './index.js';";
    const formZod = [
      `export { validatePetition, validateField } from ${JSON.stringify(join(here, '..', 'test', 'schema.oracle.ts'))};`,
      `export { messages } from ${JSON.stringify(join(root, 'src', 'schema', 'messages.ts'))};`,
    ].join('\n');
    const entries = [
      ['form: validatePetition + validateField + messages (plain rules)', form, join(dist, 'schema')],
      ['form: same three, zod/mini implementation (before)', formZod, here],
      ['whole @xinfang/core/schema entry', "export * from './index.js';", join(dist, 'schema')],
      ['whole @xinfang/core/zod entry (the zod adapters)', "export * from './index.js';", join(dist, 'zod')],
    ];
    const esbuildSize = async (contents, resolveDir) => {
      const r = await build({
        stdin: { contents, resolveDir, loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      });
      return r.outputFiles[0].text;
    };
    let rolldown;
    try {
      ({ rolldown } = await import('rolldown'));
    } catch {
      rolldown = undefined; // rolldown not installed: esbuild figures only
    }
    const rolldownSize = async (contents, resolveDir, i) => {
      if (!rolldown) return undefined;
      const file = join(tmp, `entry-${i}.ts`);
      // Absolute specifiers: the entry file lives in a temporary directory.
      writeFileSync(file, contents.replaceAll("'./index.js'", JSON.stringify(join(resolveDir, 'index.js'))));
      const bundle = await rolldown({ input: file, platform: 'browser', logLevel: 'silent' });
      const { output } = await bundle.generate({ format: 'esm', minify: true });
      await bundle.close();
      return output[0].code;
    };
    const sizes = [];
    for (const [i, [entry, contents, resolveDir]] of entries.entries()) {
      const e = await esbuildSize(contents, resolveDir);
      const r = await rolldownSize(contents, resolveDir, i);
      sizes.push({
        entry,
        'esbuild gzip': kb(gzipSync(e, { level: 9 }).length),
        'rolldown gzip': r === undefined ? '—' : kb(gzipSync(r, { level: 9 }).length),
        'zod in bundle': `${e.includes('_zod') ? 'yes' : 'no'}${r === undefined ? '' : ` / ${r.includes('_zod') ? 'yes' : 'no'}`}`,
      });
    }
    console.log('\nBrowser bundle sizes (minified, gzip -9; "zod in bundle": esbuild / rolldown)');
    console.table(sizes);
    return { rows, sizes };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
