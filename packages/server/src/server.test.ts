import { chinaCalendar, policies, statistics, unitCode } from '@xinfang/core';
import { actorsOf, registerCommand, samplePetitions } from '@xinfang/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, signIn, testServer } from './test-support.js';

const national = policies.national;
const unit = national.defaultUnit;
let t: Awaited<ReturnType<typeof testServer>>;

beforeAll(async () => {
  t = await testServer();
  await t.auth.addStaff({ id: 'wang', name: '王芳', role: 'clerk', unit }, PASSWORD);
});
afterAll(() => t.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('staff sessions', () => {
  it('a wrong password is refused in both languages; no cookie is set', async () => {
    const r = await post('/api/session', { id: 'wang', password: 'wrong password!' });
    expect(r.status).toBe(401);
    expect(r.headers.get('set-cookie')).toBe(null);
    expect(((await r.json()) as { code: string }).code).toBe('sign-in-failed');
  });

  it('the session cookie is HttpOnly and SameSite=Strict; the role and unit come from the staff record', async () => {
    const r = await post('/api/session', { id: 'wang', password: PASSWORD });
    expect(r.status).toBe(200);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(/HttpOnly/.test(cookie) && /SameSite=Strict/.test(cookie)).toBe(true);
    expect(((await r.json()) as { actor: unknown }).actor).toEqual({ id: 'wang', name: '王芳', role: 'clerk', unit });
  });

  it('an unsafe request without the CSRF token is refused with 403 and changes nothing', async () => {
    const r = await post('/api/session', { id: 'wang', password: PASSWORD });
    const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const c = registerCommand('x', samplePetitions.letterClaim, national);
    const refused = await post('/api/execute', { commands: c }, { cookie });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('csrf');
    expect((await t.store.query({})).total).toBe(0);
  });

  it('22 art 22: the actor and time of a command are the session’s and the server’s, never the body’s', async () => {
    const as = await signIn(t.app, 'wang');
    const forged = registerCommand('x', samplePetitions.letterClaim, national, {
      by: { id: 'someone-else', role: 'leader', unit: 'other', name: '冒充' },
      at: '2025-09-20T09:00:00+08:00',
    });
    const r = await as('/api/execute', { method: 'POST', body: { commands: forged } });
    expect(r.status).toBe(200);
    const out = (await r.json()) as { ok: boolean; events: { by: { id: string }; at: string }[] };
    expect([out.ok, out.events[0]?.by.id, out.events[0]?.at]).toEqual([true, 'wang', '2025-09-23T10:00:00+08:00']);
  });

  it('signing out ends the session at once, though sessions are kept in memory for a few seconds', async () => {
    const as = await signIn(t.app, 'wang');
    expect((await as('/api/session')).status).toBe(200);
    expect((await as('/api/session', { method: 'DELETE' })).status).toBe(200);
    const after = await as('/api/session');
    expect([after.status, ((await after.json()) as { code: string }).code]).toEqual([401, 'sign-in-required']);
  });

  it('a role or unit changed in the staff record applies to the next request of an open session', async () => {
    await t.auth.addStaff({ id: 'li', name: '李明', role: 'clerk', unit }, PASSWORD);
    const as = await signIn(t.app, 'li');
    expect(((await (await as('/api/session')).json()) as { actor: { role: string } }).actor.role).toBe('clerk');
    await t.auth.addStaff({ id: 'li', name: '李明', role: 'handler', unit: 'housing' }, PASSWORD);
    const now = (await (await as('/api/session')).json()) as { actor: { role: string; unit: string } };
    expect([now.actor.role, now.actor.unit]).toEqual(['handler', 'housing']);
  });

  it('requests without a session get 401 with a bilingual message; malformed JSON gets 400', async () => {
    const r = await t.app.request('/api/petitions/anything');
    expect(r.status).toBe(401);
    const b = (await r.json()) as { code: string; message: { zh: string; en: string } };
    expect([b.code, b.message.en]).toEqual(['sign-in-required', 'Sign in with your staff account first.']);
    const bad = await t.app.request('/api/session', { method: 'POST', body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('the OpenAPI document lists every endpoint', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { openapi: string; paths: object };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toHaveLength(12);
  });
});

describe('citizens', () => {
  it('22 art 17: submit online without an account, then track with registration number and query code', async () => {
    const { channel: _c, receivedAt: _r, ...petition } = samplePetitions.visitClaim;
    const r = await post('/api/public/petitions', { petition });
    expect(r.status).toBe(201);
    const { registrationNo, queryCode, view } = (await r.json()) as {
      registrationNo: string;
      queryCode: string;
      view: { registrationNo: string; queryCode?: string };
    };
    expect(registrationNo).toBe(`XF-${unitCode(policies.national, unit)}-2025-0002`);
    // The receipt carries the petitioner's view, without the query code's digest.
    expect([view.registrationNo, 'queryCode' in view]).toEqual([registrationNo, false]);
    const tracked = await post('/api/public/track', { registrationNo, queryCode: queryCode.toLowerCase() });
    expect(tracked.status).toBe(200);
    const body = (await tracked.json()) as {
      view: { registrationNo: string; status: string; queryCode?: string; receivedAt: string };
      history: unknown[];
    };
    expect([body.view.registrationNo, body.view.status, body.view.queryCode]).toEqual([
      registrationNo,
      'registered',
      undefined,
    ]);
    // What the petitioner was told: the step, without who acted, the petition or the chain's hashes.
    expect(body.history).toEqual([{ type: 'registered', seq: 1, at: body.view.receivedAt, data: {} }]);
  });

  it('bad input is refused with a bilingual message that says what to do, and nothing is stored', async () => {
    const before = (await t.store.query({})).total;
    const r = await post('/api/public/petitions', {
      petition: { class: 'claim', subject: '', content: 'x', anonymous: true },
    });
    expect(r.status).toBe(400);
    const b = (await r.json()) as { code: string; message: { zh: string; en: string } };
    expect(b.code).toBe('invalid-petition');
    expect(b.message.en.length > 5 && b.message.zh.length > 2).toBe(true);
    expect((await t.store.query({})).total).toBe(before);
  });

  it('22 arts 35–36: a review request needs the number and code; the core judges it as the petitioner', async () => {
    const { channel: _c, receivedAt: _r, ...petition } = samplePetitions.visitClaim;
    const { registrationNo, queryCode } = (await (await post('/api/public/petitions', { petition })).json()) as {
      registrationNo: string;
      queryCode: string;
    };
    const request = { type: 'requestReview', reviewUnit: unit, reasons: '不服答复意见' };
    const wrong = await post('/api/public/requests', { registrationNo, queryCode: 'AAAA-AAAA', request });
    const notAllowed = await post('/api/public/requests', {
      registrationNo,
      queryCode,
      request: { ...request, type: 'accept' },
    });
    expect([wrong.status, notAllowed.status]).toEqual([404, 400]);
    // No reply has been delivered yet: refused by the core, nothing stored.
    const early = await post('/api/public/requests', { registrationNo, queryCode, request });
    expect(early.status).toBe(200);
    const refused = (await early.json()) as { ok: boolean; rejection: { code: string } };
    expect([refused.ok, refused.rejection.code]).toEqual([false, 'not-allowed-in-state']);
    const view = await t.store.byRegistrationNo(registrationNo);
    expect([view?.status, view?.seq]).toEqual(['registered', 1]);
  });

  it('tracking locks a registration number after 5 wrong codes (429), even for the right code', async () => {
    const { channel: _c, receivedAt: _r, ...petition } = samplePetitions.visitClaim;
    const r = await post('/api/public/petitions', { petition });
    const { registrationNo, queryCode } = (await r.json()) as { registrationNo: string; queryCode: string };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await post('/api/public/track', { registrationNo, queryCode: 'AAAA-AAAA' })).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const right = await post('/api/public/track', { registrationNo, queryCode });
    expect(right.status).toBe(429);
    expect(((await right.json()) as { code: string }).code).toBe('too-many-attempts');
  });
});

describe('22 art 30(3) access matrix: role × relation × endpoint, searched for the accuser in every byte', () => {
  const accuser = { name: '周杰', phone: '13600136000', idNumber: '110101199003071233' };
  const roles = ['clerk', 'handler', 'unitHead', 'leader'] as const;
  // own unit (registering) must see; the others must never receive a byte of the accuser.
  const relations = [
    { name: 'own unit', unit, mustHide: false },
    { name: 'other unit', unit: 'housing', mustHide: true },
    { name: 'accused unit', unit: 'roads', mustHide: true },
    { name: 'accused person', unit, mustHide: true, id: 'roads-chief' },
    // 22 art 28(3), 30(3): staff of the own unit who recused themselves (a direct interest) lose the need to know.
    { name: 'recused', unit, mustHide: true, recused: true },
  ];
  const idOf = (role: string, rel: (typeof relations)[number]) =>
    rel.id ?? (rel.recused ? `recused-${role}` : `${role}-${rel.unit}`);
  let petitionId = '';
  let registrationNo = '';

  beforeAll(async () => {
    const c = registerCommand('x', { ...samplePetitions.accusation, petitioner: accuser }, national);
    const r = await post('/api/execute', { commands: c }, { authorization: 'Bearer seed-token-0123456789' });
    const out = (await r.json()) as { ok: boolean; view: { petitionId: string; registrationNo: string } };
    petitionId = out.view.petitionId;
    registrationNo = out.view.registrationNo;
    for (const role of roles) {
      for (const rel of relations) {
        await t.auth.addStaff({ id: idOf(role, rel), name: '测试', role, unit: rel.unit }, PASSWORD);
      }
    }
    const clerk = actorsOf(unit).clerk;
    const commands = [
      { type: 'accept', petitionId, at: '2025-10-10T10:00:00+08:00', by: clerk },
      ...roles.map((role, i) => ({
        type: 'recuse',
        petitionId,
        at: `2025-10-10T11:0${i}:00+08:00`,
        by: clerk,
        person: `recused-${role}`,
        reason: '与被检举人系近亲属',
      })),
    ];
    const more = await post('/api/execute', { commands }, { authorization: 'Bearer seed-token-0123456789' });
    expect(((await more.json()) as { ok: boolean; view: { conflicts: string[] } }).view.conflicts).toEqual(
      roles.map((role) => `recused-${role}`),
    );
  });

  for (const role of roles) {
    for (const rel of relations) {
      it(`${role} of the ${rel.name}: ${rel.mustHide ? 'no accuser data in any response' : 'sees the accuser'}`, async () => {
        const as = await signIn(t.app, idOf(role, rel));
        const a = actorsOf(rel.unit);
        const responses = [
          await as(`/api/petitions/${petitionId}`),
          await as(`/api/petitions/${petitionId}/history`),
          await as(`/api/registrations/${registrationNo}`),
          await as('/api/query', { method: 'POST', body: {} }),
          await as('/api/query', { method: 'POST', body: { phone: accuser.phone } }),
          await as('/api/query', { method: 'POST', body: { idNumber: accuser.idNumber } }),
          await as('/api/statistics?from=2025-01-01&to=2025-12-31'),
          await as('/api/execute', {
            method: 'POST',
            body: { commands: { type: 'proposeHandling', petitionId, at: '', by: a.clerk, text: '意见' } },
          }),
        ];
        const texts = await Promise.all(responses.map((r) => r.text()));
        const bytes = texts.join('\n');
        const leaked = [accuser.name, accuser.phone, accuser.idNumber].filter((s) => bytes.includes(s));
        expect(leaked).toEqual(rel.mustHide ? [] : [accuser.name, accuser.phone, accuser.idNumber]);
      });
    }
  }
});

describe("the work queue on the server clock's day (22 art 23(3))", () => {
  it("staff get the server's day: a lapsed objection window sorts by the disposition due; a bad day is refused", async () => {
    // 22 art 23(3): the window to object to a transfer lapses after 5 working days (here 2025-11-10).
    const t = await testServer({ now: () => '2025-11-11T10:00:00+08:00' });
    try {
      const unit = policies.national.defaultUnit;
      const clerk = actorsOf(unit).clerk;
      const service = { authorization: 'Bearer seed-token-0123456789' };
      const nos: string[] = [];
      for (const [p, day, transfer] of [
        [samplePetitions.letterClaim, '2025-11-03', true],
        [samplePetitions.visitClaim, '2025-10-31', false],
      ] as const) {
        const at = `${day}T09:00:00+08:00`;
        const r = await t.app.request('/api/execute', {
          method: 'POST',
          headers: { ...service, 'content-type': 'application/json' },
          body: JSON.stringify({
            commands: [
              { ...registerCommand('x', { ...p, receivedAt: at }, policies.national) },
              ...(transfer
                ? [
                    {
                      type: 'transfer',
                      petitionId: 'x',
                      at,
                      by: clerk,
                      toUnit: 'competentOrgan',
                      reason: '属其职权范围',
                    },
                  ]
                : []),
            ],
          }),
        });
        nos.push(((await r.json()) as { view: { registrationNo: string } }).view.registrationNo);
      }
      await t.auth.addStaff({ id: 'head-1', name: '测试', role: 'clerk', unit }, PASSWORD);
      const as = await signIn(t.app, 'head-1');
      const order = async (body: object) => {
        const r = await as('/api/query', { method: 'POST', body: { orderBy: 'nextDue', ...body } });
        return ((await r.json()) as { items: { registrationNo: string }[] }).items.map((v) => v.registrationNo);
      };
      // The server's day (11-11): the letter sorts by its disposition due (11-18), after the visit's (11-17).
      expect(await order({})).toEqual([nos[1], nos[0]]);
      // A day named by the caller: on 11-10 the window is still open and comes first.
      expect(await order({ asOf: '2025-11-10' })).toEqual([nos[0], nos[1]]);
      const bad = await as('/api/query', { method: 'POST', body: { orderBy: 'nextDue', asOf: '11/10/2025' } });
      expect(bad.status).toBe(400);
    } finally {
      await t.close();
    }
  });
});

describe('statistics through the server (rules.md §4)', () => {
  it('equal the core statistics of the stored views, for staff of any unit (counts only, no accuser data)', async () => {
    const service = { authorization: 'Bearer seed-token-0123456789' };
    const a = actorsOf(unit);
    for (const [p, steps] of [
      [samplePetitions.letterClaim, 2],
      [samplePetitions.visitClaim, 1],
      [samplePetitions.collectiveVisit, 0],
      [samplePetitions.hotlineCall, 2],
    ] as const) {
      const r = await post('/api/execute', { commands: registerCommand('x', p, national) }, service);
      const id = ((await r.json()) as { view: { petitionId: string } }).view.petitionId;
      const commands = [
        { type: 'accept', petitionId: id, at: '2025-10-10T10:00:00+08:00', by: a.clerk },
        {
          type: 'conclude',
          petitionId: id,
          at: '2025-11-20T10:00:00+08:00',
          by: a.handler,
          outcome: 'explain',
          opinion: '已解释',
        },
      ].slice(0, steps);
      if (commands.length > 0) {
        const done = await post('/api/execute', { commands }, service);
        expect(((await done.json()) as { ok: boolean }).ok).toBe(true);
      }
    }
    await t.auth.addStaff({ id: 'stats-housing', name: '统计', role: 'clerk', unit: 'housing' }, PASSWORD);
    const views = (await t.store.query({})).items;
    const range = { from: '2025-01-01', to: '2025-12-31' };
    const now = '2025-12-01T09:00:00+08:00';
    const expected = statistics(views, range, chinaCalendar, now);
    expect(expected.onTime.concludedOnTime).toBeGreaterThan(0);
    for (const id of ['wang', 'stats-housing']) {
      const as = await signIn(t.app, id);
      const r = await as(`/api/statistics?from=${range.from}&to=${range.to}&now=${encodeURIComponent(now)}`);
      expect(await r.json()).toEqual(expected);
    }
  });
});
