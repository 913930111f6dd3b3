import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PetitionSchema } from '../zod/index.js';
import { idCheckCharacter, idNumberProblem, isChinesePhone } from './identity.js';
import { messages } from './messages.js';
import { checkRepresentatives, validateField, validatePetition } from './petition.schema.js';
import type { FieldIssue } from './types.js';

const base = {
  channel: 'visit',
  class: 'claim',
  subject: '拖欠工资',
  content: '公司拖欠三个月工资，请求督促支付。',
  receivedAt: '2025-09-20T09:00:00+08:00',
  anonymous: false,
  petitioner: { name: '李雷', phone: '13800138000', address: '成都市青羊区少城路 1 号' },
};

function issuesOf(input: unknown, options?: { representativesLimit?: number }): FieldIssue[] {
  const r = validatePetition(input, options);
  return r.ok ? [] : r.issues;
}
const paths = (input: unknown) => issuesOf(input).map((i) => i.path);
const enFor = (input: unknown, path: string) => issuesOf(input).find((i) => i.path === path)?.message.en;
const rep = (name: string) => ({ name, phone: '13900139000' });

describe('resident ID number (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('computes the check character (independently computed values)', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(idCheckCharacter('51010719900307123')).toBe('6');
    expect(idCheckCharacter('44030419851231001')).toBe('1');
    expect(idCheckCharacter('11010520000229001')).toBe('3');
  });

  it('accepts valid 18-character numbers, with X in upper or lower case, and the 15-digit form', () => {
    expect(idNumberProblem('11010519491231002X')).toBeUndefined();
    expect(idNumberProblem('11010519491231002x')).toBeUndefined();
    expect(idNumberProblem('110105200002290013')).toBeUndefined(); // 2000-02-29 exists
    expect(idNumberProblem('110105491231002')).toBeUndefined();
  });

  it('tells a wrong check character from an impossible birth date and a wrong format', () => {
    expect(idNumberProblem('110105194912310021')).toBe('checksum');
    expect(idNumberProblem('110105190002290013')).toBe('birthDate'); // 1900 is not a leap year
    expect(idNumberProblem('110105199913310011')).toBe('birthDate');
    expect(idNumberProblem('110105491331002')).toBe('birthDate');
    expect(idNumberProblem('11010519491231002')).toBe('format');
    expect(idNumberProblem('01010519491231002X')).toBe('format');
    expect(idNumberProblem('1101051949123100XX')).toBe('format');
  });

  it('property: exactly one of the 11 check characters is accepted for any 17 digits with a real date', () => {
    const digits = (n: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        digits(5),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        digits(3),
        (first, region, birth, seq) => {
          const body = `${first}${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${seq}`;
          const accepted = [...'0123456789X'].filter((c) => idNumberProblem(body + c) === undefined);
          return accepted.length === 1 && accepted[0] === idCheckCharacter(body);
        },
      ),
      { seed: 20_220_501, numRuns: 500 },
    );
  });

  it('stores a lower-case x as X and explains the problem in both languages', () => {
    const ok = validatePetition({ ...base, petitioner: { ...base.petitioner, idNumber: ' 11010519491231002x ' } });
    expect(ok.ok && ok.value.petitioner?.idNumber).toBe('11010519491231002X');
    expect(issuesOf({ ...base, petitioner: { ...base.petitioner, idNumber: '1101051949' } })).toEqual([
      {
        path: 'petitioner.idNumber',
        message: {
          zh: '请输入 18 位公民身份号码，最后一位可以是 X',
          en: 'Enter the 18-character resident ID number; the last character may be X',
        },
      },
    ]);
    expect(
      enFor({ ...base, petitioner: { ...base.petitioner, idNumber: '110105194912310021' } }, 'petitioner.idNumber'),
    ).toBe('The ID number does not add up: check each character and enter it again');
  });
});

describe('phone numbers', () => {
  it('accepts mobiles 1[3-9]xxxxxxxxx with optional +86 / 0086, spaces or hyphens', () => {
    for (const p of [
      '13800138000',
      '19912345678',
      '+8613800138000',
      '+86 138 0013 8000',
      '008613800138000',
      '138-0013-8000',
    ]) {
      expect([p, isChinesePhone(p)]).toEqual([p, true]);
    }
  });

  it('accepts landlines with area code and extension', () => {
    for (const p of [
      '028-85123456',
      '02885123456',
      '010-65123456',
      '0755-2345678',
      '(010) 6512 3456',
      '028-85123456-801',
      '85123456',
    ]) {
      expect([p, isChinesePhone(p)]).toEqual([p, true]);
    }
  });

  it('rejects numbers that are neither', () => {
    for (const p of ['12345678901', '10800138000', '1380013800', '138001380001', '+1 415 555 0100', 'abc', '']) {
      expect([p, isChinesePhone(p)]).toEqual([p, false]);
    }
    expect(enFor({ ...base, petitioner: { ...base.petitioner, phone: '12345' } }, 'petitioner.phone')).toMatch(
      /^Enter an 11-digit mobile/,
    );
  });
});

