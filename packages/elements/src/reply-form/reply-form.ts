import type { PetitionView } from '@xinfang/core';
import type { Calendar } from '@xinfang/core/calendar';
import { chinaCalendar, isIsoDate } from '@xinfang/core/calendar';
import { textId } from '@xinfang/core/i18n';
import type { IsoDate } from '@xinfang/core/schema';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { XfFormElement } from '../base/form-element.js';
import { formatDate } from '../deadline-badge/dates.js';
import { fillBilingual, type Lang, type Text, tr } from '../i18n/index.js';
import type { UnitNames } from '../petition-timeline/petition-timeline.js';
import type { Bilingual, FormIssue, FormValidation } from '../shared/types.js';
import {
  BLANK,
  composeLetter,
  extendedDue,
  extensionDays,
  extensionMax,
  HANDLING_OUTCOMES,
  handlingDays,
  REVIEW_DECISIONS,
  requestDays,
  shanghaiDateSafe,
} from './reply-form.compose.js';
import { kindFields } from './reply-form.fields.js';
import * as m from './reply-form.messages.js';
import * as t from './reply-form.strings.js';
import { replyFormStyles } from './reply-form.styles.js';

/**
 * The written notices and replies of the lifecycle: acceptance (受理告知, 22 art 23(2)), non-acceptance with the
 * organ to go to (不予受理告知, 22 art 23), transfer (转送告知, 22 art 22), extension with its reason (延期告知,
 * 22 art 34), handling opinion (处理意见书, 22 arts 31–32, with the review right of art 35), review opinion
 * (复查意见书, art 35, with the re-review right of art 36) and re-review opinion (复核意见书, final, art 36).
 */
export type ReplyKind = 'acceptance' | 'nonAcceptance' | 'transfer' | 'extension' | 'opinion' | 'review' | 'reReview';

/** Every reply kind, in lifecycle order. */
export const replyKinds: readonly ReplyKind[] = [
  'acceptance',
  'nonAcceptance',
  'transfer',
  'extension',
  'opinion',
  'review',
  'reReview',
];

/** A handling opinion on a claim (22 arts 31(6), 32). */
export type HandlingOutcome = 'support' | 'explain' | 'reject';
/** A review or re-review decision on the earlier opinion (22 arts 35–36). */
export type ReviewDecision = 'upheld' | 'changed' | 'revoked';

/** The letter as composed: title and paragraphs in one language (plain text, one string a paragraph). */
export interface ReplyLetter {
  lang: Lang;
  title: string;
  salutation: string;
  paragraphs: string[];
}

/** What every reply carries. */
export interface ReplyPayloadBase {
  petitionId: string;
  registrationNo: string;
  /** 文号 of the letter. */
  documentNo: string;
  /** The issuing organ (发文机关). */
  organ: string;
  /** The petitioner (or representatives) the letter is addressed to. */
  addressee: string;
  /** 成文日期. */
  date: IsoDate;
  /** The composed letter, e.g. for `ReplyCommand.text` or `NotifyCommand.text`. */
  letter: ReplyLetter;
  /**
   * With `offer-delivery`: whether the person ticked that the letter is handed over or delivered online now, so
   * the host records its delivery in the same step (22 art 35: the review window runs from delivery).
   */
  deliverNow?: boolean;
}

/**
 * The validated payload of `xf-submit`, discriminated by `kind`. It maps onto the core's commands:
 * `acceptance` → `notify` after `accept`; `nonAcceptance` → `decline { reason, goTo }`; `transfer` → `transfer
 * { toUnit, reason }`; `extension` → `extend { days, reason }`; `opinion` → `conclude { outcome, opinion }`
 * then `reply { text }`; `review` → `decideReview`; `reReview` → `decideReReview`.
 */
