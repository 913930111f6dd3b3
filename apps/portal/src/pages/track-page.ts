/**
 * Citizen side: track a petition with its registration number and query code. Shows the status, the
 * dates that matter, what the petitioner was told (notices, the extension and its reason, the handling
 * opinion, the written reply, review decisions) and the right to request a review with its last day.
 * Never internal notes (proposed handling, leader instructions, urging, materials, handlers) and never
 * anyone's identity but the petitioner's own (22 art 30). A wrong number and a wrong code give the same
 * answer, so the form cannot be used to find out which numbers exist.
 */
import {
  can,
  deadlines,
  normalizeQueryCode,
  type PetitionEvent,
  type PetitionView,
  type Rejection,
  statusLabels,
  viewFor,
} from '@xinfang/core';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { TRACK_HEAD } from '../app/first-screen.js';
import { cap, fill, type Text, tr } from '../app/i18n.js';
import { labelOf, legalChannelLabels, outcomeLabels, reviewOutcomeLabels, shanghaiDay } from '../app/labels.js';
import { issueSummary, okNotice, rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { calendar, execute, policyOf, trackPetition, unexpected, unitName } from '../app/services.js';

const T = {
  ...TRACK_HEAD,
  no: { zh: '登记编号', en: 'Registration number' },
  noHint: { zh: '例如 XF-XFB-2026-0001', en: 'For example XF-XFB-2026-0001' },
  code: { zh: '查询码', en: 'Query code' },
  codeHint: { zh: '8 位字母和数字，例如 K7QM-3XZP', en: '8 letters and digits, for example K7QM-3XZP' },
  search: { zh: '查询', en: 'Track' },
  enterNo: { zh: '请填写登记编号', en: 'Enter the registration number' },
  enterCode: { zh: '请填写8位查询码，例如 K7QM-3XZP', en: 'Enter the 8-character query code, for example K7QM-3XZP' },
  notFound: {
    zh: '登记编号或查询码不正确。请核对后重新输入；遗失查询码的，请携带身份证件到信访接待场所查询。',
    en: 'The registration number or the query code is wrong. Check them and try again; if you lost the code, bring your ID to the reception office.',
  },
  status: { zh: '办理状态', en: 'Status' },
  received: { zh: '收到日期', en: 'Received' },
  subject: { zh: '事项', en: 'Subject' },
  dates: { zh: '重要日期', en: 'Key dates' },
  told: { zh: '告知与答复', en: 'Notices and replies' },
  nothingYet: { zh: '暂无告知或答复。', en: 'No notice or reply yet.' },
  reviewTitle: { zh: '申请复查的权利', en: 'Your right to a review' },
  reviewOpen: {
    zh: '您对答复意见不服的，可以自收到书面答复之日起30日内向上一级机关申请复查（《信访工作条例》第三十五条）。最后一日：{date}。',
    en: 'If you disagree with the reply, you may ask the organ one level up for a review within 30 days of receiving the written reply (art 35). Last day: {date}.',
  },
  reviewPending: {
    zh: '书面答复送达后，您可以在30日内申请复查（条例第三十五条）；期限自送达之日起计算。',
    en: 'Once the written reply is delivered you may request a review within 30 days (art 35), counted from delivery.',
  },
  reReviewOpen: {
    zh: '您对复查意见不服的，可以自收到复查意见之日起30日内向上一级机关申请复核（条例第三十六条）。最后一日：{date}。',
    en: 'If you disagree with the review decision, you may request a re-review one level up within 30 days of receiving it (art 36). Last day: {date}.',
  },
  reReviewTitle: { zh: '申请复核的权利', en: 'Your right to a re-review' },
  reReviewPending: {
    zh: '复查意见送达后，您可以在30日内向上一级机关申请复核（条例第三十六条）；期限自送达之日起计算。',
    en: 'Once the review decision is delivered you may request a re-review one level up within 30 days (art 36), counted from delivery.',
  },
  requestReReview: { zh: '申请复核', en: 'Request a re-review' },
  enterReReviewReasons: { zh: '请填写申请复核的理由', en: 'Enter your reasons for the re-review' },
  reReviewDone: { zh: '已收到您的复核申请。', en: 'Your re-review request has been received.' },
  requestReview: { zh: '申请复查', en: 'Request a review' },
  reasons: { zh: '申请理由', en: 'Your reasons' },
  enterReasons: { zh: '请填写申请复查的理由', en: 'Enter your reasons for the review' },
  reviewDone: { zh: '已收到您的复查申请。', en: 'Your review request has been received.' },
  extendedBy: {
    zh: '办理期限延长 {days} 日，理由：{reason}',
    en: 'Handling period extended by {days} days. Reason: {reason}',
  },
  provisional: {
    zh: '（暂定：该年放假安排尚未公布，以正式安排为准；您的申请期限不会因此提前截止）',
    en: ' (provisional: that year’s holiday schedule is not yet published; your window will not close earlier because of it)',
  },
} satisfies Record<string, Text>;

/** What the petitioner is told, from the history: a whitelist of event types, never internal notes. */
export function petitionerRecords(
  events: readonly PetitionEvent[],
): { at: string; title: Text; text?: string; testid: string }[] {
  const out: { at: string; title: Text; text?: string; testid: string }[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'registered':
        out.push({ at: e.at, title: { zh: '已登记', en: 'Registered' }, testid: 'track-registered' });
        break;
      case 'accepted':
        out.push({ at: e.at, title: { zh: '已受理', en: 'Accepted' }, testid: 'track-accepted' });
        break;
      case 'transferred':
        out.push({
          at: e.at,
          title: { zh: '已转送有权处理的机关', en: 'Transferred to the organ with power' },
          testid: 'track-transferred',
        });
        break;
      case 'assigned':
        out.push({ at: e.at, title: { zh: '已交办', en: 'Assigned' }, testid: 'track-assigned' });
        break;
      case 'declined':
        out.push({
          at: e.at,
          title: { zh: '不予受理', en: 'Not accepted' },
          text: [e.data.reason, e.data.goTo].filter(Boolean).join(' — '),
          testid: 'track-declined',
        });
        break;
      case 'referred':
        out.push({
          at: e.at,
          title: {
            zh: `请通过${labelOf(legalChannelLabels, e.data.channel).zh}途径解决`,
            en: `Please use ${labelOf(legalChannelLabels, e.data.channel).en}`,
          },
          text: e.data.organ,
          testid: 'track-referred',
        });
        break;
      case 'notified':
        // Only notices to the petitioner (22 art 23); a notice addressed to someone else is not theirs.
        if (e.data.to === undefined) {
          out.push({
            at: e.at,
            title: { zh: '告知', en: 'Notice' },
            ...(e.data.text ? { text: e.data.text } : {}),
            testid: 'track-notice',
          });
        }
        break;
      case 'extended':
        // 22 art 34: the reason for the extension is told to the petitioner.
        out.push({
          at: e.at,
          title: { zh: '办理期限延长', en: 'Handling period extended' },
          text: fill(tr(T.extendedBy), { days: e.data.days, reason: e.data.reason }),
          testid: 'track-extended',
        });
        break;
      case 'concluded':
        out.push({
          at: e.at,
          title: {
            zh: `办结：${labelOf(outcomeLabels, e.data.outcome).zh}`,
            en: `Concluded: ${labelOf(outcomeLabels, e.data.outcome).en}`,
          },
          text: e.data.opinion,
          testid: 'track-concluded',
        });
        break;
      case 'replied':
        out.push({
          at: e.at,
          title: { zh: '书面答复', en: 'Written reply' },
          text: e.data.text,
          testid: 'track-reply',
        });
        break;
      case 'delivered':
        out.push({ at: e.at, title: { zh: '已送达', en: 'Delivered' }, testid: 'track-delivered' });
        break;
      case 'reviewRequested':
        out.push({ at: e.at, title: { zh: '已申请复查', en: 'Review requested' }, testid: 'track-review-requested' });
        break;
      case 'reviewDecided':
        out.push({
          at: e.at,
          title: {
            zh: `复查意见：${labelOf(reviewOutcomeLabels, e.data.outcome).zh}`,
            en: `Review: ${labelOf(reviewOutcomeLabels, e.data.outcome).en}`,
          },
          text: e.data.opinion,
          testid: 'track-review-decided',
        });
        break;
      case 'reReviewRequested':
        out.push({
          at: e.at,
          title: { zh: '已申请复核', en: 'Re-review requested' },
          testid: 'track-rereview-requested',
        });
        break;
      case 'reReviewDecided':
        out.push({
          at: e.at,
          title: {
            zh: `复核意见：${labelOf(reviewOutcomeLabels, e.data.outcome).zh}`,
            en: `Re-review: ${labelOf(reviewOutcomeLabels, e.data.outcome).en}`,
          },
          text: e.data.opinion,
          testid: 'track-rereview-decided',
        });
        break;
      default:
        // Internal records (proposed handling, instructions, urging, materials, handlers, archive) are not shown.
        break;
    }
  }
  return out;
}

