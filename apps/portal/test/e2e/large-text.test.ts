import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, go, launch, newFixedPage } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The rendered width of the intake form's truth-statement checkbox and of a class radio, in CSS pixels. */
async function controlSizes(page: Page): Promise<[number, number]> {
  const form = page.locator('xf-intake-form');
  const box = await form.locator('[data-field="truthStatement"] input').boundingBox();
  const radio = await form.locator('[data-field="class"] input[value="claim"]').boundingBox();
  return [Math.round(box?.width ?? 0), Math.round(radio?.width ?? 0)];
}

describe('large text (适老化)', () => {
  it('the header switch puts every form in size="large", checkboxes and radios included, and is remembered', async () => {
    const { context, page } = await newFixedPage(browser);
    await go(page, '/submit');
    const form = page.locator('xf-intake-form');
    await form.waitFor();
    const toggle = page.getByTestId('large-text-switch');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await form.getAttribute('size')).toBeNull();
    // 1.25em of the 16 px base.
    expect(await controlSizes(page)).toEqual([20, 20]);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await form.getAttribute('size')).toBe('large');
    // 1.25 × 16 px × 1.25 (the elements' large scale).
    await expect.poll(() => controlSizes(page)).toEqual([25, 25]);
    expect(await axe(page)).toEqual([]);

    // Remembered across a reload, and applied to forms drawn later on other pages.
    await page.reload();
    await page.locator('xf-intake-form').waitFor();
    expect(await page.locator('xf-intake-form').getAttribute('size')).toBe('large');
    expect(await page.getByTestId('large-text-switch').getAttribute('aria-pressed')).toBe('true');
    await go(page, '/office/reception');
    await page.locator('xf-reception-form').waitFor();
    expect(await page.locator('xf-reception-form').getAttribute('size')).toBe('large');

    // Off again: the forms go back to their normal size.
    await page.getByTestId('large-text-switch').click();
    expect(await page.locator('xf-reception-form').getAttribute('size')).toBeNull();
    await context.close();
  });
});