export type ReplyPayload =
  | (ReplyPayloadBase & { kind: 'acceptance'; handlingUnit: string; due: IsoDate; handlingDays: number })
  | (ReplyPayloadBase & { kind: 'nonAcceptance'; reason: string; goTo: string })
  | (ReplyPayloadBase & { kind: 'transfer'; toUnit: string; reason?: string })
  | (ReplyPayloadBase & { kind: 'extension'; days: number; reason: string; newDue?: IsoDate })
  | (ReplyPayloadBase & {
      kind: 'opinion';
      outcome: HandlingOutcome;
      opinion: string;
      legalBasis: string;
      /** 22 art 35: where and within how many days the petitioner may ask for a review. */
      review: { organ: string; withinDays: number };
    })
  | (ReplyPayloadBase & {
      kind: 'review';
      outcome: ReviewDecision;
      opinion: string;
      legalBasis: string;
      /** 22 art 36: where and within how many days the petitioner may ask for a re-review. */
      reReview: { organ: string; withinDays: number };
    })
  | (ReplyPayloadBase & {
      kind: 'reReview';
      outcome: ReviewDecision;
      opinion: string;
      legalBasis: string;
      /** 22 art 36: the re-review opinion is final. */
      final: true;
    });

/** What the person has typed: strings only, one field per path. */
export interface ReplyDraft {
  documentNo: string;
  organ: string;
  addressee: string;
  date: string;
  handlingUnit: string;
  due: string;
  reason: string;
  goTo: string;
  toUnit: string;
  days: string;
  outcome: string;
  opinion: string;
  legalBasis: string;
  reviewOrgan: string;
  /** The "delivered now" tick (only with `offer-delivery`). */
  deliverNow?: boolean;
}

const HEADINGS: Record<ReplyKind, Text> = {
  acceptance: t.kindAcceptance,
  nonAcceptance: t.kindNonAcceptance,
  transfer: t.kindTransfer,
  extension: t.kindExtension,
  opinion: t.kindOpinion,
  review: t.kindReview,
  reReview: t.kindReReview,
};

/** A shared, document-level rule that sets the printed page to A4; added only while printing. */
let pageSheet: CSSStyleSheet | undefined;
function a4PageSheet(): CSSStyleSheet | undefined {
  if (!pageSheet && typeof CSSStyleSheet !== 'undefined') {
    pageSheet = new CSSStyleSheet();
    // The sheet's own padding carries the GB/T 9704 margins, so the page itself has none.
    pageSheet.replaceSync('@page { size: A4; margin: 0; }');
  }
  return pageSheet;
}

function isReplyKind(value: unknown): value is ReplyKind {
  return typeof value === 'string' && (replyKinds as readonly string[]).includes(value);
}

