import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define.js';
import type { XfIntakeForm } from '../intake-form/intake-form.js';
import { publicClaimDraft } from '../intake-form/intake-form.stories.js';

/** The `--xf-*` custom properties of each theme below, as a page would set them on an ancestor (or `:root`). */
export const themes = {
  default: '',
  dark: [
    '--xf-color-text: #e8eaed',
    '--xf-color-muted: #bdc1c6',
    '--xf-color-bg: #1f1f1f',
    '--xf-color-border: #9aa0a6',
    '--xf-color-accent: #8ab4f8',
    '--xf-color-accent-text: #1f1f1f',
    '--xf-color-error: #f6aea9',
    '--xf-color-focus: #aecbfa',
    '--xf-deadline-on-time-color: #a8dab5',
    '--xf-deadline-on-time-bg: #0f2a17',
    '--xf-deadline-due-soon-color: #fdd663',
    '--xf-deadline-due-soon-bg: #2e2200',
    '--xf-deadline-overdue-color: #f6aea9',
    '--xf-deadline-overdue-bg: #3b1210',
    'background: #1f1f1f',
    'color: #e8eaed',
  ].join('; '),
  highContrast: [
    '--xf-color-text: #000000',
    '--xf-color-muted: #000000',
    '--xf-color-bg: #ffffff',
    '--xf-color-border: #000000',
    '--xf-color-accent: #00007a',
    '--xf-color-accent-text: #ffffff',
    '--xf-color-error: #8b0000',
    '--xf-color-focus: #000000',
    '--xf-deadline-on-time-color: #003300',
    '--xf-deadline-due-soon-color: #4d2600',
    '--xf-deadline-overdue-color: #660000',
    '--xf-radius: 0',
  ].join('; '),
  largeText: '--xf-font-size: 1.25rem; --xf-line-height: 1.75',
} as const;

type Theme = keyof typeof themes;
type Args = { theme: Theme; size: string; lang: string };

const description = `
**主题（Theming）** — 组件的外观只由 CSS 自定义属性 \`--xf-*\` 和 \`::part()\` 决定：在任何祖先元素（或 \`:root\`）上设置即可，
不需要改动组件。下面四个例子分别是默认、深色、高对比度和大字号；每个例子都在 \`npm test\` 中用 axe-core 检查颜色对比度。

**Theming** — the elements' look comes only from the \`--xf-*\` custom properties and \`::part()\`: set them on any
ancestor (or \`:root\`), never inside the components. The four stories below are the default, a dark theme, high
contrast and large text; each is checked by axe-core (colour contrast included) in \`npm test\`.

| property | default | what |
| --- | --- | --- |
| \`--xf-font-family\` | CJK sans, then system-ui | text font |
| \`--xf-font-size\` | 1rem | base size; \`size="large"\` multiplies it by 1.25 |
| \`--xf-line-height\` | 1.6 | line height |
| \`--xf-color-text\` / \`--xf-color-muted\` / \`--xf-color-bg\` | #1a1a1a / #4b5563 / #ffffff | text, hints, background |
| \`--xf-color-border\` | #505a5f | field borders |
| \`--xf-color-accent\` / \`--xf-color-accent-text\` | #1d5fbf / #ffffff | buttons, checkboxes |
| \`--xf-color-error\` | #b3261e | error messages and borders |
| \`--xf-color-focus\` | #0b57d0 | focus ring (3 px) |
| \`--xf-radius\` / \`--xf-space\` | 4px / 1rem | corners, spacing |
| \`--xf-deadline-{on-time,due-soon,overdue}-{color,bg}\` | see \`xf-deadline-badge\` | badge colours |

Dark mode follows the page: wrap the rule in \`@media (prefers-color-scheme: dark) { :root { … } }\`. In Windows
high-contrast mode (\`forced-colors: active\`) the browser's system colours apply and the badges keep their icon
and words, so no status depends on colour.

\`\`\`css
@media (prefers-color-scheme: dark) {
  :root { ${themes.dark.split('; ').slice(0, 4).join('; ')}; /* … */ }
}
\`\`\`
`;

const meta: Meta<Args> = {
  title: 'Docs/主题 Theming',
  excludeStories: ['themes'],
  args: { theme: 'default', size: '', lang: 'zh-CN' },
  argTypes: {
    theme: { control: 'inline-radio', options: Object.keys(themes) },
    size: { control: 'inline-radio', options: ['', 'large'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
  },
  parameters: { docs: { description: { component: description } } },
  render: ({ theme, size, lang }) =>
    html`<div style="padding: 1rem; ${themes[theme]}">
      <p>
        <xf-deadline-badge due="2025-10-09" status="on-time" label="受理期限" lang=${lang} size=${size}></xf-deadline-badge>
        <xf-deadline-badge due="2025-10-09" status="due-soon" label="办结期限" lang=${lang} size=${size}></xf-deadline-badge>
        <xf-deadline-badge due="2025-10-09" status="overdue" label="答复期限" lang=${lang} size=${size}></xf-deadline-badge>
      </p>
      <xf-intake-form name="petition" lang=${lang} size=${size}></xf-intake-form>
    </div>`,
  // A filled form, submitted once with the content emptied: the error colours are on screen too.
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<XfIntakeForm>('xf-intake-form')!;
    await form.updateComplete;
    form.setDraft({ ...publicClaimDraft, content: '' });
    await form.updateComplete;
    await form.requestSubmit();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The default look. */
export const Default: Story = {};

/** Dark: light text on #1f1f1f, every pair at least 4.5:1. */
export const Dark: Story = { args: { theme: 'dark' } };

/** High contrast: black on white, darker accents, square corners. */
export const HighContrast: Story = { args: { theme: 'highContrast' } };

/** Large text for elderly readers: `size="large"` and a larger `--xf-font-size`. */
export const LargeText: Story = { args: { theme: 'largeText', size: 'large' } };
