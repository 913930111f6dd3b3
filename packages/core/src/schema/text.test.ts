/**
 * Text that looks empty is empty: a name or subject of zero-width, control or direction characters, NUL or a
 * lone surrogate is refused with a message; text in every script of China's official languages passes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../test/helpers.js';
import { chinaCalendar } from '../calendar/index.js';
import { decide } from '../lifecycle/decide.js';
import { policies } from '../policy/index.js';
import { registerCommand, samplePetitions } from '../testing/fixtures.js';
import { PetitionSchema } from '../zod/index.js';
import { textInvisible } from './messages.js';
import { validateField, validatePetition } from './petition.schema.js';
import { hasVisibleText } from './text.js';

const base = samplePetitions.visitClaim;
const ctx = { policy: policies.national, calendar: chinaCalendar };

const INVISIBLE = [
  '\u200b', // zero-width space
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\ufeff', // byte order mark
  '\u0000', // NUL
  '\u0007', // bell
  '\u007f', // delete
  '\u0085', // next line (C1)
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202a', // left-to-right embedding
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u061c', // Arabic letter mark
  '\u00ad', // soft hyphen
  '\u3164', // Hangul filler
  '\ufe0f', // variation selector 16
  '\u180e', // Mongolian vowel separator
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u{e0041}', // tag letter A
];

/** Legitimate text of each script: a name and a subject of two or more characters. */
const SCRIPTS = {
  Chinese: { name: '李雷', subject: '拖欠工资' },
  Tibetan: { name: 'བཀྲ་ཤིས་', subject: 'ས་ཞིང་གི་གནད་དོན།' },
  Uyghur: { name: 'ئابدۇرېھىم', subject: 'ئىش ھەققى تۆلەنمىدى' },
  Mongolian: { name: 'ᠪᠠᠲᠤ', subject: 'ᠠᠵᠢᠯ ᠤᠨ ᠬᠥᠯᠥᠰᠥ' },
  Yi: { name: 'ꀉꂿꎭ', subject: 'ꌠꅇꂷꄯꒉ' },
};

describe('hasVisibleText', () => {
  it('is false for each invisible character alone and for any mix of them (2,000 runs)', () => {
    for (const ch of INVISIBLE) expect([ch.codePointAt(0), hasVisibleText(ch)]).toEqual([ch.codePointAt(0), false]);
    fc.assert(
      fc.property(
        // Without the high surrogate: one before a low surrogate makes a pair, one (visible) character.
        fc.array(fc.constantFrom(...INVISIBLE.filter((c) => c !== '\ud800'), ' ', '\t', '\n', '\u3000'), {
          minLength: 1,
          maxLength: 12,
        }),
        (parts) => {
          expect(hasVisibleText(parts.join(''))).toBe(false);
        },
      ),
      { seed: 20_261_205, numRuns: 2_000 },
    );
  });

  it('is true as soon as one visible character is there, whatever surrounds it (2,000 runs)', () => {
    const visible = fc.constantFrom('李', 'a', '1', '。', 'བ', 'ئ', 'ᠪ', 'ꀉ', '😀', '\u{20000}');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...INVISIBLE)),
        visible,
        fc.array(fc.constantFrom(...INVISIBLE)),
        (a, v, b) => {
          expect(hasVisibleText(a.join('') + v + b.join(''))).toBe(true);
        },
      ),
      { seed: 20_261_206, numRuns: 2_000 },
    );
  });
});

describe('a name or subject that looks empty is refused; text in every script passes', () => {
  it('refuses a subject of zero-width spaces and a bidi override, with a bilingual message', () => {
    const r = validatePetition({ ...base, subject: '\u200b\u202e\u200b' });
    expect(r).toEqual({ ok: false, issues: [{ path: 'subject', message: textInvisible }] });
    expect(textInvisible).toEqual({
      zh: '请填写看得见的文字（此处只有零宽字符、控制字符等看不见的字符）',
      en: 'Write visible text (this holds only invisible characters, such as zero-width or control characters)',
    });
  });

  it('refuses a name of NUL characters, and one of lone surrogates', () => {
    for (const name of ['\u0000\u0000', '\ud800\udbff', '\u2066\u2069', '\u00ad']) {
      expect(validateField('petitioner.name', name, base)).toEqual({ path: 'petitioner.name', message: textInvisible });
    }
  });

  it('refuses an invisible content, accused person and address as contact (22 art 23(2): a notice must reach)', () => {
    expect(validateField('content', '\u200d\u200d\u200d', base)?.message).toEqual(textInvisible);
    const accusation = { ...samplePetitions.accusation, accused: { persons: ['\u200b'], units: [] } };
    const a = validatePetition(accusation);
    // 22 art 30: an accusation names someone; a zero-width name names no one.
    expect(a.ok ? [] : a.issues.map((i) => i.path)).toEqual(['accused.persons.0', 'accused']);
    const noContact = { ...base, petitioner: { name: '李雷', address: '\u200b\u200b' } };
    const r = validatePetition(noContact);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['petitioner.address', 'petitioner.phone']);
  });

  it('the zod schema gives the same rule (key text.invisible)', () => {
    const r = PetitionSchema.safeParse({ ...base, subject: '\u200b\u200b\u200b' });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['subject', 'text.invisible'],
    ]);
  });

  it('decide refuses to register it (the register command validates the same petition)', () => {
    const r = decide([], registerCommand('p-1', { ...base, subject: '\u202e\u202e' }), ctx);
    expectRejected(r, 'invalid-petition');
    expect(r.ok ? '' : r.rejection.message.zh).toContain(textInvisible.zh);
  });

  for (const [script, text] of Object.entries(SCRIPTS)) {
    it(`accepts a name and a subject in ${script}`, () => {
      const input = { ...base, subject: text.subject, petitioner: { ...base.petitioner, name: text.name } };
      const r = validatePetition(input);
      expect(r.ok ? r.value.subject : r.issues).toBe(text.subject);
      expect(r.ok ? r.value.petitioner?.name : undefined).toBe(text.name);
      expect(decide([], registerCommand('p-1', input), ctx).ok).toBe(true);
    });
  }

  it('accepts Uyghur with a right-to-left mark, Mongolian with variation selectors and a vowel separator', () => {
    const uyghur = '\u200fئابدۇرېھىم';
    const mongolian = 'ᠮᠣᠩᠭᠣ\u180bᠯ\u180eᠠ';
    expect(validateField('petitioner.name', uyghur, base)).toBeUndefined();
    expect(validateField('subject', mongolian, base)).toBeUndefined();
  });
});
