/**
 * `decide` never throws (fast-check, fixed seeds): every malformed command — wrong types, prototype keys as
 * command types, impossible dates, missing fields, anything at all — gets a typed rejection, and a command
 * of the wrong shape gets `invalid-command` with a bilingual message naming the field. What is accepted can be
 * replayed. Runs in every time zone project (see vitest.config.ts), 10,000 runs each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../test/helpers.js';
import { chinaCalendar } from '../calendar/index.js';
import { verifyHistory } from '../history/hash.js';
import { policies } from '../policy/index.js';
import { actorsOf, at, fullScenario, registerCommand, samplePetitions } from '../testing/fixtures.js';
import { decide, decideOn } from './decide.js';
import { replay } from './evolve.js';
import type { Command, CommandType, PetitionEvent, PetitionView } from './types.js';

const RUNS = process.env.PROP_RUNS ? Number(process.env.PROP_RUNS) : 10_000;
const national = policies.national;
const ctx = { policy: national, calendar: chinaCalendar };
const unit = national.defaultUnit;
const A = actorsOf(unit, national.extension.approver);

type Kind = 'text' | 'flag' | 'number' | 'date' | 'texts' | 'petition' | readonly string[];
/** The fields of each command type with a valid value (the command interfaces of types.ts, written out). */
const SPEC: Record<CommandType, Record<string, [kind: Kind, value: unknown, optional?: true]>> = {
  register: {
    petition: ['petition', samplePetitions.letterClaim],
    registrationNo: ['text', 'XF-XFB-2025-0001'],
    unit: ['text', unit],
    policyId: ['text', national.id],
    policyVersion: ['text', national.version],
    queryCode: ['text', 'ABCD1234', true],
    emergency: ['flag', false, true],
  },
  accept: { complex: ['flag', true, true], simplified: ['flag', false, true] },
  receive: {},
  settleAccusedMatch: { staffId: ['text', 'u-17'], confirmed: ['flag', false], reason: ['text', '同名', true] },
  markVague: { reason: ['text', '含糊', true] },
  transfer: { toUnit: ['text', 'district'], reason: ['text', '不属本单位职责', true] },
  assign: {
    toUnit: ['text', 'district'],
    reason: ['text', '请办理', true],
    reportBackBy: ['date', '2025-12-01', true],
  },
  referToLegalChannel: {
    channel: [['litigation', 'arbitration', 'administrativeReconsideration'], 'litigation'],
    organ: ['text', '人民法院'],
  },
  decline: { reason: ['text', '不属于信访事项', true], goTo: ['text', '人民法院'] },
  notify: {
    method: [['written', 'onSpot'], 'written'],
    to: ['text', 'petitioner', true],
    text: ['text', '已受理', true],
  },
  object: { reasons: ['text', '不属本单位', true] },
  decideObjection: { agreed: ['flag', false], reason: ['text', '理由', true] },
  proposeHandling: { text: ['text', '拟办'] },
  leaderInstruct: { text: ['text', '请依法办理'] },
  ownCase: {},
  urge: { text: ['text', '请加快', true] },
  supervise: { text: ['text', '督办', true] },
  convene: {
    form: [['onSite', 'meeting'], 'meeting'],
    chair: ['text', 'leader'],
    units: ['texts', ['district']],
    withPetitioner: ['flag', true, true],
  },
  hearing: { from: ['date', '2025-10-10'], to: ['date', '2025-10-11'], summary: ['text', '听证', true] },
  recuse: { person: ['text', 'someone'], reason: ['text', '亲属', true] },
  assignHandler: { handler: ['text', A.handler.id], handlerIsParty: ['flag', false, true] },
  addMaterial: {
    kind: [['investigation', 'evidence', 'other'], 'investigation'],
    ref: ['text', 'inv-1'],
    title: ['text', '笔录', true],
  },
  extend: {
    days: ['number', 10],
    reason: ['text', '需要补充调查', true],
    notice: [['written', 'onSpot'], 'written', true],
  },
  conclude: { outcome: ['text', 'explain'], opinion: ['text', '意见'], onTheSpot: ['flag', false, true] },
  reply: { text: ['text', '答复'] },
  delivered: {},
  requestReview: { reviewUnit: ['text', 'superiorOrgan'], reasons: ['text', '不服'] },
  decideReview: { outcome: [['upheld', 'changed', 'revoked'], 'upheld'], opinion: ['text', '维持'] },
  requestReReview: { reviewUnit: ['text', 'reReviewOrgan'], reasons: ['text', '不服'] },
  decideReReview: { outcome: [['upheld', 'changed', 'revoked'], 'upheld'], opinion: ['text', '维持'] },
  archive: { volume: ['text', 'V-1', true] },
};
const TYPES = Object.keys(SPEC) as CommandType[];

