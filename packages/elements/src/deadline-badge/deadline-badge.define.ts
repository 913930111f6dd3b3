/**
 * Registers `<xf-deadline-badge>` alone (side effect). `@xinfang/elements/define` registers every element.
 *
 * @module
 */
import { XfDeadlineBadge } from './deadline-badge.js';

if (!customElements.get('xf-deadline-badge')) customElements.define('xf-deadline-badge', XfDeadlineBadge);

export { XfDeadlineBadge };
