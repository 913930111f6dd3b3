import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define.js';
import { sampleUnitOptions } from '../intake-form/intake-form.stories.js';
import type { ReceptionDraft, VisitorDraft, XfReceptionForm } from './reception-form.js';

type Args = {
  lang: string;
  size: string;
  limit: number;
  draft?: Partial<ReceptionDraft>;
  /** Representatives to try to add after filling (to show the refusal beyond the limit, 22 art 20). */
  addRows?: number;
  submit?: boolean;
};

const visitor = (name: string, phone: string): VisitorDraft => ({ name, idNumber: '', phone, address: '成都市武侯区' });

const matter = {
  class: 'claim',
  subject: '征地补偿款发放',
  content: '村民反映征地补偿款至今未足额发放，请求核实并发放。',
} as const;

/** One visitor, the record read back and confirmed, routed for handling. */
export const individualDraft: Partial<ReceptionDraft> = {
  receivedAt: '2025-09-22T09:30',
  kind: 'individual',
  petitioner: { ...visitor('王建国', '13900139000'), workUnit: '' },
  ...matter,
  truthStatement: true,
  visitRecordConfirmed: true,
  receivingStaff: '王芳',
  receivingUnit: 'office',
  outcome: 'route',
  route: 'accept',
  routeNote: '',
};

/** A collective visit of 30 people with three elected representatives (≤ 5, 22 art 20(3)). */
export const collectiveDraft: Partial<ReceptionDraft> = {
  ...individualDraft,
  kind: 'collective',
  collective: {
    headCount: '30',
    representatives: [
      visitor('王建国', '13900139000'),
      visitor('刘秀英', '13900139001'),
      visitor('陈志强', '13900139002'),
    ],
  },
};

/** A collective visit that already has five representatives. */
export const fullCollectiveDraft: Partial<ReceptionDraft> = {
  ...collectiveDraft,
  collective: {
    headCount: '30',
    representatives: ['王建国', '刘秀英', '陈志强', '赵敏', '孙磊'].map((n, i) => visitor(n, `1390013900${i}`)),
  },
};

/** Answered on the spot. */
export const onTheSpotDraft: Partial<ReceptionDraft> = {
  ...individualDraft,
  outcome: 'onTheSpot',
  answer: '已当场说明补偿款发放进度，预计 10 月底前发放完毕。',
};

const meta: Meta<Args> = {
  title: 'Forms/xf-reception-form',
  component: 'xf-reception-form',
  excludeStories: /.*Draft$/,
  args: { lang: 'zh-CN', size: '', limit: 5 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'large'] },
    limit: { control: { type: 'number', min: 1, max: 5 } },
    draft: { control: 'object' },
  },
  render: ({ lang, size, limit }) =>
    html`<xf-reception-form
      name="visit"
      lang=${lang}
      size=${size}
      representatives-limit=${limit}
      .units=${sampleUnitOptions}
    ></xf-reception-form>`,
  play: async ({ canvasElement, args }) => {
    const form = canvasElement.querySelector<XfReceptionForm>('xf-reception-form')!;
    await form.updateComplete;
    if (args.draft) form.setDraft(args.draft);
    for (let i = 0; i < (args.addRows ?? 0); i++) form.addRepresentative();
    await form.updateComplete;
    if (args.submit) await form.requestSubmit();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = {};

/** One visitor, filled in and routed for handling. */
export const Individual: Story = { args: { draft: individualDraft } };

/** A collective visit with head count and three representatives. */
export const CollectiveVisit: Story = { args: { draft: collectiveDraft } };

/** A sixth representative is refused with a message citing the limit (22 art 20(3)). */
export const SixthRepresentativeRefused: Story = { args: { draft: fullCollectiveDraft, addRows: 1 } };

/** Answered on the spot. */
export const AnsweredOnTheSpot: Story = { args: { draft: onTheSpotDraft } };

/** Submitted empty: the error summary links to each field. */
export const Errors: Story = { args: { submit: true } };

/** A collective visit submitted without head count or representatives' details. */
export const CollectiveErrors: Story = { args: { draft: { kind: 'collective' }, submit: true } };

/** English. */
export const English: Story = { args: { lang: 'en', draft: collectiveDraft } };

/** Large text for elderly readers. */
export const LargeText: Story = { args: { size: 'large', draft: individualDraft } };
