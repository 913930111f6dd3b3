import { durableDueOf, type PetitionView } from '@xinfang/core';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, go, launch, loadDemo, newFixedPage, rawViews } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Row {
  no: string;
  status: string;
  due: string | null;
  overdue: string | null;
  days: string | null;
}

/** The rows of the queue page shown, once every row and the tab counts are drawn. */
async function readRows(page: Page): Promise<Row[]> {
  await page.getByTestId('queue-row').first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="queue-count-all"]')?.textContent?.includes('…'),
  );
  return page.getByTestId('queue-row').evaluateAll((els) =>
    els.map((e) => {
      const row = e as HTMLElement;
      const days = row.querySelector<HTMLElement>('[data-testid="queue-overdue-days"]');
      return {
        no: row.dataset.registrationNo ?? '',
        status: row.dataset.status ?? '',
        due: row.querySelector('xf-deadline-badge')?.getAttribute('due') ?? null,
        overdue: days?.textContent?.trim() ?? null,
        days: days?.dataset.days ?? null,
      };
    }),
  );
}

const DAY = 86_400_000;
/** The demo date of every test: the fixed time 2026-03-02 (Asia/Shanghai). */
const TODAY = '2026-03-02';

describe('work queue: order, overdue days, owed replies (22 arts 23, 34)', () => {
  it('orders every page by the date its badge shows, nothing due last, and says how many days overdue', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 300);
    await go(page, '/office/queue');
    const seen: Row[] = [];
    let pages = 0;
    for (;;) {
      seen.push(...(await readRows(page)));
      pages++;
      const next = page.getByTestId('queue-next');
      if (await next.isDisabled()) break;
      const first = seen.at(-1)?.no;
      await next.click();
      await page.waitForFunction(
        (no) => document.querySelector<HTMLElement>('[data-testid="queue-row"]')?.dataset.registrationNo !== no,
        seen.at(-20)?.no ?? first,
      );
    }
    expect(pages).toBe(15);
    expect(seen).toHaveLength(300);
    // The badge's date never goes backwards from one row (or page) to the next; rows without one come last.
    const dated = seen.filter((r) => r.due !== null);
    const firstUndated = seen.findIndex((r) => r.due === null);
    if (firstUndated >= 0) expect(seen.slice(firstUndated).every((r) => r.due === null)).toBe(true);
    // 22 art 23(3): a receiving unit's objection window that lapsed before the demo date no longer orders its
    // row (the page asks the store for the queue on the clock's day): the row sorts by the date its badge
    // moved on to (the disposition due, `durableDueOf`), like every other row.
    const rv = (await rawViews(page)) as PetitionView[];
    const lapsed = rv.filter((v) => v.due.objection !== undefined && v.due.objection < TODAY);
    expect(lapsed.length).toBeGreaterThan(0);
    for (const v of lapsed) {
      expect(seen.find((r) => r.no === v.registrationNo)?.due ?? null).toBe(durableDueOf(v.due) ?? null);
    }
    expect(dated.length).toBeGreaterThan(40);
    const backwards = dated.filter((r, i) => i > 0 && r.due! < dated[i - 1]!.due!);
    expect(backwards).toEqual([]);
    // Open objection windows (22 art 23(3)) order their rows by the window's date, the one their badge shows.
    const open = rv.filter((v) => v.due.objection !== undefined && v.due.objection >= TODAY);
    for (const v of open) expect(seen.find((r) => r.no === v.registrationNo)?.due).toBe(v.due.objection);
    // Overdue rows say by how many calendar days, counted from the demo date.
    const overdue = seen.filter((r) => r.status === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    for (const r of overdue) {
      const days = Math.round((Date.parse(TODAY) - Date.parse(r.due!)) / DAY);
      expect([r.days, r.overdue]).toEqual([String(days), `逾期 ${days} 天`]);
    }
    expect(seen.filter((r) => r.status !== 'overdue').every((r) => r.overdue === null)).toBe(true);
    // The first page (the most overdue row first) in English.
    await go(page, '/office/queue');
    await page.getByTestId('lang-switch').click();
    const first = overdue[0]!;
    await page.getByTestId('queue-overdue-days').filter({ hasText: 'overdue' }).first().waitFor();
    const en = await page.getByTestId('queue-overdue-days').first().textContent();
    expect(en?.trim()).toBe(`${first.days} days overdue`);
    await context.close();
  });

  it('22 art 34: a concluded matter whose reply is owed is in the queue with the handling period end as its date', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 300);
    const views = (await rawViews(page)) as {
      status: string;
      registrationNo: string;
      due: { reply?: string };
      nextDue?: string;
      vague?: boolean;
      terms: { replyExempt: boolean; vagueExempt: boolean };
    }[];
    const all = views.filter((v) => v.status === 'concluded');
    // Exempt matters (anonymous or unclear, policy replyExemptions) owe no reply and so have no reply date.
    const exempt = (v: (typeof all)[number]) => v.terms.replyExempt || (v.vague === true && v.terms.vagueExempt);
    expect(all.filter((v) => exempt(v)).every((v) => v.due.reply === undefined)).toBe(true);
    const concluded = all.filter((v) => !exempt(v));
    expect(concluded.length).toBeGreaterThan(0);
    await go(page, '/office/queue?tab=reply');
    const rows = await readRows(page);
    expect(rows.map((r) => r.no).sort()).toEqual(all.map((v) => v.registrationNo).sort());
    for (const v of concluded) {
      const row = rows.find((r) => r.no === v.registrationNo)!;
      expect([row.due, v.nextDue]).toEqual([v.due.reply, v.due.reply]);
      expect(row.status).not.toBe('none');
    }
    await context.close();
  });
});