/**
 * `<xf-reply-form>`: writes one of the petitioner's notices or replies, prefilled from a petition view, and
 * prints it as an official A4 letter (红头, 文号, addressee, body, organ, date, seal area — GB/T 9704 layout).
 *
 * Set `kind` and `.view` (a `PetitionView`, e.g. `await store.view(id)`); the registration number, subject,
 * receipt date, addressee, handling unit and due dates come from the view, and the review periods from the
 * terms the petition was registered under (30 days by default, 22 arts 35–36). Setting `view` or `kind`
 * prefills the form again. A valid submit fires `xf-submit` with a typed `ReplyPayload`; the form never
 * stores anything. `mode="print"` shows only the letter; printing the page (`@media print`) prints the
 * letter whatever the mode, on an A4 page.
 *
 * @example
 * <xf-reply-form kind="opinion" organ="成都市住房和城乡建设局" review-organ="成都市人民政府"></xf-reply-form>
 * <script type="module">
 *   const form = document.querySelector('xf-reply-form');
 *   form.view = await store.view(id);
 *   form.addEventListener('xf-submit', (e) => issue(e.detail)); // e.detail.kind === 'opinion'
 * </script>
 *
 * @tag xf-reply-form
 * @fires {XfSubmitEvent<ReplyPayload>} xf-submit - valid submit; `detail` is the `ReplyPayload`. Cancelable.
 * @fires {XfInvalidEvent} xf-invalid - a submit attempt failed; `detail.issues` lists the problems.
 * @fires {XfChangeEvent} xf-change - a field changed; `detail` is `{ path, value }`.
 * @csspart form - the inner `<form>`.
 * @csspart heading - the form's heading (the kind of letter).
 * @csspart error-summary - the error summary shown after a failed submit.
 * @csspart group - a fieldset grouping fields.
 * @csspart field - one field (label, hint, error, control).
 * @csspart label - labels and legends.
 * @csspart hint - hint texts.
 * @csspart error - inline error messages.
 * @csspart control - inputs, selects and textareas.
 * @csspart actions - the button row.
 * @csspart submit - the submit button.
 * @csspart letter-page - the A4 sheet of the print view.
 * @csspart letter - the letter (`<article>`).
 * @csspart letterhead - the red header with the organ's name and the document number.
 * @csspart document-no - the document number (文号).
 * @csspart letter-title - the letter's title.
 * @csspart signature - organ, date and seal area at the foot of the letter.
 * @csspart seal - the area left for the seal.
 * @cssprop --xf-letterhead-color - Colour of the red header and rule (#c00000).
 * @cssprop --xf-letter-font-family - Body font of the letter (FangSong / 仿宋, serif).
 * @cssprop --xf-font-family - Font of the form.
 * @cssprop --xf-font-size - Base text size of the form (1rem; `size="large"` multiplies it by 1.25).
 * @cssprop --xf-color-text - Text colour.
 * @cssprop --xf-color-bg - Background of the form and its controls.
 * @cssprop --xf-color-border - Borders of controls and groups.
 * @cssprop --xf-color-accent - Submit button and focus accents.
 * @cssprop --xf-color-error - Error messages, error summary and invalid borders.
 * @cssprop --xf-color-focus - Focus outline.
 */
export class XfReplyForm extends XfFormElement<ReplyPayload, ReplyDraft> {
  static override styles = [...XfFormElement.styles, replyFormStyles];

  static override properties: PropertyDeclarations = {
    kind: { type: String, reflect: true },
    view: { attribute: false },
    units: { attribute: false },
    organ: { type: String },
    reviewOrgan: { type: String, attribute: 'review-organ' },
    documentNo: { type: String, attribute: 'document-no' },
    date: { type: String },
    mode: { type: String, reflect: true },
    calendar: { attribute: false },
    values: { attribute: false },
    offerDelivery: { type: Boolean, attribute: 'offer-delivery' },
  };

  /** Which letter: `acceptance`, `nonAcceptance`, `transfer`, `extension`, `opinion`, `review` or `reReview`. */
  declare kind: ReplyKind;
  /** The petition the letter answers (prefills the form). */
  declare view: PetitionView | undefined;
  /** Names for unit ids (the handling unit, the issuing organ), e.g. from a policy profile's `units`. */
  declare units: UnitNames;
  /** The issuing organ's name; default: the name of the view's current unit. */
  declare organ: string | undefined;
  /** The organ that hears a review (opinion letters) or a re-review (review letters): the organ one level up. */
  declare reviewOrgan: string | undefined;
  /** Prefill of the document number (文号). */
  declare documentNo: string | undefined;
  /** Prefill of the letter's date, `YYYY-MM-DD`; default: today in Asia/Shanghai (from `clock`). */
  declare date: string | undefined;
  /** `print` shows only the letter, laid out as an A4 page. */
  declare mode: 'print' | undefined;
  /** Calendar used to compute the due date after an extension (default: the Chinese statutory calendar). */
  declare calendar: Calendar;
  /**
   * Further prefill on top of what the view gives, field by field (e.g. `{ opinion, legalBasis }` taken from the
   * `concluded` event). Reset returns to this prefill.
   */
  declare values: Partial<ReplyDraft>;
  /**
   * Offers a "delivered now" checkbox (`deliverNow` in the draft; prefill it ticked with `values`); `xf-submit`'s
   * `detail.deliverNow` then says whether it was ticked. For a host that records the delivery of the letter in the
   * same step as the letter itself (22 art 35).
   */
  declare offerDelivery: boolean;

