import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, go, launch, newFixedPage, rawViews } from './harness.js';
import { submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('citizen side: the organ petitioned and the accused', () => {
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

  it('22 art 30: the accused fields say one of person or unit is required, and an accusation with neither is refused', async () => {
    const { context, page } = await newFixedPage(browser);
    await go(page, '/submit');
    const form = page.locator('xf-intake-form');
    await form.locator('[data-field="class"] input[value="accusation"]').check();
    const group = form.locator('[data-field="accused"]');
    expect(await group.textContent()).toContain('被检举控告人和被检举控告单位至少填写一项');
    await form.locator('[data-field="petitioner.name"] input').fill('李秀英');
    await form.locator('[data-field="petitioner.phone"] input').fill('13812345678');
    await form.locator('[data-field="petitioner.address"] input').fill('四川省成都市锦江区春熙路 8 号');
    await form.locator('[data-field="subject"] input').fill('反映违规收费');
    await form.locator('[data-field="content"] textarea').fill('某单位在办理证照时额外收取材料费二百元，未开具票据。');
    await form.locator('[data-field="truthStatement"] input').check();
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(async () => (await group.textContent()) ?? '')
      .toContain('检举控告请至少填写一个被检举控告的人或单位');
    expect(await page.getByTestId('submit-registration-no').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
