import type { PetitionView } from '@xinfang/core';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../define.js';
import { sampleUnits } from '../petition-timeline/petition-timeline.stories.js';
import type { XfInvalidEvent, XfSubmitEvent } from '../shared/events.js';
import type { ReplyPayload, XfReplyForm } from './reply-form.js';
import {
  anonymousView,
  concludedView,
  declinedView,
  extendedView,
  filledValues,
  finalView,
  handlingView,
  reviewedView,
  transferredView,
} from './reply-form.stories.js';

async function mount(
  attrs: Record<string, string>,
  props: Partial<Pick<XfReplyForm, 'view' | 'values'>> = {},
  parent: HTMLElement = document.body,
): Promise<XfReplyForm> {
  const el = document.createElement('xf-reply-form');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.units = sampleUnits;
  Object.assign(el, props);
  parent.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: XfReplyForm) => el.shadowRoot!;
const field = (el: XfReplyForm, path: string) =>
  root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`#f-${path}`)!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function type(el: XfReplyForm, path: string, value: string): Promise<void> {
  const input = field(el, path);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Submits and returns the payload of `xf-submit`, or the issue paths and messages of `xf-invalid`. */
async function submit(el: XfReplyForm): Promise<{ payload?: ReplyPayload; issues?: { path: string; zh: string }[] }> {
  let payload: ReplyPayload | undefined;
  let issues: { path: string; zh: string }[] | undefined;
  const onSubmit = (e: XfSubmitEvent) => {
    payload = e.detail as ReplyPayload;
    e.preventDefault();
  };
  const onInvalid = (e: XfInvalidEvent) => {
    issues = e.detail.issues.map((i) => ({ path: i.path, zh: i.message.zh }));
  };
  el.addEventListener('xf-submit', onSubmit);
  el.addEventListener('xf-invalid', onInvalid);
  await el.requestSubmit();
  await el.updateComplete;
  el.removeEventListener('xf-submit', onSubmit);
  el.removeEventListener('xf-invalid', onInvalid);
  return { payload, issues };
}

const letterParagraphs = (el: XfReplyForm) => Array.from(root(el).querySelectorAll('.para'), (p) => p.textContent);

beforeAll(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<xf-reply-form>', () => {
  it('axe finds no violations in the form, after a failed submit, and in the print view', async () => {
    const el = await mount({ kind: 'opinion', date: '2025-12-10' }, { view: concludedView });
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
    await submit(el);
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
    el.setAttribute('mode', 'print');
    await el.updateComplete;
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
  });

  it('fires xf-change on each edit, and xf-submit bubbles out to the page, composed and cancelable', async () => {
    const el = await mount({ kind: 'transfer', organ: '成都市信访局', date: '2025-09-22' }, { view: transferredView });
    const changes: unknown[] = [];
    el.addEventListener('xf-change', (e) => changes.push(e.detail));
    await type(el, 'documentNo', '青信转字〔2025〕42号');
    expect(changes).toEqual([{ path: 'documentNo', value: '青信转字〔2025〕42号' }]);
    let seen: XfSubmitEvent | undefined;
    const onDocument = (e: XfSubmitEvent) => {
      seen = e;
      e.preventDefault();
    };
    document.addEventListener('xf-submit', onDocument);
    expect(await el.requestSubmit()).toBe(false);
    document.removeEventListener('xf-submit', onDocument);
    expect(seen).toBeDefined();
    expect(seen!.bubbles).toBe(true);
    expect(seen!.composed).toBe(true);
    expect(seen!.defaultPrevented).toBe(true);
    expect((seen!.detail as ReplyPayload).kind).toBe('transfer');
  });

  describe('acceptance notice (22 art 23(2))', () => {
    it('is prefilled from the view: organ, addressee, handling unit, due date of 22 art 34', async () => {
      const el = await mount({ kind: 'acceptance', date: '2025-09-25' }, { view: handlingView });
      expect(text(root(el).querySelector('[part="heading"]'))).toBe('受理告知书');
      expect(text(root(el).querySelector('.matter .summary'))).toBe(
        '登记编号 XF-xfj-2025-0042：小区供暖费退费（2025年9月20日收到）',
      );
      expect(field(el, 'organ').value).toBe('市住房和城乡建设局');
      expect(field(el, 'addressee').value).toBe('李雷');
      expect(field(el, 'date').value).toBe('2025-09-25');
      expect(field(el, 'handlingUnit').value).toBe('市住房和城乡建设局');
      expect(field(el, 'due').value).toBe('2025-11-24');
      expect(text(root(el).querySelector('#h-f-due'))).toBe('自受理之日起 60 日内办结（《信访工作条例》第三十四条）');
    });

    it('submits a typed payload with the composed letter', async () => {
      const el = await mount({ kind: 'acceptance', date: '2025-09-25' }, { view: handlingView });
      await type(el, 'documentNo', '青住建信受字〔2025〕42号');
      const { payload, issues } = await submit(el);
      expect(issues).toBeUndefined();
      expect(payload).toEqual({
        kind: 'acceptance',
        petitionId: 'p-2025-0042',
        registrationNo: 'XF-xfj-2025-0042',
        documentNo: '青住建信受字〔2025〕42号',
        organ: '市住房和城乡建设局',
        addressee: '李雷',
        date: '2025-09-25',
        handlingUnit: '市住房和城乡建设局',
        due: '2025-11-24',
        handlingDays: 60,
        letter: {
          lang: 'zh-CN',
          title: '信访事项受理告知书',
          salutation: '李雷：',
          paragraphs: [
            '您于2025年9月20日提出的信访事项（登记编号：XF-xfj-2025-0042，事由：小区供暖费退费），经审查，本机关决定予以受理。',
            '该事项由市住房和城乡建设局办理，依照《信访工作条例》第三十四条，自受理之日起60日内办结，办理期限至2025年11月24日。',
          ],
        },
      });
    });

    it('N5 / 22 art 23(2): says no written notice is owed for an anonymous petition, and leaves the addressee blank', async () => {
      const el = await mount({ kind: 'acceptance', date: '2025-09-25' }, { view: anonymousView });
      expect(field(el, 'addressee').value).toBe('');
      expect(text(root(el).querySelector('.matter .notice'))).toBe(
        '信访人姓名或地址不清（如匿名信访），依照《信访工作条例》第二十三条可不书面告知；如仍需出具，请填写收件人。',
      );
    });
  });

  it('non-acceptance (22 art 23): the organ to go to comes from the view; the reason is required', async () => {
    const el = await mount(
      { kind: 'nonAcceptance', organ: '成都市信访局', 'document-no': '青信不受字〔2025〕7号', date: '2025-09-28' },
      { view: declinedView },
    );
    expect(field(el, 'goTo').value).toBe('成都市青羊区人民法院');
    expect((await submit(el)).issues).toEqual([{ path: 'reason', zh: '请写明不予受理的理由' }]);
    await type(el, 'reason', '所反映事项已进入诉讼程序。');
    const { payload } = await submit(el);
    expect(payload).toMatchObject({
      kind: 'nonAcceptance',
      reason: '所反映事项已进入诉讼程序。',
      goTo: '成都市青羊区人民法院',
      organ: '成都市信访局',
    });
    expect(payload!.letter.paragraphs).toEqual([
      '您于2025年9月20日提出的信访事项（登记编号：XF-xfj-2025-0042，事由：小区供暖费退费），经审查，本机关决定不予受理。理由：所反映事项已进入诉讼程序。',
      '依照《信访工作条例》第二十三条，请您向成都市青羊区人民法院提出。',
    ]);
  });

  it('non-acceptance without an organ to go to is refused with a message citing 22 art 23', async () => {
    const el = await mount(
      { kind: 'nonAcceptance', date: '2025-09-28' },
      { view: { ...declinedView, declinedGoTo: undefined } as PetitionView, values: filledValues.nonAcceptance },
    );
    expect((await submit(el)).issues).toEqual([
      { path: 'goTo', zh: '请写明信访人应向哪个机关提出（《信访工作条例》第二十三条）' },
    ]);
  });

  it('transfer notice (22 art 22): destination prefilled from a transferred view; the reason is optional', async () => {
    const el = await mount(
      { kind: 'transfer', organ: '成都市信访局', 'document-no': '青信转字〔2025〕42号', date: '2025-09-22' },
      { view: transferredView },
    );
    expect(field(el, 'toUnit').value).toBe('市住房和城乡建设局');
    const { payload } = await submit(el);
    expect(payload).toMatchObject({ kind: 'transfer', toUnit: '市住房和城乡建设局' });
    expect(payload).not.toHaveProperty('reason');
    expect(payload!.letter.paragraphs).toEqual([
      '您于2025年9月20日提出的信访事项（登记编号：XF-xfj-2025-0042，事由：小区供暖费退费），依照《信访工作条例》第二十二条，已转送市住房和城乡建设局办理。',
      '请您就该事项与市住房和城乡建设局联系。',
    ]);
  });

  describe('extension notice (N15 / 22 art 34)', () => {
    it('computes the new due date from the same start: 60 + 30 days from acceptance on 2025-09-23 → 2025-12-22', async () => {
      const el = await mount(
        { kind: 'extension', date: '2025-11-18' },
        { view: handlingView, values: filledValues.extension },
      );
      expect(text(root(el).querySelector('[role="status"]'))).toBe('延期后办理期限：2025年12月22日');
      const { payload } = await submit(el);
      expect(payload).toMatchObject({
        kind: 'extension',
        days: 30,
        reason: '需委托第三方机构检测供暖温度记录',
        newDue: '2025-12-22',
      });
      expect(payload!.letter.paragraphs).toEqual([
        '您于2025年9月20日提出的信访事项（登记编号：XF-xfj-2025-0042，事由：小区供暖费退费），因需委托第三方机构检测供暖温度记录，经本机关负责人批准，办理期限延长30日。',
        '延长后的办理期限至2025年12月22日。',
        '以上依照《信访工作条例》第三十四条告知。',
      ]);
    });

    it('refuses more than 30 days, and a number that is not whole', async () => {
      const el = await mount(
        { kind: 'extension', date: '2025-11-18' },
        { view: handlingView, values: { ...filledValues.extension, days: '31' } },
      );
      const message = '请输入延长天数，1 至 30 日的整数（《信访工作条例》第三十四条）';
      expect((await submit(el)).issues).toEqual([{ path: 'days', zh: message }]);
      expect(text(root(el).querySelector('#e-f-days'))).toBe(`错误：${message}`);
      await type(el, 'days', '2.5');
      expect((await submit(el)).issues).toEqual([{ path: 'days', zh: message }]);
    });

    it('takes the maximum from the terms the petition was registered under (a policy setting)', async () => {
      const view = {
        ...handlingView,
        terms: { ...handlingView.terms, extensionMax: { days: 15, unit: 'day' } },
      } as PetitionView;
      const el = await mount(
        { kind: 'extension', date: '2025-11-18' },
        { view, values: { ...filledValues.extension, days: '20' } },
      );
      expect((await submit(el)).issues).toEqual([
        { path: 'days', zh: '请输入延长天数，1 至 15 日的整数（《信访工作条例》第三十四条）' },
      ]);
    });

    it('refuses a second extension', async () => {
      const el = await mount(
        { kind: 'extension', date: '2025-12-01' },
        { view: extendedView, values: filledValues.extension },
      );
      expect((await submit(el)).issues).toEqual([
        { path: 'days', zh: '该事项已延期一次，不能再次延期（《信访工作条例》第三十四条）；请按期办结' },
      ]);
    });
  });

  describe('offer-delivery: the "delivered now" tick belongs to the form (22 art 35)', () => {
    const attrs = { kind: 'opinion', 'review-organ': '成都市人民政府', date: '2025-12-10' };

    it('without offer-delivery there is no tick and the payload says nothing about delivery', async () => {
      const el = await mount(attrs, { view: concludedView, values: filledValues.opinion });
      expect(field(el, 'deliverNow')).toBeNull();
      const { payload } = await submit(el);
      expect(payload && 'deliverNow' in payload).toBe(false);
    });

    it('ticked: a labelled checkbox inside the form, and xf-submit says deliverNow: true', async () => {
      const el = await mount({ ...attrs, 'offer-delivery': '' }, { view: concludedView, values: filledValues.opinion });
      const box = field(el, 'deliverNow') as HTMLInputElement;
      expect(box.type).toBe('checkbox');
      expect(box.closest('form')).toBe(root(el).querySelector('form'));
      expect(text(root(el).querySelector('label[for="f-deliverNow"]'))).toBe(
        '已当面交付或网上送达：登记送达，复查期限自今日起算（第三十五条）',
      );
      expect(box.checked).toBe(false);
      box.click();
      await el.updateComplete;
      const { payload } = await submit(el);
      expect([payload?.kind, payload?.deliverNow]).toEqual(['opinion', true]);
      expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
    });

    it('prefilled ticked with values, unticked by the person: deliverNow: false; disabled with the form', async () => {
      const el = await mount(
        { ...attrs, 'offer-delivery': '' },
        { view: concludedView, values: { ...filledValues.opinion, deliverNow: true } },
      );
      const box = field(el, 'deliverNow') as HTMLInputElement;
      expect(box.checked).toBe(true);
      box.click();
      await el.updateComplete;
      expect((await submit(el)).payload?.deliverNow).toBe(false);
      el.disabled = true;
      await el.updateComplete;
      expect(box.matches(':disabled')).toBe(true);
    });
  });

  describe('handling opinion (N12 / 22 arts 32, 35)', () => {
    it('states the opinion, its legal basis and the review right: which organ, within 30 days', async () => {
      const el = await mount(
        { kind: 'opinion', 'review-organ': '成都市人民政府', date: '2025-12-10' },
        { view: concludedView, values: filledValues.opinion },
      );
      expect(root(el).querySelector<HTMLInputElement>('input[type="radio"][value="support"]')!.checked).toBe(true);
      const { payload } = await submit(el);
      expect(payload).toMatchObject({
        kind: 'opinion',
        outcome: 'support',
        legalBasis: '《四川省城镇供热管理条例》第二十六条；《信访工作条例》第三十二条',
        review: { organ: '成都市人民政府', withinDays: 30 },
      });
      expect(payload!.letter.paragraphs).toEqual([
        '您于2025年9月20日提出的信访事项（登记编号：XF-xfj-2025-0042，事由：小区供暖费退费），本机关经调查核实，提出处理意见如下：',
        '对您的请求，予以支持。',
        '经核查，该小区 2024—2025 年供暖季室温记录低于 18℃ 的天数为 41 天。',
        '供热企业应按比例退还供暖费 30%。',
        '依据：《四川省城镇供热管理条例》第二十六条；《信访工作条例》第三十二条',
        '如您对本处理意见不服，可以自收到本意见书之日起30日内，向成都市人民政府请求复查（《信访工作条例》第三十五条）。',
      ]);
    });

    it.each([
      ['explain', '对您的请求，作出解释说明。'],
      ['reject', '对您的请求，不予支持。'],
    ])('outcome %s is stated in words', async (outcome, sentence) => {
      const el = await mount(
        { kind: 'opinion', 'review-organ': '成都市人民政府', date: '2025-12-10' },
        { view: concludedView, values: { ...filledValues.opinion, outcome } },
      );
      const { payload } = await submit(el);
      expect(payload).toMatchObject({ outcome });
      expect(payload!.letter.paragraphs[1]).toBe(sentence);
    });

    it('takes the review window from the registered terms (a policy may say otherwise than 30 days)', async () => {
      const view = {
        ...concludedView,
        terms: { ...concludedView.terms, reviewRequest: { days: 15, unit: 'day' } },
      } as PetitionView;
      const el = await mount(
        { kind: 'opinion', 'review-organ': '成都市人民政府', date: '2025-12-10' },
        { view, values: filledValues.opinion },
      );
      const { payload } = await submit(el);
      expect(payload).toMatchObject({ review: { organ: '成都市人民政府', withinDays: 15 } });
      expect(payload!.letter.paragraphs.at(-1)).toBe(
        '如您对本处理意见不服，可以自收到本意见书之日起15日内，向成都市人民政府请求复查（《信访工作条例》第三十五条）。',
      );
    });

    it('an empty opinion lists every problem in field order, focuses the summary and ties inline errors to their fields', async () => {
      const el = await mount(
        { kind: 'opinion', date: '2025-12-10' },
        { view: { ...concludedView, outcome: undefined } as PetitionView },
      );
      const { issues, payload } = await submit(el);
      expect(payload).toBeUndefined();
      expect(issues).toEqual([
        { path: 'documentNo', zh: '请输入文号，例如：市信访受字〔2025〕42号' },
        { path: 'outcome', zh: '请选择处理意见：支持、解释说明或不予支持' },
        { path: 'opinion', zh: '请写明意见内容' },
        { path: 'legalBasis', zh: '请写明法律、法规或政策依据（《信访工作条例》第三十二条）' },
        { path: 'reviewOrgan', zh: '请写明受理复查的机关，即原办理机关的上一级机关（《信访工作条例》第三十五条）' },
      ]);
      const summary = root(el).querySelector('[part="error-summary"]')!;
      expect(root(el).activeElement).toBe(summary);
      expect(Array.from(summary.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([
        '#f-documentNo',
        '#f-outcome',
        '#f-opinion',
        '#f-legalBasis',
        '#f-reviewOrgan',
      ]);
      expect(field(el, 'opinion').getAttribute('aria-describedby')).toBe('e-f-opinion');
      expect(field(el, 'opinion').getAttribute('aria-invalid')).toBe('true');
    });
  });

  it('review opinion (N16 / 22 art 35) states the re-review right (22 art 36)', async () => {
    const el = await mount(
      { kind: 'review', organ: '成都市人民政府', 'review-organ': '四川省人民政府', date: '2026-02-02' },
      { view: reviewedView, values: filledValues.review },
    );
    const { payload } = await submit(el);
    expect(payload).toMatchObject({
      kind: 'review',
      outcome: 'upheld',
      reReview: { organ: '四川省人民政府', withinDays: 30 },
    });
    expect(payload!.letter.title).toBe('信访事项复查意见书');
    expect(payload!.letter.paragraphs).toEqual([
      '您对信访事项（登记编号：XF-xfj-2025-0042，事由：小区供暖费退费）的处理意见不服，请求复查。本机关经复查，意见如下：',
      '维持原处理意见。',
      '原处理意见认定事实清楚，适用依据正确。',
      '依据：《信访工作条例》第三十五条',
      '如您对本复查意见不服，可以自收到本意见书之日起30日内，向四川省人民政府请求复核（《信访工作条例》第三十六条）。',
    ]);
  });

  it('re-review opinion (N17 / 22 art 36) is final and says the same facts are not accepted again', async () => {
    const el = await mount(
      { kind: 'reReview', organ: '四川省人民政府', date: '2026-03-20' },
      { view: finalView, values: filledValues.reReview },
    );
    const { payload } = await submit(el);
    expect(payload).toMatchObject({ kind: 'reReview', outcome: 'upheld', final: true });
    expect(payload!.letter.paragraphs.at(-1)).toBe(
      '本复核意见为最终意见。您对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理（《信访工作条例》第三十六条）。',
    );
    expect(root(el).querySelector('#f-reviewOrgan')).toBeNull();
  });

  it('without a petition view it says where to open the form from', async () => {
    const el = await mount({ kind: 'acceptance', date: '2025-09-25' });
    const { issues } = await submit(el);
    expect(issues?.[0]).toEqual({ path: 'petition', zh: '未载入信访事项，请从办理列表中打开要答复的信访事项' });
  });

  it('speaks English with lang="en": form, messages and letter', async () => {
    const el = await mount(
      { kind: 'opinion', 'review-organ': 'City People’s Government', date: '2025-12-10', lang: 'en' },
      { view: concludedView, values: filledValues.opinion },
    );
    expect(text(root(el).querySelector('[part="heading"]'))).toBe('Handling opinion');
    expect(text(root(el).querySelector('label[for="f-legalBasis"]'))).toBe('Legal basis (law, regulation or policy)');
    const { payload } = await submit(el);
    expect(payload!.letter.title).toBe('Handling Opinion on a Petition');
    expect(payload!.letter.paragraphs[0]).toBe(
      'Your petition received on 20 September 2025 (registration number XF-xfj-2025-0042, subject: 小区供暖费退费) has been investigated. This organ’s handling opinion is as follows:',
    );
    expect(payload!.letter.paragraphs.at(-1)).toBe(
      'If you disagree with this opinion, you may ask City People’s Government for a review within 30 days of receiving it (Regulations on Petition Work, article 35).',
    );
    await type(el, 'legalBasis', '');
    await submit(el);
    expect(text(root(el).querySelector('#e-f-legalBasis'))).toBe(
      'Error: Enter the legal basis: the law, regulation or policy (article 32)',
    );
  });

  describe('print view: an official A4 letter', () => {
    it('mode="print" shows only the letter: 红头 organ, 文号, title, addressee, body, organ, date and seal area', async () => {
      const el = await mount(
        {
          kind: 'opinion',
          mode: 'print',
          organ: '成都市青羊区住房和城乡建设局',
          'review-organ': '成都市青羊区人民政府',
          date: '2025-12-10',
        },
        { view: concludedView, values: filledValues.opinion },
      );
      expect(root(el).querySelector('form')).toBeNull();
      const letter = root(el).querySelector('[part="letter"]')!;
      expect(text(letter.querySelector('.letterhead-organ'))).toBe('成都市青羊区住房和城乡建设局');
      expect(text(letter.querySelector('[part="document-no"]'))).toBe('青住建信复字〔2025〕42号');
      expect(text(letter.querySelector('[part="letter-title"]'))).toBe('信访事项处理意见书');
      expect(text(letter.querySelector('.salutation'))).toBe('李雷：');
      expect(letterParagraphs(el)).toHaveLength(6);
      expect(text(letter.querySelector('.sign-organ'))).toBe('成都市青羊区住房和城乡建设局');
      expect(letter.querySelector('.sign-date time')!.getAttribute('datetime')).toBe('2025-12-10');
      expect(text(letter.querySelector('.sign-date'))).toBe('2025年12月10日');
      expect(text(letter.querySelector('[part="seal"]'))).toBe('（盖章）');
      // A4 is 210 mm wide: 210 / 25.4 × 96 px.
      expect(letter.getBoundingClientRect().width).toBeCloseTo((210 / 25.4) * 96, 0);
      // GB/T 9704 margins: top 37 mm, left 28 mm.
      expect(Number.parseFloat(getComputedStyle(letter).paddingTop)).toBeCloseTo((37 / 25.4) * 96, 1);
      expect(Number.parseFloat(getComputedStyle(letter).paddingLeft)).toBeCloseTo((28 / 25.4) * 96, 1);
    });

    it('on screen the letter is hidden; in print the form is hidden and the letter shown (@media print)', async () => {
      const el = await mount(
        { kind: 'acceptance', date: '2025-09-25' },
        { view: handlingView, values: filledValues.acceptance },
      );
      expect(getComputedStyle(root(el).querySelector('[part="letter-page"]')!).display).toBe('none');
      const rules = root(el).adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules));
      const print = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
      expect(print?.cssText).toContain('form.xf-root { display: none !important; }');
      expect(print?.cssText).toContain('.letter-page { display: block !important; }');
    });

    it('sets the printed page to A4 while printing only (a document-level @page rule, removed afterwards)', async () => {
      await mount({ kind: 'acceptance', date: '2025-09-25' }, { view: handlingView });
      const pageRules = () =>
        document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules)).filter((r) => r instanceof CSSPageRule);
      expect(pageRules()).toHaveLength(0);
      window.dispatchEvent(new Event('beforeprint'));
      expect(pageRules().map((r) => (r as CSSPageRule).style.getPropertyValue('size'))).toEqual(['a4']);
      window.dispatchEvent(new Event('afterprint'));
      expect(pageRules()).toHaveLength(0);
    });
  });

  it('renders script and markup typed into the form as text in the letter, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = await mount(
      { kind: 'opinion', mode: 'print', 'review-organ': payload, date: '2025-12-10' },
      {
        view: { ...concludedView, subject: payload } as PetitionView,
        values: { ...filledValues.opinion, opinion: payload, addressee: payload },
      },
    );
    expect(root(el).querySelector('img, script')).toBeNull();
    expect(text(root(el).querySelector('.salutation'))).toBe(`${payload}：`);
    expect(letterParagraphs(el)).toContain(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  describe('form-associated (ElementInternals)', () => {
    it('puts the payload as JSON into the host form’s FormData, and none while invalid', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      const el = await mount(
        { kind: 'transfer', name: 'reply', organ: '成都市信访局', date: '2025-09-22' },
        { view: transferredView },
        form,
      );
      expect(new FormData(form).get('reply')).toBeNull();
      await type(el, 'documentNo', '青信转字〔2025〕42号');
      const value = JSON.parse(String(new FormData(form).get('reply'))) as ReplyPayload;
      expect(value).toMatchObject({
        kind: 'transfer',
        documentNo: '青信转字〔2025〕42号',
        toUnit: '市住房和城乡建设局',
      });
      expect(el.validity.valid).toBe(true);
    });

    it('reset returns to the prefill from the view', async () => {
      const form = document.createElement('form');
      document.body.append(form);
      const el = await mount({ kind: 'acceptance', date: '2025-09-25' }, { view: handlingView }, form);
      await type(el, 'addressee', '王五');
      form.reset();
      await el.updateComplete;
      expect(field(el, 'addressee').value).toBe('李雷');
    });

    it('an equal view or values passed again (a re-rendering host) keeps what was typed', async () => {
      const el = await mount({ kind: 'acceptance', date: '2025-09-25' }, { view: handlingView });
      await type(el, 'addressee', '王五');
      el.view = { ...handlingView } as PetitionView;
      el.values = {};
      await el.updateComplete;
      expect(field(el, 'addressee').value).toBe('王五');
    });

    it('setting another view prefills again', async () => {
      const el = await mount({ kind: 'acceptance', date: '2025-09-25' }, { view: handlingView });
      el.view = { ...handlingView, petitionerName: '韩梅梅' } as PetitionView;
      await el.updateComplete;
      expect(field(el, 'addressee').value).toBe('韩梅梅');
    });
  });
});