interface Found {
  organ: string;
  view: PetitionView;
  events: PetitionEvent[];
}

/** A number as a citizen may type it (any case, `XF-` left out) in the stores' form: `xfb-2026-1` → `XF-XFB-2026-0001`. */
function canonicalNo(no: string): string {
  const m = /^(?:XF-)?([A-Za-z][A-Za-z0-9]*)-(\d{4})-(\d{1,6})$/i.exec(no.trim());
  return m ? `XF-${m[1]!.toUpperCase()}-${m[2]}-${m[3]!.padStart(4, '0')}` : no;
}

export class XfTrackPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    found: { state: true },
    issues: { state: true },
    rejection: { state: true },
    done: { state: true },
    busy: { state: true },
  };

  declare found: Found | undefined;
  declare issues: { id: string; message: Text }[];
  declare rejection: Rejection | undefined;
  declare done: Text | undefined;
  declare busy: boolean;
  #no = '';
  #code = '';

  constructor() {
    super();
    this.found = undefined;
    this.issues = [];
    this.rejection = undefined;
    this.done = undefined;
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#no = this.route?.query.get('no') ?? '';
  }

  protected override contextChanged(): void {
    // The clock moved: refresh what is shown (the review window may have closed).
    if (this.found) void this.#lookup(this.#no, this.#code);
    else this.requestUpdate();
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const no = String(data.get('no') ?? '').trim();
    const code = String(data.get('code') ?? '');
    const issues: { id: string; message: Text }[] = [];
    if (!no) issues.push({ id: 'track-no', message: T.enterNo });
    if (!normalizeQueryCode(code)) issues.push({ id: 'track-code', message: T.enterCode });
    this.issues = issues;
    this.rejection = undefined;
    this.found = undefined;
    this.done = undefined;
    if (issues.length > 0) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('#track-errors')?.focus();
      return;
    }
    this.#no = no;
    this.#code = code;
    await this.#lookup(no, code);
    await this.updateComplete;
    this.querySelector<HTMLElement>(this.found ? '#track-result' : '[data-testid="track-not-found"]')?.focus();
  }

  async #lookup(no: string, code: string): Promise<void> {
    this.busy = true;
    try {
      // As typed, then as a citizen may have typed it (any case, no XF-).
      this.found =
        (await trackPetition(no, code)) ??
        (canonicalNo(no) === no ? undefined : await trackPetition(canonicalNo(no), code));
      if (this.found) return;
      this.rejection = { code: 'not-found', message: T.notFound };
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
  }

  #petitioner(view: PetitionView) {
    return { id: `petitioner:${view.registrationNo}`, role: 'petitioner' as const };
  }

  /**
   * A review of the reply (22 art 35) or, once a review decision is delivered, a re-review of it (22 art 36),
   * asked of the unit the policy names, else the unit one level up.
   */
  async #requestReview(event: SubmitEvent, type: 'requestReview' | 'requestReReview'): Promise<void> {
    event.preventDefault();
    const found = this.found;
    if (!found) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const reasons = String(data.get('reasons') ?? '').trim();
    if (!reasons) {
      this.issues = [
        { id: 'review-reasons', message: type === 'requestReview' ? T.enterReasons : T.enterReReviewReasons },
      ];
      await this.updateComplete;
      this.querySelector<HTMLElement>('#review-reasons')?.focus();
      return;
    }
    this.issues = [];
    const policy = policyOf(found.view.policyId);
    const terms = found.view.terms;
    const from = type === 'requestReview' ? found.view.unit : (found.view.reviewUnit ?? found.view.unit);
    const reviewUnit =
      (type === 'requestReview' ? terms.reviewUnit : terms.reReviewUnit) ??
      policy.units.find((u) => u.id === from)?.parent ??
      policy.defaultUnit;
    const result = await execute(
      {
        type,
        petitionId: found.view.petitionId,
        at: clock.now(),
        by: this.#petitioner(found.view),
        reviewUnit,
        reasons,
      },
      found.view.seq,
      found.organ,
    ).catch((error: unknown) => ({ ok: false as const, rejection: unexpected(error) }));
    if (result.ok) {
      this.done = type === 'requestReview' ? T.reviewDone : T.reReviewDone;
      await this.#lookup(this.#no, this.#code);
    } else {
      this.rejection = result.rejection;
    }
  }

  #result(found: Found) {
    const view = viewFor(found.view, this.#petitioner(found.view));
    const policy = policyOf(view.policyId);
    const records = petitionerRecords(found.events);
    let open: ReturnType<typeof deadlines> = [];
    try {
      open = deadlines(view, clock.now(), calendar);
    } catch {
      open = [];
    }
    const reviewDue = view.status === 'replied' ? view.due.reviewRequest : undefined;
    const reReviewDue = view.status === 'reviewed' ? view.due.reReviewRequest : undefined;
    // 22 arts 35–36: after the reply, a review; after a review decision (delivered or not yet), a re-review.
    const stage = view.status === 'reviewed' ? 'reReview' : 'review';
    const action = stage === 'review' ? 'requestReview' : 'requestReReview';
    let mayReview = false;
    try {
      mayReview = can(view, action, this.#petitioner(view), { policy, calendar, at: clock.now() }).ok;
    } catch {
      mayReview = false;
    }
    return html`
      <section id="track-result" tabindex="-1" aria-labelledby="track-result-title" data-testid="track-result">
        <h2 id="track-result-title"><span class="code">${view.registrationNo}</span></h2>
        <dl class="dl">
          <dt>${tr(T.subject)}</dt><dd>${view.subject}</dd>
          <dt>${tr(T.status)}</dt><dd data-testid="track-status" data-status=${view.status}>${tr(cap(statusLabels[view.status]))}</dd>
          <dt>${tr(T.received)}</dt><dd>${shanghaiDay(view.receivedAt)}</dd>
          <dt>${tr({ zh: '承办机关', en: 'Handled by' })}</dt><dd>${tr(unitName(view.unit, policy))}</dd>
        </dl>
        <h3>${tr(T.dates)}</h3>
        ${
          open.length
            ? html`<ul class="plain-list" data-testid="track-dates">${open.map(
                (d) =>
                  html`<li data-kind=${d.kind}>${tr(d.label)}：<time datetime=${d.due}>${d.due}</time>${d.provisional ? tr(T.provisional) : nothing}</li>`,
              )}</ul>`
            : html`<p>—</p>`
        }
        <h3>${tr(T.told)}</h3>
        ${
          records.length
            ? html`<ol class="plain-list" data-testid="track-records">${records.map(
                (r) =>
                  html`<li data-testid=${r.testid}><strong>${tr(r.title)}</strong> · ${shanghaiDay(r.at)}${
                    r.text ? html`<br /><span style="white-space: pre-wrap">${r.text}</span>` : nothing
                  }</li>`,
              )}</ol>`
            : html`<p>${tr(T.nothingYet)}</p>`
        }
        ${
          view.status === 'replied' || view.status === 'reviewed'
            ? html`<section class="notice" aria-labelledby="track-review-title" data-testid="track-review-right" data-stage=${stage}>
              <h3 id="track-review-title">${tr(stage === 'review' ? T.reviewTitle : T.reReviewTitle)}</h3>
              <p data-testid="track-review-last-day" data-date=${reviewDue ?? reReviewDue ?? ''}>${
                reviewDue
                  ? fill(tr(T.reviewOpen), { date: reviewDue })
                  : reReviewDue
                    ? fill(tr(T.reReviewOpen), { date: reReviewDue })
                    : tr(stage === 'review' ? T.reviewPending : T.reReviewPending)
              }${view.provisional?.includes(reviewDue ? 'reviewRequest' : 'reReviewRequest') ? html`<span data-testid="track-review-provisional">${tr(T.provisional)}</span>` : nothing}</p>
              ${
                mayReview
                  ? html`<form novalidate @submit=${(e: SubmitEvent) => this.#requestReview(e, action)}>
                    <div class="field">
                      <label for="review-reasons">${tr(T.reasons)}</label>
                      ${this.issues.some((i) => i.id === 'review-reasons') ? html`<p class="field-error" id="review-reasons-error">${tr(stage === 'review' ? T.enterReasons : T.enterReReviewReasons)}</p>` : nothing}
                      <textarea id="review-reasons" name="reasons" data-testid="track-review-reasons"
                        aria-describedby=${this.issues.some((i) => i.id === 'review-reasons') ? 'review-reasons-error' : nothing}></textarea>
                    </div>
                    <button type="submit" data-testid="track-request-review">${tr(stage === 'review' ? T.requestReview : T.requestReReview)}</button>
                  </form>`
                  : nothing
              }
            </section>`
            : nothing
        }
      </section>
    `;
  }

  protected override render() {
    const issueOf = (id: string) => this.issues.find((i) => i.id === id);
    const field = (id: string, name: string, label: Text, hint: Text, value: string) => {
      const issue = issueOf(id);
      return html`<div class="field">
        <label for=${id}>${tr(label)}</label>
        <p class="hint" id=${`${id}-hint`}>${tr(hint)}</p>
        ${issue ? html`<p class="field-error" id=${`${id}-error`}>${tr(issue.message)}</p>` : nothing}
        <input id=${id} name=${name} data-testid=${id} autocomplete="off" .value=${value} spellcheck="false" size="24"
          aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${issue ? `${id}-hint ${id}-error` : `${id}-hint`} />
      </div>`;
    };
    return html`
      <h1>${tr(T.title)}</h1>
      <p>${tr(T.intro)}</p>
      ${this.found ? nothing : issueSummary('track-errors', this.issues, this)}
      <form novalidate @submit=${(e: SubmitEvent) => this.#onSubmit(e)} data-testid="track-form">
        ${field('track-no', 'no', T.no, T.noHint, this.#no)}
        ${field('track-code', 'code', T.code, T.codeHint, this.#code)}
        <button type="submit" data-testid="track-submit" ?disabled=${this.busy}>${tr(T.search)}</button>
      </form>
      ${this.rejection ? html`<div tabindex="-1" data-testid="track-not-found">${rejectionNotice(this.rejection)}</div>` : nothing}
      ${okNotice(this.done, 'track-done')}
      ${this.found ? this.#result(this.found) : nothing}
    `;
  }
}

customElements.define('xf-track-page', XfTrackPage);
