import { hashEvent, officeKeyFromSeed, type PetitionEvent } from '@xinfang/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, type DexiePetitionStore, PetitionStoreError } from './index.js';
import { sampleHistories, storeTracker } from './test-support.js';

const stores = storeTracker();
afterAll(stores.cleanup);
const fresh = stores.fresh;

const office = officeKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => 7 * i + 3));
const stranger = officeKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => 255 - i));
const sign = { secretKey: office.secretKey, office: 'petitionOffice', at: '2025-12-31T18:00:00+08:00' };

// Six petitions (two units), each with its full path; exported signed and unsigned.
const histories = sampleHistories(6);
let signed: string;
let unsigned: string;

beforeAll(async () => {
  const source = fresh('strict-src');
  await source.bulkImport(histories);
  signed = await (await source.exportBackup({ sign })).text();
  unsigned = await (await source.exportBackup()).text();
});

type Row = { petitionId: string; events: PetitionEvent[] };
const lines = (text: string) => text.trimEnd().split('\n');
const rowLine = (text: string, petitionId: string) =>
  lines(text).findIndex((l) => l.startsWith(`{"petitionId":"${petitionId}"`)) + 1;

/** Re-hash a history from its first event on: what a forger with the file (and no key) can do. */
function rechain(events: PetitionEvent[]): PetitionEvent[] {
  const out: PetitionEvent[] = [];
  for (const e of events) {
    const { hash: _h, ...body } = { ...e, prevHash: out.at(-1)?.hash ?? '' };
    out.push({ ...body, hash: hashEvent(body as PetitionEvent) } as PetitionEvent);
  }
  return out;
}

/** The file with petition `petitionId`'s registration changed by `edit`, re-hashed consistently. */
function editRegistration(text: string, petitionId: string, edit: (data: Record<string, unknown>) => void): string {
  const all = lines(text);
  const at = rowLine(text, petitionId) - 1;
  const row = JSON.parse(all[at] as string) as Row;
  edit(row.events[0]!.data as unknown as Record<string, unknown>);
  all[at] = JSON.stringify({ petitionId, events: rechain(row.events) });
  return `${all.join('\n')}\n`;
}

async function refusal(store: DexiePetitionStore, text: string, options = {}) {
  const error = await store.importBackup(text, options).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  const e = error as BackupError;
  expect(e.bilingual.zh).toContain('未导入任何数据');
  expect(e.bilingual.en).toContain('Nothing was imported');
  const [h, v, c, t, k] = await Promise.all([
    store.db.histories.count(),
    store.db.views.count(),
    store.db.counters.count(),
    store.db.tallies.count(),
    store.db.commands.count(),
  ]);
  expect(h + v + c + t + k).toBe(0); // nothing written
  return e;
}

