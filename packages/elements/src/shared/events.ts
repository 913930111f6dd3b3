import type { FormIssue } from './types.js';

const init = { bubbles: true, composed: true } as const;

/**
 * `xf-submit`: the person submitted a form and it passed validation. `detail` is the validated,
 * typed payload (for `<xf-intake-form>` a `PetitionInput`). Cancelable: calling `preventDefault()`
 * tells the form not to submit the surrounding native `<form>`. The forms never store anything;
 * the listener decides what happens to the payload.
 */
export class XfSubmitEvent<T = unknown> extends Event {
  static readonly type = 'xf-submit';
  readonly detail: T;
  constructor(detail: T) {
    super(XfSubmitEvent.type, { ...init, cancelable: true });
    this.detail = detail;
  }
}

/** Detail of `xf-invalid`: the issues found, in field order, with bilingual messages. */
export interface XfInvalidDetail {
  issues: FormIssue[];
}

/**
 * `xf-invalid`: a submit was attempted and validation failed. The error summary is shown and focused;
 * `detail.issues` lists every problem with its field path.
 */
export class XfInvalidEvent extends Event {
  static readonly type = 'xf-invalid';
  readonly detail: XfInvalidDetail;
  constructor(detail: XfInvalidDetail) {
    super(XfInvalidEvent.type, init);
    this.detail = detail;
  }
}

/** Detail of `xf-change`: which field changed (dotted path) and its new raw value. */
export interface XfChangeDetail {
  path: string;
  value: unknown;
}

/** `xf-change`: the person changed one field. Fires on every committed edit (input, choice, row added or removed). */
export class XfChangeEvent extends Event {
  static readonly type = 'xf-change';
  readonly detail: XfChangeDetail;
  constructor(detail: XfChangeDetail) {
    super(XfChangeEvent.type, init);
    this.detail = detail;
  }
}

/**
 * The events of a form whose `xf-submit` carries `T`, with every event of an element: what the forms'
 * `addEventListener` accepts, and what the framework typings (`react-jsx`, `vue`) type their handlers with.
 */
export interface XfFormEventMap<T> extends HTMLElementEventMap {
  'xf-submit': XfSubmitEvent<T>;
  'xf-invalid': XfInvalidEvent;
  'xf-change': XfChangeEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'xf-submit': XfSubmitEvent;
    'xf-invalid': XfInvalidEvent;
    'xf-change': XfChangeEvent;
  }
}
