/**
 * Registers `<xf-petition-timeline>` alone (side effect). `@xinfang/elements/define` registers every element.
 *
 * @module
 */
import { XfPetitionTimeline } from './petition-timeline.js';

if (!customElements.get('xf-petition-timeline')) customElements.define('xf-petition-timeline', XfPetitionTimeline);

export { XfPetitionTimeline };
