/**
 * Bilingual labels of commands, states, roles and due dates — used in rejections a clerk reads. They live in the
 * one glossary of `@xinfang/core/i18n` (`i18n/glossary.ts`), shared with the elements and the portal.
 */
export { commandLabels, dueLabels, roleLabels, statusLabels } from '../i18n/glossary.js';
