/**
 * Staff sign-in of the shared office (the portal served by @xinfang/server). The account and password are those
 * of the staff record; the role, unit and name come back from the server's session, never from this page. After
 * signing in, the page opens the office page that sent the person here (`?next=`), else the work queue.
 * A wrong account and a wrong password get the same answer; repeated failures lock the account for a while (the
 * server's message says how long).
 */
import { html, nothing } from 'lit';
import { fill, type Text, tr } from '../app/i18n.js';
import { issueSummary, rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { navigate } from '../app/router.js';
import { type SignInRefusal, session } from '../app/session.js';

const T = {
  title: { zh: '工作人员登录', en: 'Staff sign-in' },
  intro: {
    zh: '办公页面仅供本机关工作人员使用。请用您的工作人员账号和密码登录；角色和所在单位以账号登记为准。',
    en: 'The office pages are for the staff of this organ. Sign in with your staff account and password; your role and unit are those of your account.',
  },
  account: { zh: '账号', en: 'Account' },
  accountHint: { zh: '工作人员账号，例如 demo-clerk', en: 'Your staff account, for example demo-clerk' },
  password: { zh: '密码', en: 'Password' },
  submit: { zh: '登录', en: 'Sign in' },
  enterAccount: { zh: '请填写账号', en: 'Enter your account' },
  enterPassword: { zh: '请填写密码', en: 'Enter your password' },
  signedIn: { zh: '您已登录为 {name}。', en: 'You are signed in as {name}.' },
  toQueue: { zh: '进入工作台', en: 'Open the work queue' },
  signOut: { zh: '退出登录', en: 'Sign out' },
} satisfies Record<string, Text>;

/** Where to go after signing in: an office path of this portal only (never another site). */
function nextPath(query: URLSearchParams | undefined): string {
  const next = query?.get('next') ?? '';
  return /^\/office(?:\/[^\s]*)?$/.test(next) ? next : '/office/queue';
}

export class XfSignInPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    issues: { state: true },
    refusal: { state: true },
    busy: { state: true },
  };

  declare issues: { id: string; message: Text }[];
  declare refusal: SignInRefusal | undefined;
  declare busy: boolean;
  #account = '';

  constructor() {
    super();
    this.issues = [];
    this.refusal = undefined;
    this.busy = false;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const account = String(data.get('account') ?? '').trim();
    const password = String(data.get('password') ?? '');
    this.#account = account;
    const issues: { id: string; message: Text }[] = [];
    if (!account) issues.push({ id: 'sign-in-account', message: T.enterAccount });
    if (!password) issues.push({ id: 'sign-in-password', message: T.enterPassword });
    this.issues = issues;
    this.refusal = undefined;
    if (issues.length > 0) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('#sign-in-errors')?.focus();
      return;
    }
    this.busy = true;
    try {
      this.refusal = await session.signIn(account, password);
    } finally {
      this.busy = false;
    }
    if (this.refusal === undefined) {
      navigate(nextPath(this.route?.query));
      return;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('[data-testid="sign-in-refusal"]')?.focus();
  }

  protected override render() {
    const issueOf = (id: string) => this.issues.find((i) => i.id === id);
    const field = (id: string, name: string, label: Text, hint: Text | undefined, type: string, auto: string) => {
      const issue = issueOf(id);
      const described = [hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ');
      return html`<div class="field">
        <label for=${id}>${tr(label)}</label>
        ${hint ? html`<p class="hint" id=${`${id}-hint`}>${tr(hint)}</p>` : nothing}
        ${issue ? html`<p class="field-error" id=${`${id}-error`}>${tr(issue.message)}</p>` : nothing}
        <input id=${id} name=${name} type=${type} data-testid=${id} autocomplete=${auto} spellcheck="false"
          .value=${name === 'account' ? this.#account : ''}
          aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${described || nothing} />
      </div>`;
    };
    const staff = session.staff;
    return html`
      <h1>${tr(T.title)}</h1>
      ${
        staff
          ? html`<p data-testid="sign-in-already">${fill(tr(T.signedIn), { name: staff.name ?? staff.id })}</p>
            <p class="card__actions">
              <a class="button" href="#/office/queue">${tr(T.toQueue)}</a>
              <button type="button" class="button--secondary" @click=${() => session.signOut()}>${tr(T.signOut)}</button>
            </p>`
          : html`<p>${tr(T.intro)}</p>
      ${issueSummary('sign-in-errors', this.issues, this)}
      ${this.refusal ? html`<div tabindex="-1" data-testid="sign-in-refusal">${rejectionNotice(this.refusal)}</div>` : nothing}
      <form novalidate class="panel" @submit=${(e: SubmitEvent) => this.#onSubmit(e)} data-testid="sign-in-form">
        ${field('sign-in-account', 'account', T.account, T.accountHint, 'text', 'username')}
        ${field('sign-in-password', 'password', T.password, undefined, 'password', 'current-password')}
        <button type="submit" data-testid="sign-in-submit" ?disabled=${this.busy}>${tr(T.submit)}</button>
      </form>`
      }
    `;
  }
}

customElements.define('xf-sign-in-page', XfSignInPage);

declare global {
  interface HTMLElementTagNameMap {
    'xf-sign-in-page': XfSignInPage;
  }
}
