// The single-file bundle carries the Chinese, the default language, and loads the English of every text from
// `xinfang-elements.en.js`, next to it, the first time an element is shown in English (vite.messages.ts). These
// tests load the BUILT files: the bundle in a fresh page (an iframe of test/language-page.html) for what a page
// sees, and both files as text for what they hold.
import { type Bilingual, messageId, textId } from '@xinfang/core/i18n';
import { messages } from '@xinfang/core/schema';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FormIssue } from '../src/shared/types.js';
import { control, fill, settle, until } from './helpers.js';

const dist = new URL('../dist/', import.meta.url);
const MODULE = 'xinfang-elements.en.js';
const CHINESE = /[\u3400-\u9fff]/;

interface PageWindow extends Window {
  firstRender: Record<string, string>;
  warnings: string[];
}
interface BundleApi {
  loadLanguage(lang: 'zh-CN' | 'en'): Promise<void>;
  languageReady(lang: 'zh-CN' | 'en'): boolean;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** Opens test/language-page.html in an iframe and waits until both its elements have rendered. */
async function open(query: string): Promise<{ win: PageWindow; doc: Document }> {
  frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  // (The query is set apart: Vite rewrites `new URL(`…${x}`, import.meta.url)` as a glob of files.)
  const page = new URL('./language-page.html', import.meta.url);
  page.search = query;
  frame.src = page.href;
  document.body.append(frame);
  const win = frame.contentWindow as PageWindow;
  await until('both elements to render', () => {
    const first = win.firstRender;
    return first && 'xf-intake-form' in first && 'xf-deadline-badge' in first;
  });
  await settle(win.document);
  return { win, doc: win.document };
}

/** The resources the page in `win` has loaded whose name ends with the English module's. */
function englishRequests(win: Window): number {
  return win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/${MODULE}`)).length;
}

/** When the page in `win` fetched the bundle and the English module. */
function fetches(win: Window): Record<'bundle' | 'english', PerformanceResourceTiming> {
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const find = (file: string) => {
    const entry = entries.find((e) => e.name.endsWith(`/${file}`));
    if (!entry) throw new Error(`the page did not fetch ${file}`);
    return entry;
  };
  return { bundle: find('xinfang-elements.js'), english: find(MODULE) };
}

/** The bundle's exports, seen from inside the page (the same module instance the page runs). */
async function bundleIn(win: Window): Promise<BundleApi> {
  const url = new URL('/plain/xinfang-elements.js', location.origin).href;
  return (await (win as Window & { eval(code: string): Promise<BundleApi> }).eval(
    `import(${JSON.stringify(url)})`,
  )) as BundleApi;
}

describe('the citizen bundle (dist/xinfang-citizen.js)', () => {
  it('registers the intake form, the timeline and the badge, and none of the office forms', async () => {
    const { win, doc } = await open('lang=zh-CN&bundle=citizen');
    const registry = win.customElements;
    for (const tag of ['xf-intake-form', 'xf-petition-timeline', 'xf-deadline-badge']) {
      expect(registry.get(tag), tag).toBeTypeOf('function');
    }
    expect(registry.get('xf-reception-form')).toBeUndefined();
    expect(registry.get('xf-reply-form')).toBeUndefined();
    expect(
      control(doc.querySelector('xf-intake-form') as HTMLElement, 'subject').labels?.[0]?.textContent?.trim(),
    ).toBe('标题');
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name.split('/').pop());
    expect(loaded.filter((name) => name?.startsWith('xinfang-'))).toEqual(['xinfang-citizen.js']);
  });

  it('on an English page loads its own English module once and renders in English from the first render', async () => {
    const { win, doc } = await open('lang=en&bundle=citizen');
    const intake = doc.querySelector('xf-intake-form') as HTMLElement;
    expect(win.firstRender['xf-intake-form']).toBe(intake.shadowRoot?.textContent);
    expect(win.firstRender['xf-intake-form']).toContain('Submit');
    expect(win.firstRender['xf-intake-form']).not.toMatch(CHINESE);
    expect(win.firstRender['xf-deadline-badge']).toContain('15 October 2025');
    const loaded = win.performance.getEntriesByType('resource').map((e) => e.name.split('/').pop());
    expect(loaded.filter((name) => name?.startsWith('xinfang-'))).toEqual([
      'xinfang-citizen.js',
      'xinfang-citizen.en.js',
    ]);
  });

  it('holds none of the office forms and no English text', async () => {
    const source = await (await fetch(new URL('xinfang-citizen.js', dist))).text();
    expect(source).not.toMatch(/^\s*import\b/m);
    expect(source).not.toContain('xf-reply-form');
    expect(source).not.toContain('xf-reception-form');
    expect(source).not.toContain('How it arrived');
    expect(source).toContain('信访形式');
  });
});

describe('the English module of the single-file bundle', () => {
  it('is never loaded by a Chinese page: every element renders in Chinese from the bundle alone', async () => {
    const { win, doc } = await open('lang=zh-CN');
    const intake = doc.querySelector('xf-intake-form') as HTMLElement;
    expect(control(intake, 'subject').labels?.[0]?.textContent?.trim()).toBe('标题');
    expect(win.firstRender['xf-intake-form']).toContain('提交');
    expect(win.firstRender['xf-deadline-badge']).toContain('2025年10月15日');
    // Validation on a Chinese page does not fetch the English either.
    (intake as HTMLElement & { reportValidity(): boolean }).reportValidity();
    await settle(doc);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(englishRequests(win)).toBe(0);
    expect((await bundleIn(win)).languageReady('en')).toBe(false);
  });

  it('is loaded once by an English page, whose elements render in English from their first render', async () => {
    const { win, doc } = await open('lang=en');
    const intake = doc.querySelector('xf-intake-form') as HTMLElement;
    const badge = doc.querySelector('xf-deadline-badge') as HTMLElement;
    // What each element rendered first is what it shows now: no Chinese before the English arrived.
    expect(win.firstRender['xf-intake-form']).toBe(intake.shadowRoot?.textContent);
    expect(win.firstRender['xf-deadline-badge']).toBe(badge.shadowRoot?.textContent);
    expect(win.firstRender['xf-intake-form']).toContain('Submit');
    expect(win.firstRender['xf-intake-form']).not.toMatch(CHINESE);
    expect(badge.shadowRoot?.textContent).toContain('15 October 2025');
    expect(control(intake, 'subject').labels?.[0]?.textContent?.trim()).toBe('Subject');
    expect(englishRequests(win)).toBe(1);
    const { english, bundle } = fetches(win);
    expect(english.startTime).toBeGreaterThan(bundle.responseEnd);
    // A second element shown in English later uses what is loaded.
    const late = doc.createElement('xf-intake-form');
    doc.body.append(late);
    await settle(doc);
    expect(control(late, 'subject').labels?.[0]?.textContent?.trim()).toBe('Subject');
    expect(englishRequests(win)).toBe(1);
  });

  it('is fetched once when an English page preloads it next to the bundle (<link rel="modulepreload">)', async () => {
    const { win, doc } = await open('lang=en&preload');
    const intake = doc.querySelector('xf-intake-form') as HTMLElement;
    expect(win.firstRender['xf-intake-form']).toBe(intake.shadowRoot?.textContent);
    expect(control(intake, 'subject').labels?.[0]?.textContent?.trim()).toBe('Subject');
    expect(englishRequests(win)).toBe(1);
    // Fetched side by side with the bundle, not after it has run (without the link it starts after the bundle
    // has arrived: see the next assertion's counterpart in the English page test).
    const { english, bundle } = fetches(win);
    expect(english.startTime).toBeLessThan(bundle.responseEnd);
  });

  it('switches a Chinese page to English when `lang` changes, loading the English then', async () => {
    const { win, doc } = await open('lang=zh-CN');
    const intake = doc.querySelector('xf-intake-form') as HTMLElement;
    doc.documentElement.lang = 'en';
    await until('the English labels', () => control(intake, 'subject').labels?.[0]?.textContent?.trim() === 'Subject');
    expect(englishRequests(win)).toBe(1);
    doc.documentElement.lang = 'zh-CN';
    await until('the Chinese labels', () => control(intake, 'subject').labels?.[0]?.textContent?.trim() === '标题');
  });

  it('gives validation issues their English once loaded; until then `message.en` reads as the Chinese', async () => {
    const { win, doc } = await open('lang=zh-CN');
    const intake = doc.querySelector('xf-intake-form') as HTMLElement & { currentIssues: readonly FormIssue[] };
    const classIssue = () => intake.currentIssues.find((issue) => issue.path === 'class')?.message;
    expect(classIssue()?.zh).toBe(messages['class.required'].zh);
    expect(classIssue()?.en).toBe(messages['class.required'].zh);
    await (await bundleIn(win)).loadLanguage('en');
    expect(classIssue()).toEqual(messages['class.required']);
    expect(englishRequests(win)).toBe(1);
  });

  it('shows a message with a filled-in limit in English once the page turns English (22 art 34: 1 to 30 days)', async () => {
    const { doc } = await open('lang=zh-CN');
    const reply = doc.querySelector('xf-reply-form') as HTMLElement & { reportValidity(): boolean };
    await fill(reply, 'days', '99');
    reply.reportValidity();
    await settle(doc);
    const error = () => reply.shadowRoot?.querySelector('[data-field="days"] .error')?.textContent;
    expect(error()).toBe('错误：请输入延长天数，1 至 30 日的整数（《信访工作条例》第三十四条）');
    doc.documentElement.lang = 'en';
    await until(
      'the English message',
      () => error() === 'Error: Enter the extension as a whole number of days from 1 to 30 (article 34)',
    );
  });

  it('is missing next to a copied bundle: an English page then shows Chinese and says why in the console', async () => {
    const { win, doc } = await open('lang=en&bundle=lonely');
    const intake = doc.querySelector('xf-intake-form') as HTMLElement;
    expect(control(intake, 'subject').labels?.[0]?.textContent?.trim()).toBe('标题');
    expect(win.warnings.some((w) => w.includes(MODULE))).toBe(true);
  });
});

describe('what the two files hold', () => {
  let bundle: string;
  let english: Record<string, string>;
  beforeAll(async () => {
    bundle = await (await fetch(new URL('xinfang-elements.js', dist))).text();
    english = (await import(/* @vite-ignore */ new URL(MODULE, dist).href)).default as Record<string, string>;
  });

  /** Every text `{ zh, en }` below a module's exports (Chinese, then English in Latin letters). */
  function texts(value: unknown, found: Bilingual[] = [], seen = new Set<unknown>()): Bilingual[] {
    if (!value || typeof value !== 'object' || seen.has(value)) return found;
    seen.add(value);
    const { zh, en } = value as { zh?: unknown; en?: unknown };
    if (typeof zh === 'string' && typeof en === 'string' && CHINESE.test(zh) && /[A-Za-z]{2}/.test(en)) {
      found.push(value as Bilingual);
    } else {
      for (const child of Object.values(value)) texts(child, found, seen);
    }
    return found;
  }

  const quoted = (text: string) => [`"${text}"`, `'${text}'`, `\`${text}\``].some((q) => bundle.includes(q));