describe('strict backup import', () => {
  it('a signed backup imports with the office key and says so', async () => {
    const target = fresh('strict-ok');
    const report = await target.importBackup(signed, { trustedKeys: [office.publicKey] });
    expect(report).toEqual({ petitions: 6, events: 60, counters: 3, signature: 'verified' });
    expect(await (await target.exportBackup({ sign })).text()).toBe(signed);
  });

  it('a UTF-8 byte order mark before the header is accepted', async () => {
    const target = fresh('strict-bom');
    expect((await target.importBackup(`\ufeff${unsigned}`)).petitions).toBe(6);
  });

  it('a petition removed and its counter lowered: the signed checkpoint refuses it, naming line and petition', async () => {
    const victim = histories[3]![0]!.petitionId; // the last petition of its unit: no number gap shows
    const all = lines(signed);
    const victimLine = rowLine(signed, victim);
    const row = JSON.parse(all[victimLine - 1]!) as Row;
    const no = (row.events[0]!.data as { registrationNo: string }).registrationNo;
    const key = `${no.split('-')[1]}|2025`;
    const edited = all
      .filter((_, i) => i !== victimLine - 1)
      .map((l) => {
        const o = JSON.parse(l) as Record<string, unknown>;
        if ((o.counter as { key?: string } | undefined)?.key === key)
          return JSON.stringify({ counter: { key, last: 1 } });
        if (o.format || o.end) return JSON.stringify({ ...o, petitions: 5, events: 50 });
        return l;
      })
      .join('\n');
    // Without the key the edit is consistent: totals, chains and counters agree (the number would be reused).
    const blind = await fresh('strict-blind').importBackup(edited);
    expect(blind.petitions).toBe(5);
    const e = await refusal(fresh('strict-removed'), edited, { trustedKeys: [office.publicKey] });
    expect(e.problem.petitionId).toBe(victim);
    expect(e.bilingual.en).toContain(`Petition ${victim} had 10 records at the signed checkpoint`);
    // The checkpoint line itself names no petition: the refusal points at the checkpoint's line.
    expect(e.problem.line).toBe(lines(edited).findIndex((l) => l.startsWith('{"checkpoint"')) + 1);
  });

  it('refuses a counter lowered below the signed one, and unsigned or foreign-signed files when keys are required', async () => {
    const key = JSON.parse(lines(signed)[1]!).counter.key as string;
    const lowered = signed.replace(/"counter":\{"key":"[^"]+","last":\d+\}/, `"counter":{"key":"${key}","last":0}`);
    expect(lowered === signed).toBe(false);
    const e1 = await refusal(fresh('strict-counter'), lowered, { trustedKeys: [office.publicKey] });
    expect(e1.problem.line).toBe(2);
    expect(e1.bilingual.zh).toContain(`编号计数器 ${key}`);
    const e2 = await refusal(fresh('strict-unsigned'), unsigned, { trustedKeys: [office.publicKey] });
    expect(e2.bilingual.en).toContain('no checkpoint signed by the office');
    const e3 = await refusal(fresh('strict-stranger'), signed, { trustedKeys: [stranger.publicKey] });
    expect(e3.bilingual.en).toContain('not signed with a trusted office key');
  });

  it('refuses counters lower than the registration numbers present, naming the counter line and the petition', async () => {
    const all = lines(unsigned);
    const { key, last } = JSON.parse(all[1]!).counter as { key: string; last: number };
    all[1] = JSON.stringify({ counter: { key, last: last - 1 } });
    const e = await refusal(fresh('strict-low'), `${all.join('\n')}\n`);
    expect(e.problem.line).toBe(2);
    expect(e.bilingual.en).toContain(`the number counter ${key} is ${last - 1}, lower than registration number`);
    expect(typeof e.problem.petitionId).toBe('string');
  });

  it('refuses an unknown policy, a 50 MB content, a forged channel or class — consistent chains, naming line and petition', async () => {
    const victim = histories[2]![0]!.petitionId;
    const line = rowLine(unsigned, victim);
    const cases: [string, (d: Record<string, unknown>) => void, string][] = [
      ['unknown policy', (d) => Object.assign(d, { policyId: 'invented' }), 'invented'],
      [
        '50 MB content',
        (d) => Object.assign(d, { petition: { ...(d.petition as object), content: '诉'.repeat(50 * 1024 * 1024) } }),
        'record 1',
      ],
      [
        'forged channel',
        (d) => Object.assign(d, { petition: { ...(d.petition as object), channel: 'telepathy' } }),
        'record 1',
      ],
      [
        'forged class',
        (d) => Object.assign(d, { petition: { ...(d.petition as object), class: 'bribe' } }),
        'record 1',
      ],
    ];
    for (const [name, edit, text] of cases) {
      const e = await refusal(fresh('strict-field'), editRegistration(unsigned, victim, edit));
      expect(`${name}: ${e.problem.line} ${e.problem.petitionId} ${e.bilingual.en.includes(text)}`).toBe(
        `${name}: ${line} ${victim} true`,
      );
    }
  }, 120_000);

  it('property (fixed seed): hostile backup files (1,500 runs in Node, 300 in Chromium) are refused with a typed bilingual error and write nothing', async () => {
    const base = lines(unsigned);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat(base.length - 1) }),
      fc.record({ kind: fc.constant('dup' as const), at: fc.nat(base.length - 1) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(base.length - 2) }),
      fc.record({
        kind: fc.constant('char' as const),
        at: fc.nat(base.length - 1),
        pos: fc.nat(5000),
        ch: fc.string({ minLength: 1, maxLength: 2 }),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(unsigned.length - 2) }),
      fc.record({ kind: fc.constant('inject' as const), at: fc.nat(base.length - 1), value: fc.jsonValue() }),
    );
    const target = fresh('strict-property');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const ls = [...base];
        if (m.kind === 'drop') ls.splice(m.at, 1);
        else if (m.kind === 'dup') ls.splice(m.at, 0, ls[m.at]!);
        else if (m.kind === 'swap') [ls[m.at], ls[m.at + 1]] = [ls[m.at + 1]!, ls[m.at]!];
        else if (m.kind === 'char') {
          const l = ls[m.at]!;
          const p = m.pos % l.length;
          ls[m.at] = l.slice(0, p) + m.ch + l.slice(p + 1);
        } else if (m.kind === 'inject') ls.splice(m.at + 1, 0, JSON.stringify(m.value));
        const text = m.kind === 'cut' ? unsigned.slice(0, m.at + 1) : `${ls.join('\n')}\n`;
        const error = await target.importBackup(text).catch((e: unknown) => e);
        if (!(error instanceof Error)) {
          // Accepted: only a file that still says the same (e.g. a character replaced by itself), or one whose
          // number counter was raised (N2: a higher counter never hands a number out twice).
          const out = lines(await (await target.exportBackup()).text());
          const counterLine = (l: string) => l.startsWith('{"counter":');
          expect(out.filter((l) => !counterLine(l))).toEqual(base.filter((l) => !counterLine(l)));
          const last = (ls: string[]) =>
            ls.filter(counterLine).map((l) => JSON.parse(l).counter as { key: string; last: number });
          const before = last(base);
          const after = last(out);
          expect(after.map((c) => c.key)).toEqual(before.map((c) => c.key));
          for (const [i, c] of after.entries()) expect(c.last).toBeGreaterThanOrEqual(before[i]!.last);
          await target.delete();
          return;
        }
        refused++;
        expect(error).toBeInstanceOf(PetitionStoreError);
        const e = error as PetitionStoreError;
        expect(e.bilingual.zh.length > 0 && e.bilingual.en.length > 0).toBe(true);
        expect(await target.db.histories.count()).toBe(0);
      }),
      { seed: 20261205, numRuns: typeof window === 'undefined' ? 1500 : 300 },
    );
    expect(refused > 100).toBe(true);
  }, 300_000);
});
