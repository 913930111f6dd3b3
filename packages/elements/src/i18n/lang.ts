import { type Lang, langFromTag } from '@xinfang/core/i18n';

export { type Lang, langFromTag };

/**
 * The language of an element: its own `lang` attribute, else the nearest ancestor's,
 * crossing shadow-root boundaries (an element inside another component's shadow root
 * still follows the page). No `lang` anywhere means Chinese.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const tag = node.getAttribute('lang');
      if (tag) return langFromTag(tag);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'zh-CN';
}
