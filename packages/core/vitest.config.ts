import { defineConfig } from 'vitest/config';

// The core is pure: it runs in Node only. Every test file runs under two time zones, because
// instants must become Asia/Shanghai dates whatever the machine's zone is; the hostile-input property tests
// and the date parser's tests run under UTC too (the zone of most servers).
export default defineConfig({
  test: {
    // Property tests run thousands of cases in three time zone projects at once; on 2 shared cores a run can
    // take several times its usual second.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node-tz-shanghai',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        extends: true,
        test: { name: 'node-tz-los-angeles', include: ['src/**/*.test.ts'], env: { TZ: 'America/Los_Angeles' } },
      },
      {
        extends: true,
        test: {
          name: 'node-tz-utc',
          include: ['src/**/*.hostile.test.ts', 'src/calendar/dates.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
