/**
 * The portal's language state over the one vocabulary of `@xinfang/core/i18n` (`Lang`, `Bilingual`, `fill`, `tr`,
 * `cap`, the glossary). Chinese (zh-CN) is the default; English is the second language. Every text shown to a
 * person is a `Bilingual` written with `msg`, so core rejections and portal texts are rendered the same way.
 */
import { type Bilingual, cap, fill, LANGS, type Lang, tr as translate } from '@xinfang/core/i18n';

/** The interface language: `Lang` of `@xinfang/core/i18n` (`zh-CN` or `en`), kept in localStorage. */
export type { Lang };

/** A text in Chinese and English: `Bilingual` of `@xinfang/core/i18n`. */
export type Text = Bilingual;

/** `{name}` placeholders (`fill`) and a capital for a label that starts in lower case (`cap`). */
export { cap, fill };

const LANG_KEY = 'xinfang.lang';

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if ((LANGS as readonly (string | null)[]).includes(stored)) return stored as Lang;
  } catch {
    // Storage blocked: fall back to the default language.
  }
  return 'zh-CN';
}

let current: Lang = initialLang();
const listeners = new Set<() => void>();

/** The interface language now. */
export function lang(): Lang {
  return current;
}

/** The BCP 47 tag for the `lang` attribute: the interface language itself. */
export function langTag(l: Lang = current): Lang {
  return l;
}

/** The language the switch offers: English on a Chinese page, Chinese on any other. */
export function otherLang(): Lang {
  return current === 'en' ? 'zh-CN' : 'en';
}

/** Switches the interface language, persists it and updates `<html lang>`. */
export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch {
    // Not persisted; the switch still applies to this page.
  }
  document.documentElement.lang = langTag(next);
  for (const listener of listeners) listener();
}

/** Calls `listener` after every language switch; returns the unsubscribe function. */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The text in the current language (`tr` of `@xinfang/core/i18n`). */
export function tr(text: Text): string {
  return translate(current, text);
}

/** The text in the other language (shown below rejections so both readers understand them). */
export function trOther(text: Text): string {
  return translate(otherLang(), text);
}

/** The BCP 47 tag of the other language. */
export function otherLangTag(): string {
  return otherLang();
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number with the locale's grouping. Integers (counts, totals) are grouped by hand: zh-CN and en
 * both write `100,000`, and the first `toLocaleString` of a page would otherwise load the locale data in a
 * long task while the work queue draws. Other numbers use the locale's cached `Intl.NumberFormat`.
 */
export function num(n: number): string {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return n < 0 ? `-${digits}` : digits;
  }
  const tag = langTag();
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag);
    numberFormats.set(tag, format);
  }
  return format.format(n);
}
