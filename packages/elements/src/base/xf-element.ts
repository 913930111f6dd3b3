import { LitElement, type PropertyDeclarations } from 'lit';
import { type Lang, resolveLang } from '../i18n/lang.js';
import { languageReady, loadLanguage } from '../i18n/language.js';
import { baseStyles } from '../shared/styles.js';

const connected = new Set<XfElement>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: when any `lang` attribute changes, every connected element re-renders. */
function watchLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const element of connected) element.requestUpdate();
  });
  observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

/**
 * Base of every xinfang element: shared styles, the `size="large"` mode, and the interface
 * language taken from `lang` on the element or its nearest ancestor (zh-CN by default),
 * re-rendering when that attribute changes anywhere on the page.
 */
export class XfElement extends LitElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    size: { type: String, reflect: true },
  };

  /** `large` for a large-text mode (text and controls ×1.25) for elderly readers; anything else is normal size. */
  declare size: 'large' | undefined;

  static override get observedAttributes(): string[] {
    // `super` here must run Lit's getter with `this` = the concrete element class (its own attributes).
    // biome-ignore lint/complexity/noThisInStatic: `LitElement.observedAttributes` would list LitElement's, not ours.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * Renders only once every text of the element's language is available: in the single-file bundle the first
   * update in English waits for the English module (`updateComplete` includes the wait). If it cannot be loaded
   * the element renders in Chinese rather than not at all, and says why in the console.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of Lit's `ReactiveElement.scheduleUpdate`.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = this.uiLang;
    if (languageReady(lang)) return super.scheduleUpdate();
    // On failure the import's own error, which names the file, goes to the console.
    return loadLanguage(lang)
      .catch(console.warn)
      .then(() => super.scheduleUpdate());
  }

  /** The language the element renders in right now. */
  get uiLang(): Lang {
    return resolveLang(this);
  }
}
