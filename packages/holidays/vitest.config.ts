import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The core resolves to its TypeScript sources through the `@xinfang/source` export condition.
export default defineConfig({
  ssr: { resolve: { conditions: ['@xinfang/source', ...defaultServerConditions] } },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    include: ['test/**/*.test.ts'],
    env: { TZ: 'Asia/Shanghai' },
  },
});
