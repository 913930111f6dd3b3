import type { MessageTable } from '@xinfang/core/i18n';

/**
 * Where the English of the `msg` texts comes from, when their build took it out of the code.
 *
 * In the per-module build (what `import '@xinfang/elements/define'` gives a bundler) every `msg` call carries its
 * English, so nothing is ever loaded: `englishSource` is `undefined`. The single-file bundle
 * `dist/xinfang-elements.js` carries only the Chinese; its build (vite.messages.ts) moves the English of every
 * `msg` call into `xinfang-elements.en.js`, keyed by message id, and replaces this module with one that imports
 * that file the first time an element is shown in English (the model of @lit/localize's runtime mode: the source
 * language in the code, the other language a locale module loaded on demand).
 *
 * @internal
 */
export const englishSource: (() => Promise<{ default: MessageTable }>) | undefined = undefined;
