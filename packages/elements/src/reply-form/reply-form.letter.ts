import { msg } from '@xinfang/core/i18n';
import type { Text } from '../i18n/messages.js';

/** The letter itself: titles and paragraphs, in the language of the form. */
export const titleAcceptance: Text = msg('信访事项受理告知书', 'Notice of Acceptance of a Petition');
export const titleNonAcceptance: Text = msg('信访事项不予受理告知书', 'Notice of Non-acceptance of a Petition');
export const titleTransfer: Text = msg('信访事项转送告知书', 'Notice of Transfer of a Petition');
export const titleExtension: Text = msg('信访事项延期办理告知书', 'Notice of Extension of the Handling Period');
export const titleOpinion: Text = msg('信访事项处理意见书', 'Handling Opinion on a Petition');
export const titleReview: Text = msg('信访事项复查意见书', 'Review Opinion on a Petition');
export const titleReReview: Text = msg('信访事项复核意见书', 'Re-review Opinion on a Petition');
export const salutation: Text = msg('{name}：', 'Dear {name},');
export const matter: Text = msg(
  '您于{received}提出的信访事项（登记编号：{no}，事由：{subject}）',
  'Your petition received on {received} (registration number {no}, subject: {subject})',
);
export const accepted: Text = msg(
  '{matter}，经审查，本机关决定予以受理。',
  '{matter} has been examined and is accepted by this organ.',
);
export const acceptedHandling: Text = msg(
  '该事项由{unit}办理，依照《信访工作条例》第三十四条，自受理之日起{days}日内办结，办理期限至{due}。',
  'It is handled by {unit}. Under article 34 of the Regulations on Petition Work it will be concluded within {days} days of acceptance, by {due}.',
);
export const notAccepted: Text = msg(
  '{matter}，经审查，本机关决定不予受理。理由：{reason}',
  '{matter} has been examined and is not accepted by this organ. Reason: {reason}',
);
export const goTo: Text = msg(
  '依照《信访工作条例》第二十三条，请您向{organ}提出。',
  'Under article 23 of the Regulations on Petition Work, please take the matter to {organ}.',
);
export const transferred: Text = msg(
  '{matter}，依照《信访工作条例》第二十二条，已转送{unit}办理。',
  '{matter} has been transferred to {unit} for handling, under article 22 of the Regulations on Petition Work.',
);
export const transferReason: Text = msg('转送理由：{reason}', 'Reason for the transfer: {reason}');
export const transferContact: Text = msg('请您就该事项与{unit}联系。', 'Please contact {unit} about this matter.');
export const extended: Text = msg(
  '{matter}，因{reason}，经本机关负责人批准，办理期限延长{days}日。',
  '{matter}: because {reason}, the head of this organ has approved an extension of the handling period by {days} days.',
);
export const extendedTo: Text = msg('延长后的办理期限至{due}。', 'The handling period now ends on {due}.');
export const extensionBasis: Text = msg(
  '以上依照《信访工作条例》第三十四条告知。',
  'This notice is given under article 34 of the Regulations on Petition Work.',
);
export const opinionIntro: Text = msg(
  '{matter}，本机关经调查核实，提出处理意见如下：',
  '{matter} has been investigated. This organ’s handling opinion is as follows:',
);
export const outcomeSupport: Text = msg('对您的请求，予以支持。', 'Your request is supported.');
export const outcomeExplain: Text = msg('对您的请求，作出解释说明。', 'Your request is answered with an explanation.');
export const outcomeReject: Text = msg('对您的请求，不予支持。', 'Your request is not supported.');
export const basis: Text = msg('依据：{basis}', 'Legal basis: {basis}');
export const reviewRight: Text = msg(
  '如您对本处理意见不服，可以自收到本意见书之日起{days}日内，向{organ}请求复查（《信访工作条例》第三十五条）。',
  'If you disagree with this opinion, you may ask {organ} for a review within {days} days of receiving it (Regulations on Petition Work, article 35).',
);
export const reviewIntro: Text = msg(
  '您对信访事项（登记编号：{no}，事由：{subject}）的处理意见不服，请求复查。本机关经复查，意见如下：',
  'You disagreed with the handling opinion on your petition (registration number {no}, subject: {subject}) and asked for a review. Having reviewed it, this organ’s opinion is as follows:',
);
export const reReviewIntro: Text = msg(
  '您对信访事项（登记编号：{no}，事由：{subject}）的复查意见不服，请求复核。本机关经复核，意见如下：',
  'You disagreed with the review opinion on your petition (registration number {no}, subject: {subject}) and asked for a re-review. Having re-reviewed it, this organ’s opinion is as follows:',
);
export const upheld: Text = msg('维持原处理意见。', 'The earlier opinion is upheld.');
export const changed: Text = msg('变更原处理意见。', 'The earlier opinion is changed.');
export const revoked: Text = msg('撤销原处理意见。', 'The earlier opinion is revoked.');
export const reReviewRight: Text = msg(
  '如您对本复查意见不服，可以自收到本意见书之日起{days}日内，向{organ}请求复核（《信访工作条例》第三十六条）。',
  'If you disagree with this review opinion, you may ask {organ} for a re-review within {days} days of receiving it (Regulations on Petition Work, article 36).',
);
export const final: Text = msg(
  '本复核意见为最终意见。您对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理（《信访工作条例》第三十六条）。',
  'This re-review opinion is final. A complaint on the same facts and reasons will not be accepted again (Regulations on Petition Work, article 36).',
);
