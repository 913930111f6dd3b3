/**
 * Words for the codes the core uses (channel, class, outcome, legal channel), in Chinese and English,
 * following the glossary. Status, command and due-date labels come from the core itself.
 */
import type { Text } from './i18n.js';

export const CHANNELS = ['letter', 'visit', 'call', 'online'] as const;
export const CLASSES = ['suggestion', 'accusation', 'claim'] as const;

export const channelLabels: Record<(typeof CHANNELS)[number], Text> = {
  letter: { zh: '来信', en: 'Letter' },
  visit: { zh: '来访', en: 'Visit' },
  call: { zh: '来电', en: 'Call' },
  online: { zh: '网上信访', en: 'Online' },
};

export const classLabels: Record<(typeof CLASSES)[number], Text> = {
  suggestion: { zh: '建议意见类', en: 'Suggestion' },
  accusation: { zh: '检举控告类', en: 'Accusation' },
  claim: { zh: '申诉求决类', en: 'Claim' },
};

export const outcomeLabels: Record<string, Text> = {
  support: { zh: '支持', en: 'Supported' },
  explain: { zh: '解释说明', en: 'Explained' },
  reject: { zh: '不予支持', en: 'Not supported' },
  adopted: { zh: '采纳', en: 'Adopted' },
  noted: { zh: '留作参考', en: 'Noted' },
  disciplineInspection: { zh: '移送纪检监察机关', en: 'Sent to discipline inspection' },
  competentOrgan: { zh: '移送有权处理的机关', en: 'Sent to the competent organ' },
};

export const reviewOutcomeLabels: Record<string, Text> = {
  upheld: { zh: '维持', en: 'Upheld' },
  changed: { zh: '变更', en: 'Changed' },
  revoked: { zh: '撤销', en: 'Revoked' },
};

export const legalChannelLabels: Record<string, Text> = {
  litigation: { zh: '诉讼', en: 'Litigation' },
  arbitration: { zh: '仲裁', en: 'Arbitration' },
  administrativeReconsideration: { zh: '行政复议', en: 'Administrative reconsideration' },
  partyAppeal: { zh: '党员申诉', en: 'Party member appeal' },
  laborArbitration: { zh: '劳动人事争议仲裁', en: 'Labour arbitration' },
  other: { zh: '其他法定途径', en: 'Other legal channel' },
};

/** A label for a code, or the code itself when unknown. */
export function labelOf(table: Record<string, Text>, code: string | undefined): Text {
  if (!code) return { zh: '—', en: '—' };
  return table[code] ?? { zh: code, en: code };
}

/** An ISO instant shown as an Asia/Shanghai date and time, e.g. `2025-09-20 09:30`. */
export function shanghaiDateTime(at: string | undefined): string {
  if (!at) return '—';
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return at;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** An ISO instant shown as its Asia/Shanghai date. */
export function shanghaiDay(at: string | undefined): string {
  return at ? shanghaiDateTime(at).slice(0, 10) : '—';
}
