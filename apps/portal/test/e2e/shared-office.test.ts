// The shared office: the portal served by the real @xinfang/server (test/server-setup.ts: `serve.js` on PGlite with
// its demo staff), each person in a browser context of their own (own cookies, own IndexedDB). A citizen submits
// without an account; a clerk signs in and accepts the matter; the citizen sees the new stage; a colleague sees the
// same case (one store, on the server); the staff of the accused unit never see who accused it (22 art 30(3)).
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, go, launch } from './harness.js';
import { act, openCase, type Submitted, submitOnline } from './steps.js';

let browser: Browser;
const contexts: BrowserContext[] = [];

/** A fresh browser context on the shared office (its own cookies and storage): one person at their own device. */
async function person(): Promise<Page> {
  const context = await browser.newContext({
    baseURL: inject('serverURL'),
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** Opens an office page while signed out: the sign-in page shows; signs in and lands on the page asked for. */
async function signIn(page: Page, account: string, password: string, path = '/office/queue'): Promise<void> {
  await go(page, path);
  await page.getByTestId('sign-in-account').fill(account);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('signed-in-as').waitFor();
}

const ACCUSER = { name: '李秀英', phone: '13812345678' };
let citizen: Page;
let clerk: Page;
let head: Page;
let submitted: Submitted;

beforeAll(async () => {
  browser = await launch();
  citizen = await person();
  clerk = await person();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the shared office: citizen and staff on their own devices, one store on the server', () => {
  it('the page served by the server is the shared office: no demo switches, no browser-only pages', async () => {
    await go(citizen, '/');
    // The browser-only pages (backup, holiday schedules, demo data) are not in the navigation.
    const links = await citizen
      .locator('.site-nav li:not([hidden]) a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-nav')));
    expect(links).toEqual(['home', 'submit', 'track', 'queue', 'registry', 'reception', 'replies', 'stats', 'archive']);
    await go(citizen, '/office/demo');
    expect(await citizen.getByTestId('main').locator('h1').textContent()).toBe('页面不存在');
  });

  it('a citizen submits online without an account and gets a registration number and a query code', async () => {
    submitted = await submitOnline(citizen, {
      cls: 'accusation',
      subject: '检举某机关违规收费',
      content: '2026年11月该机关办理证照时另行收取“加急费”500元，未出具票据。',
      accusedUnits: '有权处理的机关、单位',
    });
    expect(submitted.no).toMatch(/^XF-XFB-\d{4}-\d{4}$/);
    expect(submitted.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // Nothing was stored in the citizen's browser: the petition lives on the server.
    const databases = await citizen.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(databases).toEqual([]);
  });

  it('office pages ask for a sign-in; a wrong password is refused with a bilingual message', async () => {
    await go(clerk, '/office/queue');
    expect(await clerk.getByTestId('main').locator('h1').textContent()).toBe('工作人员登录');
    expect(clerk.url()).toContain('#/sign-in?next=%2Foffice%2Fqueue');
    await clerk.getByTestId('sign-in-account').fill('demo-clerk');
    await clerk.getByTestId('sign-in-password').fill('not-the-password');
    await clerk.getByTestId('sign-in-submit').click();
    const refusal = clerk.getByTestId('sign-in-refusal');
    await refusal.waitFor();
    expect((await refusal.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      '账号或密码不正确，请重新输入。 The account or password is wrong. Enter them again.',
    );
    expect(await axe(clerk)).toEqual([]);
  });

  it('the clerk signs in (role and unit from the staff record), finds the case in the queue and accepts it', async () => {
    await signIn(clerk, 'demo-clerk', 'demo-clerk-2026');
    expect(await clerk.getByTestId('signed-in-as').textContent()).toContain('已登录：张丽（登记员，信访工作机构）');
    expect(await clerk.getByTestId('role-select').count()).toBe(0);
    const row = clerk.locator(`[data-testid="queue-row"][data-registration-no="${submitted.no}"]`);
    await row.waitFor();
    await openCase(clerk, submitted.no);
    expect(await clerk.getByTestId('main').textContent()).toContain(ACCUSER.name);
    expect(await act(clerk, 'accept')).toBe('');
    expect(await clerk.getByTestId('case-status').getAttribute('data-status')).toBe('handling');
  });

  it('the citizen tracks the matter with number and code and sees the new stage', async () => {
    await go(citizen, '/track');
    await citizen.getByTestId('track-no').fill(submitted.no);
    await citizen.getByTestId('track-code').fill(submitted.code);
    await citizen.getByTestId('track-submit').click();
    const status = citizen.getByTestId('track-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('handling');
  });

  it('a colleague at another device sees the same case as the clerk left it', async () => {
    head = await person();
    await signIn(head, 'demo-unit-head', 'demo-unit-head-2026');
    expect(await head.getByTestId('signed-in-as').textContent()).toContain('陈建华（单位负责人，信访工作机构）');
    await openCase(head, submitted.no);
    expect(await head.getByTestId('case-status').getAttribute('data-status')).toBe('handling');
    expect(await head.getByTestId('main').textContent()).toContain(ACCUSER.name);
  });

  it('22 art 30(3): staff of the accused unit see the matter without any accuser data, on screen or on the wire', async () => {
    const accused = await person();
    const bodies: string[] = [];
    accused.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) bodies.push(await response.text().catch(() => ''));
    });
    await signIn(accused, 'demo-organ-handler', 'demo-organ-handler-2026');
    expect(await accused.getByTestId('signed-in-as').textContent()).toContain('孙伟（承办人，有权处理的机关、单位）');
    const row = accused.locator(`[data-testid="queue-row"][data-registration-no="${submitted.no}"]`);
    await row.waitFor();
    expect(await accused.getByTestId('main').textContent()).not.toContain(ACCUSER.name);
    // The link roles do not use are gone: a handler registers no letters and archives nothing.
    const links = await accused
      .locator('.site-nav li:not([hidden]) a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-nav')));
    expect(links).toEqual(['home', 'submit', 'track', 'queue', 'replies', 'stats']);
    const wire = bodies.join('\n');
    expect(wire).toContain(submitted.no);
    expect([wire.includes(ACCUSER.name), wire.includes(ACCUSER.phone)]).toEqual([false, false]);
  });

  it('22 arts 34–35: handled by three staff at three devices, the citizen reads the reply and requests a review', async () => {
    const claim = await submitOnline(citizen, {
      cls: 'claim',
      subject: '请求解决拖欠工资问题',
      content: '在某项目务工八个月，工程款结算后仍拖欠工资三万余元，请求督促支付。',
    });
    await openCase(clerk, claim.no);
    expect(await act(clerk, 'accept')).toBe('');
    await openCase(head, claim.no);
    expect(await act(head, 'assignHandler', { handler: 'demo-handler' })).toBe('');
    const handler = await person();
    await signIn(handler, 'demo-handler', 'demo-handler-2026');
    await openCase(handler, claim.no);
    expect(
      await act(handler, 'conclude', { outcome: 'support', opinion: '经核查，用工单位确有拖欠，已督促付清。' }),
    ).toBe('');
    await handler.getByTestId('action-reply').click();
    await handler.getByTestId('reply-form').waitFor();
    await handler.locator('xf-reply-form #f-opinion').waitFor();
    expect(await handler.locator('xf-reply-form #f-deliverNow').count()).toBe(0);
    await handler.locator('xf-reply-form button[type="submit"]').click();
    await handler.getByTestId('reply-done').waitFor();
    // The clerk records the delivery (22 art 35: the review window runs from it); the timeline names who acted.
    await openCase(clerk, claim.no);
    expect(await clerk.getByTestId('case-status').getAttribute('data-status')).toBe('replied');
    expect(await act(clerk, 'delivered')).toBe('');
    // Each step is stamped by the server with the signed-in staff member who took it, whatever the page sent.
    const steps = await clerk
      .getByTestId('case-timeline')
      .evaluate((el) =>
        ((el as HTMLElement & { events?: { type: string; by: { id: string; name?: string } }[] }).events ?? []).map(
          (e) => `${e.type}:${e.by.id}:${e.by.name ?? ''}`,
        ),
      );
    expect(steps.slice(1)).toEqual([
      'accepted:demo-clerk:张丽',
      'handlerAssigned:demo-unit-head:陈建华',
      'concluded:demo-handler:李强',
      'replied:demo-handler:李强',
      'delivered:demo-clerk:张丽',
    ]);

    await go(citizen, '/track');
    await citizen.getByTestId('track-no').fill(claim.no);
    await citizen.getByTestId('track-code').fill(claim.code);
    await citizen.getByTestId('track-submit').click();
    await citizen.getByTestId('track-result').waitFor();
    expect(await citizen.getByTestId('track-status').getAttribute('data-status')).toBe('replied');
    expect(await citizen.getByTestId('track-reply').count()).toBe(1);
    // The last day to request a review is the one the server's view carries (30 days from delivery, 22 art 35).
    const due = await clerk.evaluate(async (no) => {
      const view = await (await fetch(`/api/registrations/${encodeURIComponent(no)}`)).json();
      return view.due?.reviewRequest as string | undefined;
    }, claim.no);
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await citizen.getByTestId('track-review-last-day').getAttribute('data-date')).toBe(due);
    // The request goes to the server with the number and code; the matter moves to review.
    await citizen.getByTestId('track-review-reasons').fill('补发工资数额与实际不符，请求复查。');
    await citizen.getByTestId('track-request-review').click();
    await citizen.getByTestId('track-done').waitFor();
    await citizen.locator('[data-testid="track-status"][data-status="reviewRequested"]').waitFor();
    // Stored on the server, as the petitioner (no staff session in the citizen's browser).
    const stored = await clerk.evaluate(async (no) => {
      const view = await (await fetch(`/api/registrations/${encodeURIComponent(no)}`)).json();
      return [view.status, view.reviewUnit];
    }, claim.no);
    expect(stored).toEqual(['reviewRequested', 'superiorOrgan']);
  });

  it("a call the clerk registers at the registry desk is in the unit head's queue at once, registered by the clerk", async () => {
    await go(clerk, '/office/registry');
    const form = clerk.locator('xf-intake-form');
    await form.locator('[data-field="channel"] input[value="call"]').check();
    await form.locator('[data-field="fromHotline"] input').check();
    await form.locator('[data-field="hotline.ticket"] input').fill('GD20261205-0415');
    await form.locator('[data-field="petitioner.name"] input').fill('赵德明');
    await form.locator('[data-field="petitioner.phone"] input').fill('13698765432');
    await form.locator('[data-field="class"] input[value="claim"]').check();
    await form.locator('[data-field="subject"] input').fill('请求处理楼道积水');
    await form.locator('[data-field="content"] textarea').fill('雨后楼道积水严重，物业不予处理。');
    await form.locator('button[type="submit"]').click();
    await clerk
      .locator('[data-testid="registry-done"], [data-testid="registry-rejection"], xf-intake-form .error-summary')
      .first()
      .waitFor();
    expect(
      await clerk.locator('[data-testid="registry-rejection"], xf-intake-form .error-summary').allTextContents(),
    ).toEqual([]);
    await clerk.getByTestId('registry-open').click();
    const no = ((await clerk.getByTestId('case-registration-no').textContent()) ?? '').trim();
    expect(no).toMatch(/^XF-XFB-\d{4}-\d{4}$/);
    await openCase(head, no);
    const registered = await head
      .getByTestId('case-timeline')
      .evaluate(
        (el) => (el as HTMLElement & { events?: { type: string; by: { id: string } }[] }).events?.[0]?.by.id ?? '',
      );
    expect(registered).toBe('demo-clerk');
  });

  it('signing out ends the session: office pages ask for a sign-in again', async () => {
    await clerk.getByTestId('sign-out').click();
    await clerk.locator('main h1', { hasText: '工作人员登录' }).waitFor();
    const session = await clerk.evaluate(async () => (await fetch('/api/session')).status);
    expect(session).toBe(401);
  });
});