  it("has every msg text's English in the module, keyed by its id, and none of it in the bundle", async () => {
    const modules = import.meta.glob(
      ['../src/**/*.strings.ts', '../src/reply-form/reply-form.{letter,messages}.ts', '../src/shared/values.ts'],
      { eager: true },
    );
    const all = [...texts(Object.values(modules)), ...texts(messages)];
    expect(all.length).toBeGreaterThan(250);
    // A heading made with `cap` from a glossary label reads the label's English with a capital.
    const capital = (s: string | undefined) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
    const missing = all
      .filter((t) => english[messageId(t)] !== t.en && capital(english[messageId(t)]) !== t.en)
      .map((t) => t.zh);
    expect(missing).toEqual([]);
    // "Error: " and "Select" are also words of Lit's own code; every other English text is absent.
    const inBundle = all.filter((t) => t.en.length > 8 && quoted(t.en)).map((t) => t.en);
    expect(inBundle).toEqual([]);
  });

  it('keys a Chinese text with two meanings by its explicit id (支持: Support, Supported)', () => {
    expect([english[textId('支持')], english['outcome.support']]).toEqual(['Support', 'Supported']);
  });

  it('keeps the Chinese in the bundle and leaves the English out of it', () => {
    const samples = [messages['idNumber.checksum'], { zh: '有问题需要处理', en: 'There is a problem' }];
    for (const { zh, en } of samples) {
      expect(english[textId(zh)]).toBe(en);
      expect(bundle).toContain(zh);
      expect(bundle).not.toContain(en);
    }
  });
});
