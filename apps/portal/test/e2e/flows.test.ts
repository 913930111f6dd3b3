import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { go, launch, newFixedPage } from './harness.js';
import {
  accusationOfCompetentOrgan,
  act,
  advanceClock,
  caseDeadlines,
  openCase,
  setRole,
  submitOnline,
} from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Every test starts at the fixed time Monday 2026-03-02 09:30 (Asia/Shanghai) with an empty store.

async function caseStatus(page: Page): Promise<string | null> {
  return page.getByTestId('case-status').getAttribute('data-status');
}

describe('portal flows', () => {
  it('citizen submits → clerk accepts → unit head extends with a reason (22 art 34) → handler concludes and replies → citizen sees the reply and the last day to request review (22 art 35)', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'claim',
      subject: '请求解决拖欠工资问题',
      content: '在某项目务工八个月，工程款结算后仍拖欠工资三万余元，请求督促支付。',
    });
    // 22 art 22: registration number XF-<unit code>-<yyyy>-<seq>; a query code for tracking.
    expect(p.no).toBe('XF-XFB-2026-0001');
    expect(p.code).toMatch(/^\S{4,}$/);

    // Day 0 (2026-03-02): the clerk accepts; 22 art 34: 60 days from acceptance → 2026-05-01, inside the
    // May Day holiday (05-01…05-05) → 民法典 203 rolls it to 2026-05-06.
    await go(page, '/office/queue');
    await setRole(page, 'clerk');
    await openCase(page, p.no);
    expect(await act(page, 'accept')).toBe('');
    expect(await caseStatus(page)).toBe('handling');
    await setRole(page, 'unitHead');
    expect(await act(page, 'assignHandler', { handler: 'demo-handler' })).toBe('');
    expect(await caseDeadlines(page)).toEqual({ notice: '2026-03-17', conclusion: '2026-05-06' });

    // Day 50 (2026-04-21): the unit head approves one extension of 30 days with a reason (22 art 34):
    // 90 days from acceptance → 2026-05-31, a Sunday → 2026-06-01.
    await advanceClock(page, 50, '2026-04-21');
    await openCase(page, p.no);
    expect(
      await act(page, 'extend', { days: '30', reason: '需调取工程结算资料并约谈用工单位，经负责人批准延期办理。' }),
    ).toBe('');
    expect(await page.getByTestId('case-extended').textContent()).toContain('30');
    expect((await caseDeadlines(page)).conclusion).toBe('2026-06-01');
    // 22 art 34: one extension only — the action is now refused, and the page says why.
    const again = page.getByTestId('action-extend');
    const why = (await again.isDisabled())
      ? ((await page.getByTestId('why-extend').textContent()) ?? '')
      : await act(page, 'extend', { days: '10', reason: '再次延期' });
    expect(why).toContain('第34条');
    if (await page.getByTestId('action-cancel').isVisible()) await page.getByTestId('action-cancel').click();

    // Day 70 (2026-05-11): the handler concludes (support) and replies; the online reply is delivered at once.
    await advanceClock(page, 20, '2026-05-11');
    await setRole(page, 'handler');
    await openCase(page, p.no);
    expect(
      await act(page, 'conclude', {
        outcome: 'support',
        opinion: '经核查，用工单位确有拖欠，已督促其于五月底前付清。',
      }),
    ).toBe('');
    expect(await caseStatus(page)).toBe('concluded');
    await page.getByTestId('action-reply').click();
    await page.getByTestId('reply-form').waitFor();
    // Delivery is recorded by the clerk (22 art 35: the review window runs from delivery): the form offers a
    // handler no "delivered now" tick.
    await page.locator('xf-reply-form #f-opinion').waitFor();
    expect(await page.locator('xf-reply-form #f-deliverNow').count()).toBe(0);
    await page.locator('xf-reply-form button[type="submit"]').click();
    await page
      .locator('[data-testid="reply-done"], [data-testid="reply-rejection"], xf-reply-form .error-summary')
      .first()
      .waitFor();
    expect(
      await page.locator('[data-testid="reply-rejection"], xf-reply-form .error-summary').allTextContents(),
    ).toEqual([]);
    await setRole(page, 'clerk');
    await openCase(page, p.no);
    expect(await caseStatus(page)).toBe('replied');
    expect(await act(page, 'delivered')).toBe('');

    // The citizen tracks the petition with number and code.
    await go(page, '/track');
    await page.getByTestId('track-no').fill(p.no);
    await page.getByTestId('track-code').fill(p.code);
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-result').waitFor();
    expect(await page.getByTestId('track-status').getAttribute('data-status')).toBe('replied');
    await expect(page.getByTestId('track-reply').count()).resolves.toBe(1);
    await expect(page.getByTestId('track-extended').count()).resolves.toBe(1);
    // 22 art 35: review requested within 30 days of delivery (2026-05-11) → 2026-06-10.
    expect(await page.getByTestId('track-review-last-day').getAttribute('data-date')).toBe('2026-06-10');
    expect(await page.getByTestId('track-review-last-day').textContent()).toContain('2026-06-10');
    await context.close();
  });

  it('22 art 20: a collective visit with a sixth representative is refused with a message citing the limit of 5, and nothing is stored', async () => {
    const { context, page } = await newFixedPage(browser);
    await go(page, '/office/reception');
    const form = page.locator('xf-reception-form');
    await form.locator('[data-field="kind"] input[value="collective"]').check();
    const add = form.locator('button.add-row');
    for (let i = 0; i < 4; i++) await add.click();
    await expect(form.locator('fieldset.row').count()).resolves.toBe(5);
    await add.click(); // the sixth
    await expect(form.locator('fieldset.row').count()).resolves.toBe(5);
    const notice = form.locator('[part="notice"]');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(((await notice.textContent()) ?? '').replace(/\s+/g, '')).toBe(
      '不能再添加：集体来访最多推选5名代表（《信访工作条例》第二十条）。如需更换代表，请先删除一位。',
    );
    await go(page, '/office/queue');
    await page.getByTestId('queue-empty').waitFor();
    await context.close();
  });

  it('22 art 30(3): an accusation cannot be transferred to the unit it accuses; the refusal says why and nothing changes', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, accusationOfCompetentOrgan);
    await openCase(page, p.no);
    const error = await act(page, 'transfer', { toUnit: 'competentOrgan', reason: '转有权处理的机关办理。' });
    expect(error).toContain('不得将检举控告材料转送给被检举、被控告的单位');
    expect(error).toContain('第30条');
    expect(await caseStatus(page)).toBe('registered');
    await page.getByTestId('action-cancel').click();
    // The discipline inspection organ may receive it.
    expect(
      await act(page, 'transfer', { toUnit: 'disciplineInspection', reason: '检举控告事项转纪检监察机关办理。' }),
    ).toBe('');
    expect(await caseStatus(page)).toBe('transferred');
    await context.close();
  });

  it('the work queue follows the store: a petition registered in another tab appears without reloading the page', async () => {
    const { context, page: clerk } = await newFixedPage(browser);
    const first = await submitOnline(clerk, {
      cls: 'claim',
      subject: '请求修复小区路灯',
      content: '小区东门路灯损坏一个月，夜间出行不便。',
    });
    await go(clerk, '/office/queue');
    const numbers = () =>
      clerk.getByTestId('queue-row').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.registrationNo));
    await clerk.getByTestId('queue-row').first().waitFor();
    expect(await numbers()).toEqual([first.no]);

    // A citizen submits online in another tab of the same browser profile (same IndexedDB database).
    const citizen = await context.newPage();
    const second = await submitOnline(citizen, {
      cls: 'suggestion',
      subject: '建议增设公交站台座椅',
      content: '春熙路公交站候车人多，建议增设座椅。',
    });
    await clerk.locator(`[data-testid="queue-row"][data-registration-no="${second.no}"]`).waitFor({ timeout: 10_000 });
    expect((await numbers()).sort()).toEqual([first.no, second.no].sort());
    expect(clerk.url()).toMatch(/#\/office\/queue$/);
    await context.close();
  });

  it('after the demo clock moves past a due date (22 art 22: disposition within 15 days) the matter tops the work queue as overdue', async () => {
    const { context, page } = await newFixedPage(browser);
    const accepted = await submitOnline(page, {
      cls: 'suggestion',
      subject: '建议优化早高峰公交线路',
      content: '早高峰公交车间隔过长，建议加密班次。',
    });
    await page.getByTestId('submit-another').click();
    const waiting = await submitOnline(page, {
      cls: 'claim',
      subject: '请求恢复供暖',
      content: '入冬后小区供暖温度长期不达标，请求督促整改。',
    });
    await openCase(page, accepted.no);
    expect(await act(page, 'accept')).toBe('');
    // 22 art 23(2): the written notice closes the notice period; what remains is the conclusion (2026-05-06).
    expect(await act(page, 'notify')).toBe('');
    expect(await caseDeadlines(page)).toEqual({ conclusion: '2026-05-06' });

    const rows = async () => {
      await go(page, '/office/queue');
      await page.getByTestId('queue-row').first().waitFor();
      return page
        .getByTestId('queue-row')
        .evaluateAll((els) =>
          els.map((e) => `${(e as HTMLElement).dataset.registrationNo} ${(e as HTMLElement).dataset.status}`),
        );
    };
    // Day 0: disposition due 2026-03-17 (15 days), conclusion due 2026-05-06 — both on time.
    expect(await rows()).toEqual([`${waiting.no} on-time`, `${accepted.no} on-time`]);
    // Day 16 (2026-03-18): past the disposition date of the unaccepted matter.
    await advanceClock(page, 16, '2026-03-18');
    expect(await rows()).toEqual([`${waiting.no} overdue`, `${accepted.no} on-time`]);
    await context.close();
  });
});
