/**
 * The written reply (书面答复) to one petition, with `<xf-reply-form kind="opinion">` prefilled from the
 * petition and its handling opinion. Submitting records the reply (`reply`), and — when the reply is
 * handed over or sent online at once — its delivery (`delivered`), from which the review window of
 * 22 art 35 runs. A claim still in handling is concluded with the opinion first (`conclude`).
 */
import type { PetitionEvent, PetitionView, PolicyProfile, Rejection } from '@xinfang/core';
import { type ReplyPayload, XfReplyForm, type XfSubmitEvent } from '@xinfang/elements';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { defineOnce } from '../app/define.js';
import { fill, type Text, tr } from '../app/i18n.js';
import { okNotice, rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { href } from '../app/router.js';
import { type CommandDraft, calendar, currentActor, policyOf, run, storeOf, unexpected } from '../app/services.js';

defineOnce('xf-reply-form', XfReplyForm);

const T = {
  title: { zh: '书面答复', en: 'Written reply' },
  back: { zh: '返回事项', en: 'Back to the petition' },
  done: { zh: '已答复{delivered}。', en: 'Reply recorded{delivered}.' },
  deliveredToo: { zh: '并登记送达', en: ' and delivered' },
  print: { zh: '打印答复', en: 'Print the reply' },
  notReady: {
    zh: '该事项目前不需要书面答复（状态：{status}）。请先在事项页面办结。',
    en: 'This petition does not need a written reply now (status: {status}). Conclude it on the petition page first.',
  },
  loading: { zh: '正在读取…', en: 'Loading…' },
} satisfies Record<string, Text>;

/** The handling opinion of the `concluded` event, to prefill the letter. */
export function concludedOpinion(events: readonly PetitionEvent[]): { outcome?: string; opinion?: string } {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'concluded') return { outcome: e.data.outcome, opinion: e.data.opinion };
  }
  return {};
}

/**
 * Prefill of the letter beyond what the view gives: the handling opinion of the `concluded` event, a
 * document number derived from the registration number, the legal basis of a handling opinion
 * (22 art 32) and the organ one level up that hears a review (22 art 35). The clerk may change each.
 */
export function replyPrefill(view: PetitionView, events: readonly PetitionEvent[], reviewOrgan: string | undefined) {
  const match = /-(\d{4})-(\d+)$/.exec(view.registrationNo);
  return {
    ...concludedOpinion(events),
    ...(match ? { documentNo: `信复〔${match[1]}〕${match[2]}号` } : {}),
    legalBasis: '《信访工作条例》第三十二条',
    reviewOrgan: reviewOrgan ?? '上一级机关',
  };
}

/** The name of the unit one level up from the petition's unit, when the policy names one. */
export function reviewOrganOf(view: PetitionView, policy: PolicyProfile): string | undefined {
  const parent = policy.units.find((u) => u.id === view.unit)?.parent;
  const unit = parent ? policy.units.find((u) => u.id === parent) : undefined;
  return unit ? tr(unit.name) : undefined;
}

/** Plain text of the composed letter, for `ReplyCommand.text`. */
export function letterText(payload: ReplyPayload): string {
  return [payload.letter.title, payload.letter.salutation, ...payload.letter.paragraphs].filter(Boolean).join('\n');
}

export class XfReplyPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    view: { state: true },
    events: { state: true },
    rejection: { state: true },
    done: { state: true },
    busy: { state: true },
  };

  declare view: PetitionView | undefined;
  declare events: PetitionEvent[];
  declare rejection: Rejection | undefined;
  declare done: Text | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.view = undefined;
    this.events = [];
    this.rejection = undefined;
    this.done = undefined;
    this.busy = false;
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
      const id = this.route?.params.id ?? '';
      const store = storeOf();
      [this.view, this.events] = await Promise.all([store.view(id), store.history(id)]);
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  async #onSubmit(event: XfSubmitEvent<ReplyPayload>): Promise<void> {
    event.preventDefault();
    const view = this.view;
    const payload = event.detail;
    if (!view || this.busy || payload.kind !== 'opinion') return;
    // The form's own "delivered now" tick (offered only to a role that may record delivery).
    const deliver = payload.deliverNow === true;
    this.busy = true;
    try {
      // 22 art 32: the handling opinion first, then the written reply that carries it, then its delivery —
      // one call, decided and written in one transaction (all or nothing).
      const steps: CommandDraft[] = [
        ...(view.status === 'handling'
          ? [{ type: 'conclude' as const, outcome: payload.outcome, opinion: payload.opinion }]
          : []),
        { type: 'reply', text: letterText(payload) },
        ...(deliver ? [{ type: 'delivered' as const }] : []),
      ];
      const done = await run(view.petitionId, steps, view.seq);
      if (!done.ok) {
        this.rejection = done.rejection;
        return;
      }
      this.rejection = undefined;
      this.done = {
        zh: fill(T.done.zh, { delivered: deliver ? T.deliveredToo.zh : '' }),
        en: fill(T.done.en, { delivered: deliver ? T.deliveredToo.en : '' }),
      };
      await this.#load();
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#reply-outcome')?.focus();
    }
  }

  protected override render() {
    const view = this.view;
    const id = this.route?.params.id ?? '';
    const back = html`<p class="no-print"><a href=${href(`/office/case/${encodeURIComponent(id)}`)} data-testid="reply-back">← ${tr(T.back)}</a></p>`;
    if (!view) {
      return html`${back}<h1>${tr(T.title)}</h1>${rejectionNotice(this.rejection)}<p class="loading" role="status">${tr(T.loading)}</p>`;
    }
    const policy = policyOf(view.policyId);
    const units = Object.fromEntries(policy.units.map((u) => [u.id, u.name]));
    const writable = view.status === 'concluded' || (view.status === 'handling' && view.class === 'claim');
    // Delivery is recorded by whoever the petition's terms allow (a clerk by default): the form offers it only to them.
    const mayDeliver = view.terms.permissions.delivered.includes(currentActor().role);
    return html`
      ${back}
      <h1>${tr(T.title)} · <span class="code">${view.registrationNo}</span></h1>
      <div id="reply-outcome" tabindex="-1">
        ${rejectionNotice(this.rejection, 'reply-rejection')}
        ${okNotice(this.done, 'reply-done')}
      </div>
      ${
        view.status === 'replied' || view.status === 'reviewed' || this.done
          ? html`<p><a class="button" href=${href(`/office/replies/${encodeURIComponent(view.petitionId)}/print`)} data-testid="reply-print-link">${tr(T.print)}</a></p>`
          : nothing
      }
      ${
        writable
          ? html`<xf-reply-form kind="opinion" data-testid="reply-form" .view=${view} .units=${units} .calendar=${calendar}
                .clock=${() => clock.now()} ?offer-delivery=${mayDeliver}
                .values=${{
                  ...replyPrefill(view, this.events, reviewOrganOf(view, policy)),
                  // An online petition's reply is delivered online at once: offered ticked.
                  deliverNow: mayDeliver && view.channel === 'online',
                }}
                ?disabled=${this.busy}
                @xf-submit=${(e: XfSubmitEvent<ReplyPayload>) => this.#onSubmit(e)}></xf-reply-form>`
          : this.done
            ? nothing
            : html`<p class="notice notice--warn" data-testid="reply-not-ready">${fill(tr(T.notReady), { status: view.status })}</p>`
      }
    `;
  }
}

customElements.define('xf-reply-page', XfReplyPage);
