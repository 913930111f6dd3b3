import { type PetitionClass, type PetitionInput, validatePetition } from '@xinfang/core/schema';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { XfPetitionForm } from '../base/petition-form.js';
import { tr } from '../i18n/messages.js';

export type { UnitOption } from '../base/petition-form.js';

import type { XfSubmitEvent } from '../shared/events.js';
import * as p from '../shared/petition.strings.js';
import type { FormIssue, FormValidation } from '../shared/types.js';
import { instantFromShanghaiLocal, lines, shanghaiLocal, trimmed, truthStatementRequired } from '../shared/values.js';
import * as t from './intake-form.strings.js';

/** Who fills in the form: a citizen online, or a clerk registering a letter, call or online petition. */
export type IntakeMode = 'public' | 'staff';

/** What the person typed, before validation: strings and booleans shaped like `PetitionInput`. */
export interface IntakeDraft {
  channel: '' | 'letter' | 'call' | 'online';
  /** Staff: Beijing local time `YYYY-MM-DDTHH:mm`. */
  receivedAt: string;
  letter: { postmarkDate: string; senderAddress: string };
  fromHotline: boolean;
  hotline: { ticket: string };
  anonymous: boolean;
  petitioner: { name: string; idNumber: string; phone: string; address: string };
  class: '' | PetitionClass;
  subject: string;
  content: string;
  /** One person or unit a line. */
  accused: { persons: string; units: string };
  /** One attachment description a line. */
  attachments: string;
  receivingUnit: string;
  proposedHandling: string;
  truthStatement: boolean;
}

/**
 * `<xf-intake-form>`: registers a letter, call or online petition and hands back a validated
 * `PetitionInput`. It validates with `@xinfang/core/schema`, so it shows the same bilingual messages
 * the core gives, and it never stores anything: listen for `xf-submit`.
 *
 * `mode="public"` (default) is what a citizen fills in online: name or anonymous, ID number, phone,
 * address, kind of matter, subject, content, persons and units accused (accusations only, never disclosed
 * to them, 22 art 30), attachment descriptions and the statement that they answer for the truth.
 * `mode="staff"` adds how it arrived, when, the postmark date and sender address of a letter
 * (seed §交通集团), the ticket of a 12345 hotline call, the receiving unit and the proposed handling.
 *
 * @example
 * <xf-intake-form name="petition" lang="en"></xf-intake-form>
 * <script type="module">
 *   document.querySelector('xf-intake-form').addEventListener('xf-submit', (e) => save(e.detail));
 * </script>
 *
 * @tag xf-intake-form
 * @fires {XfSubmitEvent<PetitionInput>} xf-submit - valid submit; `detail` is the `PetitionInput`. Cancelable.
 * @fires {XfInvalidEvent} xf-invalid - a submit attempt failed; `detail.issues` lists the problems.
 * @fires {XfChangeEvent} xf-change - a field changed; `detail` is `{ path, value }`.
 * @cssprop --xf-font-family - Font of the whole form.
 * @cssprop --xf-font-size - Base text size (default 1rem; `size="large"` multiplies it by 1.25).
 * @cssprop --xf-color-text - Text colour.
 * @cssprop --xf-color-bg - Background of the form and its controls.
 * @cssprop --xf-color-border - Borders of controls and groups.
 * @cssprop --xf-color-accent - Submit button and focus accents.
 * @cssprop --xf-color-error - Error messages, error summary and invalid borders.
 * @cssprop --xf-color-focus - Focus outline.
 * @csspart form - the inner `<form>`.
 * @csspart error-summary - the error summary shown after a failed submit.
 * @csspart field - one field (label, hint, error, control).
 * @csspart group - a fieldset grouping fields.
 * @csspart label - labels and legends.
 * @csspart hint - hint texts.
 * @csspart error - inline error messages.
 * @csspart control - inputs, selects and textareas.
 * @csspart actions - the button row.
 * @csspart submit - the submit button.
 */
export class XfIntakeForm extends XfPetitionForm<PetitionInput, IntakeDraft> {
  static override properties: PropertyDeclarations = {
    mode: { type: String, reflect: true },
  };

  /** `public` (a citizen online, the default) or `staff` (a clerk registering). */
  declare mode: IntakeMode;

  constructor() {
    super();
    this.mode = 'public';
  }

  protected override createDraft(): IntakeDraft {
    return {
      channel: '',
      receivedAt: shanghaiLocal(this.clock()),
      letter: { postmarkDate: '', senderAddress: '' },
      fromHotline: false,
      hotline: { ticket: '' },
      anonymous: false,
      petitioner: { name: '', idNumber: '', phone: '', address: '' },
      class: '',
      subject: '',
      content: '',
      accused: { persons: '', units: '' },
      attachments: '',
      receivingUnit: '',
      proposedHandling: '',
      truthStatement: false,
    };
  }

  /** Turns the draft into the `PetitionInput` candidate the schema checks (blank optional fields left out). */
  protected toInput(draft: IntakeDraft): Record<string, unknown> {
    const staff = this.mode === 'staff';
    const channel = staff ? draft.channel || undefined : 'online';
    const input: Record<string, unknown> = {
      channel,
      class: draft.class || undefined,
      subject: draft.subject.trim(),
      content: draft.content.trim(),
      receivedAt: staff ? instantFromShanghaiLocal(draft.receivedAt) : this.clock(),
      anonymous: draft.anonymous,
      truthStatement: draft.truthStatement,
    };
    if (!draft.anonymous) input.petitioner = trimmed(draft.petitioner);
    if (staff && channel === 'letter') {
      input.letter = {
        postmarkDate: draft.letter.postmarkDate,
        senderAddress: draft.letter.senderAddress.trim(),
      };
    }
    if (staff && channel === 'call' && draft.fromHotline) {
      input.hotline = { line: '12345', ticket: draft.hotline.ticket.trim() };
    }
    if (draft.class === 'accusation') {
      input.accused = { persons: lines(draft.accused.persons), units: lines(draft.accused.units) };
    }
    const attachments = lines(draft.attachments);
    if (attachments.length > 0) input.attachments = attachments;
    if (staff && draft.receivingUnit) input.receivingUnit = draft.receivingUnit;
    if (staff && draft.proposedHandling.trim()) input.proposedHandling = draft.proposedHandling.trim();
    return input;
  }

