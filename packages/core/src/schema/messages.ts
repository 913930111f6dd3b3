import { fillBilingual, msg } from '../i18n/index.js';
import type { Bilingual } from './types.js';

/*
 * Each message is its own constant, and the rules (petition.schema.ts) refer to the constants, not to keys of
 * `messages`: a bundle that only validates keeps the messages the rules can give and none of the keys, and
 * drops the `messages` table itself when it is not imported.
 */

/** `messages['form.type']` @internal */
export const formType = msg('请填写信访登记表后再提交', 'Fill in the petition form before submitting it');
/** `messages['channel.required']` @internal */
export const channelRequired = msg(
  '请选择信访方式：来信、来访、来电或网上信访',
  'Choose how the petition came in: letter, visit, call or online',
);
/** `messages['class.required']` @internal */
export const classRequired = msg(
  '请选择信访事项类别：建议意见、检举控告或申诉求决',
  'Choose the kind of matter: suggestion, accusation or claim',
);
/** `messages['subject.required']` @internal */
export const subjectRequired = msg('请填写信访事项的标题', 'Enter a subject for the petition');
/** `messages['subject.length']` @internal */
export const subjectLength = msg('标题请写 2 到 100 个字', 'Write a subject of 2 to 100 characters');
/** `messages['content.required']` @internal */
export const contentRequired = msg('请填写信访事项的具体内容', 'Describe the matter of the petition');
/** `messages['content.length']` @internal */
export const contentLength = msg(
  '内容请写 2 到 10000 个字；材料较多时请作为附件说明',
  'Write 2 to 10,000 characters; list longer material as attachments',
);
/** `messages['receivedAt.format']` @internal */
export const receivedAtFormat = msg(
  '请填写收到时间，例如 2025-10-01T09:30:00+08:00',
  'Enter the time it was received, e.g. 2025-10-01T09:30:00+08:00',
);
/** `messages['anonymous.required']` @internal */
export const anonymousRequired = msg('请选择是否匿名信访', 'Choose whether the petition is anonymous');
/** `messages['petitioner.required']` @internal */
export const petitionerRequired = msg(
  '请填写信访人信息，或选择匿名信访',
  "Enter the petitioner's details, or choose an anonymous petition",
);
/** `messages['name.required']` @internal */
export const nameRequired = msg('请填写姓名', 'Enter the name');
/** `messages['name.length']` @internal */
export const nameLength = msg('姓名请写 1 到 50 个字', 'Write a name of 1 to 50 characters');
/** `messages['idNumber.format']` @internal */
export const idNumberFormat = msg(
  '请输入 18 位公民身份号码，最后一位可以是 X',
  'Enter the 18-character resident ID number; the last character may be X',
);
/** `messages['idNumber.checksum']` @internal */
export const idNumberChecksum = msg(
  '公民身份号码的校验位不符，请逐位核对后重新输入',
  'The ID number does not add up: check each character and enter it again',
);
/** `messages['idNumber.birthDate']` @internal */
export const idNumberBirthDate = msg(
  '公民身份号码中的出生日期不存在，请核对第 7 至 14 位',
  'The date of birth in the ID number does not exist: check characters 7 to 14',
);
/** `messages['phone.format']` @internal */
export const phoneFormat = msg(
  '请输入 11 位手机号码（如 13800138000，可加 +86），或带区号的固定电话（如 028-12345678）',
  'Enter an 11-digit mobile number (e.g. 13800138000, +86 allowed) or a landline with area code (e.g. 028-12345678)',
);
/** `messages['address.length']` @internal */
export const addressLength = msg('地址请写 200 字以内', 'Write an address of up to 200 characters');
/** `messages['workUnit.length']` @internal */
export const workUnitLength = msg('工作单位请写 100 字以内', 'Write a work unit of up to 100 characters');
/** `messages['contact.required']` @internal */
export const contactRequired = msg(
  '请填写联系电话或通信地址，以便答复您',
  'Enter a phone number or a postal address so that we can reply',
);
/** `messages['hotline.channel']` @internal */
export const hotlineChannel = msg(
  '12345 热线工单只适用于来电或网上信访，请改选信访方式或删除工单号',
  'A 12345 hotline ticket only goes with a call or online petition: change the channel or remove the ticket',
);
/** `messages['hotline.ticket']` @internal */
export const hotlineTicket = msg(
  '请输入 12345 热线工单号（4 到 32 位字母、数字或连字符）',
  'Enter the 12345 hotline ticket number (4 to 32 letters, digits or hyphens)',
);
/** `messages['letter.required']` @internal */
export const letterRequired = msg(
  '来信请填写邮戳日期和寄信人地址（信封留存备查）',
  'For a letter, enter the postmark date and the sender address (keep the envelope)',
);
/** `messages['letter.channel']` @internal */
export const letterChannel = msg(
  '邮戳和寄信人地址只用于来信，请改选“来信”或删除这些内容',
  'Postmark and sender address only go with a letter: choose "letter" or remove them',
);
/** `messages['postmarkDate.format']` @internal */
export const postmarkDateFormat = msg(
  '请按 年-月-日 填写邮戳日期，例如 2025-09-28',
  'Enter the postmark date as year-month-day, e.g. 2025-09-28',
);
/** `messages['postmarkDate.future']` @internal */
export const postmarkDateFuture = msg(
  '邮戳日期不能晚于收信日期，请核对信封上的邮戳',
  'The postmark cannot be later than the day the letter arrived: check the postmark on the envelope',
);
/** `messages['senderAddress.required']` @internal */
export const senderAddressRequired = msg('请填写信封上的寄信人地址', 'Enter the sender address shown on the envelope');
/** `messages['openedAt.format']` @internal */
export const openedAtFormat = msg(
  '请填写拆信时间，例如 2025-10-01T09:30:00+08:00',
  'Enter the time the letter was opened, e.g. 2025-10-01T09:30:00+08:00',
);
/** `messages['accused.required']` @internal */
export const accusedRequired = msg(
  '检举控告请至少填写一个被检举控告的人或单位',
  'For an accusation, enter at least one person or unit accused',
);
/** `messages['accused.class']` @internal */
export const accusedClass = msg(
  '只有检举控告类才填写被检举控告的人或单位，请改选类别或删除这些内容',
  'Only an accusation names persons or units accused: change the kind of matter or remove them',
);
/** `messages['accused.item']` @internal */
export const accusedItem = msg(
  '每个被检举控告的人或单位请写 1 到 100 个字，最多 50 项',
  'Write each person or unit accused in 1 to 100 characters, at most 50 entries',
);
/** `messages['attachments.item']` @internal */
export const attachmentsItem = msg(
  '每个附件说明请写 1 到 200 个字，最多 50 个附件',
  'Describe each attachment in 1 to 200 characters, at most 50 attachments',
);
/** `messages['topic.format']` @internal */
export const topicFormat = msg('请从列表中选择事项分类', 'Choose a topic from the list');
/** `messages['receivingUnit.format']` @internal */
export const receivingUnitFormat = msg('请从列表中选择受理单位', 'Choose the receiving unit from the list');
/** `messages['proposedHandling.length']` @internal */
export const proposedHandlingLength = msg(
  '拟办意见请写 2000 字以内',
  'Write a proposed handling of up to 2,000 characters',
);
/** `messages['collective.channel']` @internal */
export const collectiveChannel = msg(
  '集体访只适用于来访，请改选“来访”或删除集体访信息',
  'A collective visit only goes with a visit: choose "visit" or remove the collective details',
);
/** `messages['collective.anonymous']` @internal */
export const collectiveAnonymous = msg(
  '集体访的代表需要留下姓名，请取消“匿名”',
  'Representatives of a collective visit give their names: untick "anonymous"',
);
/** `messages['headCount.range']` @internal */
export const headCountRange = msg(
  '请填写来访人数（2 到 10000 之间的整数）',
  'Enter how many people came (a whole number from 2 to 10,000)',
);
/** `messages['representatives.count']` @internal */
export const representativesCount = msg(
  '集体访请推选 1 到 5 名代表（《信访工作条例》第二十条）',
  'A collective visit elects 1 to 5 representatives (22 art 20): remove the extra names',
);
/** `messages['representatives.headCount']` @internal */
export const representativesHeadCount = msg(
  '代表人数不能多于来访人数，请核对',
  'There cannot be more representatives than people who came: check both numbers',
);
/** `messages['flag.type']` @internal */
export const flagType = msg('请勾选或取消勾选此项', 'Tick or untick this box');
/** `messages['repeatOf.format']` @internal */
export const repeatOfFormat = msg(
  '请填写此前信访事项的登记编号，例如 XF-XFB-2025-0123',
  'Enter the registration number of the earlier petition, e.g. XF-XFB-2025-0123',
);
/** `messages['text.invisible']` @internal */
export const textInvisible = msg(
  '请填写看得见的文字（此处只有零宽字符、控制字符等看不见的字符）',
  'Write visible text (this holds only invisible characters, such as zero-width or control characters)',
);

