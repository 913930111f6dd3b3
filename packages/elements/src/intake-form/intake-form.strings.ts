import { bilingual } from '../i18n/messages.js';

/** Every string of `<xf-intake-form>`, in Chinese and English. */
export const intakeStrings = bilingual({
  intro: [
    '带“（选填）”的项目可以不填，其余各项都要填写。',
    'Fields marked “(optional)” may be left blank; fill in all others.',
  ],
  channel: ['信访形式', 'How it arrived'],
  channelLetter: ['来信', 'Letter'],
  channelCall: ['来电', 'Call'],
  channelOnline: ['网上信访', 'Online'],
  receivedAt: ['收到时间', 'Received at'],
  receivedAtHint: ['北京时间，例如 2025-09-20 09:30', 'Beijing time, for example 2025-09-20 09:30'],
  letterLegend: ['来信信息', 'Letter'],
  postmarkDate: ['邮戳日期', 'Postmark date'],
  postmarkHint: [
    '信封邮戳上的日期，信封和邮戳留存备查',
    'The date on the envelope’s postmark; keep the envelope as evidence',
  ],
  senderAddress: ['寄信人地址', 'Sender’s address'],
  fromHotline: ['来自 12345 政务服务便民热线', 'From the 12345 government hotline'],
  hotlineTicket: ['12345 工单编号', '12345 ticket number'],
  petitionerLegend: ['信访人', 'Petitioner'],
  anonymous: ['匿名反映', 'Submit anonymously'],
  anonymousHint: [
    '匿名反映不会收到书面答复（《信访工作条例》第二十三条）',
    'Anonymous petitions receive no written reply (Regulations on Petition Work, art 23)',
  ],
  name: ['姓名或单位名称', 'Name of person or organisation'],
  phoneHint: ['手机号码或带区号的固定电话', 'A mobile number, or a landline with its area code'],
  addressHint: ['用于寄送书面告知和答复', 'Where written notices and replies are sent'],
  matterLegend: ['信访事项', 'The matter'],
  subjectHint: ['用一句话概括反映的问题', 'Sum up the problem in one sentence'],
  contentHint: ['写明发生了什么、您的理由，以及希望如何处理', 'Say what happened, why, and what you ask to be done'],
  attachments: ['附件材料说明', 'Attached material'],
  attachmentsHint: [
    '每行一项，例如“劳动合同复印件 2 页”',
    'One item a line, for example “copy of labour contract, 2 pages”',
  ],
  receivingUnit: ['受理单位', 'Receiving unit'],
  proposedHandling: ['拟办意见', 'Proposed handling'],
  truthStatement: ['本人对所反映情况的真实性负责', 'I answer for the truth of what I have written'],
  truthStatementHint: [
    '请如实反映情况，不得捏造、歪曲事实',
    'State the facts truthfully; do not invent or distort them',
  ],
  submitPublic: ['提交信访事项', 'Submit petition'],
  submitStaff: ['登记', 'Register'],
});
