/// <reference types="vite/client" />
/**
 * Stories as data (the GOV.UK pattern): every story of every element is rendered here in real Chromium,
 * its `play` step (if any) is run, and axe-core checks the result. "axe finds no violations in any story"
 * is therefore part of `npm test`, without Storybook's own test runner.
 */
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

type StoryModule = Record<string, unknown> & { default: StoryMeta };
interface StoryMeta {
  title: string;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  excludeStories?: string[] | RegExp;
  play?: Story['play'];
}
interface Story {
  args?: Record<string, unknown>;
  render?: StoryMeta['render'];
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void> | void;
}

const modules = import.meta.glob<StoryModule>('./**/*.stories.ts', { eager: true });

function storiesOf(mod: StoryModule): [string, Story][] {
  const exclude = mod.default.excludeStories;
  const excluded = (name: string) =>
    Array.isArray(exclude) ? exclude.includes(name) : exclude instanceof RegExp ? exclude.test(name) : false;
  return Object.entries(mod)
    .filter(([name]) => name !== 'default' && !excluded(name))
    .map(([name, story]) => [name, story as Story]);
}

/** Waits until every Lit element in the container has finished rendering. */
async function settled(root: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const pending = Array.from(root.querySelectorAll('*'))
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((p): p is Promise<unknown> => p instanceof Promise);
    await Promise.all(pending);
  }
}

/** Renders one story into a fresh container and runs its play step. */
export async function renderStory(meta: StoryMeta, story: Story): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args };
  const fn = story.render ?? meta.render;
  if (!fn) throw new Error(`story of ${meta.title} has no render function`);
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  render(fn(args, { args }), canvasElement);
  await settled(canvasElement);
  await (story.play ?? meta.play)?.({ canvasElement, args });
  await settled(canvasElement);
  return canvasElement;
}

beforeAll(() => {
  // A Chinese government page; the English stories set lang="en" on the element.
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

const byTitle = new Map(Object.values(modules).map((mod) => [mod.default.title, storiesOf(mod)]));

describe('every story', () => {
  it('covers every state the issue names', () => {
    const names = (title: string) => (byTitle.get(title) ?? []).map(([name]) => name);
    expect(names('Elements/xf-deadline-badge')).toEqual(
      expect.arrayContaining(['OnTime', 'DueSoon', 'Overdue', 'English', 'LargeText']),
    );
    expect(names('Elements/xf-petition-timeline')).toEqual(
      expect.arrayContaining(['FullHistory', 'Empty', 'English', 'LargeText']),
    );
    expect(names('Forms/xf-intake-form')).toEqual(
      expect.arrayContaining([
        'Empty',
        'Filled',
        'Errors',
        'Anonymous',
        'Accusation',
        'StaffLetter',
        'English',
        'LargeText',
        'Disabled',
        'Busy',
        'MobileSmall',
      ]),
    );
    expect(names('Docs/主题 Theming').sort()).toEqual(['Dark', 'Default', 'HighContrast', 'LargeText']);
    expect(names('Docs/介绍 Introduction')).toEqual(['Chinese', 'English']);
    expect(names('Forms/xf-reception-form')).toEqual(
      expect.arrayContaining([
        'Empty',
        'Individual',
        'CollectiveVisit',
        'SixthRepresentativeRefused',
        'Errors',
        'English',
        'LargeText',
      ]),
    );
    expect(names('Forms/xf-reply-form')).toEqual(
      expect.arrayContaining([
        'Acceptance',
        'NonAcceptance',
        'Transfer',
        'Extension',
        'OpinionSupport',
        'OpinionExplain',
        'OpinionReject',
        'Review',
        'ReReview',
        'Empty',
        'Errors',
        'Anonymous',
        'PrintAcceptance',
        'English',
        'LargeText',
      ]),
    );
  });

  /** Renders one named story and returns the shadow root of its element. */
  async function shadowOf(title: string, name: string, tag: string): Promise<ShadowRoot> {
    const meta = Object.values(modules).find((mod) => mod.default.title === title)!.default;
    const story = byTitle.get(title)!.find(([n]) => n === name)![1];
    const canvas = await renderStory(meta, story);
    return canvas.querySelector(tag)!.shadowRoot!;
  }
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it.each([
    ['Disabled', true],
    ['Busy', true],
    ['MobileSmall', false],
  ])('Forms/xf-intake-form › %s: every control disabled is %s', async (name, disabled) => {
    const root = await shadowOf('Forms/xf-intake-form', name, 'xf-intake-form');
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.frame')!.disabled).toBe(disabled);
    expect(root.querySelector<HTMLInputElement>('input')!.matches(':disabled')).toBe(disabled);
  });

  it.each([
    ['Forms/xf-intake-form', 'Errors', 'xf-intake-form'],
    ['Forms/xf-intake-form', 'StaffErrors', 'xf-intake-form'],
    ['Forms/xf-reception-form', 'Errors', 'xf-reception-form'],
    ['Forms/xf-reply-form', 'Errors', 'xf-reply-form'],
  ])('%s › %s shows the error summary', async (title, name, tag) => {
    const root = await shadowOf(title, name, tag);
    expect(text(root.querySelector('[part="error-summary"] h2'))).toBe('有问题需要处理');
  });

  it('the accusation story asks for the persons and units accused (22 art 30)', async () => {
    const root = await shadowOf('Forms/xf-intake-form', 'Accusation', 'xf-intake-form');
    expect(root.querySelector('[data-field="accused"]')).not.toBeNull();
  });

  it('the collective visit stories show their representatives, and a sixth is refused (22 art 20(3))', async () => {
    let root = await shadowOf('Forms/xf-reception-form', 'CollectiveVisit', 'xf-reception-form');
    expect(root.querySelectorAll('[part~="row"]')).toHaveLength(3);
    root = await shadowOf('Forms/xf-reception-form', 'SixthRepresentativeRefused', 'xf-reception-form');
    expect(root.querySelectorAll('[part~="row"]')).toHaveLength(5);
    expect(text(root.querySelector('[part="notice"]'))).toContain('5');
  });

  it('the print stories show the A4 letter and the English stories speak English', async () => {
    let root = await shadowOf('Forms/xf-reply-form', 'PrintAcceptance', 'xf-reply-form');
    expect(text(root.querySelector('[part="letter-title"]'))).toBe('信访事项受理告知书');
    root = await shadowOf('Forms/xf-reply-form', 'EnglishPrint', 'xf-reply-form');
    expect(text(root.querySelector('[part="letter-title"]'))).toBe('Handling Opinion on a Petition');
    root = await shadowOf('Forms/xf-intake-form', 'English', 'xf-intake-form');
    expect(text(root.querySelector('[part="submit"]'))).not.toMatch(/[\u4e00-\u9fff]/);
  });

  for (const [title, stories] of byTitle) {
    describe(title, () => {
      it.each(stories)('%s: axe finds no violations', async (_name, story) => {
        const meta = Object.values(modules).find((mod) => mod.default.title === title)!.default;
        const canvas = await renderStory(meta, story);
        const result = await axe.run(canvas, { resultTypes: ['violations'] });
        const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(found).toEqual([]);
      });
    });
  }
});
