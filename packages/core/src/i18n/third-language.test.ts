/**
 * Room for a third language without touching call sites: this file adds 繁體中文 (zh-Hant, for Hong Kong and
 * Macau) to `Languages` as an application would, for the whole program that type-checks it. Every call site of
 * the core (rejections, the glossary, `fillBilingual`, `cap`) compiles unchanged with the wider `Lang`, and a text
 * without a zh-Hant translation reads in Simplified Chinese, as `tr` documents.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../lifecycle/decide.js';
import {
  addMessages,
  cap,
  commandLabels,
  eventLabels,
  fillBilingual,
  LANGS,
  type Lang,
  langFromTag,
  messageId,
  msg,
  roleLabels,
  statusLabels,
  tr,
} from './index.js';

declare module './messages.js' {
  interface Languages {
    'zh-Hant': true;
  }
}

// A partial locale module for zh-Hant, keyed as every locale module is: by message id.
addMessages('zh-Hant', {
  [messageId(roleLabels.clerk)]: '信訪工作人員',
  [messageId(commandLabels.register)]: '登記',
  [messageId(eventLabels.registered)]: '登記',
  [messageId(msg('第 {n} 行', 'Row {n}'))]: '第 {n} 行（繁）',
});

describe('a third language added to the glossary type and lookup', () => {
  const hant: Lang = 'zh-Hant';

  it('reads a translated label of the glossary by its id', () => {
    expect(tr(hant, roleLabels.clerk)).toBe('信訪工作人員');
    expect(tr(hant, commandLabels.register)).toBe('登記');
    expect(messageId(commandLabels.register)).toBe('command.register');
  });

  it('falls back to Simplified Chinese for a text without a translation', () => {
    expect(tr(hant, roleLabels.handler)).toBe('承办人');
    expect(tr(hant, statusLabels.declined)).toBe('不予受理');
    expect(tr(hant, cap(roleLabels.unitHead))).toBe('单位负责人');
  });

  it('fills placeholders in the third language and in the fallback', () => {
    expect(tr(hant, msg('第 {n} 行', 'Row {n}'), { n: 3 })).toBe('第 3 行（繁）');
    expect(tr(hant, fillBilingual(msg('共 {n} 件', '{n} in all'), { n: 2 }))).toBe('共 2 件');
  });

  it("reads the core's rejections in the third language's fallback without a change to decide", () => {
    const r = decide([], { type: 'accept' } as never, {} as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(tr(hant, r.rejection.message)).toBe(r.rejection.message.zh);
    expect(tr('en', r.rejection.message)).toBe(r.rejection.message.en);
  });

  it('leaves the default languages and tag mapping as they are', () => {
    expect(LANGS).toEqual(['zh-CN', 'en']);
    expect(langFromTag('zh-HK')).toBe('zh-CN');
    expect(tr('en', cap(roleLabels.clerk))).toBe('Petition clerk');
    expect(tr('zh-CN', roleLabels.clerk)).toBe('信访工作人员');
  });
});
