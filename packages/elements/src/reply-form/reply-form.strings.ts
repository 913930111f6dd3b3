import type { Bilingual } from '../shared/types.js';
import { bilingual } from '../i18n/index.js';

/** Labels, hints and headings of `<xf-reply-form>`. */
export const replyStrings = bilingual({
  kindAcceptance: ['受理告知书', 'Notice of acceptance'],
  kindNonAcceptance: ['不予受理告知书', 'Notice of non-acceptance'],
  kindTransfer: ['转送告知书', 'Notice of transfer'],
  kindExtension: ['延期办理告知书', 'Notice of extension'],
  kindOpinion: ['处理意见书', 'Handling opinion'],
  kindReview: ['复查意见书', 'Review opinion'],
  kindReReview: ['复核意见书', 'Re-review opinion'],
  matterLegend: ['信访事项', 'Petition'],
  matterSummary: [
    '登记编号 {no}：{subject}（{received}收到）',
    'Registration number {no}: {subject} (received {received})',
  ],
  noNoticeOwed: [
    '信访人姓名或地址不清（如匿名信访），依照《信访工作条例》第二十三条可不书面告知；如仍需出具，请填写收件人。',
    'The petitioner’s name or address is unclear (for example an anonymous petition): under article 23 of the Regulations no written notice is owed. To issue one anyway, enter an addressee.',
  ],
  letterLegend: ['文书信息', 'Letter details'],
  documentNo: ['文号', 'Document number'],
  documentNoHint: ['例如：市信访受字〔2025〕42号', 'For example: 市信访受字〔2025〕42号'],
  organ: ['发文机关', 'Issuing organ'],
  addressee: ['收件人', 'Addressee'],
  addresseeHint: [
    '信访人姓名；集体访写代表姓名',
    'The petitioner’s name; for a collective visit, the representatives’ names',
  ],
  date: ['成文日期', 'Date of the letter'],
  contentLegend: ['告知内容', 'Content'],
  handlingUnit: ['承办单位', 'Handling unit'],
  due: ['办理期限', 'Due date'],
  dueHint: [
    '自受理之日起 {days} 日内办结（《信访工作条例》第三十四条）',
    'Concluded within {days} days of acceptance (Regulations on Petition Work, article 34)',
  ],
  nonAcceptanceReason: ['不予受理的理由', 'Reason for not accepting'],
  goTo: ['应向哪个机关反映', 'Organ the petitioner should go to'],
  goToHint: [
    '依照《信访工作条例》第二十三条告知信访人向有权处理的机关提出',
    'Article 23: tell the petitioner which organ has the power to deal with the matter',
  ],
  toUnit: ['转送机关', 'Transferred to'],
  transferReason: ['转送理由', 'Reason for the transfer'],
  extensionDays: ['延长天数', 'Extension in days'],
  extensionDaysHint: [
    '经本机关负责人批准，最多延长 {max} 日，只能延长一次（《信访工作条例》第三十四条）',
    'Approved by the head of this organ; at most {max} days, once only (article 34)',
  ],
  extensionReason: ['延期理由', 'Reason for the extension'],
  extensionReasonHint: ['将写入告知书，告知信访人', 'It is written into the notice for the petitioner'],
  newDue: ['延期后办理期限：{date}', 'Due date after the extension: {date}'],
  outcome: ['处理意见', 'Opinion'],
  outcomeSupport: ['支持', 'Support'],
  outcomeExplain: ['解释说明', 'Explain'],
  outcomeReject: ['不予支持', 'Not support'],
  reviewOutcome: ['复查意见', 'Review opinion'],
  reReviewOutcome: ['复核意见', 'Re-review opinion'],
  reviewUpheld: ['维持原处理意见', 'Uphold the earlier opinion'],
  reviewChanged: ['变更原处理意见', 'Change the earlier opinion'],
  reviewRevoked: ['撤销原处理意见', 'Revoke the earlier opinion'],
  opinion: ['意见内容', 'Text of the opinion'],
  legalBasis: ['法律、法规或政策依据', 'Legal basis (law, regulation or policy)'],
  legalBasisHint: [
    '例如：《信访工作条例》第三十二条；《××条例》第×条',
    'For example: Regulations on Petition Work, article 32',
  ],
  reviewOrgan: ['复查机关', 'Review organ'],
  reviewOrganHint: [
    '原办理机关的上一级机关。信访人可自收到本意见书之日起 {days} 日内请求复查（《信访工作条例》第三十五条）',
    'The organ one level above the handling organ. The petitioner may ask it for a review within {days} days of receiving this opinion (article 35)',
  ],
  reReviewOrgan: ['复核机关', 'Re-review organ'],
  reReviewOrganHint: [
    '复查机关的上一级机关。信访人可自收到复查意见之日起 {days} 日内请求复核（《信访工作条例》第三十六条）',
    'The organ one level above the review organ. The petitioner may ask it for a re-review within {days} days of receiving the review opinion (article 36)',
  ],
  finalNote: [
    '复核意见为最终意见：信访人以同一事实和理由再次提出的，不再受理（《信访工作条例》第三十六条）。',
    'A re-review opinion is final: the same facts and reasons brought again are not accepted (Regulations on Petition Work, article 36).',
  ],
  submit: ['确认文书', 'Confirm the letter'],
  seal: ['（盖章）', '(Seal)'],
});

