/**
 * Holiday schedules (节假日安排): the years the calendar has official, the years it counts provisionally, and a
 * form to load next year's schedule the day the State Council publishes it (a JSON file of @xinfang/holidays'
 * format). Loading it extends the calendar, keeps the file for the next visits, and lists the open matters
 * whose due dates it moved; the store counts their views again when it reopens.
 */
import { type Rejection, readSchedule, ScheduleError } from '@xinfang/core';
import { html, nothing } from 'lit';
import { type MovedDue, movedDueDates } from '../app/calendar-change.js';
import { chosenFile } from '../app/file-input.js';
import { fill, num, type Text, tr } from '../app/i18n.js';
import { okNotice, rejectionNotice } from '../app/notice.js';
import { PageElement } from '../app/page.js';
import { href } from '../app/router.js';
import { calendarYears, yearSpan } from '../app/schedules.js';
import { calendar, loadSchedule, storeOf, unexpected } from '../app/services.js';

const T = {
  title: { zh: '节假日安排', en: 'Holiday schedules' },
  intro: {
    zh: '期限按国务院办公厅公布的放假安排计算。尚未公布的年份按法定节假日暂定，相关期限标“暂定”；信访人、收件单位的申请和异议期限按正式安排可能给出的最晚日期计算，不会因暂定而提前截止。',
    en: 'Deadlines are counted on the holiday schedule the State Council publishes. Years not yet published are counted provisionally on the statutory holidays and their deadlines are marked “provisional”; the windows of petitioners and receiving units run to the latest date an official schedule could give, so they never close early.',
  },
  official: { zh: '正式安排：{years}', en: 'Official schedules: {years}' },
  provisional: { zh: '暂定（按法定节假日）：{years}', en: 'Provisional (statutory holidays): {years}' },
  routineTitle: { zh: '每年的例行工作', en: 'The yearly routine' },
  routine: {
    zh: '每年11月国务院办公厅公布次年放假安排后：下载 @xinfang/holidays 的该年文件（或按其格式录入通知），在此载入；期限随即按正式安排更正。',
    en: 'Each November, once the State Council publishes next year’s schedule: take that year’s file of @xinfang/holidays (or write the notice in its format) and load it here; deadlines are corrected to the official schedule at once.',
  },
  loadTitle: { zh: '载入年度放假安排', en: 'Load a year’s schedule' },
  file: { zh: '放假安排文件（.json）', en: 'Schedule file (.json)' },
  load: { zh: '载入', en: 'Load' },
  noFile: { zh: '请选择一个放假安排文件', en: 'Choose a schedule file' },
  loaded: {
    zh: '已载入 {year} 年放假安排（{source}）。{n} 个未结事项的期限有变化。',
    en: 'The {year} schedule is loaded ({source}). Due dates of {n} open matters changed.',
  },
  same: {
    zh: '{year} 年的放假安排已经载入，期限没有变化。',
    en: 'The {year} schedule was already loaded; no due date changed.',
  },
  movedTitle: { zh: '期限有变化的事项', en: 'Matters whose due dates moved' },
  number: { zh: '登记编号', en: 'Registration no.' },
  kind: { zh: '期限', en: 'Deadline' },
  before: { zh: '原期限（暂定）', en: 'Before (provisional)' },
  after: { zh: '新期限', en: 'Now' },
  stillProvisional: { zh: '（仍暂定）', en: ' (still provisional)' },
} satisfies Record<string, Text>;

