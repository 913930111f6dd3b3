// Size benchmark of the single-file bundle: what a Chinese page and an English page download, against the
// baseline of the same bundle with both languages in the one file (built in the same run with
// XF_BUNDLE_BASELINE=both-languages). gzip as size-limit measures it (Node's zlib, level 9, 1 kB = 1000 bytes),
// and brotli (quality 11) for servers that send it.
//
//   npm run bench -w @xinfang/elements
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'xf-size-'));

function build(dir, env) {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (${dir})`);
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
    ['Chinese page: xinfang-elements.js', sizes(split, ['xinfang-elements.js']), 1],
    ['English page: + xinfang-elements.en.js', sizes(split, ['xinfang-elements.js', 'xinfang-elements.en.js']), 2],
  ];
  const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
  const diff = (a, b) => `${a <= b ? '−' : '+'}${kB(Math.abs(a - b))}`;
  console.log(`\nThe single-file bundle, built now; baseline: the same bundle with both languages in the one file.\n`);
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
  console.log(`\nTarget: the bundle under 30 kB gzip: ${kB(chinese)} (${chinese < 30_000 ? 'met' : 'NOT met'}).`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