  protected override validateDraft(draft: IntakeDraft): FormValidation<PetitionInput> {
    const result = validatePetition(this.toInput(draft));
    const extra: FormIssue[] = [];
    // A citizen online states that they answer for the truth of what they write (seed §4: "the visitor is
    // told they answer for the truth"); the core keeps it optional because staff record oral petitions.
    if (this.mode !== 'staff' && !draft.truthStatement) {
      extra.push({ path: 'truthStatement', message: truthStatementRequired });
    }
    if (result.ok && extra.length === 0) return result;
    return { ok: false, issues: [...(result.ok ? [] : result.issues), ...extra] };
  }

  protected override submitLabel(): string {
    return tr(this.uiLang, this.mode === 'staff' ? t.submitStaff : t.submitPublic);
  }

  protected override renderFields(): TemplateResult {
    const lang = this.uiLang;
    const staff = this.mode === 'staff';
    const d = this.draft;
    return html`<p class="hint">${tr(lang, t.intro)}</p>
      ${staff ? this.renderArrival() : nothing}
      ${this.group({
        path: 'petitioner',
        label: tr(lang, t.petitionerLegend),
        content: html`${this.checkboxField({ path: 'anonymous', label: tr(lang, t.anonymous), hint: tr(lang, t.anonymousHint) })}
        ${
          d.anonymous
            ? nothing
            : html`${this.textField({ path: 'petitioner.name', label: tr(lang, t.name), autocomplete: 'name' })}
              ${this.textField({
                path: 'petitioner.idNumber',
                label: tr(lang, p.idNumber),
                hint: tr(lang, p.idNumberHint),
                optional: true,
                short: true,
                autocomplete: 'off',
              })}
              ${this.textField({
                path: 'petitioner.phone',
                label: tr(lang, p.phone),
                hint: tr(lang, t.phoneHint),
                type: 'tel',
                autocomplete: 'tel',
                short: true,
              })}
              ${this.textField({
                path: 'petitioner.address',
                label: tr(lang, p.address),
                hint: tr(lang, t.addressHint),
                autocomplete: 'street-address',
              })}`
        }`,
      })}
      ${this.group({
        path: 'matter',
        label: tr(lang, t.matterLegend),
        content: html`${this.renderClassChoice()}
        ${d.class === 'accusation' ? this.renderAccused() : nothing}
        ${this.textField({ path: 'subject', label: tr(lang, p.subject), hint: tr(lang, t.subjectHint) })}
        ${this.textField({ path: 'content', label: tr(lang, p.content), hint: tr(lang, t.contentHint), multiline: true, rows: 8 })}
        ${this.textField({
          path: 'attachments',
          label: tr(lang, t.attachments),
          hint: tr(lang, t.attachmentsHint),
          multiline: true,
          rows: 3,
          optional: true,
        })}`,
      })}
      ${staff ? this.renderStaffHandling() : nothing}
      ${this.checkboxField({
        path: 'truthStatement',
        label: tr(lang, t.truthStatement),
        hint: tr(lang, t.truthStatementHint),
        optional: staff,
      })}`;
  }

  private renderArrival(): TemplateResult {
    const lang = this.uiLang;
    const d = this.draft;
    return html`${this.radioGroup({
      path: 'channel',
      label: tr(lang, t.channel),
      inline: true,
      options: [
        { value: 'letter', label: tr(lang, t.channelLetter) },
        { value: 'call', label: tr(lang, t.channelCall) },
        { value: 'online', label: tr(lang, t.channelOnline) },
      ],
    })}
    ${this.textField({
      path: 'receivedAt',
      label: tr(lang, t.receivedAt),
      hint: tr(lang, t.receivedAtHint),
      type: 'datetime-local',
      short: true,
    })}
    ${
      d.channel === 'letter'
        ? this.group({
            path: 'letter',
            label: tr(lang, t.letterLegend),
            content: html`${this.textField({
              path: 'letter.postmarkDate',
              label: tr(lang, t.postmarkDate),
              hint: tr(lang, t.postmarkHint),
              type: 'date',
              short: true,
            })}
            ${this.textField({ path: 'letter.senderAddress', label: tr(lang, t.senderAddress) })}`,
          })
        : nothing
    }
    ${
      d.channel === 'call'
        ? html`${this.checkboxField({ path: 'fromHotline', label: tr(lang, t.fromHotline) })}
          ${d.fromHotline ? this.textField({ path: 'hotline.ticket', label: tr(lang, t.hotlineTicket), short: true }) : nothing}`
        : nothing
    }`;
  }

  private renderStaffHandling(): TemplateResult {
    const lang = this.uiLang;
    return html`${this.renderUnitChoice(tr(lang, t.receivingUnit))}
    ${this.textField({ path: 'proposedHandling', label: tr(lang, t.proposedHandling), multiline: true, rows: 3, optional: true })}`;
  }
}

/** The `xf-submit` event of `<xf-intake-form>`: `detail` is the validated `PetitionInput`. */
export type XfIntakeSubmitEvent = XfSubmitEvent<PetitionInput>;

declare global {
  interface HTMLElementTagNameMap {
    'xf-intake-form': XfIntakeForm;
  }
}
