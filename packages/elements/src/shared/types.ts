import type { Bilingual } from '@xinfang/core/i18n';

/** A text in both languages of the interface: `Bilingual` of `@xinfang/core/i18n`. */
export type { Bilingual };

/**
 * One problem with one field, as the core's schema reports it (`FieldIssue` in `@xinfang/core/schema`):
 * `path` is dotted (`petitioner.idNumber`, `collective.representatives.5`), `message` tells the person what to do.
 */
export interface FormIssue {
  path: string;
  message: Bilingual;
}

/** The outcome of validating a form's draft: the typed payload, or the issues in field order. */
export type FormValidation<T> = { ok: true; value: T } | { ok: false; issues: FormIssue[] };