/**
 * Every message the petition schemas can produce, keyed. Each one tells the person what to do, in Chinese
 * first and English second (style.md: "Enter …", never "invalid input"). Forms may show them directly.
 *
 * @example
 * messages['idNumber.format'].zh; // '请输入 18 位公民身份号码，最后一位可以是 X'
 */
export const messages = {
  'form.type': formType,
  'channel.required': channelRequired,
  'class.required': classRequired,
  'subject.required': subjectRequired,
  'subject.length': subjectLength,
  'content.required': contentRequired,
  'content.length': contentLength,
  'receivedAt.format': receivedAtFormat,
  'anonymous.required': anonymousRequired,
  'petitioner.required': petitionerRequired,
  'name.required': nameRequired,
  'name.length': nameLength,
  'idNumber.format': idNumberFormat,
  'idNumber.checksum': idNumberChecksum,
  'idNumber.birthDate': idNumberBirthDate,
  'phone.format': phoneFormat,
  'address.length': addressLength,
  'workUnit.length': workUnitLength,
  'contact.required': contactRequired,
  'hotline.channel': hotlineChannel,
  'hotline.ticket': hotlineTicket,
  'letter.required': letterRequired,
  'letter.channel': letterChannel,
  'postmarkDate.format': postmarkDateFormat,
  'postmarkDate.future': postmarkDateFuture,
  'senderAddress.required': senderAddressRequired,
  'openedAt.format': openedAtFormat,
  'accused.required': accusedRequired,
  'accused.class': accusedClass,
  'accused.item': accusedItem,
  'attachments.item': attachmentsItem,
  'topic.format': topicFormat,
  'receivingUnit.format': receivingUnitFormat,
  'proposedHandling.length': proposedHandlingLength,
  'collective.channel': collectiveChannel,
  'collective.anonymous': collectiveAnonymous,
  'headCount.range': headCountRange,
  'representatives.count': representativesCount,
  'representatives.headCount': representativesHeadCount,
  'flag.type': flagType,
  'repeatOf.format': repeatOfFormat,
  'text.invisible': textInvisible,
} as const satisfies Record<string, Bilingual>;

/**
 * A key of {@link messages}.
 *
 * @example
 * const key: MessageKey = 'phone.format';
 */
export type MessageKey = keyof typeof messages;

const representativesLimit = msg(
  '集体访请推选 1 到 {limit} 名代表，请删除多出的代表',
  'A collective visit elects 1 to {limit} representatives: remove the extra names',
);

/**
 * The message for a collective visit with more representatives than a policy allows (22 art 20(3)).
 *
 * @example
 * representativesLimitMessage(3).en; // 'A collective visit elects 1 to 3 representatives: remove the extra names'
 */
export function representativesLimitMessage(limit: number): Bilingual {
  return fillBilingual(representativesLimit, { limit });
}
