import {
  chinaCalendar,
  createMemoryStore,
  type PetitionEvent,
  type PetitionStore,
  type PetitionView,
  policies,
  replay,
} from '@xinfang/core';
import { describe, expect, it } from 'vitest';
import { type BulkImportStore, type DemoProgress, loadDemoData, SLICE } from '../../src/demo/generate.js';

const NOW = '2026-03-02T09:30:00+08:00';
const options = { count: 120, seed: 5, policy: policies.national, calendar: chinaCalendar, now: NOW };

/** Everything a view says, minus what the store allocates differently (ids). */
const essence = (v: PetitionView) => ({
  no: v.registrationNo,
  status: v.status,
  unit: v.unit,
  nextDue: v.nextDue,
  due: v.due,
  outcome: v.outcome,
  late: v.late,
  receivedAt: v.receivedAt,
});

/** A bulk store double: records the histories it is handed, delegates the rest to the in-memory store. */
function bulkDouble(): BulkImportStore & { imported: PetitionEvent[][][] } {
  const inner = createMemoryStore({ policies: [policies.national] });
  const imported: PetitionEvent[][][] = [];
  return {
    ...inner,
    imported,
    bulkImport: async (histories) => {
      imported.push(histories);
    },
    db: { counters: { toArray: async () => [{ key: 'XFB|2025', last: 7 }] } },
  };
}

describe('loadDemoData', () => {
  it('execute path: every command through store.execute, none refused (registration numbers allocated by the store)', async () => {
    const store: PetitionStore = createMemoryStore({ policies: [policies.national] });
    const progress: DemoProgress[] = [];
    const result = await loadDemoData(store, { ...options, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ petitions: 120, refused: 0, path: 'execute' });
    expect(progress.map((p) => p.done)).toEqual([50, 100, 120]);
    const { items, total } = await store.query({ limit: 1000 });
    expect(total).toBe(120);
    expect(result.events).toBe((await Promise.all(items.map((v) => store.history(v.petitionId)))).flat().length);
  });

  it('bulk path: the same petitions, decided in memory, numbered after the numbers already taken', async () => {
    const reference = createMemoryStore({ policies: [policies.national] });
    await loadDemoData(reference, options);
    const refViews = (await reference.query({ limit: 1000 })).items;

    const store = bulkDouble();
    const progress: DemoProgress[] = [];
    const result = await loadDemoData(store, { ...options, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ petitions: 120, refused: 0, path: 'bulk' });
    expect(store.imported).toHaveLength(Math.ceil(120 / SLICE));
    expect(progress).toEqual([
      { phase: 'generate', done: 120, total: 120 },
      { phase: 'write', done: 120, total: 120 },
    ]);
    const views = store.imported.flat().map((h) => replay(h));
    expect(result.events).toBe(store.imported.flat().flat().length);
    // 7 numbers of the petition office (XFB) in 2025 were already taken: the demo continues at 0008.
    const first2025 = views.filter((v) => v.registrationNo.startsWith('XF-XFB-2025-')).map((v) => v.registrationNo)[0];
    expect(first2025).toBe('XF-XFB-2025-0008');
    // Apart from the numbering offset, the bulk histories are the execute path's petitions.
    const shift = (no: string) =>
      no.replace(/-2025-(\d+)$/, (_, n: string) => `-2025-${String(Number(n) - 7).padStart(4, '0')}`);
    expect(
      views.map((v) => ({ ...essence(v), no: shift(v.registrationNo) })).sort((a, b) => a.no.localeCompare(b.no)),
    ).toEqual(refViews.map(essence).sort((a, b) => a.no.localeCompare(b.no)));
  });
});
