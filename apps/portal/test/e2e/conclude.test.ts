import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, newFixedPage, rawViews } from './harness.js';
import { act, openCase, setRole, submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const timelineTypes = (page: import('playwright').Page) =>
  page
    .getByTestId('case-timeline')
    .evaluate((el) => ((el as HTMLElement & { events?: { type: string }[] }).events ?? []).map((e) => e.type));

describe('one way to conclude: opinion, reply and delivery in one step (22 arts 32, 35)', () => {
  it('the handler concludes and replies in one atomic execute; delivery is offered only to a role that may record it', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'claim',
      subject: '请求退还多收的物业费',
      content: '物业公司按错误面积收费两年，多收一千二百元，请求退还。',
    });
    await openCase(page, p.no);
    expect(await act(page, 'accept')).toBe('');
    const dialog = page.getByTestId('action-dialog');
    // The unit head may conclude but not reply (terms): the form offers no reply box to them.
    await setRole(page, 'unitHead');
    await page.getByTestId('action-conclude').click();
    await dialog.getByTestId('action-opinion').waitFor();
    expect(await dialog.getByTestId('action-reply').count()).toBe(0);
    await dialog.getByTestId('action-cancel').click();
    await setRole(page, 'handler');
    await page.getByTestId('action-conclude').click();
    // A handler may reply (terms: reply by clerk or handler) but not record delivery (clerk only).
    await dialog.getByTestId('action-reply').waitFor();
    expect(await dialog.getByTestId('action-deliver').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await dialog.getByTestId('action-cancel').click();

    const before = await timelineTypes(page);
    expect(
      await act(page, 'conclude', { outcome: 'support', opinion: '经核实多收属实，已责成物业公司退还。', reply: 'on' }),
    ).toBe('');
    // Both events written by the one call, in order; the reply carries the opinion.
    await expect.poll(async () => (await timelineTypes(page)).slice(before.length)).toEqual(['concluded', 'replied']);
    const [view] = (await rawViews(page)) as { status: string; seq: number; registrationNo: string }[];
    expect([view?.registrationNo, view?.status, view?.seq]).toEqual([p.no, 'replied', before.length + 2]);
    await context.close();
  });
});