/** Every view the full scenario passes through (undefined before registration), with its history. */
const histories: PetitionEvent[][] = [[]];
{
  const h: PetitionEvent[] = [];
  for (const c of fullScenario('p-1')) {
    const r = decide(h, c, ctx);
    if (!r.ok) throw new Error(r.rejection.message.en);
    h.push(...r.events);
    histories.push([...h]);
  }
}
const views: (PetitionView | undefined)[] = histories.map((h) => (h.length === 0 ? undefined : replay(h)));
const LAST_AT = '2026-06-01T10:00:00+08:00'; // after every event of the scenario

/** A well-formed command of `type` (all optional fields given) for petition p-1. */
function base(type: CommandType): Record<string, unknown> {
  const c: Record<string, unknown> = { type, petitionId: 'p-1', at: LAST_AT, by: { ...A.head } };
  for (const [name, [, value]] of Object.entries(SPEC[type])) c[name] = value;
  return c;
}

const PROTO_KEYS = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  'prototype',
];
const IMPOSSIBLE_DAYS = [
  '2025-02-31',
  '2025-11-31',
  '2025-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-04-31',
  '2100-02-29',
];
const nonString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const impossibleDate = fc.oneof(
  fc.constantFrom(...IMPOSSIBLE_DAYS),
  fc.constantFrom('2025-1-5', '20250105', '2025/01/05', '', 'yesterday', '2025-01-05T09:00:00+08:00'),
  nonString,
);
const impossibleInstant = fc.oneof(
  fc.constantFrom(...IMPOSSIBLE_DAYS).map((d) => `${d}T09:00:00+08:00`),
  fc.constantFrom(...IMPOSSIBLE_DAYS).map((d) => `${d}T01:00:00Z`),
  fc.constantFrom(
    '2025-10-01T25:00:00+08:00',
    '2025-10-01T09:60:00+08:00',
    '2025-10-01T24:00:01Z',
    '2025-10-01T09:00:00+08:60',
    'now',
    '',
  ),
  nonString,
);

/** A value that a field of `kind` does not accept. */
function wrongFor(kind: Kind): fc.Arbitrary<unknown> {
  if (typeof kind !== 'string') {
    return fc.oneof(fc.constantFrom(...PROTO_KEYS, '', 'Litigation', 'written '), nonString);
  }
  switch (kind) {
    case 'text':
      return nonString.filter((v) => typeof v !== 'string');
    case 'flag':
      return fc.oneof(fc.constantFrom('true', 'false', 0, 1, null), fc.string(), fc.object());
    case 'number':
      return fc.oneof(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '10', null, true, [10]), fc.string());
    case 'date':
      return impossibleDate;
    case 'texts':
      return fc.oneof(
        fc.string(),
        fc.constant(null),
        fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.object()), { minLength: 1, maxLength: 3 }),
      );
    case 'petition':
      return fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.anything(), { maxLength: 2 }));
  }
}

/** One malformed command and the field its rejection must name. */
type Case = { command: unknown; field: string; view: number };
const viewIndex = fc.nat(views.length - 1);
const typeArb = fc.constantFrom(...TYPES);

