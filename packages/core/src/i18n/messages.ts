/**
 * The messages of `@xinfang/core/i18n`: languages, the text shape, the marker `msg`, `tr` and the locale tables.
 */
/**
 * The interface languages, one key each: Simplified Chinese (the default and source language) and English. An
 * application adds a language by augmenting this interface (`declare module '@xinfang/core/i18n' { interface
 * Languages { 'zh-Hant': true } }`) and registering its texts with `addMessages`: every call site keeps calling
 * `tr(lang, text)`, and a text the new language lacks reads in Chinese.
 */
export interface Languages {
  'zh-CN': true;
  en: true;
}

/** An interface language: a key of `Languages` (`'zh-CN' | 'en'` unless an application adds one). */
export type Lang = keyof Languages;

/** The languages, the default first. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/**
 * A text in Chinese (first) and English. Every message shown to a person is bilingual and says what to do next.
 *
 * @example
 * const m: Bilingual = msg('请输入姓名', 'Enter your name');
 */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Parameters substituted into the `{name}` placeholders of a text. */
export type MessageParams = Record<string, string | number>;

/** A locale module's table: the text of each message id (`messageId`: the explicit id, else `textId(zh)`). */
export type MessageTable = Readonly<Record<string, string>>;

const tables: Partial<Record<Lang, MessageTable>> = {};
/** The explicit ids of messages that have one (a Chinese text with two meanings). */
const ids = new WeakMap<object, string>();

/**
 * Registers a locale module's texts for a language (what `loadLanguage` of `@xinfang/elements` does when a page
 * first shows English). A later table for the same language adds to and overrides the earlier ones.
 */
export function addMessages(lang: Lang, table: MessageTable): void {
  tables[lang] = { ...tables[lang], ...table };
}

/**
 * Declares a message: its Chinese, its English, and an id where the same Chinese has another meaning elsewhere
 * (支持: "Support" as a choice, "Supported" as an outcome). The id of a message without one is `textId(zh)`.
 * Without `en` (a build that moved the English to a locale module), `en` is looked up in the table registered
 * with `addMessages`, and reads as the Chinese until one is.
 *
 * @example
 * const submit = msg('提交', 'Submit');
 * tr('en', submit); // 'Submit'
 */
export /* @__NO_SIDE_EFFECTS__ */ function msg(zh: string, en?: string, id?: string): Bilingual {
  const text: Bilingual =
    en === undefined
      ? {
          zh,
          get en() {
            return tables.en?.[id ?? textId(zh)] ?? zh;
          },
        }
      : { zh, en };
  if (id !== undefined) ids.set(text, id);
  return text;
}

/**
 * The id of a Chinese text without an explicit one: its 32-bit FNV-1a hash over UTF-16 code units, in base 36 (as
 * @lit/localize's runtime mode derives an id from the source text). Short, so a locale module stays small.
 *
 * @example
 * textId('提交'); // the key of '提交' in a locale module
 */
export function textId(zh: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < zh.length; i++) h = Math.imul(h ^ zh.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The id of a message: the one given to `msg`, else `textId` of its Chinese (what a locale module is keyed by). */
export function messageId(text: Bilingual): string {
  return ids.get(text) ?? textId(text.zh);
}

/** Fills the `{placeholders}` of a text; a placeholder without a parameter stays as it is. */
export function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * One language of a text, with its `{placeholders}` filled. A language other than Chinese and English reads its
 * registered table by the message's id, and falls back to the Chinese.
 *
 * @example
 * tr('en', msg('第 {n} 行', 'Row {n}'), { n: 3 }); // 'Row 3'
 */
export function tr(lang: Lang, text: Bilingual, params?: MessageParams): string {
  const own = lang === 'zh-CN' ? text.zh : lang === 'en' ? text.en : (tables[lang]?.[messageId(text)] ?? text.zh);
  return fill(own, params);
}

/**
 * A text with its `{placeholders}` filled in both languages. The English is filled when read, so a text made
 * before the English was registered reads in English afterwards.
 */
export function fillBilingual(text: Bilingual, params: MessageParams): Bilingual {
  return {
    zh: fill(text.zh, params),
    get en() {
      return fill(text.en, params);
    },
  };
}

/**
 * The text with its English starting in a capital, for a heading or a table cell (the glossary's labels that a
 * sentence uses start in lower case). Other languages are as they are.
 *
 * @example
 * tr('en', cap(roleLabels.clerk)); // 'Petition clerk'
 */
export function cap(text: Bilingual): Bilingual {
  return {
    zh: text.zh,
    get en() {
      return text.en.charAt(0).toUpperCase() + text.en.slice(1);
    },
  };
}

/** Maps a BCP 47 tag to an interface language: any `en*` tag is English, everything else Chinese. */
export function langFromTag(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'zh-CN';
}
