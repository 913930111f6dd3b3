// The pages, built from the installed tarballs (React and Vue bundled by Vite, the plain page served as it is)
// and opened in headless Chromium. Each shows a deadline badge whose status the core computes on the statutory
// calendar in the page, and the intake form.
import { cpSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tools/chromium.mjs';

const examples = new URL('..', import.meta.url).pathname;
const port = 4220;
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

let server: Server;
let browser: Browser;
const app = inject('app');

beforeAll(async () => {
  // The plain page sits at the app's root, beside node_modules, as a user would put it.
  cpSync(join(examples, 'plain-html/index.html'), join(app, 'plain-html.html'));
  for (const name of ['react', 'vue', 'angular']) {
    cpSync(join(examples, name), join(app, name), { recursive: true, filter: (src) => !src.includes('node_modules') });
    // The example's own vite.config.js, as `npx vite build` in its folder would read it.
    await build({ root: join(app, name), logLevel: 'error', build: { emptyOutDir: true, minify: false } });
  }
  // React 18 in its own app (React 18.0.0, @lit/react 1.0.8); its build is served beside the others.
  const react18App = inject('react18App');
  cpSync(join(examples, 'react18'), join(react18App, 'react18'), { recursive: true });
  await build({
    root: join(react18App, 'react18'),
    logLevel: 'error',
    build: { outDir: join(app, 'react18', 'dist'), emptyOutDir: true, minify: false },
  });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(app, path);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    try {
      if (!file.startsWith(app) || !statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  browser = await chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a page and reads what the elements rendered; fails on any console error or page error. */
async function open(path: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`http://127.0.0.1:${port}/${path}`);
  await page.waitForFunction(() => {
    const badge = document.querySelector('xf-deadline-badge')?.shadowRoot?.querySelector('[part~="badge"]');
    const form = document.querySelector('xf-intake-form')?.shadowRoot?.querySelector('input, textarea');
    return Boolean(badge?.textContent?.trim() && form);
  });
  const seen = await page.evaluate(() => {
    const badge = document
      .querySelector('xf-deadline-badge')!
      .shadowRoot!.querySelector('[part~="badge"]') as HTMLElement;
    const form = document.querySelector('xf-intake-form')!;
    return {
      status: badge.dataset.status,
      text: badge.textContent!.replace(/\s+/g, ' ').trim(),
      fields: form.shadowRoot!.querySelectorAll('input, textarea, select').length > 3,
      formAssociated: (form.constructor as { formAssociated?: boolean }).formAssociated === true,
    };
  });
  await page.close();
  return { ...seen, errors };
}

describe('pages built from the installed tarballs, in Chromium', () => {
  it.each([
    ['plain HTML: the citizen bundle from node_modules/@xinfang/elements/dist/xinfang-citizen.js', 'plain-html.html'],
    ['React 19: a { zh, en } label set as a property, the form rendered', 'react/dist/index.html'],
    [
      'React 18.0.0: @xinfang/elements/react wrappers (@lit/react 1.0.8) set the label property',
      'react18/dist/index.html',
    ],
    [
      'Angular 22 (JIT, zoneless): CUSTOM_ELEMENTS_SCHEMA, [label] bound to a { zh, en } property',
      'angular/dist/index.html',
    ],
    [
      'Vue 3: App.vue built by @vitejs/plugin-vue, isCustomElement for xf- tags, a bound { zh, en } label',
      'vue/dist/index.html',
    ],
  ])('%s', async (_name, path) => {
    const seen = await open(path);
    // 2025-10-09 is 1 working day after 2025-10-08 09:00 Beijing time: due soon (the core, on the statutory calendar).
    expect(seen.status).toBe('due-soon');
    expect(seen.text).toContain('办结期限');
    expect(seen.text).toContain('即将到期');
    expect(seen).toMatchObject({ fields: true, formAssociated: true, errors: [] });
  });
});
