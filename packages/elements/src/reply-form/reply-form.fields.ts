/**
 * The fields each kind of reply adds to `<xf-reply-form>`, one renderer per kind. A renderer gets the form's
 * field helpers and what it shows (language, view, draft, calendar) and returns the fields' template.
 */
import type { PetitionView } from '@xinfang/core';
import type { Calendar } from '@xinfang/core/calendar';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChoiceOption, FieldOptions, TextFieldOptions } from '../base/form-element.js';
import { formatDate } from '../deadline-badge/dates.js';
import { type Lang, tr } from '../i18n/index.js';
import { extendedDue, extensionDays, extensionMax, handlingDays, requestDays } from './reply-form.compose.js';
import type { ReplyDraft, ReplyKind } from './reply-form.js';
import * as t from './reply-form.strings.js';

/** What a renderer needs from the form. */
export interface ReplyFieldKit {
  lang: Lang;
  view: PetitionView | undefined;
  draft: ReplyDraft;
  calendar: Calendar;
  textField(options: TextFieldOptions): TemplateResult;
  radioGroup(options: FieldOptions & { options: ChoiceOption[]; inline?: boolean }): TemplateResult;
}

function opinionFields(k: ReplyFieldKit): TemplateResult {
  const lang = k.lang;
  return html`${k.textField({ path: 'opinion', label: tr(lang, t.opinion), multiline: true, rows: 8 })}
    ${k.textField({ path: 'legalBasis', label: tr(lang, t.legalBasis), hint: tr(lang, t.legalBasisHint), multiline: true, rows: 3 })}`;
}

function reviewFields(k: ReplyFieldKit, kind: 'review' | 'reReview'): TemplateResult {
  const lang = k.lang;
  return html`${k.radioGroup({
    path: 'outcome',
    label: tr(lang, kind === 'review' ? t.reviewOutcome : t.reReviewOutcome),
    options: [
      { value: 'upheld', label: tr(lang, t.reviewUpheld) },
      { value: 'changed', label: tr(lang, t.reviewChanged) },
      { value: 'revoked', label: tr(lang, t.reviewRevoked) },
    ],
  })}
        ${opinionFields(k)}
        ${
          kind === 'review'
            ? k.textField({
                path: 'reviewOrgan',
                label: tr(lang, t.reReviewOrgan),
                hint: tr(lang, t.reReviewOrganHint, { days: requestDays(k.view, 'reReview') }),
              })
            : html`<p class="notice" part="hint">${tr(lang, t.finalNote)}</p>`
        }`;
}

/** The fields of each kind of reply, in the order the letter uses them. */
export const kindFields: Record<ReplyKind, (kit: ReplyFieldKit) => TemplateResult> = {
  acceptance: (k) =>
    html`${k.textField({ path: 'handlingUnit', label: tr(k.lang, t.handlingUnit) })}
        ${k.textField({
          path: 'due',
          label: tr(k.lang, t.due),
          hint: tr(k.lang, t.dueHint, { days: handlingDays(k.view) }),
          type: 'date',
          short: true,
        })}`,
  nonAcceptance: (k) =>
    html`${k.textField({ path: 'reason', label: tr(k.lang, t.nonAcceptanceReason), multiline: true, rows: 4 })}
        ${k.textField({ path: 'goTo', label: tr(k.lang, t.goTo), hint: tr(k.lang, t.goToHint) })}`,
  transfer: (k) =>
    html`${k.textField({ path: 'toUnit', label: tr(k.lang, t.toUnit) })}
        ${k.textField({ path: 'reason', label: tr(k.lang, t.transferReason), multiline: true, rows: 3, optional: true })}`,
  extension: (k) => {
    const lang = k.lang;
    const newDue = extendedDue(k.view, extensionDays(k.draft), k.calendar);
    return html`${k.textField({
      path: 'days',
      label: tr(lang, t.extensionDays),
      hint: tr(lang, t.extensionDaysHint, { max: extensionMax(k.view) }),
      type: 'number',
      inputmode: 'numeric',
      short: true,
    })}
        ${newDue ? html`<p class="notice" part="hint" role="status">${tr(lang, t.newDue, { date: formatDate(newDue, lang) })}</p>` : nothing}
        ${k.textField({
          path: 'reason',
          label: tr(lang, t.extensionReason),
          hint: tr(lang, t.extensionReasonHint),
          multiline: true,
          rows: 4,
        })}`;
  },
  opinion: (k) =>
    html`${k.radioGroup({
      path: 'outcome',
      label: tr(k.lang, t.outcome),
      inline: true,
      options: [
        { value: 'support', label: tr(k.lang, t.outcomeSupport) },
        { value: 'explain', label: tr(k.lang, t.outcomeExplain) },
        { value: 'reject', label: tr(k.lang, t.outcomeReject) },
      ],
    })}
        ${opinionFields(k)}
        ${k.textField({
          path: 'reviewOrgan',
          label: tr(k.lang, t.reviewOrgan),
          hint: tr(k.lang, t.reviewOrganHint, { days: requestDays(k.view, 'review') }),
        })}`,
  review: (k) => reviewFields(k, 'review'),
  reReview: (k) => reviewFields(k, 'reReview'),
};
