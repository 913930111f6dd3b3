// Benchmark of @xinfang/dexie in headless Chromium, beside raw Dexie doing the same work.
// Usage: npm run bench -w @xinfang/dexie          (BENCH_N petitions, default 100000, 10 events each)
//        BENCH_N=2000 npm run bench -w @xinfang/dexie
// Builds bench/page.ts with vite, serves it on 127.0.0.1 (IndexedDB needs a real origin), drives
// /usr/bin/chromium through playwright and prints the figures with their ratios.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, defaultClientConditions, preview } from 'vite';
import { launchOptions } from '../../../tools/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const n = Number(process.env.BENCH_N ?? 100_000);
if (!Number.isInteger(n) || n < 100) {
  console.error('BENCH_N must be an integer ≥ 100 (number of petitions).');
  process.exit(1);
}

/** BENCH_PROFILE=store|raw: profile that side's ingest alone (unminified, so the profile names functions). */
const side = process.env.BENCH_PROFILE;
const outDir = mkdtempSync(join(tmpdir(), 'xf-dexie-bench-'));
const common = {
  configFile: false,
  logLevel: 'warn',
  root: here,
  resolve: { conditions: ['@xinfang/source', ...defaultClientConditions] },
};
await build({ ...common, build: { outDir, emptyOutDir: true, minify: !side, target: 'es2022' } });
const server = await preview({
  ...common,
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
});
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch(await launchOptions());
try {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() !== 'error' || !m.text().includes('404')) console.log(`  [page] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.error(`  [page error] ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const started = Date.now();
  if (side === 'store' || side === 'raw') {
    // BENCH_PROFILE=store|raw: that side's ingest alone under the CPU profiler, written to xf-ingest-<side>.cpuprofile.
    await page.evaluate((count) => window.prepareIngest(count), n);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const ms = await page.evaluate((s) => window.runIngest(s), side);
    const { profile } = await cdp.send('Profiler.stop');
    const file = join(process.cwd(), `xf-ingest-${side}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`ingest, ${side} alone, profiled: ${(ms / 1000).toFixed(2)} s → ${file}`);
  } else {
    const rows = await page.evaluate((count) => window.runBench(count), n);
    const pad = (s, w) => String(s).padEnd(w);
    const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`);
    console.log(`\n@xinfang/dexie benchmark — ${n.toLocaleString('en')} petitions × 10 events, headless Chromium`);
    console.log(`${pad('measure', 44)}${pad('store', 14)}${pad('raw Dexie', 14)}${pad('ratio', 9)}target`);
    for (const r of rows) {
      console.log(
        `${pad(r.name, 44)}${pad(fmt(r.store), 14)}${pad(fmt(r.raw), 14)}${pad(`${(r.store / r.raw).toFixed(2)}×`, 9)}${r.target}`,
      );
    }
    console.log(
      `(total run ${((Date.now() - started) / 1000).toFixed(1)} s; query figures are medians of repeated runs)`,
    );
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
}
