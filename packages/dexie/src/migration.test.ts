import { chinaCalendar, replay, sortViews, statistics } from '@xinfang/core';
import { afterAll, describe, expect, it } from 'vitest';
import { TallyDelta } from './facts.js';
import { createPetitionStore } from './index.js';
import { SCHEMA_V1 } from './schema.js';
import {
  codeOf,
  createV1Database,
  dropDatabase,
  PUBLISHED_V1,
  registerCommand,
  sampleHistories,
  transferredHistories,
  uniqueName,
} from './test-support.js';

const names: string[] = [];

afterAll(async () => {
  for (const name of names) await dropDatabase(name);
});

describe('schema versions (a published version stays; each upgrade is tested on an old database)', () => {
  it('version 1 in the code is still the published version 1', () => {
    // If this fails, version 1 was edited: restore it and add version(2) with an upgrade instead.
    const declared = Object.fromEntries(
      Object.entries(SCHEMA_V1).map(([table, spec]) => {
        const [primary, ...indexes] = spec
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
        return [table, { primary, indexes }];
      }),
    );
    const published = Object.fromEntries(
      Object.entries(PUBLISHED_V1).map(([table, spec]) => [
        table,
        {
          primary: spec.keyPath,
          indexes: spec.indexes.map(([name, , unique, multi]) => (unique ? `&${name}` : multi ? `*${name}` : name)),
        },
      ]),
    );
    expect(declared).toEqual(published);
  });

  it('opens a database written at version 1 by plain IndexedDB and finds every record', async () => {
    const name = uniqueName('migrate-v1');
    names.push(name);
    const histories = [...sampleHistories(25, {}, 0, new Map(), (i) => i % 10), ...transferredHistories(2)];
    // Rows as versions 1–3 wrote them: the queue key is `nextDue` (objection windows included), no `xfWindow`.
    const viewRows = histories.map((h) => {
      const view = replay(h);
      return { ...view, xfQueue: `${view.nextDue ?? '~'} ${view.registrationNo}` };
    });
    const tallies = new TallyDelta();
    for (const h of histories) tallies.add(replay(h), 1);
    const counters = [...new Set(viewRows.map((v) => `${v.registeredBy}|2025`))].map((key) => ({
      key,
      last: Math.max(
        ...viewRows.filter((v) => `${v.registeredBy}|2025` === key).map((v) => Number(v.registrationNo.slice(-4))),
      ),
    }));
    await createV1Database(name, {
      histories: histories.map((events) => ({ petitionId: events[0]!.petitionId, seq: events.length, events })),
      views: viewRows,
      counters,
      tallies: tallies.rows(),
    });

    const store = createPetitionStore({ name });
    await store.open();
    // Upgraded to version 4: `meta` (version 2), `commands` (version 3), the objection windows' index (version
    // 4); no view recorded a calendar, so every view was counted again.
    expect(store.db.verno).toBe(4);
    expect((await store.db.meta.get('calendar'))?.edition).toBe(chinaCalendar.edition);
    expect(await store.db.commands.count()).toBe(0);
    expect(await store.count()).toBe(27);
    for (const events of histories) {
      const id = events[0]!.petitionId;
      expect(await store.history(id)).toEqual(events);
      const view = replay(events);
      expect(await store.view(id)).toEqual(view);
      expect(await store.byRegistrationNo(view.registrationNo)).toEqual(view);
    }
    const all = histories.map((h) => replay(h));
    expect((await store.query({ orderBy: 'nextDue' })).total).toBe(27);
    // 22 art 23(3): after the upgrade a window lapsed on the day asked for no longer orders its row.
    for (const asOf of ['2025-11-10', '2025-11-11', '2026-12-05']) {
      for (const [offset, limit] of [
        [0, 5],
        [3, 4],
        [20, 10],
      ] as const) {
        const page = await store.query({ orderBy: 'nextDue', asOf, offset, limit });
        const expected = sortViews([...all], 'nextDue', asOf).slice(offset, offset + limit);
        expect(page.items.map((v) => v.registrationNo)).toEqual(expected.map((v) => v.registrationNo));
      }
    }
    const [lapsedRow] = await store.db.views.where('xfWindow').equals('2025-11-10').toArray();
    expect([lapsedRow?.xfQueue, lapsedRow?.xfWindow]).toEqual([
      `2025-11-18 ${lapsedRow?.registrationNo}`,
      '2025-11-10',
    ]);
    const range = { from: '2025-01-01', to: '2025-12-31' };
    expect(await store.statistics(range, chinaCalendar, '2025-12-31T12:00:00Z')).toEqual(
      statistics(all, range, chinaCalendar, '2025-12-31T12:00:00Z'),
    );
    // The counters carry on: the next registration at the first unit gets the next number.
    const r = await store.execute(registerCommand(300));
    const unit = registerCommand(300).unit;
    const last = counters.find((c) => c.key === `${unit}|2025`)!.last;
    expect(r.ok && r.view.registrationNo).toBe(`XF-${codeOf(unit)}-2025-${String(last + 1).padStart(4, '0')}`);
    store.close();
  });
});
