/**
 * `<xf-office-bar>`: the demo switches of the office side — who acts (role), for which organ (policy and
 * database), in which unit — and the demo clock (date, move forward, back to today).
 *
 * `staged` (set by the shell when the bar opens a fresh load, above a still empty `<main>`): the switches and the
 * clock are drawn first, the notes below them (provisional holiday schedule, date outside the calendar) a frame
 * later — two short tasks of style and layout instead of one long one, while nothing below the bar is shown yet
 * (no layout shift). `drawn` resolves once all of it is on screen.
 */
import { addDays } from '@xinfang/core/calendar';
import { html, LitElement, nothing } from 'lit';
import { clock } from './clock.js';
import { fill, onLangChange, type Text, tr } from './i18n.js';
import { currentOrgan, currentUnit, ORGAN_IDS, policyOf } from './office.js';
import { calendarYears } from './schedules.js';
import { type OfficeRole, ROLE_NAMES, ROLE_PEOPLE, ROLES, type StaffActor, session } from './session.js';
import { afterNextFrame } from './yield.js';

const T = {
  bar: { zh: '演示设置', en: 'Demo settings' },
  officeBar: { zh: '当前登录', en: 'Signed in' },
  signedIn: { zh: '已登录：{name}（{role}，{unit}）', en: 'Signed in: {name} ({role}, {unit})' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  serverToday: { zh: '今天', en: 'Today' },
  role: { zh: '角色', en: 'Role' },
  organ: { zh: '机关（适用制度）', en: 'Organ (rules in force)' },
  unit: { zh: '所在单位', en: 'Unit' },
  today: { zh: '演示日期', en: 'Demo date' },
  plus: { zh: '前进{n}天', en: '+{n} days' },
  plusOne: { zh: '前进1天', en: '+1 day' },
  reset: { zh: '回到今天', en: 'Back to today' },
  ahead: { zh: '（比实际日期快 {n} 天）', en: '(real date + {n} days)' },
  behind: { zh: '（比实际日期慢 {n} 天）', en: '(real date − {n} days)' },
  provisional: {
    zh: '{years} 年的放假安排尚未载入：落在该年的期限按法定节假日暂定，标“暂定”；信访人的申请期限按正式安排可能给出的最晚日期计算。国务院公布后请在“节假日安排”页载入。',
    en: 'The official holiday schedule for {years} is not loaded: deadlines in it are counted on the statutory holidays and marked “provisional”; the petitioner’s windows run to the latest date an official schedule could give. Load it on the Holiday schedules page once the State Council publishes it.',
  },
  outside: {
    zh: '演示日期超出法定节假日数据覆盖的年份（{years}），期限无法计算。请用“回到今天”或在“演示数据”页把日期设在覆盖范围内。',
    en: 'The demo date is outside the years the statutory holiday data covers ({years}), so deadlines cannot be counted. Use “Back to today”, or set a date inside that range on the Demo data page.',
  },
} satisfies Record<string, Text>;

export class XfOfficeBar extends LitElement {
  static override properties = {
    staged: { attribute: false },
    secondary: { state: true },
  };

  /** Draw the switches and the clock first, the notes a frame later (see above). */
  declare staged: boolean;
  /** Whether the notes are drawn. (Not the clock's buttons: drawn later, they would move the date shown beside them.) */
  declare secondary: boolean;
  #off: (() => void)[] = [];
  #drawn: Promise<void> | undefined;

  constructor() {
    super();
    this.staged = false;
    this.secondary = false;
  }

  /** Resolves when the whole bar is drawn (with `staged`, a frame after its first part). */
  get drawn(): Promise<void> {
    this.#drawn ??= (async () => {
      await this.updateComplete;
      if (!this.secondary) {
        await afterNextFrame();
        this.secondary = true;
        await this.updateComplete;
      }
    })();
    return this.#drawn;
  }

  protected override willUpdate(): void {
    if (!this.staged) this.secondary = true;
  }

  protected override firstUpdated(): void {
    void this.drawn;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const update = (): void => this.requestUpdate();
    session.addEventListener('change', update);
    clock.addEventListener('change', update);
    this.#off = [
      onLangChange(update),
      () => session.removeEventListener('change', update),
      () => clock.removeEventListener('change', update),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.#off) off();
  }

  protected override render() {
    const organ = currentOrgan();
    const policy = policyOf(organ);
    const unit = currentUnit(policy);
    const today = clock.today();
    const year = Number(today.slice(0, 4));
    const years = calendarYears();
    const covered = year >= years.first && year <= years.last;
    // A 60-day period, with its 30-day extension (22 art 34), reaches about 100 days ahead.
    const provisional = years.provisional.filter((y) => y === year || y === Number(addDays(today, 100).slice(0, 4)));
    const offset = clock.offsetDays;
    if (session.staff) return this.#signedIn(session.staff, policy.name, unit, today, covered, provisional);
    return html`
      <section class="office-bar" aria-label=${tr(T.bar)} data-testid="office-bar">
        <div class="office-bar__inner">
          <div>
            <label for="role-select">${tr(T.role)}</label>
            <select id="role-select" data-testid="role-select"
              @change=${(e: Event) => session.setRole((e.target as HTMLSelectElement).value as OfficeRole)}>
              ${ROLES.map(
                (r) =>
                  html`<option value=${r} ?selected=${r === session.role}>${tr(ROLE_NAMES[r])} · ${ROLE_PEOPLE[r].name}</option>`,
              )}
            </select>
          </div>
          <div>
            <label for="organ-select">${tr(T.organ)}</label>
            <select id="organ-select" data-testid="organ-select"
              @change=${(e: Event) => session.setOrgan((e.target as HTMLSelectElement).value)}>
              ${ORGAN_IDS.map(
                (id) => html`<option value=${id} ?selected=${id === organ}>${tr(policyOf(id).name)}</option>`,
              )}
            </select>
          </div>
          <div>
            <label for="unit-select">${tr(T.unit)}</label>
            <select id="unit-select" data-testid="unit-select"
              @change=${(e: Event) => session.setUnit((e.target as HTMLSelectElement).value)}>
              ${policy.units.map((u) => html`<option value=${u.id} ?selected=${u.id === unit}>${tr(u.name)}</option>`)}
            </select>
          </div>
          <div class="clock" role="group" aria-labelledby="clock-label">
            <span id="clock-label">${tr(T.today)}</span>
            <time class="clock__date" datetime=${today} data-testid="clock-today">${today}</time>
            ${this.#clockControls(offset)}
          </div>
        </div>
        ${this.secondary ? this.#notes(covered, provisional) : nothing}
      </section>
    `;
  }

  /**
   * The shared office: who is signed in (name, role and unit from the staff record), the organ and today's date
   * (the server's clock decides; there is no demo clock), and the sign-out.
   */
  #signedIn(staff: StaffActor, organ: Text, unit: string, today: string, covered: boolean, provisional: number[]) {
    const unitLabel = policyOf().units.find((u) => u.id === unit)?.name ?? { zh: unit, en: unit };
    return html`
      <section class="office-bar" aria-label=${tr(T.officeBar)} data-testid="office-bar">
        <div class="office-bar__inner">
          <p data-testid="signed-in-as" data-staff-id=${staff.id}>${fill(tr(T.signedIn), {
            name: staff.name ?? staff.id,
            role: tr(ROLE_NAMES[staff.role] ?? { zh: staff.role, en: staff.role }),
            unit: tr(unitLabel),
          })}<br /><span class="hint">${tr(organ)}</span></p>
          <div class="clock" role="group" aria-labelledby="clock-label">
            <span id="clock-label">${tr(T.serverToday)}</span>
            <time class="clock__date" datetime=${today} data-testid="clock-today">${today}</time>
          </div>
          <button type="button" class="button--secondary" data-testid="sign-out" @click=${() => this.#signOut()}>
            ${tr(T.signOut)}</button>
        </div>
        ${this.secondary ? this.#notes(covered, provisional) : nothing}
      </section>
    `;
  }

  /** Ends the session; the shell then leaves the office page for the sign-in page. */
  async #signOut(): Promise<void> {
    await session.signOut();
  }

  /** The clock's offset and buttons. */
  #clockControls(offset: number) {
    return html`${
      offset !== 0
        ? html`<span class="hint" data-testid="clock-offset">${fill(tr(offset > 0 ? T.ahead : T.behind), { n: Math.abs(offset) })}</span>`
        : nothing
    }
            ${[1, 7, 30].map(
              (n) => html`<button type="button" class="button--secondary" data-testid=${`clock-advance-${n}`}
                @click=${() => clock.advance(n)}>${n === 1 ? tr(T.plusOne) : fill(tr(T.plus), { n })}</button>`,
            )}
            <button type="button" class="button--secondary" data-testid="clock-reset" ?disabled=${offset === 0}
              @click=${() => clock.reset()}>${tr(T.reset)}</button>`;
  }

  /** The notes on the calendar's years (provisional schedule, date outside the covered years). */
  #notes(covered: boolean, provisional: number[]) {
    const years = calendarYears();
    return html`${
      covered && provisional.length > 0
        ? html`<div class="office-bar__inner"><p class="notice" role="note" data-testid="clock-provisional"
                >${fill(tr(T.provisional), { years: provisional.join('、') })}</p></div>`
        : nothing
    }
        ${
          covered
            ? nothing
            : html`<div class="office-bar__inner"><p class="notice notice--warn" role="status" data-testid="clock-outside"
                >${fill(tr(T.outside), { years: `${years.first}–${years.last}` })}</p></div>`
        }`;
  }
}

customElements.define('xf-office-bar', XfOfficeBar);
