/**
 * Archive (立卷归档): matters ready for the file, each with its materials checklist — original,
 * proposed handling, leader instruction, investigation material, result (seed §交通集团) — and the
 * archive action the core allows or refuses with its reason; archived files and their loans, which
 * need a reason and a leader's approval (seed §政协机关).
 */
import { can, type PetitionView, type Rejection, statusLabels } from '@xinfang/core';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { cap, fill, num, type Text, tr } from '../app/i18n.js';
import { decideLoan, type Loan, listLoans, requestLoan } from '../app/loans.js';
import { okNotice, rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { queuePage } from '../app/paging.js';
import { href } from '../app/router.js';
import { calendar, currentActor, currentOrgan, policyOf, run, storeOf, unexpected } from '../app/services.js';
import { session } from '../app/session.js';

const PAGE = 20;
const READY = ['concluded', 'replied', 'reviewed', 'final', 'declined', 'referred'] as const;

const T = {
  title: { zh: '立卷归档', en: 'Archive' },
  intro: {
    zh: '办结的信访事项应立卷归档：原件、拟办意见、领导批示、调查材料和处理结果。档案保密，借阅须说明理由并经领导批准。',
    en: 'Concluded matters are filed: original, proposed handling, leader instruction, investigation material and result. Archives are confidential: a loan needs a reason and a leader’s approval.',
  },
  ready: { zh: '待归档（{n} 件）', en: 'Ready to file ({n})' },
  archived: { zh: '已归档（{n} 件）', en: 'Filed ({n})' },
  no: { zh: '登记编号', en: 'Registration no.' },
  subject: { zh: '事项', en: 'Subject' },
  status: { zh: '状态', en: 'Status' },
  checklist: { zh: '材料', en: 'Materials' },
  action: { zh: '操作', en: 'Action' },
  archive: { zh: '立卷归档', en: 'File it' },
  filed: { zh: '{no} 已归档。', en: '{no} was filed.' },
  original: { zh: '原件', en: 'Original' },
  proposed: { zh: '拟办意见', en: 'Proposed handling' },
  instruction: { zh: '领导批示', en: 'Leader instruction' },
  investigation: { zh: '调查材料', en: 'Investigation material' },
  result: { zh: '处理结果', en: 'Result' },
  decision: { zh: '不予受理或引导决定（见办理记录）', en: 'Decision to decline or refer (in the history)' },
  present: { zh: '已有', en: 'present' },
  absent: { zh: '缺', en: 'missing' },
  none: { zh: '没有。', en: 'None.' },
  more: { zh: '下一页', en: 'Next page' },
  prev: { zh: '上一页', en: 'Previous page' },
  loans: { zh: '借阅', en: 'Loans' },
  loanReason: { zh: '借阅理由', en: 'Reason for the loan' },
  requestLoan: { zh: '申请借阅', en: 'Request a loan' },
  pending: { zh: '待领导批准', en: 'Awaiting a leader’s approval' },
  approved: { zh: '已批准（{by}）', en: 'Approved ({by})' },
  refused: { zh: '未批准（{by}）', en: 'Refused ({by})' },
  approve: { zh: '批准', en: 'Approve' },
  refuse: { zh: '不批准', en: 'Refuse' },
  open: { zh: '查阅案卷', en: 'Open the file' },
  requested: { zh: '已提交借阅申请，待领导批准。', en: 'Loan requested; awaiting a leader’s approval.' },
  decided: { zh: '已处理借阅申请。', en: 'The loan request was decided.' },
} satisfies Record<string, Text>;

export class XfArchivePage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    ready: { state: true },
    filed: { state: true },
    readyPage: { state: true },
    filedPage: { state: true },
    rejection: { state: true },
    message: { state: true },
    loans: { state: true },
    loanFor: { state: true },
  };

  declare ready: { items: PetitionView[]; total: number } | undefined;
  declare filed: { items: PetitionView[]; total: number } | undefined;
  declare readyPage: number;
  declare filedPage: number;
  declare rejection: Rejection | undefined;
  declare message: Text | undefined;
  declare loans: Loan[];
  declare loanFor: string | undefined;

  constructor() {
    super();
    this.ready = undefined;
    this.filed = undefined;
    this.readyPage = 0;
    this.filedPage = 0;
    this.rejection = undefined;
    this.message = undefined;
    this.loans = [];
    this.loanFor = undefined;
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
      const query = (q: Parameters<typeof store.query>[0]) => store.query(q);
      const [ready, filed] = await Promise.all([
        queuePage(query, [...READY], {}, this.readyPage * PAGE, PAGE, clock.today()),
        store.query({
          status: 'archived',
          orderBy: 'nextDue',
          asOf: clock.today(),
          offset: this.filedPage * PAGE,
          limit: PAGE,
        }),
      ]);
      this.ready = ready;
      this.filed = filed;
      this.loans = listLoans(currentOrgan());
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  async #archive(view: PetitionView): Promise<void> {
    this.message = undefined;
    const result = await run(view.petitionId, { type: 'archive' }, view.seq).catch((error: unknown) => ({
      ok: false as const,
      rejection: unexpected(error),
    }));
    if (result.ok) {
      this.rejection = undefined;
      this.message = {
        zh: fill(T.filed.zh, { no: view.registrationNo }),
        en: fill(T.filed.en, { no: view.registrationNo }),
      };
      await this.#load();
    } else {
      this.rejection = result.rejection;
    }
  }

  #requestLoan(event: SubmitEvent, view: PetitionView): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const actor = currentActor();
    const result = requestLoan(currentOrgan(), {
      petitionId: view.petitionId,
      registrationNo: view.registrationNo,
      requester: { id: actor.id, role: actor.role, ...(actor.name ? { name: actor.name } : {}) },
      reason: String(data.get('reason') ?? ''),
      requestedAt: clock.now(),
    });
    if (result.ok) {
      this.rejection = undefined;
      this.message = T.requested;
      this.loanFor = undefined;
      this.loans = listLoans(currentOrgan());
    } else {
      this.rejection = { code: 'loan-reason', message: result.message };
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#loan-reason-${view.petitionId}`)?.focus());
    }
  }

  #decide(loan: Loan, approved: boolean): void {
    const actor = currentActor();
    const result = decideLoan(currentOrgan(), loan.id, {
      approved,
      by: { id: actor.id, role: actor.role, ...(actor.name ? { name: actor.name } : {}) },
      at: clock.now(),
    });
    if (result.ok) {
      this.rejection = undefined;
      this.message = T.decided;
    } else {
      this.rejection = { code: 'loan-leader', message: result.message };
    }
    this.loans = listLoans(currentOrgan());
  }

  #checklist(view: PetitionView) {
    const m = view.materials;
    // A declined or referred matter has no handling file: the original and the decision (in its history) suffice.
    const noHandling = view.concludedAt === undefined && (view.status === 'declined' || view.status === 'referred');
    const items: [Text, boolean][] = noHandling
      ? [
          [T.original, true],
          [T.decision, true],
        ]
      : [
          [T.original, true],
          [T.proposed, m.proposedHandling > 0],
          [T.instruction, m.leaderInstructions > 0],
          [T.investigation, m.investigation > 0],
          [T.result, view.outcome !== undefined],
        ];
    return html`<ul style="margin:0;padding:0;list-style:none" data-testid="archive-checklist">${items.map(
      ([label, ok]) => html`<li data-present=${ok ? 'true' : 'false'}>${ok ? '✓' : '✗'} ${tr(label)}
        <span class="visually-hidden">${tr(ok ? T.present : T.absent)}</span></li>`,
    )}</ul>`;
  }

  #readyRow(view: PetitionView) {
    const policy = policyOf(view.policyId);
    let verdict: { ok: true } | { ok: false; rejection: Rejection };
    try {
      verdict = can(view, 'archive', currentActor(), { policy, calendar });
    } catch (error) {
      verdict = { ok: false, rejection: unexpected(error) };
    }
    return html`<tr data-testid="archive-ready-row" data-registration-no=${view.registrationNo}>
      <td><a href=${href(`/office/case/${encodeURIComponent(view.petitionId)}`)}>${view.registrationNo}</a></td>
      <td>${view.subject}</td>
      <td>${tr(cap(statusLabels[view.status]))}</td>
      <td>${this.#checklist(view)}</td>
      <td>
        <button type="button" data-testid="archive-file" ?disabled=${!verdict.ok}
          aria-describedby=${verdict.ok ? nothing : `archive-why-${view.petitionId}`}
          @click=${() => this.#archive(view)}>${tr(T.archive)}</button>
        ${verdict.ok ? nothing : html`<p class="action__why" id=${`archive-why-${view.petitionId}`}>${tr(verdict.rejection.message)}</p>`}
      </td>
    </tr>`;
  }

  #loanCell(view: PetitionView) {
    const loans = this.loans.filter((l) => l.petitionId === view.petitionId);
    const leader = session.role === 'leader';
    const mine = currentActor().id;
    return html`
      ${loans.map((loan) => {
        const by = loan.decision?.by.name ?? loan.decision?.by.id ?? '';
        return html`<div class="action" data-testid="archive-loan" data-state=${loan.decision ? (loan.decision.approved ? 'approved' : 'refused') : 'pending'}>
          <p style="margin:0">${loan.requester.name ?? loan.requester.id}：${loan.reason}</p>
          <p class="hint" style="margin:0">${
            loan.decision ? fill(tr(loan.decision.approved ? T.approved : T.refused), { by }) : tr(T.pending)
          }</p>
          ${
            !loan.decision && leader
              ? html`<button type="button" data-testid="archive-loan-approve" @click=${() => this.#decide(loan, true)}>${tr(T.approve)}</button>
                <button type="button" class="button--secondary" data-testid="archive-loan-refuse" @click=${() => this.#decide(loan, false)}>${tr(T.refuse)}</button>`
              : nothing
          }
          ${
            loan.decision?.approved && loan.requester.id === mine
              ? html`<a href=${href(`/office/case/${encodeURIComponent(view.petitionId)}`)} data-testid="archive-loan-open">${tr(T.open)}</a>`
              : nothing
          }
        </div>`;
      })}
      ${
        this.loanFor === view.petitionId
          ? html`<form novalidate @submit=${(e: SubmitEvent) => this.#requestLoan(e, view)}>
            <div class="field"><label for=${`loan-reason-${view.petitionId}`}>${tr(T.loanReason)}</label>
              <textarea id=${`loan-reason-${view.petitionId}`} name="reason" data-testid="archive-loan-reason"></textarea></div>
            <button type="submit" data-testid="archive-loan-submit">${tr(T.requestLoan)}</button>
          </form>`
          : html`<button type="button" class="button--secondary" data-testid="archive-loan-request"
              @click=${() => {
                this.loanFor = view.petitionId;
              }}>${tr(T.requestLoan)}</button>`
      }
    `;
  }

  #pager(which: 'ready' | 'filed', total: number) {
    const index = which === 'ready' ? this.readyPage : this.filedPage;
    const pages = Math.max(1, Math.ceil(total / PAGE));
    if (pages <= 1) return nothing;
    const go = (n: number) => {
      if (which === 'ready') this.readyPage = n;
      else this.filedPage = n;
      void this.#load();
    };
    const label =
      which === 'ready'
        ? { zh: '待归档分页', en: 'Pages of matters ready to file' }
        : { zh: '已归档分页', en: 'Pages of filed matters' };
    return html`<nav class="pager" aria-label=${tr(label)}>
      <button type="button" class="button--secondary" ?disabled=${index === 0} @click=${() => go(index - 1)}>${tr(T.prev)}</button>
      <span>${index + 1} / ${pages}</span>
      <button type="button" class="button--secondary" ?disabled=${index + 1 >= pages} @click=${() => go(index + 1)}>${tr(T.more)}</button>
    </nav>`;
  }

  protected override render() {
    return html`
      <h1>${tr(T.title)}</h1>
      <p class="lead">${tr(T.intro)}</p>
      ${rejectionNotice(this.rejection, 'archive-rejection')}
      ${okNotice(this.message, 'archive-done')}
      <section aria-labelledby="archive-ready-title">
        <h2 id="archive-ready-title">${fill(tr(T.ready), { n: num(this.ready?.total ?? 0) })}</h2>
        ${
          this.ready?.items.length
            ? html`<div class="table-wrap"><table data-testid="archive-ready">
              <thead><tr><th scope="col">${tr(T.no)}</th><th scope="col">${tr(T.subject)}</th><th scope="col">${tr(T.status)}</th>
                <th scope="col">${tr(T.checklist)}</th><th scope="col">${tr(T.action)}</th></tr></thead>
              <tbody>${this.ready.items.map((v) => this.#readyRow(v))}</tbody></table></div>
              ${this.#pager('ready', this.ready.total)}`
            : html`<p>${tr(T.none)}</p>`
        }
      </section>
      <section aria-labelledby="archive-filed-title">
        <h2 id="archive-filed-title">${fill(tr(T.archived), { n: num(this.filed?.total ?? 0) })}</h2>
        ${
          this.filed?.items.length
            ? html`<div class="table-wrap"><table data-testid="archive-filed">
              <thead><tr><th scope="col">${tr(T.no)}</th><th scope="col">${tr(T.subject)}</th><th scope="col">${tr(T.loans)}</th></tr></thead>
              <tbody>${this.filed.items.map(
                (v) => html`<tr data-testid="archive-filed-row" data-registration-no=${v.registrationNo}>
                  <td>${v.registrationNo}</td><td>${v.subject}</td><td>${this.#loanCell(v)}</td></tr>`,
              )}</tbody></table></div>
              ${this.#pager('filed', this.filed.total)}`
            : html`<p>${tr(T.none)}</p>`
        }
      </section>
    `;
  }
}

customElements.define('xf-archive-page', XfArchivePage);
