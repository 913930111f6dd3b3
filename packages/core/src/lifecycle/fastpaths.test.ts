/**
 * The internal fast paths of decide and statistics give the very answers of the general code they shortcut
 * (property tests, fixed seeds). Replay == the fold of evolve is checked in lifecycle.property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, instantMillis, shanghaiDay } from '../calendar/dates.js';
import { addDays, chinaCalendar, daysBetween } from '../calendar/index.js';
import { hashEvent, internCanonical, nobleSha256Hex, referenceCanonicalJson, verifyHistory } from '../history/hash.js';
import { policies } from '../policy/index.js';
import { statistics } from '../statistics/statistics.js';
import { fullScenario, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { decide, decideOn } from './decide.js';
import { DUE_KINDS, evolve, replay } from './evolve.js';
import { sharedTermsFor, termsFor } from './terms.js';
import type { PetitionEvent, PetitionInput, PetitionView } from './types.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const instant = fc
  .record({
    y: fc.integer({ min: 1990, max: 2099 }),
    mo: fc.integer({ min: 0, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
    h: fc.integer({ min: 0, max: 25 }),
    mi: fc.integer({ min: 0, max: 60 }),
    s: fc.integer({ min: 0, max: 60 }),
    zone: fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '+08:60', '+24:00', 'z', '', '.123Z'),
  })
  .map((x) => `${x.y}-${pad(x.mo)}-${pad(x.d)}T${pad(x.h)}:${pad(x.mi)}:${pad(x.s)}${x.zone}`);

describe('fast instant and day parsing == the general parsers (22 art 23 periods count from these dates)', () => {
  it('instantMillis equals Date.parse on every real instant of ECMAScript’s format, and refuses its roll-overs (20,000 runs)', () => {
    const ecma = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/;
    fc.assert(
      fc.property(fc.oneof(instant, fc.string({ maxLength: 30 })), (at) => {
        const ms = instantMillis(at);
        if (!ecma.test(at)) return;
        const [y, mo, d] = [Number(at.slice(0, 4)), Number(at.slice(5, 7)), Number(at.slice(8, 10))];
        const real = mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
        const h = Number(at.slice(11, 13));
        const sec = Number(at.slice(17, 19));
        if (real && h < 24 && sec < 60 && !Number.isNaN(Date.parse(at))) expect(ms).toBe(Date.parse(at));
        if (!real) expect(ms).toBeUndefined();
      }),
      { numRuns: 20_000, seed: 20_250_923 },
    );
    expect(instantMillis('2025-09-30T16:30:00Z')).toBe(Date.parse('2025-09-30T16:30:00Z'));
    // Date.parse rolls 31 November over to 1 December; there is no such day.
    expect(Date.parse('2025-11-31T09:00:00+08:00')).toBe(Date.parse('2025-12-01T09:00:00+08:00'));
    expect(instantMillis('2025-11-31T09:00:00+08:00')).toBeUndefined();
    expect(instantMillis('2025-02-29T09:00:00+08:00')).toBeUndefined();
  });

  it('shanghaiDay equals the day number of dayOf (Asia/Shanghai date) on valid instants', () => {
    fc.assert(
      fc.property(instant, (at) => {
        let expected: number;
        try {
          expected = daysBetween('1970-01-01', dayOf(at));
        } catch {
          return; // not an instant: both throw or the caller never stores it
        }
        if (instantMillis(at) === undefined) return;
        expect(shanghaiDay(at)).toBe(expected);
      }),
      { numRuns: 20_000, seed: 20_250_924 },
    );
    expect(shanghaiDay('2025-09-30T16:30:00Z')).toBe(daysBetween('1970-01-01', '2025-10-01'));
  });
});

describe('statistics: median and p90 by counting == by sorting (rules.md §4 days to conclude)', () => {
  const base = (() => {
    const h: PetitionEvent[] = [];
    for (const c of fullScenario('s-1', policies.national)) {
      const r = decide(h, c, { policy: policies.national, calendar: chinaCalendar });
      if (!r.ok) throw new Error(r.rejection.message.en);
      h.push(...r.events);
    }
    return replay(h);
  })();
  const nearest = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];

  it('over random sets of concluded views (500 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 360 }), took: fc.integer({ min: 0, max: 400 }) }), {
          maxLength: 40,
        }),
        (items) => {
          const views: PetitionView[] = items.map(({ start, took }) => {
            const received = addDays('2025-01-01', start);
            return {
              ...base,
              receivedAt: `${received}T09:00:00+08:00`,
              concludedAt: `${addDays(received, took)}T17:00:00Z`, // 01:00 the next day in Beijing
            };
          });
          const s = statistics(views, { from: '2025-01-01', to: '2025-12-31' }, chinaCalendar);
          const sorted = items.map((i) => i.took + 1).sort((a, b) => a - b);
          const n = sorted.length;
          const med =
            n === 0
              ? null
              : n % 2
                ? sorted[n >> 1]
                : ((sorted[(n >> 1) - 1] as number) + (sorted[n >> 1] as number)) / 2;
          expect(s.daysToConclude).toEqual({ count: n, median: med, p90: n === 0 ? null : nearest(sorted, 90) });
        },
      ),
      { numRuns: 500, seed: 20_250_925 },
    );
  });
});

describe('shared policy terms: one frozen object per policy and variant, hashed as termsFor (22 art 34, seed §学校)', () => {
  const petitions = [
    samplePetitions.letterClaim,
    samplePetitions.visitClaim,
    samplePetitions.collectiveVisit,
    samplePetitions.accusation,
    samplePetitions.anonymousSuggestion,
    samplePetitions.hotlineCall,
    { ...samplePetitions.letterClaim, repeatOf: 'XF-XFB-2025-0001' },
    { ...samplePetitions.letterClaim, petitioner: { name: '张三', address: '北京市东城区1号' } }, // no phone
  ] as PetitionInput[];

  it('under every preset and variant: deep-equal to termsFor, and the event hash is that of fresh terms', () => {
    for (const [key, policy] of Object.entries(policies)) {
      for (const [i, petition] of petitions.entries()) {
        const fresh = termsFor(policy, petition);
        const shared = sharedTermsFor(policy, petition, internCanonical);
        expect(shared, `${key} #${i}`).toEqual(fresh);
        expect(Object.isFrozen(shared) && Object.isFrozen(shared.permissions.archive)).toBe(true);
        expect(sharedTermsFor(policy, petition, internCanonical)).toBe(shared); // cached
        // The registered event decide writes hashes exactly like one carrying fresh, unfrozen terms.
        const r = decideOn(undefined, registerCommand(`p-${key}-${i}`, petition, policy), {
          policy,
          calendar: chinaCalendar,
        });
        if (!r.ok) throw new Error(`${key} #${i}: ${r.rejection.message.en}`);
        const e = r.events[0] as PetitionEvent;
        const copy = { ...e, data: { ...e.data, terms: fresh } } as PetitionEvent;
        const { hash: _h, ...rest } = copy;
        expect(e.hash).toBe(nobleSha256Hex(referenceCanonicalJson(rest)));
        expect(hashEvent(copy)).toBe(e.hash);
        expect(verifyHistory([e]).ok).toBe(true);
      }
    }
  });

  it('variants are told apart: the school gives real-name claims 15 days and the rest 30 (seed §学校)', () => {
    const school = policies.school;
    const named = sharedTermsFor(school, samplePetitions.letterClaim, internCanonical);
    const anonymous = sharedTermsFor(school, samplePetitions.anonymousSuggestion, internCanonical);
    expect(named.handling.direct.days).toBe(15);
    expect(anonymous.handling.direct.days).toBe(30);
    expect([named.noticeExempt, anonymous.noticeExempt]).toEqual([false, true]);
  });

  it('termsFor stays fresh; a policy part replaced in place is noticed', () => {
    expect(termsFor(policies.national, samplePetitions.letterClaim)).not.toBe(
      termsFor(policies.national, samplePetitions.letterClaim),
    );
    const copy = structuredClone(policies.national);
    const before = sharedTermsFor(copy, samplePetitions.letterClaim, internCanonical);
    copy.periods = { ...copy.periods, notice: { days: 10, unit: 'day' } };
    const after = sharedTermsFor(copy, samplePetitions.letterClaim, internCanonical);
    expect([before.notice.days, after.notice.days]).toEqual([15, 10]);
    copy.dueSoonWorkdays = 7;
    expect(sharedTermsFor(copy, samplePetitions.letterClaim, internCanonical).dueSoonWorkdays).toBe(7);
  });

  it('a frozen policy (every preset) finds its shared terms by variant: the same object, equal to termsFor', () => {
    for (const policy of Object.values(policies)) {
      for (const petition of Object.values(samplePetitions)) {
        const a = sharedTermsFor(policy, petition, internCanonical);
        expect(sharedTermsFor(policy, petition, internCanonical)).toBe(a);
        expect(a).toEqual(termsFor(policy, petition));
        expect(Object.isFrozen(a.handling.direct)).toBe(true);
      }
    }
  });

  it('22 art 34: a period edited deep inside a policy in place is recorded as it now reads, never from the cache', () => {
    const copy = structuredClone(policies.national);
    const first = sharedTermsFor(copy, samplePetitions.letterClaim, internCanonical);
    expect(sharedTermsFor(copy, samplePetitions.letterClaim, internCanonical)).toBe(first); // shared while equal
    copy.extension.max.days = 20;
    copy.periods.disposition.days = 10;
    const after = sharedTermsFor(copy, samplePetitions.letterClaim, internCanonical);
    expect(after).toMatchObject({ extensionMax: { days: 20 }, disposition: { days: 10 } });
    expect(first).toMatchObject({ extensionMax: { days: 30 }, disposition: { days: 15 } }); // the earlier terms are unchanged
    expect(after).toEqual(termsFor(copy, samplePetitions.letterClaim));
  });
});

/** The history of the full scenario (registration to archive) under the national preset. */
function scenarioHistory(id: string): PetitionEvent[] {
  const h: PetitionEvent[] = [];
  for (const c of fullScenario(id, policies.national)) {
    const r = decide(h, c, { policy: policies.national, calendar: chinaCalendar });
    if (!r.ok) throw new Error(r.rejection.message.en);
    h.push(...r.events);
  }
  return h;
}

