/**
 * Registers `<xf-intake-form>` alone (side effect). `@xinfang/elements/define` registers every element.
 *
 * @module
 */
import { XfIntakeForm } from './intake-form.js';

if (!customElements.get('xf-intake-form')) customElements.define('xf-intake-form', XfIntakeForm);

export { XfIntakeForm };
