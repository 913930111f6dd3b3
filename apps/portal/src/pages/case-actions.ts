/**
 * The actions of the case page as data: for each core command the fields of its `<xf-command-form>` (which are
 * required, how a value goes into the command). The form builds the command and checks it with the core's
 * `checkCommand`; the case page asks the core's `can` which actions the machine allows now for the acting person,
 * and the store executes the result.
 */
import type { CommandType, PetitionView, PolicyProfile } from '@xinfang/core';
import { commandLabels, extensionRule, outcomesFor } from '@xinfang/core';
import type { CommandField, CommandFieldOption, CommandSubmitDetail } from '@xinfang/elements';
import type { Text } from '../app/i18n.js';
import { labelOf, legalChannelLabels, outcomeLabels, reviewOutcomeLabels } from '../app/labels.js';
import type { CommandDraft } from '../app/services.js';
import { type OfficeRole, ROLE_NAMES, ROLE_PEOPLE } from '../app/session.js';

type Option = CommandFieldOption;

/** A field of an action's form: the data `<xf-command-form>` renders and checks. */
export type FieldSpec = CommandField;

export interface ActionSpec {
  type: Exclude<CommandType, 'register'>;
  label: Text;
  /** Short explanation with the rule it follows. */
  help?: Text;
  fields: FieldSpec[];
  /** Goes to another page instead of a dialog (reply has its own page with the print view). */
  route?: (view: PetitionView) => string;
  /**
   * The commands decided and written together with the form's command in one transaction (all or nothing), from
   * the options ticked in the form (conclude → reply → delivered).
   */
  followUps?: (submitted: CommandSubmitDetail) => CommandDraft[];
}

export interface ActionContext {
  view: PetitionView;
  policy: PolicyProfile;
  /** The acting person's role: steps the petition's terms do not allow them are not offered. */
  role?: string;
}

const unitOptions = (policy: PolicyProfile, except?: string): Option[] =>
  policy.units.filter((u) => u.id !== except).map((u) => ({ value: u.id, label: u.name }));

const people = (): Option[] =>
  (Object.entries(ROLE_PEOPLE) as [OfficeRole, { id: string; name: string }][]).map(([role, p]) => ({
    value: p.id,
    label: { zh: `${p.name}（${ROLE_NAMES[role].zh}）`, en: `${p.name} (${ROLE_NAMES[role].en})` },
  }));

const reviewOutcomes: Option[] = ['upheld', 'changed', 'revoked'].map((v) => ({
  value: v,
  label: labelOf(reviewOutcomeLabels, v),
}));

const F = {
  reason: { name: 'reason', label: { zh: '理由', en: 'Reason' }, kind: 'textarea', required: true },
  text: { name: 'text', label: { zh: '内容', en: 'Text' }, kind: 'textarea', required: true },
  optionalText: { name: 'text', label: { zh: '说明', en: 'Note' }, kind: 'textarea' },
  opinion: { name: 'opinion', label: { zh: '意见', en: 'Opinion' }, kind: 'textarea', required: true },
} satisfies Record<string, FieldSpec>;

/**
 * What the conclude form may do in the same step: reply with the opinion as the written reply (22 art 32) and
 * record its delivery (22 art 35: the review window runs from it) — each offered only to a role the petition's
 * terms allow to take it, so the list is never refused for a box the person could not tick.
 */
function concludeFollowUps(view: PetitionView, role: string | undefined): FieldSpec[] {
  const may = (type: CommandType) => role !== undefined && (view.terms.permissions[type] ?? []).some((r) => r === role);
  if (!may('reply')) return [];
  const reply: FieldSpec = {
    name: 'reply',
    label: {
      zh: '同时以处理意见书面答复信访人（条例第三十二条）',
      en: 'Reply to the petitioner in writing with this opinion now (art 32)',
    },
    kind: 'checkbox',
    option: true,
  };
  if (!may('delivered')) return [reply];
  return [
    reply,
    {
      name: 'deliver',
      label: {
        zh: '答复已当面交付或网上送达（登记送达，复查申请期限自今日起算，条例第三十五条）',
        en: 'The reply was handed over or delivered online now (records delivery; the review window starts today, art 35)',
      },
      kind: 'checkbox',
      option: true,
    },
  ];
}

