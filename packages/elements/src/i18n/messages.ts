import { type Bilingual, type Lang, type MessageParams, msg, tr } from '@xinfang/core/i18n';

export { type Bilingual, fill, fillBilingual, type Lang, type MessageParams, msg, tr } from '@xinfang/core/i18n';

/** A text in both languages: the core's `Bilingual`, written with `msg(zh, en)`. */
export type Text = Bilingual;

/** Looks up a key in a table of texts and gives one language, with `{placeholders}` filled. */
export type Translate<K extends string> = (lang: Lang, key: K, params?: MessageParams) => string;

/**
 * A typed translator over a table of texts: `{ key: msg(zh, en) }`.
 *
 * @example
 * const t = bilingual({ submit: msg('提交', 'Submit') });
 * t('en', 'submit'); // 'Submit'
 */
export function bilingual<K extends string>(table: Record<K, Bilingual>): Translate<K> {
  return (lang, key, params) => tr(lang, table[key], params);
}

/** Strings every form shares: the error summary, buttons, markers (one constant a text). */
export const errorSummaryTitle: Text = msg('有问题需要处理', 'There is a problem');
export const errorSummaryIntro: Text = msg('请修改以下各项后再提交：', 'Correct the following, then submit again:');
export const errorPrefix: Text = msg('错误：', 'Error: ');
export const submit: Text = msg('提交', 'Submit');
export const optional: Text = msg('（选填）', ' (optional)');
export const select: Text = msg('请选择', 'Select');
