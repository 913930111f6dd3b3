/**
 * The one-pass statistics (typed-array counters, category indexes, day numbers) give exactly the answer of the
 * straightforward fold they replaced — kept here, verbatim, as the reference — over random views
 * (rules.md §4: counts by channel, class, status, unit and outcome; 按期办结率; 答复率; by quarter and year).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, dayNumber, dayOf, shanghaiDay } from '../calendar/dates.js';
import {
  addDays,
  type Calendar,
  chinaCalendar,
  type Instant,
  InvalidDateError,
  type IsoDate,
  periodStatus,
} from '../calendar/index.js';
import type { PetitionView } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { samplePetitions } from '../testing/fixtures.js';
import { startPetition } from '../testing/harness.js';
import {
  bucketKeys,
  emptyTotals,
  quarterKey,
  type StatisticsTotals,
  statisticsBucket,
  statisticsCategories,
  statisticsRate,
} from './periods.js';
import { statistics } from './statistics.js';
import { type QuarterTally, statisticsFacts, statisticsFromTallies } from './tallies.js';
import type { Statistics } from './types.js';

// ---- the reference: `statistics` as it was before the typed-array pass (do not optimise) ----
const { channels: CHANNELS, classes: CLASSES, statuses: STATUSES } = statisticsCategories;

const zero = <K extends string>(keys: readonly K[]): Record<K, number> => {
  const o = {} as Record<K, number>;
  for (const k of keys) o[k] = 0;
  return o;
};

const rate = statisticsRate;

type Acc = StatisticsTotals;
const acc = emptyTotals;

function add(
  a: Acc,
  batches: number,
  persons: number,
  concluded: number,
  onTime: number,
  openOverdue: number,
  owed: number,
  replied: number,
): void {
  a.total++;
  a.batches += batches;
  a.persons += persons;
  a.concluded += concluded;
  a.onTime += onTime;
  a.openOverdue += openOverdue;
  a.owed += owed;
  a.replied += replied;
}

/** The straightforward fold `statistics` replaced; its median and p90 sort the days (independently of the histogram). */
function referenceStatistics(
  views: readonly PetitionView[],
  range: { from: IsoDate; to: IsoDate },
  calendar: Calendar,
  now?: Instant,
): Statistics {
  const asOf = now !== undefined ? dayOf(now) : range.to;
  const nowInstant = now ?? `${range.to}T23:59:59+08:00`;
  const byChannel = zero(CHANNELS);
  const byClass = zero(CLASSES);
  const byStatus = zero(STATUSES);
  const byUnit: Record<string, number> = {};
  const byOutcome: Record<string, number> = {};
  const all = acc();
  let concludedLate = 0;
  let openDueSoon = 0;
  const days: number[] = [];
  const quarters = new Map<string, Acc>();
  const years = new Map<string, Acc>();
  for (const k of bucketKeys(range, true)) quarters.set(k, acc());
  for (const k of bucketKeys(range, false)) years.set(k, acc());
  // Buckets by day: for each day of the range, its year's and quarter's accumulator (no string work per view).
  const y0 = Number(range.from.slice(0, 4));
  const yearAcc: Acc[] = [...years.values()];
  const quarterAcc: Acc[] = [];
  for (let y = y0; y <= Number(range.to.slice(0, 4)); y++)
    for (let q = 1; q <= 4; q++) quarterAcc.push(quarters.get(`${y}-Q${q}`) ?? acc());
  const fromNo = dayNumber(range.from);
  const toNo = dayNumber(range.to);
  const span = Math.max(0, toNo - fromNo + 1);
  const quarterOfDay: Acc[] = new Array(span);
  const yearOfDay: Acc[] = new Array(span);
  for (let i = 0; i < span; i++) {
    const d = civilFromDays(fromNo + i);
    const year = Number(d.slice(0, 4)) - y0;
    const month = Number(d.slice(5, 7));
    quarterOfDay[i] = quarterAcc[(year * 4 + (month - 1) / 3) | 0] as Acc;
    yearOfDay[i] = yearAcc[year] as Acc;
  }

  for (const v of views) {
    const received = shanghaiDay(v.receivedAt);
    if (received < fromNo || received > toNo) continue;
    const q = quarterOfDay[received - fromNo] as Acc;
    const y = yearOfDay[received - fromNo] as Acc;
    byChannel[v.channel]++;
    byClass[v.class]++;
    byStatus[v.status]++;
    byUnit[v.unit] = (byUnit[v.unit] ?? 0) + 1;
    let batches = 0;
    let persons = 0;
    if (v.channel === 'visit') {
      batches = 1;
      persons = v.persons;
    }
    let concluded = 0;
    let onTime = 0;
    let openOverdue = 0;
    let owed = 0;
    let replied = 0;
    if (v.concludedAt !== undefined) {
      concluded = 1;
      if (v.outcome !== undefined) byOutcome[v.outcome] = (byOutcome[v.outcome] ?? 0) + 1;
      if (v.late.includes('conclusion')) concludedLate++;
      else onTime = 1;
      days.push(shanghaiDay(v.concludedAt) - received);
      if (!v.terms.replyExempt) {
        owed = 1;
        if (v.repliedAt !== undefined) replied = 1;
      }
    } else if (v.due.conclusion !== undefined) {
      if (asOf > v.due.conclusion) openOverdue = 1;
      else if (periodStatus(v.due.conclusion, nowInstant, calendar, { soon: v.terms.dueSoonWorkdays }) === 'due-soon')
        openDueSoon++;
    }
    add(all, batches, persons, concluded, onTime, openOverdue, owed, replied);
    add(q, batches, persons, concluded, onTime, openOverdue, owed, replied);
    add(y, batches, persons, concluded, onTime, openOverdue, owed, replied);
  }
  const sorted = days.sort((a, b) => a - b);
  const n = sorted.length;
  const mid = n >> 1;
  return {
    range: { from: range.from, to: range.to },
    asOf,
    total: all.total,
    byChannel,
    byClass,
    byStatus,
    byUnit,
    byOutcome,
    visits: { batches: all.batches, persons: all.persons },
    onTime: {
      concludedOnTime: all.onTime,
      concludedLate,
      openOverdue: all.openOverdue,
      openDueSoon,
      rate: rate(all.onTime, all.concluded + all.openOverdue),
    },
    reply: { owed: all.owed, replied: all.replied, rate: rate(all.replied, all.owed) },
    daysToConclude: {
      count: n,
      median:
        n === 0
          ? null
          : n % 2 === 1
            ? (sorted[mid] as number)
            : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2,
      // Nearest rank: the ⌈0.9 n⌉-th smallest.
      p90: n === 0 ? null : (sorted[Math.max(1, Math.ceil(0.9 * n)) - 1] as number),
    },
    byQuarter: [...quarters].map(([k, a]) => statisticsBucket(k, a, range)),
    byYear: [...years].map(([k, a]) => statisticsBucket(k, a, range)),
  };
}

