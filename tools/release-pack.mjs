// Packing and installing as a user would: `npm pack` of every published package, then `npm install` of those
// tarballs into an empty folder. Used by the release (`tools/release.mjs`), its dry run in `npm test` (the
// examples install what would be published), and the install-footprint bench (`tools/bench-footprint.mjs`).
// Installs prefer npm's cache (--prefer-offline): the registry is asked only for what the cache lacks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** The packages `npm publish` would publish: every packages/* that is not private, sorted by name. */
export function publicPackages() {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      dir: join(root, 'packages', d.name),
      json: JSON.parse(readFileSync(join(root, 'packages', d.name, 'package.json'), 'utf8')),
    }))
    .filter((p) => p.json.private !== true)
    .map((p) => ({ dir: p.dir, name: p.json.name, version: p.json.version, manifest: p.json }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `npm pack` of every published package into `dest`, in one npm call; name → tarball path. */
export function packAll(dest) {
  mkdirSync(dest, { recursive: true });
  const packages = publicPackages();
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', dest, ...packages.flatMap((p) => ['-w', p.name])],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const packed = JSON.parse(out);
  return Object.fromEntries(packed.map((p) => [p.name, join(dest, p.filename)]));
}

/**
 * A fresh app in `dir` (created empty) with `specs` installed: tarball paths and `name@version`s. Runs no
 * install scripts; writes no lockfile. Returns the time it took, in ms.
 */
export function installApp(dir, specs, { name = 'app' } = {}) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);
  const started = Date.now();
  execFileSync(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--ignore-scripts',
      '--loglevel=error',
      ...specs,
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_update_notifier: 'false' } },
  );
  return Date.now() - started;
}
