import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define.js';
import type { IntakeDraft, UnitOption, XfIntakeForm } from './intake-form.js';

type Args = {
  mode: 'public' | 'staff';
  lang: string;
  size: string;
  disabled?: boolean;
  draft?: Partial<IntakeDraft>;
  submit?: boolean;
};

/** Receiving units a clerk may choose (the bureau routing preset, seed §局 来信归口). */
export const sampleUnitOptions: UnitOption[] = [
  { id: 'office', name: { zh: '局办公室', en: 'Bureau office' } },
  { id: 'union', name: { zh: '局工会', en: 'Bureau trade union' } },
];

const petitioner = { name: '李雷', idNumber: '', phone: '13800138000', address: '成都市青羊区光华大道 1 号' };

/** A citizen's claim, filled in online. */
export const publicClaimDraft: Partial<IntakeDraft> = {
  petitioner,
  class: 'claim',
  subject: '拖欠工资',
  content: '公司拖欠三个月工资，请求督促支付。',
  truthStatement: true,
};

/** An accusation with the persons and units accused (never disclosed to them, 22 art 30(3)). */
export const accusationDraft: Partial<IntakeDraft> = {
  ...publicClaimDraft,
  class: 'accusation',
  subject: '违规收费',
  content: '某街道办事处在办理居住证时违规收取费用。',
  accused: { persons: '张某（街道办事处工作人员）', units: '某街道办事处' },
};

/** A letter registered by a clerk: postmark date and sender address kept (seed §交通集团). */
export const staffLetterDraft: Partial<IntakeDraft> = {
  ...publicClaimDraft,
  channel: 'letter',
  receivedAt: '2025-09-20T10:00',
  letter: { postmarkDate: '2025-09-18', senderAddress: '成都市青羊区光华大道 1 号' },
  receivingUnit: 'office',
  proposedHandling: '转局办公室会同劳动保障监察部门办理。',
  truthStatement: false,
};

/** A 12345 hotline call registered by a clerk. */
export const hotlineDraft: Partial<IntakeDraft> = {
  ...publicClaimDraft,
  channel: 'call',
  receivedAt: '2025-09-20T10:00',
  fromHotline: true,
  hotline: { ticket: '12345-20250920-0815' },
  truthStatement: false,
};

const meta: Meta<Args> = {
  title: 'Forms/xf-intake-form',
  component: 'xf-intake-form',
  excludeStories: /.*(Draft|Options)$/,
  args: { mode: 'public', lang: 'zh-CN', size: '', disabled: false },
  argTypes: {
    mode: { control: 'inline-radio', options: ['public', 'staff'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'large'] },
    disabled: { control: 'boolean' },
    draft: { control: 'object' },
    submit: { control: 'boolean' },
  },
  render: ({ mode, lang, size, disabled }) =>
    html`<xf-intake-form
      name="petition"
      mode=${mode}
      lang=${lang}
      size=${size}
      ?disabled=${disabled}
      .units=${sampleUnitOptions}
    ></xf-intake-form>`,
  // Fills the form with the story's draft and, for the error states, submits it as a person would.
  play: async ({ canvasElement, args }) => {
    const form = canvasElement.querySelector<XfIntakeForm>('xf-intake-form')!;
    await form.updateComplete;
    if (args.draft) form.setDraft(args.draft);
    await form.updateComplete;
    if (args.submit) await form.requestSubmit();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A citizen online, nothing typed yet. */
export const Empty: Story = {};

/** A citizen's claim, filled in and ready to submit. */
export const Filled: Story = { args: { draft: publicClaimDraft } };

/** Submitted empty: the error summary at the top links to each field (GOV.UK pattern). */
export const Errors: Story = { args: { submit: true } };

/** Anonymous: no name, ID number, phone or address is asked for. */
export const Anonymous: Story = {
  args: {
    draft: { ...publicClaimDraft, anonymous: true, petitioner: { ...petitioner, name: '', phone: '', address: '' } },
  },
};

/** An accusation: persons and units accused are asked for. */
export const Accusation: Story = { args: { draft: accusationDraft } };

/** A clerk registering a letter: channel, received at, postmark date, sender address, receiving unit. */
export const StaffLetter: Story = { args: { mode: 'staff', draft: staffLetterDraft } };

/** A clerk registering a 12345 hotline call with its ticket. */
export const StaffHotlineCall: Story = { args: { mode: 'staff', draft: hotlineDraft } };

/** Staff mode submitted empty. */
export const StaffErrors: Story = { args: { mode: 'staff', submit: true } };

/** English. */
export const English: Story = { args: { lang: 'en', draft: publicClaimDraft } };

/** English, with errors. */
export const EnglishErrors: Story = { args: { lang: 'en', submit: true } };

/** Large text for elderly readers. */
export const LargeText: Story = { args: { size: 'large', draft: publicClaimDraft } };

/** Disabled (`disabled` attribute): every control is greyed out, nothing is validated, no `FormData` entry. */
export const Disabled: Story = { args: { disabled: true, draft: publicClaimDraft } };

/**
 * Busy: while the page sends the petition, it puts the form in a disabled `<fieldset>` (the element follows its
 * form's disabled state) and says so in a live region; `aria-busy` tells assistive technology to wait.
 */
export const Busy: Story = {
  args: { draft: publicClaimDraft },
  render: ({ mode, lang, size }) =>
    html`<form aria-busy="true">
      <fieldset disabled style="border: 0; margin: 0; padding: 0">
        <xf-intake-form name="petition" mode=${mode} lang=${lang} size=${size}></xf-intake-form>
      </fieldset>
      <p role="status">正在提交，请稍候…… / Submitting, please wait…</p>
    </form>`,
};

/** A small phone (320 × 568, Storybook's `mobile1` viewport): one column, nothing cut off. */
export const MobileSmall: Story = {
  args: { draft: publicClaimDraft },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A large phone (414 × 896, `mobile2`), staff mode. */
export const MobileLarge: Story = {
  args: { mode: 'staff', draft: staffLetterDraft },
  globals: { viewport: { value: 'mobile2', isRotated: false } },
};
