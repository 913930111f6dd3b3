import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PetitionView } from '@xinfang/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';
import { nationalTerms, sampleUnits } from '../petition-timeline/petition-timeline.stories.js';
import type { ReplyDraft, ReplyKind, XfReplyForm } from './reply-form.js';

type Args = {
  kind: ReplyKind;
  view?: PetitionView;
  values: Partial<ReplyDraft>;
  offerDelivery?: boolean;
  organ?: string;
  reviewOrgan?: string;
  documentNo?: string;
  date: string;
  mode?: 'print';
  lang: string;
  size: string;
};

/**
 * A claim (申诉求决类) received by letter on 2025-09-20, transferred to the housing bureau and accepted there on
 * 2025-09-23: 60 days from acceptance end on Saturday 2025-11-22, rolled forward to Monday 2025-11-24 (22 art 34,
 * 民法典 203). Shared by the stories and the tests.
 */
export const handlingView = {
  petitionId: 'p-2025-0042',
  registrationNo: 'XF-xfj-2025-0042',
  status: 'handling',
  class: 'claim',
  channel: 'letter',
  unit: 'zjj',
  registeredBy: 'xfj',
  units: ['xfj', 'zjj'],
  origin: 'transferred',
  receivedAt: '2025-09-20T02:00:00Z',
  registeredAt: '2025-09-20T02:05:00Z',
  updatedAt: '2025-09-23T03:00:00Z',
  subject: '小区供暖费退费',
  content: '去年冬季供暖不达标，请求退还部分供暖费。',
  policyId: 'national',
  policyVersion: '2022.1',
  terms: nationalTerms,
  seq: 5,
  lastHash: 'h5',
  anonymous: false,
  petitionerName: '李雷',
  petitionerPhone: '13800138000',
  persons: 1,
  accusedUnits: [],
  accusedPersons: [],
  conflicts: [],
  due: { conclusion: '2025-11-24' },
  nextDue: '2025-11-24',
  acceptedAt: '2025-09-23T02:00:00Z',
  handlingStart: '2025-09-23',
  extended: false,
  extensions: 0,
  extensionDays: 0,
  accusedStaff: [],
  hearingDays: 0,
  reReviewHearingDays: 0,
  materials: { proposedHandling: 0, leaderInstructions: 0, investigation: 0, other: 0 },
  late: [],
} as PetitionView;

/** Just registered at the petition office and transferred to the housing bureau (22 art 22). */
export const transferredView = {
  ...handlingView,
  status: 'transferred',
  acceptedAt: undefined,
  handlingStart: undefined,
  due: { notice: '2025-10-09' },
} as PetitionView;

/** Not accepted: the matter belongs to the court (诉访分离, 22 art 31). */
export const declinedView = {
  ...handlingView,
  unit: 'xfj',
  status: 'declined',
  acceptedAt: undefined,
  handlingStart: undefined,
  due: {},
  declinedGoTo: '成都市青羊区人民法院',
} as PetitionView;

/** Concluded with a supporting opinion. */
export const concludedView = { ...handlingView, status: 'concluded', outcome: 'support', due: {} } as PetitionView;
/** Reviewed one level up; the earlier opinion upheld. */
export const reviewedView = {
  ...concludedView,
  status: 'reviewed',
  unit: 'szf',
  reviewOutcome: 'upheld',
} as PetitionView;
/** Re-reviewed; final. */
export const finalView = { ...reviewedView, status: 'final', unit: 'sheng', reReviewOutcome: 'upheld' } as PetitionView;
/** Already extended once (22 art 34: no second extension). */
export const extendedView = {
  ...handlingView,
  extended: true,
  extensionDays: 30,
  due: { conclusion: '2025-12-22' },
} as PetitionView;
/** An anonymous letter: no written notice is owed (22 art 23(2)). */
export const anonymousView = {
  ...handlingView,
  anonymous: true,
  petitionerName: undefined,
  petitionerPhone: undefined,
  terms: { ...nationalTerms, noticeExempt: true },
} as PetitionView;

const opinionText =
  '经核查，该小区 2024—2025 年供暖季室温记录低于 18℃ 的天数为 41 天。\n供热企业应按比例退还供暖费 30%。';
const legalBasis = '《四川省城镇供热管理条例》第二十六条；《信访工作条例》第三十二条';

/** What a clerk would type for each kind, on top of the view's prefill. */
export const filledValues: Record<ReplyKind, Partial<ReplyDraft>> = {
  acceptance: { documentNo: '青住建信受字〔2025〕42号' },
  nonAcceptance: { documentNo: '青信不受字〔2025〕7号', reason: '所反映事项已进入诉讼程序，属于人民法院职权范围。' },
  transfer: { documentNo: '青信转字〔2025〕42号', reason: '供暖费退费属住房和城乡建设部门职责。' },
  extension: { documentNo: '青住建信延字〔2025〕3号', days: '30', reason: '需委托第三方机构检测供暖温度记录' },
  opinion: { documentNo: '青住建信复字〔2025〕42号', opinion: opinionText, legalBasis },
  review: {
    documentNo: '成府信复查字〔2026〕5号',
    opinion: '原处理意见认定事实清楚，适用依据正确。',
    legalBasis: '《信访工作条例》第三十五条',
  },
  reReview: {
    documentNo: '川信复核字〔2026〕2号',
    opinion: '复查意见认定事实清楚，程序合法。',
    legalBasis: '《信访工作条例》第三十六条',
  },
};

