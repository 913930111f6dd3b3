/**
 * Registers `<xf-command-form>` alone (side effect). It is for staff pages, so the single-file bundle of the
 * citizen-facing elements (`@xinfang/elements/define`, `dist/xinfang-elements.js`) leaves it out: import this
 * entry where it is used (its types: `import type { CommandField } from '@xinfang/elements'`).
 *
 * @module
 */
import { XfCommandForm } from './command-form.js';

if (!customElements.get('xf-command-form')) customElements.define('xf-command-form', XfCommandForm);

export { XfCommandForm };
