// One conformance suite that every xinfang form passes (Web Awesome's pattern): a value in the host form's
// FormData, validity, reset, disabled, restore, events, errors only after interaction, the error summary, axe.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { XfFormElement } from '../src/base/form-element.js';
import type { XfChangeEvent, XfInvalidEvent, XfSubmitEvent } from '../src/shared/events.js';
import { $, $$, cleanup, expectNoAxeViolations, fixedClock, mount, settle, submit } from './helpers.js';

type AnyForm = XfFormElement<unknown, object>;

/** How to drive one form through the suite. */
export interface FormSubject {
  /** The tag, e.g. `xf-intake-form` (must be defined before the suite runs). */
  tag: string;
  /** Extra attributes for the tag. */
  attributes?: string;
  /** Sets properties a page would set (units, clock…) before the first interaction. */
  prepare?: (element: AnyForm) => void;
  /** Fills the form with valid data, as a person would. */
  fillValid: (element: AnyForm) => Promise<void>;
  /** The payload `xf-submit` must carry after `fillValid`. */
  expected: unknown;
  /** A field path whose first edit fires `xf-change`, and a value to type there. */
  changeField: { path: string; value: string };
}

function fieldControl(element: Element, path: string): HTMLInputElement {
  return $(element, `[data-field="${path}"] input, [data-field="${path}"] textarea`) as HTMLInputElement;
}

async function mountIn(subject: FormSubject, wrapper: (inner: string) => string = (x) => x): Promise<AnyForm> {
  const host = await mount(
    wrapper(`<${subject.tag} name="petition" lang="zh-CN" ${subject.attributes ?? ''}></${subject.tag}>`),
  );
  const element = host.querySelector(subject.tag) as AnyForm;
  element.clock = fixedClock;
  subject.prepare?.(element);
  element.formResetCallback(); // re-create the draft with the fixed clock
  await settle(host);
  return element;
}

