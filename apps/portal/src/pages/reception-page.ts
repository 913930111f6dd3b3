/**
 * Reception desk (来访接待): visits and collective visits with `<xf-reception-form>` — the visitor is told
 * they answer for the truth, the record is read back and confirmed, a collective visit elects at most
 * the policy's number of representatives (22 art 20: 5). After registration the matter is answered on
 * the spot (an on-the-spot notice) or accepted at once; transfer, assignment and referral are completed
 * on the case page, where their forms ask for the destination.
 */
import type { Rejection } from '@xinfang/core';
import { type ReceptionPayload, XfReceptionForm, type XfSubmitEvent } from '@xinfang/elements';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { defineOnce, prefillReceivedAt } from '../app/define.js';
import { fill, type Text, tr } from '../app/i18n.js';
import { rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { registerPetition } from '../app/register.js';
import { href } from '../app/router.js';
import { currentOrgan, policyOf, run, unexpected } from '../app/services.js';

defineOnce('xf-reception-form', XfReceptionForm);

const T = {
  title: { zh: '来访接待', en: 'Reception desk' },
  intro: {
    zh: '登记来访人姓名、单位、电话、住址和时间，告知其对所述内容的真实性负责，记录须向来访人宣读并经其确认。多人来访应推选代表，代表人数不超过 {limit} 人（条例第二十条）。',
    en: 'Record the visitor’s name, unit, phone, address and time; tell them they answer for the truth; read the record back for them to confirm. A collective visit elects at most {limit} representatives (art 20).',
  },
  done: { zh: '已登记来访，登记编号 {no}。', en: 'Visit registered, registration number {no}.' },
  code: { zh: '查询码（交给来访人）：{code}', en: 'Query code (give it to the visitor): {code}' },
  accepted: { zh: '已当场受理。', en: 'Accepted on the spot.' },
  answered: { zh: '已当场答复并记录告知。', en: 'Answered on the spot; the notice is recorded.' },
  next: { zh: '请在事项页面完成{route}。', en: 'Complete the {route} on the petition page.' },
  open: { zh: '打开该事项', en: 'Open this petition' },
  routes: { zh: '转送、交办或引导', en: 'transfer, assignment or referral' },
} satisfies Record<string, Text>;

export class XfReceptionPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    last: { state: true },
    rejection: { state: true },
    busy: { state: true },
  };

  declare last: { no: string; id: string; code: string; follow: Text | undefined } | undefined;
  declare rejection: Rejection | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.last = undefined;
    this.rejection = undefined;
    this.busy = false;
  }

  async #onSubmit(event: XfSubmitEvent<ReceptionPayload>): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.busy = true;
    const form = event.target as XfReceptionForm;
    const { petition, answer } = event.detail;
    try {
      const { result, queryCode } = await registerPetition(petition, { online: false });
      if (!result.ok) {
        this.rejection = result.rejection;
        this.last = undefined;
      } else {
        this.rejection = undefined;
        const view = result.view;
        let follow: Text | undefined;
        if (answer.kind === 'onTheSpot') {
          const r = await run(view.petitionId, { type: 'notify', method: 'onSpot', text: answer.text }, view.seq);
          if (r.ok) follow = T.answered;
          else this.rejection = r.rejection;
        } else if (answer.route === 'accept') {
          const r = await run(view.petitionId, { type: 'accept' }, view.seq);
          if (r.ok) follow = T.accepted;
          else this.rejection = r.rejection;
        } else {
          follow = { zh: fill(T.next.zh, { route: T.routes.zh }), en: fill(T.next.en, { route: T.routes.en }) };
        }
        this.last = { no: view.registrationNo, id: view.petitionId, code: queryCode, follow };
        form.formResetCallback();
        prefillReceivedAt(form, clock.now());
      }
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('#reception-outcome')?.focus();
  }

  protected override firstUpdated(): void {
    prefillReceivedAt(this.querySelector('xf-reception-form'), clock.now());
  }

  protected override contextChanged(): void {
    super.contextChanged();
    prefillReceivedAt(this.querySelector('xf-reception-form'), clock.now());
  }

  protected override render() {
    const policy = policyOf(currentOrgan());
    const units = policy.units.map((u) => ({ id: u.id, name: u.name }));
    const last = this.last;
    return html`
      <h1>${tr(T.title)}</h1>
      <p class="lead">${fill(tr(T.intro), { limit: policy.representativesLimit })}</p>
      <div id="reception-outcome" tabindex="-1">
        ${rejectionNotice(this.rejection, 'reception-rejection')}
        ${
          last
            ? html`<div class="notice notice--ok" role="status" data-testid="reception-done">
              <p>${fill(tr(T.done), { no: last.no })}</p>
              <p>${fill(tr(T.code), { code: last.code })}</p>
              ${last.follow ? html`<p>${tr(last.follow)}</p>` : nothing}
              <p><a href=${href(`/office/case/${encodeURIComponent(last.id)}`)} data-testid="reception-open"
                data-registration-no=${last.no}>${tr(T.open)}</a></p>
            </div>`
            : nothing
        }
      </div>
      <xf-reception-form data-testid="reception-form" representatives-limit=${policy.representativesLimit}
        .units=${units} .clock=${() => clock.now()} ?disabled=${this.busy}
        @xf-submit=${(e: XfSubmitEvent<ReceptionPayload>) => this.#onSubmit(e)}></xf-reception-form>
    `;
  }
}

customElements.define('xf-reception-page', XfReceptionPage);
