import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
const base = process.argv[2];
for (const id of ['forms-xf-reply-form--print-acceptance', 'forms-xf-reply-form--errors', 'forms-xf-reception-form--sixth-representative-refused', 'elements-xf-petition-timeline--full-history', 'forms-xf-intake-form--accusation']) {
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const txt = await page.evaluate(() => { const el = document.querySelector('#storybook-root > *'); return el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 160) ?? 'NO ELEMENT'; });
  console.log(id, '=>', txt);
}
await page.goto(`${base}/iframe.html?id=forms-xf-reply-form--docs&viewMode=docs`, { waitUntil: 'networkidle' });
await page.waitForTimeout(3000);
console.log('DOCS props table rows:', await page.evaluate(() => document.querySelectorAll('table.docblock-argstable tbody tr').length));
console.log('DOCS text has kind:', await page.evaluate(() => document.body.innerText.includes('review-organ')));
console.log('ERRORS', errors.slice(0, 10));
await browser.close();
