// Shared e2e harness: one Chromium per test file (system browser, flags from tools/chromium.mjs), a fresh
// context per test (its own IndexedDB and localStorage), and an axe-core check.
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type LaunchOptions, type Page } from 'playwright';
import { inject } from 'vitest';

// The repo's shared launch settings (system Chromium + flags). It is plain JS without types: typed here.
const tools = new URL('../../../../tools/chromium.mjs', import.meta.url).href;
const { launchOptions } = (await import(tools)) as { launchOptions: () => Promise<LaunchOptions> };

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into pages with `page.addScriptTag`. */
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const baseURL = (): string => inject('baseURL');

export async function launch(): Promise<Browser> {
  return chromium.launch(await launchOptions());
}

/** A fresh context (empty storage) with the demo in Chinese and a fixed viewport. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return { context, page };
}

/**
 * Navigates to a hash route (`/office/queue`) and waits until THAT page's heading is shown: the current page
 * is marked stale first, because a hash change keeps the document (and the old heading) until the new page
 * has loaded.
 */
export async function go(page: Page, path: string): Promise<void> {
  const current = await page.evaluate(() => location.hash).catch(() => '');
  if (current === `#${path}`) {
    await page.reload();
  } else {
    await page
      .evaluate(() => {
        for (const el of document.querySelectorAll('main > *')) el.setAttribute('data-stale', '');
      })
      .catch(() => undefined);
    await page.goto(`/#${path}`);
  }
  await page.locator('main > :not([data-stale]) h1').first().waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA and best practices) on the page; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/**
 * The fixed "real" time of every e2e test: Monday 2026-03-02 09:30 in Asia/Shanghai. The demo clock is real time
 * plus an offset, and every period must fall inside the statutory calendar's years (2022–2026, rules.md §2).
 */
export const FIXED_NOW = '2026-03-02T01:30:00.000Z';

/** A fresh context whose clock is fixed at {@link FIXED_NOW} (timers keep running). */
export async function newFixedPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(browser);
  await opened.context.clock.setFixedTime(new Date(FIXED_NOW));
  return opened;
}

/** Loads `count` demo petitions into the current organ through the demo page and waits for the result. */
export async function loadDemo(page: Page, count: number): Promise<void> {
  await go(page, '/office/demo');
  await page.getByTestId('demo-count').fill(String(count));
  await page.getByTestId('demo-load').click();
  await page.locator('[data-testid="demo-done"], [data-testid="demo-rejection"]').first().waitFor({ timeout: 120_000 });
  const rejection = page.getByTestId('demo-rejection');
  if ((await rejection.count()) > 0) throw new Error(`demo data load failed: ${await rejection.textContent()}`);
}

/** Every view of an organ's store, read straight from IndexedDB (not through the store's own queries). */
export async function rawViews(page: Page, organ = 'national'): Promise<unknown[]> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const r = db.transaction('views').objectStore('views').getAll();
      r.onsuccess = () => resolve(r.result as unknown[]);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return all;
  }, `xinfang-portal-${organ}`);
}
