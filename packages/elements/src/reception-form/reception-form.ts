import { type PetitionClass, type PetitionInput, validatePetition } from '@xinfang/core/schema';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { fieldId } from '../base/path.js';
import { XfPetitionForm } from '../base/petition-form.js';
import { tr } from '../i18n/messages.js';
import type { XfSubmitEvent } from '../shared/events.js';
import * as p from '../shared/petition.strings.js';
import type { FormIssue, FormValidation } from '../shared/types.js';
import {
  answerRequired,
  instantFromShanghaiLocal,
  lines,
  outcomeRequired,
  receivingStaffRequired,
  recordConfirmedRequired,
  routeRequired,
  shanghaiLocal,
  trimmed,
  truthToldRequired,
} from '../shared/values.js';
import * as t from './reception-form.strings.js';

/** Where a matter goes when it is not answered on the spot (22 arts 22, 31). */
export type ReceptionRoute = 'accept' | 'transfer' | 'assign' | 'legalChannel';

/** What `<xf-reception-form>` hands over in `xf-submit`: the petition, who received it, and what happens next. */
export interface ReceptionPayload {
  /** The visit as a petition (`channel: 'visit'`), validated by the core's schema. */
  petition: PetitionInput;
  /** The staff member who received the visitor. */
  receivingStaff: string;
  /** Answered on the spot, or the route the matter takes. */
  answer: { kind: 'onTheSpot'; text: string } | { kind: 'route'; route: ReceptionRoute; note?: string };
}

/** One visitor or representative as typed. */
export interface VisitorDraft {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

/** What the clerk typed, before validation. */
export interface ReceptionDraft {
  receivedAt: string;
  kind: 'individual' | 'collective';
  petitioner: VisitorDraft & { workUnit: string };
  collective: { headCount: string; representatives: VisitorDraft[] };
  class: '' | PetitionClass;
  subject: string;
  content: string;
  accused: { persons: string; units: string };
  truthStatement: boolean;
  visitRecordConfirmed: boolean;
  receivingStaff: string;
  receivingUnit: string;
  outcome: '' | 'onTheSpot' | 'route';
  answer: string;
  route: '' | ReceptionRoute;
  routeNote: string;
}

const emptyVisitor = (): VisitorDraft => ({ name: '', idNumber: '', phone: '', address: '' });

/**
 * `<xf-reception-form>`: records an in-person visit (来访) and hands back a validated {@link ReceptionPayload}.
 *
 * One visitor, or a collective visit with its head count and elected representatives (rows added and removed;
 * beyond `representativesLimit`, 5 by 22 art 20, another row is refused with a message saying why); the matter;
 * the record read back to and confirmed by the visitor and the statement that they answer for the truth
 * (seed §4, seed §政协机关); the receiving staff; an answer on the spot or the route the matter takes.
 * Validation is the core's (`validatePetition` with the same limit); nothing is stored.
 *
 * @tag xf-reception-form
 * @fires {XfSubmitEvent<ReceptionPayload>} xf-submit - valid submit; `detail` is the `ReceptionPayload`. Cancelable.
 * @fires {XfInvalidEvent} xf-invalid - a submit attempt failed; `detail.issues` lists the problems.
 * @fires {XfChangeEvent} xf-change - a field changed or a row was added or removed.
 * @cssprop --xf-font-family - Font of the whole form.
 * @cssprop --xf-font-size - Base text size (default 1rem; `size="large"` multiplies it by 1.25).
 * @cssprop --xf-color-text - Text colour.
 * @cssprop --xf-color-bg - Background of the form and its controls.
 * @cssprop --xf-color-border - Borders of controls and groups.
 * @cssprop --xf-color-accent - Buttons and accents.
 * @cssprop --xf-color-error - Error messages and the error summary.
 * @cssprop --xf-color-focus - Focus outline.
 * @csspart form - the inner `<form>`.
 * @csspart error-summary - the error summary shown after a failed submit.
 * @csspart field - one field.
 * @csspart group - a fieldset grouping fields.
 * @csspart label - labels and legends.
 * @csspart hint - hint texts.
 * @csspart error - inline error messages.
 * @csspart control - inputs, selects and textareas.
 * @csspart row - one representative's row.
 * @csspart button - add and remove buttons.
 * @csspart notice - the message shown when another representative is refused.
 * @csspart actions - the button row.
 * @csspart submit - the submit button.
 */
export class XfReceptionForm extends XfPetitionForm<ReceptionPayload, ReceptionDraft> {
  static override properties: PropertyDeclarations = {
    representativesLimit: { type: Number, attribute: 'representatives-limit' },
    refused: { attribute: false, state: true },
  };