describe('validatePetition', () => {
  it('accepts a complete named visit and trims text', () => {
    const r = validatePetition({ ...base, subject: '  拖欠工资  ' });
    expect(r).toEqual({ ok: true, value: { ...base, subject: '拖欠工资' } });
  });

  it('lists every problem at once with field paths (never only the first)', () => {
    expect(
      paths({
        ...base,
        channel: 'fax',
        class: 'complaint',
        subject: 'x',
        receivedAt: 'yesterday',
        petitioner: { name: '' },
      }),
    ).toEqual(['channel', 'class', 'subject', 'receivedAt', 'petitioner.name', 'petitioner.phone']);
  });

  it('asks for the missing fields of an empty form', () => {
    expect(issuesOf({})).toEqual([
      { path: 'channel', message: messages['channel.required'] },
      { path: 'class', message: messages['class.required'] },
      { path: 'subject', message: messages['subject.required'] },
      { path: 'content', message: messages['content.required'] },
      { path: 'receivedAt', message: messages['receivedAt.format'] },
      { path: 'anonymous', message: messages['anonymous.required'] },
    ]);
  });

  it('enforces sane length limits', () => {
    expect(paths({ ...base, subject: '字'.repeat(101) })).toEqual(['subject']);
    expect(paths({ ...base, subject: '字'.repeat(100) })).toEqual([]);
    expect(paths({ ...base, content: '字'.repeat(10_001) })).toEqual(['content']);
    expect(paths({ ...base, petitioner: { ...base.petitioner, name: '名'.repeat(51) } })).toEqual(['petitioner.name']);
    expect(paths({ ...base, attachments: Array.from({ length: 51 }, (_, i) => `材料${i}`) })).toEqual(['attachments']);
  });

  it('22 art 23(2): a named petitioner leaves a phone or an address so a notice can reach them', () => {
    expect(issuesOf({ ...base, petitioner: { name: '李雷' } })).toEqual([
      { path: 'petitioner.phone', message: messages['contact.required'] },
    ]);
    expect(paths({ ...base, petitioner: { name: '李雷', address: '成都市' } })).toEqual([]);
    expect(issuesOf({ ...base, petitioner: undefined })).toEqual([
      { path: 'petitioner', message: messages['petitioner.required'] },
    ]);
  });

  it('anonymous petitions are allowed and carry no contact data', () => {
    const r = validatePetition({ ...base, anonymous: true });
    expect(r.ok).toBe(true);
    expect(r.ok && 'petitioner' in r.value).toBe(false);
    expect(PetitionSchema.parse({ ...base, anonymous: true }).petitioner).toBeUndefined();
  });

  it('12345 hotline: flag and ticket on a call or an online petition only', () => {
    expect(
      validatePetition({ ...base, channel: 'call', hotline: { line: '12345', ticket: 'GD-2025-0918-0042' } }).ok,
    ).toBe(true);
    expect(paths({ ...base, channel: 'call', hotline: { line: '12345', ticket: '!!' } })).toEqual(['hotline.ticket']);
    expect(issuesOf({ ...base, hotline: { line: '12345', ticket: 'GD20250918' } })).toEqual([
      { path: 'hotline', message: messages['hotline.channel'] },
    ]);
  });

  it('seed §交通集团: a letter keeps its postmark date and sender address', () => {
    const letter = {
      ...base,
      channel: 'letter',
      letter: { postmarkDate: '2025-09-18', senderAddress: '成都市武侯区' },
    };
    expect(validatePetition(letter).ok).toBe(true);
    expect(issuesOf({ ...base, channel: 'letter' })).toEqual([
      { path: 'letter', message: messages['letter.required'] },
    ]);
    expect(paths({ ...letter, letter: { postmarkDate: '2025-09-31', senderAddress: '成都' } })).toEqual([
      'letter.postmarkDate',
    ]);
    expect(issuesOf({ ...letter, letter: { postmarkDate: '2025-09-21', senderAddress: '成都' } })).toEqual([
      { path: 'letter.postmarkDate', message: messages['postmarkDate.future'] },
    ]);
    expect(paths({ ...letter, letter: { postmarkDate: '2025-09-18', senderAddress: ' ' } })).toEqual([
      'letter.senderAddress',
    ]);
    expect(
      validatePetition({ ...letter, anonymous: true, letter: { postmarkDate: '2025-09-18', senderAddress: '' } }).ok,
    ).toBe(true);
    expect(paths({ ...base, letter: letter.letter })).toEqual(['letter']);
  });

  it('22 art 30: accusations name the persons or units accused; other classes do not', () => {
    const accusation = { ...base, class: 'accusation', accused: { persons: ['张某'], units: [] } };
    expect(validatePetition(accusation).ok).toBe(true);
    expect(issuesOf({ ...accusation, accused: { persons: [' '], units: [] } }).map((i) => i.path)).toEqual([
      'accused.persons.0',
      'accused',
    ]);
    expect(issuesOf({ ...base, class: 'accusation' })).toEqual([
      { path: 'accused', message: messages['accused.required'] },
    ]);
    expect(issuesOf({ ...base, accused: { persons: ['张某'], units: [] } })).toEqual([
      { path: 'accused', message: messages['accused.class'] },
    ]);
  });

  it('22 art 20(3): a collective visit elects at most 5 representatives', () => {
    const collective = (n: number, headCount = 40) => ({
      ...base,
      collective: { headCount, representatives: Array.from({ length: n }, (_, i) => rep(`代表${i + 1}`)) },
    });
    expect(validatePetition(collective(5)).ok).toBe(true);
    expect(issuesOf(collective(6))).toEqual([
      { path: 'collective.representatives', message: messages['representatives.count'] },
    ]);
    expect(paths(collective(0))).toEqual(['collective.representatives']);
    expect(paths(collective(3, 2))).toEqual(['collective.representatives']);
    expect(paths(collective(2, 1))).toEqual(['collective.headCount', 'collective.representatives']);
    expect(paths({ ...collective(2), channel: 'call' })).toEqual(['collective']);
    expect(paths({ ...collective(2), anonymous: true })).toEqual(['collective']);
  });

  it('applies a policy with a lower representatives limit', () => {
    const input = {
      ...base,
      collective: { headCount: 40, representatives: [rep('甲'), rep('乙'), rep('丙'), rep('丁')] },
    };
    expect(validatePetition(input).ok).toBe(true);
    expect(issuesOf(input, { representativesLimit: 3 })).toEqual([
      {
        path: 'collective.representatives',
        message: {
          zh: '集体访请推选 1 到 3 名代表，请删除多出的代表',
          en: 'A collective visit elects 1 to 3 representatives: remove the extra names',
        },
      },
    ]);
    expect(checkRepresentatives(input.collective, 3)?.path).toBe('collective.representatives');
    expect(checkRepresentatives(input.collective, 5)).toBeUndefined();
  });

  it('links an earlier petition on the same matter and records the visit confirmations', () => {
    const r = validatePetition({
      ...base,
      repeatOf: 'XF-office-2025-000123',
      visitRecordConfirmed: true,
      truthStatement: true,
    });
    expect(r.ok && r.value.repeatOf).toBe('XF-office-2025-000123');
    expect(paths({ ...base, repeatOf: '<b>' })).toEqual(['repeatOf']);
    expect(paths({ ...base, truthStatement: 'yes' })).toEqual(['truthStatement']);
  });

  it('never throws, whatever it is given (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validatePetition(input);
        return (
          r.ok ||
          (r.issues.length > 0 && r.issues.every((i) => typeof i.path === 'string' && i.message.zh && i.message.en))
        );
      }),
      { seed: 42, numRuns: 300 },
    );
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validatePetition(hostile)).toEqual({ ok: false, issues: [{ path: '', message: messages['form.type'] }] });
    expect(validatePetition(null).ok).toBe(false);
  });
});

