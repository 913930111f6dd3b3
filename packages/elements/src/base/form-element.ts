import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import * as c from '../i18n/messages.js';
import { tr } from '../i18n/messages.js';
import type { XfFormEventMap } from '../shared/events.js';
import { XfChangeEvent, XfInvalidEvent, XfSubmitEvent } from '../shared/events.js';
import { formStyles } from '../shared/styles.js';
import type { FormIssue, FormValidation } from '../shared/types.js';
import { fieldId, getPath, setPath } from './path.js';
import { XfElement } from './xf-element.js';

/** An option of a select or a radio group. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/** Common options of the field helpers. */
export interface FieldOptions {
  /** Dotted path into the draft, also the path the schema reports issues under. */
  path: string;
  label: string;
  hint?: string;
  /** Marks the label "(optional)"; required fields carry no marker (GOV.UK pattern). */
  optional?: boolean;
}

/** Options of a single-line or multi-line text field. */
export interface TextFieldOptions extends FieldOptions {
  type?: 'text' | 'tel' | 'number' | 'date' | 'datetime-local';
  multiline?: boolean;
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'tel';
  short?: boolean;
  rows?: number;
}

/**
 * The form-associated base class of every xinfang form (`ElementInternals`).
 *
 * A subclass keeps what the person typed in a plain `draft` object, validates it with the
 * core's schema in `validateDraft`, and renders its fields with the helpers here
 * (`textField`, `selectField`, `checkboxField`, `radioGroup`), which tie label, hint and inline
 * error together with `for`/`id` and `aria-describedby`.
 *
 * What the base does for every form:
 * - value: the element's `name` is its entry in the host `<form>`'s `FormData`; the value is the JSON
 *   of the validated payload, and there is no entry while the form is invalid.
 * - validity: `customError` with the first message while invalid, so a native form will not submit;
 *   `:state(user-invalid)` once the person has interacted with a field that is wrong.
 * - errors appear after interaction (blur or change of that field) or after a submit attempt;
 *   on a failed submit an error summary at the top lists and links every problem and takes focus.
 * - reset (`formResetCallback`), disabled (`formDisabledCallback`, own `disabled` or a disabled
 *   `<fieldset>`), and restore (`formStateRestoreCallback`, the draft is kept as the state).
 * - events: `xf-change` on each edit, `xf-invalid` on a failed submit, `xf-submit` (cancelable)
 *   with the payload; unless cancelled, the surrounding native form is then submitted.
 *
 * @fires {XfSubmitEvent} xf-submit - the form passed validation; `detail` is the typed payload. Cancelable.
 * @fires {XfInvalidEvent} xf-invalid - a submit attempt failed; `detail.issues` lists the problems.
 * @fires {XfChangeEvent} xf-change - a field changed; `detail` is `{ path, value }`.
 * @csspart form - the inner `<form>`.
 * @csspart error-summary - the error summary box shown after a failed submit.
 * @csspart field - the wrapper of one field (label, hint, error, control).
 * @csspart group - a fieldset grouping several fields (petitioner, letter, accused, representatives).
 * @csspart label - a field's label or a group's legend.
 * @csspart hint - a field's hint text.
 * @csspart error - an inline error message.
 * @csspart control - an input, select or textarea.
 * @csspart actions - the row of buttons at the bottom.
 * @csspart submit - the submit button.
 * @csspart button - any other button (add or remove a row).
 * @cssstate touched - the person has left or changed at least one field.
 * @cssstate user-invalid - a problem is shown: a field the person touched is wrong, or a submit was attempted.
 * @cssstate user-valid - the person touched a field or submitted, and no problem is shown.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface below adds only method overloads, which the class inherits.
export abstract class XfFormElement<TPayload, TDraft extends object = Record<string, unknown>> extends XfElement {
  /** Makes the element a form control (ElementInternals). */
  static formAssociated = true;

  static override styles = [...XfElement.styles, formStyles];

  static override properties: PropertyDeclarations = {
    name: { type: String, reflect: true },
    disabled: { type: Boolean, reflect: true },
    draft: { attribute: false },
    clock: { attribute: false },
    issues: { attribute: false, state: true },
    touched: { attribute: false, state: true },
    submitted: { attribute: false, state: true },
    formDisabled: { attribute: false, state: true },
  };

  /** The name of the element's entry in the surrounding form's `FormData`. */
  declare name: string;
  /** Disables every control; the element then has no `FormData` entry and is not validated. */
  declare disabled: boolean;

  /** What the person has entered so far, shaped like the payload but raw (strings, booleans, rows). */
  protected draft: TDraft;
  /** Every current problem, shown or not yet shown. */
  protected issues: FormIssue[] = [];
  /** Paths of fields the person has left or changed. */
  protected touched: ReadonlySet<string> = new Set();
  /** True after a submit attempt: every problem is then shown. */
  protected submitted = false;
  /** Disabled by an ancestor `<fieldset disabled>` or the `disabled` attribute, as the browser reports. */
  protected formDisabled = false;

  /** The element's internals: form value, validity, custom states. */
  protected readonly internals: ElementInternals;

  /**
   * The time source (an ISO instant), for defaults such as "received at now". Tests and
   * server-rendered pages pass a fixed clock. A property (no attribute), so framework wrappers set it.
   */
  declare clock: () => string;

  private validation: FormValidation<TPayload> | undefined;
  /** Paths that have a field on screen (after the last render); an issue belongs to the nearest one. */
  private knownFields: ReadonlySet<string> = new Set();

  constructor() {
    super();
    this.name = '';
    this.disabled = false;
    this.internals = this.attachInternals();
    this.clock = () => new Date().toISOString();
    this.draft = this.createDraft();
  }

  /** A fresh, empty draft (also what reset returns to). */
  protected abstract createDraft(): TDraft;

  /** Validates a draft with the core's schema; issues carry dotted paths and bilingual messages. */
  protected abstract validateDraft(draft: TDraft): FormValidation<TPayload>;

  /** Renders the fields (without the error summary or the buttons, which the base adds). */
  protected abstract renderFields(): TemplateResult;

  /** The label of the submit button in the current language. */
  protected submitLabel(): string {
    return tr(this.uiLang, c.submit);
  }

  // ----- public form-control API (mirrors native controls) -----

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The element's validity state. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The first problem's message, in the current language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the element takes part in form validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** The custom element's form type. */
  get type(): string {
    return this.localName;
  }
  /** The validated payload, or `undefined` while the form is invalid. */
  get value(): TPayload | undefined {
    const result = this.validate();
    return result.ok ? result.value : undefined;
  }
  /** Current problems (all of them, also those not shown yet), in field order. */
  get currentIssues(): readonly FormIssue[] {
    return this.validate().ok ? [] : this.issues;
  }
  /** Whether the form is valid now; fires `invalid` on the element if not. */
  checkValidity(): boolean {
    this.validate();
    return this.internals.checkValidity();
  }
  /** Like `checkValidity`, and shows every problem with the error summary. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) void this.showSummary();
    return valid;
  }

  /**
   * Submits as the person would: validates, shows the error summary and fires `xf-invalid`, or fires
   * `xf-submit` with the payload and then, unless cancelled, submits the surrounding native form.
   */
  async requestSubmit(): Promise<boolean> {
    const result = this.validate();
    if (!result.ok) {
      const invalid = new XfInvalidEvent({ issues: this.issues });
      this.dispatchEvent(invalid);
      await this.showSummary();
      return false;
    }
    const submit = new XfSubmitEvent<TPayload>(result.value);
    const accepted = this.dispatchEvent(submit);
    if (accepted) this.internals.form?.requestSubmit();
    return accepted;
  }

  /** Replaces the draft (for prefilling). Missing fields keep their empty value; values are copied as JSON, so reactive proxies (Vue, MobX) are fine. */
  setDraft(values: Partial<TDraft>): void {
    this.draft = { ...this.createDraft(), ...JSON.parse(JSON.stringify(values)) };
    this.sync();
  }

  /** A copy of the draft, e.g. to save a work in progress. */
  getDraft(): TDraft {
    return JSON.parse(JSON.stringify(this.draft)) as TDraft;
  }

  // ----- form-associated callbacks -----

  formResetCallback(): void {
    this.draft = this.createDraft();
    this.touched = new Set();
    this.submitted = false;
    this.sync();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null, _mode: 'restore' | 'autocomplete'): void {
    if (typeof state !== 'string') return;
    try {
      const restored = JSON.parse(state) as Partial<TDraft>;
      if (restored && typeof restored === 'object') this.setDraft(restored);
    } catch {
      // A state we did not write: keep the current draft.
    }
  }

  // ----- lifecycle -----

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onHostInvalid);
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.onHostInvalid);
  }

  /** The host form's own validation found this element invalid: show every problem. */
  private onHostInvalid = (): void => {
    this.submitted = true;
  };

  override updated(): void {
    const fields = new Set(
      Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[data-field]'), (el) => el.dataset.field ?? ''),
    );
    const changed = fields.size !== this.knownFields.size || [...fields].some((f) => !this.knownFields.has(f));
    if (changed) {
      this.knownFields = fields;
      // Inline errors are placed by the fields on screen: render once more when they changed.
      if (this.issues.some((issue) => this.isShown(issue.path))) this.requestUpdate();
    }
    // The anchor for the browser's validation bubble exists only after the first render.
    this.applyValidity();
  }

  /** The field an issue path belongs to: the path itself, or its nearest ancestor with a field on screen. */
  protected ownerOf(path: string): string {
    for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      if (this.knownFields.has(p)) return p;
    }
    return path;
  }

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    return html`<form
      class="xf-root"
      part="form"
      novalidate
      lang=${lang}
      @submit=${this.onSubmit}
      @focusout=${this.onTouch}
      @change=${this.onTouch}
    >
      ${this.renderErrorSummary()}
      <fieldset class="frame" ?disabled=${this.isDisabled}>
        ${this.renderFields()}
        <div class="actions" part="actions">
          <button type="submit" part="submit">${this.submitLabel()}</button>
        </div>
      </fieldset>
    </form>`;
  }

  // ----- validation -----

  /** Validates the draft, orders issues as the fields appear, updates form value and validity. */
  protected validate(): FormValidation<TPayload> {
    const result = this.validateDraft(this.draft);
    this.validation = result;
    const issues = result.ok ? [] : this.orderIssues(result.issues);
    // Only a real change re-renders (reading `value` from a host's render loop must not schedule updates).
    if (JSON.stringify(issues) !== JSON.stringify(this.issues)) this.issues = issues;
    return result;
  }

  /** Re-validates and pushes value, state and validity to the internals. */
  protected sync(): void {
    this.validate();
    this.applyValidity();
    this.requestUpdate();
  }

  /**
   * The state the browser keeps in the page's history entry and hands back to `formStateRestoreCallback` when the
   * person returns (Back, reopening a tab): the draft as JSON.
   */
  protected formState(): string {
    return JSON.stringify(this.draft);
  }

  private applyValidity(): void {
    const result = this.validation ?? this.validate();
    this.internals.setFormValue(result.ok ? JSON.stringify(result.value) : null, this.formState());
    const first = this.issues[0];
    if (result.ok || !first) {
      this.internals.setValidity({});
    } else {
      const anchor = this.controlFor(first.path) ?? undefined;
      this.internals.setValidity({ customError: true }, tr(this.uiLang, first.message), anchor);
    }
    const states = this.internals.states;
    const userInvalid = this.issues.some((issue) => this.isShown(issue.path));
    toggleState(states, 'user-invalid', userInvalid);
    toggleState(states, 'user-valid', !userInvalid && (this.submitted || this.touched.size > 0));
    toggleState(states, 'touched', this.touched.size > 0);
  }

  /** Orders issues as their fields appear on screen (the schema reports them in its own order). */
  private orderIssues(issues: FormIssue[]): FormIssue[] {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!root?.querySelectorAll) return issues;
    const order = Array.from(root.querySelectorAll<HTMLElement>('[data-field]'), (el) => el.dataset.field ?? '');
    const rank = (path: string): number => {
      for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
        const i = order.indexOf(p);
        if (i >= 0) return i;
      }
      return order.length;
    };
    return issues
      .map((issue, i) => ({ issue, i, r: rank(issue.path) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.issue);
  }

  /** Whether problems at this path are shown: after a submit attempt, or once a related field was touched. */
  protected isShown(path: string): boolean {
    if (this.submitted) return true;
    for (const t of this.touched) {
      if (t === path || t.startsWith(path + '.') || path.startsWith(t + '.')) return true;
    }
    return false;
  }

  /** The first shown problem that belongs to the field at this path. */
  protected errorFor(path: string): FormIssue | undefined {
    if (!this.isShown(path)) return undefined;
    return this.issues.find((issue) => this.ownerOf(issue.path) === path);
  }

  /** Marks a field touched (also used for rows added/removed). */
  protected touch(path: string): void {
    if (this.touched.has(path)) return;
    this.touched = new Set([...this.touched, path]);
    this.applyValidity();
  }

  private onTouch = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const field = target.closest<HTMLElement>('[data-field]')?.dataset.field;
    if (field) this.touch(field);
  };

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.requestSubmit();
  };

  private async showSummary(): Promise<void> {
    this.submitted = true;
    this.applyValidity();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // ----- editing -----

  /** Reads a draft value by path. */
  protected get(path: string): unknown {
    return getPath(this.draft, path);
  }

  /** Writes a draft value by path, re-validates, and fires `xf-change`. */
  protected set(path: string, value: unknown): void {
    setPath(this.draft, path, value);
    this.sync();
    const change = new XfChangeEvent({ path, value });
    this.dispatchEvent(change);
  }

  /** The focusable control for a path (or its nearest ancestor path that has a field). */
  protected controlFor(path: string): HTMLElement | null {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!root?.querySelector) return null;
    for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const field = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(p)}"]`);
      if (field) return field.querySelector<HTMLElement>('input, select, textarea, button') ?? field;
    }
    return null;
  }

  /** Moves focus to the field of a path (used by the error summary's links). */
  focusField(path: string): void {
    const control = this.controlFor(path);
    control?.scrollIntoView?.({ block: 'center' });
    control?.focus();
  }

  // ----- rendering helpers -----

  /**
   * The GOV.UK error summary: after a failed submit, a box at the top with a heading and a link
   * to each problem; it is focused so a screen reader announces it.
   */
  protected renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.submitted || this.issues.length === 0) return nothing;
    const lang = this.uiLang;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="xf-summary-title">
      <h2 id="xf-summary-title">${tr(lang, c.errorSummaryTitle)}</h2>
      <p>${tr(lang, c.errorSummaryIntro)}</p>
      <ul>
        ${this.issues.map(
          (issue) =>
            html`<li>
              <a
                href="#${fieldId(issue.path)}"
                @click=${(e: Event) => {
                  e.preventDefault();
                  this.focusField(issue.path);
                }}
                >${tr(lang, issue.message)}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** An inline error for a path, prefixed for screen readers (GOV.UK). */
  protected renderError(path: string): TemplateResult | typeof nothing {
    const issue = this.errorFor(path);
    if (!issue) return nothing;
    const lang = this.uiLang;
    return html`<span class="error" id="e-${fieldId(path)}" part="error"
      ><span class="visually-hidden">${tr(lang, c.errorPrefix)}</span>${tr(lang, issue.message)}</span
    >`;
  }

  private describedBy(path: string, hint?: string): string | undefined {
    const ids = [hint ? `h-${fieldId(path)}` : '', this.errorFor(path) ? `e-${fieldId(path)}` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  private labelText(options: FieldOptions): string {
    return options.label + (options.optional ? tr(this.uiLang, c.optional) : '');
  }

  private renderHint(path: string, hint?: string): TemplateResult | typeof nothing {
    return hint ? html`<span class="hint" id="h-${fieldId(path)}" part="hint">${hint}</span>` : nothing;
  }

  /**
   * A group of fields in a fieldset with a legend (GOV.UK: fieldset and legend for every group);
   * problems at the group's own path (e.g. "enter at least one accused") show under the legend.
   */
  protected group(options: FieldOptions & { content: unknown }): TemplateResult {
    const { path, hint } = options;
    const invalid = this.errorFor(path) !== undefined;
    return html`<fieldset
      class="group ${invalid ? 'invalid' : ''}"
      part="group"
      data-field=${path}
      id=${fieldId(path)}
      aria-describedby=${ifDefined(this.describedBy(path, hint))}
    >
      <legend part="label">${this.labelText(options)}</legend>
      ${this.renderHint(path, hint)} ${this.renderError(path)} ${options.content}
    </fieldset>`;
  }

  /** A labelled text input or textarea bound to a draft path. */
  protected textField(options: TextFieldOptions): TemplateResult {
    const { path, hint } = options;
    const id = fieldId(path);
    const raw = this.get(path);
    const value = raw === undefined || raw === null ? '' : String(raw);
    const invalid = this.errorFor(path) ? 'true' : undefined;
    const describedBy = this.describedBy(path, hint);
    const onInput = (e: Event) => this.set(path, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    const control = options.multiline
      ? html`<textarea
          id=${id}
          part="control"
          rows=${options.rows ?? 5}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${ifDefined(invalid)}
          autocomplete=${ifDefined(options.autocomplete)}
          .value=${live(value)}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          part="control"
          class=${options.short ? 'short' : ''}
          type=${options.type ?? 'text'}
          inputmode=${ifDefined(options.inputmode)}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${ifDefined(invalid)}
          autocomplete=${ifDefined(options.autocomplete)}
          .value=${live(value)}
          @input=${onInput}
        />`;
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${path}>
      <label for=${id} part="label">${this.labelText(options)}</label>
      ${this.renderHint(path, hint)} ${this.renderError(path)} ${control}
    </div>`;
  }

  /** A labelled select bound to a draft path; the empty first option reads "Select". */
  protected selectField(options: FieldOptions & { options: ChoiceOption[] }): TemplateResult {
    const { path, hint } = options;
    const id = fieldId(path);
    const value = String(this.get(path) ?? '');
    const invalid = this.errorFor(path) ? 'true' : undefined;
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${path}>
      <label for=${id} part="label">${this.labelText(options)}</label>
      ${this.renderHint(path, hint)} ${this.renderError(path)}
      <select
        id=${id}
        part="control"
        aria-describedby=${ifDefined(this.describedBy(path, hint))}
        aria-invalid=${ifDefined(invalid)}
        .value=${live(value)}
        @change=${(e: Event) => this.set(path, (e.target as HTMLSelectElement).value)}
      >
        <option value="">${tr(this.uiLang, c.select)}</option>
        ${options.options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  /** A single checkbox bound to a boolean draft path. */
  protected checkboxField(options: FieldOptions): TemplateResult {
    const { path, hint } = options;
    const id = fieldId(path);
    const invalid = this.errorFor(path) ? 'true' : undefined;
    return html`<div class="field ${invalid ? 'invalid' : ''}" part="field" data-field=${path}>
      ${this.renderHint(path, hint)} ${this.renderError(path)}
      <div class="choice">
        <input
          id=${id}
          type="checkbox"
          part="control"
          aria-describedby=${ifDefined(this.describedBy(path, hint))}
          aria-invalid=${ifDefined(invalid)}
          .checked=${live(this.get(path) === true)}
          @change=${(e: Event) => this.set(path, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id} part="label">${this.labelText(options)}</label>
      </div>
    </div>`;
  }

  /** A radio group in a fieldset with a legend, bound to a string draft path. */
  protected radioGroup(options: FieldOptions & { options: ChoiceOption[]; inline?: boolean }): TemplateResult {
    const { path, hint } = options;
    const id = fieldId(path);
    const value = String(this.get(path) ?? '');
    const invalid = this.errorFor(path) ? 'true' : undefined;
    return html`<fieldset
      class="field ${invalid ? 'invalid' : ''}"
      part="field"
      data-field=${path}
      id=${id}
      aria-describedby=${ifDefined(this.describedBy(path, hint))}
    >
      <legend part="label">${this.labelText(options)}</legend>
      ${this.renderHint(path, hint)} ${this.renderError(path)}
      <div class=${options.inline ? 'choices-inline' : ''}>
        ${options.options.map(
          (o, i) => html`<div class="choice">
            <input
              type="radio"
              id="${id}-${i}"
              name=${id}
              part="control"
              value=${o.value}
              .checked=${live(o.value === value)}
              @change=${() => this.set(path, o.value)}
            />
            <label for="${id}-${i}">${o.label}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }
}

/**
 * The events of a form, typed with its payload: `form.addEventListener('xf-submit', (e) => e.detail)` gives the
 * payload's type under `strict` without a cast.
 */
// biome-ignore lint/correctness/noUnusedVariables: merged with the class, the interface repeats its type parameters.
export interface XfFormElement<TPayload, TDraft extends object = Record<string, unknown>> {
  addEventListener<K extends keyof XfFormEventMap<TPayload>>(
    type: K,
    listener: (this: this, event: XfFormEventMap<TPayload>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof XfFormEventMap<TPayload>>(
    type: K,
    listener: (this: this, event: XfFormEventMap<TPayload>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

function toggleState(states: CustomStateSet, name: string, on: boolean): void {
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Older engines accept only `--dashed` state names; the state is then simply not exposed.
  }
}
