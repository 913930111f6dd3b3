/** The interface languages. Chinese (zh-CN) is the default; English is chosen by `lang="en…"`. */
export type Lang = 'zh-CN' | 'en';

/** Maps a BCP 47 tag to an interface language: any `en*` tag is English, everything else Chinese. */
export function langFromTag(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'zh-CN';
}

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
