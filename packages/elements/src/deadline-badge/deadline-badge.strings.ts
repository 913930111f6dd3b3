import { createTranslator } from '../i18n/index.js';

/** Every string `<xf-deadline-badge>` shows, in both languages. */
export const badgeText = createTranslator({
  zh: {
    'on-time': '按期',
    'due-soon': '即将到期',
    overdue: '已逾期',
    duePrefix: '（期限 ',
    dueSuffix: '）',
    labelled: '{label}：',
  },
  en: {
    'on-time': 'On time',
    'due-soon': 'Due soon',
    overdue: 'Overdue',
    duePrefix: ' (due ',
    dueSuffix: ')',
    labelled: '{label}: ',
  },
});
