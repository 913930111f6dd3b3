import {
  chinaCalendar,
  InvalidDateError,
  type PetitionStatus,
  type PetitionView,
  replay,
  sortViews,
  statistics,
  type ViewQuery,
} from '@xinfang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPetitionStore, type DexiePetitionStore } from './index.js';
import { dropDatabase, idNumberOf, sampleHistories, transferredHistories, uniqueName } from './test-support.js';

// 150 petitions stopped at every stage of the sample path (registered … replied), so that statuses,
// handlers, due dates and outcomes all vary; 0–9 steps after registration.
const numbering = new Map<string, number>();
const histories = sampleHistories(150, { people: 40 }, 0, numbering, (i) => (i * 7) % 10);
const views: PetitionView[] = histories.map((h) => replay(h));

let store: DexiePetitionStore;
const name = uniqueName('query');

beforeAll(async () => {
  store = createPetitionStore({ name });
  await store.bulkImport(histories);
});
afterAll(async () => {
  store.close();
  await dropDatabase(name);
});

/** The reference: filter and sort all views in memory, written independently of the store's code. */
function bruteForce(q: ViewQuery): { items: PetitionView[]; total: number } {
  const statuses = q.status === undefined ? undefined : ([] as PetitionStatus[]).concat(q.status);
  const hits = views.filter(
    (v) =>
      (statuses === undefined || statuses.includes(v.status)) &&
      (q.unit === undefined || v.unit === q.unit) &&
      (q.handler === undefined || v.handler === q.handler) &&
      (q.class === undefined || v.class === q.class) &&
      (q.channel === undefined || v.channel === q.channel) &&
      (q.phone === undefined || v.petitionerPhone === q.phone) &&
      (q.idNumber === undefined || v.petitionerIdNumber === q.idNumber) &&
      (q.subjectPrefix === undefined || v.subject.startsWith(q.subjectPrefix)),
  );
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  hits.sort((a, b) =>
    q.orderBy === 'nextDue'
      ? // Earliest due first (overdue first), nothing due last, ties by registration number.
        (a.nextDue === undefined ? 1 : 0) - (b.nextDue === undefined ? 1 : 0) ||
        cmp(a.nextDue ?? '', b.nextDue ?? '') ||
        cmp(a.registrationNo, b.registrationNo)
      : cmp(a.registrationNo, b.registrationNo),
  );
  const offset = q.offset ?? 0;
  return { items: hits.slice(offset, q.limit === undefined ? undefined : offset + q.limit), total: hits.length };
}

const units = [...new Set(views.map((v) => v.unit))];
const handlers = [...new Set(views.flatMap((v) => (v.handler ? [v.handler] : [])))];
const phone = views.find((v) => v.petitionerPhone)!.petitionerPhone!;

const queries: [string, ViewQuery][] = [
  ['everything by registration number', {}],
  ['work queue: all, first page of 20', { orderBy: 'nextDue', limit: 20 }],
  ['work queue: second page', { orderBy: 'nextDue', offset: 20, limit: 20 }],
  ['work queue: past the end', { orderBy: 'nextDue', offset: 500, limit: 20 }],
  ['work queue of one unit', { orderBy: 'nextDue', unit: units[1]!, limit: 15 }],
  ['work queue of one handler', { orderBy: 'nextDue', handler: handlers[0]! }],
  ['status handling', { status: 'handling' }],
  ['status registered by due date', { status: 'registered', orderBy: 'nextDue', limit: 5 }],
  ['several statuses', { status: ['replied', 'concluded', 'handling'], orderBy: 'nextDue', offset: 3, limit: 30 }],
  ['no statuses at all', { status: [] }],
  ['class claim', { class: 'claim' }],
  ['channel visit by due date', { channel: 'visit', orderBy: 'nextDue', limit: 10 }],
  ['unit and status and class', { unit: units[0]!, status: 'handling', class: 'claim' }],
  ['unit + channel by registration number, paged', { unit: units[2]!, channel: 'letter', offset: 2, limit: 4 }],
  ['repeat petitions: by phone (22 art 19(3))', { phone }],
  ['repeat petitions: by ID number', { idNumber: idNumberOf(7) }],
  ['by phone and status', { phone, status: 'replied' }],
  ['unknown phone', { phone: '13000000000' }],
  ['subject prefix', { subjectPrefix: '拖欠' }],
  ['subject prefix + unit by due date', { subjectPrefix: '噪音', unit: units[0]!, orderBy: 'nextDue' }],
  ['empty subject prefix', { subjectPrefix: '', limit: 7 }],
  ['limit 0 still counts', { class: 'suggestion', limit: 0 }],
];

describe('queries agree with a brute-force filter of the same views', () => {
  it('the data set covers several statuses, units and handlers', () => {
    expect(new Set(views.map((v) => v.status)).size).toBeGreaterThanOrEqual(4);
    expect(units.length).toBe(3);
    expect(handlers.length).toBeGreaterThan(3);
    expect(views.some((v) => v.nextDue === undefined)).toBe(true);
  });

  for (const [label, q] of queries) {
    it(label, async () => {
      const expected = bruteForce(q);
      const actual = await store.query(q);
      expect(actual.total).toBe(expected.total);
      expect(actual.items.map((v) => v.registrationNo)).toEqual(expected.items.map((v) => v.registrationNo));
      expect(actual.items).toEqual(expected.items);
    });
  }

  it('lookup by registration number finds each petition, and nothing for an unknown number', async () => {
    for (const v of views.slice(0, 30)) expect(await store.byRegistrationNo(v.registrationNo)).toEqual(v);
    expect(await store.byRegistrationNo('XF-nowhere-2025-0001')).toBeUndefined();
  });
});

