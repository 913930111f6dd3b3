import { msg } from '@xinfang/core/i18n';
import type { Text } from '../i18n/messages.js';

/** Labels, hints and headings of `<xf-reply-form>`. */
export const kindAcceptance: Text = msg('受理告知书', 'Notice of acceptance');
export const kindNonAcceptance: Text = msg('不予受理告知书', 'Notice of non-acceptance');
export const kindTransfer: Text = msg('转送告知书', 'Notice of transfer');
export const kindExtension: Text = msg('延期办理告知书', 'Notice of extension');
export const kindOpinion: Text = msg('处理意见书', 'Handling opinion');
export const kindReview: Text = msg('复查意见书', 'Review opinion');
export const kindReReview: Text = msg('复核意见书', 'Re-review opinion');
export const matterLegend: Text = msg('信访事项', 'Petition', 'reply-form.matterLegend');
export const matterSummary: Text = msg(
  '登记编号 {no}：{subject}（{received}收到）',
  'Registration number {no}: {subject} (received {received})',
);
export const noNoticeOwed: Text = msg(
  '信访人姓名或地址不清（如匿名信访），依照《信访工作条例》第二十三条可不书面告知；如仍需出具，请填写收件人。',
  'The petitioner’s name or address is unclear (for example an anonymous petition): under article 23 of the Regulations no written notice is owed. To issue one anyway, enter an addressee.',
);
export const letterLegend: Text = msg('文书信息', 'Letter details');
export const documentNo: Text = msg('文号', 'Document number');
export const documentNoHint: Text = msg('例如：市信访受字〔2025〕42号', 'For example: 市信访受字〔2025〕42号');
export const organ: Text = msg('发文机关', 'Issuing organ');
export const addressee: Text = msg('收件人', 'Addressee');
export const addresseeHint: Text = msg(
  '信访人姓名；集体访写代表姓名',
  'The petitioner’s name; for a collective visit, the representatives’ names',
);
export const date: Text = msg('成文日期', 'Date of the letter');
export const contentLegend: Text = msg('告知内容', 'Content');
export const handlingUnit: Text = msg('承办单位', 'Handling unit');
export const due: Text = msg('办理期限', 'Due date');
export const dueHint: Text = msg(
  '自受理之日起 {days} 日内办结（《信访工作条例》第三十四条）',
  'Concluded within {days} days of acceptance (Regulations on Petition Work, article 34)',
);
export const nonAcceptanceReason: Text = msg('不予受理的理由', 'Reason for not accepting');
export const goTo: Text = msg('应向哪个机关反映', 'Organ the petitioner should go to');
export const goToHint: Text = msg(
  '依照《信访工作条例》第二十三条告知信访人向有权处理的机关提出',
  'Article 23: tell the petitioner which organ has the power to deal with the matter',
);
export const toUnit: Text = msg('转送机关', 'Transferred to');
export const transferReason: Text = msg('转送理由', 'Reason for the transfer');
export const extensionDays: Text = msg('延长天数', 'Extension in days');
export const extensionDaysHint: Text = msg(
  '经本机关负责人批准，最多延长 {max} 日，只能延长一次（《信访工作条例》第三十四条）',
  'Approved by the head of this organ; at most {max} days, once only (article 34)',
  'reply-form.extensionDaysHint',
);
export const extensionReason: Text = msg('延期理由', 'Reason for the extension');
export const extensionReasonHint: Text = msg(
  '将写入告知书，告知信访人',
  'It is written into the notice for the petitioner',
);
export const newDue: Text = msg('延期后办理期限：{date}', 'Due date after the extension: {date}');
export const outcome: Text = msg('处理意见', 'Opinion');
export const outcomeSupport: Text = msg('支持', 'Support');
export const outcomeExplain: Text = msg('解释说明', 'Explain', 'reply-form.outcomeExplain');
export const outcomeReject: Text = msg('不予支持', 'Not support', 'reply-form.outcomeReject');
export const reviewOutcome: Text = msg('复查意见', 'Review opinion');
export const reReviewOutcome: Text = msg('复核意见', 'Re-review opinion');
export const reviewUpheld: Text = msg('维持原处理意见', 'Uphold the earlier opinion', 'reply-form.reviewUpheld');
export const reviewChanged: Text = msg('变更原处理意见', 'Change the earlier opinion', 'reply-form.reviewChanged');
export const reviewRevoked: Text = msg('撤销原处理意见', 'Revoke the earlier opinion', 'reply-form.reviewRevoked');
export const opinion: Text = msg('意见内容', 'Text of the opinion');
export const legalBasis: Text = msg('法律、法规或政策依据', 'Legal basis (law, regulation or policy)');
export const legalBasisHint: Text = msg(
  '例如：《信访工作条例》第三十二条；《××条例》第×条',
  'For example: Regulations on Petition Work, article 32',
);
export const reviewOrgan: Text = msg('复查机关', 'Review organ');
export const reviewOrganHint: Text = msg(
  '原办理机关的上一级机关。信访人可自收到本意见书之日起 {days} 日内请求复查（《信访工作条例》第三十五条）',
  'The organ one level above the handling organ. The petitioner may ask it for a review within {days} days of receiving this opinion (article 35)',
);
export const reReviewOrgan: Text = msg('复核机关', 'Re-review organ');
export const reReviewOrganHint: Text = msg(
  '复查机关的上一级机关。信访人可自收到复查意见之日起 {days} 日内请求复核（《信访工作条例》第三十六条）',
  'The organ one level above the review organ. The petitioner may ask it for a re-review within {days} days of receiving the review opinion (article 36)',
);
export const finalNote: Text = msg(
  '复核意见为最终意见：信访人以同一事实和理由再次提出的，不再受理（《信访工作条例》第三十六条）。',
  'A re-review opinion is final: the same facts and reasons brought again are not accepted (Regulations on Petition Work, article 36).',
);
export const submit: Text = msg('确认文书', 'Confirm the letter');
export const deliverNow: Text = msg(
  '已当面交付或网上送达：登记送达，复查期限自今日起算（第三十五条）',
  'Handed over or delivered online now: records delivery; the review window starts today (article 35)',
);
export const seal: Text = msg('（盖章）', '(Seal)');