describe('evolve copies a view in one literal only when it has the usual shape (same result as a spread)', () => {
  const history = scenarioHistory('e-1');
  it('the fold of evolve equals replay at every step, key order included, and never changes its input', () => {
    let view: PetitionView | undefined;
    for (let i = 0; i < history.length; i++) {
      const e = history[i] as PetitionEvent;
      const snapshot = view === undefined ? undefined : JSON.stringify(view);
      const next = evolve(view, e);
      if (view !== undefined) expect(JSON.stringify(view)).toBe(snapshot); // input untouched
      const replayed = replay(history.slice(0, i + 1));
      expect(next).toEqual(replayed);
      expect(Object.keys(next)).toEqual(Object.keys(replayed));
      expect(Object.keys(next.due)).toEqual(Object.keys(replayed.due));
      view = next;
    }
  });

  it('a view with another shape keeps its members as a spread does: extra, missing, reordered, symbol keys', () => {
    const base = replay(history.slice(0, 3));
    const e = history[3] as PetitionEvent;
    const sym = Symbol('note');
    const extra = { ...base, xfQueue: 'q1' } as PetitionView & { xfQueue: string };
    const missing = JSON.parse(JSON.stringify(base)) as PetitionView; // undefined members dropped
    const { status, ...others } = base;
    const reordered = { ...others, status } as PetitionView;
    const withSymbol = { ...base, [sym]: 1 } as PetitionView;
    const dueExtra = { ...base, due: { ...base.due, custom: '2025-01-01' } } as PetitionView;
    for (const v of [extra, missing, reordered, withSymbol, dueExtra]) {
      const next = evolve(v, e);
      const expected = { ...v, due: { ...v.due } };
      // The members a spread keeps are kept, in the spread's order (evolve then sets what the event changes).
      const keep = (a: object, b: object) => [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
      expect(Object.keys(next)).toEqual(keep(expected, next));
      expect(Object.keys(next.due)).toEqual(keep(expected.due, next.due));
    }
    expect((evolve(extra, e) as typeof extra).xfQueue).toBe('q1');
    expect((evolve(withSymbol, e) as unknown as Record<symbol, number>)[sym]).toBe(1);
    expect(evolve(missing, e)).toEqual(evolve(base, e)); // same values; undefined members stay absent
    expect('handler' in evolve(missing, e)).toBe(false);
  });
});

describe('evolve writes the rule tables out in its cases (same answers as the tables)', () => {
  const history = scenarioHistory('t-1');
  const archived = history.find((e) => e.type === 'archived');

  it('22 art 36(3): archiving stops every clock in DUE_KINDS, a kind that is set included', () => {
    expect(archived?.type).toBe('archived');
    const i = history.indexOf(archived as PetitionEvent);
    const before = replay(history.slice(0, i));
    // Every kind owed at once (a view no rule makes, so that a kind the archive case forgot would show).
    const due = Object.fromEntries(DUE_KINDS.map((k) => [k, '2025-12-31']));
    const view = evolve({ ...before, due: due as PetitionView['due'] }, archived as PetitionEvent);
    expect(Object.keys(view.due).sort()).toEqual([...DUE_KINDS].sort());
    expect(DUE_KINDS.filter((k) => view.due[k] !== undefined)).toEqual([]);
    expect(view.nextDue).toBe(undefined);
    expect(view.status).toBe('archived');
  });

  it('lateness of the closing acts: each act closes exactly its kinds, in this order (22 arts 23, 34–36)', () => {
    // act → kinds it closes; an act on the day after every due date is late for exactly these kinds.
    const closes: Record<string, string[]> = {
      accepted: ['disposition'],
      transferred: ['disposition'],
      assigned: ['disposition'],
      referred: ['disposition'],
      declined: ['disposition'],
      notified: ['notice'],
      concluded: ['conclusion', 'reportBack'],
      reviewDecided: ['reviewDecision'],
      reReviewDecided: ['reReviewDecision'],
    };
    const base = replay(history.slice(0, 1));
    const allDue = Object.fromEntries(DUE_KINDS.map((k) => [k, '2025-01-01'])) as PetitionView['due'];
    const data: Record<string, unknown> = {
      accepted: { unit: base.unit, origin: 'direct' },
      transferred: { fromUnit: base.unit, toUnit: 'u-2' },
      assigned: { fromUnit: base.unit, toUnit: 'u-2' },
      referred: { channel: 'litigation', organ: 'court' },
      declined: { goTo: 'court' },
      notified: { to: 'petitioner' },
      concluded: { outcome: 'supported' },
      reviewDecided: { outcome: 'upheld' },
      reReviewDecided: { outcome: 'upheld' },
      handlingProposed: { text: 'x' },
    };
    for (const type of [...Object.keys(closes), 'handlingProposed']) {
      const e = { ...history[1], type, seq: 2, at: '2025-01-02T09:00:00+08:00', data: data[type] } as PetitionEvent;
      const view = evolve({ ...base, late: [], due: { ...allDue } }, e);
      expect([type, view.late]).toEqual([type, closes[type] ?? []]);
      // On the due day itself nothing is late.
      const onTime = evolve({ ...base, late: [], due: { ...allDue } }, { ...e, at: '2025-01-01T23:59:00+08:00' });
      expect([type, onTime.late]).toEqual([type, []]);
    }
  });
});
