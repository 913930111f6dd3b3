import type { PetitionEvent } from '@xinfang/core';
import { eventLabels, roleLabels } from '@xinfang/core/i18n';
import type { Bilingual, Role } from '@xinfang/core/schema';
import { html, nothing } from 'lit';
import { XfElement } from '../base/xf-element.js';
import { formatDate, formatInstant } from '../deadline-badge/dates.js';
import { type Lang, tr } from '../i18n/index.js';
import * as s from './petition-timeline.strings.js';
import { petitionTimelineStyles } from './petition-timeline.styles.js';

type EventType = PetitionEvent['type'];

/** Unit ids to the names shown for them; an unknown id is shown as itself. */
export type UnitNames = Readonly<Record<string, string | Bilingual>>;

/** The event's type in words; a type this version does not know is named, not hidden. */
export function eventTypeLabel(type: string, lang: Lang): string {
  return Object.hasOwn(eventLabels, type)
    ? s.eventTypeText(lang, type as EventType)
    : tr(lang, s.unknownType, { type });
}

/** The actor's role in words. */
export function roleLabel(role: string, lang: Lang): string {
  return Object.hasOwn(roleLabels, role) ? s.roleText(lang, role as Role) : tr(lang, s.unknownRole);
}

/**
 * The short, non-confidential detail of an event: where it went, how long, which opinion. Free
 * texts that may carry the petition's content (the petition itself, replies, instructions) are not
 * repeated here — a history list is shown more widely than the file (22 art 30(3)).
 */
export function eventDetail(event: PetitionEvent, lang: Lang, unitName: (id: string) => string): string {
  switch (event.type) {
    case 'registered':
      return tr(lang, s.registeredAs, { no: event.data.registrationNo });
    case 'transferred':
    case 'assigned':
      return tr(lang, s.toUnit, { unit: unitName(event.data.toUnit) });
    case 'referred':
      return tr(lang, s.goTo, { organ: event.data.organ });
    case 'declined':
      return event.data.goTo ? tr(lang, s.goTo, { organ: event.data.goTo }) : '';
    case 'notified':
      return tr(lang, event.data.method === 'onSpot' ? s.notifiedOnSpot : s.notifiedWritten);
    case 'objectionDecided':
      return tr(lang, event.data.agreed ? s.objectionAgreed : s.objectionRefused);
    case 'hearingHeld':
      return tr(lang, s.hearingDays, {
        from: formatDate(event.data.from, lang),
        to: formatDate(event.data.to, lang),
        days: event.data.days,
      });
    case 'extended':
      return tr(lang, s.extendedDays, { days: event.data.days, reason: event.data.reason });
    case 'concluded':
      return s.outcomeText(lang, event.data.outcome);
    case 'delivered':
      return tr(lang, event.data.of === 'review' ? s.deliveredReview : s.deliveredReply);
    case 'reviewRequested':
      return tr(lang, s.toReviewUnit, { unit: unitName(event.data.reviewUnit) });
    case 'reReviewRequested':
      return tr(lang, s.toReReviewUnit, { unit: unitName(event.data.reviewUnit) });
    case 'reviewDecided':
    case 'reReviewDecided':
      return s.reviewOutcomeText(lang, event.data.outcome);
    default:
      return '';
  }
}

/**
 * A petition's history as an ordered list, oldest first and newest last, so a screen reader reads
 * it in the order things happened. Each record gives the event in words, its date and time in
 * Asia/Shanghai, who acted (the staff member's name where the event carries one, their role and unit), and a short detail (where it went, how long, which
 * opinion). Everything from the data is rendered as text, never as HTML.
 *
 * Feed it the events of one petition (`store.history(id)`); records are ordered by `seq`.
 *
 * @tag xf-petition-timeline
 * @summary A petition's history, newest last.
 *
 * @csspart list - The `<ol>` of records.
 * @csspart item - One record (`<li>`), with `data-type` set to the event type.
 * @csspart type - The event in words.
 * @csspart meta - Date, time and actor line.
 * @csspart time - The `<time>` of the event (Asia/Shanghai).
 * @csspart actor - The actor's role (and unit).
 * @csspart detail - The short detail.
 * @csspart late - The "done late" marker on acts after their due date.
 * @csspart empty - The message shown when there is no history.
 *
 * @cssprop --xf-timeline-line-color - The vertical line (#505a5f).
 * @cssprop --xf-timeline-dot-color - The dot of each record (#1d5fbf).
 * @cssprop --xf-font-size - Base font size (1rem); `size="large"` multiplies it by 1.25.
 *
 * @example
 * <xf-petition-timeline .events=${await store.history(id)}></xf-petition-timeline>
 */
export class XfPetitionTimeline extends XfElement {
  static override styles = [...XfElement.styles, petitionTimelineStyles];

  static override properties = {
    events: { attribute: false },
    units: { attribute: false },
    label: { type: String },
  };

  /** The petition's events (any order; shown by `seq`, oldest first). */
  declare events: readonly PetitionEvent[];
  /** Optional names for unit ids, e.g. `{ xfj: { zh: '市信访局', en: 'City Petition Bureau' } }`. */
  declare units: UnitNames;
  /** The list's accessible name; default 办理记录 / Handling history. */
  declare label: string | undefined;

  constructor() {
    super();
    this.events = [];
    this.units = {};
  }

  private unitName(lang: Lang): (id: string) => string {
    return (id) => {
      const name = Object.hasOwn(this.units, id) ? this.units[id] : undefined;
      if (name === undefined) return id;
      return typeof name === 'string' ? name : tr(lang, name);
    };
  }

  protected override render() {
    const lang = this.uiLang;
    const label = this.label || tr(lang, s.listLabel);
    const events = [...(this.events ?? [])].sort((a, b) => a.seq - b.seq);
    if (events.length === 0) {
      return html`<div class="xf-root"><p part="empty" class="empty">${tr(lang, s.empty)}</p></div>`;
    }
    const unitName = this.unitName(lang);
    return html`<div class="xf-root">
      <ol part="list" aria-label=${label}>
        ${events.map((event) => {
          const role = roleLabel(event.by?.role ?? '', lang);
          const unit = event.by?.unit ? unitName(event.by.unit) : '';
          // A staff member is named; a petitioner never is (22 art 30: the accuser's identity is confidential).
          const name = event.by?.role !== 'petitioner' && typeof event.by?.name === 'string' ? event.by.name : '';
          const actor = name ? (unit ? s.byNameUnit : s.byName) : unit ? s.byUnit : s.by;
          const detail = eventDetail(event, lang, unitName);
          return html`<li part="item" data-type=${event.type}>
            <span part="type" class="type"
              >${eventTypeLabel(event.type, lang)}${
                event.late && event.late.length > 0
                  ? html` <span part="late" class="late">${tr(lang, s.late)}</span>`
                  : nothing
              }</span
            >
            <span part="meta" class="meta"
              ><time part="time" datetime=${event.at}>${formatInstant(event.at, lang)}</time>${' · '}<span part="actor">${tr(lang, actor, { name, role, unit })}</span></span
            >
            ${detail ? html`<span part="detail" class="detail">${detail}</span>` : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xf-petition-timeline': XfPetitionTimeline;
  }
}
