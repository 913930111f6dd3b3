import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { decide } from '../lifecycle/decide.js';
import type { PetitionEvent } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { fullScenario } from '../testing/fixtures.js';
import { canonicalJson, hashEvent, verifyHistory } from './hash.js';

function history(): PetitionEvent[] {
  const h: PetitionEvent[] = [];
  for (const c of fullScenario('p-1').slice(0, 6)) {
    const r = decide(h, c, { policy: policies.national, calendar: chinaCalendar });
    if (!r.ok) throw new Error(r.rejection.message.en);
    h.push(...r.events);
  }
  return h;
}

describe('canonical JSON and SHA-256 (tamper-evident history, rules.md §4)', () => {
  it('sorts keys, drops undefined members, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }], e: null })).toBe(
      '{"a":[2,{"c":"x"}],"b":1,"e":null}',
    );
    expect(canonicalJson({ a: 1, b: { c: 2 } })).toBe('{"a":1,"b":{"c":2}}');
    expect(canonicalJson({ 10: 'x', 9: 'y' })).toBe('{"10":"x","9":"y"}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('Cannot hash the number NaN.');
  });

  it('hashes the known SHA-256 of a canonical text', () => {
    // SHA-256("{}") — a published test value.
    expect(hashEvent({} as never)).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  });

  it('chains each event to the one before, from an empty prevHash', () => {
    const h = history();
    expect(h[0]?.prevHash).toBe('');
    for (let i = 1; i < h.length; i++) expect(h[i]?.prevHash).toBe(h[i - 1]?.hash);
    for (const e of h) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyHistory(h)).toEqual({ ok: true });
    // Key order and undefined members do not matter (a store may keep or drop them).
    const reordered = h
      .map((e) => JSON.parse(JSON.stringify({ ...e, extra: undefined })) as PetitionEvent)
      .map((e) => {
        const { hash, type, ...rest } = e;
        return { hash, type, ...rest } as PetitionEvent;
      });
    expect(verifyHistory(reordered)).toEqual({ ok: true });
  });

  it('names the first altered event', () => {
    const h = history();
    const altered = h.map((e) => ({ ...e }));
    altered[2] = { ...(altered[2] as PetitionEvent), at: '2025-09-21T09:00:00+08:00' } as PetitionEvent;
    expect(verifyHistory(altered)).toEqual({
      ok: false,
      index: 2,
      seq: 3,
      reason: 'altered',
      message: {
        zh: '第 3 条记录写入后被改动。历史记录不可信，请联系系统管理员核查。',
        en: 'Record 3 was altered after it was written. The history cannot be trusted; ask the system administrator to investigate.',
      },
    });
  });

  it('names the first missing event', () => {
    const h = history();
    const r = verifyHistory([...h.slice(0, 3), ...h.slice(4)]);
    expect(r.ok ? 'ok' : [r.reason, r.index, r.seq, r.message.en.split('.')[0]]).toEqual([
      'missing',
      3,
      4,
      'Record 4 is missing',
    ]);
  });

  it('names reordered events', () => {
    const h = history();
    const swapped = [h[0], h[2], h[1], ...h.slice(3)] as PetitionEvent[];
    const r = verifyHistory(swapped);
    expect(r.ok ? 'ok' : [r.reason, r.index, r.seq]).toEqual(['reordered', 1, 2]);
  });

  it('detects an event replaced by a re-hashed forgery (broken link) and a foreign event', () => {
    const h = history();
    const forged = { ...(h[1] as PetitionEvent), at: '2025-09-21T11:00:00+08:00', hash: '' } as PetitionEvent;
    forged.hash = hashEvent(forged);
    const r = verifyHistory([h[0], forged, ...h.slice(2)] as PetitionEvent[]);
    expect(r.ok ? 'ok' : [r.reason, r.seq]).toEqual(['broken-link', 3]);
    const other = { ...(h[1] as PetitionEvent), petitionId: 'p-2' } as PetitionEvent;
    const f = verifyHistory([h[0], other] as PetitionEvent[]);
    expect(f.ok ? 'ok' : [f.reason, f.seq]).toEqual(['foreign', 2]);
  });
});
