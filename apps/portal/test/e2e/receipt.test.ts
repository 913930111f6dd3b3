import { chinaCalendar, dueDate, shanghaiDate } from '@xinfang/core';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, launch, newFixedPage } from './harness.js';
import { submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('printable receipt after online submission', () => {
  it('shows the registration number, submission date and the 15-day notice date (22 art 22/23), prints only the receipt', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'claim',
      subject: '请求解决拖欠工资问题',
      content: '在某项目务工八个月，工程款结算后仍拖欠工资三万余元，请求督促支付。',
    });
    expect(p.no).toBe('XF-XFB-2026-0001');
    const receipt = page.getByTestId('submit-receipt');
    expect((await receipt.getByTestId('submit-registration-no').textContent())?.trim()).toBe(p.no);

    // 22 art 22/23: 15 days from receipt, computed by the core's calendar from the submission's day.
    const submitted = shanghaiDate(FIXED_NOW);
    expect(submitted).toBe('2026-03-02');
    const noticeBy = dueDate(submitted, { days: 15, unit: 'day' }, chinaCalendar);
    expect(noticeBy).toBe('2026-03-17');
    expect((await receipt.getByTestId('submit-date').textContent())?.trim()).toBe(submitted);
    expect((await receipt.getByTestId('submit-notice-by').textContent())?.trim()).toBe(noticeBy);
    expect(await receipt.textContent()).toContain('15日内告知您是否受理');

    // The print button: a real button, reachable by keyboard.
    const print = page.getByTestId('submit-print');
    expect((await print.textContent())?.trim()).toBe('打印回执');
    await print.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('submit-print');
    expect(await print.evaluate((b) => (b as HTMLButtonElement).tabIndex)).toBe(0);

    // Print media: the shell's navigation and the page's actions are hidden, the receipt stays.
    expect(await page.locator('nav').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    expect(await receipt.isVisible()).toBe(true);

    // In English the same receipt, the same dates.
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('lang-switch').click();
    await expect.poll(async () => (await print.textContent())?.trim()).toBe('Print receipt');
    expect((await receipt.getByTestId('submit-notice-by').textContent())?.trim()).toBe(noticeBy);
    expect(await receipt.textContent()).toContain('within 15 days whether it accepts the matter');
    await context.close();
  });
});
