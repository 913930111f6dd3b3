// Embedding, proven: the BUILT single-file bundle (dist/xinfang-elements.js, built by test/global-setup.ts when
// stale) in plain HTML, React 19 (createElement, no JSX), Vue 3 (h/createApp, no SFC) and a native <form>.
// This file imports nothing from src/, so every element here was registered by the bundle itself — a wrong
// `sideEffects` or a tree-shaken `customElements.define` fails these tests.
import { messages } from '@xinfang/core/schema';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, h } from 'vue';
import { $, $$, cleanup, control, expectNoAxeViolations, fill, fillIntake, mount, settle, submit } from './helpers.js';

interface Bundle {
  XfIntakeForm: CustomElementConstructor;
  XfReceptionForm: CustomElementConstructor;
}
let bundle: Bundle;

beforeAll(async () => {
  const url = new URL('../dist/xinfang-elements.js', import.meta.url).href;
  bundle = (await import(/* @vite-ignore */ url)) as Bundle;
});
afterEach(cleanup);

type Form = HTMLElement & { clock: () => string };

const expected = {
  channel: 'online',
  class: 'suggestion',
  subject: 'Street lights',
  content: 'The street lights on Renmin Road have been off for a month.',
  receivedAt: '2025-09-20T01:30:00.000Z',
  anonymous: false,
  truthStatement: true,
  petitioner: { name: 'Li Lei', phone: '13800138000' },
};
const clock = () => '2025-09-20T01:30:00.000Z';

