// Builds the single-file bundles (dist/xinfang-elements.js, dist/xinfang-citizen.js) before the embedding tests load it, when it is
// missing or older than the sources it is made from. turbo runs `test:browser` after the dependencies' build
// only, not after this package's own build, so the tests cannot count on an up-to-date bundle.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundles = ['elements', 'citizen'] as const;

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (/\.ts$/.test(entry.name) && !/\.(test|stories)\.ts$/.test(entry.name)) {
      latest = Math.max(latest, statSync(path).mtimeMs);
    }
  }
  return latest;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

export default async function setup(): Promise<void> {
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(root, '..', 'core', 'src')),
    ...['vite.config.ts', 'vite.messages.ts', 'vite.ast.ts'].map((file) => mtime(join(root, file))),
  );
  for (const bundle of bundles) {
    if (mtime(join(root, 'dist', `xinfang-${bundle}.js`)) < sources) await rebuild(bundle);
  }
  // Copies the test server serves untransformed (`publicDir` in vitest.config.ts) for test/english-module.test.ts:
  // the bundle with its English module next to it, and the bundle alone, as a page that copied only it has it.
  const copies = {
    plain: ['xinfang-elements.js', 'xinfang-elements.en.js', 'xinfang-citizen.js', 'xinfang-citizen.en.js'],
    lonely: ['xinfang-elements.js'],
  };
  for (const [dir, files] of Object.entries(copies)) {
    mkdirSync(join(root, 'test-results', 'public', dir), { recursive: true });
    for (const file of files) copyFileSync(join(root, 'dist', file), join(root, 'test-results', 'public', dir, file));
  }
}

async function rebuild(bundle: (typeof bundles)[number]): Promise<void> {
  // Vitest runs with NODE_ENV=test, which would make Vite resolve Lit's development build: build exactly what
  // `npm run build` ships instead.
  // XF_BUNDLE picks the bundle (vite.config.ts).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  process.env.XF_BUNDLE = bundle;
  try {
    await build({ root, mode: 'production', configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    delete process.env.XF_BUNDLE;
  }
}
