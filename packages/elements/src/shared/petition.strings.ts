import { msg } from '@xinfang/core/i18n';
import type { Text } from '../i18n/messages.js';

/** Labels of the petition fields that the intake and reception forms share, in Chinese and English. */
export const name: Text = msg('姓名', 'Name');
export const idNumber: Text = msg('身份证号码', 'ID card number');
export const idNumberHint: Text = msg('18 位，最后一位可以是 X', '18 characters; the last may be X');
export const phone: Text = msg('联系电话', 'Phone number');
export const address: Text = msg('通讯地址', 'Postal address');
export const matterLegend: Text = msg('反映的事项', 'The matter');
export const classLabel: Text = msg('事项类别', 'Kind of matter');
export const classSuggestion: Text = msg('建议意见', 'Suggestion or opinion');
export const classAccusation: Text = msg('检举控告', 'Accusation or complaint against someone');
export const classClaim: Text = msg('申诉求决', 'Appeal or claim');
export const subject: Text = msg('标题', 'Subject');
export const content: Text = msg('事实、理由和请求', 'Facts, reasons and request');
export const accusedLegend: Text = msg('被检举控告的对象', 'Who is accused');
export const accusedHint: Text = msg(
  '被检举控告人和被检举控告单位至少填写一项。检举控告材料及有关情况不会透露或转给被检举控告的人员和单位（《信访工作条例》第三十条）',
  'Fill in at least one: the persons or the units accused. Accusations and their circumstances are never disclosed or passed to the persons or units accused (Regulations on Petition Work, art 30)',
);
export const accusedPersons: Text = msg('被检举控告人', 'Persons accused');
export const accusedPersonsHint: Text = msg('每行一人，写姓名和职务', 'One person a line, with name and position');
export const accusedUnits: Text = msg('被检举控告单位', 'Units accused');
export const accusedUnitsHint: Text = msg('每行一个单位', 'One unit a line');
