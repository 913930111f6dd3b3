/**
 * React components for the `xf-*` elements, made with `@lit/react` (React 18 and 19): every property,
 * `clock`, `units`, `view`… included, is set on the element as a property, and the events are props typed with
 * their payload (`onXfSubmit={(e) => e.detail}`). Importing this module registers every element.
 *
 * Needs `react` and `@lit/react` (optional peer dependencies of this package). React 19 users can also use the tags
 * directly with the JSX typings of `@xinfang/elements/react-jsx`.
 *
 * @module
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { XfDeadlineBadge as DeadlineBadgeElement } from './deadline-badge/deadline-badge.define.js';
import { XfIntakeForm as IntakeFormElement } from './intake-form/intake-form.define.js';
import { XfPetitionTimeline as PetitionTimelineElement } from './petition-timeline/petition-timeline.define.js';
import { XfReceptionForm as ReceptionFormElement } from './reception-form/reception-form.define.js';
import { XfReplyForm as ReplyFormElement } from './reply-form/reply-form.define.js';
import type { XfFormEventMap } from './shared/events.js';

/** The event props of a form whose `xf-submit` carries `T`: `onXfSubmit`, `onXfInvalid`, `onXfChange`. */
export type XfFormEventProps<T> = {
  onXfSubmit: EventName<XfFormEventMap<T>['xf-submit']>;
  onXfInvalid: EventName<XfFormEventMap<T>['xf-invalid']>;
  onXfChange: EventName<XfFormEventMap<T>['xf-change']>;
};

/** The payload type of a form element (`XfIntakeForm` → `PetitionInput`). */
type PayloadOf<E extends { readonly value: unknown }> = NonNullable<E['value']>;

function formEvents<T>(): XfFormEventProps<T> {
  return { onXfSubmit: 'xf-submit', onXfInvalid: 'xf-invalid', onXfChange: 'xf-change' } as XfFormEventProps<T>;
}

/** A form's component: its events typed with the form's payload. */
function formComponent<E extends HTMLElement & { readonly value: unknown }>(
  tagName: string,
  elementClass: new () => E,
  displayName: string,
) {
  return createComponent({ react: React, tagName, elementClass, events: formEvents<PayloadOf<E>>(), displayName });
}

/** `<xf-intake-form>`: `onXfSubmit` receives the `PetitionInput`. */
export const XfIntakeForm = formComponent('xf-intake-form', IntakeFormElement, 'XfIntakeForm');

/** `<xf-reception-form>`: `onXfSubmit` receives the `ReceptionPayload`. */
export const XfReceptionForm = formComponent('xf-reception-form', ReceptionFormElement, 'XfReceptionForm');

/** `<xf-reply-form>`: `onXfSubmit` receives the `ReplyPayload`. */
export const XfReplyForm = formComponent('xf-reply-form', ReplyFormElement, 'XfReplyForm');

/** `<xf-deadline-badge>`. */
export const XfDeadlineBadge = createComponent({
  react: React,
  tagName: 'xf-deadline-badge',
  elementClass: DeadlineBadgeElement,
  displayName: 'XfDeadlineBadge',
});

/** `<xf-petition-timeline>`. */
export const XfPetitionTimeline = createComponent({
  react: React,
  tagName: 'xf-petition-timeline',
  elementClass: PetitionTimelineElement,
  displayName: 'XfPetitionTimeline',
});
