import { example2027Schedule } from '@xinfang/core/testing';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, go, launch, newFixedPage } from './harness.js';

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
});
