/**
 * Helpers shared by this package's tests (not exported from the package index).
 */
import { Dexie } from 'dexie';
import { createPetitionStore, type DexiePetitionStore } from './store.js';

let counter = 0;

/** A database name no other test uses (tests run in parallel files and in two environments). */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `xf-test-${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

/** Deletes a database by name, ignoring a database that was never created. */
export async function dropDatabase(name: string): Promise<void> {
  await Dexie.delete(name);
}

/**
 * Fresh stores for a test file, each on its own database; `cleanup` (pass it to `afterAll`) closes and
 * deletes them all.
 */
export function storeTracker(): { fresh(prefix: string): DexiePetitionStore; cleanup(): Promise<void> } {
  const names: string[] = [];
  const opened: DexiePetitionStore[] = [];
  return {
    fresh(prefix) {
      const name = uniqueName(prefix);
      names.push(name);
      const store = createPetitionStore({ name });
      opened.push(store);
      return store;
    },
    async cleanup() {
      for (const s of opened) s.close();
      for (const name of names) await dropDatabase(name);
    },
  };
}

/**
 * The version-1 schema exactly as first published, written down here on purpose (NOT imported from
 * schema.ts): if the code's version 1 ever changed, the migration test would notice.
 */
export const PUBLISHED_V1 = {
  histories: { keyPath: 'petitionId', indexes: [] as [string, string | string[], boolean, boolean?][] },
  views: {
    keyPath: 'petitionId',
    indexes: [
      ['registrationNo', 'registrationNo', true],
      ['xfQueue', 'xfQueue', false],
      ['[status+xfQueue]', ['status', 'xfQueue'], false],
      ['[unit+xfQueue]', ['unit', 'xfQueue'], false],
      ['[handler+xfQueue]', ['handler', 'xfQueue'], false],
      ['[class+xfQueue]', ['class', 'xfQueue'], false],
      ['[channel+xfQueue]', ['channel', 'xfQueue'], false],
      ['petitionerPhone', 'petitionerPhone', false],
      ['petitionerIdNumber', 'petitionerIdNumber', false],
      ['subject', 'subject', false],
    ] as [string, string | string[], boolean, boolean?][],
  },
  counters: { keyPath: 'key', indexes: [] as [string, string | string[], boolean, boolean?][] },
  tallies: { keyPath: 'date', indexes: [] as [string, string | string[], boolean, boolean?][] },
} as const;

/**
 * Creates a database at the published version 1 with plain IndexedDB (no Dexie, no store code):
 * IndexedDB version 10 (Dexie stores version n as n × 10), the object stores and indexes of v1, and the rows.
 */
export function createV1Database(
  name: string,
  rows: { histories: object[]; views: object[]; counters: object[]; tallies: object[] },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => {
      const idb = request.result;
      for (const [store, spec] of Object.entries(PUBLISHED_V1)) {
        const os = idb.createObjectStore(store, { keyPath: spec.keyPath });
        for (const [index, keyPath, unique, multiEntry] of spec.indexes) {
          os.createIndex(index, keyPath, { unique, multiEntry: multiEntry === true });
        }
      }
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const idb = request.result;
      const tx = idb.transaction(['histories', 'views', 'counters', 'tallies'], 'readwrite');
      for (const row of rows.histories) tx.objectStore('histories').put(row);
      for (const row of rows.views) tx.objectStore('views').put(row);
      for (const row of rows.counters) tx.objectStore('counters').put(row);
      for (const row of rows.tallies) tx.objectStore('tallies').put(row);
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Sample petitions, decided by the core (so every history is a real, hash-chained one).
// ---------------------------------------------------------------------------------------------

import {
  type Actor,
  type Calendar,
  type Channel,
  type Command,
  chinaCalendar,
  decide,
  formatRegistrationNo,
  type Outcome,
  type PetitionClass,
  type PetitionEvent,
  type PetitionInput,
  type PolicyProfile,
  policies,
  unitCode,
} from '@xinfang/core';
import {
  actorsOf,
  at as atDay,
  command as coreCommand,
  registerCommand as coreRegister,
  samplePetitions,
} from '@xinfang/core/testing';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid 18-character resident ID number (GB 11643 check character) for person k. */
export function idNumberOf(k: number): string {
  const first17 = `510104${1950 + (k % 50)}${String(1 + (k % 12)).padStart(2, '0')}${String(1 + (k % 28)).padStart(2, '0')}${String(k % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return first17 + '10X98765432'[sum % 11]!;
}

const SUBJECTS = ['拖欠工资', '拆迁补偿', '噪音扰民', '物业纠纷', '医疗纠纷', '道路破损', '学校收费', '环境污染'];
const CHANNELS: Channel[] = ['letter', 'visit', 'call', 'online'];
const CLASSES: PetitionClass[] = ['claim', 'suggestion', 'accusation', 'claim'];
const OUTCOMES: Record<PetitionClass, Outcome[]> = {
  claim: ['support', 'explain', 'reject'],
  suggestion: ['adopted', 'noted'],
  accusation: ['disciplineInspection', 'competentOrgan'],
};

/** Shape of the sample data set. */
export interface SampleOptions {
  /** Units registering petitions (default: the first three units of the policy). */
  units?: string[];
  policy?: PolicyProfile;
  calendar?: Calendar;
  /** First day of receipt (default 2025-01-02); petition i is received `i % spreadDays` days later. */
  start?: string;
  spreadDays?: number;
  /** Distinct petitioners (phones / ID numbers repeat across petitions: repeat petitions). */
  people?: number;
}

function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Beijing-time instant on a given day and hour. */
function at(date: string, hour: number): string {
  return `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

/** The petition input of sample i. */
export function sampleInput(i: number, o: SampleOptions = {}): PetitionInput {
  const start = o.start ?? '2025-01-02';
  const day = addDaysIso(start, i % (o.spreadDays ?? 360));
  const channel = CHANNELS[i % 4]!;
  const cls = CLASSES[Math.floor(i / 4) % 4]!;
  const anonymous = cls === 'accusation' && i % 3 === 0;
  const person = i % (o.people ?? 997);
  const input: PetitionInput = {
    channel,
    class: cls,
    subject: `${SUBJECTS[i % SUBJECTS.length]}（第${i}号）`,
    content: `关于${SUBJECTS[i % SUBJECTS.length]}的反映，请求依法处理。编号 ${i}。`,
    receivedAt: at(day, 9 + (i % 8)),
    anonymous,
  };
  if (!anonymous) {
    input.petitioner = {
      name: `信访人${person}`,
      phone: `138${String(person).padStart(8, '0')}`,
      idNumber: idNumberOf(person),
      address: `成都市青羊区${person}号`,
    };
  }
  // 22 art 30(3): an accusation names who or which unit is accused (never told to them).
  if (cls === 'accusation') input.accused = { persons: [`被反映人${i % 13}`], units: ['accusedCompany'] };
  if (channel === 'visit') {
    input.visitRecordConfirmed = true;
    input.truthStatement = true;
  }
  if (channel === 'letter') input.letter = { postmarkDate: addDaysIso(day, -2), senderAddress: `成都市${person}号` };
  return input;
}

/** The code unit `unit` writes into registration numbers under the national preset (`petitionOffice` → `XFB`). */
export const codeOf = (unit: string): string => unitCode(policies.national!, unit);

/** The unit sample i is registered at. */
export function sampleUnit(i: number, o: SampleOptions = {}): string {
  const units = o.units ?? (o.policy ?? policies.national!).units.slice(0, 3).map((u) => u.id);
  return units[i % units.length]!;
}

/**
 * The commands of sample i after registration, in order: up to `steps` of them (default all nine:
 * accept, notify, assign a handler, proposed handling, leader instruction, investigation material,
 * then either conclude → reply → delivered, or urge → supervise → more material for open ones).
 */
export function followUps(i: number, petitionId: string, unit: string, received: string, steps = 9): Command[] {
  const clerk: Actor = { id: `clerk-${unit}`, role: 'clerk', unit };
  const handler: Actor = { id: `handler-${unit}-${i % 5}`, role: 'handler', unit };
  const head: Actor = { id: `head-${unit}`, role: 'unitHead', unit };
  const leader: Actor = { id: `leader-${unit}`, role: 'leader', unit };
  const d = (n: number, h = 10) => at(addDaysIso(received, n), h);
  const cls = CLASSES[Math.floor(i / 4) % 4]!;
  const anonymous = sampleInput(i).anonymous;
  const base = { petitionId };
  const list: Command[] = [
    { ...base, type: 'accept', at: d(1 + (i % 10)), by: clerk },
    { ...base, type: 'notify', at: d(2 + (i % 10)), by: clerk, method: 'written' },
    { ...base, type: 'assignHandler', at: d(3 + (i % 10)), by: head, handler: handler.id },
    { ...base, type: 'proposeHandling', at: d(4 + (i % 10)), by: handler, text: '拟调查核实后答复' },
    { ...base, type: 'leaderInstruct', at: d(5 + (i % 10)), by: leader, text: '请依法依规办理' },
    { ...base, type: 'addMaterial', at: d(6 + (i % 10)), by: handler, kind: 'investigation', ref: `inv-${i}` },
  ];
  if (i % 5 < 3) {
    // Concluded: some on time, some after the 60 days of 22 art 34 (recorded late).
    const conclusion = 7 + (i % 10) + (i % 7 === 0 ? 80 : 20 + (i % 30));
    const outcome = OUTCOMES[cls][i % OUTCOMES[cls].length]!;
    list.push({ ...base, type: 'conclude', at: d(conclusion), by: handler, outcome, opinion: '经调查，依法处理' });
    if (anonymous) {
      // 22 art 23(2) / seed §政协机关: no reply owed to an anonymous petitioner; the file is archived.
      list.push(
        { ...base, type: 'leaderInstruct', at: d(conclusion + 1), by: leader, text: '同意办结' },
        { ...base, type: 'archive', at: d(conclusion + 3), by: { id: `archivist-${unit}`, role: 'archivist', unit } },
      );
    } else {
      list.push(
        { ...base, type: 'reply', at: d(conclusion + 1), by: clerk, text: '现将处理意见答复如下' },
        { ...base, type: 'delivered', at: d(conclusion + 3), by: clerk },
      );
    }
  } else {
    list.push(
      { ...base, type: 'urge', at: d(8 + (i % 10)), by: clerk, text: '请抓紧办理' },
      { ...base, type: 'supervise', at: d(9 + (i % 10)), by: head, text: '督办' },
      { ...base, type: 'addMaterial', at: d(10 + (i % 10)), by: handler, kind: 'evidence', ref: `ev-${i}` },
    );
  }
  return list.slice(0, steps);
}

/** The registration command of sample i (the store fills petitionId and registrationNo). */
export function registerCommand(i: number, o: SampleOptions = {}): Extract<Command, { type: 'register' }> {
  const policy = o.policy ?? policies.national!;
  const unit = sampleUnit(i, o);
  const petition = sampleInput(i, o);
  return {
    type: 'register',
    petitionId: '',
    registrationNo: '',
    unit,
    policyId: policy.id,
    policyVersion: policy.version,
    at: petition.receivedAt,
    by: { id: `clerk-${unit}`, role: 'clerk', unit },
    petition,
  };
}

/**
 * A complete history for sample i decided by the core outside any store (petitionId `p-<i>`,
 * registration number per unit in order of `seqByUnit`). Throws if the core refuses a step.
 */
export function sampleHistory(i: number, number: number, o: SampleOptions = {}, steps = 9): PetitionEvent[] {
  const policy = o.policy ?? policies.national!;
  const calendar = o.calendar ?? chinaCalendar;
  const reg = registerCommand(i, o);
  const petitionId = `p-${String(i).padStart(7, '0')}`;
  const year = reg.petition.receivedAt.slice(0, 4);
  const cmd = { ...reg, petitionId, registrationNo: formatRegistrationNo(unitCode(policy, reg.unit), year, number) };
  const history: PetitionEvent[] = [];
  for (const c of [cmd, ...followUps(i, petitionId, reg.unit, reg.petition.receivedAt.slice(0, 10), steps)]) {
    const r = decide(history, c, { policy, calendar });
    if (!r.ok) throw new Error(`sample ${i}: ${c.type} refused: ${r.rejection.code} ${r.rejection.message.en}`);
    history.push(...r.events);
  }
  return history;
}

/**
 * n sample histories (from sample `from`) with registration numbers sequential per unit and year,
 * continuing the numbers in `next` (pass the same map to continue across batches). `steps(i)` picks
 * how far each petition got (0 = only registered … 9 = the full path).
 */
export function sampleHistories(
  n: number,
  o: SampleOptions = {},
  from = 0,
  next: Map<string, number> = new Map(),
  steps: (i: number) => number = () => 9,
): PetitionEvent[][] {
  const out: PetitionEvent[][] = [];
  for (let i = from; i < from + n; i++) {
    const key = `${sampleUnit(i, o)}|${sampleInput(i, o).receivedAt.slice(0, 4)}`;
    const number = (next.get(key) ?? 0) + 1;
    next.set(key, number);
    out.push(sampleHistory(i, number, o, steps(i)));
  }
  return out;
}

/**
 * n letters received on successive working days from 2025-11-03 and transferred to the competent organ that day
 * (22 art 23(3): objection windows from 2025-11-10 on), numbered XF-XFB-2025-0901…; every third is then
 * accepted by the receiving organ (its window closed).
 */
export function transferredHistories(n: number): PetitionEvent[][] {
  const policy = policies.national!;
  const clerk = actorsOf(policy.defaultUnit).clerk;
  const days = workdaysFrom('2025-11-03', n);
  return days.map((day, i) => {
    const petitionId = `t-${String(i).padStart(4, '0')}`;
    const registrationNo = `XF-XFB-2025-${String(901 + i).padStart(4, '0')}`;
    const steps: Command[] = [
      {
        ...coreRegister(petitionId, { ...samplePetitions.letterClaim, receivedAt: atDay(day) }, policy),
        registrationNo,
      },
      coreCommand('transfer', petitionId, atDay(day), clerk, { toUnit: 'competentOrgan', reason: '属其职权范围' }),
    ];
    if (i % 3 === 2)
      steps.push(coreCommand('accept', petitionId, atDay(day, '15:00'), actorsOf('competentOrgan').clerk, {}));
    const history: PetitionEvent[] = [];
    for (const c of steps) {
      const r = decide(history, c, { policy, calendar: chinaCalendar });
      if (!r.ok) throw new Error(`transferred sample ${i}: ${c.type} refused: ${r.rejection.message.en}`);
      history.push(...r.events);
    }
    return history;
  });
}

function workdaysFrom(first: string, n: number): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); out.length < n; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (chinaCalendar.isWorkday(day)) out.push(day);
  }
  return out;
}
