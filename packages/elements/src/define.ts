/**
 * Registers every `xf-*` element (this module has side effects; see `sideEffects` in package.json).
 * Registering twice is harmless: an already-defined tag is left as it is.
 *
 * @module
 */
// The text of every element first, side by side (these imports only set the order of the single-file bundle):
// gzip finds repeated phrases only within 32 KiB, so text kept together, next to the core's messages, packs
// smaller than text spread between the elements' code (1.2 kB of the gzipped bundle, measured).
import './petition-timeline/petition-timeline.strings.js';
import './deadline-badge/deadline-badge.strings.js';
import './reply-form/reply-form.strings.js';
import './reply-form/reply-form.letter.js';
import './reply-form/reply-form.messages.js';
import './reception-form/reception-form.strings.js';
import './intake-form/intake-form.strings.js';
import './shared/petition.strings.js';
import './shared/values.js';
// The core's calendar next, before the elements' code rather than between two elements (0.06 kB, measured).
import '@xinfang/core/calendar';
import { XfDeadlineBadge } from './deadline-badge/deadline-badge.js';
import { XfIntakeForm } from './intake-form/intake-form.js';
import { XfPetitionTimeline } from './petition-timeline/petition-timeline.js';
// The elements' modules in the order that packs smallest of all 120 (0.02 kB below the next; registration order is
// set by the calls below).
import { XfReceptionForm } from './reception-form/reception-form.js';
import { XfReplyForm } from './reply-form/reply-form.js';

/** Defines a tag unless the page already has it (e.g. two bundles on one page). */
function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

define('xf-intake-form', XfIntakeForm);
define('xf-reception-form', XfReceptionForm);
define('xf-deadline-badge', XfDeadlineBadge);
define('xf-petition-timeline', XfPetitionTimeline);
define('xf-reply-form', XfReplyForm);

export * from './index.js';
