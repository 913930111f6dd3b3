import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, go, launch, loadDemo, newFixedPage, rawViews } from './harness.js';
import { submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('registration numbers a citizen can read (N2, 22 arts 22–23)', () => {
  it('an online petition gets XF-XFB-2026-0001; the track field shows all of it and finds it typed in lower case without XF-', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'suggestion',
      subject: '建议增设公交站台',
      content: '小区门口到地铁站距离较远，建议增设一处公交站台，方便老人出行。',
    });
    // The petition office's short code, never the internal unit id (petitionOffice).
    expect(p.no).toBe('XF-XFB-2026-0001');

    await go(page, '/track');
    const field = page.getByTestId('track-no');
    expect(await page.locator('#track-no-hint').textContent()).toContain('XF-XFB-2026-0001');
    await field.fill(p.no);
    // The whole number fits in the field: nothing scrolled out of view.
    const fit = await field.evaluate((el) => [
      (el as HTMLInputElement).scrollWidth,
      (el as HTMLInputElement).clientWidth,
    ]);
    expect(fit[0]).toBeLessThanOrEqual(fit[1]!);

    // As a citizen may type it from a phone call: lower case, no XF- prefix.
    await field.fill('xfb-2026-0001');
    await page.getByTestId('track-code').fill(p.code);
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-result').waitFor();
    expect(await page.getByTestId('track-result').textContent()).toContain('XF-XFB-2026-0001');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('demo data numbers every petition with a short unit code (2–4 capitals), no camelCase id', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 60);
    const views = (await rawViews(page)) as { registrationNo: string; unit: string }[];
    expect(views).toHaveLength(60);
    const codes = new Set(views.map((v) => /^XF-([A-Z]{2,4})-\d{4}-\d{4}$/.exec(v.registrationNo)?.[1] ?? 'bad'));
    expect(codes.has('bad')).toBe(false);
    // National preset: petition office XFB (its own cases), discipline inspection JJJC, competent organ YQJG.
    expect([...codes].every((c) => ['XFB', 'JJJC', 'YQJG', 'SJJG', 'FCSJ'].includes(c))).toBe(true);
    expect(codes.has('XFB')).toBe(true);
    await context.close();
  });
});
