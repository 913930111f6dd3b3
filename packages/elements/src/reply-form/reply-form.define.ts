/**
 * Registers `<xf-reply-form>` alone (side effect). `@xinfang/elements/define` registers every element.
 *
 * @module
 */
import { XfReplyForm } from './reply-form.js';

if (!customElements.get('xf-reply-form')) customElements.define('xf-reply-form', XfReplyForm);

export { XfReplyForm };
