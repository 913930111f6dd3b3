import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { policies } from '../policy/index.js';
import { actorsOf, at, command, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { decide } from './decide.js';
import { durableDueOf, queueDueOf, replay } from './evolve.js';
import type { PetitionEvent, PetitionView } from './types.js';

const national = policies.national;

function transferred(day: string): PetitionView {
  const history: PetitionEvent[] = [];
  for (const c of [
    registerCommand('p-1', { ...samplePetitions.letterClaim, receivedAt: at(day) }, national),
    command('transfer', 'p-1', at(day), actorsOf(national.defaultUnit).clerk, {
      toUnit: 'competentOrgan',
      reason: '属其职权范围',
    }),
  ]) {
    const r = decide(history, c, { policy: national, calendar: chinaCalendar });
    if (!r.ok) throw new Error(r.rejection.message.en);
    history.push(...r.events);
  }
  return replay(history);
}

describe('the queue date of a petition on a day (22 art 23(3))', () => {
  it('22 art 23(3): the objection window orders the row through its last day, the disposition due after it', () => {
    const v = transferred('2025-11-03');
    // 22 art 23(3): 5 working days to object (to 11-10); 15 days to dispose of the matter (to 11-18).
    expect([v.due.objection, v.due.disposition, v.nextDue, durableDueOf(v.due)]).toEqual([
      '2025-11-10',
      '2025-11-18',
      '2025-11-10',
      '2025-11-18',
    ]);
    expect([
      queueDueOf(v),
      queueDueOf(v, '2025-11-03'),
      queueDueOf(v, '2025-11-10'),
      queueDueOf(v, '2025-11-11'),
      queueDueOf(v, '2026-12-05'),
    ]).toEqual(['2025-11-10', '2025-11-10', '2025-11-10', '2025-11-18', '2025-11-18']);
  });

  it('never throws on malformed due dates and never answers a date the view does not carry (fixed seed)', () => {
    const value = fc.oneof(fc.constant(undefined), fc.string(), fc.integer(), fc.constant(null), fc.object());
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('objection', 'disposition', 'notice', 'reply', 'reviewRequest', 'x'), value),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        (due, nextDue, asOf) => {
          const view = { due, nextDue } as unknown as PetitionView;
          const got = queueDueOf(view, asOf);
          const carried = [nextDue, ...Object.values(due)];
          expect(got === undefined || carried.includes(got)).toBe(true);
        },
      ),
      { seed: 20261205, numRuns: 300 },
    );
  });
});