  /** The most representatives a collective visit may elect (22 art 20: 5; a policy may set fewer). */
  declare representativesLimit: number;
  /** True after an extra representative was refused, until a row is removed. */
  protected refused = false;

  constructor() {
    super();
    this.representativesLimit = 5;
  }

  protected override createDraft(): ReceptionDraft {
    return {
      receivedAt: shanghaiLocal(this.clock()),
      kind: 'individual',
      petitioner: { ...emptyVisitor(), workUnit: '' },
      collective: { headCount: '', representatives: [emptyVisitor()] },
      class: '',
      subject: '',
      content: '',
      accused: { persons: '', units: '' },
      truthStatement: false,
      visitRecordConfirmed: false,
      receivingStaff: '',
      receivingUnit: '',
      outcome: '',
      answer: '',
      route: '',
      routeNote: '',
    };
  }

  override formResetCallback(): void {
    this.refused = false;
    super.formResetCallback();
  }

  /** The petition candidate the core's schema checks. */
  protected toInput(draft: ReceptionDraft): Record<string, unknown> {
    const collective = draft.kind === 'collective';
    const representatives = draft.collective.representatives.map((r) => trimmed({ ...r }));
    const input: Record<string, unknown> = {
      channel: 'visit',
      class: draft.class || undefined,
      subject: draft.subject.trim(),
      content: draft.content.trim(),
      receivedAt: instantFromShanghaiLocal(draft.receivedAt),
      anonymous: false,
      // A collective visit's contact is its first representative.
      petitioner: collective ? (representatives[0] ?? {}) : trimmed(draft.petitioner),
      truthStatement: draft.truthStatement,
      visitRecordConfirmed: draft.visitRecordConfirmed,
    };
    if (collective) {
      const headCount = draft.collective.headCount.trim();
      input.collective = { headCount: headCount === '' ? undefined : Number(headCount), representatives };
    }
    if (draft.class === 'accusation') {
      input.accused = { persons: lines(draft.accused.persons), units: lines(draft.accused.units) };
    }
    if (draft.receivingUnit) input.receivingUnit = draft.receivingUnit;
    return input;
  }

