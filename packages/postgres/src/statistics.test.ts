import { chinaCalendar, type PetitionView, policies, shanghaiDate, statistics, statisticsFacts } from '@xinfang/core';
import { at } from '@xinfang/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db.js';
import { createPostgresStore, type PostgresPetitionStore } from './store.js';
import { rebuildTallies } from './tallies.js';
import { truncateAll } from './test-support/fresh.js';
import { openDatabases, seedOffice } from './test-support/seed.js';

const national = policies.national;

const cases: [string, { from: string; to: string }, string | undefined][] = [
  ['the year 2025 at year end', { from: '2025-01-01', to: '2025-12-31' }, '2025-12-31T18:00:00+08:00'],
  [
    '2025 in mid-November (open matters due soon and overdue)',
    { from: '2025-01-01', to: '2025-12-31' },
    at('2025-11-14'),
  ],
  ['Q3 2025 without now', { from: '2025-07-01', to: '2025-09-30' }, undefined],
  ['a range across two years', { from: '2024-11-01', to: '2026-02-28' }, '2026-03-01T00:00:00Z'],
  ['a single day', { from: '2025-09-22', to: '2025-09-22' }, at('2025-09-30')],
  ['a range with no petitions', { from: '2023-01-01', to: '2023-03-31' }, at('2023-04-01')],
  ['a range that ends before it starts', { from: '2025-12-31', to: '2025-01-01' }, at('2026-01-01')],
];

function suite(name: string, open: () => Promise<Database>) {
  describe(`statistics from the tallies equal the core's statistics of the views (${name})`, () => {
    let db: Database;
    let store: PostgresPetitionStore;
    let views: PetitionView[];
    beforeAll(async () => {
      db = await open();
      store = await createPostgresStore({ db, policies: [national] });
      await truncateAll(db);
      await seedOffice(store);
      views = (await store.query({})).items;
    });
    afterAll(() => db.close());

    it('the seeded set has late, extended, concluded, replied, transferred and open matters', () => {
      expect(views.length).toBe(22);
      expect(views.filter((v) => v.late.includes('conclusion')).length).toBe(1);
      expect(views.some((v) => v.extended && v.concludedAt !== undefined)).toBe(true);
      expect(views.filter((v) => v.concludedAt !== undefined).length).toBeGreaterThan(5);
      expect(views.some((v) => v.repliedAt !== undefined)).toBe(true);
      expect(views.some((v) => v.unit === 'competentOrgan')).toBe(true);
      expect(new Set(views.map((v) => v.status)).size).toBeGreaterThanOrEqual(5);
    });

    for (const [label, range, now] of cases) {
      it(`rules.md §4, 22 art 34: ${label}`, async () => {
        const expected = statistics(views, range, chinaCalendar, now);
        expect(await store.statistics(range, chinaCalendar, now)).toEqual(expected);
      });
    }

    it('the year 2025 gives the figures counted by hand', async () => {
      const s = await store.statistics({ from: '2025-01-01', to: '2025-12-31' }, chinaCalendar, at('2025-12-31'));
      expect(s.total).toBe(20);
      expect(s.onTime.concludedLate).toBe(1);
      expect(s.byUnit).toEqual({ [national.defaultUnit]: 19, competentOrgan: 1 });
    });

    it('the tallies rebuilt from the views in SQL equal the ones every write kept', async () => {
      const kept = await db.query('SELECT received_date, fact, n FROM xf_tallies WHERE n <> 0 ORDER BY 1, 2');
      await rebuildTallies(db);
      const rebuilt = await db.query('SELECT received_date, fact, n FROM xf_tallies ORDER BY 1, 2');
      expect(rebuilt.rows).toEqual(kept.rows);
      // …and both equal the facts counted in TypeScript.
      const counted = new Map<string, number>();
      for (const v of views) {
        const { date, facts } = statisticsFacts(v);
        for (const f of facts) counted.set(`${date} ${f}`, (counted.get(`${date} ${f}`) ?? 0) + 1);
      }
      expect(new Map(rebuilt.rows.map((r) => [`${r.received_date} ${r.fact}`, r.n]))).toEqual(counted);
      expect(shanghaiDate(views[0]!.receivedAt)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
  });
}

for (const [name, open] of openDatabases('stats')) suite(name, open);
