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

// The demo's clerk and handler (ROLE_PEOPLE in src/app/session.ts).
const clerk = '张丽';
const handler = '李强';

describe('one way to conclude: opinion, reply and delivery in one step (22 arts 32, 35)', () => {
  it('22 arts 32, 35: the handler concludes and replies in one atomic execute; delivery is offered only to a role that may record it; the file lists its texts', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'claim',
      subject: '请求退还多收的物业费',
      content: '物业公司按错误面积收费两年，多收一千二百元，请求退还。',
    });
    await openCase(page, p.no);
    expect(await act(page, 'accept')).toBe('');
    expect(await act(page, 'proposeHandling', { text: '<b>拟</b>请物业公司说明收费面积。' })).toBe('');
    const dialog = page.getByTestId('action-dialog');
    // The unit head may conclude but not reply (terms): the form offers no reply box to them.
    await setRole(page, 'unitHead');
    await page.getByTestId('action-conclude').click();
    await dialog.locator('xf-command-form #f-opinion').waitFor();
    expect(await dialog.locator('xf-command-form #f-reply').count()).toBe(0);
    await dialog.getByTestId('action-cancel').click();
    await setRole(page, 'handler');
    await page.getByTestId('action-conclude').click();
    // A handler may reply (terms: reply by clerk or handler) but not record delivery (clerk only).
    await dialog.locator('xf-command-form #f-reply').waitFor();
    expect(await dialog.locator('xf-command-form #f-deliver').count()).toBe(0);
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
    // The file's texts: who wrote what; a typed tag is shown as text, never read as HTML.
    const texts = page.getByTestId('case-texts');
    const rows = await texts.evaluate((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => [
        dt.dataset.type,
        dt.textContent?.replace(/\s+/g, ' ').trim().split(' · ').slice(0, 2).join(' · '),
        (dt.nextElementSibling as HTMLElement).textContent,
        dt.nextElementSibling?.children.length,
      ]),
    );
    expect(rows).toEqual([
      ['handlingProposed', `拟办意见 · ${clerk}`, '<b>拟</b>请物业公司说明收费面积。', 0],
      ['concluded', `处理意见 · ${handler}`, '经核实多收属实，已责成物业公司退还。', 0],
    ]);
    await context.close();
  });
});

describe('the "delivered now" tick belongs to the reply form (22 arts 32, 35)', () => {
  it('22 art 35: ticked, the reply and its delivery are one execute at the sequence shown; unticked, delivery is recorded later', async () => {
    const { context, page } = await newFixedPage(browser);
    const concluded = async (subject: string) => {
      const p = await submitOnline(page, { cls: 'claim', subject, content: `${subject}，请求处理。` });
      await openCase(page, p.no);
      await setRole(page, 'clerk');
      expect(await act(page, 'accept')).toBe('');
      await setRole(page, 'unitHead');
      expect(await act(page, 'conclude', { outcome: 'explain', opinion: '已向您解释收费依据。' })).toBe('');
      await setRole(page, 'clerk');
      return p;
    };
    const viewOf = async (no: string) =>
      ((await rawViews(page)) as { registrationNo: string; status: string; seq: number }[]).find(
        (v) => v.registrationNo === no,
      );
    const openReply = async () => {
      await page.getByTestId('action-reply').click();
      await page.locator('xf-reply-form #f-opinion').waitFor();
    };

    // Ticked (an online petition: offered ticked to the clerk, who may record delivery).
    const first = await concluded('请求核查物业收费');
    const before = await timelineTypes(page);
    const seq = (await viewOf(first.no))?.seq;
    expect(seq).toBe(before.length);
    await openReply();
    const tick = page.locator('xf-reply-form #f-deliverNow');
    expect(await tick.isChecked()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.locator('xf-reply-form button[type="submit"]').click();
    await page.getByTestId('reply-done').waitFor();
    expect(((await page.getByTestId('reply-done').textContent()) ?? '').trim()).toBe('已答复并登记送达。');
    // One call wrote both events, in order, right after the sequence number the page was shown.
    expect(await viewOf(first.no)).toMatchObject({ status: 'replied', seq: (seq ?? 0) + 2 });
    await openCase(page, first.no);
    expect((await timelineTypes(page)).slice(before.length)).toEqual(['replied', 'delivered']);

    // Unticked: only the reply is stored; the clerk records the delivery later on the case page.
    const second = await concluded('请求更换小区路灯');
    const before2 = await timelineTypes(page);
    await openReply();
    await page.locator('xf-reply-form #f-deliverNow').uncheck();
    await page.locator('xf-reply-form button[type="submit"]').click();
    await page.getByTestId('reply-done').waitFor();
    expect(((await page.getByTestId('reply-done').textContent()) ?? '').trim()).toBe('已答复。');
    expect((await viewOf(second.no))?.seq).toBe(before2.length + 1);
    await openCase(page, second.no);
    expect((await timelineTypes(page)).slice(before2.length)).toEqual(['replied']);
    expect(await act(page, 'delivered')).toBe('');
    expect((await timelineTypes(page)).slice(before2.length)).toEqual(['replied', 'delivered']);
    await context.close();
  });
});