  protected override validateDraft(draft: ReceptionDraft): FormValidation<ReceptionPayload> {
    const collective = draft.kind === 'collective';
    const result = validatePetition(this.toInput(draft), { representativesLimit: this.representativesLimit });
    const issues: FormIssue[] = [];
    const seen = new Set<string>();
    for (const issue of result.ok ? [] : result.issues) {
      // In a collective visit the petitioner is the first representative: show the problem on that row, once.
      const path =
        collective && (issue.path === 'petitioner' || issue.path.startsWith('petitioner.'))
          ? issue.path.replace(/^petitioner/, 'collective.representatives.0')
          : issue.path;
      const key = `${path}\u0000${issue.message.zh}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push({ path, message: issue.message });
    }
    if (!draft.truthStatement) issues.push({ path: 'truthStatement', message: truthToldRequired });
    if (!draft.visitRecordConfirmed) {
      issues.push({ path: 'visitRecordConfirmed', message: recordConfirmedRequired });
    }
    const staff = draft.receivingStaff.trim();
    if (!staff) issues.push({ path: 'receivingStaff', message: receivingStaffRequired });
    let answer: ReceptionPayload['answer'] | undefined;
    if (draft.outcome === 'onTheSpot') {
      const text = draft.answer.trim();
      if (text) answer = { kind: 'onTheSpot', text };
      else issues.push({ path: 'answer', message: answerRequired });
    } else if (draft.outcome === 'route') {
      if (draft.route) {
        const note = draft.routeNote.trim();
        answer = note ? { kind: 'route', route: draft.route, note } : { kind: 'route', route: draft.route };
      } else issues.push({ path: 'route', message: routeRequired });
    } else {
      issues.push({ path: 'outcome', message: outcomeRequired });
    }
    if (!result.ok || issues.length > 0 || !answer) return { ok: false, issues };
    return { ok: true, value: { petition: result.value, receivingStaff: staff, answer } };
  }

  protected override submitLabel(): string {
    return tr(this.uiLang, t.submit);
  }

  /** Adds a representative row, or refuses beyond the limit (22 art 20) with a message saying why. */
  addRepresentative(): boolean {
    const rows = this.draft.collective.representatives;
    if (rows.length >= this.representativesLimit) {
      this.refused = true;
      return false;
    }
    this.set('collective.representatives', [...rows, emptyVisitor()]);
    void this.updateComplete.then(() => this.focusField(`collective.representatives.${rows.length}.name`));
    return true;
  }

  /** Removes the representative row at `index` (at least one row stays). */
  removeRepresentative(index: number): void {
    const rows = this.draft.collective.representatives;
    if (rows.length <= 1) return;
    this.refused = false;
    this.set(
      'collective.representatives',
      rows.filter((_, i) => i !== index),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-row')?.focus());
  }

  protected override renderFields(): TemplateResult {
    const lang = this.uiLang;
    const d = this.draft;
    const collective = d.kind === 'collective';
    return html`<p class="hint">${tr(lang, t.intro)}</p>
      ${this.textField({
        path: 'receivedAt',
        label: tr(lang, t.receivedAt),
        hint: tr(lang, t.receivedAtHint),
        type: 'datetime-local',
        short: true,
      })}
      ${this.radioGroup({
        path: 'kind',
        label: tr(lang, t.visitKind),
        inline: true,
        options: [
          { value: 'individual', label: tr(lang, t.individual) },
          { value: 'collective', label: tr(lang, t.collective) },
        ],
      })}
      ${collective ? this.renderCollective() : this.renderVisitor()}
      ${this.group({
        path: 'matter',
        label: tr(lang, p.matterLegend),
        content: html`${this.renderClassChoice()}
        ${d.class === 'accusation' ? this.renderAccused() : nothing}
        ${this.textField({ path: 'subject', label: tr(lang, p.subject) })}
        ${this.textField({ path: 'content', label: tr(lang, p.content), hint: tr(lang, t.contentHint), multiline: true, rows: 6 })}`,
      })}
      ${this.group({
        path: 'record',
        label: tr(lang, t.recordLegend),
        content: html`${this.checkboxField({ path: 'truthStatement', label: tr(lang, t.truthStatement) })}
        ${this.checkboxField({ path: 'visitRecordConfirmed', label: tr(lang, t.recordConfirmed) })}`,
      })}
      ${this.group({ path: 'reception', label: tr(lang, t.staffLegend), content: this.renderReception() })}`;
  }

  private renderVisitor(): TemplateResult {
    const lang = this.uiLang;
    return this.group({
      path: 'petitioner',
      label: tr(lang, t.visitorLegend),
      content: html`${this.textField({ path: 'petitioner.name', label: tr(lang, p.name) })}
      ${this.textField({
        path: 'petitioner.idNumber',
        label: tr(lang, p.idNumber),
        hint: tr(lang, p.idNumberHint),
        optional: true,
        short: true,
      })}
      ${this.textField({ path: 'petitioner.phone', label: tr(lang, p.phone), type: 'tel', short: true })}
      ${this.textField({ path: 'petitioner.address', label: tr(lang, p.address), optional: true })}
      ${this.textField({ path: 'petitioner.workUnit', label: tr(lang, t.workUnit), optional: true })}`,
    });
  }

  private renderCollective(): TemplateResult {
    const lang = this.uiLang;
    const limit = this.representativesLimit;
    const rows = this.draft.collective.representatives;
    return this.group({
      path: 'collective',
      label: tr(lang, t.collectiveLegend),
      content: html`${this.textField({
        path: 'collective.headCount',
        label: tr(lang, t.headCount),
        hint: tr(lang, t.headCountHint),
        type: 'number',
        inputmode: 'numeric',
        short: true,
      })}
      ${this.group({
        path: 'collective.representatives',
        label: tr(lang, t.representativesLegend),
        hint: tr(lang, t.representativesHint, { limit }),
        content: html`${rows.map((_, i) => this.renderRepresentative(i, rows.length))}
          <div class="notice" part="notice" role="alert" ?hidden=${!this.refused} id="${fieldId('collective.representatives')}-refused">
            ${this.refused ? tr(lang, t.representativesRefused, { limit }) : nothing}
          </div>
          <button
            type="button"
            class="add-row"
            part="button"
            aria-describedby=${this.refused ? `${fieldId('collective.representatives')}-refused` : nothing}
            @click=${() => this.addRepresentative()}
          >
            ${tr(lang, t.addRepresentative)}
          </button>`,
      })}`,
    });
  }

  private renderRepresentative(index: number, count: number): TemplateResult {
    const lang = this.uiLang;
    const n = index + 1;
    const base = `collective.representatives.${index}`;
    return html`<fieldset class="row" part="row" data-field=${base}>
      <legend part="label">${tr(lang, t.representative, { n })}</legend>
      ${this.textField({ path: `${base}.name`, label: tr(lang, p.name) })}
      ${this.textField({ path: `${base}.phone`, label: tr(lang, p.phone), type: 'tel' })}
      ${this.textField({ path: `${base}.idNumber`, label: tr(lang, p.idNumber), optional: true })}
      ${
        count > 1
          ? html`<div class="field">
              <button type="button" part="button" @click=${() => this.removeRepresentative(index)}>
                ${tr(lang, t.removeRepresentative, { n })}
              </button>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderReception(): TemplateResult {
    const lang = this.uiLang;
    const d = this.draft;
    return html`${this.textField({ path: 'receivingStaff', label: tr(lang, t.receivingStaff), short: true })}
      ${this.renderUnitChoice(tr(lang, t.receivingUnit))}
      ${this.radioGroup({
        path: 'outcome',
        label: tr(lang, t.outcome),
        options: [
          { value: 'onTheSpot', label: tr(lang, t.onTheSpot) },
          { value: 'route', label: tr(lang, t.route) },
        ],
      })}
      ${d.outcome === 'onTheSpot' ? this.textField({ path: 'answer', label: tr(lang, t.answer), multiline: true, rows: 3 }) : nothing}
      ${
        d.outcome === 'route'
          ? html`${this.radioGroup({
              path: 'route',
              label: tr(lang, t.routeKind),
              options: [
                { value: 'accept', label: tr(lang, t.routeAccept) },
                { value: 'transfer', label: tr(lang, t.routeTransfer) },
                { value: 'assign', label: tr(lang, t.routeAssign) },
                { value: 'legalChannel', label: tr(lang, t.routeLegalChannel) },
              ],
            })}
            ${this.textField({ path: 'routeNote', label: tr(lang, t.routeNote), optional: true })}`
          : nothing
      }`;
  }
}

/** The `xf-submit` event of `<xf-reception-form>`: `detail` is the validated `ReceptionPayload`. */
export type XfReceptionSubmitEvent = XfSubmitEvent<ReceptionPayload>;

declare global {
  interface HTMLElementTagNameMap {
    'xf-reception-form': XfReceptionForm;
  }
}
