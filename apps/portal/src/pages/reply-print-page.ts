/**
 * The print view of a reply: `<xf-reply-form mode="print">` lays the letter out as an A4 page (GB/T 9704:
 * red header, document number, addressee, body, organ, date, seal area); the shell's header and
 * navigation are hidden when printing.
 */
import type { PetitionEvent, PetitionView, Rejection } from '@xinfang/core';
import { XfReplyForm } from '@xinfang/elements';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { defineOnce } from '../app/define.js';
import { type Text, tr } from '../app/i18n.js';
import { rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { href } from '../app/router.js';
import { calendar, policyOf, storeOf, unexpected } from '../app/services.js';
import { replyPrefill, reviewOrganOf } from './reply-page.js';

defineOnce('xf-reply-form', XfReplyForm);

const T = {
  title: { zh: '答复打印', en: 'Print reply' },
  print: { zh: '打印', en: 'Print' },
  back: { zh: '返回事项', en: 'Back to the petition' },
  loading: { zh: '正在读取…', en: 'Loading…' },
} satisfies Record<string, Text>;

export class XfReplyPrintPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    view: { state: true },
    events: { state: true },
    rejection: { state: true },
  };

  declare view: PetitionView | undefined;
  declare events: PetitionEvent[];
  declare rejection: Rejection | undefined;

  constructor() {
    super();
    this.view = undefined;
    this.events = [];
    this.rejection = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const id = this.route?.params.id ?? '';
      const store = storeOf();
      [this.view, this.events] = await Promise.all([store.view(id), store.history(id)]);
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  protected override render() {
    const view = this.view;
    const id = this.route?.params.id ?? '';
    const policy = view ? policyOf(view.policyId) : undefined;
    const replied = [...this.events].reverse().find((e) => e.type === 'replied');
    return html`
      <div class="no-print">
        <p><a href=${href(`/office/case/${encodeURIComponent(id)}`)}>← ${tr(T.back)}</a></p>
        <h1>${tr(T.title)}${view ? html` · <span class="code">${view.registrationNo}</span>` : nothing}</h1>
        ${rejectionNotice(this.rejection)}
        <p><button type="button" data-testid="print-button" @click=${() => window.print()}>${tr(T.print)}</button></p>
      </div>
      ${
        view && policy
          ? html`<xf-reply-form mode="print" kind="opinion" data-testid="reply-print" .view=${view}
              .units=${Object.fromEntries(policy.units.map((u) => [u.id, u.name]))} .calendar=${calendar}
              .clock=${() => replied?.at ?? clock.now()} .values=${replyPrefill(view, this.events, reviewOrganOf(view, policy))}></xf-reply-form>`
          : html`<p class="loading" role="status">${tr(T.loading)}</p>`
      }
    `;
  }
}

customElements.define('xf-reply-print-page', XfReplyPrintPage);
