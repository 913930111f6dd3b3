import { bilingual } from '../i18n/messages.js';

/** Labels of the petition fields that the intake and reception forms share, in Chinese and English. */
export const petitionStrings = bilingual({
  name: ['姓名', 'Name'],
  idNumber: ['身份证号码', 'ID card number'],
  idNumberHint: ['18 位，最后一位可以是 X', '18 characters; the last may be X'],
  phone: ['联系电话', 'Phone number'],
  address: ['通讯地址', 'Postal address'],
  matterLegend: ['反映的事项', 'The matter'],
  class: ['事项类别', 'Kind of matter'],
  classSuggestion: ['建议意见', 'Suggestion or opinion'],
  classAccusation: ['检举控告', 'Accusation or complaint against someone'],
  classClaim: ['申诉求决', 'Appeal or claim'],
  subject: ['标题', 'Subject'],
  content: ['事实、理由和请求', 'Facts, reasons and request'],
  accusedLegend: ['被检举控告的对象', 'Who is accused'],
  accusedHint: [
    '检举控告材料及有关情况不会透露或转给被检举控告的人员和单位（《信访工作条例》第三十条）',
    'Accusations and their circumstances are never disclosed or passed to the persons or units accused (Regulations on Petition Work, art 30)',
  ],
  accusedPersons: ['被检举控告人', 'Persons accused'],
  accusedPersonsHint: ['每行一人，写姓名和职务', 'One person a line, with name and position'],
  accusedUnits: ['被检举控告单位', 'Units accused'],
  accusedUnitsHint: ['每行一个单位', 'One unit a line'],
});
