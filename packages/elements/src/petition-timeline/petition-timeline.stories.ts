import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PetitionEvent, PetitionView } from '@xinfang/core';
import type { Actor } from '@xinfang/core/schema';
import { html } from 'lit';
import '../define.js';
import type { UnitNames } from './petition-timeline.js';

type Args = { events: readonly PetitionEvent[]; units: UnitNames; lang: string; size: string };

const clerk: Actor = { id: 'u-clerk', role: 'clerk', unit: 'xfj', name: '王芳' };
const head: Actor = { id: 'u-head', role: 'unitHead', unit: 'zjj', name: '陈刚' };
const handler: Actor = { id: 'u-handler', role: 'handler', unit: 'zjj', name: '刘洋' };
const petitioner: Actor = { id: 'p-1', role: 'petitioner' };
const day = { unit: 'day', rollForward: true } as const;
/** The national periods (22 arts 22–36). Only the periods are shown anywhere, so the rest of the terms is left out. */
export const nationalTerms = {
  disposition: { days: 15, ...day },
  notice: { days: 15, ...day },
  objection: { days: 5, unit: 'workday', rollForward: true },
  handling: { direct: { days: 60, ...day }, assigned: { days: 60, ...day }, transferred: { days: 60, ...day } },
  extensionMax: { days: 30, ...day },
  extensionCount: 1,
  reviewRequest: { days: 30, ...day },
  reviewDecision: { days: 30, ...day },
  reReviewRequest: { days: 30, ...day },
  reReviewDecision: { days: 30, ...day },
  dueSoonWorkdays: 3,
  replyExempt: false,
  noticeExempt: false,
} as PetitionView['terms'];

/** Builds one event of the sample history (hashes are placeholders: the timeline does not verify them). */
function event<E extends PetitionEvent>(seq: number, type: E['type'], at: string, by: Actor, data: E['data']): E {
  return { petitionId: 'p-2025-0042', seq, type, at, by, data, prevHash: `h${seq - 1}`, hash: `h${seq}` } as E;
}

/**
 * A whole claim (申诉求决类) from registration to a review decision, 22 arts 22–35. Shared by the stories
 * and the tests (stories as data).
 */
export const sampleHistory: PetitionEvent[] = [
  event(1, 'registered', '2025-09-20T02:05:00Z', clerk, {
    petition: {
      channel: 'letter',
      class: 'claim',
      subject: '小区供暖费退费',
      content: '去年冬季供暖不达标，请求退还部分供暖费。',
      receivedAt: '2025-09-20T02:00:00Z',
      anonymous: false,
      petitioner: { name: '李雷', phone: '13800138000', address: '成都市青羊区光华大道 1 号' },
    },
    registrationNo: 'XF-xfj-2025-0042',
    unit: 'xfj',
    policyId: 'national',
    policyVersion: '2022.1',
    terms: nationalTerms,
  }),
  event(2, 'transferred', '2025-09-22T01:30:00Z', clerk, { fromUnit: 'xfj', toUnit: 'zjj', reason: '属住建局职责' }),
  event(3, 'notified', '2025-09-22T01:40:00Z', clerk, { method: 'written' }),
  event(4, 'accepted', '2025-09-23T02:00:00Z', head, { unit: 'zjj', origin: 'transferred' }),
  event(5, 'handlerAssigned', '2025-09-23T03:00:00Z', head, { handler: 'u-handler' }),
  event(6, 'extended', '2025-11-18T06:00:00Z', head, { days: 30, reason: '需委托第三方检测供暖温度记录' }),
  event(7, 'concluded', '2025-12-10T07:00:00Z', handler, { outcome: 'support', opinion: '退还 30% 供暖费' }),
  event(8, 'replied', '2025-12-11T02:00:00Z', handler, { text: '答复意见书' }),
  event(9, 'delivered', '2025-12-12T08:00:00Z', handler, { of: 'reply' }),
  event(10, 'reviewRequested', '2026-01-05T01:00:00Z', petitioner, { reviewUnit: 'szf', reasons: '退费比例过低' }),
];

/** Unit names used by the sample history. */
export const sampleUnits: UnitNames = {
  xfj: { zh: '市信访局', en: 'City Petition Bureau' },
  zjj: { zh: '市住房和城乡建设局', en: 'City Housing and Construction Bureau' },
  szf: { zh: '市人民政府', en: 'City People’s Government' },
};

/** The same history with two acts done after their due dates (recorded late, never refused). */
export const lateHistory: PetitionEvent[] = sampleHistory
  .slice(0, 4)
  .map((e) => (e.seq === 4 ? { ...e, late: ['disposition'] } : e.seq === 3 ? { ...e, late: ['notice'] } : e));

const meta: Meta<Args> = {
  title: 'Elements/xf-petition-timeline',
  component: 'xf-petition-timeline',
  excludeStories: ['sampleHistory', 'sampleUnits', 'lateHistory', 'nationalTerms'],
  args: { events: sampleHistory, units: sampleUnits, lang: 'zh-CN', size: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    size: { control: 'inline-radio', options: ['', 'large'] },
  },
  render: ({ events, units, lang, size }) =>
    html`<xf-petition-timeline lang=${lang} size=${size} .events=${events} .units=${units}></xf-petition-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A claim from registration through transfer, acceptance, extension and conclusion to a review request. */
export const FullHistory: Story = {};

/** The same history in English. */
export const English: Story = { args: { lang: 'en' } };

/** Large text for elderly readers. */
export const LargeText: Story = { args: { size: 'large' } };

/** Acts done after their due date carry a "done late" marker. */
export const LateActs: Story = { args: { events: lateHistory } };

/** No history yet. */
export const Empty: Story = { args: { events: [] } };
