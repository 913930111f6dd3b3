/**
 * Property tests (fast-check, fixed seed) of `checkAppend`: semantically impossible appends, written as
 * consistent chains (right seq, prevHash and hash), are refused; whatever is accepted replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { hashEvent } from '../history/hash.js';
import { decide } from '../lifecycle/decide.js';
import { replay } from '../lifecycle/evolve.js';
import type { EventType, PetitionEvent, PetitionView } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { fullScenario } from '../testing/fixtures.js';
import { checkAppend, commandOfEvent } from './check.js';

const national = policies.national;
const ctx = {
  policyFor: (id: string, version: string) => Object.values(policies).find((p) => p.id === id && p.version === version),
  calendar: chinaCalendar,
};

const full: PetitionEvent[] = [];
for (const c of fullScenario('p-1', national)) {
  const r = decide(full, c, { policy: national, calendar: chinaCalendar });
  if (!r.ok) throw new Error(r.rejection.message.en);
  full.push(...r.events);
}
const views: (PetitionView | undefined)[] = [undefined];
for (let k = 1; k <= full.length; k++) views.push(replay(full.slice(0, k)));
const types = [...new Set(full.map((e) => e.type))] as EventType[];

/** `e` continuing the first `k` events of `full`, re-hashed: a consistent chain, whatever it says. */
function continuing(k: number, e: Record<string, unknown>): PetitionEvent {
  const prev = full[k - 1];
  const { hash: _h, ...body } = { ...e, petitionId: 'p-1', seq: k + 1, prevHash: prev ? prev.hash : '' } as Record<
    string,
    unknown
  >;
  let hash = '';
  try {
    hash = hashEvent(body as unknown as PetitionEvent);
  } catch {
    // NaN and the like cannot be hashed: the event goes in with an empty hash.
  }
  return { ...body, hash } as unknown as PetitionEvent;
}

const actors = [
  { id: 'clerk-1', role: 'clerk', unit: national.defaultUnit },
  { id: 'head-1', role: 'unitHead', unit: national.defaultUnit },
  { id: 'x', role: 'petitioner' },
  { id: 'y', role: 'admin', unit: 'elsewhere' },
];

const forged = fc.record({
  k: fc.integer({ min: 1, max: full.length }),
  template: fc.nat(full.length - 1),
  type: fc.oneof(
    fc.constantFrom(...types),
    fc.constantFrom('registered', 'accepted', 'archived', 'extended', 'constructor', 'toString', '__proto__'),
    fc.string({ maxLength: 12 }),
  ),
  data: fc.oneof(
    fc.constant(undefined),
    fc.record({ days: fc.integer({ min: -400, max: 400 }), reason: fc.string({ maxLength: 6 }) }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    fc.anything({ maxDepth: 2 }),
  ),
  actor: fc.oneof(fc.constantFrom(...actors), fc.anything({ maxDepth: 1 })),
  shiftMinutes: fc.oneof(fc.constant(0), fc.integer({ min: -60 * 24 * 30, max: 60 * 24 * 30 })),
  /** The true next event (only its time shifted): accepted exactly when decide agrees. */
  genuine: fc.boolean(),
  late: fc.option(fc.array(fc.constantFrom('disposition', 'notice', 'conclusion', 'x'), { maxLength: 2 }), {
    nil: undefined,
  }),
});

describe('checkAppend (property, fixed seed)', () => {
  it('impossible appends with consistent chains are refused; what passes is exactly what decide makes (6,000 runs)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(forged, (f) => {
        const template = full[f.template] as PetitionEvent;
        const ms = Date.parse((full[f.k - 1] as PetitionEvent).at) + f.shiftMinutes * 60_000;
        const next = full[f.k];
        if (f.genuine && next !== undefined) {
          const e =
            f.shiftMinutes === 0
              ? next
              : continuing(f.k, { ...next, at: new Date(Date.parse(next.at) + f.shiftMinutes * 60_000).toISOString() });
          const r = checkAppend(views[f.k], [e], ctx);
          const d = decide(full.slice(0, f.k), commandOfEvent(e) as never, {
            policy: national,
            calendar: chinaCalendar,
          });
          expect(r.ok).toBe(d.ok && JSON.stringify(d.events[0]) === JSON.stringify(e));
          if (f.shiftMinutes === 0) expect(r.ok ? r.view : undefined).toEqual(views[f.k + 1]);
          if (r.ok) accepted++;
          return;
        }
        const e = continuing(f.k, {
          ...template,
          type: f.type,
          by: f.actor,
          at: new Date(ms).toISOString(),
          ...(f.data === undefined ? {} : { data: f.data }),
          ...(f.late === undefined ? {} : { late: f.late }),
        });
        const view = views[f.k];
        const r = checkAppend(view, [e], ctx); // never throws
        // Semantically impossible: refused whatever the chain says.
        if (f.type === 'registered') expect(r.ok).toBe(false); // a second registration
        if (
          !types.includes(f.type as EventType) &&
          !['registered', 'accepted', 'archived', 'extended'].includes(f.type)
        ) {
          expect(['malformed', 'unknown-type']).toContain(r.ok ? 'ok' : r.refusal.reason);
        }
        if (view?.status === 'archived') expect(r.ok).toBe(false); // nothing after archiving
        const days = (e.data as { days?: unknown } | undefined)?.days;
        if (f.type === 'extended' && (typeof days !== 'number' || days <= 0)) expect(r.ok).toBe(false);
        if (r.ok) {
          accepted++;
          // Accepted ⇒ decide, given the command the event records, makes this very event, and it replays.
          const d = decide(full.slice(0, f.k), commandOfEvent(e) as never, {
            policy: national,
            calendar: chinaCalendar,
          });
          expect(d.ok ? d.events[0] : d.rejection.code).toEqual(e);
          expect(replay([...full.slice(0, f.k), e]).seq).toBe(f.k + 1);
        } else {
          expect(typeof r.refusal.message.zh === 'string' && typeof r.refusal.message.en === 'string').toBe(true);
        }
      }),
      { seed: 20261205, numRuns: 6000 },
    );
    expect(accepted).toBeGreaterThan(1000); // the accepting side is exercised too
  }, 120_000);

  it('every event of a decided history passes, in order, and a decided history passes whole (each preset)', () => {
    for (const policy of Object.values(policies)) {
      const h: PetitionEvent[] = [];
      for (const c of fullScenario('p-9', policy)) {
        const r = decide(h, c, { policy, calendar: chinaCalendar });
        if (!r.ok) break;
        h.push(...r.events);
      }
      const whole = checkAppend(undefined, h, ctx);
      expect(whole.ok ? whole.view?.seq : whole.refusal.message.en).toBe(h.length);
    }
  });
});

describe('checkAppend on hostile shapes', () => {
  it('never throws: data nested 100,000 deep, getters that throw, cycles', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const last = full[6] as PetitionEvent;
    const throwing = Object.defineProperty({ ...last }, 'data', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const throwingHash = Object.defineProperty({ ...last, seq: 7 }, 'hash', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const cyclic: Record<string, unknown> = { text: 'x' };
    cyclic.self = cyclic;
    for (const e of [
      { ...continuing(6, { ...last, type: 'handlingProposed' }), data: deep },
      throwing,
      throwingHash,
      { ...continuing(6, { ...last, type: 'handlingProposed' }), data: cyclic },
    ]) {
      const r = checkAppend(views[6], [e], ctx);
      expect(r.ok ? 'ok' : r.refusal.reason).not.toBe('ok');
    }
  });
});
