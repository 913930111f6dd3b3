// Benchmark of the single-file bundle, against the baseline of the same bundle with both languages in the one
// file (built in the same run with XF_BUNDLE_BASELINE=both-languages):
// 1. size: what a Chinese page and an English page download. gzip as size-limit measures it (Node's zlib, level 9,
//    1 kB = 1000 bytes), and brotli (quality 11) for servers that send it;
// 2. first render: how long after navigation an `<xf-intake-form>` first shows its text, in headless Chromium on an
//    emulated slow connection (BENCH_LATENCY ms round trip, default 150; BENCH_KBPS kilobits/s down, default 1600),
//    the files served gzipped from 127.0.0.1, an empty cache every run, median of BENCH_RUNS (default 7).
//
//   npm run bench -w @xinfang/elements
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { launchOptions } from '../../../tools/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'xf-size-'));

/** Builds both single-file bundles (every element; the citizen's three) into `dir`, as `npm run build` does. */
function build(dir, env) {
  for (const bundle of ['elements', 'citizen']) {
    const result = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', XF_BUNDLE: bundle, ...env },
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error(`vite build failed (${dir}, ${bundle})`);
  }
}

function sizes(dir, files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

try {
  const split = join(out, 'split');
  const both = join(out, 'both');
  build(split, {});
  build(both, { XF_BUNDLE_BASELINE: 'both-languages' });
  const baseline = sizes(both, ['xinfang-elements.js']);
  const rows = [
    ['Chinese citizen page: xinfang-citizen.js', sizes(split, ['xinfang-citizen.js']), 1],
    ['English citizen page: + xinfang-citizen.en.js', sizes(split, ['xinfang-citizen.js', 'xinfang-citizen.en.js']), 2],
    ['Chinese office page: xinfang-elements.js', sizes(split, ['xinfang-elements.js']), 1],
    [
      'English office page: + xinfang-elements.en.js',
      sizes(split, ['xinfang-elements.js', 'xinfang-elements.en.js']),
      2,
    ],
  ];
  const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
  const diff = (a, b) => `${a <= b ? '−' : '+'}${kB(Math.abs(a - b))}`;
  console.log(
    `\nThe single-file bundles, built now; baseline: the bundle of every element with both languages in the one file.\n`,
  );
  console.log(
    `| what a page downloads | requests | minified | gzip | vs baseline | brotli | vs baseline |\n|---|--:|--:|--:|--:|--:|--:|`,
  );
  for (const [name, s, requests] of rows) {
    console.log(
      `| ${name} | ${requests} | ${kB(s.raw)} | ${kB(s.gzip)} | ${diff(s.gzip, baseline.gzip)} | ${kB(s.brotli)} | ${diff(s.brotli, baseline.brotli)} |`,
    );
  }
  console.log(
    `| baseline: both languages in xinfang-elements.js | 1 | ${kB(baseline.raw)} | ${kB(baseline.gzip)} | | ${kB(baseline.brotli)} | |`,
  );
  const chinese = rows[0][1].gzip;
  console.log(
    `\nBudget: a Chinese citizen page under 33 kB gzip: ${kB(chinese)} (${chinese <= 33_000 ? 'met' : 'NOT met'}).`,
  );
  await firstRender({ split, both });
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** A page with one `<xf-intake-form>` that records when the form's shadow root first holds text. */
function page({ lang, dir, file, preload }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>first render</title>
<script>
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((_, observer) => {
      if (root.textContent.trim() === '') return;
      window.firstRender = performance.now();
      observer.disconnect();
    }).observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
</script>
${preload ? `<link rel="modulepreload" href="/${dir}/${file}.en.js">` : ''}
<script type="module" src="/${dir}/${file}.js"></script>
</head><body><xf-intake-form></xf-intake-form></body></html>`;
}

async function firstRender(dirs) {
  const latency = Number(process.env.BENCH_LATENCY ?? 150);
  const kbps = Number(process.env.BENCH_KBPS ?? 1600);
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/page') {
      const html = page({
        lang: url.searchParams.get('lang'),
        dir: url.searchParams.get('dir'),
        file: url.searchParams.get('file') ?? 'xinfang-elements',
        preload: url.searchParams.has('preload'),
      });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
      return;
    }
    const [, dir, file] = url.pathname.split('/');
    if (!(dir in dirs) || !/^xinfang-(elements|citizen)(\.en)?\.js$/.test(file ?? '')) {
      response.writeHead(404).end();
      return;
    }
    const key = `${dir}/${file}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(join(dirs[dir], file)), { level: 9 }));
    response.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    response.end(gzipped.get(key));
  });
  await new Promise((resolve) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(await launchOptions());
  const cases = [
    ['Chinese citizen page (xinfang-citizen.js)', 'lang=zh-CN&dir=split&file=xinfang-citizen', 'lang=zh-CN&dir=both'],
    ['English citizen page (xinfang-citizen.js)', 'lang=en&dir=split&file=xinfang-citizen', 'lang=en&dir=both'],
    ['Chinese office page (xinfang-elements.js)', 'lang=zh-CN&dir=split', 'lang=zh-CN&dir=both'],
    ['English office page (xinfang-elements.js)', 'lang=en&dir=split', 'lang=en&dir=both'],
    ['English page with <link rel="modulepreload">', 'lang=en&dir=split&preload', 'lang=en&dir=both'],
  ];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const measure = async (query) => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: (kbps * 1000) / 8,
      uploadThroughput: (750 * 1000) / 8,
    });
    await tab.goto(`${origin}/page?${query}`);
    await tab.waitForFunction(() => window.firstRender !== undefined, undefined, { timeout: 60_000 });
    const time = await tab.evaluate(() => window.firstRender);
    await context.close();
    return time;
  };
  try {
    console.log(
      `\nFirst render of <xf-intake-form> after navigation, ${latency} ms round trip, ${kbps} kbit/s, gzip, empty cache, median of ${runs}:\n`,
    );
    console.log('| page | this build | baseline: both languages in one file | difference |\n|---|--:|--:|--:|');
    for (const [name, ours, theirs] of cases) {
      const a = [];
      const b = [];
      // Alternated, so both builds see the same machine and the same moment.
      for (let i = 0; i < runs; i++) {
        a.push(await measure(ours));
        b.push(await measure(theirs));
      }
      const [ma, mb] = [median(a), median(b)];
      console.log(
        `| ${name} | ${ma.toFixed(0)} ms | ${mb.toFixed(0)} ms | ${ma <= mb ? '−' : '+'}${Math.abs(ma - mb).toFixed(0)} ms |`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}
