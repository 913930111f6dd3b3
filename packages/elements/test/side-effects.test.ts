// package.json `sideEffects` lists only the modules that register elements (src/define.ts, *.define.ts and their
// dist/ twins, and the bundle). This pins the other half of that promise: the main entry registers nothing, so a
// bundler may drop it freely, and registration happens exactly where sideEffects says.
import { describe, expect, it } from 'vitest';
import * as elements from '../src/index.js';

const tags = ['xf-intake-form', 'xf-reception-form', 'xf-reply-form', 'xf-deadline-badge', 'xf-petition-timeline'];

describe('side effects', () => {
  it('importing the main entry defines no element', () => {
    expect(typeof elements.XfIntakeForm).toBe('function');
    expect(tags.filter((tag) => customElements.get(tag))).toEqual([]);
  });

  it('importing the define module registers every element, with the classes the main entry exports', async () => {
    await import('../src/define.js');
    expect(tags.filter((tag) => !customElements.get(tag))).toEqual([]);
    expect(customElements.get('xf-intake-form')).toBe(elements.XfIntakeForm);
    expect(customElements.get('xf-reception-form')).toBe(elements.XfReceptionForm);
  });
});
