import { isIsoDate } from '@xinfang/core/calendar';
import { msg } from '@xinfang/core/i18n';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { type ChoiceOption, XfFormElement } from '../base/form-element.js';
import { type Lang, type Text, tr } from '../i18n/messages.js';
import type { Bilingual, FormIssue, FormValidation } from '../shared/types.js';

// The form's own messages (`{label}` is the field's label in the same language). Kept here, not in a `.strings.ts`
// text module: the element is not in the single-file bundle, so its English is not in the bundle's English module.
const s = {
  required: msg('请填写“{label}”。', 'Enter “{label}”.'),
  choose: msg('请选择“{label}”。', 'Choose an option for “{label}”.'),
  wholeNumber: msg(
    '“{label}”请填写 {min} 至 {max} 之间的整数。',
    'For “{label}” enter a whole number from {min} to {max}.',
  ),
  realDate: msg('“{label}”请填写真实存在的日期（年-月-日）。', 'For “{label}” enter a real date (year-month-day).'),
  checkFailed: msg(
    '暂时无法核对此项操作，未保存任何内容。请刷新页面后重试。',
    'This action could not be checked, so nothing was saved. Reload the page and try again.',
  ),
  noCommand: msg(
    '此表单未指定操作，不能提交。请刷新页面后重试。',
    'This form names no action, so it cannot be submitted. Reload the page and try again.',
  ),
  busy: msg('正在提交…', 'Submitting…'),
};

/** How a field is entered: a line of text, a paragraph, a date, a whole number, a list, a choice, a tick. */
export type CommandFieldKind = 'text' | 'textarea' | 'date' | 'number' | 'select' | 'radio' | 'checkbox';

/** One choice of a select or radio field: the value that goes into the command, and what the person reads. */
export interface CommandFieldOption {
  value: string;
  /** A unit's or an option's NAME, in both languages (or one text); never an internal id alone. */
  label: Bilingual | string;
}

/** One field of a command form, as data. */
export interface CommandField {
  /** The command's field it fills (`toUnit`, `reason`, `days`…), also its path for errors. */
  name: string;
  kind: CommandFieldKind;
  label: Bilingual | string;
  hint?: Bilingual | string;
  /** Left empty, the form says "Enter …" / "Choose …" before the command is checked. */
  required?: boolean;
  /** Choices of a `select` or `radio` field. */
  options?: readonly CommandFieldOption[];
  /** The value the form starts with (a checkbox: `true` for ticked). */
  initial?: string | boolean;
  /** Bounds of a `number` field (whole numbers only). */
  min?: number;
  max?: number;
  /**
   * How the value goes into the command: as typed (default; an empty optional field is left out), `number`,
   * `boolean` (a choice whose values are `'true'` / `'false'`), or `list` (one choice as a list of one).
   */
  as?: 'number' | 'boolean' | 'list';
  /**
   * Not a field of the command but something to do together with it (e.g. "reply now as well"): its value is
   * reported in `detail.options` of `xf-submit`, and the command itself leaves it out.
   */
  option?: boolean;
}

/** A command as the form builds it: its `type` and the fields typed; the host adds `petitionId`, `at` and `by`. */
export interface CommandDraft {
  type: string;
  [field: string]: unknown;
}

/**
 * What the form's `check` answers for a draft command: `{ ok: true }`, or the rejection with the field it
 * concerns — the shape of `checkCommand` of `@xinfang/core`, so the form shows the core's own message.
 */
export type CommandCheckResult =
  | { ok: true }
  | { ok: false; rejection: { code: string; message: Bilingual }; path?: string };

/** Detail of `xf-submit`: the command, and the values of the `option` fields (what to do together with it). */
export interface CommandSubmitDetail {
  command: CommandDraft;
  options: Record<string, string | boolean>;
}

const KINDS: readonly CommandFieldKind[] = ['text', 'textarea', 'date', 'number', 'select', 'radio', 'checkbox'];
/** Field names a person never fills: the type and what the host stamps. */
const RESERVED = new Set(['type', 'petitionId', 'at', 'by', 'commandId', '__proto__', 'constructor', 'prototype']);

