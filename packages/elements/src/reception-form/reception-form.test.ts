import { messages } from '@xinfang/core/schema';
import { afterEach, describe, expect, it } from 'vitest';
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
import './reception-form.define.js';
import type { ReceptionPayload, XfReceptionForm } from './reception-form.js';

afterEach(cleanup);

async function reception(attrs = 'lang="zh-CN"'): Promise<XfReceptionForm> {
  const host = await mount(`<xf-reception-form ${attrs}></xf-reception-form>`);
  const form = host.querySelector('xf-reception-form')!;
  form.clock = fixedClock;
  form.formResetCallback();
  await settle(host);
  return form;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const rows = (form: XfReceptionForm) => $$(form, 'fieldset.row');
const addButton = (form: XfReceptionForm) => $(form, 'button.add-row');

async function fillRecord(form: XfReceptionForm): Promise<void> {
  await choose(form, 'class', 'claim');
  await fill(form, 'subject', '征地补偿');
  await fill(form, 'content', '村里征地补偿款至今未发放，请求核查。');
  await tick(form, 'truthStatement');
  await tick(form, 'visitRecordConfirmed');
  await fill(form, 'receivingStaff', '王芳');
}

describe('<xf-reception-form>', () => {
  it('22 art 20: refuses a sixth representative with a message citing the article and the limit of 5', async () => {
    const form = await reception();
    await choose(form, 'kind', 'collective');
    expect(rows(form)).toHaveLength(1);
    for (let i = 0; i < 4; i++) {
      addButton(form).click();
      await settle(form);
    }
    expect(rows(form).map((r) => text(r.querySelector('legend')))).toEqual([
      '第 1 位代表',
      '第 2 位代表',
      '第 3 位代表',
      '第 4 位代表',
      '第 5 位代表',
    ]);
    // The new row's name field takes focus.
    expect(form.shadowRoot!.activeElement).toBe(control(form, 'collective.representatives.4.name'));
    addButton(form).click();
    await settle(form);
    expect(rows(form)).toHaveLength(5);
    const notice = $(form, '[part="notice"]');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(text(notice)).toBe(
      '不能再添加：集体来访最多推选 5 名代表（《信访工作条例》第二十条）。如需更换代表，请先删除一位。',
    );
    expect(addButton(form).getAttribute('aria-describedby')).toBe(notice.id);
    // Removing a row lifts the refusal and renumbers the rows.
    $$(form, 'fieldset.row button')[1]!.click();
    await settle(form);
    expect(rows(form)).toHaveLength(4);
    expect($(form, '[part="notice"]').hidden).toBe(true);
    expect(text(rows(form)[3]!.querySelector('legend'))).toBe('第 4 位代表');
    expect(form.shadowRoot!.activeElement).toBe(addButton(form));
    await expectNoAxeViolations(form.parentElement!);
  });

  it('takes the limit from a policy (representativesLimit = 3) and says so in English', async () => {
    const form = await reception('lang="en" representatives-limit="3"');
    expect(form.representativesLimit).toBe(3);
    await choose(form, 'kind', 'collective');
    expect(form.addRepresentative()).toBe(true);
    expect(form.addRepresentative()).toBe(true);
    expect(form.addRepresentative()).toBe(false);
    await settle(form);
    expect(rows(form)).toHaveLength(3);
    expect(text($(form, '[part="notice"]'))).toBe(
      'No more can be added: a collective visit elects at most 3 representatives (22 art 20). To replace one, remove a representative first.',
    );
  });

  it('hands over a collective visit: head count, representatives, first representative as contact, the route', async () => {
    const form = await reception();
    let payload: ReceptionPayload | undefined;
    form.addEventListener('xf-submit', (e: XfSubmitEvent) => {
      payload = e.detail as ReceptionPayload;
    });
    await choose(form, 'kind', 'collective');
    await fill(form, 'collective.headCount', '30');
    await fillRecord(form);
    await choose(form, 'outcome', 'route');
    await submit(form);
    // The first representative stands for the petitioner: the core's contact rule shows on that row.
    expect($$(form, '.error-summary a').map(text)).toEqual([
      messages['name.required'].zh,
      messages['contact.required'].zh,
      '请选择办理途径',
    ]);
    expect(text($(form, '[data-field="collective.representatives.0.phone"] .error'))).toBe(
      `错误：${messages['contact.required'].zh}`,
    );
    await fill(form, 'collective.representatives.0.name', '张大山');
    await fill(form, 'collective.representatives.0.phone', '13900139000');
    form.addRepresentative();
    await settle(form);
    await fill(form, 'collective.representatives.1.name', '李小河');
    await fill(form, 'collective.representatives.1.phone', '13700137000');
    await choose(form, 'route', 'transfer');
    await fill(form, 'routeNote', '转送区自然资源局');
    await submit(form);
    expect(payload).toEqual({
      petition: {
        channel: 'visit',
        class: 'claim',
        subject: '征地补偿',
        content: '村里征地补偿款至今未发放，请求核查。',
        receivedAt: '2025-09-20T09:30:00+08:00',
        anonymous: false,
        petitioner: { name: '张大山', phone: '13900139000' },
        collective: {
          headCount: 30,
          representatives: [
            { name: '张大山', phone: '13900139000' },
            { name: '李小河', phone: '13700137000' },
          ],
        },
        truthStatement: true,
        visitRecordConfirmed: true,
      },
      receivingStaff: '王芳',
      answer: { kind: 'route', route: 'transfer', note: '转送区自然资源局' },
    });
  });

  it('seed §4: will not save until the record was read back and confirmed, and the visitor told to be truthful', async () => {
    const form = await reception('lang="en"');
    await fill(form, 'petitioner.name', 'Han Meimei');
    await fill(form, 'petitioner.phone', '13800138000');
    await choose(form, 'class', 'suggestion');
    await fill(form, 'subject', 'Bus stop');
    await fill(form, 'content', 'Please move the bus stop closer to the school.');
    await fill(form, 'receivingStaff', 'Wang Fang');
    await choose(form, 'outcome', 'onTheSpot');
    await submit(form);
    expect($$(form, '.error-summary a').map(text)).toEqual([
      'Tell the visitor they answer for the truth of what they say, then tick this box',
      'Read the record back to the visitor and tick this box once they have confirmed it',
      'Enter the answer given on the spot',
    ]);
  });
});
