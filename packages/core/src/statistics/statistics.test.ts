import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import type { PetitionView } from '../lifecycle/types.js';
import { policies } from '../policy/index.js';
import { actorsOf, at, samplePetitions } from '../testing/fixtures.js';
import { startPetition } from '../testing/harness.js';
import { statistics } from './statistics.js';

const A = actorsOf(policies.national.defaultUnit);

function views(): PetitionView[] {
  const p1 = startPetition(samplePetitions.letterClaim); // received 09-20
  p1.ok('accept', '2025-09-23', A.clerk);
  p1.ok('conclude', '2025-10-20', A.handler, { outcome: 'explain', opinion: '…' });
  p1.ok('reply', '2025-10-21', A.clerk, { text: '答复' });
  // received 09-22, conclusion due 11-24; an address, so a reply is owed (22 art 23(2): a phone is not an address)
  const p2 = startPetition({
    ...samplePetitions.visitClaim,
    petitioner: { ...samplePetitions.visitClaim.petitioner, address: '成都市武侯区人民南路4段1号' },
  });
  p2.ok('accept', '2025-09-23', A.clerk);
  p2.ok('conclude', '2025-11-25', A.handler, { outcome: 'support', opinion: '…' });
  const p3 = startPetition(samplePetitions.collectiveVisit); // received 10-09, 30 people
  p3.ok('accept', '2025-10-10', A.clerk); // due 12-09, still open on 12-31: overdue
  const p4 = startPetition(samplePetitions.anonymousSuggestion); // received 09-22, no reply owed
  p4.ok('accept', '2025-09-23', A.clerk);
  p4.ok('conclude', '2025-10-01', A.handler, { outcome: 'noted', opinion: '…' });
  const p5 = startPetition(samplePetitions.hotlineCall); // registered only
  const p6 = startPetition({ ...samplePetitions.accusation, receivedAt: at('2024-12-31') }); // outside the range
  const p7 = startPetition({ ...samplePetitions.visitClaim, receivedAt: at('2025-12-20') });
  p7.ok('accept', '2025-12-22', A.clerk);
  return [p1, p2, p3, p4, p5, p6, p7].map((h) => h.view);
}

describe('statistics (rules.md §4; seed §政协机关 quarterly and yearly)', () => {
  const s = statistics(views(), { from: '2025-01-01', to: '2025-12-31' }, chinaCalendar, at('2025-12-31'));

  it('counts by channel, class, status, unit and outcome, petitions received in the range only', () => {
    expect([s.total, s.asOf]).toEqual([6, '2025-12-31']);
    expect(s.byChannel).toEqual({ letter: 1, visit: 3, call: 1, online: 1 });
    expect(s.byClass).toEqual({ suggestion: 1, accusation: 0, claim: 5 });
    expect(s.byStatus).toEqual({
      registered: 1,
      transferred: 0,
      assigned: 0,
      handling: 2,
      referred: 0,
      declined: 0,
      concluded: 2,
      replied: 1,
      reviewRequested: 0,
      reviewed: 0,
      reReviewRequested: 0,
      final: 0,
      archived: 0,
    });
    expect(s.byUnit).toEqual({ petitionOffice: 6 });
    expect(s.byOutcome).toEqual({ explain: 1, support: 1, noted: 1 });
  });

  it('counts visits as batches (批次) and persons (人次)', () => {
    expect(s.visits).toEqual({ batches: 3, persons: 32 });
  });

  it('on-time rate (按期办结率) counts open overdue matters against it: 2 ÷ (3 + 1)', () => {
    expect(s.onTime).toEqual({ concludedOnTime: 2, concludedLate: 1, openOverdue: 1, openDueSoon: 0, rate: 0.5 });
  });

  it('reply rate (答复率) over matters that owe a reply; days to conclude, median and 90th percentile', () => {
    expect(s.reply).toEqual({ owed: 2, replied: 1, rate: 0.5 });
    expect(s.daysToConclude).toEqual({ count: 3, median: 30, p90: 64 });
  });

  it('by quarter and by year, with a stable shape', () => {
    expect(s.byQuarter).toEqual([
      {
        key: '2025-Q1',
        from: '2025-01-01',
        to: '2025-03-31',
        total: 0,
        batches: 0,
        persons: 0,
        concluded: 0,
        onTimeRate: null,
        replyRate: null,
      },
      {
        key: '2025-Q2',
        from: '2025-04-01',
        to: '2025-06-30',
        total: 0,
        batches: 0,
        persons: 0,
        concluded: 0,
        onTimeRate: null,
        replyRate: null,
      },
      {
        key: '2025-Q3',
        from: '2025-07-01',
        to: '2025-09-30',
        total: 4,
        batches: 1,
        persons: 1,
        concluded: 3,
        onTimeRate: 0.6667,
        replyRate: 0.5,
      },
      {
        key: '2025-Q4',
        from: '2025-10-01',
        to: '2025-12-31',
        total: 2,
        batches: 2,
        persons: 31,
        concluded: 0,
        onTimeRate: 0,
        replyRate: null,
      },
    ]);
    expect(s.byYear).toEqual([
      {
        key: '2025',
        from: '2025-01-01',
        to: '2025-12-31',
        total: 6,
        batches: 3,
        persons: 32,
        concluded: 3,
        onTimeRate: 0.5,
        replyRate: 0.5,
      },
    ]);
  });

  it('clips buckets to the range; without `now` the end of the range is used; empty input gives nulls', () => {
    const t = statistics(views(), { from: '2025-09-21', to: '2026-01-10' }, chinaCalendar);
    expect(t.asOf).toBe('2026-01-10');
    expect(t.byQuarter.map((b) => [b.key, b.from, b.to, b.total])).toEqual([
      ['2025-Q3', '2025-09-21', '2025-09-30', 3],
      ['2025-Q4', '2025-10-01', '2025-12-31', 2],
      ['2026-Q1', '2026-01-01', '2026-01-10', 0],
    ]);
    const e = statistics([], { from: '2025-01-01', to: '2025-01-31' }, chinaCalendar);
    expect([e.total, e.onTime.rate, e.reply.rate, e.daysToConclude.median, e.byQuarter.length]).toEqual([
      0,
      null,
      null,
      null,
      1,
    ]);
  });

  it('a matter due within the policy’s working days is counted as due soon, not against the rate', () => {
    const u = statistics(views(), { from: '2025-01-01', to: '2025-12-31' }, chinaCalendar, at('2025-12-05'));
    // On 12-05 the collective visit (due 12-09) is due soon; nothing open is overdue yet.
    expect([u.onTime.openDueSoon, u.onTime.openOverdue, u.onTime.rate]).toEqual([1, 0, 0.6667]);
  });
});
