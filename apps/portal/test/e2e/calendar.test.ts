import { example2027Schedule } from '@xinfang/core/testing';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, go, launch, newFixedPage, newPage } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const file = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

describe('holiday schedules page (rules.md §2: the official schedule loaded the day it is published)', () => {
  it('refuses a bad file in words, loads the 2027 schedule, and keeps it for the next visit', async () => {
    const { context, page } = await newFixedPage(browser);
    await go(page, '/office/calendar');
    expect(await page.getByTestId('calendar-official').textContent()).toContain('2022、2023、2024、2025、2026');
    expect(await page.getByTestId('calendar-provisional').textContent()).toContain('2027–2040');
    expect(await axe(page)).toEqual([]);

    // Nothing chosen: the page says so and the file input has the focus.
    await page.getByTestId('calendar-load').click();
    await page.getByTestId('calendar-rejection').waitFor();
    expect(await page.getByTestId('calendar-rejection').textContent()).toContain('请选择一个放假安排文件');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('schedule-file');

    // A schedule without the statutory 中秋 (2027-09-15) contradicts the law: refused, nothing kept.
    const bad = { ...example2027Schedule, holidays: example2027Schedule.holidays.filter((d) => d !== '2027-09-15') };
    await page.getByTestId('calendar-file').setInputFiles(file('2027.json', bad));
    await page.getByTestId('calendar-load').click();
    const rejection = page.getByTestId('calendar-rejection');
    await rejection.waitFor();
    expect(await rejection.textContent()).toContain('未把法定节假日 2027-09-15（中秋节）列为放假日');

    await page.getByTestId('calendar-file').setInputFiles(file('2027.json', example2027Schedule));
    await page.getByTestId('calendar-load').click();
    const done = page.getByTestId('calendar-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('已载入 2027 年放假安排');
    await go(page, '/office/calendar');
    expect(await page.getByTestId('calendar-official').textContent()).toContain('2026、2027');
    expect(await page.getByTestId('calendar-provisional').textContent()).toContain('2028–2040');
    await context.close();
  });

  it('lists the open matter whose conclusion date the 2027 schedule moves, and the case page follows', async () => {
    // Monday 2026-12-07 09:30 in Beijing: a 60-day handling period (22 art 34) ends in 2027.
    const { context, page } = await newPage(browser);
    await context.clock.setFixedTime(new Date('2026-12-07T01:30:00Z'));
    await go(page, '/submit');
    const form = page.locator('xf-intake-form');
    await form.locator('[data-field="petitioner.name"] input').fill('王芳');
    await form.locator('[data-field="petitioner.phone"] input').fill('13912345678');
    await form.locator('[data-field="petitioner.address"] input').fill('四川省成都市武侯区人民南路 4 号');
    await form.locator('[data-field="class"] input[value="claim"]').check();
    await form.locator('[data-field="subject"] input').fill('请求维修小区供水管道');
    await form.locator('[data-field="content"] textarea').fill('小区供水管道破裂一周无人维修，请求督促物业尽快维修。');
    await form.locator('[data-field="truthStatement"] input').check();
    await form.locator('button[type="submit"]').click();
    const no = ((await page.getByTestId('submit-registration-no').textContent()) ?? '').trim();
    const code = ((await page.getByTestId('submit-query-code').textContent()) ?? '').trim();

    await go(page, '/office/queue');
    await page.getByTestId('role-select').selectOption('clerk');
    await page.locator(`[data-testid="queue-row"][data-registration-no="${no}"] [data-testid="queue-open"]`).click();
    await page.getByTestId('action-accept').click();
    await page.getByTestId('action-dialog').locator('xf-command-form button[type="submit"]').click();
    await page.locator('[data-testid="case-status"][data-status="handling"]').waitFor();
    // 2027-02-05 is 除夕: the provisional calendar rolls the last day to Tuesday 02-09 and says so in words.
    const conclusion = page.locator('[data-testid="case-deadline-list"] li[data-kind="conclusion"] xf-deadline-badge');
    expect(await conclusion.getAttribute('due')).toBe('2027-02-09');
    expect(await conclusion.evaluate((el) => el.shadowRoot?.querySelector('[part="provisional"]')?.textContent)).toBe(
      '（暂定）',
    );

    // The petitioner tracking the matter reads the same date, marked provisional in words.
    await go(page, '/track');
    await page.getByTestId('track-no').fill(no);
    await page.getByTestId('track-code').fill(code);
    await page.getByTestId('track-submit').click();
    const tracked = page.locator('[data-testid="track-dates"] li[data-kind="conclusion"]');
    await tracked.waitFor();
    expect(await tracked.textContent()).toContain('2027-02-09（暂定：该年放假安排尚未公布');

    await go(page, '/office/calendar');
    await page.getByTestId('calendar-file').setInputFiles(file('2027.json', example2027Schedule));
    await page.getByTestId('calendar-load').click();
    await page.getByTestId('calendar-moved').waitFor();
    const rows = await page.getByTestId('calendar-moved-row').allTextContents();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([`${no} 办结期限 2027-02-09 2027-02-12`]);
    expect(await axe(page)).toEqual([]);

    await page.getByTestId('calendar-moved-row').getByRole('link').click();
    await page.locator('[data-testid="case-registration-no"]', { hasText: no }).waitFor();
    expect(await conclusion.getAttribute('due')).toBe('2027-02-12');
    expect(await conclusion.evaluate((el) => el.shadowRoot?.querySelector('[part="provisional"]'))).toBeNull();
    await context.close();
  });
});
