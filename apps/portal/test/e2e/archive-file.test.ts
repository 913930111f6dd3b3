import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, go, launch, newFixedPage } from './harness.js';
import { act, setRole, submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('no dead end at the archive (seed §交通集团 四)', () => {
  it('warns during handling what archiving will need; after the reply the permitted roles add what the file lacks, recorded as late', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      organ: 'transportGroup',
      cls: 'claim',
      subject: '请求补发加班费',
      content: '春运期间连续加班二十天，加班费至今未发放，请求核实补发。',
    });
    expect(p.no).toBe('XF-XFB-2026-0001');
    await go(page, '/office/queue');
    await page.getByTestId('organ-select').selectOption('transportGroup');
    await page.locator(`[data-testid="queue-row"][data-registration-no="${p.no}"] [data-testid="queue-open"]`).click();
    await page.locator('[data-testid="case-registration-no"]', { hasText: p.no }).waitFor();
    // seed §交通集团: the group's political-work leader, the general manager and the chairman read it first.
    await setRole(page, 'leader');
    for (const text of ['请人力资源部核实。', '同意。', '同意，按期答复。']) {
      expect(await act(page, 'leaderInstruct', { text })).toBe('');
    }
    await setRole(page, 'clerk');
    expect(await act(page, 'accept')).toBe('');
    const needs = page.getByTestId('case-archive-needs');
    expect((await needs.textContent())?.trim()).toBe('归档时需要：拟办意见、调查材料。请在办理中补齐。');
    expect(await axe(page)).toEqual([]);

    // Concluded and replied with the file still lacking the proposal and the investigation material.
    await setRole(page, 'handler');
    expect(
      await act(page, 'conclude', { outcome: 'support', opinion: '经核实加班属实，已补发加班费。', reply: 'on' }),
    ).toBe('');
    expect((await needs.textContent())?.trim()).toBe('归档时需要：拟办意见、调查材料。请在办理中补齐。');
    // The permitted roles can still add them; under this policy each is recorded as late.
    const last = () =>
      page
        .getByTestId('case-timeline')
        .evaluate((el) => (el as HTMLElement & { events?: { type: string; data: unknown }[] }).events?.at(-1));
    expect(await act(page, 'addMaterial', { kind: 'investigation', ref: 'KQ-2026-02', title: '考勤记录' })).toBe('');
    expect(await last()).toMatchObject({ type: 'materialAdded', data: { late: true, ref: 'KQ-2026-02' } });
    await setRole(page, 'clerk');
    expect(await act(page, 'proposeHandling', { text: '拟归档。' })).toBe('');
    expect(await last()).toMatchObject({ type: 'handlingProposed', data: { late: true, text: '拟归档。' } });
    await needs.waitFor({ state: 'detached' });
    // Only what the file lacks: a second proposal after the reply is refused, saying why.
    expect(await act(page, 'proposeHandling', { text: '再拟。' })).toContain('只能补充归档所缺的材料');
    await context.close();
  });
});
