import { describe, expect, it } from 'vitest';
import {
  bucketBounds,
  bucketKeys,
  daysToConclude,
  emptyTotals,
  quarterKey,
  statisticsBucket,
  statisticsCategories,
  statisticsFrom,
  statisticsRate,
} from './periods.js';

// rules.md §4 (seed §政协机关, §镇): statistics are reported quarterly and yearly.
describe('statistics periods (quarterly and yearly reporting, seed §政协机关)', () => {
  it('names the quarter of a date', () => {
    expect([
      quarterKey('2025-01-01'),
      quarterKey('2025-03-31'),
      quarterKey('2025-04-01'),
      quarterKey('2025-12-31'),
    ]).toEqual(['2025-Q1', '2025-Q1', '2025-Q2', '2025-Q4']);
  });

  it('lists the quarters and years a range touches, clipped to the range', () => {
    const range = { from: '2025-08-01', to: '2026-01-31' };
    expect(bucketKeys(range, true)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(bucketKeys(range, false)).toEqual(['2025', '2026']);
    expect(bucketBounds('2025-Q3', range)).toEqual({ from: '2025-08-01', to: '2025-09-30' });
    expect(bucketBounds('2026-Q1', range)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(bucketBounds('2025', range)).toEqual({ from: '2025-08-01', to: '2025-12-31' });
  });

  it('rounds rates to four decimals and has no rate without a denominator', () => {
    expect(statisticsRate(16, 17)).toBe(0.9412);
    expect(statisticsRate(0, 0)).toBeNull();
  });

  it('reports every channel, class and status once', () => {
    expect(statisticsCategories.channels).toEqual(['letter', 'visit', 'call', 'online']);
    expect(statisticsCategories.classes).toEqual(['suggestion', 'accusation', 'claim']);
    expect(new Set(statisticsCategories.statuses).size).toBe(13);
  });

  it('counts an open overdue matter against the on-time rate of its bucket (22 art 34)', () => {
    const totals = { ...emptyTotals(), total: 10, concluded: 6, onTime: 5, openOverdue: 2, owed: 6, replied: 3 };
    expect(statisticsBucket('2025-Q3', totals, { from: '2025-08-01', to: '2025-12-31' })).toEqual({
      key: '2025-Q3',
      from: '2025-08-01',
      to: '2025-09-30',
      total: 10,
      batches: 0,
      persons: 0,
      concluded: 6,
      onTimeRate: 0.625,
      replyRate: 0.5,
    });
  });
});

describe('daysToConclude and statisticsFrom: the figures every store reports the same way (rules.md §4)', () => {
  it('median and 90th percentile by nearest rank, from a histogram of days', () => {
    // 10, 12, 12 days: median 12; p90 = the ⌈2.7⌉ = 3rd smallest = 12.
    expect(daysToConclude(Int32Array.of(1, 0, 2), 10)).toEqual({ count: 3, median: 12, p90: 12 });
    // 1, 2, 3, 4 days: median (2 + 3) / 2; p90 = the ⌈3.6⌉ = 4th smallest.
    expect(daysToConclude([1, 1, 1, 1], 1)).toEqual({ count: 4, median: 2.5, p90: 4 });
    expect(daysToConclude(new Int32Array(0), 0)).toEqual({ count: 0, median: null, p90: null });
  });

  it('on-time rate = on time ÷ (concluded + open overdue): an open overdue matter counts against it', () => {
    const all = { ...emptyTotals(), total: 10, concluded: 6, onTime: 5, openOverdue: 2, owed: 4, replied: 3 };
    const s = statisticsFrom({
      range: { from: '2025-01-01', to: '2025-12-31' },
      asOf: '2025-12-31',
      all,
      concludedLate: 1,
      openDueSoon: 1,
      byChannel: { letter: 10, visit: 0, call: 0, online: 0 },
      byClass: { suggestion: 0, accusation: 0, claim: 10 },
      byStatus: {} as never,
      byUnit: {},
      byOutcome: {},
      daysToConclude: { count: 0, median: null, p90: null },
      byQuarter: [],
      byYear: [],
    });
    expect(s.onTime).toEqual({ concludedOnTime: 5, concludedLate: 1, openOverdue: 2, openDueSoon: 1, rate: 0.625 });
    expect(s.reply).toEqual({ owed: 4, replied: 3, rate: 0.75 });
  });
});