// ---- random views ----
const A = { id: 'c1', role: 'clerk' as const, unit: 'petitionOffice' };
const bases: PetitionView[] = (() => {
  const open = startPetition(samplePetitions.letterClaim);
  open.ok('accept', '2025-09-23', A);
  const anon = startPetition(samplePetitions.anonymousSuggestion);
  const visit = startPetition(samplePetitions.collectiveVisit);
  return [open.view, anon.view, visit.view];
})();
const day = (from: IsoDate, max: number) => fc.integer({ min: 0, max }).map((n) => addDays(from, n));
const instant = (from: IsoDate, max: number) =>
  fc
    .tuple(day(from, max), fc.integer({ min: 0, max: 23 }), fc.boolean())
    .map(([d, h, utc]) =>
      utc ? `${d}T${String(h).padStart(2, '0')}:30:00Z` : `${d}T${String(h).padStart(2, '0')}:30:00+08:00`,
    );
const view = fc
  .record({
    base: fc.constantFrom(...bases),
    receivedAt: instant('2024-10-01', 600),
    channel: fc.constantFrom('letter', 'visit', 'call', 'online', 'visit', 'fax'),
    class: fc.constantFrom('suggestion', 'accusation', 'claim', 'claim', 'petition'),
    status: fc.constantFrom(...statisticsCategories.statuses, 'handling', 'concluded', 'unknownState'),
    unit: fc.constantFrom('petitionOffice', 'district', 'hospital', '10', '2', 'constructor', '__proto__', 'toString'),
    persons: fc.integer({ min: 1, max: 40 }),
    concluded: fc.option(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 23 })), {
      nil: undefined,
    }),
    outcome: fc.option(fc.constantFrom('explain', 'support', 'noted', 'adopted', 'constructor', 'valueOf'), {
      nil: undefined,
    }),
    late: fc.subarray(['conclusion', 'notice', 'disposition']),
    replyExempt: fc.boolean(),
    replied: fc.boolean(),
    due: fc.option(day('2025-01-01', 500), { nil: undefined }),
    dueSoonWorkdays: fc.integer({ min: 0, max: 5 }),
  })
  .map((r): PetitionView => {
    const received = dayOf(r.receivedAt);
    const concludedAt =
      r.concluded === undefined
        ? undefined
        : `${addDays(received, r.concluded[0])}T${String(r.concluded[1]).padStart(2, '0')}:00:00+08:00`;
    return {
      ...r.base,
      receivedAt: r.receivedAt,
      channel: r.channel as PetitionView['channel'],
      class: r.class as PetitionView['class'],
      status: r.status as PetitionView['status'],
      unit: r.unit,
      persons: r.persons,
      concludedAt,
      outcome: r.outcome as PetitionView['outcome'],
      repliedAt: r.replied ? concludedAt : undefined,
      late: r.late,
      terms: { ...r.base.terms, replyExempt: r.replyExempt, dueSoonWorkdays: r.dueSoonWorkdays },
      due: { ...r.base.due, conclusion: r.due },
    };
  });
