import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Two projects:
// - unit: pure logic of the demo generator and the statistics tables, in Node (no server, no browser);
// - e2e: Node drives the system Chromium with playwright against the BUILT portal (vite preview, started by
//   test/global-setup.ts), and the shared office (the real server on PGlite serving that build: test/server-setup.ts).
export default defineConfig({
  resolve: { conditions: ['@xinfang/source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['@xinfang/source', ...defaultServerConditions] } },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'portal-unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'portal-e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts', 'test/server-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
