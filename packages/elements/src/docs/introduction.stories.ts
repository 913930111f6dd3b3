import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define.js';

const description = `
## 中文

**@xinfang/elements** 是一组可嵌入的信访网页组件（Web Components，基于 Lit）：来信、来电和网上信访登记
（\`xf-intake-form\`）、来访接待（\`xf-reception-form\`）、告知书和答复意见书（\`xf-reply-form\`）、期限标识
（\`xf-deadline-badge\`）和办理记录（\`xf-petition-timeline\`）。它们是标准的表单关联自定义元素，可以直接用于普通
HTML、React、Vue、Angular 或服务端模板；校验规则和提示语来自规则内核 \`@xinfang/core\`，所以表单和内核对同一条规则
给出同一句话。组件从不存储任何内容：有效提交时发出 \`xf-submit\` 事件，\`detail\` 是已校验的数据。

- 安装：\`npm install @xinfang/elements\`；普通网页使用包内的单文件 \`dist/xinfang-elements.js\`。
- 语言：\`lang="zh-CN"\`（默认）或 \`lang="en"\`；大字号：\`size="large"\`。
- 外观：见“主题 Theming”页（\`--xf-*\` 自定义属性、深色、高对比度、大字号）。
- 每个组件页下方的表格列出属性、事件、CSS 部件（part）和 CSS 自定义属性，来自包内的 \`custom-elements.json\`。

## English

**@xinfang/elements** are embeddable web components (Lit) for petition handling (信访): intake of letters, calls and
online petitions (\`xf-intake-form\`), in-person reception (\`xf-reception-form\`), notices and replies
(\`xf-reply-form\`), deadline badges (\`xf-deadline-badge\`) and histories (\`xf-petition-timeline\`). They are standard
form-associated custom elements for plain HTML, React, Vue, Angular or server templates; they validate with the rules
core \`@xinfang/core\`, so a person reads the same message in the form and in the core. They never store anything: a
valid submit fires \`xf-submit\` with the validated payload as \`detail\`.

- Install: \`npm install @xinfang/elements\`; a plain page loads the single file \`dist/xinfang-elements.js\`.
- Language: \`lang="zh-CN"\` (default) or \`lang="en"\`; large text: \`size="large"\`.
- Look: see the "主题 Theming" page (\`--xf-*\` custom properties, dark, high contrast, large text).
- Each element's page lists its attributes, properties, events, CSS parts and custom properties, read from the
  \`custom-elements.json\` the package ships.
`;

type Args = { lang: string };

const meta: Meta<Args> = {
  title: 'Docs/介绍 Introduction',
  args: { lang: 'zh-CN' },
  argTypes: { lang: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  parameters: { docs: { description: { component: description } } },
  render: ({ lang }) =>
    html`<xf-deadline-badge due="2025-10-09" now="2025-10-08T09:00:00+08:00" label="办结期限" lang=${lang}></xf-deadline-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

/** 中文：期限标识按法定节假日日历计算“即将到期”。 */
export const Chinese: Story = {};

/** English: the same badge, its status computed on the statutory calendar. */
export const English: Story = { args: { lang: 'en' } };