  constructor() {
    super();
    this.kind = 'acceptance';
    this.units = {};
    this.calendar = chinaCalendar;
    this.values = {};
    this.offerDelivery = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private onBeforePrint = (): void => {
    const sheet = a4PageSheet();
    if (sheet && !document.adoptedStyleSheets.includes(sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
  };

  private onAfterPrint = (): void => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
  };

  /** The kind in force (an unknown `kind` attribute falls back to acceptance). */
  get replyKind(): ReplyKind {
    return isReplyKind(this.kind) ? this.kind : 'acceptance';
  }

  /** What the current prefill was made from (a digest), to prefill again only when that changes in value. */
  private prefilledFrom = '';
  /** A draft the browser restored, waiting for the prefill it was typed over (the host may set `view` later). */
  private restored: { draft: Partial<ReplyDraft>; of: string } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const prefillKeys = ['kind', 'view', 'units', 'organ', 'reviewOrgan', 'documentNo', 'date', 'values'] as const;
    if (!prefillKeys.some((k) => changed.has(k))) return;
    // Compared by value: a host that passes a new but equal object on every render (React, Vue) must not wipe
    // what the person has typed.
    // A short digest (textId: 32-bit FNV-1a) of what a prefill was made from, without keeping the petition itself.
    const from = textId(JSON.stringify(prefillKeys.map((k) => this[k] ?? null)));
    if (from === this.prefilledFrom) return;
    this.prefilledFrom = from;
    const restored = this.restored?.of === from ? this.restored.draft : undefined;
    if (restored) this.restored = undefined;
    this.setDraft(restored ?? this.createDraft());
  }

  /** The draft with the prefill it belongs to, so that a restored draft is never laid over another petition. */
  protected override formState(): string {
    return JSON.stringify({ draft: this.draft, of: this.prefilledFrom });
  }

  /**
   * Back in the page, the browser hands back what the person had typed. It is laid over the prefill it was typed
   * over: now if that prefill is in place, or as soon as the host sets the same petition and settings again (a
   * host usually sets `view` after loading it). A letter typed for another petition, or for one that has changed
   * since, is not restored.
   */
  override formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete'): void {
    let saved: { draft?: unknown; of?: unknown } | undefined;
    try {
      saved = typeof state === 'string' ? JSON.parse(state) : undefined;
    } catch {
      saved = undefined;
    }
    if (!saved || typeof saved.of !== 'string' || !saved.draft || typeof saved.draft !== 'object') {
      super.formStateRestoreCallback(state, mode);
      return;
    }
    const draft = saved.draft as Partial<ReplyDraft>;
    if (saved.of === this.prefilledFrom) this.setDraft(draft);
    else this.restored = { draft, of: saved.of };
  }

  override formResetCallback(): void {
    this.restored = undefined;
    super.formResetCallback();
  }

  private unitName(id: string | undefined): string {
    if (!id) return '';
    const units = this.units ?? {};
    const name = Object.hasOwn(units, id) ? units[id] : undefined;
    if (name === undefined) return id;
    return typeof name === 'string' ? name : tr(this.uiLang, name);
  }

  protected override createDraft(): ReplyDraft {
    const v = this.view;
    const kind = this.replyKind;
    const outcome =
      kind === 'opinion'
        ? HANDLING_OUTCOMES.find((o) => o === v?.outcome)
        : kind === 'review'
          ? v?.reviewOutcome
          : kind === 'reReview'
            ? v?.reReviewOutcome
            : undefined;
    const today = this.clock ? shanghaiDateSafe(this.clock()) : '';
    return {
      documentNo: this.documentNo ?? '',
      organ: this.organ || this.unitName(v?.unit),
      addressee: v?.anonymous ? '' : (v?.petitionerName ?? ''),
      date: this.date || today,
      handlingUnit: this.unitName(v?.unit),
      due: v?.due?.conclusion ?? '',
      reason: '',
      goTo: v?.declinedGoTo ?? v?.referral?.organ ?? '',
      toUnit: v?.status === 'transferred' ? this.unitName(v.unit) : '',
      days: '',
      outcome: outcome ?? '',
      opinion: '',
      legalBasis: '',
      reviewOrgan: this.reviewOrgan ?? '',
      ...this.values,
    };
  }

