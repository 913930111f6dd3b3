import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, go, launch, loadDemo, newFixedPage } from './harness.js';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let casePath = '';

// One browser context with demo data, so every page is checked with real content (tables, charts, badges).
beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newFixedPage(browser));
  await loadDemo(page, 120);
  await go(page, '/office/queue');
  const href = await page.getByTestId('queue-open').first().getAttribute('href');
  casePath = (href ?? '').replace(/^#/, '');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const PAGES: [string, string][] = [
  ['home', '/'],
  ['submit (public intake form)', '/submit'],
  ['track', '/track'],
  ['work queue', '/office/queue'],
  ['registry (letters and calls)', '/office/registry'],
  ['reception desk', '/office/reception'],
  ['replies', '/office/replies'],
  ['statistics', '/office/stats'],
  ['archive', '/office/archive'],
  ['backup', '/office/backup'],
  ['calendar', '/office/calendar'],
  ['demo data and clock', '/office/demo'],
  ['page not found', '/no-such-page'],
];

describe('accessibility: axe-core finds no violations (WCAG 2.1 A/AA, GB/T 37668)', () => {
  it.each(PAGES)('%s', async (_name, path) => {
    await go(page, path);
    if (path === '/office/stats')
      await page.locator('xf-statistics-page [data-chart] svg').first().waitFor({ state: 'attached' });
    expect(await axe(page)).toEqual([]);
  });

  it('case page', async () => {
    expect(casePath).toMatch(/^\/office\/case\//);
    await go(page, casePath);
    await page.getByTestId('case-timeline').waitFor();
    expect(await axe(page)).toEqual([]);
  });
});

describe('the axe harness itself', () => {
  it('reports a real violation (an image without a text alternative, WCAG 1.1.1)', async () => {
    await go(page, '/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      img.id = 'axe-probe';
      document.querySelector('main')?.append(img);
    });
    const violations = await axe(page);
    await page.evaluate(() => document.getElementById('axe-probe')?.remove());
    expect(violations.map((v) => [v.id, v.nodes.map((n) => n.target.join(' '))])).toEqual([
      ['image-alt', ['#axe-probe']],
    ]);
  });
});

describe('accessibility of the shared office (the portal served by @xinfang/server)', () => {
  it('sign-in page: empty, with its error summary; then the queue, replies, archive and statistics signed in', async () => {
    const shared = await browser.newContext({ baseURL: inject('serverURL'), locale: 'zh-CN' });
    try {
      const office = await shared.newPage();
      await go(office, '/sign-in');
      expect(await axe(office)).toEqual([]);
      await office.getByTestId('sign-in-submit').click();
      await office.locator('#sign-in-errors').waitFor();
      expect(await axe(office)).toEqual([]);
      await office.getByTestId('sign-in-account').fill('demo-archivist');
      await office.getByTestId('sign-in-password').fill('demo-archivist-2026');
      await office.getByTestId('sign-in-submit').click();
      await office.getByTestId('signed-in-as').waitFor();
      await office.locator('[data-testid="queue-table"], [data-testid="queue-empty"]').first().waitFor();
      expect(await axe(office)).toEqual([]);
      // The office pages on the server's store (demo petitions seeded by serve.js), each checked as it is drawn.
      const errors: string[] = [];
      office.on('pageerror', (error) => errors.push(error.message));
      for (const path of ['/office/replies', '/office/archive', '/office/stats']) {
        await go(office, path);
        if (path === '/office/stats')
          await office.locator('xf-statistics-page [data-chart] svg').first().waitFor({ state: 'attached' });
        expect([path, await axe(office)]).toEqual([path, []]);
      }
      expect(errors).toEqual([]);
    } finally {
      await shared.close();
    }
  });
});
