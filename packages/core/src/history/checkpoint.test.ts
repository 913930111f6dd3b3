import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { decide } from '../lifecycle/decide.js';
import type { PetitionEvent } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { fullScenario } from '../testing/fixtures.js';
import {
  checkpointOf,
  compareWithCheckpoint,
  officeKeyFromSeed,
  type SignedCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
} from './checkpoint.js';
import { hashEvent, verifyHistory } from './hash.js';

const office = officeKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => i + 1));
const other = officeKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => 200 - i));

function history(id: string): PetitionEvent[] {
  const h: PetitionEvent[] = [];
  for (const c of fullScenario(id)) {
    const r = decide(h, c, { policy: policies.national, calendar: chinaCalendar });
    if (!r.ok) throw new Error(r.rejection.message.en);
    h.push(...r.events);
  }
  return h;
}

const full = history('p-1');
const heads = (events: readonly PetitionEvent[]) => {
  const last = events[events.length - 1] as PetitionEvent;
  return { petitionId: last.petitionId, seq: last.seq, hash: last.hash };
};

/** Re-hash from `from` on so the chain is consistent again: what a forger with write access does. */
function rechain(events: PetitionEvent[], from = 0): PetitionEvent[] {
  const out = events.slice(0, from);
  for (let i = from; i < events.length; i++) {
    const prev = out[i - 1];
    const { hash: _h, ...body } = { ...(events[i] as PetitionEvent), seq: i + 1, prevHash: prev ? prev.hash : '' };
    out.push({ ...body, hash: hashEvent(body as PetitionEvent) } as PetitionEvent);
  }
  return out;
}

/** Signed when `full` had `upTo` events. */
function signedAt(upTo: number, counters = [{ key: 'petitionOffice|2025', last: 1 }]): SignedCheckpoint {
  const checkpoint = checkpointOf({
    office: 'petitionOffice',
    at: '2025-12-01T00:00:00Z',
    heads: [heads(full.slice(0, upTo))],
    counters,
  });
  return signCheckpoint(checkpoint, office.secretKey);
}

