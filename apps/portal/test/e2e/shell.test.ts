import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { go, launch, newPage } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The shell as shown: nav texts, the current link, the banner's texts, how many banners, mains and footers. */
function shell(page: Page) {
  return page.evaluate(() => ({
    nav: [...document.querySelectorAll<HTMLElement>('[data-testid^="nav-"]')].map((a) => a.textContent?.trim()),
    current: [...document.querySelectorAll('[aria-current="page"]')].map((a) => a.getAttribute('data-testid')),
    title: document.querySelector('[data-testid="site-title"]')?.textContent?.trim(),
    toggle: [
      document.querySelector('[data-testid="lang-switch"]')?.textContent,
      document.querySelector('[data-testid="lang-switch"]')?.getAttribute('lang'),
    ],
    navLabel: document.querySelector('nav')?.getAttribute('aria-label'),
    footer: document.querySelector('footer')?.textContent?.trim().slice(0, 4),
    parts: ['header', 'main', 'footer', 'xf-office-bar'].map((s) => document.querySelectorAll(s).length),
    order: [...document.querySelector('xf-portal')!.children].map((e) => e.localName),
  }));
}

/** The shell of the work queue in Chinese: its texts, the current link, one of each part, in order. */
function expectQueueInChinese(zh: Awaited<ReturnType<typeof shell>>): void {
  expect(zh.nav.slice(0, 4)).toEqual(['首页', '网上信访', '查询办理进度', '工作台']);
  expect(zh.current).toEqual(['nav-queue']);
  expect(zh.title).toContain('信访工作平台（演示）');
  expect(zh.toggle).toEqual(['English', 'en']);
  expect(zh.navLabel).toBe('主导航');
  expect(zh.footer).toBe('演示系统');
  expect(zh.parts).toEqual([1, 1, 1, 1]);
  expect(zh.order).toEqual(['a', 'header', 'xf-office-bar', 'main', 'footer']);
}

describe('the shell (static banner, navigation and footer of index.html, taken over by <xf-portal>)', () => {
  it('marks the current link, switches language in place and keeps one banner, main and footer', async () => {
    const { context, page } = await newPage(browser);
    await go(page, '/office/queue');
    expectQueueInChinese(await shell(page));

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const en = await shell(page);
    expect(en.nav.slice(0, 4)).toEqual(['Home', 'Submit online', 'Track a petition', 'Work queue']);
    expect(en.title).toContain('Petition Office (demo)');
    expect(en.toggle).toEqual(['中文', 'zh-CN']);
    expect(en.navLabel).toBe('Main navigation');
    expect(en.footer).toBe('Demo');
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Work queue');

    // Navigating by the menu moves the current link; a public page has no office bar.
    await page.getByTestId('nav-track').click();
    await page.locator('xf-track-page h1').waitFor();
    const track = await shell(page);
    expect(track.current).toEqual(['nav-track']);
    expect(track.parts).toEqual([1, 1, 1, 0]);

    // A reload keeps English, from the first paint to the live shell.
    await page.reload();
    await page.locator('xf-track-page h1').waitFor();
    expect((await shell(page)).nav[0]).toBe('Home');

    // The skip link moves focus to <main> without changing the route.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toMatch(/#\/track$/);
    await context.close();
  });

  it('draws the shell itself in a page without the static one (a host page with only <xf-portal>)', async () => {
    const { context, page } = await newPage(browser);
    // index.html as a host page might have it: an empty <xf-portal>, and no script adapting a static first screen.
    await page.route(/\/(index\.html)?$/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<xf-portal>\s*<a class="skip-link"[\s\S]*<\/xf-portal>/, '<xf-portal></xf-portal>')
        .replace(/<script>\s*\/\/ Adapts the static first screen[\s\S]*?<\/script>/, '');
      expect(html).toContain('<xf-portal></xf-portal>');
      expect(html).not.toContain('class="site-header"');
      expect(html).toContain('<script type="module"');
      await route.fulfill({ response, body: html });
    });
    await go(page, '/office/queue');
    expectQueueInChinese(await shell(page));

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('main h1').first().textContent()).toBe('Work queue');
    const en = await shell(page);
    expect(en.nav.slice(0, 4)).toEqual(['Home', 'Submit online', 'Track a petition', 'Work queue']);
    expect(en.toggle).toEqual(['中文', 'zh-CN']);
    expect(en.parts).toEqual([1, 1, 1, 1]);
    await context.close();
  });
  it('paints the static first screen in the stored language from the shared texts, before any module runs', async () => {
    const { context, page } = await newPage(browser);
    // No module script runs: what shows is index.html and its first-paint script alone.
    await page.route(/\.(ts|js)(\?.*)?$/, (route) => route.abort());
    await page.addInitScript(() => localStorage.setItem('xinfang.lang', 'en'));
    await page.goto('/#/submit');
    const first = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        skip: document.querySelector('.skip-link')?.textContent,
        title: document.querySelector('.site-title span:not([aria-hidden])')?.textContent,
        navLabel: document.querySelector('nav')?.getAttribute('aria-label'),
        nav: [...document.querySelectorAll('[data-nav]')].slice(0, 3).map((a) => a.textContent),
        main: [...document.querySelectorAll('main > *')].map((e) => `${e.localName}: ${e.textContent?.slice(0, 25)}`),
        english: document.querySelectorAll('[data-en]').length,
      }));
    expect(await first()).toEqual({
      lang: 'en',
      skip: 'Skip to main content',
      title: 'Petition Office (demo)',
      navLabel: 'Main navigation',
      nav: ['Home', 'Submit online', 'Track a petition'],
      main: ['h1: Submit a petition online', 'p: Give your name, contact d'],
      english: 0,
    });
    // A language the page has no texts for is not applied: the page stays Chinese.
    await page.addInitScript(() => localStorage.setItem('xinfang.lang', 'fr'));
    await page.goto('/#/track');
    await page.reload();
    expect((await first()).main).toEqual(['h1: 查询办理进度', 'p: 请输入提交时获得的登记编号和查询码。']);
    expect((await first()).lang).toBe('zh-CN');
    await context.close();
  });
});
