import { readFileSync, writeFileSync } from 'node:fs';
import { chinaCalendar, type PetitionView, statistics } from '@xinfang/core';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodRange } from '../../src/stats/tables.js';
import { FIXED_NOW, go, launch, loadDemo, newFixedPage, rawViews } from './harness.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The work queue as shown: tab counts and the first page's rows (registration number and deadline status). */
async function queueSnapshot(page: Page): Promise<{ counts: Record<string, string>; rows: string[] }> {
  await go(page, '/office/queue');
  await page.getByTestId('queue-row').first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid^="queue-count-"]')?.textContent?.includes('…'),
  );
  return page.evaluate(() => ({
    counts: Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-testid^="queue-count-"]')].map((e) => [
        e.dataset.testid!,
        e.textContent!.trim(),
      ]),
    ),
    rows: [...document.querySelectorAll<HTMLElement>('[data-testid="queue-row"]')].map(
      (r) => `${r.dataset.registrationNo} ${r.dataset.status}`,
    ),
  }));
}

async function shownStatistics(page: Page): Promise<unknown> {
  await go(page, '/office/stats');
  await page.waitForFunction(
    () => (document.querySelector('xf-statistics-page') as (HTMLElement & { statistics?: unknown }) | null)?.statistics,
  );
  return page.evaluate(
    () => (document.querySelector('xf-statistics-page') as HTMLElement & { statistics: unknown }).statistics,
  );
}

/** Views without store-internal index fields, sorted by id, for comparison. */
function comparable(views: unknown[]): PetitionView[] {
  return (views as (PetitionView & Record<string, unknown>)[])
    .map(({ xfQueue: _q, xfReceived: _r, ...v }) => v as PetitionView)
    .sort((a, b) => a.petitionId.localeCompare(b.petitionId));
}

describe('backup (rules.md §4: nothing edited or deleted after the fact)', () => {
  it('export → wipe → import gives the same work queue, statistics and histories', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 200);
    const before = await queueSnapshot(page);
    const statsBefore = await shownStatistics(page);
    const viewsBefore = comparable(await rawViews(page));
    expect(before.rows.length).toBeGreaterThan(0);
    expect(viewsBefore).toHaveLength(200);
    expect(statsBefore).toEqual(statistics(viewsBefore, periodRange(2026, 0), chinaCalendar, FIXED_NOW));

    await go(page, '/office/backup');
    await page.getByTestId('backup-export').click();
    const link = page.getByTestId('backup-download');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();

    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('backup-wipe').click();
    await page.locator('[data-testid="backup-stored"][data-count="0"]').waitFor();
    await go(page, '/office/queue');
    await page.getByTestId('queue-empty').waitFor();
    expect(await page.getByTestId('queue-row').count()).toBe(0);

    await go(page, '/office/backup');
    await page.getByTestId('backup-file').setInputFiles(file);
    await page.getByTestId('backup-import').click();
    await page
      .locator('[data-testid="backup-done"], [data-testid="backup-rejection"]')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('backup-rejection').count()).toBe(0);
    await page.locator('[data-testid="backup-stored"][data-count="200"]').waitFor();

    expect(await queueSnapshot(page)).toEqual(before);
    expect(await shownStatistics(page)).toEqual(statsBefore);
    expect(comparable(await rawViews(page))).toEqual(viewsBefore);
    await context.close();
  });

  it('a signed backup with one petition taken out is refused with the office signature required, and the genuine file restores whole', async () => {
    const { context, page } = await newFixedPage(browser);
    await loadDemo(page, 20);
    await go(page, '/office/backup');
    const key = (await page.getByTestId('backup-key').textContent()) ?? '';
    expect(key).toMatch(/[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}/);
    await page.getByTestId('backup-export').click();
    const link = page.getByTestId('backup-download');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = (await download.path()) as string;

    // A forger takes one petition out and mends the totals of the first and last lines: chains and counts agree.
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"petitionId"'));
    const removed = JSON.parse(lines[at]!) as { events: unknown[] };
    const mend = (line: string) => {
      const v = JSON.parse(line) as { petitions: number; events: number };
      return JSON.stringify({ ...v, petitions: v.petitions - 1, events: v.events - removed.events.length });
    };
    const forged = [mend(lines[0]!), ...lines.slice(1, at), ...lines.slice(at + 1, -1), mend(lines.at(-1)!)];
    const forgedFile = `${file}.forged.ndjson`;
    writeFileSync(forgedFile, `${forged.join('\n')}\n`);

    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('backup-wipe').click();
    await page.locator('[data-testid="backup-stored"][data-count="0"]').waitFor();

    expect(await page.getByTestId('backup-require-signature').isChecked()).toBe(true);
    await page.getByTestId('backup-file').setInputFiles(forgedFile);
    await page.getByTestId('backup-import').click();
    await page.getByTestId('backup-rejection').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('backup-rejection').textContent()).toContain('缺失或不足（被删除或截断）');
    await page.locator('[data-testid="backup-stored"][data-count="0"]').waitFor();

    await page.getByTestId('backup-file').setInputFiles(file);
    await page.getByTestId('backup-import').click();
    await page.getByTestId('backup-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('backup-done').textContent()).toContain('签名已核验');
    await page.locator('[data-testid="backup-stored"][data-count="20"]').waitFor();
    await context.close();
  });
});
