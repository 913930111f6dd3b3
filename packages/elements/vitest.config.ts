import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tools/vitest-browser.mjs';

// Elements run in a real browser only: headless Chromium.
export default defineConfig(async () => ({
  test: {
    name: 'chromium',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    browser: await chromiumBrowser(),
  },
}));
