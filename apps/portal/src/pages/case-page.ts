/**
 * The case page (信访事项): the petition as the acting person may see it (`viewFor`, 22 art 30), its
 * deadlines, its history (`<xf-petition-timeline>`), and the actions — only those the machine allows
 * now for this role are enabled; a disabled one says why (the core's `can`). Each action is a dialog with an
 * `<xf-command-form>`: it builds the core command, checks it with the core's `checkCommand` (the store's own
 * message, at the field it concerns), and the page stamps it with the demo clock and executes it in the store.
 */
import {
  type Actor,
  archiveNeeds,
  type Command,
  can,
  checkCommand,
  type Deadline,
  deadlines,
  dueLabels,
  type PetitionEvent,
  type PetitionView,
  type PolicyProfile,
  type Rejection,
  statusLabels,
  viewFor,
} from '@xinfang/core';
import {
  type CommandCheckResult,
  type CommandSubmitDetail,
  type CommandDraft as FormCommand,
  XfDeadlineBadge,
  XfPetitionTimeline,
  type XfSubmitEvent,
} from '@xinfang/elements';
import '@xinfang/elements/command-form';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { clock } from '../app/clock.js';
import { defineOnce } from '../app/define.js';
import { cap, fill, type Text, tr } from '../app/i18n.js';
import { channelLabels, classLabels, labelOf, outcomeLabels, shanghaiDateTime } from '../app/labels.js';
import { okNotice, rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { href, navigate } from '../app/router.js';
import {
  type CommandDraft,
  calendar,
  currentActor,
  currentUnit,
  personName,
  policyOf,
  run,
  storeOf,
  unexpected,
  unitName,
} from '../app/services.js';
import { ROLE_NAMES, ROLE_PEOPLE, ROLES, session } from '../app/session.js';
import { type ActionSpec, actionSpecs } from './case-actions.js';

defineOnce('xf-deadline-badge', XfDeadlineBadge);
defineOnce('xf-petition-timeline', XfPetitionTimeline);

const T = {
  notFound: {
    zh: '找不到该信访事项。它可能属于另一个机关：请在上方切换机关，或回到工作台。',
    en: 'This petition was not found. It may belong to another organ: switch the organ above, or go back to the work queue.',
  },
  back: { zh: '返回工作台', en: 'Back to the work queue' },
  details: { zh: '基本情况', en: 'Details' },
  status: { zh: '状态', en: 'Status' },
  channel: { zh: '渠道', en: 'Channel' },
  class: { zh: '类别', en: 'Class' },
  received: { zh: '收到时间', en: 'Received' },
  unit: { zh: '承办单位', en: 'Unit' },
  handler: { zh: '承办人', en: 'Handler' },
  petitioner: { zh: '信访人', en: 'Petitioner' },
  anonymous: { zh: '匿名', en: 'Anonymous' },
  record: { zh: '登记内容', en: 'As registered' },
  address: { zh: '通讯地址', en: 'Postal address' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  workUnit: { zh: '工作单位', en: 'Work unit' },
  ticket: { zh: '12345 工单号', en: '12345 ticket no.' },
  postmark: { zh: '信件邮戳日期', en: 'Postmark date' },
  sender: { zh: '寄信地址', en: 'Sender address' },
  attachments: { zh: '附件', en: 'Attachments' },
  representatives: { zh: '代表', en: 'Representatives' },
  headCount: { zh: '来访人数', en: 'Visitors' },
  accusedPersons: { zh: '被检举控告人', en: 'Persons accused' },
  accusedUnits: { zh: '被检举控告单位', en: 'Units accused' },
  proposed: { zh: '拟办意见（登记时）', en: 'Proposed handling (at registration)' },
  withheld: { zh: '已隐去（检举控告保密，条例第三十条）', en: 'Withheld (accusations are confidential, art 30)' },
  phone: { zh: '联系电话', en: 'Phone' },
  outcome: { zh: '处理结果', en: 'Outcome' },
  extended: { zh: '已延期', en: 'Extended' },
  content: { zh: '信访内容', en: 'Content' },
  deadlines: { zh: '期限', en: 'Deadlines' },
  noDeadlines: { zh: '当前没有待办期限。', en: 'Nothing is due now.' },
  history: { zh: '办理记录', en: 'History' },
  actions: { zh: '可以进行的操作', en: 'Actions' },
  actionsHint: { zh: '当前角色：{role}。', en: 'Acting as: {role}.' },
  noActions: {
    zh: '当前角色此时没有可以进行的操作。可在上方切换角色或单位。',
    en: 'Nothing this role can do now. Switch the role or unit above.',
  },
  others: {
    zh: '本阶段的其他操作：谁可以进行，您为什么不能（{n}）',
    en: 'Other actions at this stage: who can take them, and why you cannot ({n})',
  },
  who: { zh: '可由：{who}', en: 'Can be taken by: {who}' },
  finished: {
    zh: '本事项{status}，此阶段没有可以进行的操作；办理记录可以查看和打印。',
    en: 'This matter is {status}: no action is open at this stage. The record can be read and printed.',
  },
  cancel: { zh: '取消', en: 'Cancel' },
  confirm: { zh: '确认{action}', en: 'Confirm: {action}' },
  done: { zh: '已完成：{action}。', en: 'Done: {action}.' },
  calendarGap: {
    zh: '期限无法计算：演示日期或期限超出节假日数据覆盖的年份。',
    en: 'Deadlines cannot be computed: the date is outside the years the holiday data covers.',
  },
  loading: { zh: '正在读取…', en: 'Loading…' },
} satisfies Record<string, Text>;

interface ActionState {
  spec: ActionSpec;
  verdict: { ok: true } | { ok: false; rejection: Rejection };
  /** Who may take a refused action at this stage (roles, with their units where not the acting one). */
  who?: Text;
}

/**
 * Refusals that only say the stage does not take the action: listing them (27 on a finished case) would hide the
 * few that matter, so the case page leaves them out.
 */
const NOT_AT_THIS_STAGE = new Set(['not-allowed-in-state', 'final-not-accepted-again']);

/** What archiving will need that the file lacks (seed §交通集团 四), said while it can still be added. */
function archiveNotice(view: PetitionView) {
  const needs = view.status === 'archived' ? undefined : archiveNeeds(view);
  return needs ? html`<p class="notice notice--warn" data-testid="case-archive-needs">${tr(needs)}</p>` : nothing;
}

/** The texts of the file, by kind of record. */
const TEXT_KINDS: Record<string, Text> = {
  handlingProposed: { zh: '拟办意见', en: 'Proposed handling' },
  leaderInstructed: { zh: '领导批示', en: 'Leader instruction' },
  concluded: { zh: '处理意见', en: 'Handling opinion' },
  materialAdded: { zh: '补充材料', en: 'Material added' },
};
const LATE: Text = { zh: '（结案后补充）', en: ' (added after conclusion)' };

/**
 * What staff wrote into the file — proposed handling, leader instructions, the handling opinion, added
 * materials — with who wrote it and when; left out for a reader the core redacts for (22 art 30). Lit escapes
 * every text: nothing typed is read as HTML.
 */
function caseTexts(events: readonly PetitionEvent[]) {
  const items = events.flatMap((e) => {
    const kind = TEXT_KINDS[e.type];
    if (!kind) return [];
    const d = e.data as { text?: string; opinion?: string; ref?: string; title?: string; late?: true };
    const text =
      e.type === 'concluded'
        ? d.opinion
        : e.type === 'materialAdded'
          ? [d.title, d.ref].filter(Boolean).join(' · ')
          : d.text;
    return [{ e, kind, text: text ?? '', late: d.late === true }];
  });
  if (items.length === 0) return nothing;
  return html`<section aria-labelledby="case-texts-title">
    <h2 id="case-texts-title">${tr({ zh: '办理记录正文', en: 'Texts of the file' })}</h2>
    <dl class="dl" data-testid="case-texts">${items.map(
      ({ e, kind, text, late }) =>
        html`<dt data-type=${e.type}>${tr(kind)}${late ? tr(LATE) : ''} · ${
          personName(e.by.id) ?? e.by.name ?? e.by.id
        } · <time datetime=${e.at}>${shanghaiDateTime(e.at)}</time></dt><dd style="white-space: pre-wrap">${text}</dd>`,
    )}</dl>
  </section>`;
}

export class XfCasePage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    view: { state: true },
    events: { state: true },
    missing: { state: true },
    active: { state: true },
    rejection: { state: true },
    done: { state: true },
    busy: { state: true },
  };

  declare view: PetitionView | undefined;
  declare events: PetitionEvent[];
  declare missing: boolean;
  declare active: ActionSpec | undefined;
  declare rejection: Rejection | undefined;
  declare done: Text | undefined;
  declare busy: boolean;
  #opener: HTMLElement | null = null;

  constructor() {
    super();
    this.view = undefined;
    this.events = [];
    this.missing = false;
    this.active = undefined;
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

  get #id(): string {
    return this.route?.params.id ?? '';
  }

  async #load(): Promise<void> {
    try {
      const store = storeOf();
      const [view, events] = await Promise.all([store.view(this.#id), store.history(this.#id)]);
      this.view = view;
      this.events = events;
      this.missing = view === undefined;
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  #policy(view: PetitionView): PolicyProfile {
    return policyOf(view.policyId);
  }

  /**
   * Every action of the lifecycle that the petition's stage takes, with the core's verdict for the acting person
   * (`can`); for a refused one, who could take it (each role of the office, in the acting unit or another).
   */
  #actions(view: PetitionView, policy: PolicyProfile): ActionState[] {
    const actor = currentActor();
    const verdict = (type: ActionSpec['type'], by: Actor): ActionState['verdict'] => {
      try {
        return can(view, type, by, { policy, calendar, at: clock.now() });
      } catch (error) {
        return { ok: false, rejection: unexpected(error) };
      }
    };
    const states: ActionState[] = [];
    for (const spec of actionSpecs({ view, policy, role: actor.role })) {
      const mine = verdict(spec.type, actor);
      if (mine.ok) {
        states.push({ spec, verdict: mine });
        continue;
      }
      if (NOT_AT_THIS_STAGE.has(mine.rejection.code)) continue;
      states.push({ spec, verdict: mine, who: this.#who(policy, spec.type, verdict) });
    }
    return states;
  }

  /** The roles that may take an action now, with the units they must act in when that is not the acting unit. */
  #who(
    policy: PolicyProfile,
    type: ActionSpec['type'],
    verdict: (type: ActionSpec['type'], by: Actor) => ActionState['verdict'],
  ): Text | undefined {
    const here = currentUnit(policy);
    const parts: Text[] = [];
    for (const role of ROLES) {
      const person = ROLE_PEOPLE[role];
      const by = (unit: string): Actor => ({ id: person.id, role, unit, name: person.name });
      if (verdict(type, by(here)).ok) {
        parts.push(ROLE_NAMES[role]);
        continue;
      }
      const units = policy.units.filter((u) => u.id !== here && verdict(type, by(u.id)).ok).map((u) => u.name);
      if (units.length === 0) continue;
      parts.push({
        zh: `${ROLE_NAMES[role].zh}（${units.map((u) => u.zh).join('、')}）`,
        en: `${ROLE_NAMES[role].en} (${units.map((u) => u.en).join(', ')})`,
      });
    }
    if (parts.length === 0) return undefined;
    return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join('; ') };
  }

  #open(spec: ActionSpec, event: Event): void {
    if (spec.route && this.view) {
      navigate(spec.route(this.view));
      return;
    }
    this.#opener = event.currentTarget as HTMLElement;
    this.active = spec;
    this.rejection = undefined;
    this.done = undefined;
    void this.updateComplete.then(() => {
      const dialog = this.querySelector<HTMLDialogElement>('#action-dialog');
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  #close(): void {
    this.querySelector<HTMLDialogElement>('#action-dialog')?.close();
  }

  #onDialogClose(): void {
    this.active = undefined;
    this.#opener?.focus();
  }

  /**
   * The core's check of the form's command, stamped as `run` will stamp it: the form shows the rejection the store
   * would give, next to the field it concerns.
   */
  #check(view: PetitionView, policy: PolicyProfile): (draft: FormCommand) => CommandCheckResult {
    return (draft) => {
      const command = { ...draft, petitionId: view.petitionId, at: clock.now(), by: currentActor() } as Command;
      return checkCommand(view, command, { policy, calendar });
    };
  }

  async #submit(event: XfSubmitEvent<CommandSubmitDetail>): Promise<void> {
    event.preventDefault();
    const spec = this.active;
    const view = this.view;
    if (!spec || !view || this.busy) return;
    this.busy = true;
    try {
      // The form's command, then what the ticked options add (conclude → reply → delivered): one call, decided and
      // written in one transaction against the sequence number shown (all or nothing).
      const first = event.detail.command as unknown as CommandDraft;
      const followUps = spec.followUps?.(event.detail) ?? [];
      const result = await run(view.petitionId, followUps.length > 0 ? [first, ...followUps] : first, view.seq);
      if (result.ok) {
        this.rejection = undefined;
        await this.#load();
        this.#close();
        this.done = { zh: fill(T.done.zh, { action: spec.label.zh }), en: fill(T.done.en, { action: spec.label.en }) };
      } else {
        this.rejection = result.rejection;
        await this.updateComplete;
        this.querySelector<HTMLElement>('#action-dialog [role="alert"]')?.focus();
      }
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
  }

  #dialog() {
    const spec = this.active;
    const view = this.view;
    return html`<dialog id="action-dialog" aria-labelledby="action-title" data-testid="action-dialog" @close=${() => this.#onDialogClose()}>
      ${
        spec && view
          ? html`<h2 id="action-title">${tr(spec.label)}</h2>
            ${spec.help ? html`<p class="hint">${tr(spec.help)}</p>` : nothing}
            ${rejectionNotice(this.rejection, 'action-rejection')}
            <xf-command-form data-testid="action-form" command=${spec.type} .fields=${spec.fields}
              .check=${this.#check(view, this.#policy(view))} confirm=${fill(tr(T.confirm), { action: tr(spec.label) })}
              ?busy=${this.busy} @xf-submit=${(e: XfSubmitEvent<CommandSubmitDetail>) => this.#submit(e)}></xf-command-form>
            <p class="card__actions">
              <button type="button" class="button--secondary" data-testid="action-cancel" @click=${() => this.#close()}>${tr(T.cancel)}</button>
            </p>`
          : nothing
      }
    </dialog>`;
  }

  #deadlines(view: PetitionView): Deadline[] | undefined {
    try {
      return deadlines(view, clock.now(), calendar);
    } catch {
      return undefined;
    }
  }

  #action({ spec, verdict, who }: ActionState) {
    return html`<li class="action" data-action=${spec.type} data-allowed=${verdict.ok ? 'true' : 'false'}>
      <button type="button" data-testid=${`action-${spec.type}`} ?disabled=${!verdict.ok}
        aria-describedby=${verdict.ok ? nothing : `why-${spec.type}`}
        @click=${(e: Event) => this.#open(spec, e)}>${tr(spec.label)}</button>
      ${
        verdict.ok
          ? nothing
          : html`<p class="action__why" id=${`why-${spec.type}`} data-testid=${`why-${spec.type}`}>${tr(verdict.rejection.message)}</p>`
      }
      ${who ? html`<p class="action__why" data-testid=${`who-${spec.type}`}>${fill(tr(T.who), { who: tr(who) })}</p>` : nothing}
    </li>`;
  }

  /**
   * What was registered beyond the summary above: where to post the reply, identity, the 12345 ticket, the
   * letter, attachments, every representative of a collective visit, the accused (22 art 30: withheld where
   * `viewFor` redacts the matter for this person) and the proposed handling typed at registration.
   */
  #record(view: PetitionView, policy: ReturnType<typeof policyOf>) {
    const registered = this.events.find((e) => e.type === 'registered');
    if (registered?.type !== 'registered') return nothing;
    if (view.redacted) {
      return html`<h3>${tr(T.record)}</h3><p data-testid="case-record-withheld">${tr(T.withheld)}</p>`;
    }
    const p = registered.data.petition;
    const row = (label: Text, value: string | undefined, testid: string) =>
      value ? html`<dt>${tr(label)}</dt><dd data-testid=${testid}>${value}</dd>` : nothing;
    const unitOrText = (u: string) => (policy.units.some((x) => x.id === u) ? tr(unitName(u, policy)) : u);
    const reps = p.collective?.representatives ?? [];
    return html`<h3>${tr(T.record)}</h3>
      <dl class="dl" data-testid="case-record">
        ${row(T.address, p.petitioner?.address, 'case-address')}
        ${row(T.idNumber, view.petitionerIdNumber ?? p.petitioner?.idNumber, 'case-id-number')}
        ${row(T.workUnit, p.petitioner?.workUnit, 'case-work-unit')}
        ${row(T.ticket, p.hotline?.ticket, 'case-ticket')}
        ${row(T.postmark, p.letter?.postmarkDate, 'case-postmark')}
        ${row(T.sender, p.letter?.senderAddress, 'case-sender')}
        ${row(T.attachments, p.attachments?.join('、'), 'case-attachments')}
        ${row(T.headCount, p.collective ? String(p.collective.headCount) : undefined, 'case-head-count')}
        ${
          reps.length
            ? html`<dt>${tr(T.representatives)}</dt><dd><ul class="plain-list" data-testid="case-representatives">${reps.map(
                (r) =>
                  html`<li data-testid="case-representative">${[r.name, r.phone, r.idNumber, r.address].filter(Boolean).join(' · ')}</li>`,
              )}</ul></dd>`
            : nothing
        }
        ${row(T.accusedPersons, view.accusedPersons.join('、') || undefined, 'case-accused-persons')}
        ${row(T.accusedUnits, view.accusedUnits.map(unitOrText).join('、') || undefined, 'case-accused-units')}
        ${row(T.proposed, p.proposedHandling, 'case-proposed')}
      </dl>`;
  }

  protected override render() {
    if (this.missing) {
      return html`<h1>${tr({ zh: '找不到信访事项', en: 'Petition not found' })}</h1>
        <p class="notice notice--warn" data-testid="case-missing">${tr(T.notFound)}</p>
        <p><a href=${href('/office/queue')}>${tr(T.back)}</a></p>`;
    }
    const raw = this.view;
    if (!raw) {
      return html`<h1>${tr({ zh: '信访事项', en: 'Petition' })}</h1>${rejectionNotice(this.rejection)}
        <p class="loading" role="status">${tr(T.loading)}</p>`;
    }
    const actor = currentActor();
    const view = viewFor(raw, actor);
    const policy = this.#policy(raw);
    const actions = this.#actions(raw, policy);
    const allowed = actions.filter((a) => a.verdict.ok);
    const refused = actions.filter((a) => !a.verdict.ok);
    const due = this.#deadlines(raw);
    const unitNames = Object.fromEntries(policy.units.map((u) => [u.id, u.name]));
    return html`
      <p class="no-print"><a href=${href('/office/queue')} data-testid="case-back">← ${tr(T.back)}</a></p>
      <h1 data-testid="case-title"><span class="code" data-testid="case-registration-no">${view.registrationNo}</span> ${view.subject}</h1>
      ${okNotice(this.done, 'case-done')}
      ${this.active ? nothing : rejectionNotice(this.rejection, 'case-rejection')}
      <div class="two-col">
        <div>
          <section class="panel" aria-labelledby="case-details">
            <h2 id="case-details">${tr(T.details)}</h2>
            <dl class="dl">
              <dt>${tr(T.status)}</dt><dd data-testid="case-status" data-status=${view.status}>${tr(cap(statusLabels[view.status]))}</dd>
              <dt>${tr(T.class)}</dt><dd>${tr(labelOf(classLabels, view.class))}</dd>
              <dt>${tr(T.channel)}</dt><dd>${tr(labelOf(channelLabels, view.channel))}${view.hotline ? ' · 12345' : ''}</dd>
              <dt>${tr(T.received)}</dt><dd>${shanghaiDateTime(view.receivedAt)}</dd>
              <dt>${tr(T.unit)}</dt><dd data-testid="case-unit">${tr(unitName(view.unit, policy))}</dd>
              <dt>${tr(T.handler)}</dt><dd data-testid="case-handler">${personName(view.handler) ?? view.handler ?? '—'}</dd>
              <dt>${tr(T.petitioner)}</dt><dd data-testid="case-petitioner">${
                view.anonymous
                  ? tr(T.anonymous)
                  : view.redacted && !view.petitionerName
                    ? tr(T.withheld)
                    : (view.petitionerName ?? '—')
              }${view.persons > 1 ? html` · ${view.persons} ${tr({ zh: '人', en: 'persons' })}` : nothing}</dd>
              ${view.petitionerPhone ? html`<dt>${tr(T.phone)}</dt><dd>${view.petitionerPhone}</dd>` : nothing}
              ${view.outcome ? html`<dt>${tr(T.outcome)}</dt><dd>${tr(labelOf(outcomeLabels, view.outcome))}</dd>` : nothing}
              ${view.extended ? html`<dt>${tr(T.extended)}</dt><dd data-testid="case-extended">${view.extensionDays} ${tr({ zh: '日', en: 'days' })}</dd>` : nothing}
            </dl>
            ${this.#record(view, policy)}
            <h3>${tr(T.content)}</h3>
            <p data-testid="case-content" style="white-space: pre-wrap">${view.redacted && !view.content ? tr(T.withheld) : view.content}</p>
          </section>
          <section aria-labelledby="case-deadlines">
            <h2 id="case-deadlines">${tr(T.deadlines)}</h2>
            ${
              due === undefined
                ? html`<p class="notice notice--warn">${tr(T.calendarGap)}</p>`
                : due.length === 0
                  ? html`<p data-testid="case-no-deadlines">${tr(T.noDeadlines)}</p>`
                  : html`<ul class="plain-list" data-testid="case-deadline-list">${due.map(
                      (
                        d,
                      ) => html`<li data-kind=${d.kind} data-status=${d.status}><xf-deadline-badge due=${d.due} status=${d.status}
                        ?provisional=${d.provisional === true} .label=${dueLabels[d.kind]}></xf-deadline-badge></li>`,
                    )}</ul>`
            }
            ${archiveNotice(view)}
          </section>
          <section aria-labelledby="case-history">
            <h2 id="case-history">${tr(T.history)}</h2>
            <xf-petition-timeline data-testid="case-timeline" .events=${this.events} .units=${unitNames}></xf-petition-timeline>
          </section>
          ${view.redacted ? nothing : caseTexts(this.events)}
        </div>
        <section class="panel no-print" aria-labelledby="case-actions">
          <h2 id="case-actions">${tr(T.actions)}</h2>
          <p class="hint">${fill(tr(T.actionsHint), { role: `${tr(ROLE_NAMES[session.role])} · ${actor.name ?? ''}` })}</p>
          ${
            allowed.length === 0
              ? html`<p data-testid="case-no-actions">${tr(T.noActions)}</p>`
              : html`<ul class="actions" data-testid="case-allowed-actions">${repeat(
                  allowed,
                  (a) => a.spec.type,
                  (a) => this.#action(a),
                )}</ul>`
          }
          ${
            refused.length === 0
              ? allowed.length === 0
                ? html`<p class="notice" data-testid="case-finished">${fill(tr(T.finished), { status: tr(statusLabels[raw.status]) })}</p>`
                : nothing
              : html`<details data-testid="case-other-actions" ?open=${allowed.length === 0}>
            <summary>${fill(tr(T.others), { n: refused.length })}</summary>
            <ul class="actions">${repeat(
              refused,
              (a) => a.spec.type,
              (a) => this.#action(a),
            )}</ul>
          </details>`
          }
        </section>
      </div>
      ${this.#dialog()}
    `;
  }
}

customElements.define('xf-case-page', XfCasePage);
