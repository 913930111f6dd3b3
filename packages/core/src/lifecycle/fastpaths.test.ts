/**
 * The internal fast paths of decide and statistics give the very answers of the general code they shortcut
 * (property tests, fixed seeds). Replay == the fold of evolve is checked in lifecycle.property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMillis as instantMillisForTest } from '../calendar/dates.js';
import { addDays, chinaCalendar, daysBetween } from '../calendar/index.js';
import { quickMillis } from './decide.js';
import { dayNoOf, dayOf } from './day.js';
import { replay } from './evolve.js';
import { decide } from './decide.js';
import { statistics } from '../statistics/statistics.js';
import { policies } from '../policy/index.js';
import { fullScenario } from '../testing/fixtures.js';
import type { PetitionEvent, PetitionView } from './types.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const instant = fc
  .record({
    y: fc.integer({ min: 1990, max: 2099 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    zone: fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '+08:60', '+24:00', 'z', '', '.123Z'),
  })
  .map((x) => `${x.y}-${pad(x.mo)}-${pad(x.d)}T${pad(x.h)}:${pad(x.mi)}:${pad(x.s)}${x.zone}`);

describe('fast instant and day parsing == the general parsers (22 art 23 periods count from these dates)', () => {
  it('quickMillis equals Date.parse / instantMillis wherever it answers (20,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(instant, fc.string({ maxLength: 30 })), (at) => {
        const q = quickMillis(at);
        if (q === undefined) return;
        expect(q).toBe(Date.parse(at));
        expect(q).toBe(instantMillisForTest(at));
      }),
      { numRuns: 20_000, seed: 20_250_923 },
    );
    expect(quickMillis('2025-09-30T16:30:00Z')).toBe(Date.parse('2025-09-30T16:30:00Z'));
    expect(quickMillis('2025-02-29T09:00:00+08:00')).toBeUndefined();
  });

  it('dayNoOf equals the day number of dayOf (Asia/Shanghai date) on valid instants', () => {
    fc.assert(
      fc.property(instant, (at) => {
        let expected: number;
        try {
          expected = daysBetween('1970-01-01', dayOf(at));
        } catch {
          return; // not an instant: both throw or the caller never stores it
        }
        if (instantMillisForTest(at) === undefined) return;
        expect(dayNoOf(at)).toBe(expected);
      }),
      { numRuns: 20_000, seed: 20_250_924 },
    );
    expect(dayNoOf('2025-09-30T16:30:00Z')).toBe(daysBetween('1970-01-01', '2025-10-01'));
  });
});

describe('statistics: median and p90 by counting == by sorting (rules.md §4 days to conclude)', () => {
  const base = (() => {
    const h: PetitionEvent[] = [];
    for (const c of fullScenario('s-1', policies.national)) {
      const r = decide(h, c, { policy: policies.national, calendar: chinaCalendar });
      if (!r.ok) throw new Error(r.rejection.message.en);
      h.push(...r.events);
    }
    return replay(h);
  })();
  const nearest = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];

  it('over random sets of concluded views (500 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 360 }), took: fc.integer({ min: 0, max: 400 }) }), {
          maxLength: 40,
        }),
        (items) => {
          const views: PetitionView[] = items.map(({ start, took }) => {
            const received = addDays('2025-01-01', start);
            return {
              ...base,
              receivedAt: `${received}T09:00:00+08:00`,
              concludedAt: `${addDays(received, took)}T17:00:00Z`, // 01:00 the next day in Beijing
            };
          });
          const s = statistics(views, { from: '2025-01-01', to: '2025-12-31' }, chinaCalendar);
          const sorted = items.map((i) => i.took + 1).sort((a, b) => a - b);
          const n = sorted.length;
          const med =
            n === 0
              ? null
              : n % 2
                ? sorted[n >> 1]
                : ((sorted[(n >> 1) - 1] as number) + (sorted[n >> 1] as number)) / 2;
          expect(s.daysToConclude).toEqual({ count: n, median: med, p90: n === 0 ? null : nearest(sorted, 90) });
        },
      ),
      { numRuns: 500, seed: 20_250_925 },
    );
  });
});
