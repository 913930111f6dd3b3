import { defineConfig } from 'vitest/config';

// End-to-end tests: Node drives the system Chromium with playwright against the built portal (vite preview).
export default defineConfig({
  test: {
    name: 'portal-e2e',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