describe('signed checkpoints (a history a forger cannot rewrite unseen)', () => {
  it('derives the office key from the seed given and signs deterministically (Ed25519, RFC 8032)', () => {
    expect(office.publicKey).toMatch(/^[0-9a-f]{64}$/);
    expect(officeKeyFromSeed(Uint8Array.from({ length: 32 }, (_, i) => i + 1))).toEqual(office);
    expect(signedAt(5).signature).toBe(signedAt(5).signature);
    expect(() => officeKeyFromSeed(new Uint8Array(31))).toThrow(RangeError);
  });

  it('the unkeyed chain alone verifies a consistent rewrite — the checkpoint does not', () => {
    // Drop the `late` flag / change an outcome and re-hash everything after: the chain alone cannot tell.
    const i = full.findIndex((e) => e.type === 'concluded');
    const forged = rechain(
      full.map((e, j) => (j === i ? ({ ...e, data: { outcome: 'support', opinion: '支持' } } as PetitionEvent) : e)),
      i,
    );
    expect(verifyHistory(forged)).toEqual({ ok: true });
    const trust = { checkpoint: signedAt(full.length), trustedKeys: [office.publicKey] };
    expect(verifyHistory(full, trust)).toEqual({ ok: true, signedThrough: full.length, unsignedAfter: 0 });
    const r = verifyHistory(forged, trust);
    expect(r.ok ? 'ok' : [r.reason, r.seq]).toEqual(['rewritten', full.length]);
  });

  it('reports unsigned, untrusted, forged and truncated histories distinctly', () => {
    const trusted = [office.publicKey];
    const reason = (events: PetitionEvent[], checkpoint: unknown, keys = trusted) => {
      const r = verifyHistory(events, { checkpoint, trustedKeys: keys });
      return r.ok ? 'ok' : r.reason;
    };
    const signed = signedAt(10);
    expect(reason(full, undefined)).toBe('unsigned');
    expect(reason(history('p-2'), signed)).toBe('unsigned'); // not in the checkpoint
    expect(reason(full, signed, [other.publicKey])).toBe('untrusted-key');
    const edited = { ...signed, checkpoint: { ...signed.checkpoint, heads: [{ ...heads(full.slice(0, 9)) }] } };
    expect(reason(full, edited)).toBe('forged');
    const resigned = signCheckpoint(signed.checkpoint, other.secretKey);
    expect(reason(full, resigned)).toBe('untrusted-key');
    expect(reason(full, { ...resigned, publicKey: office.publicKey })).toBe('forged');
    expect(reason(full.slice(0, 9), signed)).toBe('truncated');
    expect(reason(full.slice(0, 10), signed)).toBe('ok');
    // Events after the checkpoint are chained but not yet signed: reported, not refused.
    expect(verifyHistory(full, { checkpoint: signed, trustedKeys: trusted })).toEqual({
      ok: true,
      signedThrough: 10,
      unsignedAfter: full.length - 10,
    });
  });

  it('finds a petition removed and a counter lowered (the next citizen would get the same number)', () => {
    const a = full;
    const b = history('p-2');
    const checkpoint = checkpointOf({
      office: 'o',
      at: '2025-12-01T00:00:00Z',
      heads: [heads(a), heads(b)],
      counters: [{ key: 'petitionOffice|2025', last: 2 }],
    });
    const now = new Map([['p-1', a]]);
    const problems = compareWithCheckpoint(
      checkpoint,
      (id, seq) => now.get(id)?.[seq - 1]?.hash,
      (key) => (key === 'petitionOffice|2025' ? 1 : undefined),
    );
    expect(problems.map((p) => [p.reason, p.petitionId ?? p.counter])).toEqual([
      ['truncated', 'p-2'],
      ['counter-lowered', 'petitionOffice|2025'],
    ]);
    expect(problems[1]?.message.en).toContain('was 2 at the signed checkpoint and is now 1');
  });

  it('property (fixed seed): every consistent forgery of a signed history is caught (2,000 runs)', () => {
    const trustedKeys = [office.publicKey];
    const checkpoint = signedAt(full.length);
    fc.assert(
      fc.property(
        fc.nat(full.length - 1),
        fc.oneof(
          fc.constant('truncate' as const),
          fc.constant('delete' as const),
          fc.constant('drop-late' as const),
          fc.record({ text: fc.string({ maxLength: 8 }) }),
          fc.record({ at: fc.integer({ min: 0, max: 86_399 }) }),
        ),
        (i, change) => {
          let forged: PetitionEvent[];
          if (change === 'truncate') forged = full.slice(0, i + 1);
          else if (change === 'delete') forged = rechain([...full.slice(0, i), ...full.slice(i + 1)], i);
          else {
            const e = full[i] as PetitionEvent;
            let changed: PetitionEvent;
            if (change === 'drop-late') {
              const { late: _l, ...rest } = e;
              changed = (e.late ? rest : { ...e, late: ['conclusion'] }) as PetitionEvent;
            } else if ('text' in change) {
              changed = { ...e, data: { ...(e.data as object), note: change.text } as never } as PetitionEvent;
            } else {
              changed = { ...e, at: new Date(Date.parse(e.at) + change.at * 1000 + 1000).toISOString() };
            }
            forged = rechain(
              full.map((x, j) => (j === i ? changed : x)),
              i,
            );
          }
          // The chain alone accepts every one of these; the signed head refuses every one.
          expect(verifyHistory(forged)).toEqual({ ok: true });
          const r = verifyHistory(forged, { checkpoint, trustedKeys });
          const unchanged = change === 'truncate' && i === full.length - 1; // "cut" after the last event
          const shorter = change === 'truncate' || change === 'delete';
          expect(r.ok ? 'ok' : r.reason).toBe(unchanged ? 'ok' : shorter ? 'truncated' : 'rewritten');
        },
      ),
      { seed: 20261205, numRuns: 2000 },
    );
  }, 120_000); // one Ed25519 verification per run: ≈ 3 s alone, more on a loaded CI machine

  it('property (fixed seed): verifyCheckpoint never throws and accepts nothing but the signed bytes (1,000 runs)', () => {
    const signed = signedAt(5);
    fc.assert(
      fc.property(fc.anything(), fc.nat(200), fc.nat(15), (junk, at, bit) => {
        const sig = signed.signature;
        const flipped = `${sig.slice(0, at % 128)}${((Number.parseInt(sig[at % 128] as string, 16) ^ (bit || 1)) & 15).toString(16)}${sig.slice((at % 128) + 1)}`;
        expect(verifyCheckpoint(junk, [office.publicKey]).ok).toBe(false);
        expect(verifyCheckpoint({ ...signed, signature: flipped }, [office.publicKey]).ok).toBe(false);
        expect(
          verifyCheckpoint({ ...signed, checkpoint: { ...signed.checkpoint, at: String(junk) } }, [office.publicKey])
            .ok,
        ).toBe(String(junk) === signed.checkpoint.at);
      }),
      { seed: 20261205, numRuns: 1000 },
    );
  }, 120_000);
});