describe('work queue: search and paging', () => {
  it('finds by registration number (any case, with or without XF-), name, phone and ID number', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 120);
    const views = (await rawViews(page)) as {
      registrationNo: string;
      petitionerName?: string;
      petitionerPhone?: string;
      petitionerIdNumber?: string;
    }[];
    const rows = () =>
      page
        .getByTestId('queue-row')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.registrationNo ?? ''));
    // The rows of the previous search stay on screen until the new ones are drawn: the answer is polled until it
    // is the expected one (the assertion still compares exact lists).
    const search = async (text: string) => {
      await page.getByTestId('queue-search').fill(text);
      await page.getByTestId('queue-search-submit').click();
      await page.getByTestId('queue-search-for').filter({ hasText: text.trim() }).waitFor();
      return { sorted: async () => (await rows()).sort() };
    };
    await go(page, '/office/queue');
    const target = views[7]!;
    await expect.poll((await search(target.registrationNo.toLowerCase())).sorted).toEqual([target.registrationNo]);
    await expect
      .poll((await search(target.registrationNo.replace(/^XF-/, '').toUpperCase())).sorted)
      .toEqual([target.registrationNo]);
    expect(page.url()).toContain('q=');

    const withId = views.find((v) => v.petitionerIdNumber)!;
    const byId = views.filter((v) => v.petitionerIdNumber === withId.petitionerIdNumber).map((v) => v.registrationNo);
    await expect.poll((await search(withId.petitionerIdNumber!.toLowerCase())).sorted).toEqual(byId.sort());

    const withPhone = views.find((v) => v.petitionerPhone)!;
    const byPhone = views.filter((v) => v.petitionerPhone === withPhone.petitionerPhone).map((v) => v.registrationNo);
    await expect.poll((await search(withPhone.petitionerPhone!)).sorted).toEqual(byPhone.sort());

    const withName = views.find((v) => v.petitionerName)!;
    const byName = views.filter((v) => v.petitionerName?.includes(withName.petitionerName!));
    await expect
      .poll((await search(withName.petitionerName!)).sorted)
      .toEqual(byName.map((v) => v.registrationNo).sort());

    await search('没有这个人');
    await page.getByTestId('queue-empty').waitFor();
    expect(await rows()).toEqual([]);
    await page.getByTestId('queue-search-clear').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="queue-row"]').length === 20);
    expect(page.url()).not.toContain('q=');
    await context.close();
  });

  it('a page number past the end shows the last page; the page field jumps to a page', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 50);
    await go(page, '/office/queue?page=99');
    const rows = await readRows(page);
    expect(rows).toHaveLength(10);
    expect(await page.getByTestId('queue-page').textContent()).toBe('第 3 页，共 3 页');
    expect(page.url()).toMatch(/page=3$/);
    await page.getByTestId('queue-jump').fill('2');
    await page.getByTestId('queue-jump-go').click();
    await page.getByTestId('queue-page').filter({ hasText: '第 2 页，共 3 页' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="queue-row"]').length === 20);
    expect(page.url()).toMatch(/page=2$/);
    await context.close();
  });

  it('on a 390 px phone every row is a card whose lines name their column; nothing is squeezed or scrolls sideways', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 30);
    await page.setViewportSize({ width: 390, height: 844 });
    await go(page, '/office/queue');
    await readRows(page);
    const layout = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="queue-row"]')];
      const table = document.querySelector<HTMLElement>('#queue-table')!.getBoundingClientRect();
      const first = rows[0]!;
      const cells = [...first.querySelectorAll<HTMLElement>('td')];
      return {
        pageWidth: document.documentElement.scrollWidth,
        rowsAsWideAsTable: rows.every((r) => Math.abs(r.getBoundingClientRect().width - table.width) < 2),
        labels: cells.map((td) => getComputedStyle(td, '::before').content),
        // Every cell is a line of its own across the card, its content right of its label.
        narrowest: Math.min(...cells.map((td) => td.getBoundingClientRect().width)),
        stacked: cells.every(
          (td, i) => i === 0 || td.getBoundingClientRect().top >= cells[i - 1]!.getBoundingClientRect().bottom - 1,
        ),
      };
    });
    expect(layout).toEqual({
      pageWidth: 390,
      rowsAsWideAsTable: true,
      labels: ['"最近期限"', '"登记编号"', '"事项"', '"类别"', '"渠道"', '"承办单位"', '"状态"', '"收到日期"'],
      narrowest: layout.narrowest,
      stacked: true,
    });
    expect(layout.narrowest).toBeGreaterThan(300);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
