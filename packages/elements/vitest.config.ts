import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tools/vitest-browser.mjs';

// Elements run in a real browser only: headless Chromium.
// The `source` condition resolves @xinfang/core to its TypeScript sources (as tsconfig's customConditions do),
// so the tests do not depend on a build of the core. The embedding tests load this package's own built bundle,
// which test/global-setup.ts builds when it is missing or older than the sources.
export default defineConfig(async () => ({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // Pre-bundled up front so Vite does not reload a test page midway when it discovers them.
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'vue', 'axe-core'] },
  // Vue's esm-bundler build expects its compile-time flags (the Vue embedding test).
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  test: {
    name: 'chromium',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    browser: await chromiumBrowser(),
  },
}));
