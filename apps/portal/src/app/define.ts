import { shanghaiLocal } from '@xinfang/elements';

/**
 * Registers the `xf-*` elements a page uses, one by one, so each page's chunk carries only the
 * elements it shows (`@xinfang/elements/define` would register — and bundle — all of them).
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Beijing local time `YYYY-MM-DDTHH:mm` of an instant (the format of the forms' "received at" fields). */
export { shanghaiLocal };

/**
 * The staff forms prefill "received at" when they are created; the demo clock is set on them afterwards,
 * so the prefill is moved to the demo clock's time here (and again after each reset).
 */
export function prefillReceivedAt(form: { setDraft(values: { receivedAt: string }): void } | null, now: string): void {
  form?.setDraft({ receivedAt: shanghaiLocal(now) });
}
