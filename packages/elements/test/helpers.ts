// Shared helpers for the element tests (real Chromium, vitest browser mode).
import axe from 'axe-core';
import { expect } from 'vitest';

// A native form submitted by a test must never navigate the test page away.
document.addEventListener('submit', (event) => event.preventDefault());

/** Mounts markup in a fresh container on the page and waits for every xf-* element in it to render. */
export async function mount(markup: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  await settle(host);
  return host;
}

/** Waits until `root` (when it is a Lit element) and every Lit element below it have finished updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements = [root, ...root.querySelectorAll('*')].filter((el) => 'updateComplete' in el);
    await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  }
}

/** Removes everything mounted by `mount`. */
export function cleanup(): void {
  document.body.replaceChildren();
}

/** The element inside a form's shadow root with this selector (fails the test when missing). */
export function $(element: Element, selector: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

/** All elements matching a selector in a shadow root. */
export function $$(element: Element, selector: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** The control of a field path (`data-field` wrapper → first input/select/textarea). */
export function control(element: Element, path: string): HTMLInputElement {
  const field = $(element, `[data-field="${path}"]`);
  const input = field.querySelector<HTMLInputElement>('input, select, textarea');
  if (!input) throw new Error(`no control for ${path}`);
  return input;
}

/** Types a value into a field as a person would (input + change + blur) and waits for the render. */
export async function fill(element: HTMLElement, path: string, value: string): Promise<void> {
  const input = control(element, path);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  input.blur();
  await settle(element.parentNode ?? document);
}

/** Fills in a valid public intake form in English words (a suggestion about street lights), truth statement ticked. */
export async function fillIntake(form: HTMLElement): Promise<void> {
  await fill(form, 'petitioner.name', 'Li Lei');
  await fill(form, 'petitioner.phone', '13800138000');
  await choose(form, 'class', 'suggestion');
  await fill(form, 'subject', 'Street lights');
  await fill(form, 'content', 'The street lights on Renmin Road have been off for a month.');
  await tick(form, 'truthStatement');
}

/** Ticks or unticks a checkbox field. */
export async function tick(element: HTMLElement, path: string, on = true): Promise<void> {
  const input = control(element, path);
  if (input.checked !== on) input.click();
  await settle(element.parentNode ?? document);
}

/** Chooses a radio option of a group by value. */
export async function choose(element: HTMLElement, path: string, value: string): Promise<void> {
  const radio = $(element, `[data-field="${path}"] input[value="${value}"]`) as HTMLInputElement;
  radio.click();
  await settle(element.parentNode ?? document);
}

/** Clicks the form's submit button and waits for the render (error summary, focus). */
export async function submit(element: HTMLElement): Promise<void> {
  $(element, 'button[type="submit"]').click();
  await new Promise((r) => setTimeout(r, 0));
  await settle(element.parentNode ?? document);
}

/** Runs axe (WCAG 2.1 A/AA rules) on a subtree, shadow roots included, and expects no violations. */
export async function expectNoAxeViolations(root: Element): Promise<void> {
  const result = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** A fixed clock: 2025-09-20 09:30 Beijing time. */
export const fixedClock = (): string => '2025-09-20T01:30:00.000Z';

/** A valid resident ID number (GB 11643 check character correct). */
export const VALID_ID = '11010519491231002X';

/** Polls until `probe` returns something (a page in another window or frame has no promise to wait on). */
export async function until<T>(what: string, probe: () => T | null | undefined | false): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
