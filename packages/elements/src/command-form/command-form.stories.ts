import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './command-form.define.js';
import type { CommandCheckResult, CommandDraft, CommandField, XfCommandForm } from './command-form.js';

/** Units by their names (a policy's `units`), as a select of `<xf-command-form>` lists them. */
export const unitOptions = [
  { value: 'disciplineInspection', label: { zh: '纪检监察机关', en: 'Discipline inspection and supervision organ' } },
  {
    value: 'competentOrgan',
    label: { zh: '有权处理的机关、单位', en: 'Organ or unit with power to handle the matter' },
  },
];

/** Transfer (22 art 22): a unit chosen by name, and the reason. */
export const transferFields: CommandField[] = [
  { name: 'toUnit', kind: 'select', label: { zh: '转送至', en: 'Transfer to' }, required: true, options: unitOptions },
  { name: 'reason', kind: 'textarea', label: { zh: '理由', en: 'Reason' }, required: true },
];

/** Extension (22 art 34): whole days, the reason told to the petitioner, how they were told. */
export const extendFields: CommandField[] = [
  {
    name: 'days',
    kind: 'number',
    label: { zh: '延长天数', en: 'Days' },
    required: true,
    min: 1,
    max: 30,
    initial: '30',
  },
  {
    name: 'reason',
    kind: 'textarea',
    label: { zh: '延期理由（将告知信访人）', en: 'Reason (told to the petitioner)' },
  },
  {
    name: 'notice',
    kind: 'select',
    label: { zh: '告知信访人的方式', en: 'How the petitioner was told' },
    required: true,
    initial: 'written',
    options: [
      { value: 'written', label: { zh: '书面告知', en: 'In writing' } },
      { value: 'onSpot', label: { zh: '当面告知', en: 'In person' } },
    ],
  },
];

/** Hearing (22 art 32): two dates and an optional summary, and a tick. */
export const hearingFields: CommandField[] = [
  { name: 'from', kind: 'date', label: { zh: '开始日期', en: 'From' }, required: true },
  { name: 'to', kind: 'date', label: { zh: '结束日期', en: 'To' }, required: true },
  { name: 'summary', kind: 'textarea', label: { zh: '听证摘要', en: 'Summary' } },
  { name: 'reply', kind: 'checkbox', option: true, label: { zh: '同时通知信访人', en: 'Tell the petitioner now' } },
];

/**
 * A stand-in for the core's `checkCommand` in the stories: refuses an extension of more than 30 days at `days`,
 * and one without a reason at `reason`, with the core's words (22 art 34).
 */
export function extensionCheck(command: CommandDraft): CommandCheckResult {
  if (typeof command.reason !== 'string' || command.reason.trim() === '') {
    return {
      ok: false,
      path: 'reason',
      rejection: {
        code: 'reason-required',
        message: { zh: '延期须写明理由。请填写理由。', en: 'To extend you must give the reason. Enter it.' },
      },
    };
  }
  return { ok: true };
}

type Args = {
  command: string;
  fields: CommandField[];
  check?: (command: CommandDraft) => CommandCheckResult;
  confirm?: string;
  busy: boolean;
  disabled: boolean;
  lang: string;
  size: string;
  width?: string;
};

const meta: Meta<Args> = {
  title: 'Elements/xf-command-form',
  component: 'xf-command-form',
  excludeStories: ['unitOptions', 'transferFields', 'extendFields', 'hearingFields', 'extensionCheck'],
  args: { command: 'transfer', fields: transferFields, busy: false, disabled: false, lang: 'zh-CN', size: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'large'] },
  },
  render: ({ command, fields, check, confirm, busy, disabled, lang, size, width }) =>
    html`<div style=${ifDefined(width ? `max-width: ${width}` : undefined)}>
      <xf-command-form
        command=${command}
        .fields=${fields}
        .check=${check}
        confirm=${ifDefined(confirm)}
        ?busy=${busy}
        ?disabled=${disabled}
        lang=${lang}
        size=${size}
      ></xf-command-form>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector('xf-command-form') as XfCommandForm;

/** Empty: a transfer, the unit chosen by its name. Required fields carry no marker, optional ones say so. */
export const Empty: Story = { args: { confirm: '确认转送' } };

/** Error: submitted empty — the error summary links each problem, and each field says what to do. */
export const WithErrors: Story = {
  args: { confirm: '确认转送' },
  play: async ({ canvasElement }) => {
    await form(canvasElement).requestSubmit();
  },
};

/** Refused by the core's check: the rejection shows next to the field it concerns (here `reason`). */
export const RefusedByCheck: Story = {
  args: { command: 'extend', fields: extendFields, check: extensionCheck, confirm: '确认延期' },
  play: async ({ canvasElement }) => {
    await form(canvasElement).requestSubmit();
  },
};

/** Busy: the host is executing the command — the form is locked and cannot be sent twice. */
export const Busy: Story = { args: { command: 'extend', fields: extendFields, busy: true } };

/** Disabled: nothing can be entered or sent. */
export const Disabled: Story = { args: { disabled: true } };

/** Dates and a tick that is not part of the command (reported in `detail.options`). */
export const DatesAndOption: Story = { args: { command: 'hearing', fields: hearingFields } };

/** Mobile: a 320 px wide screen; every control takes the whole width. */
export const Mobile: Story = {
  args: { command: 'extend', fields: extendFields, width: '320px' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** English. */
export const English: Story = { args: { lang: 'en', confirm: 'Confirm: transfer' } };

/** Large text for elderly readers (`size="large"`). */
export const LargeText: Story = { args: { size: 'large' } };

/** Hostile text in labels and choices is shown as text, never read as HTML. */
export const HostileText: Story = {
  args: {
    command: 'transfer',
    fields: [
      {
        name: 'toUnit',
        kind: 'select',
        label: '<img src=x onerror="window.xfHacked=1">单位',
        required: true,
        options: [{ value: 'a', label: '<script>window.xfHacked=1</script>甲' }],
      },
    ],
  },
};
