import { cap, msg, roleLabels } from '@xinfang/core/i18n';
import type { Text } from '../i18n/messages.js';

/** Every string of `<xf-intake-form>`, in Chinese and English. */
export const intro: Text = msg(
  '带“（选填）”的项目可以不填，其余各项都要填写。',
  'Fields marked “(optional)” may be left blank; fill in all others.',
);
export const channel: Text = msg('信访形式', 'How it arrived');
export const channelLetter: Text = msg('来信', 'Letter');
export const channelCall: Text = msg('来电', 'Call');
export const channelOnline: Text = msg('网上信访', 'Online');
export const receivedAt: Text = msg('收到时间', 'Received at');
export const receivedAtHint: Text = msg(
  '北京时间，例如 2025-09-20 09:30',
  'Beijing time, for example 2025-09-20 09:30',
);
export const letterLegend: Text = msg('来信信息', 'Letter');
export const postmarkDate: Text = msg('邮戳日期', 'Postmark date');
export const postmarkHint: Text = msg(
  '信封邮戳上的日期，信封和邮戳留存备查',
  'The date on the envelope’s postmark; keep the envelope as evidence',
);
export const senderAddress: Text = msg('寄信人地址', 'Sender’s address');
export const fromHotline: Text = msg('来自 12345 政务服务便民热线', 'From the 12345 government hotline');
export const hotlineTicket: Text = msg('12345 工单编号', '12345 ticket number');
/** The petitioner fieldset's legend: the glossary's role, as a heading. */
export const petitionerLegend: Text = cap(roleLabels.petitioner);
export const anonymous: Text = msg('匿名反映', 'Submit anonymously');
export const anonymousHint: Text = msg(
  '匿名反映不会收到书面答复（《信访工作条例》第二十三条）',
  'Anonymous petitions receive no written reply (Regulations on Petition Work, art 23)',
);
export const name: Text = msg('姓名或单位名称', 'Name of person or organisation');
export const phoneHint: Text = msg('手机号码或带区号的固定电话', 'A mobile number, or a landline with its area code');
export const addressHint: Text = msg('用于寄送书面告知和答复', 'Where written notices and replies are sent');
export const matterLegend: Text = msg('信访事项', 'The matter');
export const subjectHint: Text = msg('用一句话概括反映的问题', 'Sum up the problem in one sentence');
export const contentHint: Text = msg(
  '写明发生了什么、您的理由，以及希望如何处理',
  'Say what happened, why, and what you ask to be done',
);
export const attachments: Text = msg('附件材料说明', 'Attached material');
export const attachmentsHint: Text = msg(
  '每行一项，例如“劳动合同复印件 2 页”',
  'One item a line, for example “copy of labour contract, 2 pages”',
);
export const receivingUnit: Text = msg('受理单位', 'Receiving unit');
export const proposedHandling: Text = msg('拟办意见', 'Proposed handling', 'intake-form.proposedHandling');
export const truthStatement: Text = msg(
  '本人对所反映情况的真实性负责',
  'I answer for the truth of what I have written',
);
export const truthStatementHint: Text = msg(
  '请如实反映情况，不得捏造、歪曲事实',
  'State the facts truthfully; do not invent or distort them',
);
export const submitPublic: Text = msg('提交信访事项', 'Submit petition');
export const submitStaff: Text = msg('登记', 'Register', 'intake-form.submitStaff');
