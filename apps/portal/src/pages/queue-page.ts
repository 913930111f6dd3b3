/**
 * The work queue (工作台): petitions by their earliest open due date — overdue first, then due soon —
 * with a deadline badge each, tabs by stage with counts, filters (class, channel, unit, handler) and
 * pages of 20. Reads only the page it shows through the store's indexed, paginated query, so the first
 * page renders fast with 100,000 petitions in the store.
 */
import {
  type Channel,
  type Deadline,
  dueLabels,
  type PetitionClass,
  type PetitionStatus,
  type PetitionView,
  statusLabels,
  unitCode,
  type ViewQuery,
} from '@xinfang/core';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { cap, fill, num, type Text, tr } from '../app/i18n.js';
import { CHANNELS, CLASSES, channelLabels, classLabels, labelOf, shanghaiDay } from '../app/labels.js';
import { rejectionNotice } from '../app/notice.js';
import { currentOrgan, personName, policyOf, unexpected, unitName } from '../app/office.js';
import { PageElement } from '../app/page.js';
import { type Filters, queuePage } from '../app/paging.js';
import { href } from '../app/router.js';
import { ROLE_PEOPLE } from '../app/session.js';
import { loadServices } from '../app/store-loader.js';
import { afterNextFrame, yieldToMain } from '../app/yield.js';

const PAGE_SIZE = 20;
/**
 * On a fresh queue the rows are drawn a few at a time, each step in a task and a frame of its own: creating,
 * styling and laying out twenty rows with their badges at once is one long task.
 */
const ROW_STEP = 5;

/** Tabs by stage of the lifecycle. */
export const TABS: { id: string; label: Text; statuses?: PetitionStatus[] }[] = [
  { id: 'all', label: { zh: '全部', en: 'All' } },
  {
    id: 'pending',
    label: { zh: '待处理', en: 'To dispose' },
    statuses: ['registered', 'transferred', 'assigned'],
  },
  { id: 'handling', label: { zh: '办理中', en: 'Handling' }, statuses: ['handling'] },
  { id: 'reply', label: { zh: '待答复', en: 'To reply' }, statuses: ['concluded'] },
  {
    id: 'review',
    label: { zh: '答复及复查复核', en: 'Replied, review' },
    statuses: ['replied', 'reviewRequested', 'reviewed', 'reReviewRequested'],
  },
  { id: 'closed', label: { zh: '已结束', en: 'Closed' }, statuses: ['declined', 'referred', 'final', 'archived'] },
];

const T = {
  tabs: { zh: '按办理阶段', en: 'By stage' },
  filters: { zh: '筛选', en: 'Filters' },
  any: { zh: '全部', en: 'Any' },
  class: { zh: '类别', en: 'Class' },
  channel: { zh: '渠道', en: 'Channel' },
  unit: { zh: '承办单位', en: 'Unit' },
  handler: { zh: '承办人', en: 'Handler' },
  caption: {
    zh: '{tab}：共 {total} 件，按最近期限排序（已逾期在前）',
    en: '{tab}: {total} petitions, nearest deadline first (overdue on top)',
  },
  no: { zh: '登记编号', en: 'Registration no.' },
  subject: { zh: '事项', en: 'Subject' },
  received: { zh: '收到日期', en: 'Received' },
  status: { zh: '状态', en: 'Status' },
  deadline: { zh: '最近期限', en: 'Next deadline' },
  none: { zh: '无待办期限', en: 'Nothing due' },
  empty: {
    zh: '没有符合条件的信访事项。可以在“演示数据”页载入演示数据，或清除筛选条件。',
    en: 'No petitions match. Load demo data on the Demo data page, or clear the filters.',
  },
  prev: { zh: '上一页', en: 'Previous page' },
  next: { zh: '下一页', en: 'Next page' },
  page: { zh: '第 {page} 页，共 {pages} 页', en: 'Page {page} of {pages}' },
  loading: { zh: '正在读取…', en: 'Loading…' },
  pager: { zh: '分页', en: 'Pagination' },
  clear: { zh: '清除筛选', en: 'Clear filters' },
  calendarGap: { zh: '期限超出节假日数据范围', en: 'Deadline outside the holiday data' },
  overdueDays: { zh: '逾期 {days} 天', en: '{days} days overdue' },
  overdueDay: { zh: '逾期 {days} 天', en: '{days} day overdue' },
  search: { zh: '查找（登记编号、姓名、电话或身份证号）', en: 'Find (registration no., name, phone or ID number)' },
  searchGo: { zh: '查找', en: 'Find' },
  searchClear: { zh: '清除查找', en: 'Clear search' },
  searching: { zh: '“{text}”的查找结果', en: 'Results for “{text}”' },
  jump: { zh: '跳至页码', en: 'Go to page' },
  jumpGo: { zh: '跳转', en: 'Go' },
} satisfies Record<string, Text>;

