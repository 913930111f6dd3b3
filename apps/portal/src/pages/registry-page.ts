/**
 * Registry (来信来电登记): a clerk registers letters — postmark date, sender address, opened and stamped
 * the same day (seed §交通集团) — and calls, including 12345 hotline tickets, with
 * `<xf-intake-form mode="staff">`. The store allocates the registration number.
 */
import type { PetitionInput, Rejection } from '@xinfang/core';
import { XfIntakeForm, type XfSubmitEvent } from '@xinfang/elements';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { defineOnce, prefillReceivedAt } from '../app/define.js';
import { fill, type Text, tr } from '../app/i18n.js';
import { channelLabels, labelOf } from '../app/labels.js';
import { rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { registerPetition } from '../app/register.js';
import { href } from '../app/router.js';
import { currentOrgan, policyOf, unexpected } from '../app/services.js';

defineOnce('xf-intake-form', XfIntakeForm);

const T = {
  title: { zh: '来信来电登记', en: 'Register letters and calls' },
  intro: {
    zh: '来信当日拆封、加盖收信章，保留信封作为邮戳日期和寄信地址的凭证；来电记录来电人、时间、单位或地址和事项，12345 热线转来的注明工单号。',
    en: 'Open letters the day they arrive and stamp them; keep the envelope as evidence of the postmark date and address. For calls record caller, time, unit or address and matter; note the ticket of 12345 hotline items.',
  },
  done: { zh: '已登记：{channel}，登记编号 {no}。', en: 'Registered: {channel}, registration number {no}.' },
  code: {
    zh: '查询码（随告知书交给信访人）：{code}',
    en: 'Query code (give it to the petitioner with the notice): {code}',
  },
  open: { zh: '打开该事项', en: 'Open this petition' },
  hotline: {
    zh: '12345 热线事项应当即时报告领导（本机关制度）。',
    en: '12345 hotline items are reported to a leader at once (this organ’s rules).',
  },
} satisfies Record<string, Text>;

/**
 * A letter is opened and date-stamped the day it is registered (seed §交通集团: same-day opening), so its
 * opening time is the registration time unless the clerk recorded another.
 */
export function stampOpened(petition: PetitionInput, now: string): PetitionInput {
  if (petition.channel !== 'letter' || !petition.letter || petition.letter.openedAt) return petition;
  return { ...petition, letter: { ...petition.letter, openedAt: now } };
}

export class XfRegistryPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    last: { state: true },
    rejection: { state: true },
    busy: { state: true },
  };

  declare last: { no: string; id: string; code: string; channel: string; hotline: boolean } | undefined;
  declare rejection: Rejection | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.last = undefined;
    this.rejection = undefined;
    this.busy = false;
  }

  async #onSubmit(event: XfSubmitEvent<PetitionInput>): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    const form = event.target as XfIntakeForm;
    try {
      const { result, queryCode } = await registerPetition(stampOpened(event.detail, clock.now()), { online: false });
      if (result.ok) {
        this.rejection = undefined;
        this.last = {
          no: result.view.registrationNo,
          id: result.view.petitionId,
          code: queryCode,
          channel: result.view.channel,
          hotline: Boolean(result.view.hotline),
        };
        form.formResetCallback();
        prefillReceivedAt(form, clock.now());
      } else {
        this.rejection = result.rejection;
      }
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('#registry-outcome')?.focus();
  }

  protected override firstUpdated(): void {
    prefillReceivedAt(this.querySelector('xf-intake-form'), clock.now());
  }

  protected override contextChanged(): void {
    super.contextChanged();
    prefillReceivedAt(this.querySelector('xf-intake-form'), clock.now());
  }

  protected override render() {
    const policy = policyOf(currentOrgan());
    const units = policy.units.map((u) => ({ id: u.id, name: u.name }));
    const last = this.last;
    return html`
      <h1>${tr(T.title)}</h1>
      <p class="lead">${tr(T.intro)}</p>
      <div id="registry-outcome" tabindex="-1">
        ${rejectionNotice(this.rejection, 'registry-rejection')}
        ${
          last
            ? html`<div class="notice notice--ok" role="status" data-testid="registry-done">
              <p>${fill(tr(T.done), { channel: tr(labelOf(channelLabels, last.channel)), no: last.no })}</p>
              <p>${fill(tr(T.code), { code: last.code })}</p>
              ${last.hotline && policy.intake.hotlineReportToLeader ? html`<p>${tr(T.hotline)}</p>` : nothing}
              <p><a href=${href(`/office/case/${encodeURIComponent(last.id)}`)} data-testid="registry-open"
                data-registration-no=${last.no}>${tr(T.open)}</a></p>
            </div>`
            : nothing
        }
      </div>
      <xf-intake-form mode="staff" data-testid="registry-form" .units=${units} .clock=${() => clock.now()}
        ?disabled=${this.busy} @xf-submit=${(e: XfSubmitEvent<PetitionInput>) => this.#onSubmit(e)}></xf-intake-form>
    `;
  }
}

customElements.define('xf-registry-page', XfRegistryPage);
