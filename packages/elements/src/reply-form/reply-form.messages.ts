import { msg } from '@xinfang/core/i18n';
import type { Bilingual } from '../shared/types.js';

/** Validation messages of the reply form: each says what to do. */
export const noPetition: Bilingual = msg(
  '未载入信访事项，请从办理列表中打开要答复的信访事项',
  'No petition is loaded: open this form from the petition you are answering',
);
export const documentNoRequired: Bilingual = msg(
  '请输入文号，例如：市信访受字〔2025〕42号',
  'Enter the document number, for example 市信访受字〔2025〕42号',
);
export const organRequired: Bilingual = msg('请输入发文机关名称', 'Enter the name of the issuing organ');
export const addresseeRequired: Bilingual = msg(
  '请输入收件人（信访人姓名）',
  'Enter the addressee (the petitioner’s name)',
);
export const dateRequired: Bilingual = msg(
  '请输入成文日期，格式为 年-月-日',
  'Enter the date of the letter as year-month-day',
);
export const handlingUnitRequired: Bilingual = msg('请输入承办单位', 'Enter the handling unit');
export const dueRequired: Bilingual = msg('请输入办理期限，格式为 年-月-日', 'Enter the due date as year-month-day');
export const nonAcceptanceReasonRequired: Bilingual = msg(
  '请写明不予受理的理由',
  'Enter the reason the petition is not accepted',
);
export const goToRequired: Bilingual = msg(
  '请写明信访人应向哪个机关提出（《信访工作条例》第二十三条）',
  'Enter the organ the petitioner should go to (article 23)',
);
export const toUnitRequired: Bilingual = msg('请输入转送的机关', 'Enter the organ the petition is transferred to');
export const extensionReasonRequired: Bilingual = msg(
  '请写明延期理由，理由将告知信访人（《信访工作条例》第三十四条）',
  'Enter the reason for the extension; the petitioner is told it (article 34)',
);
export const extensionDaysRange: Bilingual = msg(
  '请输入延长天数，1 至 {max} 日的整数（《信访工作条例》第三十四条）',
  'Enter the extension as a whole number of days from 1 to {max} (article 34)',
);
export const alreadyExtended: Bilingual = msg(
  '该事项已延期一次，不能再次延期（《信访工作条例》第三十四条）；请按期办结',
  'This matter has already been extended once and cannot be extended again (article 34); conclude it on time',
);
export const outcomeRequired: Bilingual = msg(
  '请选择处理意见：支持、解释说明或不予支持',
  'Choose the opinion: support, explain or not support',
);
export const reviewOutcomeRequired: Bilingual = msg(
  '请选择意见：维持、变更或撤销原处理意见',
  'Choose the opinion: uphold, change or revoke the earlier opinion',
);
export const opinionRequired: Bilingual = msg('请写明意见内容', 'Enter the text of the opinion');
export const legalBasisRequired: Bilingual = msg(
  '请写明法律、法规或政策依据（《信访工作条例》第三十二条）',
  'Enter the legal basis: the law, regulation or policy (article 32)',
);
export const reviewOrganRequired: Bilingual = msg(
  '请写明受理复查的机关，即原办理机关的上一级机关（《信访工作条例》第三十五条）',
  'Enter the organ that hears a review: the organ one level above the handling organ (article 35)',
);
export const reReviewOrganRequired: Bilingual = msg(
  '请写明受理复核的机关，即复查机关的上一级机关（《信访工作条例》第三十六条）',
  'Enter the organ that hears a re-review: the organ one level above the review organ (article 36)',
);
