/**
 * Registers `<xf-reception-form>` alone (side effect). `@xinfang/elements/define` registers every element.
 *
 * @module
 */
import { XfReceptionForm } from './reception-form.js';

if (!customElements.get('xf-reception-form')) customElements.define('xf-reception-form', XfReceptionForm);

export { XfReceptionForm };