  // ----- validation -----

  protected override validateDraft(draft: ReplyDraft): FormValidation<ReplyPayload> {
    const kind = this.replyKind;
    const v = this.view;
    const issues: FormIssue[] = [];
    /** The trimmed field; an issue when it is blank (or, with `valid`, not valid). */
    const need = (
      path: Exclude<keyof ReplyDraft, 'deliverNow'>,
      message: Bilingual,
      valid = (s: string) => s !== '',
    ): string => {
      const value = draft[path].trim();
      if (!valid(value)) issues.push({ path, message });
      return value;
    };
    if (!v) issues.push({ path: 'petition', message: m.noPetition });
    const documentNo = need('documentNo', m.documentNoRequired);
    const organ = need('organ', m.organRequired);
    const addressee = need('addressee', m.addresseeRequired);
    const date = need('date', m.dateRequired, isIsoDate);
    // What the kind adds to the payload, in the payload's order.
    let fields: object;
    switch (kind) {
      case 'acceptance':
        fields = {
          handlingUnit: need('handlingUnit', m.handlingUnitRequired),
          due: need('due', m.dueRequired, isIsoDate),
          handlingDays: handlingDays(v),
        };
        break;
      case 'nonAcceptance':
        fields = { reason: need('reason', m.nonAcceptanceReasonRequired), goTo: need('goTo', m.goToRequired) };
        break;
      case 'transfer': {
        const reason = draft.reason.trim();
        fields = { toUnit: need('toUnit', m.toUnitRequired), ...(reason ? { reason } : {}) };
        break;
      }
      case 'extension': {
        const days = extensionDays(draft);
        const max = extensionMax(v);
        // 22 art 34: one extension only, of at most 30 days (policy extensionMax), approved by the head.
        if (v?.extended) issues.push({ path: 'days', message: m.alreadyExtended });
        else if (days === undefined || days < 1 || days > max)
          issues.push({ path: 'days', message: fillBilingual(m.extensionDaysRange, { max }) });
        const reason = need('reason', m.extensionReasonRequired);
        const newDue = issues.length === 0 ? extendedDue(v, days, this.calendar) : undefined;
        fields = { days, reason, ...(newDue ? { newDue } : {}) };
        break;
      }
      default: {
        // opinion (22 arts 31–32, the review right of art 35), review and re-review (arts 35–36)
        const opinion = kind === 'opinion';
        const outcome = (opinion ? HANDLING_OUTCOMES : REVIEW_DECISIONS).find((o) => o === draft.outcome);
        if (!outcome) issues.push({ path: 'outcome', message: opinion ? m.outcomeRequired : m.reviewOutcomeRequired });
        fields = {
          outcome,
          opinion: need('opinion', m.opinionRequired),
          legalBasis: need('legalBasis', m.legalBasisRequired),
          ...(kind === 'reReview'
            ? { final: true }
            : {
                [opinion ? 'review' : 'reReview']: {
                  organ: need('reviewOrgan', opinion ? m.reviewOrganRequired : m.reReviewOrganRequired),
                  withinDays: requestDays(v, opinion ? 'review' : 'reReview'),
                },
              }),
        };
      }
    }
    if (issues.length > 0) return { ok: false, issues };
    const value = {
      petitionId: v?.petitionId ?? '',
      registrationNo: v?.registrationNo ?? '',
      documentNo,
      organ,
      addressee,
      date,
      letter: this.composeLetter(draft, this.uiLang),
      kind,
      ...fields,
      ...(this.offerDelivery ? { deliverNow: draft.deliverNow === true } : {}),
    };
    return { ok: true, value: value as ReplyPayload };
  }

