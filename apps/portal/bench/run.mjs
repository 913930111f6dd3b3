// Portal benchmarks (`npm run bench -w portal`, after `npm run build -w portal`):
// 1. Lighthouse 12 (system Chromium, headless) on the built portal served by `vite preview`, median of 5 runs
//    per page (Lighthouse's advice on variability; every run printed beside it): performance,
//    accessibility and best-practices scores beside the targets (≥ 95, 100, ≥ 95).
// 2. Work queue with 100,000 petitions: time from navigation to the first page of the queue rendered
//    (target < 1 s), beside two baselines measured in the same run: the same page with 2,000 petitions, and a
//    naive full scan (read every view, sort by due date in JS, slice the first page) over the 100,000.
// 3. Search in that queue by ID number and by registration number (typed lower case, without `XF-`): time from
//    submitting the search to the first result row rendered (target < 200 ms), beside a naive full scan of
//    every view for the same value, in the same run.
// Figures are printed, never asserted: speed belongs in benchmarks, not in timed tests.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath, launchOptions } from '../../../tools/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIG = Number(process.env.BENCH_PETITIONS ?? 100_000);
const SMALL = 2_000;
const RUNS = 5;
/** Lighthouse runs per page (BENCH_LIGHTHOUSE_RUNS); the median is reported, as Lighthouse advises. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
/** Only these Lighthouse rows (BENCH_LIGHTHOUSE_ROWS: page names separated by `;`, e.g.
 * `work queue;work queue, 2,000 petitions`). Default: every row. */
const LIGHTHOUSE_ROWS = process.env.BENCH_LIGHTHOUSE_ROWS?.split(';').map((r) => r.trim());
/** Only these form factors (BENCH_LIGHTHOUSE_FORMS: `mobile`, `desktop` or both, comma-separated). Default: both. */
const LIGHTHOUSE_FORMS = process.env.BENCH_LIGHTHOUSE_FORMS?.split(',').map((f) => f.trim());
/**
 * A slower CPU for the simulation (BENCH_LIGHTHOUSE_CPU_SLOWDOWN: a factor on each form factor's own
 * multiplier, mobile 4×, desktop 1×; e.g. 2 = a phone at half the speed): a repeatable stand-in for a busy
 * device, without loading a shared machine. Default 1 (Lighthouse's own settings).
 */
const CPU_SLOWDOWN = Number(process.env.BENCH_LIGHTHOUSE_CPU_SLOWDOWN ?? 1);
/** Where to write every run's Lighthouse report (BENCH_LIGHTHOUSE_JSON, a directory), for a closer look. */
const LIGHTHOUSE_JSON = process.env.BENCH_LIGHTHOUSE_JSON;
/** Which parts to run: `node bench/run.mjs [lighthouse] [queue]` (default both). */
const parts = process.argv.slice(2);
const run = (part) => parts.length === 0 || parts.includes(part);

// PORTAL_DIST (optional): serve another build output than apps/portal/dist.
const outDir = process.env.PORTAL_DIST ?? `${root}dist`;
if (!existsSync(`${outDir}/index.html`)) {
  console.error(`${outDir}/index.html is missing: run \`npm run build -w portal\` first.`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => `${ms.toFixed(0).padStart(6)} ms`;

const port = await freePort();
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: { port, strictPort: true, host: '127.0.0.1', open: false },
});
const base = `http://127.0.0.1:${port}/`;
console.log(`portal served from ${base}`);

/**
 * One Lighthouse row: `runs` runs of `url`, their median scores and every run. `prepare` (optional) runs before
 * each run (the populated queue clears the HTTP cache there, which Lighthouse's storage reset would otherwise do).
 */
async function lighthouseRow(name, url, flags, config, prepare) {
  // Lighthouse's own advice on variability: run several times and take the median
  // (https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md); every run is printed too.
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    await prepare?.();
    const result = await lighthouse(url, flags, config);
    const lhr = result?.lhr;
    if (LIGHTHOUSE_JSON && lhr) {
      mkdirSync(LIGHTHOUSE_JSON, { recursive: true });
      writeFileSync(`${LIGHTHOUSE_JSON}/${name.replace(/[^a-z0-9]+/gi, '-')}-${i + 1}.json`, JSON.stringify(lhr));
    }
    const c = lhr?.categories ?? {};
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    runs.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      tbt: Math.round(lhr?.audits['total-blocking-time']?.numericValue ?? Number.NaN),
      load: loadavg()[0],
    });
  }
  return {
    name,
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
    runs,
  };
}

