import type { Command, PetitionView } from '@xinfang/core';
import { checkCommand, policies } from '@xinfang/core';
import { chinaCalendar } from '@xinfang/core/calendar';
import { actorsOf, at, startPetition } from '@xinfang/core/testing';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { XfChangeEvent, XfInvalidEvent, XfSubmitEvent } from '../shared/events.js';
import type { CommandCheckResult, CommandDraft, CommandField, CommandSubmitDetail } from './command-form.js';
import { XfCommandForm } from './command-form.js';
import { extendFields, hearingFields, transferFields } from './command-form.stories.js';

// The element's own class, registered here: the `bundle` project replaces *.define.js by the single-file bundle,
// which leaves this staff-only element out.
if (!customElements.get('xf-command-form')) customElements.define('xf-command-form', XfCommandForm);

async function mount(
  command: string,
  fields: CommandField[],
  props: Partial<XfCommandForm> = {},
): Promise<XfCommandForm> {
  const el = document.createElement('xf-command-form');
  el.command = command;
  el.fields = fields;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: XfCommandForm) => el.shadowRoot as ShadowRoot;
const control = (el: XfCommandForm, name: string) =>
  root(el).querySelector<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(`#f-${name}`) as HTMLInputElement &
    HTMLSelectElement &
    HTMLTextAreaElement;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function type(el: XfCommandForm, name: string, value: string): Promise<void> {
  const input = control(el, name);
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Submits as a person would (the button); the `xf-submit` detail, or the issues of `xf-invalid`. */
async function submit(el: XfCommandForm): Promise<{ detail?: CommandSubmitDetail; issues?: string[] }> {
  let detail: CommandSubmitDetail | undefined;
  let issues: string[] | undefined;
  const onSubmit = (e: XfSubmitEvent<CommandSubmitDetail>) => {
    detail = e.detail;
    e.preventDefault();
  };
  const onInvalid = (e: XfInvalidEvent) => {
    issues = e.detail.issues.map((i) => `${i.path}: ${i.message.zh}`);
  };
  el.addEventListener('xf-submit', onSubmit);
  el.addEventListener('xf-invalid', onInvalid);
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
  el.removeEventListener('xf-submit', onSubmit);
  el.removeEventListener('xf-invalid', onInvalid);
  return { detail, issues };
}

beforeAll(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'zh-CN';
});

