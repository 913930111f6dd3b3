import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { decide } from '../lifecycle/decide.js';
import type { PetitionEvent } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { fullScenario } from '../testing/fixtures.js';
import {
  canonicalJson,
  eventJson,
  eventJsonOf,
  hashEvent,
  internCanonical,
  nobleSha256Hex,
  referenceCanonicalJson,
  sha256Backend,
  verifyHistory,
} from './hash.js';

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

// The fast paths below must give the very bytes the definition gives: histories are hash-chained and stored.
describe('fast canonical serialisation and SHA-256 == the reference definition (stored hashes never change)', () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }), // lone surrogates, control characters, astral characters
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom(
      '',
      '"',
      '\\',
      '\u2028',
      '信访',
      'a\nb',
      '\ud800',
      '\udc00x',
      '\u001f',
      '\u007f',
      ' ',
      '\ud83d\ude00',
    ),
  );
  const key = fc.oneof(text, fc.constantFrom('at', 'by', 'data', 'hash', '10', '9', '__proto__x', 'id'));
  const leaf = fc.oneof(
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, leaf, tie('arr'), tie('obj')),
    arr: fc.array(tie('v'), { maxLength: 4 }),
    obj: fc.dictionary(key, tie('v'), { maxKeys: 5 }),
  })).v;

  it('canonicalJson equals the reference on arbitrary values (10,000 runs, fixed seed)', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
      }),
      { numRuns: 10_000, seed: 20_250_920 },
    );
  });

  const actor = fc.record(
    {
      id: text,
      name: fc.oneof(text, fc.constant(undefined)),
      role: text,
      unit: fc.oneof(text, fc.constant(undefined)),
    },
    { requiredKeys: [] },
  );
  const event = fc.record(
    {
      at: fc.oneof(text, fc.constant('2025-09-20T09:00:00+08:00')),
      by: fc.oneof(actor, value),
      commandId: fc.oneof(text, fc.constant('cmd-0000-0001'), fc.constant(undefined)),
      data: value,
      late: fc.oneof(fc.array(text, { maxLength: 2 }), fc.constant(undefined)),
      petitionId: text,
      prevHash: text,
      seq: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
      type: text,
      hash: text,
    },
    { requiredKeys: [] },
  );
  // Any key order (stores may hand events back with keys in another order), sometimes an extra key.
  const shuffled = fc
    .tuple(event, fc.oneof(fc.constant(undefined), fc.tuple(key, value)), fc.integer())
    .map(([e, extra, seed]) => {
      const entries = Object.entries(e);
      if (extra !== undefined) entries.push(extra);
      entries.sort((a, b) => ((a[0].length * 31 + seed) % 7) - ((b[0].length * 31 + seed) % 7));
      return Object.fromEntries(entries);
    });

  it('eventJson equals the reference on random events in any key order (10,000 runs, fixed seed)', () => {
    fc.assert(
      fc.property(shuffled, (e) => {
        const { hash: _h, ...rest } = e as { hash?: unknown };
        expect(eventJson(e)).toBe(referenceCanonicalJson(rest));
      }),
      { numRuns: 10_000, seed: 20_250_921 },
    );
  }, 120_000);

  it('eventJsonOf (decide writes the JSON from the parts) equals the reference (10,000 runs, fixed seed)', () => {
    const parts = fc.record({
      at: fc.oneof(text, fc.constant('2025-09-20T09:00:00+08:00')),
      by: fc.record(
        { id: fc.oneof(text, fc.constant('clerk-1')), name: fc.oneof(text, fc.constant(undefined)), role: text },
        { requiredKeys: ['id', 'role'] },
      ),
      unit: fc.oneof(text, fc.constant('petitionOffice'), fc.constant(undefined), value),
      data: fc.oneof(value, fc.dictionary(key, text, { maxKeys: 4 })),
      late: fc.oneof(fc.constant(undefined), fc.array(text, { minLength: 1, maxLength: 2 })),
      petitionId: fc.oneof(text, fc.constant('p-1')),
      // A malformed view may hand over anything as its last hash or sequence number.
      prevHash: fc.oneof(text, fc.constant(''), fc.constant('ab'.repeat(32)), value),
      seq: fc.oneof(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constant('31'),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
      type: fc.oneof(text, fc.constant('accepted')),
    });
    fc.assert(
      fc.property(parts, (x) => {
        const by = x.unit === undefined ? x.by : { ...x.by, unit: x.unit };
        const e = {
          at: x.at,
          by,
          data: x.data,
          late: x.late,
          petitionId: x.petitionId,
          prevHash: x.prevHash,
          seq: x.seq,
          type: x.type,
        };
        const json = eventJsonOf(x.at, by, x.data, x.late, x.petitionId, x.prevHash as string, x.seq as number, x.type);
        expect(json).toBe(referenceCanonicalJson(e));
        expect(json).toBe(eventJson(e));
      }),
      { numRuns: 10_000, seed: 20_251_126 },
    );
  }, 120_000);

  it('an interned (deeply frozen) object is written as its remembered text, equal to the reference', () => {
    const terms = Object.freeze({
      b: Object.freeze([1, Object.freeze({ y: '信访', x: undefined })]),
      a: Object.freeze({ d: 'x"y', c: null }),
    });
    const text = referenceCanonicalJson(terms);
    internCanonical(terms);
    internCanonical(terms); // twice is harmless
    expect(canonicalJson(terms)).toBe(text);
    expect(canonicalJson({ z: 1, terms })).toBe(referenceCanonicalJson({ z: 1, terms }));
    expect(eventJson({ at: 'x', data: { terms } })).toBe(referenceCanonicalJson({ at: 'x', data: { terms } }));
    // A copy (as a store hands it back) is written afresh, to the same text.
    expect(canonicalJson(structuredClone(terms))).toBe(text);
    expect(() => internCanonical({ a: 1 })).toThrow('internCanonical needs a deeply frozen object.');
  });

  it('eventJson equals the reference on every event of the full scenario under every preset', () => {
    for (const [key, policy] of Object.entries(policies)) {
      const h: PetitionEvent[] = [];
      for (const c of fullScenario(`p-${key}`, policy)) {
        const r = decide(h, c, { policy, calendar: chinaCalendar });
        if (!r.ok) throw new Error(`${key} ${c.type}: ${r.rejection.message.en}`);
        h.push(...r.events);
      }
      for (const e of h) {
        const { hash: _h, ...rest } = e;
        expect(eventJson(e)).toBe(referenceCanonicalJson(rest));
        expect(hashEvent(e)).toBe(nobleSha256Hex(referenceCanonicalJson(rest)));
        expect(e.hash).toBe(hashEvent(e));
        // The stored event reads in the canonical order too (decide writes its data keys sorted).
        const keys = Object.keys(e.data);
        expect(keys).toEqual([...keys].sort());
      }
    }
  });

  it('eventJson skips non-enumerable and inherited members like the reference', () => {
    const e: Record<string, unknown> = { at: 'x', seq: 1 };
    Object.defineProperty(e, 'type', { value: 'hidden', enumerable: false });
    expect(eventJson(e)).toBe('{"at":"x","seq":1}');
    const child = Object.create({ data: 1 }) as Record<string, unknown>;
    child.at = 'y';
    expect(eventJson(child)).toBe(referenceCanonicalJson(child));
  });

  it(`the platform SHA-256 (${sha256Backend}) equals @noble/hashes on arbitrary text, lone surrogates included`, () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', minLength: 50, maxLength: 300 })), (t) => {
        expect(hashEvent({ data: t } as never)).toBe(nobleSha256Hex(`{"data":${JSON.stringify(t)}}`));
      }),
      { numRuns: 2_000, seed: 20_250_922 },
    );
    expect(nobleSha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