const range = fc
  .tuple(day('2024-06-01', 700), fc.integer({ min: -3, max: 500 }))
  .map(([from, len]) => ({ from, to: addDays(from, len) }));

describe('statistics: the one-pass counters == the straightforward fold (rules.md §4)', () => {
  it('over random views, ranges and clocks (300 runs, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(view, { maxLength: 60 }),
        range,
        fc.option(instant('2025-06-01', 400), { nil: undefined }),
        (views, r, now) => {
          const a = statistics(views, r, chinaCalendar, now);
          const b = referenceStatistics(views, r, chinaCalendar, now);
          expect(a).toEqual(b);
          // Same keys in the same order (JSON of the statistics is what reports and stores keep).
          expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        },
      ),
      { numRuns: 300, seed: 20_251_125 },
    );
  });

  it('on views the core built (every preset, 2025)', () => {
    const views = Object.values(policies).map((p) => startPetition(samplePetitions.visitClaim, p).view);
    const r = { from: '2025-01-01', to: '2025-12-31' };
    expect(statistics(views, r, chinaCalendar)).toEqual(referenceStatistics(views, r, chinaCalendar));
  });
});

/** What a store keeps: the facts of each view summed per quarter of receipt, for the days of `range` only. */
function talliesOf(views: readonly PetitionView[], r: { from: IsoDate; to: IsoDate }): QuarterTally[] {
  const sums = new Map<string, number>();
  for (const v of views) {
    const { date, facts } = statisticsFacts(v);
    if (date < r.from || date > r.to) continue;
    for (const f of facts) {
      const key = `${quarterKey(date)}|${f}`;
      sums.set(key, (sums.get(key) ?? 0) + 1);
    }
  }
  return [...sums].map(([key, n]) => {
    const bar = key.indexOf('|');
    return { quarter: key.slice(0, bar), fact: key.slice(bar + 1), n };
  });
}

