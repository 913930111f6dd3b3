import type { Calendar } from '@xinfang/core/calendar';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../define.js';
import type { XfDeadlineBadge } from './deadline-badge.js';

async function mount(attrs: Record<string, string>, props: Partial<XfDeadlineBadge> = {}): Promise<XfDeadlineBadge> {
  const el = document.createElement('xf-deadline-badge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The text a screen reader reads: everything except aria-hidden parts. */
function spoken(root: Node): string {
  let out = '';
  for (const node of Array.from(root.childNodes)) {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') continue;
    out += node.nodeType === Node.TEXT_NODE ? node.textContent : spoken(node);
  }
  return out;
}

function part(el: XfDeadlineBadge, name: string): Element | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

async function violations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// The test runner's page says lang="en"; a Chinese government page says zh-CN.
beforeAll(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<xf-deadline-badge>', () => {
  it('shows a given status in words, Chinese by default, with the date in words and a <time>', async () => {
    const el = await mount({ due: '2025-10-09', status: 'overdue', label: '办结期限' });
    expect(spoken(el.shadowRoot!).trim()).toBe('办结期限：已逾期（期限 2025年10月9日）');
    expect(part(el, 'status')!.textContent).toBe('已逾期');
    expect(part(el, 'date')!.querySelector('time')!.getAttribute('datetime')).toBe('2025-10-09');
    expect(part(el, 'badge')!.getAttribute('data-status')).toBe('overdue');
    // Not colour alone (WCAG 1.4.1): the status is a word, and the icon is an extra shape.
    expect(part(el, 'icon')!.getAttribute('aria-hidden')).toBe('true');
    expect(part(el, 'icon')!.textContent).toBe('✕');
  });

  it('speaks English with lang="en" and with an English ancestor', async () => {
    const el = await mount(
      { due: '2025-10-09', status: 'due-soon', lang: 'en' },
      { label: { zh: '告知期限', en: 'Notice' } },
    );
    expect(spoken(el.shadowRoot!).trim()).toBe('Notice: Due soon (due 9 October 2025)');
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    document.body.append(wrapper);
    const inner = document.createElement('xf-deadline-badge');
    inner.setAttribute('due', '2026-02-24');
    inner.setAttribute('status', 'on-time');
    wrapper.append(inner);
    await inner.updateComplete;
    expect(spoken(inner.shadowRoot!).trim()).toBe('On time (due 24 February 2026)');
  });

  it('re-renders when lang changes', async () => {
    const el = await mount({ due: '2025-10-09', status: 'on-time' });
    expect(part(el, 'status')!.textContent).toBe('按期');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).toBe('On time');
  });

  describe('computes the status from now on the statutory calendar (民法典 201/203)', () => {
    it.each([
      ['2025-09-20T09:00:00+08:00', 'on-time', '按期'],
      ['2025-10-09T10:00:00+08:00', 'due-soon', '即将到期'],
      // 16:30Z is 00:30 on 10-10 in Beijing: the day ended at 24:00 Asia/Shanghai (民法典 203).
      ['2025-10-09T16:30:00Z', 'overdue', '已逾期'],
      ['2025-10-09T15:59:00Z', 'due-soon', '即将到期'],
    ])('now %s → %s', async (now, status, words) => {
      const el = await mount({ due: '2025-10-09', now });
      expect(el.effectiveStatus).toBe(status);
      expect(part(el, 'status')!.textContent).toBe(words);
    });

    it('counts "due soon" in working days (the policy dueSoonWorkdays): the National Day block is not counted', async () => {
      // 2025-09-30 → 2025-10-09: working days after 09-30 are only 10-09 (10-01…10-08 are days off).
      const el = await mount({ due: '2025-10-09', now: '2025-09-30T09:00:00+08:00', soon: '1' });
      expect(el.effectiveStatus).toBe('due-soon');
      el.soon = 0;
      await el.updateComplete;
      expect(el.effectiveStatus).toBe('on-time');
    });

    it('uses a calendar given as a property', async () => {
      // A calendar of ordinary weeks (no holidays): any object with isWorkday and years is one.
      const calendar: Calendar = {
        years: [2025],
        isWorkday: (d) => ![0, 6].includes(new Date(`${d}T00:00Z`).getUTCDay()),
      };
      // Ordinary weeks: 09-30 → 10-09 holds 7 working days (10-01…10-03, 10-06…10-09), more than 3.
      const el = await mount({ due: '2025-10-09', now: '2025-09-30T09:00:00+08:00' }, { calendar });
      expect(el.effectiveStatus).toBe('on-time');
    });

    it('shows only the date, never a guessed status, when the calendar has no data for the year', async () => {
      const el = await mount({ due: '2041-03-01', now: '2041-02-01T09:00:00+08:00' });
      expect(el.effectiveStatus).toBeUndefined();
      expect(part(el, 'status')).toBeNull();
      expect(spoken(el.shadowRoot!).trim()).toBe('（期限 2041年3月1日）');
    });

    it('a given status wins over the computed one', async () => {
      const el = await mount({ due: '2025-10-09', now: '2025-09-20T09:00:00+08:00', status: 'overdue' });
      expect(el.effectiveStatus).toBe('overdue');
    });

    it('ignores an unknown status word and computes instead', async () => {
      const el = await mount({ due: '2025-10-09', now: '2025-10-10T09:00:00+08:00', status: 'late' });
      expect(el.effectiveStatus).toBe('overdue');
    });
  });

  it('renders a label with markup as text, never as HTML', async () => {
    const el = await mount({ due: '2025-10-09', status: 'overdue', label: '<img src=x onerror="window.__pwned=1">' });
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(part(el, 'label')!.textContent).toBe('<img src=x onerror="window.__pwned=1">：');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('axe finds no violations in any status, language or size', async () => {
    for (const status of ['on-time', 'due-soon', 'overdue']) {
      for (const lang of ['zh-CN', 'en']) {
        const el = await mount({ due: '2025-10-09', status, lang, label: '办结期限', size: 'large' });
        expect(await violations(el)).toEqual([]);
        el.remove();
      }
    }
  });
});

describe('<xf-deadline-badge> on a provisional calendar year', () => {
  it('says in words that a date in a year without an official schedule is provisional (Chinese)', async () => {
    const el = await mount({ due: '2027-02-09', now: '2026-12-08T09:00:00+08:00', label: '办结期限' });
    expect(spoken(el.shadowRoot!).trim()).toBe('办结期限：按期（期限 2027年2月9日）（暂定）');
    expect(part(el, 'provisional')!.getAttribute('title')).toContain('尚未公布官方放假安排');
    expect(await violations(el)).toEqual([]);
  });

  it('says it in English, and from the provisional attribute a Deadline carries', async () => {
    const el = await mount({ due: '2026-06-19', status: 'on-time', provisional: '', lang: 'en' });
    expect(part(el, 'provisional')!.textContent!.trim()).toBe('(provisional)');
    expect(part(el, 'provisional')!.getAttribute('title')).toMatch(/official holiday schedule is not loaded/);
  });

  it('says nothing of the kind on an official year, nor when the host gives the status without the flag', async () => {
    const el = await mount({ due: '2026-06-19', now: '2026-06-01T09:00:00+08:00' });
    expect(part(el, 'provisional')).toBeNull();
    // A host that gives the status decides (its calendar may have the 2027 schedule loaded).
    const given = await mount({ due: '2027-02-09', status: 'on-time' });
    expect(part(given, 'provisional')).toBeNull();
  });
});
