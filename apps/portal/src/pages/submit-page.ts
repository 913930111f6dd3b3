/**
 * Citizen side: submit a petition online (`<xf-intake-form mode="public">`). On success the citizen
 * gets the registration number and a query code to track it; nothing else about the office is shown.
 */
import type { PetitionInput, Rejection } from '@xinfang/core';
import { XfIntakeForm, type XfSubmitEvent } from '@xinfang/elements';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { defineOnce } from '../app/define.js';
import { SUBMIT_HEAD } from '../app/first-screen.js';
import { type Text, tr } from '../app/i18n.js';
import { shanghaiDay } from '../app/labels.js';
import { rejectionNotice } from '../app/notice.js';
import { currentOrgan, ORGAN_IDS, organName } from '../app/organs.js';
import { PageElement } from '../app/page.js';
import { href } from '../app/router.js';
import { portalMode } from '../app/session.js';
import { afterNextFrame } from '../app/yield.js';

defineOnce('xf-intake-form', XfIntakeForm);

const T = {
  ...SUBMIT_HEAD,
  organ: { zh: '向哪个机关提出', en: 'Organ to petition' },
  doneTitle: { zh: '已收到您的信访事项', en: 'Your petition has been received' },
  no: { zh: '登记编号', en: 'Registration number' },
  code: { zh: '查询码', en: 'Query code' },
  keep: {
    zh: '请记下登记编号和查询码。查询码只显示这一次，本系统只保存它的摘要，遗失后无法找回。',
    en: 'Write down the registration number and the query code. The code is shown only this once; the system keeps only a digest of it and cannot recover it.',
  },
  next: {
    zh: '有权处理的机关将在15日内告知您是否受理（条例第二十三条）。',
    en: 'The organ with power will tell you within 15 days whether it accepts the matter (art 23).',
  },
  submitted: { zh: '提交日期', en: 'Date submitted' },
  noticeBy: { zh: '告知是否受理的期限', en: 'Told whether accepted by' },
  receiptTitle: { zh: '信访事项回执', en: 'Petition receipt' },
  print: { zh: '打印回执', en: 'Print receipt' },
  track: { zh: '查询办理进度', en: 'Track this petition' },
  another: { zh: '再提交一件', en: 'Submit another petition' },
} satisfies Record<string, Text>;

export class XfSubmitPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    receipt: { state: true },
    rejection: { state: true },
    busy: { state: true },
    formShown: { state: true },
    organ: { state: true },
  };

  declare receipt:
    | { registrationNo: string; queryCode: string; submitted: string; noticeBy: string | undefined }
    | undefined;
  declare rejection: Rejection | undefined;
  declare busy: boolean;
  /** The organ the citizen petitions (the office's organ until they choose another). */
  declare organ: string;
  /** The form comes a frame after the heading (see firstUpdated). */
  declare formShown: boolean;

  constructor() {
    super();
    this.receipt = undefined;
    this.rejection = undefined;
    this.busy = false;
    this.formShown = false;
    this.organ = currentOrgan();
  }

  protected override firstUpdated(): void {
    // The form is the biggest part of the page: it is drawn in a task and a frame of its own, after the heading
    // and the organ (two short tasks instead of one long one; it appears below them, so nothing shown moves).
    void afterNextFrame().then(() => {
      this.formShown = true;
    });
  }

  async #onSubmit(event: XfSubmitEvent<PetitionInput>): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    try {
      // The store (IndexedDB, the lifecycle) is loaded when the citizen submits, not with the form.
      const { registerPetition } = await import('../app/register.js');
      const { result, queryCode } = await registerPetition(
        { ...event.detail, receivedAt: clock.now() },
        { online: true, organ: this.organ },
      );
      if (result.ok) {
        // 22 art 22/23: the notice date is the core's due date, never recomputed here.
        this.receipt = {
          registrationNo: result.view.registrationNo,
          queryCode,
          submitted: shanghaiDay(result.view.receivedAt),
          noticeBy: result.view.due.notice,
        };
        this.rejection = undefined;
        await this.updateComplete;
        this.querySelector<HTMLElement>('#receipt-title')?.focus();
      } else {
        this.rejection = result.rejection;
        await this.updateComplete;
        this.querySelector<HTMLElement>('[data-testid="submit-rejection"]')?.focus();
      }
    } catch (error) {
      const { unexpected } = await import('../app/services.js');
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    if (this.receipt) {
      const { registrationNo, queryCode, submitted, noticeBy } = this.receipt;
      return html`
        <h1 id="receipt-title" tabindex="-1">${tr(T.doneTitle)}</h1>
        <section class="notice notice--ok" data-testid="submit-receipt" aria-label=${tr(T.receiptTitle)}>
          <dl class="dl">
            <dt>${tr(T.no)}</dt><dd class="code" data-testid="submit-registration-no">${registrationNo}</dd>
            <dt>${tr(T.code)}</dt><dd class="code" data-testid="submit-query-code">${queryCode}</dd>
            <dt>${tr(T.submitted)}</dt><dd data-testid="submit-date"><time datetime=${submitted}>${submitted}</time></dd>
            ${
              noticeBy === undefined
                ? nothing
                : html`<dt>${tr(T.noticeBy)}</dt><dd data-testid="submit-notice-by"><time datetime=${noticeBy}>${noticeBy}</time></dd>`
            }
          </dl>
          <p>${tr(T.keep)}</p>
          <p>${tr(T.next)}</p>
        </section>
        <p class="card__actions no-print">
          <button type="button" data-testid="submit-print" @click=${() => window.print()}>${tr(T.print)}</button>
          <a class="button" href=${href(`/track?no=${encodeURIComponent(registrationNo)}`)} data-testid="submit-track">${tr(T.track)}</a>
          <button type="button" class="button--secondary" data-testid="submit-another" @click=${() => {
            this.receipt = undefined;
          }}>${tr(T.another)}</button>
        </p>
      `;
    }
    const organ = this.organ;
    return html`
      <h1>${tr(T.title)}</h1>
      <p class="lead">${tr(T.intro)}</p>
      <div class="field" ?hidden=${portalMode === 'server'}>
        <label for="submit-organ">${tr(T.organ)}</label>
        <select id="submit-organ" data-testid="submit-organ" @change=${(e: Event) => {
          // The petition goes to the organ chosen here; the office's own organ stays as it is.
          this.organ = (e.target as HTMLSelectElement).value;
        }}>
          ${ORGAN_IDS.map((id) => html`<option value=${id} ?selected=${id === organ}>${tr(organName(id))}</option>`)}
        </select>
      </div>
      ${this.rejection ? html`<div tabindex="-1" data-testid="submit-rejection">${rejectionNotice(this.rejection)}</div>` : nothing}
      ${
        this.formShown
          ? html`<xf-intake-form mode="public" data-testid="intake-form" .clock=${() => clock.now()} ?disabled=${this.busy}
              @xf-submit=${(e: XfSubmitEvent<PetitionInput>) => this.#onSubmit(e)}></xf-intake-form>`
          : nothing
      }
    `;
  }
}

customElements.define('xf-submit-page', XfSubmitPage);
