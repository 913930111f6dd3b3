import type { PetitionEvent } from '@xinfang/core';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../define.js';
import type { XfPetitionTimeline } from './petition-timeline.js';
import { lateHistory, sampleHistory, sampleUnits } from './petition-timeline.stories.js';

async function mount(events: readonly PetitionEvent[], lang?: string): Promise<XfPetitionTimeline> {
  const el = document.createElement('xf-petition-timeline');
  if (lang) el.setAttribute('lang', lang);
  el.events = events;
  el.units = sampleUnits;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: XfPetitionTimeline) => Array.from(el.shadowRoot!.querySelectorAll('li'));
const partText = (li: Element, name: string) => text(li.querySelector(`[part~="${name}"]`));

// The test runner's page says lang="en"; a Chinese government page says zh-CN.
beforeAll(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<xf-petition-timeline>', () => {
  it('is one ordered list, oldest first and newest last, whatever order the events come in', async () => {
    const el = await mount([...sampleHistory].reverse());
    const list = el.shadowRoot!.querySelectorAll('ol');
    expect(list.length).toBe(1);
    expect(list[0]!.getAttribute('aria-label')).toBe('办理记录');
    expect(items(el).map((li) => partText(li, 'type'))).toEqual([
      '登记',
      '转送',
      '告知',
      '受理',
      '确定承办人',
      '延期',
      '办结',
      '书面答复',
      '送达',
      '申请复查',
    ]);
  });

  it('gives each event its date and time in Asia/Shanghai and the actor role in words', async () => {
    const el = await mount(sampleHistory);
    const [first, , , fourth, , , , , , last] = items(el);
    // 02:05Z is 10:05 in Beijing.
    expect(partText(first!, 'meta')).toBe('2025年9月20日 10:05 · 经办：王芳（信访工作人员，市信访局）');
    expect(first!.querySelector('time')!.getAttribute('datetime')).toBe('2025-09-20T02:05:00Z');
    expect(partText(fourth!, 'meta')).toBe('2025年9月23日 10:00 · 经办：陈刚（单位负责人，市住房和城乡建设局）');
    expect(partText(last!, 'meta')).toBe('2026年1月5日 09:00 · 经办：信访人');
  });

  it('shows the short detail of each event: registration number, destination, extension reason, opinion, review organ', async () => {
    const el = await mount(sampleHistory);
    expect(items(el).map((li) => partText(li, 'detail'))).toEqual([
      '登记编号 XF-xfj-2025-0042',
      '至市住房和城乡建设局',
      '书面告知',
      '',
      '',
      '延长 30 日。理由：需委托第三方检测供暖温度记录',
      '支持',
      '',
      '书面答复已送达',
      '复查机关：市人民政府',
    ]);
  });

  it('never repeats the petition content or the reply text in the list (22 art 30(3))', async () => {
    const el = await mount(sampleHistory);
    const all = text(el.shadowRoot!.querySelector('ol'));
    expect(all).not.toContain('供暖不达标');
    expect(all).not.toContain('13800138000');
    expect(all).not.toContain('答复意见书');
  });

  it('reads in English with lang="en"', async () => {
    const el = await mount(sampleHistory, 'en');
    const lis = items(el);
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).toBe('Handling history');
    expect(partText(lis[0]!, 'type')).toBe('Registered');
    expect(partText(lis[0]!, 'meta')).toBe(
      '20 September 2025, 10:05 · By: 王芳 (Petition clerk, City Petition Bureau)',
    );
    expect(partText(lis[5]!, 'detail')).toBe('Extended by 30 days. Reason: 需委托第三方检测供暖温度记录');
    expect(partText(lis[6]!, 'type')).toBe('Concluded');
    expect(partText(lis[6]!, 'detail')).toBe('Supported');
  });

  it('marks acts done after their due date as done late', async () => {
    const el = await mount(lateHistory);
    expect(items(el).map((li) => partText(li, 'late'))).toEqual(['', '', '逾期办理', '逾期办理']);
  });

  it('says so when there is no history', async () => {
    const el = await mount([]);
    expect(el.shadowRoot!.querySelector('ol')).toBeNull();
    expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).toBe('暂无办理记录。');
  });

  it('names an event type it does not know instead of hiding it, and an unknown unit by its id', async () => {
    const odd = { ...sampleHistory[1]!, type: 'teleported', data: {} } as unknown as PetitionEvent;
    const el = await mount([odd]);
    expect(partText(items(el)[0]!, 'type')).toBe('其他记录（teleported）');
    const moved = {
      ...sampleHistory[1]!,
      data: { fromUnit: 'xfj', toUnit: 'unknown-unit', reason: '' },
    } as PetitionEvent;
    const el2 = await mount([moved]);
    expect(partText(items(el2)[0]!, 'detail')).toBe('至unknown-unit');
  });

  it('names the staff member who acted, never a petitioner (22 art 30)', async () => {
    const named = [
      sampleHistory[0]!,
      { ...sampleHistory[0]!, seq: 2, by: { id: 'u-x', role: 'leader', name: '周敏' } },
      { ...sampleHistory[9]!, by: { ...sampleHistory[9]!.by, name: '李某' } },
    ] as PetitionEvent[];
    const el = await mount(named);
    expect(items(el).map((li) => partText(li, 'actor'))).toEqual([
      '经办：王芳（信访工作人员，市信访局）',
      '经办：周敏（领导）',
      '经办：信访人',
    ]);
  });

  it('renders script and markup from the data as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const evil = {
      ...sampleHistory[5]!,
      data: { days: 30, reason: payload },
    } as PetitionEvent;
    const el = await mount([evil]);
    el.units = { zjj: payload };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(partText(items(el)[0]!, 'detail')).toBe(`延长 30 日。理由：${payload}`);
    expect(partText(items(el)[0]!, 'actor')).toBe(`经办：陈刚（单位负责人，${payload}）`);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('axe finds no violations (zh, en, large, empty)', async () => {
    for (const [events, lang, size] of [
      [sampleHistory, 'zh-CN', ''],
      [sampleHistory, 'en', 'large'],
      [lateHistory, 'zh-CN', ''],
      [[], 'zh-CN', ''],
    ] as const) {
      const el = await mount(events, lang);
      if (size) el.setAttribute('size', size);
      await el.updateComplete;
      const result = await axe.run(el, { resultTypes: ['violations'] });
      expect(result.violations.map((v) => v.id)).toEqual([]);
      el.remove();
    }
  });
});
