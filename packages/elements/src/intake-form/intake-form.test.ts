import { messages } from '@xinfang/core/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  $,
  $$,
  choose,
  cleanup,
  control,
  expectNoAxeViolations,
  fill,
  fixedClock,
  mount,
  settle,
  submit,
  tick,
} from '../../test/helpers.js';
import type { XfSubmitEvent } from '../shared/events.js';
import './intake-form.define.js';
import type { XfIntakeForm } from './intake-form.js';

afterEach(cleanup);

async function intake(attrs = '', wrapper = (x: string) => x): Promise<XfIntakeForm> {
  const host = await mount(wrapper(`<xf-intake-form ${attrs}></xf-intake-form>`));
  const form = host.querySelector('xf-intake-form')!;
  form.clock = fixedClock;
  form.formResetCallback();
  await settle(host);
  return form;
}

function payloadOf(form: XfIntakeForm): { value?: unknown } {
  const box: { value?: unknown } = {};
  form.addEventListener('xf-submit', (e: XfSubmitEvent) => {
    box.value = e.detail;
  });
  return box;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

async function fillMatter(form: XfIntakeForm, cls = 'claim'): Promise<void> {
  await choose(form, 'class', cls);
  await fill(form, 'subject', '拖欠工资');
  await fill(form, 'content', '公司拖欠三个月工资，请求督促支付。');
}

describe('<xf-intake-form mode="public">', () => {
  it('lists persons and units accused only for an accusation, and requires one (22 art 30)', async () => {
    const form = await intake('lang="zh-CN"');
    const result = payloadOf(form);
    await fill(form, 'petitioner.name', '李雷');
    await fill(form, 'petitioner.phone', '13800138000');
    expect($$(form, '[data-field="accused"]')).toHaveLength(0);
    await fillMatter(form, 'accusation');
    await tick(form, 'truthStatement');
    expect(text($(form, '[data-field="accused"] legend'))).toBe('被检举控告的对象');
    await submit(form);
    expect(result.value).toBeUndefined();
    expect(text($(form, '[data-field="accused"] > .error'))).toBe(`错误：${messages['accused.required'].zh}`);
    await fill(form, 'accused.persons', '张三 科长\n\n 李四 主任 ');
    await fill(form, 'accused.units', 'unit-roads');
    await submit(form);
    expect(result.value).toMatchObject({
      class: 'accusation',
      accused: { persons: ['张三 科长', '李四 主任'], units: ['unit-roads'] },
    });
  });

  it('submits an anonymous petition without any personal data (22 art 23(2))', async () => {
    const form = await intake('lang="zh-CN"');
    const result = payloadOf(form);
    await fill(form, 'petitioner.name', '李雷');
    await tick(form, 'anonymous');
    expect($$(form, '[data-field="petitioner.name"]')).toHaveLength(0);
    await fillMatter(form, 'suggestion');
    await fill(form, 'attachments', '照片 3 张\n现场视频 1 段');
    await tick(form, 'truthStatement');
    await submit(form);
    expect(result.value).toEqual({
      channel: 'online',
      class: 'suggestion',
      subject: '拖欠工资',
      content: '公司拖欠三个月工资，请求督促支付。',
      receivedAt: '2025-09-20T01:30:00.000Z',
      anonymous: true,
      truthStatement: true,
      attachments: ['照片 3 张', '现场视频 1 段'],
    });
  });

  it('shows the core’s own bilingual message for a wrong ID number, in Chinese and in English', async () => {
    const form = await intake('', (x) => `<div lang="zh-CN">${x}</div>`);
    await fill(form, 'petitioner.idNumber', '110105194912310021');
    expect(text($(form, '[data-field="petitioner.idNumber"] .error'))).toBe(
      `错误：${messages['idNumber.checksum'].zh}`,
    );
    expect(control(form, 'petitioner.idNumber').getAttribute('aria-describedby')).toBe(
      'h-f-petitioner-idNumber e-f-petitioner-idNumber',
    );
    form.parentElement!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await settle(form);
    expect(text($(form, '[data-field="petitioner.idNumber"] .error'))).toBe(
      `Error: ${messages['idNumber.checksum'].en}`,
    );
    expect(text($(form, 'label[for="f-petitioner-idNumber"]'))).toBe('ID card number (optional)');
  });

  it('requires the truth statement online, with a message that says what to do', async () => {
    const form = await intake('lang="en"');
    await fill(form, 'petitioner.name', 'Li Lei');
    await fill(form, 'petitioner.phone', '13800138000');
    await fillMatter(form);
    await submit(form);
    expect($$(form, '.error-summary a').map(text)).toEqual([
      'Tick “I answer for the truth of what I have written” before submitting',
    ]);
  });

  it('renders whatever a person types as text, never as markup or script', async () => {
    const form = await intake('lang="zh-CN"');
    const result = payloadOf(form);
    const markup = '<img src=x onerror="window.__xfPwned=1"><b>粗体</b>';
    const script = '<script>window.__xfPwned=2</script>';
    await fill(form, 'petitioner.name', markup);
    await fill(form, 'petitioner.phone', '13800138000');
    await choose(form, 'class', 'claim');
    await fill(form, 'subject', script);
    await fill(form, 'content', `${markup}${script}`);
    await tick(form, 'truthStatement');
    form.setAttribute('lang', 'en'); // a full re-render with the values in place
    await settle(form);
    await submit(form);
    expect((window as { __xfPwned?: number }).__xfPwned).toBeUndefined();
    expect($$(form, 'img, b, script')).toHaveLength(0);
    expect(control(form, 'petitioner.name').value).toBe(markup);
    expect(result.value).toMatchObject({
      subject: script,
      content: `${markup}${script}`,
      petitioner: { name: markup },
    });
  });

  it('works with the keyboard alone: Tab order, Space, Enter, and the error summary links', async () => {
    const form = await intake('lang="zh-CN"');
    control(form, 'anonymous').focus();
    await userEvent.tab();
    expect(form.shadowRoot!.activeElement).toBe(control(form, 'petitioner.name'));
    await userEvent.keyboard('李雷');
    await userEvent.tab();
    expect(form.shadowRoot!.activeElement).toBe(control(form, 'petitioner.idNumber'));
    await userEvent.keyboard('{Enter}'); // implicit submission from a text field
    await settle(form);
    const summary = $(form, '.error-summary');
    expect(form.shadowRoot!.activeElement).toBe(summary);
    await userEvent.tab();
    const firstLink = $$(form, '.error-summary a')[0]!;
    expect(form.shadowRoot!.activeElement).toBe(firstLink);
    expect(text(firstLink)).toBe(messages['contact.required'].zh);
    await userEvent.keyboard('{Enter}');
    expect(form.shadowRoot!.activeElement).toBe(control(form, 'petitioner.phone'));
    control(form, 'truthStatement').focus();
    await userEvent.keyboard(' ');
    await settle(form);
    expect(control(form, 'truthStatement').checked).toBe(true);
  });

  it('enlarges text by 1.25 with size="large" and reflows at 320 CSS px (200% zoom) without sideways scrolling', async () => {
    await page.viewport(320, 640);
    const form = await intake('lang="zh-CN"');
    const label = $(form, 'label[for="f-subject"]');
    const normal = Number.parseFloat(getComputedStyle(label).fontSize);
    form.setAttribute('size', 'large');
    await settle(form);
    expect(Number.parseFloat(getComputedStyle(label).fontSize)).toBeCloseTo(normal * 1.25, 1);
    await submit(form);
    expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(form.parentElement!);
    await page.viewport(1280, 800);
  });
});

describe('<xf-intake-form mode="staff">', () => {
  const units = [
    { id: 'office', name: { zh: '信访办公室', en: 'Petition office' } },
    { id: 'labour', name: '劳动保障局' },
  ];

  it('registers a letter with received time, postmark, sender address, unit and proposed handling (seed §交通集团)', async () => {
    const form = await intake('mode="staff" lang="zh-CN"');
    form.units = units;
    await settle(form);
    const result = payloadOf(form);
    expect(control(form, 'receivedAt').value).toBe('2025-09-20T09:30');
    await choose(form, 'channel', 'letter');
    await fill(form, 'letter.postmarkDate', '2025-09-21');
    await fill(form, 'petitioner.name', '李雷');
    await fill(form, 'petitioner.address', '成都市青羊区人民中路 1 号');
    await fillMatter(form);
    await submit(form);
    // seed §交通集团: the envelope is kept as evidence; a postmark after the day it arrived is impossible.
    expect($$(form, '.error-summary a').map(text)).toEqual([
      messages['postmarkDate.future'].zh,
      messages['senderAddress.required'].zh,
    ]);
    await fill(form, 'letter.postmarkDate', '2025-09-18');
    await fill(form, 'letter.senderAddress', '成都市青羊区人民中路 1 号');
    const unit = control(form, 'receivingUnit') as unknown as HTMLSelectElement;
    expect([...unit.options].map((o) => o.text)).toEqual(['请选择', '信访办公室', '劳动保障局']);
    unit.value = 'labour';
    unit.dispatchEvent(new Event('change', { bubbles: true }));
    await fill(form, 'proposedHandling', '转劳动保障局办理');
    await submit(form);
    expect(result.value).toEqual({
      channel: 'letter',
      class: 'claim',
      subject: '拖欠工资',
      content: '公司拖欠三个月工资，请求督促支付。',
      receivedAt: '2025-09-20T09:30:00+08:00',
      anonymous: false,
      truthStatement: false,
      petitioner: { name: '李雷', address: '成都市青羊区人民中路 1 号' },
      letter: { postmarkDate: '2025-09-18', senderAddress: '成都市青羊区人民中路 1 号' },
      receivingUnit: 'labour',
      proposedHandling: '转劳动保障局办理',
    });
  });

  it('records a 12345 hotline call with its ticket number', async () => {
    const form = await intake('mode="staff" lang="en"');
    const result = payloadOf(form);
    await choose(form, 'channel', 'call');
    await tick(form, 'fromHotline');
    await fill(form, 'hotline.ticket', 'x');
    await fill(form, 'petitioner.name', 'Li Lei');
    await fill(form, 'petitioner.phone', '13800138000');
    await fillMatter(form);
    await submit(form);
    expect($$(form, '.error-summary a').map(text)).toEqual([messages['hotline.ticket'].en]);
    await fill(form, 'hotline.ticket', 'SC-2025-0001');
    await submit(form);
    expect(result.value).toMatchObject({ channel: 'call', hotline: { line: '12345', ticket: 'SC-2025-0001' } });
    await expectNoAxeViolations(form.parentElement!);
  });
});