async function lighthouseScores() {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  const rows = [];
  const forms = [
    ['mobile', undefined, throttling.mobileSlow4G],
    ['desktop', desktopConfig, desktopConfig.settings.throttling],
  ].filter(([form]) => !LIGHTHOUSE_FORMS || LIGHTHOUSE_FORMS.includes(form));
  // `petitions`: the row loads that many demo petitions (the demo page's generator, fixed seed) into the
  // default organ of the Chrome profile Lighthouse uses, and keeps them (Lighthouse's storage reset is off).
  const pages = [
    { name: 'home', path: '' },
    { name: 'submit', path: '#/submit' },
    { name: 'work queue', path: '#/office/queue' },
    { name: 'work queue, 2,000 petitions', path: '#/office/queue', petitions: SMALL },
  ].filter((p) => !LIGHTHOUSE_ROWS || LIGHTHOUSE_ROWS.some((r) => p.name === r));
  // Playwright on the same Chrome (chrome-launcher's debugging port), for the demo data and the cache.
  const browser = pages.some((p) => p.petitions)
    ? await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`)
    : undefined;
  try {
    for (const [form, config, formThrottling] of forms) {
      for (const { name, path, petitions } of pages) {
        const flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          ...(CPU_SLOWDOWN !== 1 && {
            throttling: {
              ...formThrottling,
              cpuSlowdownMultiplier: formThrottling.cpuSlowdownMultiplier * CPU_SLOWDOWN,
            },
          }),
        };
        const rowName = `${name} (${form}${CPU_SLOWDOWN !== 1 ? `, CPU ×${CPU_SLOWDOWN} slower` : ''})`;
        if (!petitions) {
          rows.push(await lighthouseRow(rowName, `${base}${path}`, flags, config));
          continue;
        }
        const context = browser.contexts()[0];
        const page = await context.newPage();
        try {
          // A clean origin, then the demo data (Lighthouse's runs of the other rows reset it before and after).
          const cdp = await context.newCDPSession(page);
          await cdp.send('Storage.clearDataForOrigin', { origin: base.slice(0, -1), storageTypes: 'all' });
          await loadDemo(page, 'national', petitions);
          await page.goto('about:blank');
          // Storage is kept (disableStorageReset), which also keeps the HTTP cache: clear that before each run,
          // as Lighthouse does, so this row loads the portal as cold as the others.
          rows.push(
            await lighthouseRow(rowName, `${base}${path}`, { ...flags, disableStorageReset: true }, config, () =>
              cdp.send('Network.clearBrowserCache'),
            ),
          );
          await cdp.send('Storage.clearDataForOrigin', { origin: base.slice(0, -1), storageTypes: 'all' });
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser?.close();
    await chrome.kill();
  }
  return rows;
}

/** Loads `count` demo petitions into `organ` through the demo page (the generator's bulk path). */
async function loadDemo(page, organ, count) {
  await page.goto('about:blank');
  await page.goto(`${base}#/office/demo`);
  await page.getByTestId('organ-select').selectOption(organ);
  await page.getByTestId('demo-count').fill(String(count));
  const t0 = Date.now();
  await page.getByTestId('demo-load').click();
  await page
    .locator('[data-testid="demo-done"], [data-testid="demo-rejection"]')
    .first()
    .waitFor({ timeout: 30 * 60_000 });
  if (await page.getByTestId('demo-rejection').count()) {
    throw new Error(`demo data load failed: ${await page.getByTestId('demo-rejection').textContent()}`);
  }
  return Date.now() - t0;
}

