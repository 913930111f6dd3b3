import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources through the `@xinfang/source` export condition.
export default defineConfig({
  ssr: { resolve: { conditions: ['@xinfang/source', ...defaultServerConditions] } },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-node.json' },
    globalSetup: ['./src/test-support/global-setup.ts'],
  },
});
