import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e).slice(0, 300)));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text().slice(0, 200)); });
const index = await (await fetch(`${process.argv[2]}/index.json`)).json();
const ids = Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.id);
let bad = 0;
for (const id of ids) {
  await page.goto(`${process.argv[2]}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('#root-inner > *')?.shadowRoot?.textContent?.trim(), null, { timeout: 10000 }).catch(() => {});
  const t = await page.evaluate(() => document.querySelector('#root-inner > *')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 90) ?? '');
  if (!t) bad++;
  console.log(id.padEnd(60), t);
}
console.log('stories', ids.length, 'empty', bad);
console.log('ERRORS', [...new Set(errors)].slice(0, 10));
await browser.close();
