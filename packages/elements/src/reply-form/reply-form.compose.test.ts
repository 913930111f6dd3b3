import type { PetitionView } from '@xinfang/core';
import { chinaCalendar } from '@xinfang/core/calendar';
import { describe, expect, it } from 'vitest';
import { BLANK, composeLetter, extendedDue, extensionDays } from './reply-form.compose.js';
import type { ReplyDraft } from './reply-form.js';
import { handlingView, transferredView } from './reply-form.stories.js';

const empty: ReplyDraft = {
  documentNo: '',
  organ: '',
  addressee: '',
  date: '',
  handlingUnit: '',
  due: '',
  reason: '',
  goTo: '',
  toUnit: '',
  days: '',
  outcome: '',
  opinion: '',
  legalBasis: '',
  reviewOrgan: '',
};
const matter = '您于2025年9月20日提出的信访事项（登记编号：XF-xfj-2025-0042，事由：小区供暖费退费）';

describe('composeLetter: the letter without the element', () => {
  it('22 art 34: an extension letter states the days and the new due date, 60 + 30 days from 2025-09-23', () => {
    const draft = { ...empty, addressee: '张三', days: '30', reason: '需现场核查' };
    expect(composeLetter('extension', handlingView, draft, 'zh-CN', chinaCalendar)).toEqual({
      lang: 'zh-CN',
      title: '信访事项延期办理告知书',
      salutation: '张三：',
      paragraphs: [
        `${matter}，因需现场核查，经本机关负责人批准，办理期限延长30日。`,
        '延长后的办理期限至2025年12月22日。',
        '以上依照《信访工作条例》第三十四条告知。',
      ],
    });
  });

  it('22 art 22: a transfer letter in English names the unit; blank fields are lines to fill by hand', () => {
    const letter = composeLetter('transfer', transferredView, { ...empty, toUnit: 'City Housing Bureau' }, 'en');
    expect(letter.salutation).toBe(`Dear ${BLANK},`);
    expect(letter.paragraphs).toEqual([
      'Your petition received on 20 September 2025 (registration number XF-xfj-2025-0042, subject: 小区供暖费退费) has been transferred to City Housing Bureau for handling, under article 22 of the Regulations on Petition Work.',
      'Please contact City Housing Bureau about this matter.',
    ]);
  });

  it('22 art 36: a re-review letter is final and names no further organ, whatever was typed', () => {
    const letter = composeLetter(
      'reReview',
      handlingView,
      { ...empty, outcome: 'upheld', reviewOrgan: '省政府' },
      'zh-CN',
    );
    expect(letter.paragraphs.at(-1)).toBe(
      '本复核意见为最终意见。您对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理（《信访工作条例》第三十六条）。',
    );
    expect(letter.paragraphs.join('')).not.toContain('省政府');
  });

  it('without a view every petition detail is a blank line, and an unknown outcome adds no sentence', () => {
    const letter = composeLetter('opinion', undefined, { ...empty, outcome: '<img src=x>' }, 'zh-CN');
    expect(letter.paragraphs).toEqual([
      `您于${BLANK}提出的信访事项（登记编号：${BLANK}，事由：${BLANK}），本机关经调查核实，提出处理意见如下：`,
      `依据：${BLANK}`,
      `如您对本处理意见不服，可以自收到本意见书之日起30日内，向${BLANK}请求复查（《信访工作条例》第三十五条）。`,
    ]);
  });
});

describe('extension days and the extended due date (22 art 34)', () => {
  it('reads whole numbers only', () => {
    const days = (s: string) => extensionDays({ ...empty, days: s });
    expect(['30', ' 7 ', '', '1.5', '-3', '1e2', '３０', 'abc'].map(days)).toEqual([
      30,
      7,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('gives no date without a start, without days, or beyond the calendar', () => {
    expect(extendedDue(handlingView, 30, chinaCalendar)).toBe('2025-12-22');
    expect(extendedDue(transferredView, 30, chinaCalendar)).toBeUndefined();
    expect(extendedDue(handlingView, 0, chinaCalendar)).toBeUndefined();
    expect(extendedDue(handlingView, undefined, chinaCalendar)).toBeUndefined();
    expect(extendedDue({ ...handlingView, handlingStart: '9999-01-01' } as PetitionView, 30, chinaCalendar)).toBe(
      undefined,
    );
  });
});