/** The letter itself: titles and paragraphs, in the language of the form. */
export const letterStrings = bilingual({
  titleAcceptance: ['信访事项受理告知书', 'Notice of Acceptance of a Petition'],
  titleNonAcceptance: ['信访事项不予受理告知书', 'Notice of Non-acceptance of a Petition'],
  titleTransfer: ['信访事项转送告知书', 'Notice of Transfer of a Petition'],
  titleExtension: ['信访事项延期办理告知书', 'Notice of Extension of the Handling Period'],
  titleOpinion: ['信访事项处理意见书', 'Handling Opinion on a Petition'],
  titleReview: ['信访事项复查意见书', 'Review Opinion on a Petition'],
  titleReReview: ['信访事项复核意见书', 'Re-review Opinion on a Petition'],
  salutation: ['{name}：', 'Dear {name},'],
  matter: [
    '您于{received}提出的信访事项（登记编号：{no}，事由：{subject}）',
    'Your petition received on {received} (registration number {no}, subject: {subject})',
  ],
  accepted: ['{matter}，经审查，本机关决定予以受理。', '{matter} has been examined and is accepted by this organ.'],
  acceptedHandling: [
    '该事项由{unit}办理，依照《信访工作条例》第三十四条，自受理之日起{days}日内办结，办理期限至{due}。',
    'It is handled by {unit}. Under article 34 of the Regulations on Petition Work it will be concluded within {days} days of acceptance, by {due}.',
  ],
  notAccepted: [
    '{matter}，经审查，本机关决定不予受理。理由：{reason}',
    '{matter} has been examined and is not accepted by this organ. Reason: {reason}',
  ],
  goTo: [
    '依照《信访工作条例》第二十三条，请您向{organ}提出。',
    'Under article 23 of the Regulations on Petition Work, please take the matter to {organ}.',
  ],
  transferred: [
    '{matter}，依照《信访工作条例》第二十二条，已转送{unit}办理。',
    '{matter} has been transferred to {unit} for handling, under article 22 of the Regulations on Petition Work.',
  ],
  transferReason: ['转送理由：{reason}', 'Reason for the transfer: {reason}'],
  transferContact: ['请您就该事项与{unit}联系。', 'Please contact {unit} about this matter.'],
  extended: [
    '{matter}，因{reason}，经本机关负责人批准，办理期限延长{days}日。',
    '{matter}: because {reason}, the head of this organ has approved an extension of the handling period by {days} days.',
  ],
  extendedTo: ['延长后的办理期限至{due}。', 'The handling period now ends on {due}.'],
  extensionBasis: [
    '以上依照《信访工作条例》第三十四条告知。',
    'This notice is given under article 34 of the Regulations on Petition Work.',
  ],
  opinionIntro: [
    '{matter}，本机关经调查核实，提出处理意见如下：',
    '{matter} has been investigated. This organ’s handling opinion is as follows:',
  ],
  outcomeSupport: ['对您的请求，予以支持。', 'Your request is supported.'],
  outcomeExplain: ['对您的请求，作出解释说明。', 'Your request is answered with an explanation.'],
  outcomeReject: ['对您的请求，不予支持。', 'Your request is not supported.'],
  basis: ['依据：{basis}', 'Legal basis: {basis}'],
  reviewRight: [
    '如您对本处理意见不服，可以自收到本意见书之日起{days}日内，向{organ}请求复查（《信访工作条例》第三十五条）。',
    'If you disagree with this opinion, you may ask {organ} for a review within {days} days of receiving it (Regulations on Petition Work, article 35).',
  ],
  reviewIntro: [
    '您对信访事项（登记编号：{no}，事由：{subject}）的处理意见不服，请求复查。本机关经复查，意见如下：',
    'You disagreed with the handling opinion on your petition (registration number {no}, subject: {subject}) and asked for a review. Having reviewed it, this organ’s opinion is as follows:',
  ],
  reReviewIntro: [
    '您对信访事项（登记编号：{no}，事由：{subject}）的复查意见不服，请求复核。本机关经复核，意见如下：',
    'You disagreed with the review opinion on your petition (registration number {no}, subject: {subject}) and asked for a re-review. Having re-reviewed it, this organ’s opinion is as follows:',
  ],
  upheld: ['维持原处理意见。', 'The earlier opinion is upheld.'],
  changed: ['变更原处理意见。', 'The earlier opinion is changed.'],
  revoked: ['撤销原处理意见。', 'The earlier opinion is revoked.'],
  reReviewRight: [
    '如您对本复查意见不服，可以自收到本意见书之日起{days}日内，向{organ}请求复核（《信访工作条例》第三十六条）。',
    'If you disagree with this review opinion, you may ask {organ} for a re-review within {days} days of receiving it (Regulations on Petition Work, article 36).',
  ],
  final: [
    '本复核意见为最终意见。您对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理（《信访工作条例》第三十六条）。',
    'This re-review opinion is final. A complaint on the same facts and reasons will not be accepted again (Regulations on Petition Work, article 36).',
  ],
});

