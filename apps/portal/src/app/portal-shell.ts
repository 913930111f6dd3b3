/**
 * `<xf-portal>`: the application shell — skip link, banner with the language switch, main navigation,
 * the office bar (role, organ, unit, demo clock) on office routes, the current page in `<main>`, footer.
 * Pages are custom elements loaded on demand (dynamic import), so the first screen only carries the shell.
 *
 * The skip link, banner, navigation and footer are the static ones of index.html, adopted as they are (test ids,
 * listeners, current link and language set in place): they are never drawn twice, so opening a page lays out
 * only the office bar and `<main>`, which Lit renders between the banner and the footer.
 */
import { html, LitElement, nothing, type PropertyValues, render, type TemplateResult } from 'lit';
import { APP_TITLE, SHELL_TEXT as FIRST_SHELL_TEXT } from './first-screen.js';
import { langTag, onLangChange, otherLang, setLang, type Text, tr } from './i18n.js';
import type { PageElement } from './page.js';
import { href, isOffice, parseHash, type Route, type RouteName } from './router.js';
import { inMode, NAV_GROUPS, NOT_FOUND, navOf, ROUTES, type RouteDef, routeDef } from './routes.js';
import { portalMode, session } from './session.js';
import { afterNextFrame, yieldToMain } from './yield.js';
import '../pages/home-page.js';
import './large-text.js';

interface PageDef {
  tag: string;
  title: Text;
  load: () => Promise<unknown>;
}

/** The portal's name (the first screen's texts live in first-screen.ts, which index.html is written from). */
export { APP_TITLE };

/** Every page module but the home page's (in the entry), loaded on demand; routes.ts says which route loads which. */
const PAGE_MODULES = import.meta.glob<unknown>(['../pages/*-page.ts', '!../pages/home-page.ts']);

/** The loader of a route, from the route table: its page module, and the office bar on office routes. */
function loaderOf(route: RouteDef): () => Promise<unknown> {
  const page = route.module === undefined ? undefined : PAGE_MODULES[`../${route.module}`];
  if (route.module !== undefined && page === undefined) throw new Error(`routes.ts: no module ${route.module}`);
  if (page === undefined) return async () => undefined;
  return route.office ? () => Promise.all([import('./office-bar.js'), page()]) : page;
}

const PAGES = Object.fromEntries(
  [...ROUTES, NOT_FOUND].map((r) => [r.name, { tag: r.tag, title: r.title, load: loaderOf(r) }]),
) as Record<RouteName, PageDef>;

/** The navigation links of a group, in the table's order. */
const navLinks = (group: 'public' | 'office') =>
  ROUTES.filter((r) => r.nav?.group === group).map((r) => [r.name, r.nav!.path, r.nav!.label] as const);
const PUBLIC_NAV = navLinks('public');
const OFFICE_NAV = navLinks('office');

/**
 * Whether a navigation link shows: routes of the other mode never; in the shared office, the office links are
 * those of the signed-in staff member's role (every office link while signed out: they lead to the sign-in).
 */
function navShown(name: RouteName): boolean {
  const route = routeDef(name);
  if (!inMode(route, portalMode)) return false;
  const role = session.staff?.role;
  return role === undefined || route.roles === undefined || route.roles.includes(role);
}

const SHELL_TEXT = { ...FIRST_SHELL_TEXT, public: NAV_GROUPS.public, office: NAV_GROUPS.office };

/**
 * The static parts of the shell, as index.html draws them (used only when the document does not have them).
 * Texts, current link and test ids are set afterwards by `XfPortal.#syncShell`.
 */
function staticShell(): TemplateResult {
  const links = (items: readonly (readonly [RouteName, string, Text])[]) =>
    items.map(([name, path, label]) => html`<li><a href=${href(path)} data-nav=${name}>${tr(label)}</a></li>`);
  return html`<a class="skip-link" href="#main"></a>
    <header class="site-header">
      <div class="site-header__inner">
        <a class="site-title" href=${href('/')}>
          <span class="site-title__emblem" aria-hidden="true">访</span>
          <span></span>
        </a>
        <button type="button" class="lang-switch" data-lang-switch></button>
      </div>
      <nav class="site-nav"><ul>${links(PUBLIC_NAV)}</ul><ul>${links(OFFICE_NAV)}</ul></nav>
    </header>
    <footer class="site-footer"><p></p></footer>`;
}

