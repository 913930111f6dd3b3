// Runs inside headless Chromium (built by bench/run.mjs). Each measure is done by the store and by raw
// Dexie doing the same work on a database with the same rows and indexes.
import { chinaCalendar, hashEvent, type PetitionEvent, replay, statistics } from '@xinfang/core';
import { Dexie } from 'dexie';
import { TallyDelta } from '../src/facts.js';
import { createPetitionStore, PetitionDatabase } from '../src/index.js';
import { toViewRow } from '../src/rows.js';
import type { HistoryRow, ViewRow } from '../src/schema.js';
import { codeOf, sampleHistory, sampleInput, sampleUnit } from '../src/test-support.js';

interface Row {
  name: string;
  store: number;
  raw: number;
  target: string;
}

/** Petitions per transaction, for the store and for raw Dexie alike. */
const CHUNK = 5000;
/** Distinct histories decided by the core; petition i re-uses base i % BASES under its own id and number. */
const BASES = 2000;

/**
 * Base history `base` re-issued as another petition: new id and registration number, every hash of
 * the chain recomputed with the core's `hashEvent` (so the store's verification has real work to do).
 */
function restamp(base: PetitionEvent[], petitionId: string, registrationNo: string): PetitionEvent[] {
  let prevHash = '';
  return base.map((e) => {
    const copy = { ...e, petitionId, prevHash } as PetitionEvent;
    if (copy.type === 'registered') copy.data = { ...copy.data, registrationNo };
    copy.hash = hashEvent(copy);
    prevHash = copy.hash;
    return copy;
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

/** Runs the store's and raw Dexie's version alternately (fair under a noisy machine); medians after a warm-up. */
async function pair(
  times: number,
  store: (i: number) => Promise<unknown>,
  raw: (i: number) => Promise<unknown>,
): Promise<[number, number]> {
  await store(0);
  await raw(0);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < times; i++) {
    a.push((await timed(() => store(i)))[0]);
    b.push((await timed(() => raw(i)))[0]);
  }
  return [median(a), median(b)];
}

interface Chunk {
  histories: PetitionEvent[][];
  rows: HistoryRow[];
  views: ViewRow[];
  tallies: TallyDelta;
}

/**
 * The n sample petitions in chunks of CHUNK, made one at a time as they are asked for: the histories for the
 * store, the rows raw Dexie writes. Two registration numbers of each chunk are kept in `numbers`; the time
 * spent making them is added to `timing.generating`.
 */
function* generate(n: number, numbers: string[], timing: { generating: number }): Generator<Chunk> {
  let t0 = performance.now();
  const next = new Map<string, number>();
  const bases = Array.from({ length: Math.min(n, BASES) }, (_, i) => sampleHistory(i, 1));
  for (let from = 0; from < n; from += CHUNK) {
    const histories: PetitionEvent[][] = [];
    for (let i = from; i < Math.min(n, from + CHUNK); i++) {
      const b = i % BASES;
      const key = `${codeOf(sampleUnit(b))}|${sampleInput(b).receivedAt.slice(0, 4)}`;
      const number = (next.get(key) ?? 0) + 1;
      next.set(key, number);
      const no = `XF-${codeOf(sampleUnit(b))}-${key.slice(-4)}-${String(number).padStart(4, '0')}`;
      histories.push(restamp(bases[b]!, `p-${String(i).padStart(7, '0')}`, no));
    }
    const rows: HistoryRow[] = histories.map((events) => ({
      petitionId: events[0]!.petitionId,
      seq: events.length,
      events,
    }));
    const folded = histories.map((events) => replay(events));
    const views: ViewRow[] = folded.map(toViewRow);
    const tallies = new TallyDelta();
    for (const v of folded) tallies.add(v, 1);
    numbers.push(views[0]!.registrationNo, views[views.length >> 1]!.registrationNo);
    timing.generating += performance.now() - t0;
    yield { histories, rows, views, tallies };
    t0 = performance.now();
  }
}

/**
 * Raw Dexie's ingest of one chunk: the same rows in one transaction, views and tallies computed beforehand, one
 * bulkPut per table. (Batches of the store's 500 rows were tried as the baseline: in the quiet runs of 2026-12-05
 * 22:00 they made raw Dexie slower, 16.5–17.3 s against 14.7 s, so the baseline keeps its fastest shape.)
 */
function rawWrite(raw: PetitionDatabase, c: Chunk): Promise<unknown> {
  return raw.transaction('rw', [raw.histories, raw.views, raw.tallies], async () => {
    await Promise.all([raw.histories.bulkPut(c.rows), raw.views.bulkPut(c.views), c.tallies.apply(raw)]);
  });
}

declare global {
  interface Window {
    runBench(n: number): Promise<Row[]>;
    prepareIngest(n: number): Promise<void>;
    runIngest(side: 'store' | 'raw'): Promise<number>;
  }
}

let prepared: Chunk[] = [];

/** For profiling (BENCH_PROFILE): generates the chunks and opens an empty database, outside the profile. */
window.prepareIngest = async (n: number): Promise<void> => {
  prepared = [...generate(n, [], { generating: 0 })];
  await Dexie.delete('xf-bench-profile');
};

/** For profiling: one side's ingest of the prepared chunks alone; returns its time in ms. */
window.runIngest = async (side: 'store' | 'raw'): Promise<number> => {
  let ms = 0;
  if (side === 'store') {
    const store = createPetitionStore({ name: 'xf-bench-profile' });
    await store.open();
    for (const c of prepared) ms += (await timed(() => store.bulkImport(c.histories)))[0];
    store.close();
  } else {
    const raw = new PetitionDatabase('xf-bench-profile');
    await raw.open();
    for (const c of prepared) ms += (await timed(() => rawWrite(raw, c)))[0];
    raw.close();
  }
  await Dexie.delete('xf-bench-profile');
  return ms;
};

window.runBench = async (n: number): Promise<Row[]> => {
  const storeName = `xf-bench-store-${n}`;
  const rawName = `xf-bench-raw-${n}`;
  await Dexie.delete(storeName);
  await Dexie.delete(rawName);
  const store = createPetitionStore({ name: storeName });
  await store.open();
  const raw = new PetitionDatabase(rawName);
  await raw.open();

  // 1. Ingest: generated outside the timings, chunk by chunk; the store's bulk import (verify every
  //    hash chain, fold the views, write) beside raw Dexie bulkPut of the very same rows.
  let storeIngest = 0;
  let rawIngest = 0;
  const numbers: string[] = [];
  const timing = { generating: 0 };
  let k = 0;
  for (const c of generate(n, numbers, timing)) {
    // The order alternates per chunk, so neither side always runs right after the generation (its garbage) or
    // right after the other side's commit (the database's background writes).
    if (k % 2 === 0) rawIngest += (await timed(() => rawWrite(raw, c)))[0];
    storeIngest += (await timed(() => store.bulkImport(c.histories)))[0];
    if (k % 2 === 1) rawIngest += (await timed(() => rawWrite(raw, c)))[0];
    if (k++ % 4 === 0) console.log(`ingested ${Math.min(n, k * CHUNK)} of ${n}`);
  }
  console.log(
    `(generating the sample histories (core decide + re-hashing) took ${(timing.generating / 1000).toFixed(1)} s)`,
  );

  // 2. First page of the work queue (50 by due date, overdue first) with its total.
  const [queueStore, queueRaw] = await pair(
    21,
    // On a day, as the portal asks (its clock's today; here the end of the samples' year): without `asOf` every
    // row carrying an objection window would count as open and be read (22 art 23(3)).
    () => store.query({ orderBy: 'nextDue', asOf: '2025-12-31', limit: 50 }),
    () =>
      raw.transaction('r', raw.views, () =>
        Promise.all([raw.views.orderBy('xfQueue').limit(50).toArray(), raw.views.count()]),
      ),
  );

  // 3. One petition by registration number.
  const [lookupStore, lookupRaw] = await pair(
    41,
    (i) => store.byRegistrationNo(numbers[i % numbers.length]!),
    (i) =>
      raw.views
        .where('registrationNo')
        .equals(numbers[i % numbers.length]!)
        .first(),
  );

  // 4. A quarter's statistics: the store (covering keys) beside reading the quarter's rows, both folded
  //    by the core's statistics().
  const range = { from: '2025-04-01', to: '2025-06-30' };
  const now = '2025-12-31T12:00:00+08:00';
  const [statsStore, statsRaw] = await pair(
    3,
    () => store.statistics(range, chinaCalendar, now),
    () =>
      raw.transaction('r', raw.views, async () => {
        // The quarter's rows, selected on the work-queue index's neighbour: receipt dates are not indexed
        // in the views table (the tallies replace that index), so raw Dexie reads every row and filters.
        const rows = await raw.views.toArray();
        return statistics(rows, range, chinaCalendar, now);
      }),
  );

  // 5. Open the database with n petitions and show the first page.
  store.close();
  raw.close();
  const [openStore, openRaw] = await pair(
    5,
    async () => {
      const s = createPetitionStore({ name: storeName });
      await s.open();
      await s.query({ orderBy: 'nextDue', limit: 50 });
      s.close();
    },
    async () => {
      const r = new PetitionDatabase(rawName);
      await r.open();
      await r.transaction('r', r.views, () =>
        Promise.all([r.views.orderBy('xfQueue').limit(50).toArray(), r.views.count()]),
      );
      r.close();
    },
  );

  await Dexie.delete(storeName);
  await Dexie.delete(rawName);
  return [
    { name: `ingest ${n} petitions × 10 events`, store: storeIngest, raw: rawIngest, target: '≤ 1.3× raw' },
    { name: 'work queue: first 50 by due date + total', store: queueStore, raw: queueRaw, target: '< 20 ms' },
    { name: 'lookup by registration number', store: lookupStore, raw: lookupRaw, target: '< 5 ms' },
    { name: 'quarter statistics (raw: all rows + core)', store: statsStore, raw: statsRaw, target: '< 50 ms' },
    { name: 'open store + first page', store: openStore, raw: openRaw, target: '< 300 ms' },
  ];
};