const wrongField: fc.Arbitrary<Case> = fc
  .tuple(typeArb, viewIndex, fc.nat())
  .filter(([type]) => Object.keys(SPEC[type]).length > 0)
  .chain(([type, view, pick]) => {
    const names = Object.keys(SPEC[type]);
    const field = names[pick % names.length] as string;
    const [kind] = SPEC[type][field] as [Kind, unknown];
    return wrongFor(kind).map((v) => ({ command: { ...base(type), [field]: v }, field, view }));
  });
const missingField: fc.Arbitrary<Case> = fc
  .tuple(typeArb, viewIndex, fc.nat())
  .filter(([type]) => Object.values(SPEC[type]).some(([, , optional]) => optional !== true))
  .map(([type, view, pick]) => {
    const required = Object.entries(SPEC[type]).filter(([, [, , optional]]) => optional !== true);
    const field = (required[pick % required.length] as [string, unknown])[0];
    const command = base(type);
    delete command[field];
    return { command, field, view };
  });
const wrongEnvelope: fc.Arbitrary<Case> = fc.tuple(typeArb, viewIndex).chain(([type, view]) =>
  fc.oneof(
    fc.constantFrom(...PROTO_KEYS).map((t) => ({ command: { ...base(type), type: t }, field: 'type', view })),
    fc
      .string()
      .filter((t) => !TYPES.includes(t as CommandType))
      .map((t) => ({ command: { ...base(type), type: t }, field: 'type', view })),
    nonString.map((t) => ({ command: { ...base(type), type: t }, field: 'type', view })),
    impossibleInstant.map((a) => ({ command: { ...base(type), at: a }, field: 'at', view })),
    fc
      .oneof(nonString, fc.constant(''))
      .map((p) => ({ command: { ...base(type), petitionId: p }, field: 'petitionId', view })),
    fc
      .oneof(fc.constant(null), fc.string(), fc.integer())
      .map((b) => ({ command: { ...base(type), by: b }, field: 'by', view })),
    fc
      .oneof(nonString, fc.constant(''))
      .map((id) => ({ command: { ...base(type), by: { ...A.head, id } }, field: 'by.id', view })),
    fc
      .oneof(fc.constantFrom('', 'short', '-leading-dash', 'x'.repeat(129), 'has space in it'), nonString)
      .map((commandId) => ({ command: { ...base(type), commandId }, field: 'commandId', view })),
    fc.oneof(fc.constantFrom(...PROTO_KEYS, 'admin', 'root', ''), nonString).map((role) => ({
      command: { ...base(type), by: { ...A.head, role } },
      field: 'by.role',
      view,
    })),
    fc
      .oneof(
        nonString.filter((u) => u !== null || true),
        fc.constant(''),
      )
      .map((u) => ({
        command: { ...base(type), by: { ...A.head, unit: u } },
        field: 'by.unit',
        view,
      })),
  ),
);

function expectNamed(result: ReturnType<typeof decideOn>, field: string): void {
  const rejection = expectRejected(result, 'invalid-command');
  expect(rejection.message.zh).toContain(`“${field}”`);
  expect(rejection.message.en).toContain(`"${field}"`);
}

