// Installs what a user would install: the tarballs `npm pack` makes (from $XF_TARBALLS, a folder the release
// dry run packed into, or packed here from the built packages), with the framework versions the examples
// target and the LOWEST version of each peer range we claim (lit ^3.3.3 → 3.3.3; zod ^4.0.0 → 4.0.0; dexie ^4.0.1 → 4.0.1 in a
// second app, the highest tested 4.x in the first). npm's cache answers; the registry only for what it lacks.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { installApp, packAll } from '../../tools/release-pack.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    app: string;
    lowestDexieApp: string;
    react18App: string;
  }
}

/** Versions the examples install beside the tarballs: each framework, and each peer at the bottom of its range. */
export const versions = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  vue: '3.5.45',
  // Vue single-file components: built with @vitejs/plugin-vue, type-checked with vue-tsc on TypeScript 5.9.3
  // (vue-tsc needs TypeScript's JavaScript API, which TypeScript 7 does not have).
  '@vitejs/plugin-vue': '6.1.1',
  'vue-tsc': '3.3.14',
  typescript: '5.9.3',
  '@angular/core': '22.2.6',
  '@angular/common': '22.2.6',
  '@angular/compiler': '22.2.6',
  '@angular/platform-browser': '22.2.6',
  rxjs: '7.8.2',
  lit: '3.3.3',
  zod: '4.0.0',
  dexie: '4.4.7',
  lowestDexie: '4.0.1',
  'fake-indexeddb': '6.2.8',
};

/** A third app: React 18 through the @lit/react wrappers, each at the bottom of its peer range. */
export const react18Versions = { react: '18.0.0', 'react-dom': '18.0.0', '@lit/react': '1.0.8' };

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'xinfang-examples-'));
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by tools/release.mjs, which runs the examples outside turbo
  const given = process.env.XF_TARBALLS;
  const tarballs = given
    ? Object.fromEntries(
        readdirSync(given)
          .filter((f) => f.endsWith('.tgz'))
          .map((f) => [f, join(given, f)]),
      )
    : packAll(join(work, 'tarballs'));
  const all = Object.values(tarballs);
  const named = (pkg: string) => all.find((t) => t.includes(`xinfang-${pkg}-`))!;
  const app = join(work, 'app');
  const ms = installApp(app, [
    ...all,
    ...Object.entries(versions)
      .filter(([n]) => n !== 'lowestDexie')
      .map(([n, v]) => `${n}@${v}`),
  ]);
  const lowestDexieApp = join(work, 'app-dexie-lowest');
  const ms2 = installApp(lowestDexieApp, [
    named('core'),
    named('dexie'),
    `dexie@${versions.lowestDexie}`,
    `fake-indexeddb@${versions['fake-indexeddb']}`,
  ]);
  const react18App = join(work, 'app-react18');
  const ms3 = installApp(react18App, [
    named('core'),
    named('elements'),
    ...Object.entries(react18Versions).map(([n, v]) => `${n}@${v}`),
  ]);
  console.log(
    `examples: installed ${all.length} tarballs in ${ms} ms, the lowest-Dexie app in ${ms2} ms, React 18 in ${ms3} ms (${work})`,
  );
  project.provide('react18App', react18App);
  project.provide('app', app);
  project.provide('lowestDexieApp', lowestDexieApp);
  return () => rmSync(work, { recursive: true, force: true });
}
