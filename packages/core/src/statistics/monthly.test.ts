import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { derivePolicy, policies } from '../policy/index.js';
import { actorsOf, at, samplePetitions } from '../testing/fixtures.js';
import { startPetition } from '../testing/harness.js';
import { statisticsByMonth } from './monthly.js';

const A = actorsOf(policies.national.defaultUnit);
const address = { address: '成都市武侯区人民南路4段1号' };

function views() {
  const p1 = startPetition(samplePetitions.letterClaim); // received 09-20
  p1.ok('accept', '2025-09-23', A.clerk);
  p1.ok('conclude', '2025-10-20', A.handler, { outcome: 'explain', opinion: '…' }); // due 11-24: on time
  p1.ok('reply', '2025-10-21', A.clerk, { text: '答复' });
  const p2 = startPetition({
    ...samplePetitions.visitClaim,
    petitioner: { ...samplePetitions.visitClaim.petitioner, ...address },
  }); // received 09-22
  p2.ok('accept', '2025-09-23', A.clerk);
  p2.ok('conclude', '2025-11-25', A.handler, { outcome: 'support', opinion: '…' }); // due 11-24: late, no reply yet
  const p3 = startPetition({
    ...samplePetitions.collectiveVisit,
    petitioner: { ...samplePetitions.collectiveVisit.petitioner, ...address },
  }); // received 10-09, 30 people
  p3.ok('accept', '2025-10-10', A.clerk); // due 12-09, open on 12-31: overdue
  return [p1, p2, p3].map((h) => h.view);
}

describe('monthly statistics (rules.md §4: statistics where an institution asks for them monthly)', () => {
  it('rules.md §4, seed 国土资源局 每月统计报表: September and October 2025, counted as statistics counts quarters', () => {
    expect(
      statisticsByMonth(views(), { from: '2025-09-01', to: '2025-10-31' }, chinaCalendar, at('2025-12-31')),
    ).toEqual([
      {
        key: '2025-09',
        from: '2025-09-01',
        to: '2025-09-30',
        total: 2,
        batches: 1,
        persons: 1,
        concluded: 2,
        onTimeRate: 0.5,
        replyRate: 0.5,
      },
      {
        key: '2025-10',
        from: '2025-10-01',
        to: '2025-10-31',
        total: 1,
        batches: 1,
        persons: 30,
        concluded: 0,
        onTimeRate: 0,
        replyRate: null,
      },
    ]);
  });

  it('rules.md §4: months are clipped to the range and run across a year end; an empty range gives none', () => {
    const months = statisticsByMonth(views(), { from: '2025-11-15', to: '2026-01-10' }, chinaCalendar);
    expect(months.map((m) => [m.key, m.from, m.to, m.total])).toEqual([
      ['2025-11', '2025-11-15', '2025-11-30', 0],
      ['2025-12', '2025-12-01', '2025-12-31', 0],
      ['2026-01', '2026-01-01', '2026-01-10', 0],
    ]);
    expect(statisticsByMonth(views(), { from: '2025-10-02', to: '2025-10-01' }, chinaCalendar)).toEqual([]);
  });

  it('rules.md §4: a policy says it reports monthly with reporting.statistics', () => {
    const r = derivePolicy(policies.township, { id: 'monthly', version: '1', reporting: { statistics: ['monthly'] } });
    expect(r.ok && r.policy.reporting.statistics).toEqual(['monthly']);
  });
});
