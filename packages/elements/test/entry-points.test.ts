// Per-element entry points (`@xinfang/elements/intake-form` …, package.json `exports`): each registers its own
// element and no other, so a page that needs one form loads one form.
import { describe, expect, it } from 'vitest';

const tags = ['xf-intake-form', 'xf-reception-form', 'xf-reply-form', 'xf-deadline-badge', 'xf-petition-timeline'];
const defined = () => tags.filter((tag) => customElements.get(tag));

describe('per-element entry points', () => {
  it('@xinfang/elements/intake-form registers <xf-intake-form> alone and exports its class', async () => {
    expect(defined()).toEqual([]);
    const { XfIntakeForm } = await import('@xinfang/elements/intake-form');
    expect(defined()).toEqual(['xf-intake-form']);
    expect(customElements.get('xf-intake-form')).toBe(XfIntakeForm);
  });

  it('@xinfang/elements/deadline-badge then adds <xf-deadline-badge> only', async () => {
    await import('@xinfang/elements/deadline-badge');
    expect(defined()).toEqual(['xf-intake-form', 'xf-deadline-badge']);
  });

  it('the reception form, reply form and timeline entries register theirs', async () => {
    await import('@xinfang/elements/reception-form');
    await import('@xinfang/elements/reply-form');
    await import('@xinfang/elements/petition-timeline');
    expect(defined()).toEqual(tags);
  });

  it('@xinfang/elements/command-form registers the staff-only <xf-command-form>, which the bundle leaves out', async () => {
    expect(customElements.get('xf-command-form')).toBeUndefined();
    const { XfCommandForm } = await import('@xinfang/elements/command-form');
    expect(customElements.get('xf-command-form')).toBe(XfCommandForm);
    expect(defined()).toEqual(tags);
  });
});
