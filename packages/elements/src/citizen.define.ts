/**
 * Registers the elements of a citizen's page — `<xf-intake-form>`, `<xf-petition-timeline>` and
 * `<xf-deadline-badge>` — and none of the office's forms (this module has side effects; see `sideEffects` in
 * package.json). It is the entry of the citizen bundle `dist/xinfang-citizen.js`: a page where citizens submit
 * and track petitions loads this file and never downloads the reception and reply forms, as a Chinese page never
 * downloads the English. An office page loads `dist/xinfang-elements.js`, which registers every element.
 *
 * @module
 */
import './deadline-badge/deadline-badge.define.js';
import './intake-form/intake-form.define.js';
import './petition-timeline/petition-timeline.define.js';

export { formatDate, formatInstant } from './deadline-badge/dates.js';
export { isPeriodStatus, XfDeadlineBadge } from './deadline-badge/deadline-badge.js';
export { type Lang, languageReady, loadLanguage, msg, resolveLang, type Translate, tr } from './i18n/index.js';
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
export { XfChangeEvent, XfInvalidEvent, XfSubmitEvent } from './shared/index.js';
