import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { go, launch, newFixedPage } from './harness.js';
import { act, openCase, setRole, submitOnline } from './steps.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('messages name units, never their ids', () => {
  it('22 art 23(3): after a transfer, the office is told which unit has the matter, by name, in each language', async () => {
    const { context, page } = await newFixedPage(browser);
    const { no } = await submitOnline(page, {
      cls: 'claim',
      subject: '请求维修小区路灯',
      content: '小区路灯损坏三个月无人维修，夜间出行不便。',
    });
    await openCase(page, no);
    expect(await act(page, 'transfer', { toUnit: 'competentOrgan', reason: '属其职权范围' })).toBe('');
    await page.getByTestId('case-other-actions').locator('summary').click();
    const why = page.getByTestId('why-accept');
    await why.waitFor();
    expect((await why.textContent())?.trim()).toBe(
      '该事项目前由“有权处理的机关、单位”负责，您所在单位不能受理。请转交该单位办理。',
    );
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('why-accept').filter({ hasText: 'Organ or unit' }).waitFor();
    const en = (await page.getByTestId('why-accept').textContent())?.trim() ?? '';
    expect(en).toContain('"Organ or unit with power to handle the matter"');
    // The registration number still carries the unit code (a separate change); everything else names units.
    const body = ((await page.locator('main').textContent()) ?? '').replaceAll(no, '');
    expect(body.match(/.{0,60}(competentOrgan|disciplineInspection|petitionOffice).{0,30}/g)).toBeNull();
    await context.close();
  });
});

/** The citizen's track page for a number and code. */
async function track(page: Page, p: { no: string; code: string }): Promise<void> {
  await go(page, '/track');
  await page.getByTestId('track-no').fill(p.no);
  await page.getByTestId('track-code').fill(p.code);
  await page.getByTestId('track-submit').click();
  await page.getByTestId('track-result').waitFor();
}

describe('track page: review and re-review (22 arts 35–36)', () => {
  it('says review, then re-review once a review is decided, and takes a re-review request online', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'claim',
      subject: '请求补发拖欠工资',
      content: '用工单位拖欠三个月工资，请求督促支付。',
    });
    await openCase(page, p.no);
    expect(await act(page, 'accept')).toBe('');
    await setRole(page, 'unitHead');
    expect(await act(page, 'conclude', { outcome: 'support', opinion: '经核查属实，已督促用工单位支付。' })).toBe('');
    await setRole(page, 'clerk');
    await page.getByTestId('action-reply').click();
    await page.getByTestId('reply-form').waitFor();
    // An online petition: the reply is delivered with it (22 art 35: the review window runs from delivery).
    await page.locator('xf-reply-form button[type="submit"]').click();
    await page.getByTestId('reply-done').waitFor();

    await track(page, p);
    const right = page.getByTestId('track-review-right');
    expect([await right.getAttribute('data-stage'), (await right.locator('h3').textContent())?.trim()]).toEqual([
      'review',
      '申请复查的权利',
    ]);
    await page.getByTestId('track-review-reasons').fill('认为处理结果未解决全部欠薪。');
    await page.getByTestId('track-request-review').click();
    await page.getByTestId('track-done').filter({ hasText: '已收到您的复查申请。' }).waitFor();
    await page.locator('[data-testid="track-status"][data-status="reviewRequested"]').waitFor();

    // The organ one level up decides the review; the decision is not delivered yet.
    await openCase(page, p.no);
    await page.getByTestId('unit-select').selectOption('superiorOrgan');
    await setRole(page, 'unitHead');
    expect(await act(page, 'decideReview', { outcome: 'upheld', opinion: '维持原处理意见。' })).toBe('');

    await track(page, p);
    expect(await page.getByTestId('track-status').getAttribute('data-status')).toBe('reviewed');
    expect([await right.getAttribute('data-stage'), (await right.locator('h3').textContent())?.trim()]).toEqual([
      'reReview',
      '申请复核的权利',
    ]);
    expect((await page.getByTestId('track-review-last-day').textContent())?.trim()).toBe(
      '复查意见送达后，您可以在30日内向上一级机关申请复核（条例第三十六条）；期限自送达之日起计算。',
    );
    expect(await page.getByTestId('track-request-review').count()).toBe(0);

    // Delivered today (2026-03-02): the re-review window closes 30 days later, 2026-04-01.
    await openCase(page, p.no);
    await setRole(page, 'clerk');
    expect(await act(page, 'delivered')).toBe('');
    await track(page, p);
    expect((await right.locator('h3').textContent())?.trim()).toBe('申请复核的权利');
    expect(await page.getByTestId('track-review-last-day').getAttribute('data-date')).toBe('2026-04-01');
    expect(await page.getByTestId('track-request-review').textContent()).toBe('申请复核');
    await page.getByTestId('track-review-reasons').fill('复查未核实新的证据。');
    await page.getByTestId('track-request-review').click();
    await page.getByTestId('track-done').filter({ hasText: '已收到您的复核申请。' }).waitFor();
    await page.locator('[data-testid="track-status"][data-status="reReviewRequested"]').waitFor();
    await context.close();
  });
});

