// The React wrappers (`@xinfang/elements/react`, made with @lit/react) in real Chromium with React 19: properties
// such as `clock` reach the element as properties, and `onXfSubmit` receives the typed payload.
import type { PetitionInput } from '@xinfang/core/schema';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fillIntake, fixedClock, mount, settle, submit } from '../test/helpers.js';
import { XfIntakeForm, XfReceptionForm } from './react.js';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  cleanup();
});

async function render(element: ReturnType<typeof createElement>): Promise<HTMLElement> {
  const host = await mount('<div></div>');
  root = createRoot(host.firstElementChild!);
  flushSync(() => root?.render(element));
  await settle(host);
  return host;
}

describe('@xinfang/elements/react', () => {
  it('declares every form property on the prototype, where @lit/react looks before it sets a property', () => {
    // @lit/react sets a prop as a property only when `prop in elementClass.prototype`; anything else goes to React,
    // which in React 18 makes it an attribute (a function such as `clock` is then silently lost).
    for (const tag of ['xf-intake-form', 'xf-reception-form', 'xf-reply-form']) {
      const proto = customElements.get(tag)?.prototype as object;
      expect(
        ['clock', 'name', 'disabled', 'size'].filter((p) => !(p in proto)),
        tag,
      ).toEqual([]);
    }
    expect(['units', 'mode'].filter((p) => !(p in customElements.get('xf-intake-form')!.prototype))).toEqual([]);
  });

  it('sets clock through the wrapper: a public submission is received at the clock’s time', async () => {
    const received: PetitionInput[] = [];
    const host = await render(
      createElement(XfIntakeForm, { lang: 'en', clock: fixedClock, onXfSubmit: (e) => received.push(e.detail) }),
    );
    const form = host.querySelector('xf-intake-form')!;
    expect(form.clock).toBe(fixedClock);
    await fillIntake(form);
    await submit(form);
    expect(received).toHaveLength(1);
    expect(received[0]?.receivedAt).toBe('2025-09-20T01:30:00.000Z');
    expect(received[0]?.channel).toBe('online');
  });

  it('sets an object property (units) and a number (representativesLimit) as properties, not attributes', async () => {
    const units = [{ id: 'xfj', name: { zh: '市信访局', en: 'City Petition Bureau' } }];
    const host = await render(
      createElement(XfReceptionForm, { lang: 'en', clock: fixedClock, units, representativesLimit: 3 }),
    );
    const form = host.querySelector('xf-reception-form')!;
    expect(form.units).toBe(units);
    expect(form.representativesLimit).toBe(3);
    expect(form.clock).toBe(fixedClock);
    expect(form.hasAttribute('units')).toBe(false);
    expect(form.hasAttribute('clock')).toBe(false);
    const options = [...(form.shadowRoot?.querySelectorAll('[data-field="receivingUnit"] option') ?? [])];
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Select', 'City Petition Bureau']);
  });
});
