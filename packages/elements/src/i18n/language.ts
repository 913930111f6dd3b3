import { englishSource } from './english.js';
import type { Lang } from './lang.js';

let english: Record<string, string> | undefined;
let loading: Promise<void> | undefined;

/**
 * The English of a Chinese text, when the English has been loaded (single-file bundle only; see
 * `loadLanguage`). Elsewhere every text carries its English and this is never asked.
 */
export function englishOf(zh: string): string | undefined {
  return english?.[zh];
}

/**
 * Whether every text of a language is available now. Always true for Chinese, and for English in the
 * per-module build; in the single-file bundle English is available once `loadLanguage('en')` has resolved.
 */
export function languageReady(lang: Lang): boolean {
  return lang !== 'en' || !englishSource || english !== undefined;
}

/**
 * Makes every text of a language available. Resolves at once when it already is. In the single-file bundle the
 * first call for English imports `xinfang-elements.en.js` from next to the bundle (once per page); an element
 * shown in English calls it itself before its first render, so a page never needs to. Call it on a Chinese page
 * before reading `message.en` of a validation issue. Rejects when the file cannot be loaded (and a later call
 * tries again).
 *
 * @example
 * await loadLanguage('en');
 * form.currentIssues[0]?.message.en; // English
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang !== 'en' || !englishSource || english) return Promise.resolve();
  loading ??= englishSource().then(
    (module) => {
      english = module.default;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
