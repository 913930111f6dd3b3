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
export const provisionalShort: Text = ['（暂定）', ' (provisional)'];
export const provisionalWhy: Text = [
  '该期限涉及尚未公布官方放假安排的年份，按法定节假日暂定；载入官方安排后自动更正。',
  'This date falls in a year whose official holiday schedule is not loaded yet: it is counted on the statutory holidays and corrected once the schedule is loaded.',
];
