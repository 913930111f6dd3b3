import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newFixedPage } from './harness.js';
import { act, openCase, setRole, submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('case page: the timeline', () => {
  it('names the person who acted and shows the proposed handling, instruction, material and opinion', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'claim',
      subject: '请求修复小区消防通道',
      content: '消防通道被占用，物业不予处理。',
    });
    await openCase(page, p.no);
    expect(await act(page, 'accept')).toBe('');
    expect(await act(page, 'proposeHandling', { text: '拟请住建部门现场核查。' })).toBe('');
    await setRole(page, 'leader');
    expect(await act(page, 'leaderInstruct', { text: '请十日内核实并答复。' })).toBe('');
    await setRole(page, 'handler');
    expect(await act(page, 'addMaterial', { kind: 'investigation', ref: 'DC-2026-031', title: '现场照片' })).toBe('');
    await setRole(page, 'unitHead');
    expect(await act(page, 'conclude', { outcome: 'support', opinion: '已责成物业清理通道。' })).toBe('');
    const items = page.getByTestId('case-timeline').locator('li');
    const rows = await items.evaluateAll((lis) =>
      lis.map((li) => [
        li.getAttribute('data-type'),
        li.querySelector('[part="actor"]')?.textContent?.trim(),
        li.querySelector('[part="text"]')?.textContent?.trim() ?? '',
      ]),
    );
    expect(rows).toEqual([
      // An online petition is registered by the platform itself.
      ['registered', '经办：网上信访受理平台（信访工作人员，信访工作机构）', ''],
      ['accepted', '经办：张丽（信访工作人员，信访工作机构）', ''],
      ['handlingProposed', '经办：张丽（信访工作人员，信访工作机构）', '拟请住建部门现场核查。'],
      ['leaderInstructed', '经办：刘振华（领导，信访工作机构）', '请十日内核实并答复。'],
      ['materialAdded', '经办：李强（承办人，信访工作机构）', '调查材料：现场照片（DC-2026-031）'],
      ['concluded', '经办：陈建华（单位负责人，信访工作机构）', '已责成物业清理通道。'],
    ]);
    await context.close();
  });
});

describe('case page: what can still be done', () => {
  it('a concluded matter lists who can act at this stage, never the stage refusals of every other action', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'claim',
      subject: '请求更换破损井盖',
      content: '井盖破损，行人易摔倒。',
    });
    await openCase(page, p.no);
    expect(await act(page, 'accept')).toBe('');
    await setRole(page, 'unitHead');
    expect(await act(page, 'conclude', { outcome: 'support', opinion: '已通知市政部门更换。' })).toBe('');
    await setRole(page, 'archivist');
    await page.getByTestId('case-other-actions').waitFor();
    const listed = await page
      .getByTestId('case-other-actions')
      .locator('li.action')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.getAttribute('data-action'),
          li.querySelector('[data-testid^="who-"]')?.textContent?.trim() ?? '',
        ]),
      );
    // 22 art 34: the written reply is still owed, so the archive waits for it (and says so).
    expect(listed).toEqual([
      ['notify', '可由：登记员、承办人'],
      ['leaderInstruct', '可由：单位负责人、机关领导'],
      ['addMaterial', '可由：登记员、承办人'],
      ['reply', '可由：登记员、承办人'],
      ['archive', ''],
    ]);
    expect((await page.getByTestId('why-archive').textContent())?.trim()).toBe(
      '本事项须先书面答复信访人并送达，复查申请期满后才能归档。请先答复。',
    );
    const whys = await page.locator('[data-testid^="why-"]').allTextContents();
    expect(new Set(whys).size).toBe(whys.length);
    await context.close();
  });

  it('an archived matter says nothing is open and lists no refusals', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, { cls: 'claim', subject: '咨询社保转移', content: '请问社保如何转移。' });
    await openCase(page, p.no);
    expect(await act(page, 'decline', { reason: '属社保经办机构职责', goTo: '市社会保险事业管理局' })).toBe('');
    await setRole(page, 'archivist');
    expect(await act(page, 'archive')).toBe('');
    await page.getByTestId('case-finished').waitFor();
    expect((await page.getByTestId('case-finished').textContent())?.trim()).toBe(
      '本事项已归档，此阶段没有可以进行的操作；办理记录可以查看和打印。',
    );
    expect(await page.locator('[data-testid^="why-"]').count()).toBe(0);
    expect(await page.getByTestId('case-other-actions').count()).toBe(0);
    await context.close();
  });
});
