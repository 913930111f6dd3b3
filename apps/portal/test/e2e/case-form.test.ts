import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, launch, newFixedPage, rawViews } from './harness.js';
import { accusationOfCompetentOrgan, openCase, setRole, submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const seqOf = async (page: Page) => ((await rawViews(page)) as { seq: number }[])[0]?.seq;

describe('one way to act: every case action is an <xf-command-form> (error summary, field errors, the core’s message)', () => {
  it('22 art 30(3): empty, then refused by the core at the field it concerns, then done — typed markup stays text', async () => {
    const { context, page } = await newFixedPage(browser);
    const w = page as Page & { hacked?: boolean };
    w.hacked = false;
    page.on('dialog', async (d) => {
      w.hacked = true;
      await d.dismiss();
    });
    const p = await submitOnline(page, accusationOfCompetentOrgan);
    await openCase(page, p.no);
    await setRole(page, 'clerk');
    const seq = await seqOf(page);
    await page.getByTestId('action-transfer').click();
    const form = page.getByTestId('action-dialog').locator('xf-command-form');
    // The units are listed by their names, never their ids.
    const options = await form.locator('#f-toUnit option').allTextContents();
    expect(options.map((o) => o.trim())).toEqual([
      '请选择',
      '纪检监察机关',
      '有权处理的机关、单位',
      '上一级机关',
      '复查机关的上一级机关',
    ]);

    // Submitted empty: the summary lists both problems, takes focus, and each field says what to do.
    await form.locator('button[type="submit"]').click();
    await form.locator('.error-summary').waitFor();
    expect(await form.locator('.error-summary a').allTextContents()).toEqual(['请选择“转送至”。', '请填写“理由”。']);
    expect(
      await form
        .locator('.error-summary')
        .evaluate(
          (el) => el.getRootNode() instanceof ShadowRoot && el === (el.getRootNode() as ShadowRoot).activeElement,
        ),
    ).toBe(true);
    expect(await text(page, 'xf-command-form #e-f-reason')).toBe('错误：请填写“理由”。');
    expect(await axe(page)).toEqual([]);

    // The unit the accusation names: the core's own rule (22 art 30), shown at "Transfer to" before anything is stored.
    await form.locator('#f-toUnit').selectOption('competentOrgan');
    const typed = '<img src=x onerror="alert(1)"><script>alert(2)</script>转有权处理的机关办理。';
    await form.locator('#f-reason').fill(typed);
    await form.locator('button[type="submit"]').click();
    await form.locator('#e-f-toUnit').waitFor();
    const refusal = await text(page, 'xf-command-form #e-f-toUnit');
    expect(refusal).toContain('不得将检举控告材料转送给被检举、被控告的单位');
    expect(refusal).toContain('第30条');
    expect(await form.locator('.error-summary a').allTextContents()).toEqual([refusal.replace(/^错误：/, '')]);
    expect(await seqOf(page)).toBe(seq);

    // Another unit: done; the dialog closes, and the typed markup is stored and shown as text.
    await form.locator('#f-toUnit').selectOption('disciplineInspection');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('case-done').waitFor();
    expect(await seqOf(page)).toBe((seq ?? 0) + 1);
    expect(await page.getByTestId('action-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    const reason = await page
      .getByTestId('case-timeline')
      .evaluate((el) =>
        ((el as HTMLElement & { events?: { type: string; data: { reason?: string } }[] }).events ?? [])
          .filter((e) => e.type === 'transferred')
          .map((e) => e.data.reason),
      );
    expect(reason).toEqual([typed]);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(w.hacked).toBe(false);
    await context.close();
  });

  it('on a 390 px phone the action form fits the screen, in large text too: no control wider than the dialog', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, { cls: 'claim', subject: '请求维修路灯', content: '路灯损坏三个月。' });
    await page.setViewportSize({ width: 390, height: 844 });
    await openCase(page, p.no);
    await setRole(page, 'unitHead');
    await page.getByTestId('action-transfer').click();
    const form = page.getByTestId('action-dialog').locator('xf-command-form');
    await form.locator('#f-reason').waitFor();
    const widths = await form.evaluate((el) => {
      const dialog = el.closest('dialog') as HTMLDialogElement;
      const right = dialog.getBoundingClientRect().right;
      return [
        dialog.getBoundingClientRect().width <= window.innerWidth,
        [...(el.shadowRoot?.querySelectorAll<HTMLElement>('input, select, textarea, button') ?? [])].every(
          (c) => c.getBoundingClientRect().right <= right + 0.5,
        ),
        document.documentElement.scrollWidth <= window.innerWidth,
      ];
    });
    expect(widths).toEqual([true, true, true]);
    expect(await axe(page)).toEqual([]);
    // Large text (适老化) reaches the action form too, and it still fits.
    await page.getByTestId('action-cancel').click();
    await page.getByTestId('large-text-switch').click();
    await page.getByTestId('action-transfer').click();
    await form.locator('#f-reason').waitFor();
    expect(await form.getAttribute('size')).toBe('large');
    const fits = await form.evaluate((el) => {
      const right = (el.closest('dialog') as HTMLDialogElement).getBoundingClientRect().right;
      const box = el.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
      return [box.getBoundingClientRect().right <= right + 0.5, getComputedStyle(box).fontSize];
    });
    expect(fits[0]).toBe(true);
    expect(Number.parseFloat(String(fits[1]))).toBeGreaterThanOrEqual(20);
    await context.close();
  });
});
