/**
 * `<xf-statistics-page>` — the statistics of a quarter or a year (seed §政协机关: statistics quarterly and
 * yearly): on-time conclusion and reply rates, counts by channel, class, unit, outcome and status, visits
 * as batches (批次) and persons (人次). Figures come from the store's `statistics`, which equals the core's
 * `statistics` over the same views; every chart has a data table beside it; export to CSV for Excel.
 *
 * FOR THE SHELL — element name and properties:
 *   <xf-statistics-page .store=${store} .calendar=${calendar} .now=${clock.now()} .policy=${policy}
 *                       lang="zh-CN" year="2026" quarter="0"></xf-statistics-page>
 *   - store: PetitionStore (required)      - calendar: Calendar (required)   - now: Instant (required)
 *   - policy?: PolicyProfile (unit names)  - lang: 'zh-CN' | 'en' (default 'zh-CN')
 *   - year: number (default: year of `now`) - quarter: 0 = whole year, 1–4 (default 0)
 *   - heading-level: 1 | 2 (default 1) — the page title's heading level
 *   Fires `xf-period-change` (detail { year, quarter }) when the person picks another period.
 *   Test hooks: each figure cell has data-figure="<table>.<key>" and data-value="<number>";
 *   the element's `statistics` property holds the last `Statistics` it rendered.
 */
import type { Calendar, Instant, PetitionStore, PolicyProfile, Statistics } from '@xinfang/core';
import { msg, tr } from '@xinfang/core/i18n';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { type Lang, periodRange, type StatTable, statisticsTables, toCsv } from './tables.js';

type ChartModule = typeof import('./charts.js');
type Chart = ReturnType<ChartModule['drawChart']>;

const T = {
  title: msg('信访统计', 'Petition statistics'),
  year: msg('年度', 'Year'),
  period: msg('统计期间', 'Period'),
  whole: msg('全年', 'Whole year'),
  quarter: msg('第{q}季度', 'Quarter {q}'),
  exportCsv: msg('导出 CSV', 'Export CSV'),
  exportXlsx: msg('导出 Excel（XLSX）', 'Export Excel (XLSX)'),
  loading: msg('正在统计……', 'Counting…'),
  error: msg('统计失败：{m}。请刷新页面后重试。', 'Statistics failed: {m}. Reload the page and try again.'),
  item: msg('项目', 'Item'),
  value: msg('数值', 'Value'),
  chartOf: msg('{t}图表', 'Chart: {t}'),
  empty: msg('本期间没有数据。', 'No data in this period.'),
  range: msg('{from} 至 {to}', '{from} to {to}'),
};

/** Period changed by the person (year and quarter, 0 = whole year). */
export class PeriodChangeEvent extends Event {
  constructor(
    readonly year: number,
    readonly quarter: number,
  ) {
    super('xf-period-change', { bubbles: true, composed: true });
  }
}

/**
 * The statistics page element.
 *
 * @fires xf-period-change - the person picked another year or quarter
 */
export class XfStatisticsPage extends LitElement {
  static override properties = {
    store: { attribute: false },
    calendar: { attribute: false },
    policy: { attribute: false },
    now: { type: String },
    lang: { type: String },
    year: { type: Number },
    quarter: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    statistics: { attribute: false },
    _error: { state: true },
    _loading: { state: true },
  };