/** The fields that can be shown: anything else in `fields` (hostile or mistyped data) is left out. */
function usableFields(fields: unknown): CommandField[] {
  if (!Array.isArray(fields)) return [];
  const seen = new Set<string>();
  return fields.filter((f): f is CommandField => {
    if (typeof f !== 'object' || f === null) return false;
    const { name, kind } = f as Partial<CommandField>;
    if (typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(name) || RESERVED.has(name)) return false;
    if (!KINDS.includes(kind as CommandFieldKind) || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

const textOf = (lang: Lang, text: Bilingual | string | undefined): string =>
  text === undefined ? '' : typeof text === 'string' ? text : tr(lang, text);

/** A message about a field, with the field's own label in each language. */
function about(message: Text, label: Bilingual | string, params: Record<string, string | number> = {}): Bilingual {
  const zh = typeof label === 'string' ? label : label.zh;
  const en = typeof label === 'string' ? label : label.en;
  return { zh: tr('zh-CN', message, { ...params, label: zh }), en: tr('en', message, { ...params, label: en }) };
}

/**
 * `<xf-command-form>`: one staff action on a petition (accept, transfer, extend, conclude…) as a form built from
 * data. Set `command` (the command type) and `.fields` (what to ask, in order); the form checks what is required,
 * then asks `.check` — typically the core's `checkCommand` on the stamped command — and shows its rejection next
 * to the field it concerns, so the form and the store always give the same message. A valid submit fires
 * `xf-submit` with `{ command, options }`; the form never stores anything.
 *
 * Staff-only: it is not in the single-file bundle; import `@xinfang/elements/command-form`.
 *
 * @example
 * <xf-command-form command="transfer" confirm="转送"></xf-command-form>
 * <script type="module">
 *   import '@xinfang/elements/command-form';
 *   import { checkCommand } from '@xinfang/core';
 *   const form = document.querySelector('xf-command-form');
 *   form.fields = [
 *     { name: 'toUnit', kind: 'select', label: '转送至', required: true, options: units },
 *     { name: 'reason', kind: 'textarea', label: '理由', required: true },
 *   ];
 *   form.check = (draft) => checkCommand(view, stamp(draft), { policy, calendar });
 *   form.addEventListener('xf-submit', (e) => store.execute(stamp(e.detail.command)));
 * </script>
 *
 * @tag xf-command-form
 * @fires {XfSubmitEvent<CommandSubmitDetail>} xf-submit - the command passed every check; `detail` is `{ command, options }`. Cancelable.
 * @fires {XfInvalidEvent} xf-invalid - a submit attempt failed; `detail.issues` lists the problems with their field paths.
 * @fires {XfChangeEvent} xf-change - a field changed; `detail` is `{ path, value }`.
 * @csspart form - the inner `<form>`.
 * @csspart error-summary - the error summary shown after a failed submit.
 * @csspart field - one field (label, hint, error, control).
 * @csspart label - labels and legends.
 * @csspart hint - hint texts.
 * @csspart error - inline error messages.
 * @csspart control - inputs, selects and textareas.
 * @csspart actions - the button row.
 * @csspart submit - the submit button.
 * @cssstate touched - the person has left or changed at least one field.
 * @cssstate user-invalid - a problem is shown.
 * @cssstate user-valid - the person touched a field or submitted, and no problem is shown.
 * @cssstate busy - `busy` is set: the command is being executed, the form cannot be changed or sent again.
 * @cssprop --xf-font-size - Base text size (1rem; `size="large"` multiplies it by 1.25).
 * @cssprop --xf-color-accent - Submit button and focus accents.
 * @cssprop --xf-color-error - Error messages, error summary and invalid borders.
 */
export class XfCommandForm extends XfFormElement<CommandSubmitDetail, Record<string, string | boolean>> {
  static override properties: PropertyDeclarations = {
    command: { type: String, reflect: true },
    fields: { type: Array },
    check: { attribute: false },
    confirm: { type: String },
    busy: { type: Boolean, reflect: true },
  };

  /** The command type the form builds (`transfer`, `extend`…). */
  declare command: string;
  /** The fields, in the order they are shown (a property, or JSON in the `fields` attribute). */
  declare fields: readonly CommandField[];
  /** Checks the draft command as the store will (e.g. the core's `checkCommand`); optional. */
  declare check: ((command: CommandDraft) => CommandCheckResult | undefined) | undefined;
  /** The submit button's text (e.g. "确认转送"); default "提交" / "Submit". */
  declare confirm: string | undefined;
  /** Set while the host executes the command: the form is disabled and cannot be sent twice. */
  declare busy: boolean;

  constructor() {
    super();
    this.command = '';
    this.fields = [];
    this.busy = false;
  }

  /** What the draft was made for (command and fields, as JSON). */
  private shape = '';

  /** The fields in force: those of `fields` that are well formed. */
  get shownFields(): CommandField[] {
    return usableFields(this.fields);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Other fields or another command: start again from the fields' initial values. Compared by value: a host that
    // passes a new but equal list on every render (React, Vue) must not wipe what the person has typed.
    if (changed.has('fields') || changed.has('command')) {
      const shape = JSON.stringify([this.command, usableFields(this.fields)]);
      if (shape !== this.shape) {
        this.shape = shape;
        this.setDraft(this.createDraft());
      }
    }
    if (changed.has('busy')) {
      this.toggleAttribute('aria-busy', this.busy);
      try {
        if (this.busy) this.internals.states.add('busy');
        else this.internals.states.delete('busy');
      } catch {
        // An engine without custom states: the `busy` attribute still says it.
      }
    }
  }

  protected override get isDisabled(): boolean {
    return super.isDisabled || this.busy;
  }

  /** Does nothing while `busy`: a command is sent once. */
  override async requestSubmit(): Promise<boolean> {
    if (this.busy) return false;
    return super.requestSubmit();
  }

  protected override createDraft(): Record<string, string | boolean> {
    const draft: Record<string, string | boolean> = {};
    for (const f of usableFields(this.fields)) {
      draft[f.name] = f.kind === 'checkbox' ? f.initial === true : typeof f.initial === 'string' ? f.initial : '';
    }
    return draft;
  }

  protected override validateDraft(draft: Record<string, string | boolean>): FormValidation<CommandSubmitDetail> {
    const issues: FormIssue[] = [];
    if (typeof this.command !== 'string' || this.command === '') {
      return { ok: false, issues: [{ path: 'command', message: s.noCommand }] };
    }
    const command: CommandDraft = { type: this.command };
    const options: Record<string, string | boolean> = {};
    for (const f of usableFields(this.fields)) {
      const raw = Object.hasOwn(draft, f.name) ? draft[f.name] : undefined;
      if (f.kind === 'checkbox') {
        const on = raw === true;
        if (f.option) options[f.name] = on;
        else if (on) command[f.name] = true;
        continue;
      }
      const value = typeof raw === 'string' ? raw.trim() : '';
      const choice = f.kind === 'select' || f.kind === 'radio';
      if (value === '') {
        if (f.required) issues.push({ path: f.name, message: about(choice ? s.choose : s.required, f.label) });
        if (f.option) options[f.name] = '';
        continue;
      }
      if (choice && !(f.options ?? []).some((o) => o.value === value)) {
        issues.push({ path: f.name, message: about(s.choose, f.label) });
        continue;
      }
      if (f.kind === 'date' && !isIsoDate(value)) {
        issues.push({ path: f.name, message: about(s.realDate, f.label) });
        continue;
      }
      if (f.kind === 'number' || f.as === 'number') {
        const n = Number(value);
        const min = f.min ?? 0;
        const max = f.max ?? Number.MAX_SAFE_INTEGER;
        if (!/^-?\d+$/.test(value) || n < min || n > max) {
          issues.push({ path: f.name, message: about(s.wholeNumber, f.label, { min, max: f.max ?? '∞' }) });
          continue;
        }
      }
      if (f.option) {
        options[f.name] = value;
        continue;
      }
      command[f.name] =
        f.kind === 'number' || f.as === 'number'
          ? Number(value)
          : f.as === 'boolean'
            ? value === 'true'
            : f.as === 'list'
              ? [value]
              : value;
    }
    if (issues.length > 0) return { ok: false, issues };
    const verdict = this.runCheck(command);
    if (verdict !== undefined) return { ok: false, issues: [verdict] };
    return { ok: true, value: { command, options } };
  }

  /** The host's check of the complete draft: its rejection at the field it names; fails closed if it throws. */
  private runCheck(command: CommandDraft): FormIssue | undefined {
    if (typeof this.check !== 'function') return undefined;
    let result: CommandCheckResult | undefined;
    try {
      result = this.check({ ...command });
    } catch {
      return { path: 'command', message: s.checkFailed };
    }
    if (result === undefined || result.ok === true) return undefined;
    const message = result.rejection?.message;
    if (typeof message?.zh !== 'string' || typeof message.en !== 'string')
      return { path: 'command', message: s.checkFailed };
    const path = typeof result.path === 'string' && usableFields(this.fields).some((f) => f.name === result.path);
    return { path: path ? (result.path as string) : 'command', message };
  }

  protected override submitLabel(): string {
    const lang = this.uiLang;
    if (this.busy) return tr(lang, s.busy);
    return this.confirm || super.submitLabel();
  }

  protected override renderFields(): TemplateResult {
    const lang = this.uiLang;
    return html`${usableFields(this.fields).map((f) => this.renderField(f, lang))}`;
  }

  private renderField(f: CommandField, lang: Lang): TemplateResult {
    const common = {
      path: f.name,
      label: textOf(lang, f.label),
      hint: f.hint === undefined ? undefined : textOf(lang, f.hint),
      // GOV.UK: the optional fields are marked, the required ones are not.
      optional: f.required !== true && f.kind !== 'checkbox' && f.kind !== 'radio',
    };
    const choices = (): ChoiceOption[] =>
      (f.options ?? []).map((o) => ({ value: String(o.value), label: textOf(lang, o.label) }));
    switch (f.kind) {
      case 'textarea':
        return this.textField({ ...common, multiline: true, rows: 4 });
      case 'date':
        return this.textField({ ...common, type: 'date', short: true });
      case 'number':
        return this.textField({ ...common, type: 'number', inputmode: 'numeric', short: true });
      case 'select':
        return this.selectField({ ...common, options: choices() });
      case 'radio':
        return this.radioGroup({ ...common, options: choices() });
      case 'checkbox':
        return this.checkboxField(common);
      default:
        return this.textField(common);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xf-command-form': XfCommandForm;
  }
}
