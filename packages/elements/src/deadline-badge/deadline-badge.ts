import type { Calendar, PeriodStatus } from '@xinfang/core/calendar';
import { chinaCalendar, isProvisional, periodStatus } from '@xinfang/core/calendar';
import type { Bilingual, Instant, IsoDate } from '@xinfang/core/schema';
import { html, nothing } from 'lit';
import { XfElement } from '../base/xf-element.js';
import { tr } from '../i18n/index.js';
import { formatDate } from './dates.js';
import {
  badgeText,
  duePrefix,
  dueSuffix,
  labelled,
  provisionalShort,
  provisionalWhy,
} from './deadline-badge.strings.js';
import { deadlineBadgeStyles } from './deadline-badge.styles.js';

const STATUSES: readonly PeriodStatus[] = ['on-time', 'due-soon', 'overdue'];
const ICONS: Record<PeriodStatus, string> = { 'on-time': '✓', 'due-soon': '◔', overdue: '✕' };

/** Whether a string is one of the three period statuses. */
export function isPeriodStatus(value: unknown): value is PeriodStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/**
 * A due date and its status, in words — 按期 / 即将到期 / 已逾期 (On time / Due soon / Overdue) — with an
 * icon and a colour as extra signals, never colour alone. Give the status yourself with `status`, or
 * give `now` and the badge computes it with the core's `periodStatus` on the Chinese statutory
 * calendar (民法典 201/203 counting; a day ends at 24:00 Asia/Shanghai). When neither is given, or the
 * calendar has no data for the year, only the date is shown: an unknown status is never guessed.
 * A due date that depends on a year whose official holiday schedule is not yet loaded (`provisional`, or, for a
 * computed status, the calendar says so) says it in words: 暂定 (Provisional), with the reason in the title.
 *
 * @tag xf-deadline-badge
 * @summary A deadline and whether it is on time, due soon or overdue.
 *
 * @csspart badge - The outlined box around the whole text; carries `data-status`.
 * @csspart icon - The status shape (✓, ◔, ✕); hidden from screen readers.
 * @csspart label - Which deadline this is (from `label`).
 * @csspart status - The status in words.
 * @csspart date - The due date in words, with a machine-readable `<time>`.
 * @csspart provisional - "暂定" / "Provisional" when the date depends on a provisional calendar year.
 *
 * @cssprop --xf-deadline-on-time-color - Text and border colour when on time (#1b5e20).
 * @cssprop --xf-deadline-on-time-bg - Background when on time (#edf7ee).
 * @cssprop --xf-deadline-due-soon-color - Text and border colour when due soon (#6b3a00).
 * @cssprop --xf-deadline-due-soon-bg - Background when due soon (#fff4e0).
 * @cssprop --xf-deadline-overdue-color - Text and border colour when overdue (#a4161a).
 * @cssprop --xf-deadline-overdue-bg - Background when overdue (#fdecec).
 * @cssprop --xf-font-family - Font family.
 * @cssprop --xf-font-size - Base font size (1rem); `size="large"` multiplies it by 1.25.
 *
 * @example
 * <xf-deadline-badge due="2025-10-09" status="overdue" label="办结期限"></xf-deadline-badge>
 * <xf-deadline-badge due="2025-10-09" now="2025-10-08T09:00:00+08:00"></xf-deadline-badge>
 */
export class XfDeadlineBadge extends XfElement {
  static override styles = [...XfElement.styles, deadlineBadgeStyles];

  static override properties = {
    due: { type: String, reflect: true },
    status: { type: String, reflect: true },
    now: { type: String },
    soon: { type: Number },
    label: {
      converter: {
        fromAttribute: (value: string | null) => value ?? undefined,
        toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
      },
    },
    calendar: { attribute: false },
    provisional: { type: Boolean, reflect: true },
  };

  /** The due date, `YYYY-MM-DD`. */
  declare due: IsoDate;
  /** The status, if the host knows it (`on-time`, `due-soon`, `overdue`); wins over a computed one. */
  declare status: PeriodStatus | undefined;
  /** The present moment (ISO instant). With `due` and no `status`, the badge computes the status. */
  declare now: Instant | undefined;
  /**
   * How many working days before the due date a period counts as due soon, when the status is
   * computed. A policy setting (`PolicyProfile.dueSoonWorkdays`), default 3.
   */
  declare soon: number;
  /** Which deadline this is, e.g. `办结期限`; a plain string or a `{ zh, en }` pair. */
  declare label: string | Bilingual | undefined;
  /** The calendar used to compute the status (default: the Chinese statutory calendar, `chinaCalendar`). */
  declare calendar: Calendar;
  /**
   * Whether the due date depends on a provisional calendar year (a `Deadline`'s `provisional`). Without a
   * given `status` (computed from `now`), the badge also asks `calendar` (`isProvisional`).
   */
  declare provisional: boolean;

  constructor() {
    super();
    this.due = '';
    this.soon = 3;
    this.calendar = chinaCalendar;
    this.provisional = false;
  }

  /** Whether the badge says the date is provisional. */
  get isProvisional(): boolean {
    if (this.provisional) return true;
    // Like the status: a host that gives the status gives `provisional` too; else the badge asks its calendar.
    if (isPeriodStatus(this.status) || !this.now) return false;
    try {
      return Boolean(this.due) && isProvisional(this.due, this.calendar);
    } catch {
      return false;
    }
  }

  /** The status shown: the given one, else the computed one, else undefined (only the date is shown). */
  get effectiveStatus(): PeriodStatus | undefined {
    if (isPeriodStatus(this.status)) return this.status;
    if (!this.due || !this.now) return undefined;
    try {
      return periodStatus(this.due, this.now, this.calendar, { soon: this.soon });
    } catch {
      // The calendar has no data for that year (or the dates are malformed): say nothing rather than guess.
      return undefined;
    }
  }

  protected override render() {
    const lang = this.uiLang;
    const status = this.effectiveStatus;
    const label = typeof this.label === 'string' ? this.label : this.label ? tr(lang, this.label) : '';
    return html`<span class="xf-root"
      ><span part="badge" class="badge" data-status=${status ?? 'unknown'}
        >${status ? html`<span part="icon" class="icon" aria-hidden="true">${ICONS[status]}</span>` : nothing}${
          label ? html`<span part="label" class="label">${tr(lang, labelled, { label })}</span>` : nothing
        }${status ? html`<span part="status" class="status">${badgeText(lang, status)}</span>` : nothing}${
          this.due
            ? html`<span part="date" class="date"
                >${tr(lang, duePrefix)}<time datetime=${this.due}>${formatDate(this.due, lang)}</time>${tr(lang, dueSuffix)}</span
              >`
            : nothing
        }${
          this.isProvisional
            ? html`<span part="provisional" class="provisional" title=${tr(lang, provisionalWhy)}
                >${tr(lang, provisionalShort)}</span
              >`
            : nothing
        }</span
      ></span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xf-deadline-badge': XfDeadlineBadge;
  }
}
