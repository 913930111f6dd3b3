import { msg } from '@xinfang/core/i18n';
import type { Text } from '../i18n/messages.js';

/** Messages and labels of `<xf-command-form>` (`{label}` is the field's label in the same language). */
export const required: Text = msg('请填写“{label}”。', 'Enter “{label}”.');
export const choose: Text = msg('请选择“{label}”。', 'Choose an option for “{label}”.');
export const wholeNumber: Text = msg(
  '“{label}”请填写 {min} 至 {max} 之间的整数。',
  'For “{label}” enter a whole number from {min} to {max}.',
);
export const realDate: Text = msg(
  '“{label}”请填写真实存在的日期（年-月-日）。',
  'For “{label}” enter a real date (year-month-day).',
);
export const checkFailed: Text = msg(
  '暂时无法核对此项操作，未保存任何内容。请刷新页面后重试。',
  'This action could not be checked, so nothing was saved. Reload the page and try again.',
);
export const noCommand: Text = msg(
  '此表单未指定操作，不能提交。请刷新页面后重试。',
  'This form names no action, so it cannot be submitted. Reload the page and try again.',
);
export const busy: Text = msg('正在提交…', 'Submitting…');