const meta: Meta<Args> = {
  title: 'Forms/xf-reply-form',
  component: 'xf-reply-form',
  excludeStories: /.*(View|Values)$/,
  args: {
    kind: 'acceptance',
    view: handlingView,
    values: filledValues.acceptance,
    date: '2025-09-25',
    lang: 'zh-CN',
    size: '',
  },
  argTypes: {
    kind: {
      control: 'select',
      options: ['acceptance', 'nonAcceptance', 'transfer', 'extension', 'opinion', 'review', 'reReview'],
    },
    mode: { control: 'inline-radio', options: [undefined, 'print'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'large'] },
    view: { control: false },
    values: { control: 'object' },
  },
  render: (a) =>
    html`<xf-reply-form
      kind=${a.kind}
      .view=${a.view}
      .units=${sampleUnits}
      .values=${a.values}
      organ=${ifDefined(a.organ)}
      review-organ=${ifDefined(a.reviewOrgan)}
      document-no=${ifDefined(a.documentNo)}
      date=${a.date}
      mode=${ifDefined(a.mode)}
      lang=${a.lang}
      size=${a.size}
      ?offer-delivery=${a.offerDelivery === true}
    ></xf-reply-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Submits the form as a person would, so the error summary and inline errors show. */
const submit: Story['play'] = async ({ canvasElement }) => {
  const form = canvasElement.querySelector<XfReplyForm>('xf-reply-form')!;
  await form.updateComplete;
  await form.requestSubmit();
};

/** Acceptance notice (22 art 23(2)): handling unit and due date from the view. */
export const Acceptance: Story = {};

/** Non-acceptance, with the organ the petitioner should go to (22 art 23). */
export const NonAcceptance: Story = {
  args: { kind: 'nonAcceptance', view: declinedView, values: filledValues.nonAcceptance, organ: '成都市信访局' },
};

/** Transfer notice (22 art 22). */
export const Transfer: Story = {
  args: { kind: 'transfer', view: transferredView, values: filledValues.transfer, organ: '成都市信访局' },
};

/** Extension by 30 days with its reason; the new due date is computed (60 + 30 days from acceptance, 22 art 34). */
export const Extension: Story = {
  args: { kind: 'extension', values: filledValues.extension, date: '2025-11-18' },
};

/** A matter already extended once: a second extension is refused (22 art 34). */
export const ExtensionRefused: Story = {
  args: { kind: 'extension', view: extendedView, values: filledValues.extension, date: '2025-12-01' },
  play: submit,
};

/** Handling opinion — support — with legal basis and the review right (22 arts 32, 35). */
export const OpinionSupport: Story = {
  args: {
    kind: 'opinion',
    view: concludedView,
    values: filledValues.opinion,
    reviewOrgan: '成都市人民政府',
    date: '2025-12-10',
  },
};

/** Handling opinion — explain. */
export const OpinionExplain: Story = {
  args: { ...OpinionSupport.args, values: { ...filledValues.opinion, outcome: 'explain' } },
};

/** Handling opinion — not supported. */
export const OpinionReject: Story = {
  args: { ...OpinionSupport.args, values: { ...filledValues.opinion, outcome: 'reject' } },
};

/** Review opinion (复查, 22 art 35) with the re-review right (22 art 36). */
export const Review: Story = {
  args: {
    kind: 'review',
    view: reviewedView,
    values: filledValues.review,
    organ: '成都市人民政府',
    reviewOrgan: '四川省人民政府',
    date: '2026-02-02',
  },
};

/** Re-review opinion (复核, 22 art 36): final. */
export const ReReview: Story = {
  args: {
    kind: 'reReview',
    view: finalView,
    values: filledValues.reReview,
    organ: '四川省人民政府',
    date: '2026-03-20',
  },
};

/** Nothing typed yet: an opinion with only what the view gives. */
export const Empty: Story = {
  args: { kind: 'opinion', view: concludedView, values: {}, date: '2025-12-10' },
};

/** A submit attempt on the empty opinion: the error summary links to every field. */
export const Errors: Story = {
  args: { kind: 'opinion', view: concludedView, values: {}, date: '2025-12-10' },
  play: submit,
};

/** No petition loaded: the form says where to open it from. */
export const NoPetition: Story = {
  args: { kind: 'acceptance', view: undefined, values: {} },
  play: submit,
};

/** Anonymous letter: no written notice is owed (22 art 23(2)); the addressee is left for the clerk. */
export const Anonymous: Story = {
  args: { kind: 'acceptance', view: anonymousView },
};

/** The print view: the acceptance notice as an A4 official letter. */
export const PrintAcceptance: Story = { args: { mode: 'print' } };

/** The print view of a handling opinion. */
export const PrintOpinion: Story = { args: { ...OpinionSupport.args, mode: 'print' } };

/** English. */
export const English: Story = { args: { ...OpinionSupport.args, lang: 'en' } };

/** English print view. */
export const EnglishPrint: Story = { args: { ...OpinionSupport.args, lang: 'en', mode: 'print' } };

/** Large text for elderly readers. */
export const LargeText: Story = { args: { ...OpinionSupport.args, size: 'large' } };

/** With `offer-delivery`: the "delivered now" tick is part of the form, prefilled ticked (an online petition). */
export const OfferDelivery: Story = {
  args: {
    kind: 'opinion',
    view: concludedView,
    values: { ...filledValues.opinion, deliverNow: true },
    reviewOrgan: '成都市人民政府',
    offerDelivery: true,
  },
};
