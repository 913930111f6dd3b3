import type { Bilingual } from '../shared/types.js';
import type { Lang } from './lang.js';
import { englishOf } from './language.js';

/** Parameters substituted into `{name}` placeholders of a message. */
export type MessageParams = Record<string, string | number>;

/**
 * A message table in both languages. The English table must have exactly the keys of the
 * Chinese one, so a missing translation is a type error, not a blank label.
 */
export interface MessageTables<K extends string> {
  zh: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}

/** Looks up a key in the language's table and fills `{placeholders}`. */
export type Translate<K extends string> = (lang: Lang, key: K, params?: MessageParams) => string;

/** Fills the `{placeholders}` of a text; a placeholder without a parameter stays as it is. */
export function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Builds a typed translator over both tables. Both languages stay in the build: an element
 * switches with `lang` at run time, without loading anything.
 *
 * @example
 * const t = createTranslator({ zh: { submit: '提交' }, en: { submit: 'Submit' } });
 * t('en', 'submit'); // 'Submit'
 */
export function createTranslator<K extends string>(tables: MessageTables<K>): Translate<K> {
  return (lang, key, params) => fill(lang === 'en' ? tables.en[key] : tables.zh[key], params);
}

/**
 * Builds a typed translator over a table that writes each key once, with both languages side by side:
 * `{ key: [zh, en] }` (the elements' own tables; smaller in the bundle than two parallel tables).
 *
 * @example
 * const t = bilingual({ submit: ['提交', 'Submit'] });
 * t('en', 'submit'); // 'Submit'
 */
export function bilingual<K extends string>(table: Record<K, readonly [zh: string, en: string]>): Translate<K> {
  return (lang, key, params) => tr(lang, table[key], params);
}

/** A text in both languages, Chinese first: `[zh, en]`. One exported constant a text, so a bundle keeps no keys. */
export type Text = readonly [zh: string, en: string];

/**
 * One language of a text, with its `{placeholders}` filled. (In the single-file bundle a text carries only its
 * Chinese, and its English comes from the English module once loaded: see `loadLanguage`.)
 */
export function tr(lang: Lang, text: Text, params?: MessageParams): string {
  return fill(lang === 'en' ? (text[1] ?? englishOf(text[0]) ?? text[0]) : text[0], params);
}

/**
 * A bilingual text whose English is looked up when read: what the single-file bundle's build writes in place of
 * each `{ zh, en }` constant (the English lives in the English module). Until English has been loaded, `en`
 * reads as the Chinese.
 *
 * @internal
 */
export function chineseFirst(zh: string): Bilingual {
  return {
    zh,
    get en() {
      return englishOf(zh) ?? zh;
    },
  };
}

/**
 * A bilingual text with its `{placeholders}` filled. The English is filled when read, so that in the single-file
 * bundle a message made on a Chinese page reads in English once the English has been loaded (as `chineseFirst`).
 */
export function fillBilingual(text: Bilingual, params: MessageParams): Bilingual {
  return {
    zh: fill(text.zh, params),
    get en() {
      return fill(text.en, params);
    },
  };
}

/** Picks one language of a bilingual text (a schema message, a rejection, a policy name). */
export function pick(text: Bilingual, lang: Lang): string {
  return lang === 'en' ? text.en : text.zh;
}

/** Strings every form shares: the error summary, buttons, markers (one constant a text; see `Text`). */
export const errorSummaryTitle: Text = ['有问题需要处理', 'There is a problem'];
export const errorSummaryIntro: Text = ['请修改以下各项后再提交：', 'Correct the following, then submit again:'];
export const errorPrefix: Text = ['错误：', 'Error: '];
export const submit: Text = ['提交', 'Submit'];
export const optional: Text = ['（选填）', ' (optional)'];
export const select: Text = ['请选择', 'Select'];
