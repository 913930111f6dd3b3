/**
 * Registers every `xf-*` element (this module has side effects; see `sideEffects` in package.json).
 * Registering twice is harmless: an already-defined tag is left as it is.
 *
 * @module
 */
import { XfDeadlineBadge } from './deadline-badge/deadline-badge.js';
import { XfIntakeForm } from './intake-form/intake-form.js';
import { XfPetitionTimeline } from './petition-timeline/petition-timeline.js';
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
