import { chinaCalendar, decide, extendCalendar, type PetitionEvent, policies, replay, unitCode } from '@xinfang/core';
import { example2027Schedule } from '@xinfang/core/testing';
import { describe, expect, it } from 'vitest';
import { movedDueDates } from '../../src/app/calendar-change.js';

const national = policies.national;
const unit = national.defaultUnit;
const clerk = { id: 'clerk-1', role: 'clerk' as const, unit };

const s2027 = example2027Schedule;

/** A letter received `received`, accepted `accepted`: its 60-day handling period (22 art 34). */
function matter(id: string, n: number, received: string, accepted: string): PetitionEvent[] {
  const events: PetitionEvent[] = [];
  const ctx = { policy: national, calendar: chinaCalendar };
  const petition = {
    channel: 'letter' as const,
    class: 'claim' as const,
    subject: '拖欠工资',
    content: '公司拖欠三个月工资，请求督促支付。',
    receivedAt: `${received}T09:00:00+08:00`,
    anonymous: false,
    petitioner: { name: '李雷', phone: '13800138000', address: '成都市青羊区人民路1号' },
    letter: { postmarkDate: received, senderAddress: '成都市青羊区人民路1号' },
  };
  for (const c of [
    {
      type: 'register' as const,
      petitionId: id,
      at: petition.receivedAt,
      by: clerk,
      petition,
      registrationNo: `XF-${unitCode(national, unit)}-${received.slice(0, 4)}-${String(n).padStart(4, '0')}`,
      unit,
      policyId: national.id,
      policyVersion: national.version,
    },
    { type: 'accept' as const, petitionId: id, at: `${accepted}T09:00:00+08:00`, by: clerk },
  ]) {
    const r = decide(events, c, ctx);
    if (!r.ok) throw new Error(r.rejection.message.en);
    events.push(...r.events);
  }
  return events;
}

describe('movedDueDates: what loading a schedule changes (22 art 34)', () => {
  it('lists the open matters whose provisional due dates the 2027 schedule moves, and no other', () => {
    const histories = new Map([
      ['a', matter('a', 1, '2026-12-05', '2026-12-07')], // conclusion 2027-02-09 provisional → 02-12
      ['b', matter('b', 2, '2026-06-01', '2026-06-02')], // conclusion 2026-08-03: official, cannot move
      ['c', matter('c', 3, '2026-11-20', '2026-11-23')], // conclusion 2027-01-22: provisional, stays
    ]);
    const views = [...histories.values()].map((h) => replay(h));
    expect(views.map((v) => [v.due.conclusion, v.provisional])).toEqual([
      ['2027-02-09', ['conclusion']],
      ['2026-08-03', undefined],
      ['2027-01-22', ['conclusion']],
    ]);
    const moved = movedDueDates(views, (id) => histories.get(id), extendCalendar(chinaCalendar, s2027));
    expect(moved).toEqual([
      {
        petitionId: 'a',
        registrationNo: `XF-${unitCode(national, unit)}-2026-0001`,
        kind: 'conclusion',
        label: { zh: '办结期限', en: 'conclusion due' },
        before: '2027-02-09',
        after: '2027-02-12',
        provisional: false,
      },
    ]);
    expect(movedDueDates(views, (id) => histories.get(id), chinaCalendar)).toEqual([]);
  });
});