describe("statisticsFromTallies: the stores' tallies give the figures of statistics (rules.md §4, 22 art 34)", () => {
  it('over random views, ranges and clocks (1,000 runs, fixed seed)', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(view, { maxLength: 60 }),
        range,
        fc.option(instant('2025-06-01', 400), { nil: undefined }),
        (generated, r, now) => {
          // A stored view's categories are the lifecycle's and its unit a policy's (the generator also makes other
          // classes and units such as `constructor`, for statistics' own hostile-input tests).
          const views = generated.filter(
            (v) =>
              CHANNELS.includes(v.channel) &&
              CLASSES.includes(v.class) &&
              STATUSES.includes(v.status) &&
              !(v.unit in {}) &&
              !((v.outcome ?? '') in {}),
          );
          compared += views.length;
          const a = statisticsFromTallies(talliesOf(views, r), r, chinaCalendar, now);
          expect(JSON.stringify(a)).toBe(JSON.stringify(statistics(views, r, chinaCalendar, now)));
        },
      ),
      { numRuns: 1000, seed: 20_261_205 },
    );
    // About a third of the generated views are storable: the property still compares over a thousand of them.
    expect(compared).toBeGreaterThan(1000);
  });

  it('ignores unknown facts, zero counts and quarters outside the range', () => {
    const r = { from: '2025-01-01', to: '2025-12-31' };
    const views = Object.values(policies).map((p) => startPetition(samplePetitions.visitClaim, p).view);
    const tallies = talliesOf(views, r);
    const noisy = [
      ...tallies,
      { quarter: '2025-Q2', fact: 'zz:unknown', n: 7 },
      { quarter: '2019-Q1', fact: 'r', n: 5 },
      { quarter: 'not a quarter', fact: 'ct', n: 3 },
      { quarter: '2025-Q3', fact: 'c:visit', n: 0 },
      // Malformed rows, as a hand-edited table or a hostile backup could hold them: they count for nothing.
      { quarter: '2025-Q3', fact: 'r', n: '5' },
      { quarter: '2025-Q3', fact: 'r', n: Number.NaN },
      { quarter: '2025-Q3', fact: 'r', n: 1.5 },
      { quarter: '2025-Q3', fact: 7, n: 1 },
      { quarter: ['2025-Q3'], fact: 'r', n: 1 },
      null,
      'r',
    ] as unknown as QuarterTally[];
    const a = statisticsFromTallies(noisy, r, chinaCalendar);
    expect(a).toEqual(statistics(views, r, chinaCalendar));
    expect(a.total).toBe(views.length);
    expect(a.byChannel.visit).toBe(views.length);
  });

  it('facts of a concluded visit: received, channel, class, status, unit, persons, on time, days, reply owed', () => {
    const v = startPetition(samplePetitions.visitClaim, policies.national).view;
    const { date, facts } = statisticsFacts(v);
    expect(date).toBe(v.receivedAt.slice(0, 10));
    expect(facts.slice(0, 6)).toEqual(['r', 'c:visit', 'k:claim', `s:${v.status}`, `u:${v.unit}`, `p:${v.persons}`]);
  });

  it('hostile views: typed InvalidDateError for a non-view or an impossible date, prototype keys kept as text', () => {
    const v = startPetition(samplePetitions.visitClaim, policies.national).view;
    for (const bad of [null, undefined, 42, 'view', { ...v, receivedAt: '2025-02-31T09:00:00+08:00' }]) {
      expect(() => statisticsFacts(bad as unknown as PetitionView)).toThrow(InvalidDateError);
    }
    expect(() => statisticsFacts({ ...v, concludedAt: '2025-13-01T09:00:00+08:00' })).toThrow(InvalidDateError);
    const proto = statisticsFacts({ ...v, unit: '__proto__', late: 'x', terms: undefined } as unknown as PetitionView);
    expect(proto.facts).toContain('u:__proto__');
    expect(proto.date).toBe(v.receivedAt.slice(0, 10));
  });
});
