import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount } from '../../test/helpers.js';
import { langFromTag, resolveLang } from './lang.js';
import { bilingual, createTranslator, errorSummaryTitle, pick, tr } from './messages.js';

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

  it('translates with typed keys and fills placeholders; both languages are in the build', () => {
    const t = createTranslator({ zh: { rows: '第 {n} 行，共 {total} 行' }, en: { rows: 'Row {n} of {total}' } });
    expect(t('zh-CN', 'rows', { n: 2, total: 5 })).toBe('第 2 行，共 5 行');
    expect(t('en', 'rows', { n: 2, total: 5 })).toBe('Row 2 of 5');
    expect(t('en', 'rows')).toBe('Row {n} of {total}');
    const side = bilingual({ rows: ['第 {n} 行', 'Row {n}'] });
    expect(side('zh-CN', 'rows', { n: 3 })).toBe('第 3 行');
    expect(side('en', 'rows', { n: 3 })).toBe('Row 3');
    expect(tr('en', errorSummaryTitle)).toBe('There is a problem');
    expect(tr('zh-CN', errorSummaryTitle)).toBe('有问题需要处理');
    expect(pick({ zh: '提交', en: 'Submit' }, 'zh-CN')).toBe('提交');
  });
});
