/**
 * Base class of the portal's pages: light DOM (the page's CSS is global, landmarks and headings belong
 * to the document), re-rendered when the language, the session (role, organ, unit) or the demo clock changes.
 */
import { LitElement } from 'lit';
import { clock } from './clock.js';
import { onLangChange } from './i18n.js';
import type { Route } from './router.js';
import { session } from './session.js';

export class PageElement extends LitElement {
  static override properties = {
    route: { attribute: false },
  };

  declare route: Route;
  #unsubscribe: (() => void) | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const onLang = (): void => this.requestUpdate();
    const onContext = (): void => this.contextChanged();
    const offLang = onLangChange(onLang);
    session.addEventListener('change', onContext);
    clock.addEventListener('change', onContext);
    this.#unsubscribe = () => {
      offLang();
      session.removeEventListener('change', onContext);
      clock.removeEventListener('change', onContext);
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  /** The role, organ, unit or demo date changed: reload what depends on them. Default: re-render. */
  protected contextChanged(): void {
    this.requestUpdate();
  }
}