describe('decide never throws: a malformed command is refused as invalid-command naming its field', () => {
  it('a field of the wrong type, or an impossible date, is named (10,000 runs)', () => {
    fc.assert(
      fc.property(wrongField, (c) => expectNamed(decideOn(views[c.view], c.command as Command, ctx), c.field)),
      { numRuns: RUNS, seed: 20_261_205 },
    );
  });

  it('a required field left out is named (10,000 runs)', () => {
    fc.assert(
      fc.property(missingField, (c) => expectNamed(decideOn(views[c.view], c.command as Command, ctx), c.field)),
      { numRuns: RUNS, seed: 20_261_206 },
    );
  });

  it('a prototype key as command type, an impossible instant, a bad actor or petition id is named (10,000 runs)', () => {
    fc.assert(
      fc.property(wrongEnvelope, (c) => expectNamed(decideOn(views[c.view], c.command as Command, ctx), c.field)),
      { numRuns: RUNS, seed: 20_261_207 },
    );
  });

  it('anything at all, as a command or inside one, gets an answer, never an exception (10,000 runs)', () => {
    const anyCommand = fc.oneof(
      fc.anything(),
      fc
        .tuple(typeArb, fc.dictionary(fc.string({ maxLength: 12 }), fc.anything(), { maxKeys: 4 }))
        .map(([type, extra]) => ({
          ...base(type),
          ...extra,
        })),
      fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.anything()).map(([k, v]) => ({ ...base('accept'), [k]: v })),
      // A register command whose petition holds anything (the petition's own rules answer).
      fc
        .dictionary(
          fc.constantFrom(...Object.keys(samplePetitions.letterClaim), 'collective', 'accused', 'hotline'),
          fc.anything(),
          { maxKeys: 4 },
        )
        .map((p) => ({
          ...registerCommand('p-1', samplePetitions.letterClaim),
          petition: { ...samplePetitions.letterClaim, ...p },
        })),
    );
    fc.assert(
      fc.property(anyCommand, fc.oneof(viewIndex, fc.constant(0)), (command, view) => {
        const r = decideOn(views[view], command as Command, ctx);
        if (r.ok) return;
        // Refused by a check, not by the last-resort catch (which only a getter that throws reaches).
        expect(r.rejection.message.en).not.toContain('cannot be read');
        expect(typeof r.rejection.code).toBe('string');
        expect(r.rejection.message.zh.length).toBeGreaterThan(0);
        expect(r.rejection.message.en.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS, seed: 20_261_208 },
    );
  });

  it('a well-typed but hostile command is refused by a rule or accepted, and what is accepted replays (10,000 runs)', () => {
    const hostileText = fc.oneof(
      fc.constantFrom(...PROTO_KEYS, '', ' ', '\u200b', 'XF-__proto__-2025-1', 'roads'),
      fc.string({ maxLength: 8 }),
    );
    const hostileValue = (kind: Kind): fc.Arbitrary<unknown> => {
      if (typeof kind !== 'string') return fc.constantFrom(...kind);
      switch (kind) {
        case 'text':
          return hostileText;
        case 'flag':
          return fc.boolean();
        case 'number':
          return fc.oneof(fc.integer({ min: -40, max: 40 }), fc.constantFrom(1e308, -0, 0.5, Number.MAX_SAFE_INTEGER));
        case 'date':
          return fc
            .date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10));
        case 'texts':
          return fc.array(hostileText, { maxLength: 3 });
        case 'petition':
          return fc.constantFrom(...Object.values(samplePetitions));
      }
    };
    const hostile = fc.tuple(typeArb, viewIndex).chain(([type, view]) =>
      fc
        .record(
          Object.fromEntries(Object.entries(SPEC[type]).map(([name, [kind]]) => [name, hostileValue(kind)])) as Record<
            string,
            fc.Arbitrary<unknown>
          >,
        )
        .chain((fields) =>
          fc
            .record({
              by: fc.constantFrom(...Object.values(A), { id: 'x', role: 'clerk' }, { ...A.head, unit: 'roads' }),
              at: fc.constantFrom(LAST_AT, '2026-06-01T02:00:00Z', '2026-06-01T10:00:00.5+08:00'),
            })
            .map((env) => ({ view, command: { ...base(type), ...fields, ...env } })),
        ),
    );
    fc.assert(
      fc.property(hostile, ({ view, command }) => {
        const r = decideOn(views[view], command as Command, ctx);
        if (!r.ok) {
          expect(r.rejection.code).not.toBe('invalid-command');
          return;
        }
        // Accepted: the history with the new event replays and verifies.
        const history = [...(histories[view] as PetitionEvent[]), ...r.events];
        expect(replay(history).seq).toBe(history.length);
        expect(verifyHistory(history).ok).toBe(true);
      }),
      { numRuns: RUNS, seed: 20_261_209 },
    );
  });

  it('accept at 2025-11-31T09:00:00+08:00 (no such day; Date.parse reads 12-01) is refused, naming "at"', () => {
    const h: PetitionEvent[] = [];
    const r0 = decide(h, registerCommand('p-9', samplePetitions.letterClaim), ctx);
    if (!r0.ok) throw new Error(r0.rejection.message.en);
    h.push(...r0.events);
    const r = decide(h, { type: 'accept', petitionId: 'p-9', at: '2025-11-31T09:00:00+08:00', by: A.clerk }, ctx);
    expectNamed(r, 'at');
    expect(r.ok ? undefined : r.rejection.message.en).toBe(
      'The action is not valid: "at" (2025-11-31T09:00:00+08:00) is not a real time; it must be written like 2025-10-01T09:30:00+08:00. Reload the page and do it again; if this happens again, contact the system administrator.',
    );
  });

  it('a non-string handler or registration number and petition: null are refused, each named, in both languages', () => {
    const handler = decideOn(views[6], { ...base('assignHandler'), handler: 42 } as unknown as Command, ctx);
    expect(handler.ok ? undefined : handler.rejection).toEqual({
      code: 'invalid-command',
      message: {
        zh: '操作内容有误：“handler”应为文字。请刷新页面后重新操作；如仍出现，请联系系统管理员。',
        en: 'The action is not valid: "handler" must be text. Reload the page and do it again; if this happens again, contact the system administrator.',
      },
    });
    const no = decideOn(
      undefined,
      { ...registerCommand('p-1', samplePetitions.letterClaim), registrationNo: 7 } as unknown as Command,
      ctx,
    );
    expectNamed(no, 'registrationNo');
    const nul = decideOn(
      undefined,
      { ...registerCommand('p-1', samplePetitions.letterClaim), petition: null } as unknown as Command,
      ctx,
    );
    expect(nul.ok ? '' : nul.rejection.message.zh).toBe(
      '操作内容有误：“petition”应为填写完整的登记表。请刷新页面后重新操作；如仍出现，请联系系统管理员。',
    );
  });

  it('22 art 32: a hearing on 2025-02-31 is refused, naming "from"', () => {
    const c = { ...base('hearing'), at: at('2025-10-10'), from: '2025-02-31', to: '2025-03-01' };
    const r = decideOn(views[6], c as Command, ctx);
    expectNamed(r, 'from');
  });

  it('a command id in the documented form is taken (a crypto.randomUUID() fits)', () => {
    const c = { ...base('accept'), commandId: '0b6f3c2e-8d1a-4f7e-9c55-2a1d3e4f5a6b' };
    const r = decideOn(views[1], c as unknown as Command, ctx);
    expect(r.ok ? 'ok' : r.rejection.code).toBe('ok');
  });

  it('command types that are members of Object.prototype are unknown actions', () => {
    for (const type of PROTO_KEYS) {
      const r = decideOn(views[4], { ...base('accept'), type } as unknown as Command, ctx);
      expect(r).toMatchObject({ ok: false, rejection: { code: 'invalid-command' } });
      expect(r.ok ? '' : r.rejection.message.en).toContain('"type" is not a known action');
    }
  });

  it('a history that cannot be folded is refused as invalid-history, not thrown', () => {
    const broken = [{ ...(histories[1] as PetitionEvent[])[0], type: 'nonsense' }] as unknown as PetitionEvent[];
    const r = decide(broken, base('accept') as unknown as Command, ctx);
    expectRejected(r, 'invalid-history');
    for (const history of [null, undefined, 'events', { length: 1 }]) {
      const bad = decide(history as unknown as PetitionEvent[], base('accept') as unknown as Command, ctx);
      expectRejected(bad, 'invalid-history');
    }
  });
});
