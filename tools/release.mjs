#!/usr/bin/env node
// `npm run release`: build → check → version → publish every published package.
//   1. build      turbo run build (cached when nothing changed)
//   2. check      turbo run typecheck test check:package: types, the Node tests (the elements' `test` type-checks
//                 the React/Vue/DOM consumer projects against the typings), publint --strict, attw, size-limit; and
//                 the API reference
//                 (tools/docs: TypeDoc, no broken link, no undocumented export)
//   3. pack       npm pack of every published package; the tarballs are installed into the examples and run
//                 (examples/: Node, and pages in Chromium), as the user would install them
//   4. version    changeset version (changelog lines link each commit to the repository every package.json
//                 names: tools/release-changelog.cjs), then the lockfile refreshed (npm install --package-lock-only)
//   5. publish    changeset publish with provenance, only in CI (CI=true) with NPM_TOKEN set; elsewhere it stops
//                 after versioning and says so
// `npm run release -- --dry-run` (run by `npm test`): steps 1–3, then `changeset status`; versions nothing,
// publishes nothing. `--skip-checks` leaves out steps 1–2 when the caller has just run them (npm test does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAll, publicPackages, root } from './release-pack.mjs';

const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const skipChecks = args.has('--skip-checks');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const timings = [];

function step(label, command, commandArgs, extraEnv = {}) {
  console.log(`\n▶ release ${label}: ${command} ${commandArgs.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`release: ${label} failed (exit ${result.status}); nothing was versioned or published.`);
    process.exit(result.status ?? 1);
  }
}

if (!skipChecks) {
  step('build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
  step('check', 'npx', ['turbo', 'run', 'typecheck', 'test', 'check:package', '--output-logs=errors-only']);
  step('docs', 'npm', ['run', 'docs']);
}

const work = mkdtempSync(join(tmpdir(), 'xinfang-release-'));
try {
  const started = Date.now();
  const tarballs = packAll(join(work, 'tarballs'));
  timings.push(`pack ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`\n▶ release pack: ${Object.keys(tarballs).length} packages → ${join(work, 'tarballs')}`);
  for (const { name, version } of publicPackages()) console.log(`  ${name}@${version}`);
  step('examples', 'npx', ['vitest', 'run', '--root', 'examples'], { XF_TARBALLS: join(work, 'tarballs') });
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (dryRun) {
  // What would be versioned (npm test runs `changeset status` itself, before, hence not again with --skip-checks).
  if (!skipChecks) step('changesets', 'npx', ['changeset', 'status']);
  console.log(`\nrelease dry run: nothing versioned, nothing published (${timings.join(', ')})`);
  process.exit(0);
}

step('version', 'npx', ['changeset', 'version']);
step('lockfile', 'npm', ['install', '--package-lock-only', '--prefer-offline', '--no-audit', '--no-fund']);

// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by the release, which runs outside turbo
const token = process.env.NPM_TOKEN;
if (process.env.CI !== 'true' || !token) {
  console.log(
    '\nrelease: versioned (package.json, CHANGELOG.md, package-lock.json). Not published: publishing runs in CI ' +
      '(CI=true) with NPM_TOKEN set, with npm provenance. Commit the version, push, and let CI publish.',
  );
  process.exit(0);
}
// The token goes to npm through a user config of this run only (npm expands ${NPM_TOKEN} itself), never argv.
const npmrc = join(mkdtempSync(join(tmpdir(), 'xinfang-npmrc-')), '.npmrc');
// biome-ignore lint/suspicious/noTemplateCurlyInString: npm expands ${NPM_TOKEN} in its config files
writeFileSync(npmrc, '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', { mode: 0o600 });
try {
  step('publish', 'npx', ['changeset', 'publish'], { NPM_CONFIG_PROVENANCE: 'true', NPM_CONFIG_USERCONFIG: npmrc });
} finally {
  rmSync(npmrc, { force: true });
}
console.log(`\nrelease: published with provenance (${timings.join(', ')})`);