describe('<xf-command-form>', () => {
  it('empty: a select of units by NAME, required fields unmarked, optional ones marked', async () => {
    const el = await mount('transfer', transferFields);
    const options = Array.from(control(el, 'toUnit').options, (o) => [o.value, o.textContent?.trim()]);
    expect(options).toEqual([
      ['', '请选择'],
      ['disciplineInspection', '纪检监察机关'],
      ['competentOrgan', '有权处理的机关、单位'],
    ]);
    const labels = Array.from(root(el).querySelectorAll('label'), (l) => text(l));
    expect(labels).toEqual(['转送至', '理由']);
    const extend = await mount('extend', extendFields);
    expect(text(root(extend).querySelector('label[for="f-reason"]'))).toBe('延期理由（将告知信访人）（选填）');
    expect(control(extend, 'days').value).toBe('30');
    expect(control(extend, 'notice').value).toBe('written');
  });

  it('error: an empty submit shows the summary (focused) and an error at each field, and fires xf-invalid', async () => {
    const el = await mount('transfer', transferFields);
    const { detail, issues } = await submit(el);
    expect(detail).toBeUndefined();
    expect(issues).toEqual(['toUnit: 请选择“转送至”。', 'reason: 请填写“理由”。']);
    const summary = root(el).querySelector('.error-summary');
    expect(Array.from(summary?.querySelectorAll('a') ?? [], (a) => text(a))).toEqual([
      '请选择“转送至”。',
      '请填写“理由”。',
    ]);
    expect(root(el).activeElement).toBe(summary);
    expect(control(el, 'reason').getAttribute('aria-invalid')).toBe('true');
    expect(control(el, 'reason').getAttribute('aria-describedby')).toBe('e-f-reason');
    expect(el.matches(':state(user-invalid)')).toBe(true);
    expect(el.validity.valid).toBe(false);
  });

  it('valid: xf-submit carries the typed command; optional blanks are left out, numbers are numbers', async () => {
    const el = await mount('extend', extendFields);
    await type(el, 'days', '15');
    await type(el, 'reason', '  需要补充调查  ');
    const { detail } = await submit(el);
    expect(detail).toEqual({
      command: { type: 'extend', days: 15, reason: '需要补充调查', notice: 'written' },
      options: {},
    });
  });

  it('English: the messages name the English label', async () => {
    document.documentElement.lang = 'en';
    const el = await mount('transfer', transferFields);
    await submit(el);
    expect(Array.from(root(el).querySelectorAll('.error-summary a'), (a) => text(a))).toEqual([
      'Choose an option for “Transfer to”.',
      'Enter “Reason”.',
    ]);
    expect(text(root(el).querySelector('h2'))).toBe('There is a problem');
  });

  it('a number out of range, a date that does not exist, a choice that is not offered: each refused at its field', async () => {
    const el = await mount('extend', extendFields);
    await type(el, 'days', '31');
    expect((await submit(el)).issues).toEqual(['days: “延长天数”请填写 1 至 30 之间的整数。']);
    await type(el, 'days', '2.5');
    expect((await submit(el)).issues).toEqual(['days: “延长天数”请填写 1 至 30 之间的整数。']);
    const hearing = await mount('hearing', hearingFields);
    // A date input never holds 2025-02-30; a restored or prefilled draft may.
    hearing.setDraft({ from: '2025-02-30', to: '2025-03-01' });
    expect((await submit(hearing)).issues).toEqual(['from: “开始日期”请填写真实存在的日期（年-月-日）。']);
    const transfer = await mount('transfer', transferFields);
    transfer.setDraft({ toUnit: 'nowhere', reason: 'x' });
    expect((await submit(transfer)).issues).toEqual(['toUnit: 请选择“转送至”。']);
  });

  it('an option tick is reported in detail.options, not in the command', async () => {
    const el = await mount('hearing', hearingFields);
    await type(el, 'from', '2025-03-01');
    await type(el, 'to', '2025-03-02');
    control(el, 'reply').click();
    await el.updateComplete;
    expect((await submit(el)).detail).toEqual({
      command: { type: 'hearing', from: '2025-03-01', to: '2025-03-02' },
      options: { reply: true },
    });
  });

  it('22 art 34: the core’s checkCommand refuses 45 days at `days` with the same message the store gives', async () => {
    const national = policies.national;
    const A = actorsOf(national.defaultUnit);
    const h = startPetition();
    h.ok('accept', '2025-09-23', A.clerk);
    const view: PetitionView = h.view;
    const stamp = (d: CommandDraft) =>
      ({ ...d, petitionId: view.petitionId, at: at('2025-10-10'), by: A.head }) as Command;
    const ctx = { policy: national, calendar: chinaCalendar };
    const check = (d: CommandDraft): CommandCheckResult => checkCommand(view, stamp(d), ctx);
    // The fields allow 60 days; the core's rule (30 days under this policy) decides.
    const fields = extendFields.map((f) => (f.name === 'days' ? { ...f, max: 60 } : f));
    const el = await mount('extend', fields, { check });
    await type(el, 'days', '45');
    await type(el, 'reason', '需要调查');
    const { issues } = await submit(el);
    const stored = h.run(stamp({ type: 'extend', days: 45, reason: '需要调查', notice: 'written' }));
    expect(stored.ok).toBe(false);
    const message = stored.ok ? '' : stored.rejection.message.zh;
    expect(message).toContain('延期不得超过 30 日');
    expect(issues).toEqual([`days: ${message}`]);
    expect(text(root(el).querySelector('#e-f-days'))).toBe(`错误：${message}`);
    await type(el, 'days', '20');
    expect((await submit(el)).detail?.command).toEqual({
      type: 'extend',
      days: 20,
      reason: '需要调查',
      notice: 'written',
    });
  });

  it('a rejection about the command as a whole shows in the summary; a check that throws fails closed', async () => {
    const refuse = (): CommandCheckResult => ({
      ok: false,
      rejection: {
        code: 'role-not-permitted',
        message: { zh: '您的岗位不能转送。', en: 'Your role may not transfer.' },
      },
    });
    const el = await mount('transfer', transferFields, { check: refuse });
    el.setDraft({ toUnit: 'competentOrgan', reason: '职责' });
    expect((await submit(el)).issues).toEqual(['command: 您的岗位不能转送。']);
    expect(Array.from(root(el).querySelectorAll('.error-summary a'), (a) => text(a))).toEqual(['您的岗位不能转送。']);
    el.check = () => {
      throw new TypeError('boom');
    };
    expect((await submit(el)).issues).toEqual(['command: 暂时无法核对此项操作，未保存任何内容。请刷新页面后重试。']);
  });

  it('busy: the form is locked, says so, and cannot be sent twice', async () => {
    const el = await mount('extend', extendFields, { busy: true });
    expect(el.hasAttribute('aria-busy')).toBe(true);
    expect(el.matches(':state(busy)')).toBe(true);
    expect(root(el).querySelector('fieldset')?.disabled).toBe(true);
    expect(text(root(el).querySelector('button[type="submit"]'))).toBe('正在提交…');
    expect(await el.requestSubmit()).toBe(false);
    el.busy = false;
    await el.updateComplete;
    expect(el.matches(':state(busy)')).toBe(false);
    expect(root(el).querySelector('fieldset')?.disabled).toBe(false);
  });

  it('disabled: nothing can be entered; xf-change fires on each edit when enabled', async () => {
    const el = await mount('transfer', transferFields, { disabled: true });
    expect(root(el).querySelector('fieldset')?.disabled).toBe(true);
    el.disabled = false;
    await el.updateComplete;
    const changes: unknown[] = [];
    el.addEventListener('xf-change', (e: XfChangeEvent) => changes.push(e.detail));
    await type(el, 'reason', '职责');
    expect(changes).toEqual([{ path: 'reason', value: '职责' }]);
  });

  it('hostile text in labels, choices and typed values is never executed as HTML', async () => {
    const w = window as unknown as { xfHacked?: number };
    const evil = '<img src=x onerror="window.xfHacked=1"><script>window.xfHacked=1</script>';
    const el = await mount('transfer', [
      { name: 'toUnit', kind: 'select', label: evil, required: true, options: [{ value: 'a', label: evil }] },
      { name: 'reason', kind: 'textarea', label: { zh: evil, en: evil }, hint: evil, required: true },
    ]);
    await type(el, 'reason', evil);
    await submit(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.xfHacked).toBeUndefined();
    expect(root(el).querySelectorAll('img, script').length).toBe(0);
    expect(text(root(el).querySelector('label[for="f-toUnit"]'))).toBe(evil);
    expect(control(el, 'reason').value).toBe(evil);
  });

  it('a new but equal list of fields (a framework re-rendering) keeps what was typed; other fields start afresh', async () => {
    const el = await mount('transfer', transferFields);
    await type(el, 'reason', '职责');
    el.fields = transferFields.map((f) => ({ ...f }));
    await el.updateComplete;
    expect(control(el, 'reason').value).toBe('职责');
    el.fields = extendFields;
    await el.updateComplete;
    expect(control(el, 'reason').value).toBe('');
    expect(control(el, 'days').value).toBe('30');
  });

  it('malformed field data is left out (reserved names, unknown kinds, duplicates); fields as a JSON attribute', async () => {
    const el = await mount('transfer', [
      { name: 'by', kind: 'text', label: 'x' },
      { name: '__proto__', kind: 'text', label: 'x' },
      { name: 'reason', kind: 'html' as 'text', label: 'x' },
      { name: 'reason', kind: 'text', label: '理由' },
      { name: 'reason', kind: 'text', label: '又一个' },
      null as unknown as CommandField,
    ]);
    expect(el.shownFields.map((f) => f.name)).toEqual(['reason']);
    const attr = document.createElement('xf-command-form');
    attr.setAttribute('command', 'urge');
    attr.setAttribute('fields', JSON.stringify([{ name: 'text', kind: 'textarea', label: '内容' }]));
    document.body.append(attr);
    await attr.updateComplete;
    expect(attr.shownFields.map((f) => f.name)).toEqual(['text']);
    attr.setAttribute('fields', '{not json');
    await attr.updateComplete;
    expect(attr.shownFields).toEqual([]);
    expect((await submit(attr)).detail).toEqual({ command: { type: 'urge' }, options: {} });
  });

  it('axe finds no violations empty, after a failed submit, and in large text', async () => {
    const el = await mount('extend', extendFields, { size: 'large' });
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
    await type(el, 'days', '99');
    await submit(el);
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([]);
  });

  it('mobile: at 320 px no control is wider than the form', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '320px';
    document.body.append(wrap);
    const el = document.createElement('xf-command-form');
    el.command = 'extend';
    el.fields = extendFields;
    wrap.append(el);
    await el.updateComplete;
    for (const c of root(el).querySelectorAll<HTMLElement>('input, select, textarea, button')) {
      expect(c.getBoundingClientRect().right).toBeLessThanOrEqual(wrap.getBoundingClientRect().right + 0.5);
    }
  });
});