/** The actions offered on a petition, in the order of the lifecycle. */
export function actionSpecs({ view, policy, role }: ActionContext): ActionSpec[] {
  const label = (type: Exclude<CommandType, 'register'>) => capitalized(commandLabels[type]);
  const outcomes = outcomesFor(view.class).map((o) => ({ value: o, label: labelOf(outcomeLabels, o) }));
  return [
    {
      type: 'accept',
      label: label('accept'),
      help: {
        zh: '受理后开始计算办理期限（条例第三十四条：60日）。',
        en: 'Acceptance starts the handling period (art 34: 60 days).',
      },
      fields: [],
    },
    {
      type: 'transfer',
      label: label('transfer'),
      help: {
        zh: '转送有权处理的机关（条例第二十二条）；检举控告不得转给被检举单位（第三十条）。',
        en: 'Transfer to the organ with power (art 22); never to the unit an accusation names (art 30).',
      },
      fields: [
        {
          name: 'toUnit',
          label: { zh: '转送至', en: 'Transfer to' },
          kind: 'select',
          required: true,
          // 22 art 30: an accusation against this unit itself goes only to the superior or discipline inspection.
          options: view.accusedUnits.includes(view.unit)
            ? policy.accusedUnitEscalation.units.map((u) => ({
                value: u,
                label: policy.units.find((x) => x.id === u)?.name ?? { zh: '上一级机关', en: 'The organ one level up' },
              }))
            : unitOptions(policy, view.unit),
        },
        F.reason,
      ],
    },
    {
      type: 'assign',
      label: label('assign'),
      help: {
        zh: '交办下级单位办理并报送结果（条例第二十二条）。',
        en: 'Assign to a subordinate unit, which reports the result back (art 22).',
      },
      fields: [
        {
          name: 'toUnit',
          label: { zh: '交办至', en: 'Assign to' },
          kind: 'select',
          required: true,
          options: unitOptions(policy, view.unit),
        },
        { name: 'reason', label: { zh: '交办意见', en: 'Instructions' }, kind: 'textarea' },
        { name: 'reportBackBy', label: { zh: '报送结果日期', en: 'Report back by' }, kind: 'date' },
      ],
    },
    {
      type: 'decline',
      label: label('decline'),
      help: {
        zh: '不予受理，并告知信访人向何处提出（条例第二十三条）。',
        en: 'Decline and tell the petitioner where to go instead (art 23).',
      },
      fields: [
        F.reason,
        {
          name: 'goTo',
          label: { zh: '告知去向（有权处理的机关）', en: 'Where to go (organ with power)' },
          kind: 'text',
        },
        {
          name: 'alreadyAcceptedAs',
          label: {
            zh: '已受理事项的登记编号（重复信访时填写）',
            en: 'Registration no. where already accepted (repeat petitions)',
          },
          kind: 'text',
        },
      ],
    },
    {
      type: 'referToLegalChannel',
      label: label('referToLegalChannel'),
      help: {
        zh: '诉访分离：属于诉讼、仲裁、行政复议等法定途径的，引导信访人依法提出（条例第三十一条）。',
        en: 'Litigation separation: matters for a court, arbitration or reconsideration are referred there (art 31).',
      },
      fields: [
        {
          name: 'channel',
          label: { zh: '法定途径', en: 'Legal channel' },
          kind: 'select',
          required: true,
          options: Object.keys(legalChannelLabels).map((k) => ({ value: k, label: labelOf(legalChannelLabels, k) })),
        },
        { name: 'organ', label: { zh: '受理机关', en: 'Organ to go to' }, kind: 'text', required: true },
      ],
    },
    {
      type: 'notify',
      label: label('notify'),
      help: {
        zh: '书面告知受理、转送去向或不予受理（条例第二十三条：收到之日起15日内）。',
        en: 'Written notice of acceptance, transfer or where to go (art 23: within 15 days of receipt).',
      },
      fields: [
        {
          name: 'method',
          label: { zh: '告知方式', en: 'Method' },
          kind: 'radio',
          required: true,
          initial: 'written',
          options: [
            { value: 'written', label: { zh: '书面告知', en: 'In writing' } },
            { value: 'onSpot', label: { zh: '当场告知', en: 'On the spot' } },
          ],
        },
        F.optionalText,
      ],
    },
    {
      type: 'object',
      label: label('object'),
      help: {
        zh: '不属于本单位职责的，5个工作日内提出异议并详细说明理由（条例第二十三条）。',
        en: 'Not within this unit’s remit: object within 5 working days with detailed reasons (art 23).',
      },
      fields: [{ name: 'reasons', label: { zh: '异议理由', en: 'Reasons' }, kind: 'textarea', required: true }],
    },
    {
      type: 'decideObjection',
      label: label('decideObjection'),
      fields: [
        {
          name: 'agreed',
          label: { zh: '是否同意退回', en: 'Agree to take it back?' },
          kind: 'radio',
          required: true,
          options: [
            { value: 'true', label: { zh: '同意', en: 'Agree' } },
            { value: 'false', label: { zh: '不同意', en: 'Disagree' } },
          ],
          as: 'boolean',
        },
        { name: 'reason', label: { zh: '理由', en: 'Reason' }, kind: 'textarea' },
      ],
    },
    {
      type: 'assignHandler',
      label: label('assignHandler'),
      help: {
        zh: '与信访事项或信访人有直接利害关系的，应当回避（条例第二十八条）。',
        en: 'Anyone with a direct interest must not handle the matter (art 28).',
      },
      fields: [
        {
          name: 'handler',
          label: { zh: '承办人', en: 'Handler' },
          kind: 'select',
          required: true,
          options: people(),
          initial: ROLE_PEOPLE.handler.id,
        },
        {
          name: 'handlerIsParty',
          label: { zh: '承办人与本事项有利害关系', en: 'The handler has an interest in this matter' },
          kind: 'checkbox',
        },
      ],
    },
    {
      type: 'proposeHandling',
      label: label('proposeHandling'),
      fields: [{ ...F.text, label: { zh: '拟办意见', en: 'Proposed handling' } }],
    },
    {
      type: 'leaderInstruct',
      label: label('leaderInstruct'),
      fields: [{ ...F.text, label: { zh: '批示内容', en: 'Instruction' } }],
    },
    { type: 'ownCase', label: label('ownCase'), fields: [] },
    {
      type: 'urge',
      label: label('urge'),
      fields: [F.optionalText],
    },
    {
      type: 'supervise',
      label: label('supervise'),
      fields: [F.optionalText],
    },
    {
      type: 'convene',
      label: label('convene'),
      fields: [
        {
          name: 'form',
          label: { zh: '会办形式', en: 'Form' },
          kind: 'radio',
          required: true,
          initial: 'meeting',
          options: [
            { value: 'meeting', label: { zh: '会议协调', en: 'Coordination meeting' } },
            { value: 'onSite', label: { zh: '现场会办', en: 'On site' } },
          ],
        },
        { name: 'chair', label: { zh: '主持人', en: 'Chair' }, kind: 'text', required: true },
        {
          name: 'units',
          label: { zh: '参加单位', en: 'Units taking part' },
          kind: 'select',
          required: true,
          options: unitOptions(policy),
          as: 'list',
        },
        { name: 'withPetitioner', label: { zh: '信访人参加', en: 'The petitioner attends' }, kind: 'checkbox' },
      ],
    },
    {
      type: 'hearing',
      label: label('hearing'),
      help: {
        zh: '重大、复杂、疑难的信访事项可以举行听证（条例第三十二条）。',
        en: 'Major, complex or difficult matters may be heard (art 32).',
      },
      fields: [
        { name: 'from', label: { zh: '开始日期', en: 'From' }, kind: 'date', required: true },
        { name: 'to', label: { zh: '结束日期', en: 'To' }, kind: 'date', required: true },
        { name: 'summary', label: { zh: '听证摘要', en: 'Summary' }, kind: 'textarea' },
      ],
    },
    {
      type: 'recuse',
      label: label('recuse'),
      fields: [
        { name: 'person', label: { zh: '回避人员', en: 'Person' }, kind: 'select', required: true, options: people() },
        F.reason,
      ],
    },
    {
      type: 'addMaterial',
      label: label('addMaterial'),
      fields: [
        {
          name: 'kind',
          label: { zh: '材料类别', en: 'Kind' },
          kind: 'select',
          required: true,
          options: [
            { value: 'investigation', label: { zh: '调查材料', en: 'Investigation material' } },
            { value: 'evidence', label: { zh: '证据', en: 'Evidence' } },
            { value: 'other', label: { zh: '其他', en: 'Other' } },
          ],
        },
        { name: 'ref', label: { zh: '材料编号或存放位置', en: 'Reference or location' }, kind: 'text', required: true },
        { name: 'title', label: { zh: '材料名称', en: 'Title' }, kind: 'text' },
      ],
    },
    {
      type: 'extend',
      label: label('extend'),
      // 22 art 34 with the matter's terms: the same terms checkExtension refuses by.
      help: extensionRule(view),
      fields: [
        {
          name: 'days',
          label: { zh: '延长天数', en: 'Days' },
          kind: 'number',
          required: true,
          min: 1,
          max: view.terms.extensionMax.days,
          initial: String(view.terms.extensionMax.days),
        },
        { ...F.reason, label: { zh: '延期理由（将告知信访人）', en: 'Reason (told to the petitioner)' } },
        {
          name: 'notice',
          label: { zh: '告知信访人的方式', en: 'How the petitioner was told' },
          kind: 'select',
          required: true,
          options: [
            { value: 'written', label: { zh: '书面告知', en: 'In writing' } },
            { value: 'onSpot', label: { zh: '当面告知', en: 'In person' } },
          ],
          initial: 'written',
        },
      ],
    },
    {
      type: 'conclude',
      label: label('conclude'),
      help: {
        zh: '出具处理意见：支持、解释说明或不予支持（条例第三十二条）。',
        en: 'The handling opinion: support, explain, or not support (art 32).',
      },
      fields: [
        {
          name: 'outcome',
          label: { zh: '处理结果', en: 'Outcome' },
          kind: 'select',
          required: true,
          options: outcomes,
        },
        { ...F.opinion, label: { zh: '处理意见', en: 'Handling opinion' } },
        ...concludeFollowUps(view, role),
      ],
      // 22 arts 32, 35: the opinion, the written reply that carries it and its delivery — one call, decided and
      // written in one transaction against the sequence number shown (all or nothing).
      followUps: ({ command, options }) => {
        const deliver = options.deliver === true;
        const reply = deliver || options.reply === true;
        return [
          ...(reply ? [{ type: 'reply' as const, text: String(command.opinion ?? '') }] : []),
          ...(deliver ? [{ type: 'delivered' as const }] : []),
        ];
      },
    },
    {
      type: 'reply',
      label: label('reply'),
      fields: [],
      route: (view) => `/office/replies/${encodeURIComponent(view.petitionId)}`,
    },
    {
      type: 'delivered',
      label: label('delivered'),
      help: {
        zh: '书面答复送达之日起，信访人可在30日内申请复查（条例第三十五条）。',
        en: 'From delivery of the written reply the petitioner has 30 days to request a review (art 35).',
      },
      fields: [],
    },
    {
      type: 'requestReview',
      label: label('requestReview'),
      fields: [
        {
          name: 'reviewUnit',
          label: { zh: '复查机关', en: 'Reviewing organ' },
          kind: 'select',
          required: true,
          // 22 art 35: the organ one level up (policy data), never the unit that concluded.
          options: [{ value: policy.review.unit, label: { zh: '上一级机关', en: 'The organ one level up' } }],
          initial: policy.review.unit,
        },
        { name: 'reasons', label: { zh: '申请理由', en: 'Reasons' }, kind: 'textarea', required: true },
      ],
    },
    {
      type: 'decideReview',
      label: label('decideReview'),
      fields: [
        {
          name: 'outcome',
          label: { zh: '复查结果', en: 'Outcome' },
          kind: 'select',
          required: true,
          options: reviewOutcomes,
        },
        { ...F.opinion, label: { zh: '复查意见', en: 'Review opinion' } },
      ],
    },
    {
      type: 'requestReReview',
      label: label('requestReReview'),
      fields: [
        {
          name: 'reviewUnit',
          label: { zh: '复核机关', en: 'Re-reviewing organ' },
          kind: 'select',
          required: true,
          // 22 art 36: the organ one level above the reviewing organ (policy data).
          options: [
            {
              value: policy.review.reReviewUnit,
              label: { zh: '复查机关的上一级机关', en: 'The organ above the reviewing organ' },
            },
          ],
          initial: policy.review.reReviewUnit,
        },
        { name: 'reasons', label: { zh: '申请理由', en: 'Reasons' }, kind: 'textarea', required: true },
      ],
    },
    {
      type: 'decideReReview',
      label: label('decideReReview'),
      help: {
        zh: '复核意见作出后，信访人以同一事实和理由再提出的，不再受理（条例第三十六条）。',
        en: 'After the re-review, the same facts and reasons are not accepted again (art 36).',
      },
      fields: [
        {
          name: 'outcome',
          label: { zh: '复核结果', en: 'Outcome' },
          kind: 'select',
          required: true,
          options: reviewOutcomes,
        },
        { ...F.opinion, label: { zh: '复核意见', en: 'Re-review opinion' } },
      ],
    },
    {
      type: 'archive',
      label: label('archive'),
      help: {
        zh: '立卷归档：原件、拟办意见、领导批示、调查材料、处理结果（各单位制度）。',
        en: 'The file: original, proposed handling, leader instruction, investigation material, result.',
      },
      fields: [{ name: 'volume', label: { zh: '案卷号', en: 'Volume no.' }, kind: 'text' }],
    },
  ];
}

/** A label whose English starts with a capital (the core's command labels are lower case, for sentences). */
export function capitalized(text: Text): Text {
  return { zh: text.zh, en: text.en.charAt(0).toUpperCase() + text.en.slice(1) };
}