describe('accusation fields (22 art 30)', () => {
  it('say that one of person or unit is required, and refuse an accusation naming neither', async () => {
    const { context, page } = await newFixedPage(browser);
    await go(page, '/submit');
    const form = page.locator('xf-intake-form');
    await form.locator('[data-field="petitioner.name"] input').fill('王建国');
    await form.locator('[data-field="petitioner.phone"] input').fill('13912345678');
    await form.locator('[data-field="petitioner.address"] input').fill('四川省成都市武侯区人民南路 4 号');
    await form.locator('[data-field="class"] input[value="accusation"]').check();
    const group = form.locator('[data-field="accused"]');
    await group.waitFor();
    expect(await group.textContent()).toContain('被检举控告人和被检举控告单位至少填写一项。');
    // Neither field is marked optional on its own.
    const labels = await group.locator('label').allTextContents();
    expect(labels.map((l) => l.trim())).toEqual(['被检举控告人', '被检举控告单位']);
    await form.locator('[data-field="subject"] input').fill('反映某单位违规收费');
    await form.locator('[data-field="content"] textarea').fill('该单位在办理证件时违规收取费用。');
    await form.locator('[data-field="truthStatement"] input').check();
    await form.locator('button[type="submit"]').click();
    await form.getByText('检举控告请至少填写一个被检举控告的人或单位').first().waitFor();
    expect(await page.getByTestId('submit-registration-no').count()).toBe(0);
    await form.locator('[data-field="accused.units"] textarea').fill('某区政务服务中心');
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('submit-registration-no').waitFor();
    await context.close();
  });
});

describe('case page: the whole record', () => {
  it('shows the postal address and the accused to the office, and withholds them from a unit with no need to know (22 art 30)', async () => {
    const { context, page } = await newFixedPage(browser);
    const p = await submitOnline(page, {
      cls: 'accusation',
      subject: '反映窗口违规收费',
      content: '办理证件时被额外收取材料费。',
      accusedUnits: '某区政务服务中心',
    });
    await openCase(page, p.no);
    await page.getByTestId('case-record').waitFor();
    expect(await page.getByTestId('case-address').textContent()).toBe('四川省成都市锦江区春熙路 8 号');
    expect(await page.getByTestId('case-accused-units').textContent()).toBe('某区政务服务中心');
    expect(await page.getByTestId('case-record-withheld').count()).toBe(0);
    // A unit the matter never passed through sees neither the record nor the accused.
    await page.getByTestId('unit-select').selectOption('superiorOrgan');
    await page.getByTestId('case-record-withheld').waitFor();
    expect(await page.getByTestId('case-record').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('春熙路');
    await context.close();
  });
});

describe('case page: a 12345 call as registered', () => {
  it('shows the ID number, the 12345 ticket number and the proposed handling typed at registration', async () => {
    const { context, page } = await newFixedPage(browser);
    await go(page, '/office/registry');
    const form = page.locator('xf-intake-form');
    await form.locator('[data-field="channel"] input[value="call"]').check();
    await form.locator('[data-field="fromHotline"] input').check();
    await form.locator('[data-field="hotline.ticket"] input').fill('GD20260302-0415');
    await form.locator('[data-field="petitioner.name"] input').fill('赵德明');
    await form.locator('[data-field="petitioner.idNumber"] input').fill('510104198203154315');
    await form.locator('[data-field="petitioner.phone"] input').fill('13698765432');
    await form.locator('[data-field="petitioner.address"] input').fill('四川省成都市青羊区文翁路 12 号');
    await form.locator('[data-field="class"] input[value="claim"]').check();
    await form.locator('[data-field="subject"] input').fill('请求处理楼道积水');
    await form.locator('[data-field="content"] textarea').fill('雨后楼道积水严重，物业不予处理。');
    await form.locator('[data-field="proposedHandling"] textarea').fill('拟转住建部门核查处理。');
    await form.locator('button[type="submit"]').click();
    await page
      .locator('[data-testid="registry-done"], [data-testid="registry-rejection"], xf-intake-form .error-summary')
      .first()
      .waitFor();
    expect(
      await page.locator('[data-testid="registry-rejection"], xf-intake-form .error-summary').allTextContents(),
    ).toEqual([]);
    await page.getByTestId('registry-open').click();
    await page.getByTestId('case-record').waitFor();
    expect([
      await page.getByTestId('case-ticket').textContent(),
      await page.getByTestId('case-id-number').textContent(),
      await page.getByTestId('case-address').textContent(),
      await page.getByTestId('case-proposed').textContent(),
    ]).toEqual(['GD20260302-0415', '510104198203154315', '四川省成都市青羊区文翁路 12 号', '拟转住建部门核查处理。']);
    await context.close();
  });
});
