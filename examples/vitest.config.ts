import { defineConfig } from 'vitest/config';

// The examples, installed from the packed tarballs of every package (a dry run of the release) into a
// temporary app, then run: the Node examples in Node, the pages built with Vite and opened in Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/install.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
