/**
 * Turns the core's `Statistics` into labelled tables — the single source for the page's tables, its charts
 * and its CSV export, so the three always show the same figures.
 */
import type { Statistics } from '@xinfang/core';
import { cap, channelLabels, classLabels, msg, outcomeLabels, statusLabels, tr } from '@xinfang/core/i18n';
import type { Lang, Text } from '../app/i18n.js';

export type { Lang };

/** One row of a statistics table: a stable key, a label and the figure. */
export interface StatRow {
  key: string;
  label: string;
  value: number;
}

/** A titled table of figures; `chart` says how the page draws it. */
export interface StatTable {
  id: 'summary' | 'channel' | 'class' | 'unit' | 'outcome' | 'status' | 'visits';
  title: string;
  chart: 'bar' | 'pie' | 'none';
  rows: StatRow[];
}

const L = {
  summary: msg('总体情况', 'Summary'),
  channel: msg('按渠道', 'By channel'),
  class: msg('按类别', 'By class'),
  unit: msg('按承办单位', 'By unit'),
  outcome: msg('按处理结果', 'By outcome'),
  status: msg('按办理状态', 'By status'),
  visits: msg('来访批次与人次', 'Visits: batches and persons'),
} satisfies Record<StatTable['id'], Text>;

/** Labels of every category the core counts (glossary.md). */
export const LABELS: Record<string, Text> = {
  total: msg('信访总量（件）', 'Petitions received'),
  onTimeRate: msg('按期办结率（%）', 'On-time conclusion rate (%)'),
  concludedOnTime: msg('按期办结（件）', 'Concluded on time'),
  concludedLate: msg('超期办结（件）', 'Concluded late'),
  openOverdue: msg('未办结且已超期（件）', 'Open and overdue'),
  openDueSoon: msg('未办结且即将到期（件）', 'Open and due soon'),
  replyRate: msg('答复率（%）', 'Reply rate (%)'),
  replyOwed: msg('应答复（件）', 'Replies owed'),
  replied: msg('已答复（件）', 'Replied'),
  medianDays: msg('办结用时中位数（天）', 'Median days to conclude'),
  p90Days: msg('办结用时第90百分位（天）', '90th percentile days to conclude'),
  batches: msg('批次', 'Batches'),
  persons: msg('人次', 'Persons'),
  // Channels, classes and outcomes are named as everywhere else in the portal.
  ...channelLabels,
  ...classLabels,
  ...outcomeLabels,
  // Statuses as the queue and the case page name them: the glossary's, with a capital.
  ...Object.fromEntries(Object.entries(statusLabels).map(([k, v]) => [k, cap(v)])),
};

/** A rate in [0, 1] (or null) as a percentage with one decimal; null → NaN never, -1 never: null stays "—". */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

function label(key: string, lang: Lang, unitNames: Record<string, Text>): string {
  const text = Object.hasOwn(LABELS, key) ? LABELS[key] : Object.hasOwn(unitNames, key) ? unitNames[key] : undefined;
  return text ? tr(lang, text) : key;
}

/**
 * The tables of the statistics page, in display order. Rates are percentages (one decimal); a rate whose
 * denominator is 0 is left out rather than shown as 0.
 */
export function statisticsTables(stats: Statistics, lang: Lang, unitNames: Record<string, Text> = {}): StatTable[] {
  const row = (key: string, value: number): StatRow => ({ key, label: label(key, lang, unitNames), value });
  const counts = (rec: Record<string, number>, keepZero: boolean): StatRow[] =>
    Object.entries(rec)
      .filter(([, v]) => keepZero || v > 0)
      .map(([k, v]) => row(k, v));
  const summary: StatRow[] = [row('total', stats.total)];
  const onTime = percent(stats.onTime.rate);
  if (onTime !== null) summary.push(row('onTimeRate', onTime));
  summary.push(
    row('concludedOnTime', stats.onTime.concludedOnTime),
    row('concludedLate', stats.onTime.concludedLate),
    row('openOverdue', stats.onTime.openOverdue),
    row('openDueSoon', stats.onTime.openDueSoon),
  );
  const reply = percent(stats.reply.rate);
  if (reply !== null) summary.push(row('replyRate', reply));
  summary.push(row('replyOwed', stats.reply.owed), row('replied', stats.reply.replied));
  if (stats.daysToConclude.median !== null) summary.push(row('medianDays', stats.daysToConclude.median));
  if (stats.daysToConclude.p90 !== null) summary.push(row('p90Days', stats.daysToConclude.p90));
  return [
    { id: 'summary', title: tr(lang, L.summary), chart: 'none', rows: summary },
    { id: 'channel', title: tr(lang, L.channel), chart: 'pie', rows: counts(stats.byChannel, true) },
    { id: 'class', title: tr(lang, L.class), chart: 'pie', rows: counts(stats.byClass, true) },
    {
      id: 'visits',
      title: tr(lang, L.visits),
      chart: 'bar',
      rows: [row('batches', stats.visits.batches), row('persons', stats.visits.persons)],
    },
    {
      id: 'unit',
      title: tr(lang, L.unit),
      chart: 'bar',
      rows: counts(stats.byUnit, false).sort((a, b) => b.value - a.value),
    },
    { id: 'outcome', title: tr(lang, L.outcome), chart: 'bar', rows: counts(stats.byOutcome, false) },
    { id: 'status', title: tr(lang, L.status), chart: 'bar', rows: counts(stats.byStatus, false) },
  ];
}

const EXPORT_HEAD = [msg('统计项', 'Table'), msg('项目', 'Item'), msg('数值', 'Value')];
const EXPORT_PERIOD = msg('统计期间 {from} 至 {to}', 'Period {from} to {to}');

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); formula starts neutralised. */
function csvField(value: string | number): string {
  let s = String(value);
  // A text cell starting with = + - @ would run as a formula in Excel (CSV injection): prefix an apostrophe.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The lines every export holds, in order: the period, a header, then one line per figure (table, item, value).
 * `toCsv` and the XLSX workbook both write these, so the two files always carry the same figures.
 */
export function exportRows(
  tables: StatTable[],
  range: { from: string; to: string },
  lang: Lang,
): (string | number)[][] {
  const head = EXPORT_HEAD.map((text) => tr(lang, text));
  const period = tr(lang, EXPORT_PERIOD, range);
  const rows: (string | number)[][] = [[period], head];
  for (const t of tables) for (const r of t.rows) rows.push([t.title, r.label, r.value]);
  return rows;
}

/**
 * The tables as CSV for Excel: a UTF-8 byte-order mark first (so Excel reads the Chinese correctly),
 * CRLF line ends, one line per figure: table, item, value.
 */
export function toCsv(tables: StatTable[], range: { from: string; to: string }, lang: Lang): string {
  const lines = exportRows(tables, range, lang).map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The date range of a year or one of its quarters (1–4). */
export function periodRange(year: number, quarter: 0 | 1 | 2 | 3 | 4): { from: string; to: string } {
  if (quarter === 0) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(firstMonth)}-01`, to: `${year}-${mm(lastMonth)}-${lastDay}` };
}