describe('validateField (per-field form validation)', () => {
  it('checks one field alone', () => {
    expect(validateField('petitioner.idNumber', '110105194912310021')?.message).toEqual(messages['idNumber.checksum']);
    expect(validateField('petitioner.idNumber', '11010519491231002X')).toBeUndefined();
    expect(validateField('subject', 'a')?.message).toEqual(messages['subject.length']);
    expect(validateField('collective.representatives.0.phone', '123')?.path).toBe('collective.representatives.0.phone');
  });

  it('checks a field against the rest of the form', () => {
    const { phone: _p, address: _a, ...nameOnly } = base.petitioner;
    expect(validateField('petitioner.phone', undefined, { ...base, petitioner: nameOnly })?.message).toEqual(
      messages['contact.required'],
    );
    expect(validateField('petitioner.phone', '13800138000', { ...base, petitioner: nameOnly })).toBeUndefined();
  });
});

describe('messages', () => {
  it('every message is bilingual and says what to do (no bare "invalid")', () => {
    for (const [key, m] of Object.entries(messages)) {
      expect([key, m.zh.length > 0, m.en.length > 0]).toEqual([key, true, true]);
      expect([key, /invalid/i.test(m.en)]).toEqual([key, false]);
      expect([
        key,
        /^(Enter|Choose|Write|Describe|Fill|Tick|For|Only|A |An |Postmark|Representatives|There|The |Check|Untick)/.test(
          m.en,
        ),
      ]).toEqual([key, true]);
    }
  });

  it('every message is one the rules give: an input for each key', () => {
    const letter = { postmarkDate: '2025-09-18', senderAddress: '成都市青羊区' };
    const inputs: Record<keyof typeof messages, unknown> = {
      'form.type': 'not a form',
      'channel.required': { ...base, channel: 'fax' },
      'class.required': { ...base, class: 'other' },
      'subject.required': { ...base, subject: undefined },
      'subject.length': { ...base, subject: '欠' },
      'text.invisible': { ...base, subject: '\u200b\u202e\u200b' },
      'content.required': { ...base, content: undefined },
      'content.length': { ...base, content: '欠' },
      'receivedAt.format': { ...base, receivedAt: 'yesterday' },
      'anonymous.required': { ...base, anonymous: 'no' },
      'petitioner.required': { ...base, petitioner: undefined },
      'name.required': { ...base, petitioner: { ...base.petitioner, name: undefined } },
      'name.length': { ...base, petitioner: { ...base.petitioner, name: '李'.repeat(51) } },
      'idNumber.format': { ...base, petitioner: { ...base.petitioner, idNumber: '12345' } },
      'idNumber.checksum': { ...base, petitioner: { ...base.petitioner, idNumber: '110105194912310021' } },
      'idNumber.birthDate': { ...base, petitioner: { ...base.petitioner, idNumber: '110105194902300022' } },
      'phone.format': { ...base, petitioner: { ...base.petitioner, phone: '123' } },
      'address.length': { ...base, petitioner: { ...base.petitioner, address: '路'.repeat(201) } },
      'workUnit.length': { ...base, petitioner: { ...base.petitioner, workUnit: '厂'.repeat(101) } },
      'contact.required': { ...base, petitioner: { name: '李雷' } },
      'hotline.channel': { ...base, hotline: { line: '12345', ticket: 'GD-2025-0001' } },
      'hotline.ticket': { ...base, channel: 'call', hotline: { line: '12345', ticket: '#' } },
      'letter.required': { ...base, channel: 'letter' },
      'letter.channel': { ...base, letter },
      'postmarkDate.format': { ...base, channel: 'letter', letter: { ...letter, postmarkDate: '18/09/2025' } },
      'postmarkDate.future': { ...base, channel: 'letter', letter: { ...letter, postmarkDate: '2025-09-22' } },
      'senderAddress.required': { ...base, channel: 'letter', letter: { ...letter, senderAddress: ' ' } },
      'openedAt.format': { ...base, channel: 'letter', letter: { ...letter, openedAt: 'yesterday' } },
      'accused.required': { ...base, class: 'accusation' },
      'accused.class': { ...base, accused: { persons: ['张三'] } },
      'accused.item': { ...base, class: 'accusation', accused: { persons: ['张三', ''] } },
      'attachments.item': { ...base, attachments: [''] },
      'topic.format': { ...base, topic: '工资 拖欠' },
      'receivingUnit.format': { ...base, receivingUnit: '信访局' },
      'proposedHandling.length': { ...base, proposedHandling: '办'.repeat(2001) },
      'collective.channel': {
        ...base,
        channel: 'online',
        collective: { headCount: 6, representatives: [rep('王五')] },
      },
      'collective.anonymous': {
        ...base,
        anonymous: true,
        collective: { headCount: 6, representatives: [rep('王五')] },
      },
      'headCount.range': { ...base, collective: { headCount: 1, representatives: [rep('王五')] } },
      'representatives.count': { ...base, collective: { headCount: 6, representatives: [] } },
      'representatives.headCount': {
        ...base,
        collective: { headCount: 2, representatives: [rep('王五'), rep('赵六'), rep('钱七')] },
      },
      'flag.type': { ...base, truthStatement: 'yes' },
      'repeatOf.format': { ...base, repeatOf: '#' },
    };
    const notGiven = (Object.keys(messages) as (keyof typeof messages)[]).filter(
      (key) => !issuesOf(inputs[key]).some((issue) => issue.message === messages[key]),
    );
    expect(notGiven).toEqual([]);
  });

  it('the schema entry imports no lifecycle code and no zod (it is bundled into browser forms)', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const imports = sources.flatMap((f) =>
      [...readFileSync(new URL(f, dir), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]),
    );
    expect([...new Set(imports)].sort()).toEqual([
      '../calendar/dates.js',
      '../i18n/index.js',
      './identity.js',
      './messages.js',
      './petition.schema.js',
      './text.js',
      './types.js',
    ]);
  });
});
