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
