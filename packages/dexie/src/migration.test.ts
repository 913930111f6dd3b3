import { chinaCalendar, replay, statistics } from '@xinfang/core';
import { afterAll, describe, expect, it } from 'vitest';
import { TallyDelta } from './facts.js';
import { createPetitionStore } from './index.js';
import { toViewRow } from './rows.js';
import { SCHEMA_V1 } from './schema.js';
import {
  codeOf,
  createV1Database,
  dropDatabase,
  PUBLISHED_V1,
  registerCommand,
  sampleHistories,
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
    const histories = sampleHistories(25, {}, 0, new Map(), (i) => i % 10);
    const viewRows = histories.map((h) => toViewRow(replay(h)));
    const tallies = new TallyDelta();
    for (const h of histories) tallies.add(replay(h), 1);
    const counters = [...new Set(viewRows.map((v) => `${v.registeredBy}|2025`))].map((key) => ({
      key,
      last: viewRows.filter((v) => `${v.registeredBy}|2025` === key).length,
    }));
    await createV1Database(name, {
      histories: histories.map((events) => ({ petitionId: events[0]!.petitionId, seq: events.length, events })),
      views: viewRows,
      counters,
      tallies: tallies.rows(),
    });

    const store = createPetitionStore({ name });
    await store.open();
    // Upgraded to version 3: `meta` (version 2) and `commands` (version 3); no view recorded a calendar, so
    // every view was counted again.
    expect(store.db.verno).toBe(3);
    expect((await store.db.meta.get('calendar'))?.edition).toBe(chinaCalendar.edition);
    expect(await store.db.commands.count()).toBe(0);
    expect(await store.count()).toBe(25);
    for (const events of histories) {
      const id = events[0]!.petitionId;
      expect(await store.history(id)).toEqual(events);
      const view = replay(events);
      expect(await store.view(id)).toEqual(view);
      expect(await store.byRegistrationNo(view.registrationNo)).toEqual(view);
    }
    const all = histories.map((h) => replay(h));
    expect((await store.query({ orderBy: 'nextDue' })).total).toBe(25);
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
