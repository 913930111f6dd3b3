import type { Bilingual } from '../shared/types.js';

/** Validation messages of the reply form: each says what to do. */
export const noPetition: Bilingual = {
  zh: '未载入信访事项，请从办理列表中打开要答复的信访事项',
  en: 'No petition is loaded: open this form from the petition you are answering',
};
export const documentNoRequired: Bilingual = {
  zh: '请输入文号，例如：市信访受字〔2025〕42号',
  en: 'Enter the document number, for example 市信访受字〔2025〕42号',
};
export const organRequired: Bilingual = { zh: '请输入发文机关名称', en: 'Enter the name of the issuing organ' };
export const addresseeRequired: Bilingual = {
  zh: '请输入收件人（信访人姓名）',
  en: 'Enter the addressee (the petitioner’s name)',
};
export const dateRequired: Bilingual = {
  zh: '请输入成文日期，格式为 年-月-日',
  en: 'Enter the date of the letter as year-month-day',
};
export const handlingUnitRequired: Bilingual = { zh: '请输入承办单位', en: 'Enter the handling unit' };
export const dueRequired: Bilingual = {
  zh: '请输入办理期限，格式为 年-月-日',
  en: 'Enter the due date as year-month-day',
};
export const nonAcceptanceReasonRequired: Bilingual = {
  zh: '请写明不予受理的理由',
  en: 'Enter the reason the petition is not accepted',
};
export const goToRequired: Bilingual = {
  zh: '请写明信访人应向哪个机关提出（《信访工作条例》第二十三条）',
  en: 'Enter the organ the petitioner should go to (article 23)',
};
export const toUnitRequired: Bilingual = {
  zh: '请输入转送的机关',
  en: 'Enter the organ the petition is transferred to',
};
export const extensionReasonRequired: Bilingual = {
  zh: '请写明延期理由，理由将告知信访人（《信访工作条例》第三十四条）',
  en: 'Enter the reason for the extension; the petitioner is told it (article 34)',
};
export const extensionDaysRange: Bilingual = {
  zh: '请输入延长天数，1 至 {max} 日的整数（《信访工作条例》第三十四条）',
  en: 'Enter the extension as a whole number of days from 1 to {max} (article 34)',
};
export const alreadyExtended: Bilingual = {
  zh: '该事项已延期一次，不能再次延期（《信访工作条例》第三十四条）；请按期办结',
  en: 'This matter has already been extended once and cannot be extended again (article 34); conclude it on time',
};
export const outcomeRequired: Bilingual = {
  zh: '请选择处理意见：支持、解释说明或不予支持',
  en: 'Choose the opinion: support, explain or not support',
};
export const reviewOutcomeRequired: Bilingual = {
  zh: '请选择意见：维持、变更或撤销原处理意见',
  en: 'Choose the opinion: uphold, change or revoke the earlier opinion',
};
export const opinionRequired: Bilingual = { zh: '请写明意见内容', en: 'Enter the text of the opinion' };
export const legalBasisRequired: Bilingual = {
  zh: '请写明法律、法规或政策依据（《信访工作条例》第三十二条）',
  en: 'Enter the legal basis: the law, regulation or policy (article 32)',
};
export const reviewOrganRequired: Bilingual = {
  zh: '请写明受理复查的机关，即原办理机关的上一级机关（《信访工作条例》第三十五条）',
  en: 'Enter the organ that hears a review: the organ one level above the handling organ (article 35)',
};
export const reReviewOrganRequired: Bilingual = {
  zh: '请写明受理复核的机关，即复查机关的上一级机关（《信访工作条例》第三十六条）',
  en: 'Enter the organ that hears a re-review: the organ one level above the review organ (article 36)',
};