/** Validation messages of the reply form: each says what to do. */
export const replyMessages = {
  noPetition: {
    zh: '未载入信访事项，请从办理列表中打开要答复的信访事项',
    en: 'No petition is loaded: open this form from the petition you are answering',
  },
  documentNoRequired: {
    zh: '请输入文号，例如：市信访受字〔2025〕42号',
    en: 'Enter the document number, for example 市信访受字〔2025〕42号',
  },
  organRequired: { zh: '请输入发文机关名称', en: 'Enter the name of the issuing organ' },
  addresseeRequired: { zh: '请输入收件人（信访人姓名）', en: 'Enter the addressee (the petitioner’s name)' },
  dateRequired: { zh: '请输入成文日期，格式为 年-月-日', en: 'Enter the date of the letter as year-month-day' },
  handlingUnitRequired: { zh: '请输入承办单位', en: 'Enter the handling unit' },
  dueRequired: { zh: '请输入办理期限，格式为 年-月-日', en: 'Enter the due date as year-month-day' },
  nonAcceptanceReasonRequired: { zh: '请写明不予受理的理由', en: 'Enter the reason the petition is not accepted' },
  goToRequired: {
    zh: '请写明信访人应向哪个机关提出（《信访工作条例》第二十三条）',
    en: 'Enter the organ the petitioner should go to (article 23)',
  },
  toUnitRequired: { zh: '请输入转送的机关', en: 'Enter the organ the petition is transferred to' },
  extensionReasonRequired: {
    zh: '请写明延期理由，理由将告知信访人（《信访工作条例》第三十四条）',
    en: 'Enter the reason for the extension; the petitioner is told it (article 34)',
  },
  extensionDaysRange: {
    zh: '请输入延长天数，1 至 {max} 日的整数（《信访工作条例》第三十四条）',
    en: 'Enter the extension as a whole number of days from 1 to {max} (article 34)',
  },
  alreadyExtended: {
    zh: '该事项已延期一次，不能再次延期（《信访工作条例》第三十四条）；请按期办结',
    en: 'This matter has already been extended once and cannot be extended again (article 34); conclude it on time',
  },
  outcomeRequired: {
    zh: '请选择处理意见：支持、解释说明或不予支持',
    en: 'Choose the opinion: support, explain or not support',
  },
  reviewOutcomeRequired: {
    zh: '请选择意见：维持、变更或撤销原处理意见',
    en: 'Choose the opinion: uphold, change or revoke the earlier opinion',
  },
  opinionRequired: { zh: '请写明意见内容', en: 'Enter the text of the opinion' },
  legalBasisRequired: {
    zh: '请写明法律、法规或政策依据（《信访工作条例》第三十二条）',
    en: 'Enter the legal basis: the law, regulation or policy (article 32)',
  },
  reviewOrganRequired: {
    zh: '请写明受理复查的机关，即原办理机关的上一级机关（《信访工作条例》第三十五条）',
    en: 'Enter the organ that hears a review: the organ one level above the handling organ (article 35)',
  },
  reReviewOrganRequired: {
    zh: '请写明受理复核的机关，即复查机关的上一级机关（《信访工作条例》第三十六条）',
    en: 'Enter the organ that hears a re-review: the organ one level above the review organ (article 36)',
  },
} satisfies Record<string, Bilingual>;