/** Filters from query parameters; unknown classes and channels are ignored. */
export function filtersFrom(q: URLSearchParams): Filters {
  const filters: Filters = {};
  const cls = q.get('class');
  if (cls && (CLASSES as readonly string[]).includes(cls)) filters.class = cls as PetitionClass;
  const channel = q.get('channel');
  if (channel && (CHANNELS as readonly string[]).includes(channel)) filters.channel = channel as Channel;
  const unit = q.get('unit');
  if (unit) filters.unit = unit;
  const handler = q.get('handler');
  if (handler) filters.handler = handler;
  return filters;
}

export class XfQueuePage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    tab: { state: true },
    filters: { state: true },
    pageIndex: { state: true },
    result: { state: true },
    counts: { state: true },
    error: { state: true },
    shown: { state: true },
    rowsShown: { state: true },
    search: { state: true },
  };

  declare tab: string;
  declare filters: Filters;
  declare pageIndex: number;
  declare result: { items: PetitionView[]; total: number } | undefined;
  declare counts: Record<string, number> | undefined;
  declare error: ReturnType<typeof unexpected> | undefined;
  /** Whether the filters and the table are drawn yet (a frame after the heading and the tabs). */
  declare shown: boolean;
  /** How many rows of the page are drawn (all, but a fresh queue's grow by ROW_STEP a frame). */
  declare rowsShown: number;
  /** The search text (query parameter `q`); empty for the whole queue. */
  declare search: string;
  #load = 0;
  /** The store whose changes the queue follows, and the subscription (see `#follow`). */
  #followed: unknown;
  #subscription: { unsubscribe(): void } | undefined;
  /** The core's `deadlines`, which comes with the store code (it pulls in the lifecycle). */
  #deadlines: ((view: PetitionView) => Deadline | undefined) | undefined;

  constructor() {
    super();
    this.tab = 'all';
    this.filters = {};
    this.pageIndex = 0;
    this.result = undefined;
    this.counts = undefined;
    this.error = undefined;
    this.shown = false;
    this.rowsShown = PAGE_SIZE;
    this.search = '';
  }

  protected override firstUpdated(): void {
    // The filters (four selects: measuring every option is the costliest part to lay out) and what follows them
    // come in a task and a frame of their own, below the heading and the tabs, so nothing already shown moves.
    void afterNextFrame().then(() => {
      this.shown = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const q = this.route?.query;
    if (q) {
      const tab = q.get('tab');
      if (tab && TABS.some((t) => t.id === tab)) this.tab = tab;
      this.filters = filtersFrom(q);
      const page = Number(q.get('page'));
      if (Number.isInteger(page) && page > 1) this.pageIndex = page - 1;
      this.search = q.get('q')?.trim() ?? '';
    }
    void this.#reload();
  }

  protected override contextChanged(): void {
    void this.#reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#followed = undefined;
  }

  /**
   * Follows the organ's store: a petition registered, accepted or concluded in another tab (a colleague at the
   * reception desk, a handler on a case page) or in this one re-reads the queue, so a clerk never works from a
   * stale list. Dexie's live query watches everything the unfiltered count reads (the whole views table) and
   * hears other tabs' writes too; its first answer is the state just loaded, so it is skipped.
   */
  #refreshQueued = false;

  /** One re-read for a burst of changes (a bulk import writes in many transactions). */
  #refreshSoon(): void {
    if (this.#refreshQueued) return;
    this.#refreshQueued = true;
    setTimeout(() => {
      this.#refreshQueued = false;
      if (this.isConnected) void this.#reload();
    }, 250);
  }

  #follow(store: {
    live: {
      query(q: ViewQuery): {
        subscribe(observer: { next(value: unknown): void; error(error: unknown): void }): { unsubscribe(): void };
      };
    };
  }): void {
    if (this.#followed === store) return;
    this.#subscription?.unsubscribe();
    this.#followed = store;
    let first = true;
    this.#subscription = store.live.query({ orderBy: 'nextDue', asOf: clock.today(), limit: 1 }).subscribe({
      next: () => {
        if (first) {
          first = false;
          return;
        }
        this.#refreshSoon();
      },
      // A failed live query leaves the queue as it is; the next navigation reads it afresh.
      error: () => {},
    });
  }

  #syncUrl(): void {
    const q = new URLSearchParams();
    if (this.tab !== 'all') q.set('tab', this.tab);
    for (const [key, value] of Object.entries(this.filters)) if (value) q.set(key, value);
    if (this.search) q.set('q', this.search);
    if (this.pageIndex > 0) q.set('page', String(this.pageIndex + 1));
    const search = q.toString();
    history.replaceState(null, '', `#/office/queue${search ? `?${search}` : ''}`);
  }

  async #reload(): Promise<void> {
    const token = ++this.#load;
    const tab = TABS.find((t) => t.id === this.tab) ?? TABS[0]!;
    try {
      // The store code loads after the first screen (heading, tabs, filters) has been drawn.
      // Rows show a <xf-deadline-badge>: it comes with the store (it builds the core's calendar when it loads).
      const [{ calendar, deadlines, storeOf }] = await Promise.all([
        loadServices(),
        import('../app/deadline-badge.js'),
      ]);
      if (token !== this.#load) return;
      // The badge shows the nearest staff clock, the one the queue is ordered by (`nextDue`): the petitioner's
      // review and re-review windows are theirs, not the office's, and are shown on the case page.
      this.#deadlines = (view) =>
        deadlines(view, clock.now(), calendar).find((d) => d.kind !== 'reviewRequest' && d.kind !== 'reReviewRequest');
      const store = storeOf();
      this.#follow(store);
      const query = (q: ViewQuery) => store.query(q);
      const read = async (index: number) => {
        // The queue is ordered on the demo clock's day: a lapsed objection window no longer counts (22 art 23(3)).
        if (!this.search)
          return queuePage(query, tab.statuses, this.filters, index * PAGE_SIZE, PAGE_SIZE, clock.today());
        const { searchPage, searchPlan } = await import('../app/search.js');
        const policy = policyOf(currentOrgan());
        const plan = searchPlan(this.search, [
          ...policy.units.map((u) => unitCode(policy, u.id)),
          ...policy.units.map((u) => u.id),
        ]);
        return searchPage(store, plan, tab.statuses, this.filters, index * PAGE_SIZE, PAGE_SIZE, clock.today());
      };
      // The page first (what the person looks at), the tab counts after it.
      let result = await read(this.pageIndex);
      // A page number past the end (an old link, a typed URL) shows the last page.
      if (result.items.length === 0 && result.total > 0 && this.pageIndex > 0) {
        this.pageIndex = Math.ceil(result.total / PAGE_SIZE) - 1;
        this.#syncUrl();
        result = await read(this.pageIndex);
      }
      // The rows are drawn in a task of their own, not in the one that finished reading them.
      await yieldToMain();
      if (token !== this.#load) return;
      // A fresh queue (no rows on screen yet) draws its rows ROW_STEP at a time, a frame apart; a queue that
      // already shows rows (another tab, filter or page) swaps them at once, so the table never shrinks.
      const fresh = this.result === undefined || this.result.items.length === 0;
      this.rowsShown = fresh ? ROW_STEP : PAGE_SIZE;
      this.result = result;
      this.error = undefined;
      while (this.rowsShown < result.items.length) {
        await this.updateComplete;
        await afterNextFrame();
        if (token !== this.#load) return;
        this.rowsShown += ROW_STEP;
      }
      // The tab counts: one small query per status, each in a task of its own after the rows have been drawn
      // (started together, their answers and the rows' rendering would share one long task).
      await this.updateComplete;
      const counts: Record<string, number> = {};
      const perStatus = new Map<PetitionStatus, number>();
      for (const status of TABS.flatMap((t) => t.statuses ?? [])) {
        await yieldToMain();
        if (token !== this.#load) return;
        perStatus.set(
          status,
          (await store.query({ ...this.filters, status, orderBy: 'nextDue', asOf: clock.today(), limit: 1 })).total,
        );
      }
      for (const t of TABS) {
        counts[t.id] = t.statuses
          ? t.statuses.reduce((sum, s) => sum + (perStatus.get(s) ?? 0), 0)
          : [...perStatus.values()].reduce((a, b) => a + b, 0);
      }
      if (token !== this.#load) return;
      this.counts = counts;
    } catch (error) {
      if (token !== this.#load) return;
      this.error = unexpected(error);
    }
  }

  #setTab(id: string): void {
    this.tab = id;
    this.pageIndex = 0;
    this.#syncUrl();
    void this.#reload();
  }

  #setFilter(key: keyof Filters, value: string): void {
    const q = new URLSearchParams(
      Object.entries({ ...this.filters, [key]: value }).filter(([, v]) => v) as [string, string][],
    );
    this.filters = filtersFrom(q);
    this.pageIndex = 0;
    this.#syncUrl();
    void this.#reload();
  }

  #goPage(index: number): void {
    this.pageIndex = index;
    this.#syncUrl();
    void this.#reload();
    this.querySelector<HTMLElement>('#queue-table')?.focus();
  }

  #setSearch(text: string): void {
    this.search = text.trim();
    this.pageIndex = 0;
    this.#syncUrl();
    void this.#reload();
  }

  #deadline(view: PetitionView): Deadline | undefined {
    try {
      return this.#deadlines?.(view);
    } catch {
      return undefined;
    }
  }

  #select(key: keyof Filters, label: Text, options: { value: string; label: Text }[]) {
    const id = `filter-${key}`;
    return html`<div class="field">
      <label for=${id}>${tr(label)}</label>
      <select id=${id} data-testid=${id} @change=${(e: Event) => this.#setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!this.filters[key]}>${tr(T.any)}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${this.filters[key] === o.value}>${tr(o.label)}</option>`)}
      </select>
    </div>`;
  }

  protected override render() {
    const policy = policyOf(currentOrgan());
    const tab = TABS.find((t) => t.id === this.tab) ?? TABS[0]!;
    const total = this.result?.total ?? 0;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const hasFilters = Object.keys(this.filters).length > 0;
    return html`
      <h1>${tr({ zh: '工作台', en: 'Work queue' })}</h1>
      <div class="tabs" role="group" aria-label=${tr(T.tabs)}>
        ${TABS.map(
          (
            t,
          ) => html`<button type="button" aria-pressed=${t.id === this.tab ? 'true' : 'false'} data-testid=${`queue-tab-${t.id}`}
            @click=${() => this.#setTab(t.id)}>${tr(t.label)}<span class="count" data-testid=${`queue-count-${t.id}`}
              >${this.counts ? num(this.counts[t.id] ?? 0) : '…'}</span></button>`,
        )}
      </div>
      ${this.shown ? this.#rest(policy, tab, total, pages, hasFilters) : nothing}
    `;
  }

  /** Filters, notices and the table: drawn a frame after the heading and the tabs (see firstUpdated). */
  #rest(
    policy: ReturnType<typeof policyOf>,
    tab: (typeof TABS)[number],
    total: number,
    pages: number,
    hasFilters: boolean,
  ) {
    return html`
      <form class="filters" aria-label=${tr(T.filters)} @submit=${(e: Event) => e.preventDefault()}>
        ${this.#select(
          'class',
          T.class,
          CLASSES.map((c) => ({ value: c, label: classLabels[c] })),
        )}
        ${this.#select(
          'channel',
          T.channel,
          CHANNELS.map((c) => ({ value: c, label: channelLabels[c] })),
        )}
        ${this.#select(
          'unit',
          T.unit,
          policy.units.map((u) => ({ value: u.id, label: u.name })),
        )}
        ${this.#select(
          'handler',
          T.handler,
          Object.values(ROLE_PEOPLE).map((p) => ({ value: p.id, label: { zh: p.name, en: p.name } })),
        )}
        ${
          hasFilters
            ? html`<div class="field"><button type="button" class="button--secondary" data-testid="filter-clear"
                @click=${() => {
                  this.filters = {};
                  this.pageIndex = 0;
                  this.#syncUrl();
                  void this.#reload();
                }}>${tr(T.clear)}</button></div>`
            : nothing
        }
      </form>
      <form class="filters search" role="search" data-testid="queue-search-form" @submit=${(e: Event) => {
        e.preventDefault();
        const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
        this.#setSearch(input.value);
      }}>
        <div class="field field--wide">
          <label for="queue-search">${tr(T.search)}</label>
          <input id="queue-search" name="q" type="search" data-testid="queue-search" .value=${this.search} autocomplete="off" />
        </div>
        <div class="field"><button type="submit" data-testid="queue-search-submit">${tr(T.searchGo)}</button></div>
        ${
          this.search
            ? html`<div class="field"><button type="button" class="button--secondary" data-testid="queue-search-clear"
                @click=${() => this.#setSearch('')}>${tr(T.searchClear)}</button></div>`
            : nothing
        }
      </form>
      ${this.search ? html`<p class="hint" data-testid="queue-search-for">${fill(tr(T.searching), { text: this.search })}</p>` : nothing}
      ${rejectionNotice(this.error)}
      ${
        this.result === undefined
          ? html`<p class="loading" role="status">${tr(T.loading)}</p>`
          : this.result.items.length === 0
            ? html`<p class="notice" data-testid="queue-empty">${tr(T.empty)}</p>`
            : html`<div class="table-wrap">
              <table id="queue-table" class="queue-table" tabindex="-1" data-testid="queue-table">
                <caption data-testid="queue-caption">${fill(tr(T.caption), { tab: tr(tab.label), total: num(total) })}</caption>
                <thead><tr>
                  <th scope="col">${tr(T.deadline)}</th>
                  <th scope="col">${tr(T.no)}</th>
                  <th scope="col">${tr(T.subject)}</th>
                  <th scope="col">${tr(T.class)}</th>
                  <th scope="col">${tr(T.channel)}</th>
                  <th scope="col">${tr(T.unit)}</th>
                  <th scope="col">${tr(T.status)}</th>
                  <th scope="col">${tr(T.received)}</th>
                </tr></thead>
                <tbody>
                  ${this.result.items.slice(0, this.rowsShown).map((view) => this.#row(view, policy))}
                </tbody>
              </table>
            </div>
            <nav class="pager" aria-label=${tr(T.pager)}>
              <button type="button" class="button--secondary" data-testid="queue-prev" ?disabled=${this.pageIndex === 0}
                @click=${() => this.#goPage(this.pageIndex - 1)}>${tr(T.prev)}</button>
              <span data-testid="queue-page">${fill(tr(T.page), { page: this.pageIndex + 1, pages })}</span>
              <form class="jump" @submit=${(e: Event) => {
                e.preventDefault();
                const input = (e.currentTarget as HTMLFormElement).elements.namedItem('page') as HTMLInputElement;
                const n = Math.trunc(Number(input.value));
                if (Number.isFinite(n) && n >= 1) this.#goPage(Math.min(n, pages) - 1);
              }}>
                <label for="queue-jump">${tr(T.jump)}</label>
                <input id="queue-jump" name="page" type="number" min="1" max=${pages} inputmode="numeric" data-testid="queue-jump" />
                <button type="submit" class="button--secondary" data-testid="queue-jump-go">${tr(T.jumpGo)}</button>
              </form>
              <button type="button" class="button--secondary" data-testid="queue-next" ?disabled=${this.pageIndex + 1 >= pages}
                @click=${() => this.#goPage(this.pageIndex + 1)}>${tr(T.next)}</button>
            </nav>`
      }
    `;
  }

  /** How many calendar days a due date is behind the demo clock's date: 逾期 3 天 / 3 days overdue. */
  #overdue(due: string) {
    const days = Math.round((Date.parse(clock.today()) - Date.parse(due)) / 86_400_000);
    if (!(days > 0)) return nothing;
    return html`<br /><span class="overdue-days" data-testid="queue-overdue-days" data-days=${days}
      >${fill(tr(days === 1 ? T.overdueDay : T.overdueDays), { days: num(days) })}</span>`;
  }

  #row(view: PetitionView, policy: ReturnType<typeof policyOf>) {
    const next = this.#deadline(view);
    const handler = personName(view.handler);
    // data-label: on a phone each row is a card and every cell says which column it is (see index.html).
    return html`<tr data-testid="queue-row" data-registration-no=${view.registrationNo} data-status=${next?.status ?? 'none'}>
      <td data-label=${tr(T.deadline)}>${
        next
          ? html`<xf-deadline-badge due=${next.due} status=${next.status} ?provisional=${next.provisional === true} .label=${dueLabels[next.kind]}></xf-deadline-badge>${
              next.status === 'overdue' ? this.#overdue(next.due) : nothing
            }`
          : view.nextDue
            ? html`<xf-deadline-badge due=${view.nextDue} .label=${tr(T.calendarGap)}></xf-deadline-badge>`
            : html`<span class="hint">${tr(T.none)}</span>`
      }</td>
      <td data-label=${tr(T.no)}><a href=${href(`/office/case/${encodeURIComponent(view.petitionId)}`)} data-testid="queue-open">${view.registrationNo}</a></td>
      <td data-label=${tr(T.subject)}>${view.subject}</td>
      <td data-label=${tr(T.class)}>${tr(labelOf(classLabels, view.class))}</td>
      <td data-label=${tr(T.channel)}>${tr(labelOf(channelLabels, view.channel))}${view.hotline ? ' · 12345' : ''}</td>
      <td data-label=${tr(T.unit)}>${tr(unitName(view.unit, policy))}${handler ? html`<br /><span class="hint">${handler}</span>` : nothing}</td>
      <td data-label=${tr(T.status)}>${tr(cap(statusLabels[view.status]))}</td>
      <td data-label=${tr(T.received)}>${shanghaiDay(view.receivedAt)}</td>
    </tr>`;
  }
}

customElements.define('xf-queue-page', XfQueuePage);