/** Sets a text only when it differs (an unchanged text leaves layout alone). */
function setText(el: Element | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

function setAttr(el: Element | null | undefined, name: string, value: string | undefined): void {
  if (!el) return;
  if (value === undefined) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export class XfPortal extends LitElement {
  static override properties = {
    route: { attribute: false },
    page: { attribute: false },
    loadError: { attribute: false },
  };

  declare route: Route;
  declare page: PageElement | undefined;
  declare loadError: boolean;
  #navigation = 0;
  #first = true;
  #ready = false;
  /** The office bar is drawn before the first office page (see #go). */
  #barFirst = false;

  constructor() {
    super();
    this.route = parseHash(location.hash);
    this.page = undefined;
    this.loadError = false;
  }

  /** The static footer: Lit renders the office bar and `<main>` just before it. */
  #footer: HTMLElement | undefined;

  protected override createRenderRoot(): HTMLElement {
    this.#adoptShell();
    this.renderOptions.renderBefore = this.#footer;
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Hold the static first screen only where it shows the page's first lines (public pages). Office pages
    // start with an empty <main>: render the live part at once, in its own task, not with the page's.
    this.#ready = !this.querySelector(':scope > main')?.childElementCount;
    window.addEventListener('hashchange', this.#onHashChange);
    onLangChange(() => {
      this.#setTitle();
      this.#syncShell();
      this.requestUpdate();
    });
    if (portalMode === 'server') {
      // Signed in or out (here, in another tab, or the session expired): the links of the role; off office pages.
      session.addEventListener('change', () => {
        this.#syncShell();
        if (!session.staff && isOffice(this.route.name)) void this.#go();
      });
      void session.restore().then(() => this.#syncShell());
    }
    void this.#go();
  }

  /**
   * Takes over the static skip link, banner, navigation and footer of index.html (drawn from a template when the
   * document lacks them): test ids and listeners are added, nothing is redrawn.
   */
  #adoptShell(): void {
    if (this.#footer) return;
    if (!this.querySelector(':scope > header.site-header') || !this.querySelector(':scope > footer.site-footer')) {
      const parts = document.createDocumentFragment();
      render(staticShell(), parts);
      this.querySelector(':scope > footer.site-footer')?.remove();
      this.querySelector(':scope > header.site-header')?.remove();
      this.querySelector(':scope > .skip-link')?.remove();
      const footer = parts.querySelector('footer');
      if (footer) this.append(footer);
      this.prepend(parts);
    }
    const skip = this.querySelector<HTMLAnchorElement>(':scope > .skip-link');
    skip?.setAttribute('data-testid', 'skip-link');
    skip?.addEventListener('click', (event) => this.#skip(event));
    this.querySelector('.site-title')?.setAttribute('data-testid', 'site-title');
    const toggle = this.querySelector('.lang-switch');
    toggle?.setAttribute('data-testid', 'lang-switch');
    toggle?.addEventListener('click', () => setLang(otherLang()));
    for (const a of this.querySelectorAll<HTMLAnchorElement>('.site-nav a[data-nav]')) {
      const name = a.dataset.nav as RouteName;
      a.setAttribute('data-testid', `nav-${name}`);
      a.addEventListener('pointerenter', () => this.#prefetch(name));
      a.addEventListener('focus', () => this.#prefetch(name));
    }
    this.#footer = this.querySelector<HTMLElement>(':scope > footer.site-footer') ?? undefined;
    this.#syncShell();
  }

  /** The static parts in the current language, with the current route's link marked (only what differs is written). */
  #syncShell(): void {
    const other = otherLang();
    setText(this.querySelector(':scope > .skip-link'), tr(SHELL_TEXT.skip));
    setText(this.querySelector('.site-title > span:not(.site-title__emblem)'), tr(APP_TITLE));
    const toggle = this.querySelector('.lang-switch');
    setAttr(toggle, 'lang', langTag(other));
    setText(toggle, other === 'en' ? 'English' : '中文');
    const nav = this.querySelector('.site-nav');
    setAttr(nav, 'aria-label', tr(SHELL_TEXT.nav));
    const [publicList, officeList] = nav?.querySelectorAll(':scope > ul') ?? [];
    setAttr(publicList, 'aria-label', tr(SHELL_TEXT.public));
    setAttr(officeList, 'aria-label', tr(SHELL_TEXT.office));
    const current = navOf(this.route.name);
    for (const [name, , label] of [...PUBLIC_NAV, ...OFFICE_NAV]) {
      const a = nav?.querySelector(`a[data-nav="${name}"]`);
      setText(a, tr(label));
      setAttr(a, 'aria-current', current === name ? 'page' : undefined);
      const item = a?.parentElement;
      if (item && item.hidden === navShown(name)) item.hidden = !item.hidden;
    }
    setText(
      this.#footer?.querySelector('p'),
      tr(portalMode === 'server' ? SHELL_TEXT.footerServer : SHELL_TEXT.footer),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /**
   * The static first screen of index.html (shell and first lines of the page, painted before any script)
   * stays until the route's page has loaded; then it is replaced by the live shell and page in one frame.
   * Rendering the shell earlier would blank the pre-drawn `<main>` while the page's code downloads.
   */
  protected override shouldUpdate(): boolean {
    return this.#ready;
  }

  /** The first render runs in a task of its own, not in the one that evaluated the entry module. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await yieldToMain();
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The static <main> (and its pre-drawn first lines) gives way to the live one, in the same frame.
    if (!this.hasUpdated) this.querySelector(':scope > main')?.remove();
    this.#syncShell();
    super.update(changed);
  }

  #onHashChange = (): void => {
    void this.#go();
  };

  async #go(): Promise<void> {
    const route = parseHash(location.hash);
    const def = PAGES[route.name];
    const token = ++this.#navigation;
    if (portalMode === 'server' && isOffice(route.name)) {
      // The shared office: office pages for signed-in staff only; the sign-in page comes back here.
      await session.restore();
      if (token !== this.#navigation) return;
      if (!session.staff) {
        location.replace(`#/sign-in?next=${encodeURIComponent(location.hash.replace(/^#/, ''))}`);
        return;
      }
    }
    try {
      await def.load();
    } catch (error) {
      if (token !== this.#navigation) return;
      console.warn(error);
      this.#ready = true;
      this.loadError = true;
      return;
    }
    if (token !== this.#navigation) return;
    this.#ready = true;
    if (this.#first && isOffice(route.name) && !this.#barFirst) {
      // Opening the office: <main> is still empty. The office bar first, laid out and painted in frames of
      // its own (its switches, then its clock and notes: see office-bar.ts), then the page: short tasks instead of
      // one long one (nothing shown moves).
      this.#barFirst = true;
      this.route = route;
      this.#setTitle();
      this.requestUpdate();
      await this.updateComplete;
      await this.querySelector<HTMLElement & { drawn?: Promise<void> }>('xf-office-bar')?.drawn;
      await afterNextFrame();
      if (token !== this.#navigation) return;
    }
    const page = document.createElement(def.tag) as PageElement;
    page.route = route;
    this.loadError = false;
    this.route = route;
    this.page = page;
    this.#setTitle();
    await this.updateComplete;
    await page.updateComplete;
    if (this.#first) {
      this.#first = false;
      return;
    }
    // Focus management (WCAG 2.4.3): after a route change, move focus to the new page's heading.
    const heading = this.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      this.querySelector<HTMLElement>('main')?.focus();
    }
    window.scrollTo(0, 0);
  }

  /** Starts loading a page's code when the pointer or focus reaches its link (the click then finds it loaded). */
  #prefetch(name: RouteName): void {
    PAGES[name].load().catch(() => undefined);
  }

  #setTitle(): void {
    document.title = `${tr(PAGES[this.route.name].title)} — ${tr(APP_TITLE)}`;
  }

  #skip(event: Event): void {
    // The skip link must not change the hash (hash routing): move focus to <main> instead.
    event.preventDefault();
    const main = this.querySelector<HTMLElement>('main');
    main?.focus();
  }

  /** The live part of the shell: the office bar on office routes and `<main>` (the rest is static: #adoptShell). */
  protected override render(): TemplateResult {
    // The office bar appears with the first office page, or a frame before it on the still empty <main> of a
    // fresh load (never above content already shown: no layout shift on load).
    const officeRoute = (this.page !== undefined || this.#barFirst) && isOffice(this.route.name);
    return html`
      ${officeRoute ? html`<xf-office-bar .staged=${this.page === undefined}></xf-office-bar>` : nothing}
      <main id="main" tabindex="-1" data-testid="main">
        ${
          this.loadError
            ? html`<h1>${tr({ zh: '页面加载失败', en: 'The page could not be loaded' })}</h1>
              <p role="alert">${tr({
                zh: '网络中断或程序已更新。请刷新本页后重试。',
                en: 'The network dropped or the application was updated. Reload this page and try again.',
              })}</p>`
            : (this.page ?? nothing)
        }
      </main>
    `;
  }
}

customElements.define('xf-portal', XfPortal);

declare global {
  interface HTMLElementTagNameMap {
    'xf-portal': XfPortal;
  }
}
