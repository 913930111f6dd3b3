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
import { lang, langTag, onLangChange, setLang, type Text, tr } from './i18n.js';
import type { PageElement } from './page.js';
import { href, isOffice, parseHash, type Route, type RouteName } from './router.js';
import { afterNextFrame, yieldToMain } from './yield.js';
import '../pages/home-page.js';
import './large-text.js';

interface PageDef {
  tag: string;
  title: Text;
  load: () => Promise<unknown>;
}

const office = (page: () => Promise<unknown>) => () => Promise.all([import('./office-bar.js'), page()]);

export const APP_TITLE: Text = { zh: '信访工作平台（演示）', en: 'Petition Office (demo)' };

const PAGES: Record<RouteName, PageDef> = {
  home: { tag: 'xf-home-page', title: { zh: '首页', en: 'Home' }, load: async () => undefined },
  submit: {
    tag: 'xf-submit-page',
    title: { zh: '网上信访', en: 'Submit a petition online' },
    load: () => import('../pages/submit-page.js'),
  },
  track: {
    tag: 'xf-track-page',
    title: { zh: '信访事项查询', en: 'Track a petition' },
    load: () => import('../pages/track-page.js'),
  },
  queue: {
    tag: 'xf-queue-page',
    title: { zh: '工作台', en: 'Work queue' },
    load: office(() => import('../pages/queue-page.js')),
  },
  registry: {
    tag: 'xf-registry-page',
    title: { zh: '来信来电登记', en: 'Letters and calls' },
    load: office(() => import('../pages/registry-page.js')),
  },
  reception: {
    tag: 'xf-reception-page',
    title: { zh: '来访接待', en: 'Reception desk' },
    load: office(() => import('../pages/reception-page.js')),
  },
  case: {
    tag: 'xf-case-page',
    title: { zh: '信访事项', en: 'Petition' },
    load: office(() => import('../pages/case-page.js')),
  },
  replies: {
    tag: 'xf-replies-page',
    title: { zh: '答复', en: 'Replies' },
    load: office(() => import('../pages/replies-page.js')),
  },
  reply: {
    tag: 'xf-reply-page',
    title: { zh: '书面答复', en: 'Written reply' },
    load: office(() => import('../pages/reply-page.js')),
  },
  replyPrint: {
    tag: 'xf-reply-print-page',
    title: { zh: '答复打印', en: 'Print reply' },
    load: office(() => import('../pages/reply-print-page.js')),
  },
  stats: {
    tag: 'xf-stats-page',
    title: { zh: '统计', en: 'Statistics' },
    load: office(() => import('../pages/stats-page.js')),
  },
  archive: {
    tag: 'xf-archive-page',
    title: { zh: '立卷归档', en: 'Archive' },
    load: office(() => import('../pages/archive-page.js')),
  },
  backup: {
    tag: 'xf-backup-page',
    title: { zh: '备份与恢复', en: 'Backup' },
    load: office(() => import('../pages/backup-page.js')),
  },
  calendar: {
    tag: 'xf-calendar-page',
    title: { zh: '节假日安排', en: 'Holiday schedules' },
    load: office(() => import('../pages/calendar-page.js')),
  },
  demo: {
    tag: 'xf-demo-page',
    title: { zh: '演示数据与演示时钟', en: 'Demo data and clock' },
    load: office(() => import('../pages/demo-page.js')),
  },
  notFound: {
    tag: 'xf-not-found-page',
    title: { zh: '页面不存在', en: 'Page not found' },
    load: async () => undefined,
  },
};

const PUBLIC_NAV: [RouteName, string, Text][] = [
  ['home', '/', { zh: '首页', en: 'Home' }],
  ['submit', '/submit', { zh: '网上信访', en: 'Submit online' }],
  ['track', '/track', { zh: '查询办理进度', en: 'Track a petition' }],
];

const OFFICE_NAV: [RouteName, string, Text][] = [
  ['queue', '/office/queue', { zh: '工作台', en: 'Work queue' }],
  ['registry', '/office/registry', { zh: '来信来电', en: 'Letters & calls' }],
  ['reception', '/office/reception', { zh: '来访接待', en: 'Reception' }],
  ['replies', '/office/replies', { zh: '答复', en: 'Replies' }],
  ['stats', '/office/stats', { zh: '统计', en: 'Statistics' }],
  ['archive', '/office/archive', { zh: '归档', en: 'Archive' }],
  ['backup', '/office/backup', { zh: '备份', en: 'Backup' }],
  ['calendar', '/office/calendar', { zh: '节假日', en: 'Holidays' }],
  ['demo', '/office/demo', { zh: '演示数据', en: 'Demo data' }],
];

const SHELL_TEXT = {
  skip: { zh: '跳到主要内容', en: 'Skip to main content' },
  nav: { zh: '主导航', en: 'Main navigation' },
  public: { zh: '公众服务', en: 'Public services' },
  office: { zh: '办公', en: 'Office' },
  footer: {
    zh: '演示系统：所有数据只保存在本浏览器（IndexedDB），不会发送到任何服务器。依据《信访工作条例》（2022）。',
    en: 'Demo system: all data stays in this browser (IndexedDB) and is never sent to a server. Based on the Regulations on Petition Work (2022).',
  },
} satisfies Record<string, Text>;

/**
 * The static parts of the shell, as index.html draws them (used only when the document does not have them).
 * Texts, current link and test ids are set afterwards by `XfPortal.#syncShell`.
 */
function staticShell(): TemplateResult {
  const links = (items: [RouteName, string, Text][]) =>
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

/** Which nav entry is current for a route (case pages belong to the queue, reply pages to replies). */
function navOf(name: RouteName): RouteName {
  if (name === 'case') return 'queue';
  if (name === 'reply' || name === 'replyPrint') return 'replies';
  return name;
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
    toggle?.addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));
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
    const other = lang() === 'zh' ? 'en' : 'zh';
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
    }
    setText(this.#footer?.querySelector('p'), tr(SHELL_TEXT.footer));
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
