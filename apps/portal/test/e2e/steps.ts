// Steps a person takes in the portal, shared by the e2e tests.
import type { Page } from 'playwright';
import { expect } from 'vitest';
import { go } from './harness.js';

export interface Submitted {
  no: string;
  code: string;
}

/** An accusation against the competent organ (22 art 30(3): it may not be transferred to the unit it accuses). */
export const accusationOfCompetentOrgan = {
  cls: 'accusation',
  subject: '检举某单位违规收取费用',
  content: '办理证照时被要求另交加急费且不开具票据，请求调查处理。',
  accusedUnits: 'competentOrgan',
} as const;

/** A citizen submits an online petition with the public intake form; returns the registration number and query code. */
export async function submitOnline(
  page: Page,
  p: {
    cls: 'claim' | 'suggestion' | 'accusation';
    subject: string;
    content: string;
    accusedUnits?: string;
    organ?: string;
  },
): Promise<Submitted> {
  await go(page, '/submit');
  if (p.organ) await page.getByTestId('submit-organ').selectOption(p.organ);
  const form = page.locator('xf-intake-form');
  await form.locator('[data-field="petitioner.name"] input').fill('李秀英');
  await form.locator('[data-field="petitioner.phone"] input').fill('13812345678');
  await form.locator('[data-field="petitioner.address"] input').fill('四川省成都市锦江区春熙路 8 号');
  await form.locator(`[data-field="class"] input[value="${p.cls}"]`).check();
  await form.locator('[data-field="subject"] input').fill(p.subject);
  await form.locator('[data-field="content"] textarea').fill(p.content);
  if (p.accusedUnits) await form.locator('[data-field="accused.units"] textarea').fill(p.accusedUnits);
  await form.locator('[data-field="truthStatement"] input').check();
  await form.locator('button[type="submit"]').click();
  await page.getByTestId('submit-registration-no').waitFor();
  return {
    no: ((await page.getByTestId('submit-registration-no').textContent()) ?? '').trim(),
    code: ((await page.getByTestId('submit-query-code').textContent()) ?? '').trim(),
  };
}

export async function setRole(
  page: Page,
  role: 'clerk' | 'handler' | 'unitHead' | 'leader' | 'archivist',
): Promise<void> {
  await page.getByTestId('role-select').selectOption(role);
}

/** Opens the case page of a registration number from the work queue. */
export async function openCase(page: Page, no: string): Promise<void> {
  await go(page, '/office/queue');
  await page.locator(`[data-testid="queue-row"][data-registration-no="${no}"] [data-testid="queue-open"]`).click();
  await page.locator('[data-testid="case-registration-no"]', { hasText: no }).waitFor();
}

/**
 * Runs a case action through its dialog's `<xf-command-form>` as a person would — fills each field by its label's
 * control (a select by value, a checkbox ticked for `'on'`, a radio by its value), presses the confirm button —
 * and returns the error text shown (the form's error summary or the store's refusal), or '' when it went through.
 */
export async function act(page: Page, type: string, fields: Record<string, string> = {}): Promise<string> {
  const before = await page
    .getByTestId('case-timeline')
    .evaluate((el) => (el as HTMLElement & { events?: unknown[] }).events?.length ?? 0);
  await page.getByTestId(`action-${type}`).click();
  const dialog = page.getByTestId('action-dialog');
  const form = dialog.locator('xf-command-form');
  for (const [name, value] of Object.entries(fields)) {
    const field = form.locator(`[data-field="${name}"]`);
    if ((await field.locator('input[type="radio"]').count()) > 0) {
      await field.locator(`input[type="radio"][value="${value}"]`).check();
      continue;
    }
    const control = field.locator('input, select, textarea').first();
    const kind = await control.evaluate((el) => (el.tagName === 'INPUT' ? (el as HTMLInputElement).type : el.tagName));
    if (kind === 'SELECT') await control.selectOption(value);
    else if (kind === 'checkbox') await control.setChecked(value === 'on');
    else await control.fill(value);
  }
  await form.locator('button[type="submit"]').click();
  const errors = dialog.locator('xf-command-form .error-summary, [data-testid="action-rejection"]');
  const outcome = await Promise.race([
    page
      .waitForFunction(
        (n) =>
          ((document.querySelector('[data-testid="case-timeline"]') as HTMLElement & { events?: unknown[] }).events
            ?.length ?? 0) > n,
        before,
      )
      .then(() => 'done'),
    errors
      .first()
      .waitFor()
      .then(() => 'error'),
  ]);
  if (outcome === 'error') return ((await errors.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
  return '';
}

/** The open deadlines on the case page: kind → due date. */
export async function caseDeadlines(page: Page): Promise<Record<string, string>> {
  return page
    .getByTestId('case-deadline-list')
    .evaluate((ul) =>
      Object.fromEntries(
        [...ul.querySelectorAll<HTMLElement>('li[data-kind]')].map((li) => [
          li.dataset.kind,
          li.querySelector('xf-deadline-badge')?.getAttribute('due'),
        ]),
      ),
    );
}

/** Moves the demo clock forward by whole days (demo page) and checks the demo date it reaches. */
export async function advanceClock(page: Page, days: number, expected: string): Promise<void> {
  await go(page, '/office/demo');
  await page.getByTestId('clock-days').fill(String(days));
  await page.getByTestId('clock-advance').click();
  // The office bar shows the demo date at once; the offset persists across a reload.
  await page.locator(`[data-testid="clock-today"]`, { hasText: expected }).waitFor();
  await go(page, '/office/demo');
  expect(await page.getByTestId('demo-clock-today').getAttribute('data-date')).toBe(expected);
}
