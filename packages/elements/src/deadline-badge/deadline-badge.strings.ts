import { msg } from '@xinfang/core/i18n';
import { bilingual, type Text } from '../i18n/index.js';

/** Every string `<xf-deadline-badge>` shows, in both languages. */
export const badgeText = bilingual({
  'on-time': msg('按期', 'On time'),
  'due-soon': msg('即将到期', 'Due soon'),
  overdue: msg('已逾期', 'Overdue'),
});
export const duePrefix: Text = msg('（期限 ', ' (due ');
export const dueSuffix: Text = msg('）', ')');
export const labelled: Text = msg('{label}：', '{label}: ');
export const provisionalShort: Text = msg('（暂定）', ' (provisional)');
export const provisionalWhy: Text = msg(
  '该期限涉及尚未公布官方放假安排的年份，按法定节假日暂定；载入官方安排后自动更正。',
  'This date falls in a year whose official holiday schedule is not loaded yet: it is counted on the statutory holidays and corrected once the schedule is loaded.',
);
