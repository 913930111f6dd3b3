import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../tools/vitest-browser.mjs';

const onlyNode = process.argv.includes('node') && !process.argv.includes('chromium');

// The same test files run in Node (on fake-indexeddb) and in real headless Chromium (real IndexedDB).
// Workspace packages resolve to their TypeScript sources through the `@xinfang/source` export condition.
export default defineConfig(async () => ({
  resolve: { conditions: ['@xinfang/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@xinfang/source', ...defaultServerConditions] } },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: `test-results/vitest-${onlyNode ? 'node' : 'chromium'}.json` },
    projects: [
      {
        extends: true as const,
        test: { name: 'node', include: ['src/**/*.test.ts'], setupFiles: ['fake-indexeddb/auto'] },
      },
      ...(onlyNode
        ? []
        : [
            {
              extends: true as const,
              test: { name: 'chromium', include: ['src/**/*.test.ts'], browser: await chromiumBrowser() },
            },
          ]),
    ],
  },
}));
