#!/usr/bin/env node
// Install footprint of each published package: `npm install <tarball>` into an empty folder (dependencies and
// required peers included, as npm installs them), then the size of node_modules on disk and its packages.
// Baseline in the same run: the same install plus xstate 5.33.3 and zod 4.6.7, which every install of the core
// carried while they were dependencies (before they became optional peers behind @xinfang/core/machine and
// @xinfang/core/zod).
// Run after `npm run build`: node tools/bench-footprint.mjs  (prefers npm's cache; about a minute)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installApp, packAll, publicPackages } from './release-pack.mjs';

/** Bytes on disk (du, 1 KiB blocks) of a folder. */
function du(dir) {
  return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) * 1024;
}

/** Every installed package folder under node_modules (scoped ones as @scope/name), nested ones too. */
function installed(dir, into = new Map()) {
  const nm = join(dir, 'node_modules');
  let entries;
  try {
    entries = readdirSync(nm, { withFileTypes: true });
  } catch {
    return into;
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const scoped = e.name.startsWith('@')
      ? readdirSync(join(nm, e.name)).map((n) => [`${e.name}/${n}`, join(nm, e.name, n)])
      : [[e.name, join(nm, e.name)]];
    for (const [name, path] of scoped) {
      if (!statSync(path).isDirectory()) continue;
      into.set(name, (into.get(name) ?? 0) + du(path));
      installed(path, into);
    }
  }
  return into;
}

/** What every install of the core carried before they became optional peers. */
const baselinePeers = ['xstate@5.33.3', 'zod@4.6.7'];
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const work = mkdtempSync(join(tmpdir(), 'xinfang-footprint-'));
try {
  const tarballs = packAll(join(work, 'tarballs'));
  const internal = (manifest) =>
    Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter((d) => d in tarballs);
  const rows = [];
  for (const pkg of publicPackages()) {
    // The package's tarball and those of the @xinfang packages it depends on (not on the registry yet).
    const deps = new Set([pkg.name]);
    for (const name of deps)
      for (const d of internal(publicPackages().find((p) => p.name === name).manifest)) deps.add(d);
    const specs = [...deps].map((n) => tarballs[n]);
    const now = join(work, `${pkg.name.replace('/', '+')}`);
    const ms = installApp(now, specs);
    const sizes = installed(now);
    const total = du(join(now, 'node_modules'));
    const before = join(work, `${pkg.name.replace('/', '+')}-before`);
    const reachesCore = deps.has('@xinfang/core');
    if (reachesCore) installApp(before, [...specs, ...baselinePeers]);
    const baseline = reachesCore ? du(join(before, 'node_modules')) : total;
    const top = [...sizes]
      .filter(([n]) => !n.includes('/node_modules/'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([n, b]) => `${n} ${mb(b)}`)
      .join(', ');
    rows.push({ name: pkg.name, total, baseline, count: sizes.size, ms, top });
  }
  console.log('install footprint: npm install <tarball> into an empty folder (node_modules on disk, du)');
  console.log('package              now       with xstate+zod (before)  saved     packages  install   largest');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(20)} ${mb(r.total).padStart(8)}  ${mb(r.baseline).padStart(12)}              ${mb(r.baseline - r.total).padStart(7)}  ${String(r.count).padStart(8)}  ${String(r.ms).padStart(5)} ms  ${r.top}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