  static override styles = css`
    :host { display: block; color: #1f2937; }
    h1, h2 { margin: 0 0 0.75rem; }
    h2 { font-size: 1.5rem; }
    h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
    .controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-bottom: 1rem; }
    label { display: flex; flex-direction: column; gap: 0.25rem; font-weight: 600; }
    select, button { font: inherit; padding: 0.4rem 0.6rem; min-height: 2.5rem; border: 1px solid #4b5563; border-radius: 4px; background: #fff; color: #111827; }
    button { background: #1d4ed8; color: #fff; border-color: #1d4ed8; cursor: pointer; }
    button:focus-visible, select:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
    section { border: 1px solid #d1d5db; border-radius: 6px; padding: 1rem; background: #fff; }
    .chart { width: 100%; height: 240px; }
    table { border-collapse: collapse; width: 100%; margin-top: 0.5rem; }
    th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e5e7eb; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .summary td.num { font-size: 1.15rem; font-weight: 700; }
    .error { color: #b91c1c; font-weight: 600; }
    .range { color: #374151; margin: 0 0 1rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  declare store: PetitionStore | undefined;
  declare calendar: Calendar | undefined;
  declare policy: PolicyProfile | undefined;
  declare now: Instant | undefined;
  declare lang: Lang;
  declare year: number | undefined;
  declare quarter: number;
  declare headingLevel: number;
  /** The last statistics rendered (read-only for callers). */
  declare statistics: Statistics | undefined;
  declare _error: string | undefined;
  declare _loading: boolean;

  #charts: Chart[] = [];
  #request = 0;

  constructor() {
    super();
    this.lang = 'zh-CN';
    this.quarter = 0;
    this.headingLevel = 1;
    this._loading = false;
  }

  #t(key: keyof typeof T, vars: Record<string, string | number> = {}): string {
    return tr(this.lang, T[key], vars);
  }

  get #year(): number {
    return this.year ?? Number((this.now ?? new Date().toISOString()).slice(0, 4));
  }

  get #range(): { from: string; to: string } {
    const q = [0, 1, 2, 3, 4].includes(this.quarter) ? (this.quarter as 0 | 1 | 2 | 3 | 4) : 0;
    return periodRange(this.#year, q);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['store', 'calendar', 'now', 'year', 'quarter'].some((k) => changed.has(k as keyof XfStatisticsPage))) {
      void this.#load();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('statistics') || changed.has('lang')) void this.#drawCharts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#disposeCharts();
  }

  async #load(): Promise<void> {
    const { store, calendar, now } = this;
    if (!store || !calendar || !now) return;
    const request = ++this.#request;
    this._loading = true;
    this._error = undefined;
    try {
      const stats = await store.statistics(this.#range, calendar, now);
      if (request !== this.#request) return;
      this.statistics = stats;
    } catch (error) {
      if (request !== this.#request) return;
      this._error = error instanceof Error ? error.message : String(error);
    } finally {
      if (request === this.#request) this._loading = false;
    }
  }

  #unitNames(): Record<string, { zh: string; en: string }> {
    const names: Record<string, { zh: string; en: string }> = {};
    for (const u of this.policy?.units ?? []) names[u.id] = u.name;
    return names;
  }

  #tables(): StatTable[] {
    return this.statistics ? statisticsTables(this.statistics, this.lang, this.#unitNames()) : [];
  }

  #disposeCharts(): void {
    for (const c of this.#charts) c.dispose();
    this.#charts = [];
  }

  async #drawCharts(): Promise<void> {
    this.#disposeCharts();
    const tables = this.#tables().filter((t) => t.chart !== 'none' && t.rows.length > 0);
    if (tables.length === 0) return;
    const { drawChart } = await import('./charts.js');
    this.#disposeCharts();
    for (const table of tables) {
      const el = this.renderRoot.querySelector<HTMLElement>(`[data-chart="${table.id}"]`);
      if (el) this.#charts.push(drawChart(el, table, this.lang));
    }
  }

  #changePeriod(year: number, quarter: number): void {
    this.year = year;
    this.quarter = quarter;
    this.dispatchEvent(new PeriodChangeEvent(year, quarter));
  }

  #exportCsv(): void {
    if (!this.statistics) return;
    const range = this.#range;
    this.#download(new Blob([toCsv(this.#tables(), range, this.lang)], { type: 'text/csv;charset=utf-8' }), 'csv');
  }

  async #exportXlsx(): Promise<void> {
    if (!this.statistics) return;
    const range = this.#range;
    // The workbook writer is loaded on first use only: most visits never export.
    const { toXlsx, XLSX_TYPE } = await import('./xlsx.js');
    const bytes = toXlsx(this.#tables(), range, this.lang);
    this.#download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), 'xlsx');
  }

  #download(blob: Blob, extension: 'csv' | 'xlsx'): void {
    const range = this.#range;
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `xinfang-statistics-${range.from}-${range.to}.${extension}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  #renderTable(table: StatTable) {
    return html`<table class=${table.id === 'summary' ? 'summary' : ''}>
      <caption class="visually-hidden">${table.title}</caption>
      <thead><tr><th scope="col">${this.#t('item')}</th><th scope="col">${this.#t('value')}</th></tr></thead>
      <tbody>
        ${table.rows.map(
          (r) =>
            html`<tr><th scope="row">${r.label}</th><td class="num" data-figure=${`${table.id}.${r.key}`} data-value=${String(r.value)}>${r.value.toLocaleString(this.lang)}</td></tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderSection(table: StatTable) {
    const label = this.#t('chartOf', { t: table.title });
    return html`<section aria-labelledby=${`h-${table.id}`}>
      <h3 id=${`h-${table.id}`}>${table.title}</h3>
      ${
        table.chart !== 'none' && table.rows.length > 0
          ? html`<div class="chart" role="img" aria-label=${`${label}：${table.rows.map((r) => `${r.label} ${r.value}`).join('，')}`} data-chart=${table.id}></div>`
          : nothing
      }
      ${table.rows.length > 0 ? this.#renderTable(table) : html`<p>${this.#t('empty')}</p>`}
    </section>`;
  }

  protected override render() {
    const years = this.calendar?.years ?? [this.#year];
    const range = this.#range;
    const title = this.#t('title');
    return html`
      ${this.headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h1>${title}</h1>`}
      <div class="controls">
        <label>${this.#t('year')}
          <select @change=${(e: Event) => this.#changePeriod(Number((e.target as HTMLSelectElement).value), this.quarter)}>
            ${years.map((y) => html`<option value=${y} ?selected=${y === this.#year}>${y}</option>`)}
          </select>
        </label>
        <label>${this.#t('period')}
          <select @change=${(e: Event) => this.#changePeriod(this.#year, Number((e.target as HTMLSelectElement).value))}>
            ${[0, 1, 2, 3, 4].map(
              (q) =>
                html`<option value=${q} ?selected=${q === this.quarter}>${q === 0 ? this.#t('whole') : this.#t('quarter', { q })}</option>`,
            )}
          </select>
        </label>
        <button type="button" ?disabled=${!this.statistics} @click=${() => this.#exportCsv()}>${this.#t('exportCsv')}</button>
        <button type="button" ?disabled=${!this.statistics} @click=${() => this.#exportXlsx()}>${this.#t('exportXlsx')}</button>
      </div>
      <p class="range">${this.#t('range', range)}</p>
      ${this._error ? html`<p class="error" role="alert">${this.#t('error', { m: this._error })}</p>` : nothing}
      <div aria-live="polite" aria-busy=${this._loading ? 'true' : 'false'}>
        ${this._loading && !this.statistics ? html`<p>${this.#t('loading')}</p>` : nothing}
        <div class="grid">${this.#tables().map((t) => this.#renderSection(t))}</div>
      </div>
    `;
  }
}

if (!customElements.get('xf-statistics-page')) customElements.define('xf-statistics-page', XfStatisticsPage);

declare global {
  interface HTMLElementTagNameMap {
    'xf-statistics-page': XfStatisticsPage;
  }
  interface GlobalEventHandlersEventMap {
    'xf-period-change': PeriodChangeEvent;
  }
}
