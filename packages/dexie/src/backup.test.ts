import { type PetitionEvent, replay } from '@xinfang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, createPetitionStore, type DexiePetitionStore, type Progress } from './index.js';
import { dropDatabase, registerCommand, sampleHistories, uniqueName } from './test-support.js';

const names: string[] = [];
afterAll(async () => {
  for (const name of names) await dropDatabase(name);
});

function fresh(prefix: string): DexiePetitionStore {
  const name = uniqueName(prefix);
  names.push(name);
  return createPetitionStore({ name });
}

// Samples 0–39 decided by the core, numbered per unit; then two registered through the store.
const histories = sampleHistories(40);
let source: DexiePetitionStore;
let backup: string;

beforeAll(async () => {
  source = fresh('backup-src');
  await source.bulkImport(histories);
  for (const i of [40, 41]) {
    const r = await source.execute(registerCommand(i));
    if (!r.ok) throw new Error(r.rejection.message.en);
  }
  backup = await (await source.exportBackup()).text();
});

async function everything(store: DexiePetitionStore) {
  const hs = await store.db.histories.toArray();
  const vs = await store.db.views.toArray();
  const cs = await store.db.counters.toArray();
  const ts = await store.db.tallies.toArray();
  return { hs, vs, cs, ts };
}

describe('backup (NDJSON)', () => {
  it('export → wipe → import gives identical histories, views and counters, and the same file again', async () => {
    const before = await everything(source);
    const name = source.name;
    await source.delete();
    const restored = createPetitionStore({ name });
    const progress: Progress[] = [];
    const report = await restored.importBackup(new Blob([backup]), { onProgress: (p) => progress.push(p) });
    expect(report).toEqual({ petitions: 42, events: 40 * 10 + 2, counters: before.cs.length });
    const after = await everything(restored);
    expect(after.hs).toEqual(before.hs);
    expect(after.vs).toEqual(before.vs);
    expect(after.cs).toEqual(before.cs);
    expect(after.ts).toEqual(before.ts);
    for (const row of after.hs) expect(await restored.view(row.petitionId)).toEqual(replay(row.events));
    expect(await (await restored.exportBackup()).text()).toBe(backup);
    const writes = progress.filter((p) => p.phase === 'write');
    expect(writes.at(-1)).toEqual({ phase: 'write', done: 42, total: 42 });
    expect(progress.some((p) => p.phase === 'verify' && p.done === p.total)).toBe(true);
    source = restored;
  });

  it('the first line is a header and the last an end marker with the totals', () => {
    const lines = backup.trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'xinfang-backup', version: 1, petitions: 42, events: 402 });
    expect(JSON.parse(lines.at(-1)!)).toEqual({ end: true, petitions: 42, events: 402 });
  });

  function lineOf(text: string, petitionId: string): number {
    return text.split('\n').findIndex((l) => l.includes(`"petitionId":"${petitionId}","events"`)) + 1;
  }

  it('refuses a tampered backup naming the first bad event, and imports nothing (rules §4: nothing edited after the fact)', async () => {
    const victim = histories[7]![0]!.petitionId;
    const line = lineOf(backup, victim);
    const lines = backup.split('\n');
    const row = JSON.parse(lines[line - 1]!) as { petitionId: string; events: PetitionEvent[] };
    (row.events[3] as { at: string }).at = '2025-01-01T00:00:00+08:00'; // back-dated after the fact
    lines[line - 1] = JSON.stringify(row);
    const target = fresh('tampered');
    const error = await target.importBackup(lines.join('\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problem).toEqual({ line, petitionId: victim, seq: 4 });
    expect((error as BackupError).bilingual.zh).toContain(`信访事项 ${victim} 的第 4 条记录`);
    expect((error as BackupError).bilingual.en).toContain('Nothing was imported');
    expect(await target.count()).toBe(0);
    expect(await target.db.views.count()).toBe(0);
    expect(await target.db.counters.count()).toBe(0);
  });

  it('refuses a backup with a removed event (missing record)', async () => {
    const victim = histories[12]![0]!.petitionId;
    const line = lineOf(backup, victim);
    const lines = backup.split('\n');
    const row = JSON.parse(lines[line - 1]!) as { petitionId: string; events: PetitionEvent[] };
    row.events.splice(5, 1);
    lines[line - 1] = JSON.stringify(row);
    const target = fresh('missing');
    await expect(target.importBackup(lines.join('\n'))).rejects.toMatchObject({
      problem: { line, petitionId: victim, seq: 6 },
    });
    expect(await target.count()).toBe(0);
  });

  it('refuses a truncated or corrupt file', async () => {
    const lines = backup.trimEnd().split('\n');
    const target = fresh('truncated');
    await expect(target.importBackup(lines.slice(0, -3).join('\n'))).rejects.toMatchObject({ code: 'backup-invalid' });
    await expect(target.importBackup(`${lines.slice(0, 5).join('\n')}\n{"petitionId":`)).rejects.toMatchObject({
      problem: { line: 6 },
    });
    await expect(target.importBackup('{"hello":1}\n')).rejects.toMatchObject({ problem: { line: 1 } });
    expect(await target.count()).toBe(0);
  });

  it('imports only into an empty database', async () => {
    const error = await source.importBackup(backup).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'backup-target-not-empty' });
    expect((error as BackupError).bilingual.zh).toContain('空的数据库');
    expect(await source.count()).toBe(42);
  });

  it('bulk import refuses a batch with one bad chain and writes none of it', async () => {
    const target = fresh('bulk-bad');
    const batch = sampleHistories(5, {}, 100);
    const broken = batch.map((h) => [...h]);
    broken[3]![2] = { ...broken[3]![2]!, hash: '0'.repeat(64) };
    await expect(target.bulkImport(broken)).rejects.toMatchObject({ code: 'invalid-history' });
    expect(await target.count()).toBe(0);
    await target.bulkImport(batch);
    expect(await target.count()).toBe(5);
  });

  it('rebuildViews recomputes every view from its history, with progress', async () => {
    const tallies = await source.db.tallies.toArray();
    const first = (await source.db.views.toCollection().first())!;
    await source.db.views.put({ ...first, status: 'archived', subject: 'stale' });
    await source.db.tallies.clear();
    const progress: Progress[] = [];
    const count = await source.rebuildViews({ onProgress: (p) => progress.push(p) });
    expect(count).toBe(42);
    const history = await source.history(first.petitionId);
    expect(await source.view(first.petitionId)).toEqual(replay(history));
    expect(progress.at(-1)).toEqual({ phase: 'write', done: 42, total: 42 });
    expect(await source.db.tallies.toArray()).toEqual(tallies);
  });
});
