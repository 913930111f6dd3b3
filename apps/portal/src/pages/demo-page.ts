/**
 * Demo data and the demo clock. "Load demo data" generates realistic petitions across a year — every
 * channel, class and outcome — from a fixed seed with the generator in `src/demo/` (2,000 by default,
 * up to 100,000), through the core's lifecycle, into the current organ's store, with a progress bar.
 * The demo clock can be set to a date or moved forward, to watch matters become due soon and overdue.
 */
import type { Rejection } from '@xinfang/core';
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { fill, num, type Text, tr } from '../app/i18n.js';
import { okNotice, rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { type ProgressState, progressBar } from '../app/progress.js';
import { href } from '../app/router.js';
import { yearSpan } from '../app/schedules.js';
import { calendar, currentOrgan, policyOf, storeOf, unexpected, wipeStore } from '../app/services.js';

const demoModules = import.meta.glob('../demo/generate.ts');

type DemoModule = typeof import('../demo/generate.js');

const DEFAULT_COUNT = 2000;
const MAX_COUNT = 100_000;

const T = {
  title: { zh: '演示数据与演示时钟', en: 'Demo data and clock' },
  dataTitle: { zh: '演示数据', en: 'Demo data' },
  dataIntro: {
    zh: '按固定随机种子生成一年内的信访事项（各渠道、各类别、各种办理结果），全部经过核心规则逐步办理，载入当前机关：{organ}。',
    en: 'Generates a year of petitions from a fixed seed — every channel, class and outcome — each handled step by step through the core’s rules, into the current organ: {organ}.',
  },
  count: { zh: '件数（1 至 100,000）', en: 'Number of petitions (1 to 100,000)' },
  load: { zh: '载入演示数据', en: 'Load demo data' },
  progress: { zh: '载入进度', en: 'Loading progress' },
  loaded: {
    zh: '已载入 {n} 件信访事项（{events} 条记录）。本机关现有 {total} 件。',
    en: 'Loaded {n} petitions ({events} records). This organ now holds {total}.',
  },
  refused: { zh: '另有 {n} 件被规则拒绝，未载入。', en: '{n} more were refused by the rules and not loaded.' },
  badCount: { zh: '件数请填写 1 到 100,000 之间的整数', en: 'Enter a whole number of petitions from 1 to 100,000' },
  stored: { zh: '本机关现有 {n} 件信访事项。', en: 'This organ holds {n} petitions.' },
  wipe: { zh: '清空本机关数据', en: 'Delete this organ’s data' },
  wipeConfirm: {
    zh: '确定清空“{organ}”在本浏览器中的全部信访数据吗？此操作不能撤销，请先在“备份”页导出。',
    en: 'Delete all petition data of “{organ}” in this browser? This cannot be undone: export a backup first.',
  },
  wiped: { zh: '已清空本机关数据。', en: 'This organ’s data was deleted.' },
  queue: { zh: '去工作台查看', en: 'See the work queue' },
  missing: {
    zh: '演示数据生成器尚未安装（src/demo/generate.ts）。',
    en: 'The demo data generator is not installed (src/demo/generate.ts).',
  },
  clockTitle: { zh: '演示时钟', en: 'Demo clock' },
  clockIntro: {
    zh: '所有操作的时间和所有期限都按演示时钟计算。把日期往后拨，可以看到事项变为“即将到期”和“已逾期”。当前演示日期：{today}。',
    en: 'Every action’s time and every deadline follow the demo clock. Move the date forward to watch matters become due soon and overdue. Demo date now: {today}.',
  },
  date: { zh: '设定演示日期', en: 'Set the demo date' },
  setDate: { zh: '设定日期', en: 'Set date' },
  days: { zh: '前进天数', en: 'Days to move forward' },
  advance: { zh: '日期前进', en: 'Move forward' },
  reset: { zh: '回到今天', en: 'Back to today' },
  badDate: {
    zh: '请按“年-月-日”选择一个日期，且在今天前后十年之内',
    en: 'Choose a date as year-month-day, within ten years of today',
  },
  badDays: { zh: '前进天数请填写 1 到 3650 之间的整数', en: 'Enter a whole number of days from 1 to 3,650' },
  calendarYears: {
    zh: '放假安排：{years} 年为正式安排，{provisional} 年按法定节假日暂定。超出范围的期限无法计算。',
    en: 'Holiday schedules: official for {years}, provisional (statutory holidays) for {provisional}. Deadlines outside them cannot be counted.',
  },
} satisfies Record<string, Text>;

export class XfDemoPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    progress: { state: true },
    busy: { state: true },
    message: { state: true },
    rejection: { state: true },
    stored: { state: true },
  };

  declare progress: ProgressState | undefined;
  declare busy: boolean;
  declare message: Text | undefined;
  declare rejection: Rejection | undefined;
  declare stored: number | undefined;

  constructor() {
    super();
    this.progress = undefined;
    this.busy = false;
    this.message = undefined;
    this.rejection = undefined;
    this.stored = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#count();
  }

  protected override contextChanged(): void {
    // The demo date is shown on this page: re-render even when the count of stored petitions is unchanged.
    this.requestUpdate();
    void this.#count();
  }

  async #count(): Promise<void> {
    try {
      this.stored = await storeOf().count();
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  async #load(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const count = Number(String(data.get('count') ?? '').replace(/[,，\s]/g, ''));
    this.message = undefined;
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
      this.rejection = { code: 'bad-count', message: T.badCount };
      return;
    }
    const loader = demoModules['../demo/generate.ts'];
    if (!loader) {
      this.rejection = { code: 'missing', message: T.missing };
      return;
    }
    this.rejection = undefined;
    this.busy = true;
    this.progress = { phase: 'generate', done: 0, total: count };
    try {
      const demo = (await loader()) as DemoModule;
      const organ = currentOrgan();
      const store = storeOf(organ);
      const result = await demo.loadDemoData(store, {
        count,
        policy: policyOf(organ),
        calendar,
        now: clock.now(),
        onProgress: (p) => {
          this.progress = { phase: p.phase, done: p.done, total: p.total };
        },
      });
      const total = await store.count();
      this.stored = total;
      this.message = {
        zh:
          fill(T.loaded.zh, { n: num(result.petitions), events: num(result.events), total: num(total) }) +
          (result.refused ? fill(T.refused.zh, { n: result.refused }) : ''),
        en:
          fill(T.loaded.en, { n: num(result.petitions), events: num(result.events), total: num(total) }) +
          (result.refused ? ` ${fill(T.refused.en, { n: result.refused })}` : ''),
      };
    } catch (error) {
      this.rejection = unexpected(error);
    } finally {
      this.busy = false;
    }
  }

  async #wipe(): Promise<void> {
    const organ = currentOrgan();
    if (!confirm(fill(tr(T.wipeConfirm), { organ: tr(policyOf(organ).name) }))) return;
    try {
      await wipeStore(organ);
      this.message = T.wiped;
      this.progress = undefined;
      await this.#count();
    } catch (error) {
      this.rejection = unexpected(error);
    }
  }

  #setDate(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    try {
      clock.setDate(String(data.get('date') ?? ''));
      this.rejection = undefined;
    } catch {
      this.rejection = { code: 'bad-date', message: T.badDate };
    }
  }

  #advance(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const days = Number(data.get('days'));
    try {
      clock.advance(days);
      this.rejection = undefined;
    } catch {
      this.rejection = { code: 'bad-days', message: T.badDays };
    }
  }

  protected override render() {
    const organ = currentOrgan();
    const today = clock.today();
    const years = calendar.years;
    return html`
      <h1>${tr(T.title)}</h1>
      ${rejectionNotice(this.rejection, 'demo-rejection')}
      ${okNotice(this.message, 'demo-done')}
      <section class="panel" aria-labelledby="demo-data-title">
        <h2 id="demo-data-title">${tr(T.dataTitle)}</h2>
        <p>${fill(tr(T.dataIntro), { organ: tr(policyOf(organ).name) })}</p>
        ${this.stored !== undefined ? html`<p data-testid="demo-stored" data-count=${this.stored}>${fill(tr(T.stored), { n: num(this.stored) })}</p>` : nothing}
        <form novalidate @submit=${(e: SubmitEvent) => this.#load(e)}>
          <div class="field field--inline">
            <label for="demo-count">${tr(T.count)}</label>
            <input id="demo-count" name="count" type="number" min="1" max=${MAX_COUNT} step="1" value=${DEFAULT_COUNT}
              inputmode="numeric" data-testid="demo-count" />
          </div>
          <button type="submit" data-testid="demo-load" ?disabled=${this.busy}>${tr(T.load)}</button>
        </form>
        ${progressBar('demo-progress', T.progress, this.progress)}
        <p class="card__actions">
          <a class="button button--secondary" href=${href('/office/queue')} data-testid="demo-to-queue">${tr(T.queue)}</a>
          <button type="button" class="button--danger" data-testid="demo-wipe" ?disabled=${this.busy} @click=${() => this.#wipe()}>${tr(T.wipe)}</button>
        </p>
      </section>
      <section class="panel" aria-labelledby="demo-clock-title">
        <h2 id="demo-clock-title">${tr(T.clockTitle)}</h2>
        <p data-testid="demo-clock-today" data-date=${today}>${fill(tr(T.clockIntro), { today })}</p>
        <p class="hint">${fill(tr(T.calendarYears), { years: yearSpan(years), provisional: yearSpan(calendar.provisionalYears ?? []) })}</p>
        <form class="filters" novalidate @submit=${(e: SubmitEvent) => this.#setDate(e)}>
          <div class="field">
            <label for="clock-date">${tr(T.date)}</label>
            <input id="clock-date" name="date" type="date" .value=${today} data-testid="clock-date" />
          </div>
          <div class="field"><button type="submit" data-testid="clock-set">${tr(T.setDate)}</button></div>
        </form>
        <form class="filters" novalidate @submit=${(e: SubmitEvent) => this.#advance(e)}>
          <div class="field">
            <label for="clock-days">${tr(T.days)}</label>
            <input id="clock-days" name="days" type="number" min="1" max="3650" value="1" data-testid="clock-days" />
          </div>
          <div class="field"><button type="submit" data-testid="clock-advance">${tr(T.advance)}</button></div>
          <div class="field"><button type="button" class="button--secondary" data-testid="clock-reset-demo"
            ?disabled=${clock.offsetDays === 0} @click=${() => clock.reset()}>${tr(T.reset)}</button></div>
        </form>
      </section>
    `;
  }
}

customElements.define('xf-demo-page', XfDemoPage);