  // ----- the letter -----

  /** Composes the letter from what has been typed so far (blank fields show as a line to fill by hand). */
  composeLetter(draft: ReplyDraft = this.draft, lang: Lang = this.uiLang): ReplyLetter {
    return composeLetter(this.replyKind, this.view, draft, lang, this.calendar);
  }

  // ----- rendering -----

  protected override submitLabel(): string {
    return tr(this.uiLang, t.submit);
  }

  override render(): TemplateResult {
    const letter = this.renderLetter();
    return this.mode === 'print' ? letter : html`${super.render()}${letter}`;
  }

  protected override renderFields(): TemplateResult {
    const lang = this.uiLang;
    const kind = this.replyKind;
    const v = this.view;
    const exempt = v && (v.anonymous || v.terms?.noticeExempt);
    return html`<h2 class="heading" part="heading">${tr(lang, HEADINGS[kind])}</h2>
      <div class="field matter" part="field" data-field="petition" id="f-petition">
        <p class="label" part="label">${tr(lang, t.matterLegend)}</p>
        ${this.renderError('petition')}
        ${
          v
            ? html`<p class="summary">
                ${tr(lang, t.matterSummary, {
                  no: v.registrationNo,
                  subject: v.subject,
                  received: formatDate(shanghaiDateSafe(v.receivedAt) || v.receivedAt, lang),
                })}
              </p>`
            : nothing
        }
        ${exempt ? html`<p class="notice" part="hint">${tr(lang, t.noNoticeOwed)}</p>` : nothing}
      </div>
      ${this.group({
        path: 'letterDetails',
        label: tr(lang, t.letterLegend),
        content: html`${this.textField({ path: 'documentNo', label: tr(lang, t.documentNo), hint: tr(lang, t.documentNoHint) })}
        ${this.textField({ path: 'organ', label: tr(lang, t.organ) })}
        ${this.textField({ path: 'addressee', label: tr(lang, t.addressee), hint: tr(lang, t.addresseeHint) })}
        ${this.textField({ path: 'date', label: tr(lang, t.date), type: 'date', short: true })}`,
      })}
      ${this.group({
        path: 'content',
        label: tr(lang, t.contentLegend),
        content: kindFields[kind]({
          lang,
          view: v,
          draft: this.draft,
          calendar: this.calendar,
          textField: (o) => this.textField(o),
          radioGroup: (o) => this.radioGroup(o),
        }),
      })}
      ${this.offerDelivery ? this.checkboxField({ path: 'deliverNow', label: tr(lang, t.deliverNow) }) : nothing}`;
  }

  /** The A4 letter: hidden on screen unless `mode="print"`, always what the printer gets. */
  private renderLetter(): TemplateResult {
    const lang = this.uiLang;
    const letter = this.composeLetter(this.draft, lang);
    const d = this.draft;
    const organ = d.organ.trim() || BLANK;
    const date = isIsoDate(d.date.trim()) ? d.date.trim() : '';
    return html`<div class="xf-root letter-page" part="letter-page" lang=${lang}>
      <article class="letter" part="letter" aria-labelledby="letter-title">
        <header class="letterhead" part="letterhead">
          <p class="letterhead-organ">${organ}</p>
          <p class="document-no" part="document-no">${d.documentNo.trim() || BLANK}</p>
          <hr class="red-rule" />
        </header>
        <h1 class="letter-title" id="letter-title" part="letter-title">${letter.title}</h1>
        <p class="salutation">${letter.salutation}</p>
        ${letter.paragraphs.map((p) => html`<p class="para">${p}</p>`)}
        <footer class="signature" part="signature">
          <div class="seal" part="seal"><span>${tr(lang, t.seal)}</span></div>
          <p class="sign-organ">${organ}</p>
          <p class="sign-date">${date ? html`<time datetime=${date}>${formatDate(date, lang)}</time>` : BLANK}</p>
        </footer>
      </article>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xf-reply-form': XfReplyForm;
  }
}
