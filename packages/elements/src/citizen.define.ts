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

// What a page needs from the bundle itself: the classes of its elements and the language switch. Everything else
// is in `@xinfang/elements` for a bundler.
export { XfDeadlineBadge } from './deadline-badge/deadline-badge.js';
export { languageReady, loadLanguage } from './i18n/index.js';
export { XfIntakeForm } from './intake-form/intake-form.js';
export { XfPetitionTimeline } from './petition-timeline/petition-timeline.js';