/** Runs the shared suite for one form. */
export function formConformance(subject: FormSubject): void {
  describe(`${subject.tag} conformance`, () => {
    it('has no axe violations (WCAG 2.1 AA), empty and after a failed submit', async () => {
      const element = await mountIn(subject);
      await expectNoAxeViolations(element.parentElement!);
      await submit(element);
      expect($$(element, '.error').length).toBeGreaterThan(0);
      await expectNoAxeViolations(element.parentElement!);
      cleanup();
    });

    it('is form-associated: no FormData entry while invalid, the payload as JSON once valid', async () => {
      const element = await mountIn(subject, (inner) => `<form>${inner}</form>`);
      const form = element.closest('form')!;
      expect(element.form).toBe(form);
      expect(new FormData(form).has('petition')).toBe(false);
      await subject.fillValid(element);
      expect(JSON.parse(String(new FormData(form).get('petition')))).toEqual(subject.expected);
      expect(element.value).toEqual(subject.expected);
      cleanup();
    });

    it('reports validity: customError with the first message while invalid, valid once filled', async () => {
      const element = await mountIn(subject, (inner) => `<form>${inner}</form>`);
      const form = element.closest('form')!;
      expect(element.checkValidity()).toBe(false);
      expect(form.checkValidity()).toBe(false);
      expect(element.validity.customError).toBe(true);
      expect(element.validationMessage).toBe(element.currentIssues[0]!.message.zh);
      expect(element.willValidate).toBe(true);
      await subject.fillValid(element);
      expect(element.checkValidity()).toBe(true);
      expect(form.checkValidity()).toBe(true);
      expect(element.validity.valid).toBe(true);
      expect(element.validationMessage).toBe('');
      cleanup();
    });

    it('shows no errors before interaction, and only the touched field’s error after leaving it', async () => {
      const element = await mountIn(subject);
      expect($$(element, '.error')).toHaveLength(0);
      expect($$(element, '.error-summary')).toHaveLength(0);
      expect(element.matches(':state(user-invalid)')).toBe(false);
      const { path } = subject.changeField;
      const expected = element.currentIssues.find((i) => i.path === path)!;
      expect(expected).toBeDefined();
      const control = fieldControl(element, path);
      control.focus();
      control.blur();
      await settle(element);
      const errors = $$(element, '.error').map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
      expect(errors).toEqual([`错误：${expected.message.zh}`]);
      expect(element.matches(':state(user-invalid)')).toBe(true);
      cleanup();
    });

    it('on a failed submit: fires xf-invalid, shows a focused error summary linking every problem', async () => {
      const element = await mountIn(subject);
      let invalid: XfInvalidEvent | undefined;
      element.parentElement!.addEventListener('xf-invalid', (e) => {
        invalid = e;
      });
      await submit(element);
      expect(invalid?.composed).toBe(true);
      expect(invalid?.bubbles).toBe(true);
      const issues = element.currentIssues;
      expect(invalid?.detail.issues).toEqual(issues);
      const summary = $(element, '.error-summary');
      expect(element.shadowRoot!.activeElement).toBe(summary);
      const links = $$(element, '.error-summary a');
      expect(links.map((a) => a.textContent?.trim())).toEqual(issues.map((i) => i.message.zh));
      // Each link moves focus to its field.
      links[0]!.click();
      await settle(element);
      const focused = element.shadowRoot!.activeElement as HTMLElement;
      expect(focused.closest('[data-field]')).not.toBeNull();
      // Inline messages are tied to their controls.
      for (const error of $$(element, '.error')) {
        const field = error.closest('[data-field]')!;
        const described = field.matches('fieldset') ? field : field.querySelector('[aria-describedby]');
        expect(described?.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
      }
      cleanup();
    });

    it('fires xf-change (bubbling, composed) with the path and value of an edit', async () => {
      const element = await mountIn(subject);
      const seen: XfChangeEvent[] = [];
      element.parentElement!.addEventListener('xf-change', (e) => seen.push(e));
      const control = fieldControl(element, subject.changeField.path);
      control.value = subject.changeField.value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      expect(seen.map((e) => [e.detail.path, e.detail.value, e.bubbles, e.composed])).toEqual([
        [subject.changeField.path, subject.changeField.value, true, true],
      ]);
      cleanup();
    });

    it('fires a cancelable xf-submit with the payload, then submits the native form unless cancelled', async () => {
      const element = await mountIn(subject, (inner) => `<form>${inner}</form>`);
      const form = element.closest('form')!;
      await subject.fillValid(element);
      const submits: SubmitEvent[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault(); // keep the test page
        submits.push(e);
      });
      let event: XfSubmitEvent | undefined;
      const cancel = (e: XfSubmitEvent) => e.preventDefault();
      form.addEventListener('xf-submit', (e) => {
        event = e;
      });
      await submit(element);
      expect(event?.detail).toEqual(subject.expected);
      expect([event?.bubbles, event?.composed, event?.cancelable]).toEqual([true, true, true]);
      expect(submits).toHaveLength(1);
      element.addEventListener('xf-submit', cancel);
      await submit(element);
      expect(submits).toHaveLength(1);
      cleanup();
    });

    it('resets with its form: empty draft, no entry, no errors shown', async () => {
      const element = await mountIn(subject, (inner) => `<form>${inner}</form>`);
      const form = element.closest('form')!;
      await submit(element);
      await subject.fillValid(element);
      form.reset();
      await settle(element);
      expect(new FormData(form).has('petition')).toBe(false);
      expect($$(element, '.error, .error-summary')).toHaveLength(0);
      const control = fieldControl(element, subject.changeField.path);
      expect(control.value).toBe('');
      cleanup();
    });

    it('is disabled by a disabled fieldset or its own attribute: controls disabled, no entry, not validated', async () => {
      const element = await mountIn(subject, (inner) => `<form><fieldset>${inner}</fieldset></form>`);
      const form = element.closest('form')!;
      const fieldset = form.querySelector('fieldset')!;
      await subject.fillValid(element);
      fieldset.disabled = true;
      await settle(element);
      expect(element.matches(':disabled')).toBe(true);
      expect(new FormData(form).has('petition')).toBe(false);
      expect(element.willValidate).toBe(false);
      expect(($(element, 'fieldset.frame') as HTMLFieldSetElement).disabled).toBe(true);
      fieldset.disabled = false;
      await settle(element);
      expect(($(element, 'fieldset.frame') as HTMLFieldSetElement).disabled).toBe(false);
      expect(new FormData(form).has('petition')).toBe(true);
      element.disabled = true;
      await settle(element);
      expect(element.hasAttribute('disabled')).toBe(true);
      expect(($(element, 'fieldset.frame') as HTMLFieldSetElement).disabled).toBe(true);
      expect(new FormData(form).has('petition')).toBe(false);
      cleanup();
    });

    it('WCAG 1.4.4 (GB/T 37668 level 2): at 200% text size every label doubles and nothing scrolls sideways at 640 px', async () => {
      // 200% browser zoom on a 1280 px window leaves 640 CSS px; the person's text-size setting is the root font size.
      await page.viewport(640, 800);
      const element = await mountIn(subject);
      const label = $(element, 'label') as HTMLElement;
      const normal = Number.parseFloat(getComputedStyle(label).fontSize);
      document.documentElement.style.fontSize = '200%';
      try {
        await settle(element);
        expect(Number.parseFloat(getComputedStyle(label).fontSize)).toBeCloseTo(normal * 2, 1);
        await submit(element);
        expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(640);
      } finally {
        document.documentElement.style.fontSize = '';
        await page.viewport(1280, 800);
        cleanup();
      }
    });

    it('restores its draft from the saved state (formStateRestoreCallback)', async () => {
      const first = await mountIn(subject);
      await subject.fillValid(first);
      const state = JSON.stringify(first.getDraft());
      cleanup();
      const second = await mountIn(subject);
      second.formStateRestoreCallback(state, 'restore');
      await settle(second);
      expect(second.value).toEqual(subject.expected);
      const control = fieldControl(second, subject.changeField.path);
      expect(control.value).not.toBe('');
      cleanup();
    });
  });
}
