import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tools/vitest-browser.mjs';

// Elements run in a real browser only: headless Chromium.
// The `@xinfang/source` condition resolves @xinfang/core to its TypeScript sources (as tsconfig's customConditions do),
// so the tests do not depend on a build of the core. The embedding tests load this package's own built bundle,
// which test/global-setup.ts builds when it is missing or older than the sources.
const bundle = fileURLToPath(new URL('dist/xinfang-elements.js', import.meta.url));

export default defineConfig(async () => ({
  resolve: { conditions: ['@xinfang/source', ...defaultClientConditions] },
  // Served as they are, untransformed, like any web server would: copies of the built bundle that
  // test/global-setup.ts puts there (`/plain/`: the bundle and its English module; `/lonely/`: the bundle alone).
  publicDir: 'test-results/public',
  // Pre-bundled up front so Vite does not reload a test page midway when it discovers them.
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', '@lit/react', 'vue', 'axe-core'] },
  // Vue's esm-bundler build expects its compile-time flags (the Vue embedding test).
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    browser: await chromiumBrowser(),
    projects: [
      { extends: true as const, test: { name: 'chromium', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      {
        // The elements' own tests once more, against the BUILT bundle: every module that registers elements
        // (define.ts, *.define.ts) resolves to dist/xinfang-elements.js, so the tags under test are the
        // bundle's, with its minified and renamed internals. Left out: the tests of modules the bundle does
        // not replace (i18n), of registration itself (side-effects) and of the bundle as a file (embedding).
        extends: true as const,
        resolve: {
          alias: [{ find: /^(\.{1,2}\/)+(src\/)?([\w-]+\/)?[\w-]*\.?define\.js$/, replacement: bundle }],
        },
        test: {
          name: 'bundle',
          include: ['src/**/*.test.ts', 'test/conformance.test.ts'],
          // `<xf-command-form>` is staff-only and not in the bundle.
          exclude: ['src/i18n/**', 'src/stories.test.ts', 'src/command-form/**'],
        },
      },
    ],
  },
}));
