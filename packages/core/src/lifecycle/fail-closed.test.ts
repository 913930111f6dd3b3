/**
 * Checks fail closed: an actor without a unit, or with a role or unit nobody knows, passes no unit check;
 * register and transfer name only units the policy lists.
 */
import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../test/helpers.js';
import { chinaCalendar } from '../calendar/index.js';
import { policies } from '../policy/index.js';
import { actorsOf, at, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { startPetition } from '../testing/harness.js';
import { decide } from './decide.js';
import { can, viewFor } from './queries.js';
import type { Actor, Command } from './types.js';

const national = policies.national;
const OFFICE = national.defaultUnit;
const A = actorsOf(OFFICE);
const ctx = { policy: national, calendar: chinaCalendar };
const noUnit = (a: Actor): Actor => ({ id: a.id, role: a.role });

describe('unit checks refuse staff without a unit', () => {
  it('own unit: a clerk without a unit cannot accept (unit-required, bilingual, says what to do)', () => {
    const h = startPetition();
    expect(h.no('accept', '2025-09-23', noUnit(A.clerk))).toEqual({
      code: 'unit-required',
      message: {
        zh: '操作人“clerk@petitionOffice”的账号没有注明所在单位，不能受理。请管理员为该账号设置所在单位后再办理。',
        en: 'The account of "clerk@petitionOffice" names no unit, so it cannot accept. Ask the administrator to set the account\'s unit, then do it again.',
      },
    });
    expect(h.events).toHaveLength(1);
  });

  it('22 art 30: in an accusation, staff without a unit cannot be told from the accused unit and are refused', () => {
    const h = startPetition(samplePetitions.accusation);
    // notify has no own-unit check: only the accused check stands between the actor and the accuser's data.
    expect(h.no('notify', '2025-09-23', noUnit(A.clerk), { method: 'written' }).code).toBe('unit-required');
    expect(h.no('notify', '2025-09-23', actorsOf('roads').clerk, { method: 'written' }).code).toBe('accused-party');
    h.ok('notify', '2025-09-23', A.clerk, { method: 'written' });
  });

  it('22 art 23(3): only the sending unit decides an objection; a head without a unit is refused', () => {
    const h = startPetition();
    h.ok('transfer', '2025-09-22', A.clerk, { toUnit: 'competentOrgan', reason: '属其职责' });
    h.ok('object', '2025-09-23', actorsOf('competentOrgan').clerk, { reasons: '不属本机关职责' });
    expect(h.no('decideObjection', '2025-09-24', noUnit(A.head), { agreed: true }).code).toBe('unit-required');
    expect(h.no('decideObjection', '2025-09-24', actorsOf('competentOrgan').head, { agreed: true }).code).toBe(
      'not-sending-unit',
    );
    h.ok('decideObjection', '2025-09-24', A.head, { agreed: true });
    expect(h.view.status).toBe('registered');
  });

  it('a petitioner, who belongs to no unit, still requests a review (22 art 35)', () => {
    const h = startPetition();
    h.ok('accept', '2025-09-23', A.clerk);
    h.ok('conclude', '2025-10-20', A.handler, { outcome: 'explain', opinion: '解释说明' });
    h.ok('reply', '2025-10-21', A.clerk, { text: '书面答复' });
    h.ok('delivered', '2025-11-01', A.clerk);
    h.ok('requestReview', '2025-11-05', A.petitioner, { reviewUnit: 'superiorOrgan', reasons: '不服' });
    expect(h.view.status).toBe('reviewRequested');
  });
});

describe('22 art 30(3): who sees an accusation fails closed too', () => {
  it('staff without a unit see the accusation redacted; staff of its unit see it', () => {
    const h = startPetition(samplePetitions.accusation);
    const hidden = viewFor(h.view, noUnit(A.clerk));
    expect([hidden.redacted, hidden.content, hidden.petitionerName]).toEqual([true, '', undefined]);
    expect(viewFor(h.view, A.clerk).petitionerName).toBe('周杰');
    expect(viewFor(h.view, null as unknown as typeof A.clerk).redacted).toBe(true);
  });

  it('22 art 28(3), 30(3): a staff member of the unit who recused themselves no longer sees the accuser', () => {
    const h = startPetition(samplePetitions.accusation);
    h.ok('accept', '2025-09-23', A.clerk);
    expect(viewFor(h.view, A.handler).petitionerName).toBe('周杰');
    h.ok('recuse', '2025-09-24', A.clerk, { person: A.handler.id, reason: '与被检举人系近亲属' });
    const hidden = viewFor(h.view, A.handler);
    expect([hidden.redacted, hidden.content, hidden.petitionerName, hidden.accusedPersons]).toEqual([
      true,
      '',
      undefined,
      [],
    ]);
    expect(viewFor(h.view, A.clerk).petitionerName).toBe('周杰');
  });

  it('can() refuses staff without a unit as decide does, and answers for anything instead of throwing', () => {
    const h = startPetition();
    expect(can(h.view, 'accept', noUnit(A.clerk), ctx)).toMatchObject({
      ok: false,
      rejection: { code: 'unit-required' },
    });
    expect(can(h.view, 'accept', A.clerk, ctx)).toEqual({ ok: true });
    for (const [type, actor, at] of [
      ['constructor', A.clerk, undefined],
      ['accept', null, undefined],
      ['accept', { ...A.clerk, role: 'admin' }, undefined],
      ['accept', A.clerk, '2025-11-31T09:00:00+08:00'],
    ] as const) {
      const r = can(h.view, type as never, actor as never, { ...ctx, at });
      expect(r).toMatchObject({ ok: false, rejection: { code: 'invalid-command' } });
    }
  });
});

describe('unknown roles and units are refused', () => {
  it('a role nobody knows is an invalid command naming by.role', () => {
    const r = decide(
      [],
      registerCommand('p-1', samplePetitions.letterClaim, national, { by: { ...A.clerk, role: 'admin' as never } }),
      ctx,
    );
    expect(r).toMatchObject({ ok: false, rejection: { code: 'invalid-command' } });
    expect(r.ok ? '' : r.rejection.message.en).toContain('"by.role" must be one of the known roles: clerk');
  });

  it('N2 / 22 art 22: register refuses a unit the policy does not list', () => {
    const r = decide([], registerCommand('p-1', samplePetitions.letterClaim, national, { unit: 'cityOfice' }), ctx);
    expect(r.ok ? undefined : r.rejection).toEqual({
      code: 'unknown-unit',
      message: {
        zh: '单位“cityOfice”不是本制度登记的单位，不能登记。请从单位列表中选择登记单位；列表中没有的，请管理员先在制度中添加。',
        en: 'Unit "cityOfice" is not a unit of this policy, so the petition cannot be registered. Choose the registering unit from the list; if it is missing, ask the administrator to add it to the policy first.',
      },
    });
  });

  it('N2 / 22 art 22: register refuses a clerk whose unit the policy does not list', () => {
    const by = { ...A.clerk, unit: 'nowhere' };
    const r = decide([], registerCommand('p-1', samplePetitions.letterClaim, national, { by }), ctx);
    expectRejected(r, 'unknown-unit');
    expect(r.ok ? '' : r.rejection.message.en).toContain('"nowhere"');
  });

  it('22 art 22: transfer refuses a unit the policy does not list, and takes one it lists', () => {
    const h = startPetition();
    const r = h.no('transfer', '2025-09-22', A.clerk, { toUnit: 'competentOrgn', reason: '属其职责' });
    expect(r.code).toBe('unknown-unit');
    expect(r.message.zh).toContain('“competentOrgn”不是本制度登记的单位，不能转送');
    h.ok('transfer', '2025-09-22', A.clerk, { toUnit: 'competentOrgan', reason: '属其职责' });
    expect(h.view.unit).toBe('competentOrgan');
  });

  it('a unit given as a prototype key is an unknown unit, not a member of Object.prototype', () => {
    for (const unit of ['constructor', '__proto__', 'toString']) {
      const c = { ...registerCommand('p-1', samplePetitions.letterClaim, national), unit } as Command;
      const r = decide([], c, ctx);
      expectRejected(r, 'unknown-unit');
    }
    const h = startPetition();
    const r = h.run({
      type: 'transfer',
      petitionId: 'p-1',
      at: at('2025-09-22'),
      by: A.clerk,
      toUnit: 'constructor',
      reason: '—',
    });
    expectRejected(r, 'unknown-unit');
  });
});
