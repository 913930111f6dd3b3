/**
 * `checkHistoryUnhashed` + `settleHashes` (the asynchronous-digest path of bulk imports) give exactly the
 * verdict of `checkHistory` (which hashes synchronously), on decided histories and on forged ones (fixed seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { hashEvent, nobleSha256Hex } from '../history/hash.js';
import { decide } from '../lifecycle/decide.js';
import type { PetitionEvent } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { fullScenario } from '../testing/fixtures.js';
import { checkHistory, checkHistoryUnhashed, settleHashes } from './check.js';

const ctx = {
  policyFor: (id: string, version: string) => Object.values(policies).find((p) => p.id === id && p.version === version),
  calendar: chinaCalendar,
};

function decided(policy: (typeof policies)[keyof typeof policies]): PetitionEvent[] {
  const h: PetitionEvent[] = [];
  for (const c of fullScenario('p-1', policy)) {
    const r = decide(h, c, { policy, calendar: chinaCalendar });
    if (!r.ok) break;
    h.push(...r.events);
  }
  return h;
}

const full = decided(policies.national);

/** The verdict through the unhashed check, the digests computed by the pure SHA-256. */
function settled(events: readonly unknown[]) {
  const u = checkHistoryUnhashed(events, ctx);
  return settleHashes(u, u.texts.map(nobleSha256Hex));
}

/** Events from `from` on re-chained and re-hashed (a forger's consistent chain). */
function rechain(events: PetitionEvent[], from: number): PetitionEvent[] {
  const out = events.slice(0, from);
  for (let i = from; i < events.length; i++) {
    const { hash: _h, ...body } = {
      ...(events[i] as PetitionEvent),
      prevHash: i === 0 ? '' : (out[i - 1] as PetitionEvent).hash,
    };
    let hash = '';
    try {
      hash = hashEvent(body as PetitionEvent);
    } catch {
      // an unhashable value: the event keeps an empty hash
    }
    out.push({ ...body, hash } as PetitionEvent);
  }
  return out;
}

describe('checkHistoryUnhashed + settleHashes', () => {
  it('the texts are what each stored hash digests, byte for byte, and the verdict is checkHistory’s (each preset)', () => {
    for (const policy of Object.values(policies)) {
      const h = decided(policy);
      const u = checkHistoryUnhashed(h, ctx);
      expect(u.texts.map(nobleSha256Hex)).toEqual(h.map((e) => e.hash));
      expect(u.claimed).toEqual(h.map((e) => e.hash));
      expect(settleHashes(u, u.texts.map(nobleSha256Hex))).toEqual(checkHistory(h, ctx));
    }
  });

  it('a wrong digest refuses the first event whose digest differs, as altered', () => {
    const u = checkHistoryUnhashed(full, ctx);
    const digests = u.texts.map(nobleSha256Hex);
    digests[3] = '0'.repeat(64);
    digests[5] = '0'.repeat(64);
    const r = settleHashes(u, digests);
    expect(r.ok ? 'ok' : [r.refusal.reason, r.refusal.index, r.refusal.seq]).toEqual(['altered', 3, 4]);
  });

  it('an empty or unreadable history is refused as checkHistory refuses it', () => {
    expect(settled([])).toEqual(checkHistory([], ctx));
    const throwing = Object.defineProperty({ ...full[0] }, 'type', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(settled([throwing])).toEqual(checkHistory([throwing], ctx));
  });

  it('forged histories get the same verdict, refusal reason, index and message included (3,000 runs)', () => {
    const edit = fc.record({
      at: fc.nat(full.length - 1),
      kind: fc.constantFrom('hash', 'content', 'content-rechained', 'drop', 'swap', 'truncate', 'type', 'link'),
      text: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('\ud800'), fc.constant('信访')),
      days: fc.integer({ min: -5, max: 90 }),
    });
    fc.assert(
      fc.property(edit, (f) => {
        let h = full.map((e) => ({ ...e }));
        const e = h[f.at] as PetitionEvent & Record<string, unknown>;
        switch (f.kind) {
          case 'hash':
            e.hash = `${e.hash.slice(0, -1)}${e.hash.endsWith('0') ? '1' : '0'}`;
            break;
          case 'content':
            e.data = { ...(e.data as object), reason: f.text };
            break;
          case 'content-rechained':
            e.data = { ...(e.data as object), days: f.days, reason: f.text };
            h = rechain(h, f.at);
            break;
          case 'drop':
            h.splice(f.at, 1);
            break;
          case 'swap':
            if (f.at + 1 < h.length) [h[f.at], h[f.at + 1]] = [h[f.at + 1] as never, h[f.at] as never];
            break;
          case 'truncate':
            h = h.slice(0, f.at + 1);
            break;
          case 'type':
            e.type = f.text as never;
            h = rechain(h, f.at);
            break;
          case 'link':
            e.prevHash = f.text;
            break;
        }
        expect(settled(h)).toEqual(checkHistory(h, ctx));
      }),
      { seed: 20261205, numRuns: 3000 },
    );
  }, 120_000);
});
