/**
 * Replies (答复): matters concluded and awaiting their written reply (nearest deadline first), and those
 * replied but not yet delivered, each linking to the reply page with `<xf-reply-form>` and its print view.
 */
import { type PetitionView, type Rejection, statusLabels } from '@xinfang/core';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { cap, fill, num, type Text, tr } from '../app/i18n.js';
import { rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { href } from '../app/router.js';
import { storeOf, unexpected } from '../app/services.js';

const T = {
  title: { zh: '答复', en: 'Replies' },
  intro: {
    zh: '办结后应当书面答复信访人（《信访工作条例》第三十二条），答复送达之日起信访人可在30日内申请复查（第三十五条）。',
    en: 'After conclusion the petitioner gets a written reply (art 32); from its delivery they have 30 days to request a review (art 35).',
  },
  owed: { zh: '待答复（{n} 件）', en: 'Awaiting a reply ({n})' },
  replied: { zh: '已答复（{n} 件）', en: 'Replied ({n})' },
  no: { zh: '登记编号', en: 'Registration no.' },
  subject: { zh: '事项', en: 'Subject' },
  status: { zh: '状态', en: 'Status' },
  write: { zh: '撰写答复', en: 'Write the reply' },
  print: { zh: '打印答复', en: 'Print the reply' },
  none: { zh: '没有。', en: 'None.' },
  undelivered: { zh: '未送达', en: 'not delivered' },
} satisfies Record<string, Text>;

export class XfRepliesPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    owed: { state: true },
    replied: { state: true },
    rejection: { state: true },
  };

  declare owed: { items: PetitionView[]; total: number } | undefined;
  declare replied: { items: PetitionView[]; total: number } | undefined;
  declare rejection: Rejection | undefined;

  constructor() {
    super();
    this.owed = undefined;
    this.replied = undefined;
    this.rejection = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  protected override contextChanged(): void {
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const store = storeOf();
      [this.owed, this.replied] = await Promise.all([
        store.query({ status: 'concluded', orderBy: 'nextDue', asOf: clock.today(), limit: 50 }),
        store.query({ status: 'replied', orderBy: 'nextDue', asOf: clock.today(), limit: 50 }),
      ]);
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  #table(id: string, list: { items: PetitionView[] } | undefined, link: (v: PetitionView) => unknown) {
    if (!list?.items.length) return html`<p>${tr(T.none)}</p>`;
    return html`<div class="table-wrap"><table data-testid=${id}>
      <thead><tr><th scope="col">${tr(T.no)}</th><th scope="col">${tr(T.subject)}</th><th scope="col">${tr(T.status)}</th><th scope="col"><span class="visually-hidden">${tr({ zh: '操作', en: 'Action' })}</span></th></tr></thead>
      <tbody>${list.items.map(
        (v) => html`<tr data-testid=${`${id}-row`} data-registration-no=${v.registrationNo}>
          <td><a href=${href(`/office/case/${encodeURIComponent(v.petitionId)}`)}>${v.registrationNo}</a></td>
          <td>${v.subject}</td>
          <td>${tr(cap(statusLabels[v.status]))}${v.status === 'replied' && !v.deliveredAt ? html` · ${tr(T.undelivered)}` : nothing}</td>
          <td>${link(v)}</td>
        </tr>`,
      )}</tbody></table></div>`;
  }

  protected override render() {
    return html`
      <h1>${tr(T.title)}</h1>
      <p class="lead">${tr(T.intro)}</p>
      ${rejectionNotice(this.rejection)}
      <section aria-labelledby="replies-owed">
        <h2 id="replies-owed">${fill(tr(T.owed), { n: num(this.owed?.total ?? 0) })}</h2>
        ${this.#table(
          'replies-owed',
          this.owed,
          (v) => html`<a class="button" data-testid="replies-write"
          href=${href(`/office/replies/${encodeURIComponent(v.petitionId)}`)}>${tr(T.write)}</a>`,
        )}
      </section>
      <section aria-labelledby="replies-done">
        <h2 id="replies-done">${fill(tr(T.replied), { n: num(this.replied?.total ?? 0) })}</h2>
        ${this.#table(
          'replies-done',
          this.replied,
          (v) => html`<a class="button button--secondary" data-testid="replies-print"
          href=${href(`/office/replies/${encodeURIComponent(v.petitionId)}/print`)}>${tr(T.print)}</a>`,
        )}
      </section>
    `;
  }
}

customElements.define('xf-replies-page', XfRepliesPage);
