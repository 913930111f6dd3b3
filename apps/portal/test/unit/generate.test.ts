import {
  chinaCalendar,
  chinaSchedules,
  createCalendar,
  type PetitionView,
  policies,
  replay,
  statistics,
  verifyHistory,
} from '@xinfang/core';
import { describe, expect, it } from 'vitest';
import {
  actHorizon,
  DEFAULT_SEED,
  defaultWindow,
  generateDemoHistories,
  periodReach,
  planDemo,
} from '../../src/demo/generate.js';
import { idCheckDigit } from '../../src/demo/people.js';

const NOW = '2026-06-30T10:00:00+08:00';
const national = policies.national!;

describe('demo generator', () => {
  it('keeps every act early enough that its due dates stay inside the years the calendar counts (rules.md §2)', () => {
    // national: 60 days of handling (22 art 34) + 30 of extension + 14 for roll-forward; the calendar counts
    // official years to 2026, provisional ones to 2040.
    expect(periodReach(national)).toBe(104);
    expect(actHorizon(national, chinaCalendar)).toBe('2040-09-18');
    expect(actHorizon(national, createCalendar(chinaSchedules, { horizon: 0 }))).toBe('2026-09-18');
    // bureau: assigned or transferred matters 90 days (seed §局 II) + extension.
    expect(periodReach(policies.bureau)).toBeGreaterThan(104);
    expect(defaultWindow(NOW, national, chinaCalendar)).toEqual({ from: '2025-06-30', to: '2026-06-29' });
    expect(defaultWindow('2026-11-25T10:00:00+08:00', national, chinaCalendar)).toEqual({
      from: '2025-11-25',
      to: '2026-11-24',
    });
  });

  it.each(Object.keys(policies) as (keyof typeof policies)[])(
    'a demo clock beyond the schedule (2026-11-25) still loads under %s',
    (id) => {
      const { refused } = generateDemoHistories({
        count: 300,
        seed: 3,
        policy: policies[id],
        calendar: chinaCalendar,
        now: '2026-11-25T10:00:00+08:00',
      });
      expect(refused).toBe(0);
    },
  );

  it('is deterministic: the same seed yields the same commands; another seed does not', () => {
    const a = planDemo({ count: 50, seed: DEFAULT_SEED, policy: national, calendar: chinaCalendar, now: NOW });
    const b = planDemo({ count: 50, seed: DEFAULT_SEED, policy: national, calendar: chinaCalendar, now: NOW });
    const c = planDemo({ count: 50, seed: 7, policy: national, calendar: chinaCalendar, now: NOW });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('a demo clock in a provisional year (2027) loads: acts run up to it, their 2027 due dates flagged provisional', () => {
    const { histories, refused } = generateDemoHistories({
      count: 80,
      policy: national,
      calendar: chinaCalendar,
      now: '2027-06-01T10:00:00+08:00',
    });
    expect(refused).toBe(0);
    expect(histories).toHaveLength(80);
    const last = Math.max(...histories.flat().map((e) => Date.parse(e.at)));
    expect(last).toBeGreaterThan(Date.parse('2027-01-01T00:00:00+08:00'));
    expect(last).toBeLessThanOrEqual(Date.parse('2027-06-01T10:00:00+08:00'));
    const views = histories.map((h) => replay(h));
    expect(views.some((v) => v.provisional !== undefined)).toBe(true);
    for (const v of views) {
      for (const k of v.provisional ?? []) expect(v.due[k]! >= '2026-12-30').toBe(true);
    }
  });

  it('refuses counts outside 1–100,000 with a clear error', () => {
    expect(() => planDemo({ count: 0, policy: national, calendar: chinaCalendar, now: NOW })).toThrow(/1 to 100000/);
    expect(() => planDemo({ count: 100_001, policy: national, calendar: chinaCalendar, now: NOW })).toThrow(RangeError);
  });

  it('every command passes the core lifecycle; histories verify; every channel, class and outcome occurs (national)', () => {
    const progress: number[] = [];
    const { histories, refused } = generateDemoHistories({
      count: 600,
      policy: national,
      calendar: chinaCalendar,
      now: NOW,
      onProgress: (p) => progress.push(p.done),
    });
    expect(refused).toBe(0);
    expect(histories).toHaveLength(600);
    expect(progress).toEqual([500, 600]);
    for (const h of histories) expect(verifyHistory(h)).toEqual({ ok: true });
    const views: PetitionView[] = histories.map((h) => replay(h));
    const set = (f: (v: PetitionView) => string | undefined) => new Set(views.map(f).filter((x) => x !== undefined));
    expect([...set((v) => v.channel)].sort()).toEqual(['call', 'letter', 'online', 'visit']);
    expect([...set((v) => v.class)].sort()).toEqual(['accusation', 'claim', 'suggestion']);
    expect([...set((v) => v.outcome)].sort()).toEqual(
      ['adopted', 'competentOrgan', 'disciplineInspection', 'explain', 'noted', 'reject', 'support'].sort(),
    );
    const statuses = set((v) => v.status);
    for (const s of ['archived', 'transferred', 'handling', 'replied', 'registered']) {
      expect(statuses, s).toContain(s);
    }
    expect(views.some((v) => v.extended)).toBe(true);
    expect(views.some((v) => v.late.length > 0)).toBe(true);
    expect(views.some((v) => v.hotline)).toBe(true);
    expect(views.some((v) => v.persons > 1)).toBe(true);
    // Registration numbers XF-<unit code>-<yyyy>-<seq>, unique, following the order of receipt per unit and year.
    const nos = views.map((v) => v.registrationNo);
    expect(new Set(nos).size).toBe(600);
    expect(nos[0]).toMatch(/^XF-XFB-2025-0001$/);
    // Synthetic ID numbers carry valid check digits (GB 11643).
    for (const v of views) {
      if (v.petitionerIdNumber)
        expect(v.petitionerIdNumber.slice(17)).toBe(idCheckDigit(v.petitionerIdNumber.slice(0, 17)));
    }
    // Some matters are overdue at `now` (they top the work queue).
    const stats = statistics(views, { from: '2025-06-30', to: '2026-06-29' }, chinaCalendar, NOW);
    expect(stats.total).toBe(600);
    expect(stats.onTime.openOverdue).toBeGreaterThan(0);
    expect(stats.visits.persons).toBeGreaterThan(stats.visits.batches);
  });

  it.each(Object.keys(policies) as (keyof typeof policies)[])(
    'every command passes the lifecycle under the %s preset',
    (id) => {
      const { histories, refused } = generateDemoHistories({
        count: 150,
        seed: 11,
        policy: policies[id],
        calendar: chinaCalendar,
        now: NOW,
      });
      expect(refused).toBe(0);
      const units = new Set(histories.map((h) => replay(h).unit));
      expect(units.size).toBeGreaterThan(1);
    },
  );
});
