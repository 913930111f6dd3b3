import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { go, launch, newFixedPage, rawViews } from './harness.js';
import { submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('citizen side: the organ petitioned', () => {
  it('22 art 17: the organ select names organs, not rule sets; the petition goes to the organ chosen and the office keeps its own', async () => {
    const { context, page } = await newFixedPage(browser);
    await go(page, '/submit');
    const options = await page
      .getByTestId('submit-organ')
      .locator('option')
      .evaluateAll((els) => els.map((e) => [(e as HTMLOptionElement).value, e.textContent?.trim()]));
    expect(options).toEqual([
      ['national', '市信访局'],
      ['bureau', '区业务局'],
      ['bureauRouting', '区行政执法局'],
      ['cppcc', '市政协机关'],
      ['hospital', '市人民医院'],
      ['priceBureau', '市物价局'],
      ['school', '市第一中学'],
      ['township', '镇人民政府'],
      ['transportGroup', '交通集团公司'],
    ]);
    const p = await submitOnline(page, {
      organ: 'hospital',
      cls: 'claim',
      subject: '请求说明住院费用',
      content: '住院八天，费用清单中有两项检查未做却被收费，请求核实并退还。',
    });
    // Registered by the hospital's office (院办室, code YBS), in the hospital's store.
    expect(p.no).toBe('XF-YBS-2026-0001');
    const hospital = (await rawViews(page, 'hospital')) as { registrationNo: string; policyId: string }[];
    expect(hospital.map((v) => [v.registrationNo, v.policyId])).toEqual([['XF-YBS-2026-0001', 'hospital']]);
    // Nothing was written for the national organ.
    const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(dbs).toContain('xinfang-portal-hospital');
    expect(dbs).not.toContain('xinfang-portal-national');
    // The office's organ did not change: staff still work on the national organ.
    await go(page, '/office/queue');
    expect(await page.getByTestId('organ-select').inputValue()).toBe('national');
    await context.close();
  });
});
