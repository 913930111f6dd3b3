/**
 * @xinfang/elements — embeddable, accessible, bilingual web components for petition intake,
 * reception and replies. Importing this module defines nothing; import `@xinfang/elements/define`
 * (or load `dist/xinfang-elements.js`) to register the `xf-*` tags.
 *
 * @module
 */
export {
  type ChoiceOption,
  type FieldOptions,
  type TextFieldOptions,
  XfElement,
  XfFormElement,
  XfPetitionForm,
} from './base/index.js';
// Types only: `<xf-command-form>` is staff-only, registered by `@xinfang/elements/command-form`, not in the bundle.
export type {
  CommandCheckResult,
  CommandDraft,
  CommandField,
  CommandFieldKind,
  CommandFieldOption,
  CommandSubmitDetail,
  XfCommandForm,
} from './command-form/command-form.js';
export { formatDate, formatInstant } from './deadline-badge/dates.js';
export { isPeriodStatus, XfDeadlineBadge } from './deadline-badge/deadline-badge.js';
export {
  type Lang,
  languageReady,
  loadLanguage,
  msg,
  resolveLang,
  type Translate,
  tr,
} from './i18n/index.js';
export {
  type IntakeDraft,
  type IntakeMode,
  type UnitOption,
  XfIntakeForm,
  type XfIntakeSubmitEvent,
} from './intake-form/intake-form.js';
export {
  eventDetail,
  eventTypeLabel,
  roleLabel,
  type UnitNames,
  XfPetitionTimeline,
} from './petition-timeline/petition-timeline.js';
export {
  type ReceptionDraft,
  type ReceptionPayload,
  type ReceptionRoute,
  type VisitorDraft,
  XfReceptionForm,
  type XfReceptionSubmitEvent,
} from './reception-form/reception-form.js';
export { composeLetter } from './reply-form/reply-form.compose.js';
export {
  type HandlingOutcome,
  type ReplyDraft,
  type ReplyKind,
  type ReplyLetter,
  type ReplyPayload,
  type ReplyPayloadBase,
  type ReviewDecision,
  replyKinds,
  XfReplyForm,
} from './reply-form/reply-form.js';
export type { XfFormEventMap } from './shared/events.js';
export {
  type Bilingual,
  type FormIssue,
  type FormValidation,
  type XfChangeDetail,
  XfChangeEvent,
  type XfInvalidDetail,
  XfInvalidEvent,
  XfSubmitEvent,
} from './shared/index.js';
export { shanghaiLocal } from './shared/values.js';