/** Navigation → first queue row rendered, in ms since the navigation started (page's own timeline). */
async function queueFirstPage(page, organ) {
  // The organ is kept in localStorage; every measured navigation below is a fresh document that reads it.
  await page.evaluate((o) => localStorage.setItem('xinfang.organ', o), organ);
  const inPage = [];
  const wall = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(`${base}#/office/queue`, { waitUntil: 'commit' });
    await page.getByTestId('queue-row').first().waitFor({ timeout: 60_000 });
    wall.push(Date.now() - t0);
    inPage.push(await page.evaluate(() => window.__xfFirstRow ?? performance.now()));
  }
  return { page: median(inPage), wall: median(wall) };
}

/**
 * Baseline: a naive full scan — every view read from IndexedDB; then either sorted by due date in JS with the
 * first page sliced (`find` absent), or filtered in JS for the views whose `find.field` is `find.value`.
 */
async function naiveFullScan(page, organ, find) {
  await page.goto(base);
  const times = [];
  for (let i = 0; i < 3; i++) {
    times.push(
      await page.evaluate(
        async ([dbName, find]) => {
          const t0 = performance.now();
          const db = await new Promise((resolve, reject) => {
            const r = indexedDB.open(dbName);
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
          const all = await new Promise((resolve, reject) => {
            const r = db.transaction('views').objectStore('views').getAll();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
          let hits;
          if (find) {
            const wanted = String(find.value).toLowerCase();
            hits = all.filter((v) => String(v[find.field]).toLowerCase() === wanted);
          } else {
            all.sort((a, b) => (a.nextDue ?? '~').localeCompare(b.nextDue ?? '~'));
            hits = all.slice(0, 20);
          }
          db.close();
          return hits.length > 0 ? performance.now() - t0 : Number.NaN;
        },
        [`xinfang-portal-${organ}`, find],
      ),
    );
  }
  return median(times);
}

/**
 * A search in the work queue (`text` typed into the search box): time from submitting it to the first result row
 * rendered, median of RUNS, each from the unfiltered queue. `expect(db)` (run in the page) lists the registration
 * numbers the search must find, read straight from IndexedDB; the first row shown must be one of them.
 */
async function searchTimes(page, organ, pick) {
  await page.evaluate((o) => localStorage.setItem('xinfang.organ', o), organ);
  const times = [];
  let text;
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(`${base}#/office/queue`);
    await page.getByTestId('queue-row').first().waitFor({ timeout: 60_000 });
    // The queue settled (its tab counts drawn), as when a person starts typing.
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="queue-count-all"]')?.textContent?.includes('…'),
      undefined,
      { timeout: 120_000 },
    );
    const target = await page.evaluate(pick, `xinfang-portal-${organ}`);
    text = target.text;
    await page.getByTestId('queue-search').fill(target.text);
    times.push(
      await page.evaluate(
        (expected) =>
          new Promise((resolve) => {
            const found = () => {
              const row = document.querySelector('[data-testid="queue-row"]');
              return row && expected.includes(row.dataset.registrationNo);
            };
            const t0 = performance.now();
            new MutationObserver((_, observer) => {
              if (!found()) return;
              observer.disconnect();
              resolve(performance.now() - t0);
            }).observe(document, { childList: true, subtree: true, attributes: true });
            document.querySelector('[data-testid="queue-search-submit"]').click();
          }),
        target.expected,
      ),
    );
  }
  return { time: median(times), text };
}

/** In the page: an ID number of a stored petition (past the middle of the index) and every number it is on. */
async function pickIdNumber(dbName) {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open(dbName);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const index = db.transaction('views').objectStore('views').index('petitionerIdNumber');
  const key = await new Promise((resolve) => {
    const r = index.openKeyCursor(IDBKeyRange.lowerBound('5'));
    r.onsuccess = () => resolve(r.result?.key);
  });
  const views = await new Promise((resolve) => {
    const r = index.getAll(key);
    r.onsuccess = () => resolve(r.result);
  });
  db.close();
  return { text: key, expected: views.map((v) => v.registrationNo) };
}

/** In the page: a stored registration number past the middle, typed as a person might (lower case, no `XF-`). */
async function pickRegistrationNo(dbName) {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open(dbName);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const store = db.transaction('views').objectStore('views');
  const count = await new Promise((resolve) => {
    const r = store.count();
    r.onsuccess = () => resolve(r.result);
  });
  const no = await new Promise((resolve) => {
    const r = store.index('registrationNo').openKeyCursor();
    let skipped = false;
    r.onsuccess = () => {
      const c = r.result;
      if (!skipped && count > 2) {
        skipped = true;
        c.advance(Math.floor(count * 0.6));
        return;
      }
      resolve(c?.key);
    };
  });
  db.close();
  return { text: no.replace(/^XF-/, '').toLowerCase(), expected: [no] };
}

try {
  if (run('lighthouse')) {
    console.log('\n== Lighthouse 12.8.2 (mobile defaults and desktop preset; system Chromium --headless=new) ==');
    const scores = await lighthouseScores();
    console.log(
      `median of ${LIGHTHOUSE_RUNS} runs per page (each run: performance score / total blocking time in ms @ 1-minute load average after it)`,
    );
    const w = 40;
    console.log(`${'page'.padEnd(w)}performance  accessibility  best-practices  runs`);
    for (const r of scores) {
      console.log(
        `${r.name.padEnd(w)}${String(r.performance).padStart(11)}  ${String(r.accessibility).padStart(13)}  ${String(r.bestPractices).padStart(14)}  ${r.runs.map((x) => `${x.performance}/${x.tbt}@${x.load.toFixed(1)}`).join(' ')}`,
      );
    }
    console.log(`${'target'.padEnd(w)}${'≥ 95'.padStart(11)}  ${'100'.padStart(13)}  ${'≥ 95'.padStart(14)}`);
  }

  if (run('queue')) {
    console.log(`\n== Work queue, first page rendered after navigation (median of ${RUNS}) ==`);
    const browser = await chromium.launch(await launchOptions());
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Real time (no fake clock): a fake clock would also fake performance.now() and spoil the measurement.
    await context.addInitScript(() => {
      // Records when the first queue row enters the DOM (pages render in light DOM).
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid="queue-row"]')) {
          window.__xfFirstRow = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const loadSmall = await loadDemo(page, 'township', SMALL);
    const small = await queueFirstPage(page, 'township');
    const loadBig = await loadDemo(page, 'national', BIG);
    const big = await queueFirstPage(page, 'national');
    const naive = await naiveFullScan(page, 'national');
    const byId = await searchTimes(page, 'national', pickIdNumber);
    const byNo = await searchTimes(page, 'national', pickRegistrationNo);
    const naiveId = await naiveFullScan(page, 'national', { field: 'petitionerIdNumber', value: byId.text });
    const naiveNo = await naiveFullScan(page, 'national', { field: 'registrationNo', value: `XF-${byNo.text}` });
    await browser.close();
    const n = (x) => x.toLocaleString('en').padStart(7);
    console.log(
      `demo data load (generate + bulk import): ${n(SMALL)} in ${(loadSmall / 1000).toFixed(1)} s; ${n(BIG)} in ${(loadBig / 1000).toFixed(1)} s`,
    );
    console.log(`queue, ${n(SMALL)} petitions (baseline):       ${fmt(small.page)} in page, ${fmt(small.wall)} wall`);
    console.log(
      `queue, ${n(BIG)} petitions (indexed query): ${fmt(big.page)} in page, ${fmt(big.wall)} wall   target < 1000 ms`,
    );
    console.log(`naive full scan + sort of ${n(BIG)} views (baseline): ${fmt(naive)}`);
    console.log(
      `\n== Work queue search, submit → first result row rendered (median of ${RUNS}), ${n(BIG)} petitions ==`,
    );
    console.log(`search by ID number (indexed):          ${fmt(byId.time)}   target < 200 ms`);
    console.log(`naive full scan for that ID number:     ${fmt(naiveId)}   (baseline)`);
    console.log(`search by registration number "${byNo.text}" (indexed): ${fmt(byNo.time)}   target < 200 ms`);
    console.log(`naive full scan for that number:        ${fmt(naiveNo)}   (baseline)`);
    console.log(`1-minute load average at the end: ${loadavg()[0].toFixed(2)}`);
  }
} finally {
  await server.close();
}
