import { addMessages, type Lang } from '@xinfang/core/i18n';
import { englishSource } from './english.js';

let loaded = false;
let loading: Promise<void> | undefined;

/**
 * Whether every text of a language is available now. Always true for Chinese, and for English in the
 * per-module build; in the single-file bundle English is available once `loadLanguage('en')` has resolved.
 */
export function languageReady(lang: Lang): boolean {
  return lang !== 'en' || !englishSource || loaded;
}

/**
 * Makes every text of a language available. Resolves at once when it already is. In the single-file bundle the
 * first call for English imports `xinfang-elements.en.js` from next to the bundle (once per page) and registers
 * it with `addMessages` of `@xinfang/core/i18n`; an element shown in English calls it itself before its first
 * render, so a page never needs to. Call it on a Chinese page before reading `message.en` of a validation issue.
 * Rejects when the file cannot be loaded (and a later call tries again).
 *
 * @example
 * await loadLanguage('en');
 * form.currentIssues[0]?.message.en; // English
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang !== 'en' || !englishSource || loaded) return Promise.resolve();
  loading ??= englishSource().then(
    (module) => {
      addMessages('en', module.default);
      loaded = true;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
