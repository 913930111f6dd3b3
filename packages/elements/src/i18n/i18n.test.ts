import { addMessages, msg as marker, textId } from '@xinfang/core/i18n';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount } from '../../test/helpers.js';
import { langFromTag, resolveLang } from './lang.js';
import { bilingual, errorSummaryTitle, msg, tr } from './messages.js';

afterEach(cleanup);

describe('i18n', () => {
  it('maps any en* tag to English and everything else (or nothing) to Chinese, the default', () => {
    expect(['en', 'en-GB', 'EN-us', 'zh-CN', 'zh-Hant', 'fr', '', null, undefined].map(langFromTag)).toEqual([
      'en',
      'en',
      'en',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
    ]);
  });

  it('takes lang from the element, else the nearest ancestor, across shadow roots', async () => {
    const host = await mount('<section lang="en"><div id="outer"></div></section>');
    const outer = host.querySelector('#outer')!;
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><span id="inner"></span></p><p lang="zh-CN"><span id="own"></span></p>';
    expect(resolveLang(shadow.querySelector('#inner')!)).toBe('en');
    expect(resolveLang(shadow.querySelector('#own')!)).toBe('zh-CN');
    host.querySelector('section')!.removeAttribute('lang');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(shadow.querySelector('#inner')!)).toBe('zh-CN');
  });

  it('translates a table of texts with typed keys and fills placeholders', () => {
    const t = bilingual({ rows: msg('第 {n} 行，共 {total} 行', 'Row {n} of {total}') });
    expect(t('zh-CN', 'rows', { n: 2, total: 5 })).toBe('第 2 行，共 5 行');
    expect(t('en', 'rows', { n: 2, total: 5 })).toBe('Row 2 of 5');
    expect(t('en', 'rows')).toBe('Row {n} of {total}');
    expect(tr('en', errorSummaryTitle)).toBe('There is a problem');
    expect(tr('zh-CN', errorSummaryTitle)).toBe('有问题需要处理');
    expect(tr('zh-CN', { zh: '提交', en: 'Submit' })).toBe('提交');
  });

  it('a msg whose English a build took out reads it from the registered table, by id (textId of the Chinese)', () => {
    expect(textId('提交')).toBe('ybr38x'); // FNV-1a 32-bit of U+63D0 U+4EA4, base 36
    expect(marker).toBe(msg);
    const plain = msg('测试甲');
    const withId = msg('支持', undefined, 'test.supported');
    expect([plain.en, tr('en', withId)]).toEqual(['测试甲', '支持']);
    addMessages('en', { [textId('测试甲')]: 'Test A', 'test.supported': 'Supported' });
    expect([plain.en, tr('en', withId), tr('zh-CN', withId)]).toEqual(['Test A', 'Supported', '支持']);
  });
});