export class XfCalendarPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    moved: { state: true },
    message: { state: true },
    rejection: { state: true },
    busy: { state: true },
  };

  declare moved: MovedDue[] | undefined;
  declare message: Text | undefined;
  declare rejection: Rejection | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.moved = undefined;
    this.message = undefined;
    this.rejection = undefined;
    this.busy = false;
  }

  async #load(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const chosen = chosenFile(this, 'schedule-file', T.noFile);
    this.message = undefined;
    this.moved = undefined;
    if ('rejection' in chosen) {
      this.rejection = chosen.rejection;
      return;
    }
    this.busy = true;
    this.rejection = undefined;
    try {
      const checked = readSchedule(await chosen.file.text());
      if (!checked.ok) {
        this.rejection = { code: checked.error.code, message: checked.error.messages };
        return;
      }
      const schedule = checked.schedule;
      const before = calendar;
      const store = storeOf();
      const views = await store.db.views.filter((row) => (row.provisional?.length ?? 0) > 0).toArray();
      const histories = await store.db.histories.bulkGet(views.map((v) => v.petitionId));
      const byId = new Map(histories.flatMap((h) => (h ? [[h.petitionId, h.events] as const] : [])));
      const next = loadSchedule(schedule);
      this.moved = movedDueDates(views, (id) => byId.get(id), next);
      const n = new Set(this.moved.map((m) => m.petitionId)).size;
      const values = { year: String(schedule.year), source: schedule.source, n: num(n) };
      const same = next === before;
      this.message = {
        zh: fill(same ? T.same.zh : T.loaded.zh, values),
        en: fill(same ? T.same.en : T.loaded.en, values),
      };
      await storeOf().open(); // counts the moved views again (the store sees the calendar's new edition)
    } catch (error) {
      this.rejection =
        error instanceof ScheduleError ? { code: error.code, message: error.messages } : unexpected(error);
    } finally {
      this.busy = false;
      const input = this.querySelector<HTMLInputElement>('#schedule-file');
      if (input) input.value = '';
    }
  }

  #movedTable(moved: MovedDue[]) {
    return html`<section class="panel" aria-labelledby="moved-title">
      <h2 id="moved-title">${tr(T.movedTitle)}</h2>
      <table data-testid="calendar-moved">
        <thead><tr><th scope="col">${tr(T.number)}</th><th scope="col">${tr(T.kind)}</th><th scope="col">${tr(T.before)}</th><th scope="col">${tr(T.after)}</th></tr></thead>
        <tbody>
          ${moved.map(
            (m) => html`<tr data-testid="calendar-moved-row">
              <td><a href=${href(`/office/case/${encodeURIComponent(m.petitionId)}`)}>${m.registrationNo}</a></td>
              <td>${tr(m.label)}</td>
              <td><time datetime=${m.before}>${m.before}</time></td>
              <td>${m.after ? html`<time datetime=${m.after}>${m.after}</time>${m.provisional ? tr(T.stillProvisional) : nothing}` : '—'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  protected override render() {
    const years = calendarYears();
    return html`
      <h1>${tr(T.title)}</h1>
      <p class="lead">${tr(T.intro)}</p>
      <p data-testid="calendar-official">${fill(tr(T.official), { years: years.official.join('、') })}</p>
      <p data-testid="calendar-provisional">${fill(tr(T.provisional), { years: yearSpan(years.provisional) })}</p>
      ${rejectionNotice(this.rejection, 'calendar-rejection')}
      ${okNotice(this.message, 'calendar-done')}
      <section class="panel" aria-labelledby="calendar-load-title">
        <h2 id="calendar-load-title">${tr(T.loadTitle)}</h2>
        <form novalidate @submit=${(e: SubmitEvent) => this.#load(e)}>
          <div class="field">
            <label for="schedule-file">${tr(T.file)}</label>
            <input id="schedule-file" type="file" accept=".json,application/json" data-testid="calendar-file" />
          </div>
          <button type="submit" data-testid="calendar-load" ?disabled=${this.busy}>${tr(T.load)}</button>
        </form>
      </section>
      ${this.moved?.length ? this.#movedTable(this.moved) : nothing}
      <section class="panel" aria-labelledby="calendar-routine-title">
        <h2 id="calendar-routine-title">${tr(T.routineTitle)}</h2>
        <p>${tr(T.routine)}</p>
      </section>
    `;
  }
}

customElements.define('xf-calendar-page', XfCalendarPage);
