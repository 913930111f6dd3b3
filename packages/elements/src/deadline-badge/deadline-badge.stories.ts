import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';

type Args = { due: string; status?: string; now?: string; label?: string; lang: string; size: string };

const meta: Meta<Args> = {
  title: 'Elements/xf-deadline-badge',
  component: 'xf-deadline-badge',
  args: { due: '2025-10-09', label: '办结期限', lang: 'zh-CN', size: '' },
  argTypes: {
    status: { control: 'inline-radio', options: [undefined, 'on-time', 'due-soon', 'overdue'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'large'] },
  },
  render: ({ due, status, now, label, lang, size }) =>
    html`<xf-deadline-badge
      due=${due}
      status=${ifDefined(status)}
      now=${ifDefined(now)}
      label=${ifDefined(label)}
      lang=${lang}
      size=${size}
    ></xf-deadline-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

/** On time: the word 按期 with a tick. */
export const OnTime: Story = { args: { status: 'on-time' } };

/** Due soon: within the policy's working days before the due date. */
export const DueSoon: Story = { args: { status: 'due-soon' } };

/** Overdue: the due date has passed (a day ends at 24:00 Asia/Shanghai, 民法典 203). */
export const Overdue: Story = { args: { status: 'overdue' } };

/** Status computed from `now` on the statutory calendar: 2025-10-09 10:00 in Beijing is due soon. */
export const ComputedFromNow: Story = { args: { now: '2025-10-09T10:00:00+08:00' } };

/** The calendar has no data after 2040: only the date is shown, the status is never guessed. */
export const UnknownYear: Story = { args: { due: '2041-03-01', now: '2041-02-01T09:00:00+08:00' } };

/** 2027 has no official holiday schedule yet: the date is counted provisionally and says 暂定 (provisional). */
export const Provisional: Story = { args: { due: '2027-02-09', now: '2026-12-08T09:00:00+08:00' } };

/** English. */
export const English: Story = { args: { status: 'overdue', label: 'Handling', lang: 'en' } };

/** Large text for elderly readers. */
export const LargeText: Story = { args: { status: 'due-soon', size: 'large' } };
