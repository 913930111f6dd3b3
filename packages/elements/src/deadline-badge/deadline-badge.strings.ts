import { bilingual, type Text } from '../i18n/index.js';

/** Every string `<xf-deadline-badge>` shows, in both languages. */
export const badgeText = bilingual({
  'on-time': ['按期', 'On time'],
  'due-soon': ['即将到期', 'Due soon'],
  overdue: ['已逾期', 'Overdue'],
});
export const duePrefix: Text = ['（期限 ', ' (due '];
export const dueSuffix: Text = ['）', ')'];
export const labelled: Text = ['{label}：', '{label}: '];