describe('statistics from the covering index equal the core statistics on the same views (seed §政协机关: quarterly, yearly)', () => {
  const cases: [string, { from: string; to: string }, string | undefined][] = [
    ['the year 2025 at year end', { from: '2025-01-01', to: '2025-12-31' }, '2025-12-31T18:00:00+08:00'],
    ['Q2 2025 in mid-July', { from: '2025-04-01', to: '2025-06-30' }, '2025-07-15T09:00:00+08:00'],
    ['a single month without now', { from: '2025-03-01', to: '2025-03-31' }, undefined],
    ['a range spanning two years', { from: '2024-11-01', to: '2026-02-28' }, '2026-03-01T00:00:00Z'],
    ['a range with no petitions', { from: '2024-01-01', to: '2024-03-31' }, '2024-04-01T00:00:00Z'],
  ];
  for (const [label, range, now] of cases) {
    it(label, async () => {
      const expected = statistics(views, range, chinaCalendar, now);
      expect(await store.statistics(range, chinaCalendar, now)).toEqual(expected);
    });
  }

  it('the year figures are not trivial', async () => {
    const s = await store.statistics(
      { from: '2025-01-01', to: '2025-12-31' },
      chinaCalendar,
      '2025-12-31T18:00:00+08:00',
    );
    expect(s.total).toBe(150);
    expect(s.onTime.concludedOnTime + s.onTime.concludedLate).toBeGreaterThan(0);
    expect(s.visits.batches).toBe(views.filter((v) => v.channel === 'visit').length);
  });
});

describe('live queries', () => {
  it('a page updates when another connection (another tab) writes', async () => {
    const other = createPetitionStore({ name });
    const q: ViewQuery = { orderBy: 'nextDue', limit: 5 };
    const seen: number[] = [];
    const extra = sampleHistories(1, { people: 40 }, 900, numbering);
    const done = new Promise<void>((resolve, reject) => {
      const sub = store.live.query(q).subscribe({
        next: (page) => {
          seen.push(page.total);
          if (seen.length === 1) other.bulkImport(extra).catch(reject);
          if (page.total === 151) {
            sub.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    await done;
    expect(seen[0]).toBe(150);
    expect(seen.at(-1)).toBe(151);
    // Put the data set back as it was for the other tests in this file.
    await store.db.transaction('rw', [store.db.histories, store.db.views], async () => {
      await store.db.histories.delete(extra[0]![0]!.petitionId);
      await store.db.views.delete(extra[0]![0]!.petitionId);
    });
    other.close();
  });
});

describe('22 art 23(3): the queue on a day merges open objection windows with the durable order', () => {
  // 40 transferred letters (windows ending from 2025-11-10 into January 2026, every third closed by acceptance) among
  // the 150 samples: on each day asked for, some windows are open, some lapsed.
  const transferred = transferredHistories(40);
  const all = [...views, ...transferred.map((h) => replay(h))];
  let merged: DexiePetitionStore;
  const mergedName = uniqueName('query-asof');
  beforeAll(async () => {
    merged = createPetitionStore({ name: mergedName });
    await merged.bulkImport([...histories, ...transferred]);
  });
  afterAll(async () => {
    merged.close();
    await dropDatabase(mergedName);
  });

  it('pages of every day, offset and filter equal the core order (queueDueOf)', async () => {
    const open = (asOf: string) => all.filter((v) => v.due.objection !== undefined && v.due.objection >= asOf).length;
    expect([open('2025-11-10'), open('2025-12-01'), open('2026-02-01')]).toEqual([27, 17, 0]);
    for (const asOf of ['2025-11-10', '2025-11-11', '2025-12-01', '2026-02-01', undefined]) {
      for (const filter of [{}, { status: 'transferred' as const }, { unit: 'competentOrgan' }]) {
        for (const [offset, limit] of [
          [0, 20],
          [5, 7],
          [25, 20],
          [150, 20],
          [185, 10],
        ] as const) {
          const q: ViewQuery = { ...filter, orderBy: 'nextDue', asOf, offset, limit };
          const hits = sortViews(
            all.filter((v) => Object.entries(filter).every(([k, x]) => v[k as keyof PetitionView] === x)),
            'nextDue',
            asOf,
          );
          const page = await merged.query(q);
          expect([page.total, ...page.items.map((v) => v.registrationNo)]).toEqual([
            hits.length,
            ...hits.slice(offset, offset + limit).map((v) => v.registrationNo),
          ]);
        }
      }
    }
  }, 60_000);
});

// 22 art 23(3): the queue compares objection windows with the day it is asked for; a malformed day is refused.
describe('a queue asked for a day that does not exist (22 art 23(3))', () => {
  it('is refused with InvalidDateError, code invalid-date, before any row is read', async () => {
    const refused = await store.query({ orderBy: 'nextDue', asOf: '2025-02-31', limit: 5 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidDateError);
    expect((refused as InvalidDateError).code).toBe('invalid-date');
    const page = await store.query({ orderBy: 'nextDue', asOf: '2025-02-28', limit: 5 });
    expect(page.total).toBe(150);
    expect(page.items).toHaveLength(5);
  });
});