describe('the single-file bundle', () => {
  it('registers every element when loaded by a plain <script type="module">', () => {
    expect(customElements.get('xf-intake-form')).toBe(bundle.XfIntakeForm);
    expect(customElements.get('xf-reception-form')).toBe(bundle.XfReceptionForm);
    for (const tag of ['xf-reply-form', 'xf-deadline-badge', 'xf-petition-timeline']) {
      expect(customElements.get(tag), tag).toBeTypeOf('function');
    }
  });

  it('is the production build: one self-contained module, no development-mode Lit, no xstate, no zod', async () => {
    const source = await (await fetch(new URL('../dist/xinfang-elements.js', import.meta.url))).text();
    expect(source).not.toMatch(/^\s*import\b/m); // nothing left to resolve: Lit and the schema are inside
    expect(source).not.toContain('lit.dev/msg'); // Lit's dev-mode warnings are absent
    expect(source).not.toContain('xstate');
    // The forms validate with the core's own rules; its zod adapters are never bundled.
    expect(source).not.toContain('_zod');
  });

  it('plain HTML: one tag, fill in, submit, receive the payload in xf-submit', async () => {
    const host = await mount('<xf-intake-form lang="en"></xf-intake-form>');
    const form = host.querySelector<Form>('xf-intake-form')!;
    form.clock = clock;
    let detail: unknown;
    document.addEventListener('xf-submit', (e) => {
      detail = e.detail;
    });
    await fillIntake(form);
    await submit(form);
    expect(detail).toEqual(expected);
    await expectNoAxeViolations(host);
  });

  it('native <form>: the payload is the element’s FormData entry, next to ordinary inputs', async () => {
    const host = await mount(
      '<form><input name="ref" value="A-1"><xf-intake-form name="petition" lang="en"></xf-intake-form></form>',
    );
    const form = host.querySelector<Form>('xf-intake-form')!;
    form.clock = clock;
    const native = host.querySelector('form')!;
    expect([...new FormData(native).keys()]).toEqual(['ref']);
    expect(native.checkValidity()).toBe(false);
    await fillIntake(form);
    const data = new FormData(native);
    expect(data.get('ref')).toBe('A-1');
    expect(JSON.parse(String(data.get('petition')))).toEqual(expected);
    expect(native.checkValidity()).toBe(true);
  });

  it('React 19: createElement with properties and an onxf-submit listener', async () => {
    const host = await mount('<div id="react-root"></div>');
    const received: unknown[] = [];
    const root = createRoot(host.firstElementChild!);
    flushSync(() => {
      root.render(
        createElement('xf-intake-form', {
          lang: 'en',
          clock,
          'onxf-submit': (e: CustomEvent) => received.push(e.detail),
        }),
      );
    });
    const form = host.querySelector<Form>('xf-intake-form')!;
    await settle(host);
    expect(form.clock).toBe(clock); // React 19 sets known properties as properties
    await fillIntake(form);
    await submit(form);
    expect(received).toEqual([expected]);
    root.unmount();
  });

  it('Vue 3: h() and createApp, listening with onXfSubmit', async () => {
    const host = await mount('<div></div>');
    const received: unknown[] = [];
    const app = createApp({
      render: () =>
        h('xf-intake-form', {
          lang: 'en',
          '.clock': clock,
          onXfSubmit: (e: CustomEvent) => received.push(e.detail),
        }),
    });
    app.mount(host.firstElementChild!);
    const form = host.querySelector<Form>('xf-intake-form')!;
    await settle(host);
    expect(form.clock).toBe(clock);
    await fillIntake(form);
    await submit(form);
    expect(received).toEqual([expected]);
    app.unmount();
  });

  it('no global CSS leaks in or out: aggressive page styles leave the form as it is, and it adds none', async () => {
    const sheetsBefore = document.styleSheets.length;
    const clean = await mount('<xf-intake-form lang="zh-CN"></xf-intake-form><label id="outside">页面</label>');
    const reference = clean.querySelector('xf-intake-form')!;
    const probe = (el: Element) => {
      const s = getComputedStyle(el);
      return [
        s.color,
        s.fontFamily,
        s.fontSize,
        s.lineHeight,
        s.letterSpacing,
        s.textTransform,
        s.display,
        s.fontStyle,
      ];
    };
    const before = probe($(reference, 'label[for="f-subject"]'));
    const inputBefore = probe(control(reference, 'subject'));
    // Out: the form's own rules (labels bold and block inside it) do not reach a label of the page.
    const outside = getComputedStyle(clean.querySelector('#outside')!);
    expect([outside.fontWeight, outside.display]).toEqual(['400', 'inline']);
    expect(getComputedStyle($(reference, 'label[for="f-subject"]')).fontWeight).toBe('700');
    expect(document.styleSheets.length).toBe(sheetsBefore); // the elements add no page styles
    cleanup();

    const style = document.createElement('style');
    style.textContent = `
      * { color: rgb(255, 0, 255) !important; font-family: "Comic Sans MS", fantasy !important;
          line-height: 0.5 !important; letter-spacing: 7px !important; text-transform: uppercase !important;
          font-style: italic !important; }
      label, input, fieldset, legend, form, div { display: none !important; }
      xf-intake-form { font-size: 7px; color: red; }
    `;
    document.head.append(style);
    try {
      const host = await mount('<xf-intake-form lang="zh-CN"></xf-intake-form>');
      const form = host.querySelector('xf-intake-form')!;
      expect(probe($(form, 'label[for="f-subject"]'))).toEqual(before);
      expect(probe(control(form, 'subject'))).toEqual(inputBefore);
      await submit(form);
      expect(text($$(form, '.error-summary h2')[0])).toBe('有问题需要处理');
      expect(getComputedStyle($(form, '.error-summary')).display).toBe('block');
    } finally {
      style.remove();
    }
  });

  it('shows the core’s messages through the bundle too (one validation, one wording)', async () => {
    const host = await mount('<xf-intake-form lang="en"></xf-intake-form>');
    const form = host.querySelector<Form>('xf-intake-form')!;
    await fill(form, 'petitioner.phone', '12345');
    expect(text($(form, '[data-field="petitioner.phone"] .error'))).toBe(`Error: ${messages['phone.format'].en}`);
  });
});

function text(el: Element | undefined): string | undefined {
  return el?.textContent?.replace(/\s+/g, ' ').trim();
}
