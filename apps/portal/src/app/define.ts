/**
 * Registers the `xf-*` elements a page uses, one by one, so each page's chunk carries only the
 * elements it shows (`@xinfang/elements/define` would register — and bundle — all of them).
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
