/**
 * Due dates in a year without an official schedule yet (rules.md §2): registered 2026-12-05, the matter's
 * periods reach 2027. Staff duties take the provisional date and say so; the petitioner's windows stay open
 * until the latest date an official schedule could give (22 art 35); loading the 2027 schedule at run time
 * corrects due dates and lateness on replay, since neither is frozen into the history.
 */
import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../test/helpers.js';
import { type Calendar, chinaCalendar, extendCalendar } from '../calendar/index.js';
import { policies } from '../policy/index.js';
import { actorsOf, at, command, example2027Schedule, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { decide } from './decide.js';
import { replay } from './evolve.js';
import { deadlines } from './queries.js';
import type { Command, PetitionEvent } from './types.js';

const national = policies.national;
const A = actorsOf(national.defaultUnit);

const s2027 = example2027Schedule;

function run(calendar: Calendar, steps: [Command['type'], string, object?][]): PetitionEvent[] {
  const events: PetitionEvent[] = [];
  const petition = { ...samplePetitions.letterClaim, receivedAt: at('2026-12-05') };
  const all: Command[] = [
    registerCommand('p-1', petition),
    ...steps.map(([type, day, fields]) =>
      command(type, 'p-1', at(day), type === 'conclude' ? A.handler : A.clerk, (fields ?? {}) as never),
    ),
  ];
  for (const c of all) {
    const r = decide(events, c, { policy: national, calendar });
    if (!r.ok) throw new Error(`${c.type}: ${r.rejection.code}`);
    events.push(...r.events);
  }
  return events;
}

describe('a matter registered 2026-12-05 and accepted 2026-12-07 (22 art 34: 60 days)', () => {
  it('gets a provisional conclusion date under the default calendar, flagged in the view and deadlines()', () => {
    const events = run(chinaCalendar, [['accept', '2026-12-07']]);
    const view = replay(events);
    // 2027-02-05 is 除夕 (statutory from 2025, 国务院令第795号), 02-06/07 a weekend, 02-08 初三 → 02-09.
    expect(view.due.conclusion).toBe('2027-02-09');
    expect(view.provisional).toEqual(['conclusion']);
    const d = deadlines(view, '2026-12-08T09:00:00+08:00', chinaCalendar);
    expect(d.map((x) => [x.kind, x.due, x.provisional])).toEqual([
      ['notice', '2026-12-21', undefined],
      ['conclusion', '2027-02-09', true],
    ]);
  });

  it('follows the 2027 schedule once it is loaded at run time (replay, same history)', () => {
    const events = run(chinaCalendar, [['accept', '2026-12-07']]);
    const calendar = extendCalendar(chinaCalendar, s2027);
    const view = replay(events, { calendar });
    expect(view.due.conclusion).toBe('2027-02-12'); // the block runs to 02-11
    expect(view.provisional).toBeUndefined();
    expect(deadlines(view, '2026-12-08T09:00:00+08:00', calendar).find((x) => x.kind === 'conclusion')).toEqual({
      kind: 'conclusion',
      due: '2027-02-12',
      status: 'on-time',
      label: { zh: '办结期限', en: 'conclusion due' },
    });
  });

  it('records the calendar edition that counted the periods in the registered event', () => {
    const [registered] = run(chinaCalendar, []);
    expect(registered!.type === 'registered' && registered!.data.calendar).toBe(chinaCalendar.edition);
    expect(chinaCalendar.edition).toMatch(/provisional 2027-2040/);
  });

  it('never freezes a lateness decided by a provisional date: replay derives it with the calendar', () => {
    const events = run(chinaCalendar, [
      ['accept', '2026-12-07'],
      ['conclude', '2027-02-10', { outcome: 'explain', opinion: '解释说明' }],
    ]);
    const concluded = events.at(-1)!;
    expect(concluded.type).toBe('concluded');
    expect(concluded.late).toBeUndefined(); // 02-10 is after the provisional 02-09, but nothing is stored
    expect(replay(events).late).toEqual(['conclusion']); // late on the provisional calendar
    expect(replay(events, { calendar: extendCalendar(chinaCalendar, s2027) }).late).toEqual([]); // on time (02-12)
  });
});

describe('22 art 35: the review window is refused only after the latest date an official schedule could give', () => {
  const steps: [Command['type'], string, object?][] = [
    ['accept', '2026-12-07'],
    ['conclude', '2026-12-20', { outcome: 'explain', opinion: '解释说明' }],
    ['reply', '2026-12-21', { text: '书面答复' }],
    ['delivered', '2027-01-05'],
  ];

  it('keeps the window open to 2027-02-15 under the default calendar (30 days end 02-04, which 春节 could move)', () => {
    const events = run(chinaCalendar, steps);
    const view = replay(events);
    expect(view.due.reviewRequest).toBe('2027-02-15');
    expect(view.provisional).toEqual(['reviewRequest']);
    const request = command('requestReview', 'p-1', at('2027-02-15'), A.clerk, {
      reviewUnit: 'superiorOrgan',
      reasons: '不服答复',
    } as never);
    expect(decide(events, request, { policy: national, calendar: chinaCalendar }).ok).toBe(true);
    const late = { ...request, at: at('2027-02-16') };
    const r = decide(events, late, { policy: national, calendar: chinaCalendar });
    expectRejected(r, 'review-window-closed');
  });

  it('closes it on the official day once the 2027 schedule is loaded (02-04 is a working day there)', () => {
    const calendar = extendCalendar(chinaCalendar, s2027);
    const events = run(chinaCalendar, steps);
    expect(replay(events, { calendar }).due.reviewRequest).toBe('2027-02-04');
  });
});
