import { type Command, chinaCalendar, extendCalendar } from '@xinfang/core';
import { example2027Schedule } from '@xinfang/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarMeta } from './calendar-sync.js';
import { createPetitionStore } from './index.js';
import { PetitionDatabase } from './schema.js';
import { dropDatabase, registerCommand, uniqueName } from './test-support.js';

const names: string[] = [];
afterAll(async () => {
  for (const name of names) await dropDatabase(name);
});

const s2027 = example2027Schedule;

async function registerAndAccept(
  store: ReturnType<typeof createPetitionStore>,
  i: number,
  received: string,
  accepted: string,
) {
  const reg = registerCommand(i);
  reg.petition = { ...reg.petition, receivedAt: `${received}T09:00:00+08:00` };
  reg.at = reg.petition.receivedAt;
  const r = await store.execute(reg);
  if (!r.ok) throw new Error(r.rejection.message.en);
  const accept = {
    type: 'accept',
    petitionId: r.view.petitionId,
    at: `${accepted}T09:00:00+08:00`,
    by: { id: `clerk-${reg.unit}`, role: 'clerk', unit: reg.unit },
  } as Command;
  const a = await store.execute(accept);
  if (!a.ok) throw new Error(a.rejection.message.en);
  return a.view;
}

describe('views follow the calendar (22 art 34 due dates counted again when the schedule is loaded)', () => {
  it('remembers the calendar edition, and counts again the views a loaded 2027 schedule moves', async () => {
    const name = uniqueName('calendar-sync');
    names.push(name);
    const first = createPetitionStore({ name });
    const open = await registerAndAccept(first, 0, '2026-12-05', '2026-12-07');
    const old = await registerAndAccept(first, 1, '2025-09-22', '2025-09-23');
    expect([open.due.conclusion, open.provisional]).toEqual(['2027-02-09', ['conclusion']]);
    expect(old.due.conclusion).toBe('2025-11-24');
    first.close();

    const db = new PetitionDatabase(name);
    expect((await db.meta.get('calendar'))?.edition).toBe(chinaCalendar.edition);
    const oldRow = await db.views.get(old.petitionId);
    db.close();

    const calendar = extendCalendar(chinaCalendar, s2027);
    const second = createPetitionStore({ name, calendar });
    await second.open();
    second.close();

    const after = new PetitionDatabase(name);
    const moved = await after.views.get(open.petitionId);
    expect([moved?.due.conclusion, moved?.provisional]).toEqual(['2027-02-12', undefined]);
    // The 2025 matter could not move: its row was left as it was (the same object shape, not rewritten).
    expect(await after.views.get(old.petitionId)).toEqual(oldRow);
    expect((await after.meta.get('calendar'))?.edition).toBe(calendar.edition);
    // The stored tallies still equal statistics over the recounted views.
    const views = await after.views.toArray();
    expect(views.length).toBe(2);
    after.close();
    const third = createPetitionStore({ name, calendar });
    expect(
      (await third.statistics({ from: '2025-01-01', to: '2026-12-31' }, calendar, '2026-12-08T09:00:00+08:00')).total,
    ).toBe(2);
    third.close();
  });

  it('corrects the on-time figures: a conclusion on 2027-02-10 is late provisionally, on time by the schedule', async () => {
    const name = uniqueName('calendar-ontime');
    names.push(name);
    const first = createPetitionStore({ name });
    const view = await registerAndAccept(first, 0, '2026-12-05', '2026-12-07');
    const conclude = {
      type: 'conclude',
      petitionId: view.petitionId,
      at: '2027-02-10T09:00:00+08:00',
      by: { id: `handler-${view.unit}`, role: 'handler', unit: view.unit },
      outcome: 'explain',
      opinion: '解释说明',
    } as Command;
    const c = await first.execute(conclude);
    if (!c.ok) throw new Error(c.rejection.message.en);
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const before = await first.statistics(range, chinaCalendar, '2027-02-11T09:00:00+08:00');
    expect([before.onTime.concludedOnTime, before.onTime.concludedLate]).toEqual([0, 1]);
    first.close();
    const calendar = extendCalendar(chinaCalendar, s2027);
    const second = createPetitionStore({ name, calendar });
    const after = await second.statistics(range, calendar, '2027-02-11T09:00:00+08:00');
    expect([after.onTime.concludedOnTime, after.onTime.concludedLate]).toEqual([1, 0]);
    second.close();
  });

  it('a calendar without an edition is left alone; one with other official days rebuilds every view', async () => {
    expect(calendarMeta({ years: [2026], isWorkday: () => true })).toBeUndefined();
    const meta = calendarMeta(chinaCalendar)!;
    expect(meta.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(meta.provisionalFrom).toBe('2026-12-30');
    expect(meta.days).toMatch(/^[0-9a-f]{8}$/);
    expect(calendarMeta(extendCalendar(chinaCalendar, s2027))!.days).not.toBe(meta.days);
  });
});

describe('opening from inside a live query', () => {
  it('counts views again even when the first read is a liveQuery (read-only zone)', async () => {
    const name = uniqueName('calendar-live');
    names.push(name);
    const first = createPetitionStore({ name });
    await registerAndAccept(first, 0, '2026-12-05', '2026-12-07');
    first.close();
    const store = createPetitionStore({ name, calendar: extendCalendar(chinaCalendar, s2027) });
    const result = await new Promise<{ total: number; due?: string }>((resolve, reject) => {
      const sub = store.live.query({ orderBy: 'nextDue' }).subscribe({
        next: (r) => {
          sub.unsubscribe();
          resolve({ total: r.total, due: r.items[0]?.due.conclusion });
        },
        error: reject,
      });
    });
    expect(result).toEqual({ total: 1, due: '2027-02-12' });
    store.close();
  });
});
