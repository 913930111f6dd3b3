import {
  InvalidDateError,
  matchesQuery,
  type PetitionView,
  policies,
  queueDueOf,
  sortViews,
  type ViewQuery,
} from '@xinfang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db.js';
import { createPostgresStore, type PostgresPetitionStore } from './store.js';
import { truncateAll } from './test-support/fresh.js';
import { openDatabases, seedOffice } from './test-support/seed.js';

/** The reference: the core's filter and order over every view, then the page. */
function reference(views: PetitionView[], q: ViewQuery): { items: PetitionView[]; total: number } {
  const hits = sortViews(
    views.filter((v) => matchesQuery(v, q)),
    q.orderBy,
    q.asOf,
  );
  const offset = q.offset ?? 0;
  return { items: hits.slice(offset, q.limit === undefined ? undefined : offset + q.limit), total: hits.length };
}

const unit = policies.national.defaultUnit;
const queries: [string, ViewQuery][] = [
  [
    'work queue: two statuses, nearest due first, first page',
    { status: ['registered', 'handling'], orderBy: 'nextDue', limit: 5 },
  ],
  [
    'work queue of a unit, second page',
    { unit, status: ['registered', 'handling', 'concluded'], orderBy: 'nextDue', offset: 5, limit: 5 },
  ],
  ['work queue past the end', { unit, status: ['registered', 'handling'], orderBy: 'nextDue', offset: 100, limit: 5 }],
  [
    'every status by due date, nothing due last',
    { status: ['registered', 'handling', 'concluded', 'replied', 'archived', 'final'], orderBy: 'nextDue', limit: 30 },
  ],
  [
    'a status repeated in the list counts once',
    { status: ['handling', 'handling', 'registered'], orderBy: 'nextDue', limit: 30 },
  ],
  ['several statuses by registration number, paged', { status: ['concluded', 'registered'], offset: 1, limit: 3 }],
  ['several statuses, no limit', { status: ['registered', 'handling'], orderBy: 'nextDue' }],
  ['limit 0 still counts', { status: ['registered', 'handling'], orderBy: 'nextDue', limit: 0 }],
  ['no statuses at all', { status: [], limit: 5 }],
  ['one status by due date', { status: 'handling', orderBy: 'nextDue', limit: 4 }],
  ['search by ID number (22 art 19(3) repeat petitions)', { idNumber: '11010519491231002X' }],
  [
    'search by phone with two statuses',
    { phone: '13900139000', status: ['registered', 'handling'], orderBy: 'nextDue', limit: 3 },
  ],
  ['unknown ID number', { idNumber: '110105194912310000' }],
  ['channel and class', { channel: 'visit', class: 'claim', orderBy: 'nextDue', limit: 10 }],
  ['subject prefix', { subjectPrefix: '拖欠', status: ['registered', 'handling', 'archived'], limit: 10 }],
  // 22 art 23(3): the transfer of 2025-06-10 has an objection window open through 06-17, lapsed from 06-18.
  ...['2025-06-17', '2025-06-18', '2026-12-05'].flatMap((asOf): [string, ViewQuery][] => [
    [`queue on ${asOf}: every row`, { orderBy: 'nextDue', asOf, limit: 40 }],
    [
      `queue on ${asOf}: two statuses, second page`,
      { status: ['registered', 'transferred'], orderBy: 'nextDue', asOf, offset: 2, limit: 3 },
    ],
    [`queue on ${asOf}: one unit`, { unit: 'competentOrgan', orderBy: 'nextDue', asOf, limit: 5 }],
  ]),
];

for (const [name, open] of openDatabases('queries')) {
  describe(`queries agree with the core's filter and order over every view (${name})`, () => {
    let db: Database;
    let store: PostgresPetitionStore;
    let views: PetitionView[];
    beforeAll(async () => {
      db = await open();
      store = await createPostgresStore({ db, policies: [policies.national] });
      await truncateAll(db);
      await seedOffice(store);
      views = (await store.query({})).items;
    });
    afterAll(() => db.close());

    it('the seeded office has open matters with and without due dates, in several statuses', () => {
      expect(views.length).toBe(22);
      expect(views.some((v) => v.nextDue === undefined)).toBe(true);
      expect(views.filter((v) => v.status === 'registered' || v.status === 'handling').length).toBeGreaterThan(5);
      // The day asked for changes the transferred row's key: its window lapses after 2025-06-17.
      const moved = views.find((v) => v.due.objection !== undefined);
      expect(moved && [queueDueOf(moved, '2025-06-17'), queueDueOf(moved, '2025-06-18')]).toEqual([
        '2025-06-17',
        moved?.due.disposition,
      ]);
      expect(moved?.due.disposition === '2025-06-17').toBe(false);
    });

    it('22 art 23(3): a queue asked for a day that does not exist is refused (InvalidDateError), nothing read', async () => {
      const refused = await store.query({ orderBy: 'nextDue', asOf: '2025-02-31', limit: 5 }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(InvalidDateError);
      expect((refused as InvalidDateError).code).toBe('invalid-date');
    });

    for (const [label, q] of queries) {
      it(label, async () => {
        const expected = reference(views, q);
        const actual = await store.query(q);
        expect(actual.total).toBe(expected.total);
        expect(actual.items.map((v) => v.registrationNo)).toEqual(expected.items.map((v) => v.registrationNo));
        expect(actual.items).toEqual(expected.items);
      });
    }
  });
}
