/**
 * The portal's language state over the shared vocabulary of `@xinfang/core/i18n` (`Bilingual`, `fill`, `tr`).
 * Chinese is the default (zh-CN); English is the second language. Every text shown to a person is a `Bilingual`,
 * so core rejections and portal texts are rendered the same way.
 */
import { type Bilingual, fill, type Lang as InterfaceLang, tr as translate } from '@xinfang/core/i18n';

/** The portal's language switch: `zh` or `en` (kept in localStorage; `langTag` gives the interface language). */
export type Lang = 'zh' | 'en';

/** A text in Chinese and English: `Bilingual` of `@xinfang/core/i18n`. */
export type Text = Bilingual;

/** Replaces `{name}` placeholders (`fill` of `@xinfang/core/i18n`). */
export { fill };

const LANG_KEY = 'xinfang.lang';

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // Storage blocked: fall back to the default language.
  }
  return 'zh';
}

let current: Lang = initialLang();
const listeners = new Set<() => void>();

/** The interface language now. */
export function lang(): Lang {
  return current;
}

/** The BCP 47 tag for the `lang` attribute: the interface language of `@xinfang/core/i18n`. */
export function langTag(l: Lang = current): InterfaceLang {
  return l === 'zh' ? 'zh-CN' : 'en';
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
  return translate(langTag(), text);
}

/** The text in the other language (shown below rejections so both readers understand them). */
export function trOther(text: Text): string {
  return translate(langTag(current === 'zh' ? 'en' : 'zh'), text);
}

/** The BCP 47 tag of the other language. */
export function otherLangTag(): string {
  return langTag(current === 'zh' ? 'en' : 'zh');
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

/** The text with its English starting in a capital (core labels are lower case, made for sentences). */
export function cap(text: Text): Text {
  return { zh: text.zh, en: text.en.charAt(0).toUpperCase() + text.en.slice(1) };
}
