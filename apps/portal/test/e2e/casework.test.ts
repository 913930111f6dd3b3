import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newFixedPage } from './harness.js';
import { act, openCase, submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('messages name units, never their ids', () => {
  it('22 art 23(3): after a transfer, the office is told which unit has the matter, by name, in each language', async () => {
    const { context, page } = await newFixedPage(browser);
    const { no } = await submitOnline(page, {
      cls: 'claim',
      subject: '请求维修小区路灯',
      content: '小区路灯损坏三个月无人维修，夜间出行不便。',
    });
    await openCase(page, no);
    expect(await act(page, 'transfer', { toUnit: 'competentOrgan', reason: '属其职权范围' })).toBe('');
    await page.getByTestId('case-other-actions').locator('summary').click();
    const why = page.getByTestId('why-accept');
    await why.waitFor();
    expect((await why.textContent())?.trim()).toBe(
      '该事项目前由“有权处理的机关、单位”负责，您所在单位不能受理。请转交该单位办理。',
    );
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('why-accept').filter({ hasText: 'Organ or unit' }).waitFor();
    const en = (await page.getByTestId('why-accept').textContent())?.trim() ?? '';
    expect(en).toContain('"Organ or unit with power to handle the matter"');
    // The registration number still carries the unit code (a separate change); everything else names units.
    const body = ((await page.locator('main').textContent()) ?? '').replaceAll(no, '');
    expect(body.match(/.{0,60}(competentOrgan|disciplineInspection|petitionOffice).{0,30}/g)).toBeNull();
    await context.close();
  });
});
