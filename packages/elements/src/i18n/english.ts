/**
 * Where the English text comes from.
 *
 * In the per-module build (what `import '@xinfang/elements/define'` gives a bundler) every text carries both
 * languages, so nothing is ever loaded: `englishSource` is `undefined`. The single-file bundle
 * `dist/xinfang-elements.js` carries only the Chinese, the default language; its build replaces this module
 * with one that imports `./xinfang-elements.en.js`, the English of every text keyed by its Chinese, from next
 * to the bundle, the first time an element is shown in English (the model of @lit/localize's runtime mode:
 * the source language in the code, the other language a module loaded on demand). See `vite.english.ts`.
 *
 * @internal
 */
export const englishSource: (() => Promise<{ default: Record<string, string> }>) | undefined = undefined;
