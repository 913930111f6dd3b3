import { chinaCalendar, type PetitionView, policies, type Statistics, statistics } from '@xinfang/core';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodRange, statisticsTables } from '../../src/stats/tables.js';
import { FIXED_NOW, go, launch, loadDemo, newFixedPage, rawViews } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const unitNames = Object.fromEntries(policies.national.units.map((u) => [u.id, u.name]));

/** The figures the statistics page shows: data-figure → data-value, from its shadow DOM. */
async function shownFigures(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const el = document.querySelector('xf-statistics-page');
    const out: Record<string, number> = {};
    for (const cell of el?.shadowRoot?.querySelectorAll<HTMLElement>('[data-figure]') ?? []) {
      out[cell.dataset.figure!] = Number(cell.dataset.value);
    }
    return out;
  });
}

function expectedFigures(stats: Statistics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of statisticsTables(stats, 'zh-CN', unitNames))
    for (const r of t.rows) out[`${t.id}.${r.key}`] = r.value;
  return out;
}

async function waitForRange(page: Page, range: { from: string; to: string }): Promise<Statistics> {
  await page.waitForFunction((r) => {
    const el = document.querySelector('xf-statistics-page') as (HTMLElement & { statistics?: Statistics }) | null;
    return (
      el?.statistics?.range.from === r.from &&
      el.statistics.range.to === r.to &&
      el.shadowRoot?.querySelector('[data-figure]')
    );
  }, range);
  return page.evaluate(
    () => (document.querySelector('xf-statistics-page') as HTMLElement & { statistics: Statistics }).statistics,
  );
}

describe('statistics page (seed §政协机关: statistics quarterly and yearly)', () => {
  it('shows figures equal to the core statistics over the same store, for the year and for a quarter; exports CSV and XLSX', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 250);
    const views = (await rawViews(page)) as PetitionView[];
    expect(views).toHaveLength(250);

    await go(page, '/office/stats');
    const year = periodRange(2026, 0);
    const shownYear = await waitForRange(page, year);
    const coreYear = statistics(views, year, chinaCalendar, FIXED_NOW);
    expect(shownYear).toEqual(coreYear);
    expect(await shownFigures(page)).toEqual(expectedFigures(coreYear));
    // An independent count: petitions received in 2026 (Asia/Shanghai date of receipt).
    const in2026 = views.filter((v) =>
      new Date(Date.parse(v.receivedAt) + 8 * 3_600_000).toISOString().startsWith('2026'),
    ).length;
    expect((await shownFigures(page))['summary.total']).toBe(in2026);
    expect(in2026).toBeGreaterThan(0);

    // Quarter 1 of 2025.
    const selects = page.locator('xf-statistics-page select');
    await selects.nth(0).selectOption('2025');
    await selects.nth(1).selectOption('1');
    const q1 = periodRange(2025, 1);
    const shownQ1 = await waitForRange(page, q1);
    const coreQ1 = statistics(views, q1, chinaCalendar, FIXED_NOW);
    expect(shownQ1).toEqual(coreQ1);
    expect(await shownFigures(page)).toEqual(expectedFigures(coreQ1));

    // Every chart has an accessible name and a data table next to it.
    const charts = page.locator('xf-statistics-page [data-chart]');
    expect(await charts.count()).toBeGreaterThan(3);
    for (const chart of await charts.all()) expect(await chart.getAttribute('aria-label')).toMatch(/图表/);
    await page.locator('xf-statistics-page [data-chart] svg').first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    const text = csv.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('统计期间 2025-01-01 至 2025-03-31');
    expect(text).toContain(`总体情况,信访总量（件）,${coreQ1.total}\r\n`);
    expect(text).toContain(`来访批次与人次,人次,${coreQ1.visits.persons}\r\n`);

    // The same figures as an Excel workbook (a ZIP read back with fflate, numbers as numeric cells).
    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel（XLSX）' }).click(),
    ]);
    expect(xlsxDownload.suggestedFilename()).toBe('xinfang-statistics-2025-01-01-2025-03-31.xlsx');
    const xlsxChunks: Buffer[] = [];
    for await (const chunk of await xlsxDownload.createReadStream()) xlsxChunks.push(chunk as Buffer);
    const sheet = strFromU8(unzipSync(new Uint8Array(Buffer.concat(xlsxChunks)))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t xml:space="preserve">统计期间 2025-01-01 至 2025-03-31</t>');
    expect(sheet).toContain(
      `<c r="B3" t="inlineStr"><is><t xml:space="preserve">信访总量（件）</t></is></c><c r="C3"><v>${coreQ1.total}</v></c>`,
    );
    await context.close();
  });
});
