/**
 * Statistics the seeds ask for (rules.md §4): counts by channel, class, unit, outcome and status;
 * visits as batches (批次) and persons (人次); on-time conclusion rate (按期办结率), reply rate (答复率);
 * days to conclude; by quarter and by year. One pass over the views, no allocation per view beyond counters.
 */
import { civilFromDays, dayNumber, dayOf, shanghaiDay } from '../calendar/dates.js';
import { type Calendar, type Instant, type IsoDate, periodStatus } from '../calendar/index.js';
import type { Channel, PetitionClass, PetitionStatus, PetitionView } from '../lifecycle/types.js';
import {
  bucketKeys,
  daysToConclude,
  type StatisticsTotals,
  statisticsBucket,
  statisticsCategories,
  statisticsFrom,
} from './periods.js';
import type { Statistics } from './types.js';

const { channels: CHANNELS, classes: CLASSES, statuses: STATUSES } = statisticsCategories;

const zero = <K extends string>(keys: readonly K[]): Record<K, number> => {
  const o = {} as Record<K, number>;
  for (const k of keys) o[k] = 0;
  return o;
};

/** Columns of a totals row, in the order of `StatisticsTotals`. */
const COLS = 8;

function add(
  t: Float64Array,
  row: number,
  batches: number,
  persons: number,
  concluded: number,
  onTime: number,
  openOverdue: number,
  owed: number,
  replied: number,
): void {
  (t[row] as number)++;
  t[row + 1] = (t[row + 1] as number) + batches;
  t[row + 2] = (t[row + 2] as number) + persons;
  t[row + 3] = (t[row + 3] as number) + concluded;
  t[row + 4] = (t[row + 4] as number) + onTime;
  t[row + 5] = (t[row + 5] as number) + openOverdue;
  t[row + 6] = (t[row + 6] as number) + owed;
  t[row + 7] = (t[row + 7] as number) + replied;
}

function totalsAt(t: Float64Array, row: number): StatisticsTotals {
  return {
    total: t[row] as number,
    batches: t[row + 1] as number,
    persons: t[row + 2] as number,
    concluded: t[row + 3] as number,
    onTime: t[row + 4] as number,
    openOverdue: t[row + 5] as number,
    owed: t[row + 6] as number,
    replied: t[row + 7] as number,
  };
}

/** Move the counts gathered by index into the result record (in first-seen order), and reset them. */
function flushUnits(out: Record<string, number>, index: Map<string, number>, counts: number[]): void {
  for (const [k, i] of index) {
    const c = counts[i] as number;
    const before: unknown = out[k];
    if (before === undefined || typeof before === 'number') out[k] = (before ?? 0) + c;
    // A key the prototype answers (`constructor`, `toString`…): count one by one, like `out[k] = (out[k] ?? 0) + 1`.
    else for (let j = 0; j < c; j++) out[k] = (out[k] ?? 0) + 1;
  }
  index.clear();
  counts.length = 0;
}

/** Each category's position in its reporting list (`statisticsCategories`), -1 for an unknown one. */
function positions(list: readonly string[]): (key: string) => number {
  const table: Record<string, number> = Object.create(null);
  list.forEach((key, i) => {
    table[key] = i;
  });
  return (key) => table[key] ?? -1;
}
const channelIndex = positions(CHANNELS);
const classIndex = positions(CLASSES);
const statusIndex = positions(STATUSES);

/**
 * Statistics over the petitions received in `range` (inclusive, by the Asia/Shanghai date of
 * `receivedAt`). `now` (default: the end of the range) decides which open matters are already overdue;
 * `calendar` counts the working days of "due soon".
 *
 * - on-time conclusion rate = concluded on time ÷ (concluded + still open and already overdue) — an open
 *   overdue matter counts against the rate; a matter concluded after its (extended) due date is late;
 * - reply rate = replied ÷ concluded matters that owe a reply (policy exemptions excluded);
 * - days to conclude: calendar days from receipt to conclusion; median and 90th percentile (nearest rank);
 * - visits: batches (批次) = visit petitions, persons (人次) = their head counts.
 *
 * @example
 * const s = statistics(views, { from: '2025-01-01', to: '2025-12-31' }, chinaCalendar, '2026-01-05T09:00:00+08:00');
 * s.onTime.rate;      // 0.9412
 * s.byQuarter[2].key; // '2025-Q3'
 */
export function statistics(
  views: readonly PetitionView[],
  range: { from: IsoDate; to: IsoDate },
  calendar: Calendar,
  now?: Instant,
): Statistics {
  const asOf = now !== undefined ? dayOf(now) : range.to;
  const nowInstant = now ?? `${range.to}T23:59:59+08:00`;
  const byChannel = zero(CHANNELS);
  const byClass = zero(CLASSES);
  const byStatus = zero(STATUSES);
  const byUnit: Record<string, number> = {};
  const byOutcome: Record<string, number> = {};
  // Counters in typed arrays indexed by category (no keyed property access per view); a category outside the
  // known ones (bad data) is counted on the result object itself, exactly as `record[key]++` would.
  const channelCount = new Float64Array(CHANNELS.length);
  const classCount = new Float64Array(CLASSES.length);
  const statusCount = new Float64Array(STATUSES.length);
  // Units and outcomes: index by first appearance (Map), counts in a growable plain array.
  const unitIndex = new Map<string, number>();
  const unitCount: number[] = [];
  const outcomeIndex = new Map<string, number>();
  const outcomeCount: number[] = [];
  let concludedLate = 0;
  let openDueSoon = 0;
  // Days to conclude, gathered in a typed array, then counted into a histogram for the median and p90.
  const days = new Int32Array(views.length);
  let dayCount = 0;
  let minDays = 0;
  let maxDays = 0;
  const quarterKeys = bucketKeys(range, true);
  const yearKeys = bucketKeys(range, false);
  // Totals: row 0 the whole range, then one row per year, then one per quarter of the years touched (a quarter
  // outside `quarterKeys` is counted and never reported, like before). Columns in the order of `Acc`.
  const y0 = Number(range.from.slice(0, 4));
  const yearRows = yearKeys.length;
  const quarterBase = 1 + yearRows;
  const totals = new Float64Array((quarterBase + yearRows * 4) * COLS);
  // Buckets by day: for each day of the range, the rows of its year and quarter (no string work per view).
  const fromNo = dayNumber(range.from);
  const toNo = dayNumber(range.to);
  const span = Math.max(0, toNo - fromNo + 1);
  const yearOfDay = new Int32Array(span);
  const quarterOfDay = new Int32Array(span);
  for (let i = 0; i < span; i++) {
    const d = civilFromDays(fromNo + i);
    const year = Number(d.slice(0, 4)) - y0;
    const month = Number(d.slice(5, 7));
    yearOfDay[i] = (1 + year) * COLS;
    quarterOfDay[i] = (quarterBase + ((year * 4 + (month - 1) / 3) | 0)) * COLS;
  }

  for (let n = 0; n < views.length; n++) {
    const v = views[n] as PetitionView;
    const received = shanghaiDay(v.receivedAt);
    if (received < fromNo || received > toNo) continue;
    const channel = v.channel;
    const ci = channelIndex(channel);
    if (ci >= 0) (channelCount[ci] as number)++;
    else byChannel[channel]++;
    const cl = classIndex(v.class);
    if (cl >= 0) (classCount[cl] as number)++;
    else byClass[v.class]++;
    const si = statusIndex(v.status);
    if (si >= 0) (statusCount[si] as number)++;
    else byStatus[v.status]++;
    const unit = v.unit;
    if (typeof unit === 'string') {
      const ui = unitIndex.get(unit);
      if (ui === undefined) {
        unitIndex.set(unit, unitCount.length);
        unitCount.push(1);
      } else unitCount[ui] = (unitCount[ui] as number) + 1;
    } else {
      flushUnits(byUnit, unitIndex, unitCount);
      byUnit[unit] = (byUnit[unit] ?? 0) + 1;
    }
    let batches = 0;
    let persons = 0;
    if (channel === 'visit') {
      batches = 1;
      persons = v.persons;
    }
    let concluded = 0;
    let onTime = 0;
    let openOverdue = 0;
    let owed = 0;
    let replied = 0;
    if (v.concludedAt !== undefined) {
      concluded = 1;
      const outcome = v.outcome;
      if (outcome !== undefined) {
        if (typeof outcome === 'string') {
          const oi = outcomeIndex.get(outcome);
          if (oi === undefined) {
            outcomeIndex.set(outcome, outcomeCount.length);
            outcomeCount.push(1);
          } else outcomeCount[oi] = (outcomeCount[oi] as number) + 1;
        } else {
          flushUnits(byOutcome, outcomeIndex, outcomeCount);
          byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
        }
      }
      if (v.late.includes('conclusion')) concludedLate++;
      else onTime = 1;
      const d = shanghaiDay(v.concludedAt) - received;
      if (dayCount === 0 || d < minDays) minDays = d;
      if (dayCount === 0 || d > maxDays) maxDays = d;
      days[dayCount++] = d;
      if (!v.terms.replyExempt) {
        owed = 1;
        if (v.repliedAt !== undefined) replied = 1;
      }
    } else if (v.due.conclusion !== undefined) {
      if (asOf > v.due.conclusion) openOverdue = 1;
      else if (periodStatus(v.due.conclusion, nowInstant, calendar, { soon: v.terms.dueSoonWorkdays }) === 'due-soon')
        openDueSoon++;
    }
    add(totals, 0, batches, persons, concluded, onTime, openOverdue, owed, replied);
    add(
      totals,
      yearOfDay[received - fromNo] as number,
      batches,
      persons,
      concluded,
      onTime,
      openOverdue,
      owed,
      replied,
    );
    add(
      totals,
      quarterOfDay[received - fromNo] as number,
      batches,
      persons,
      concluded,
      onTime,
      openOverdue,
      owed,
      replied,
    );
  }
  for (let i = 0; i < CHANNELS.length; i++) byChannel[CHANNELS[i] as Channel] += channelCount[i] as number;
  for (let i = 0; i < CLASSES.length; i++) byClass[CLASSES[i] as PetitionClass] += classCount[i] as number;
  for (let i = 0; i < STATUSES.length; i++) byStatus[STATUSES[i] as PetitionStatus] += statusCount[i] as number;
  flushUnits(byUnit, unitIndex, unitCount);
  flushUnits(byOutcome, outcomeIndex, outcomeCount);
  const all = totalsAt(totals, 0);
  const years = yearKeys.map((k, i) => statisticsBucket(k, totalsAt(totals, (1 + i) * COLS), range));
  const quarters = quarterKeys.map((k) => {
    const row = quarterBase + (Number(k.slice(0, 4)) - y0) * 4 + (Number(k.slice(6)) - 1);
    return statisticsBucket(k, totalsAt(totals, row * COLS), range);
  });
  const counts = new Int32Array(dayCount === 0 ? 0 : maxDays - minDays + 1);
  for (let i = 0; i < dayCount; i++) (counts[(days[i] as number) - minDays] as number)++;
  return statisticsFrom({
    range,
    asOf,
    all,
    concludedLate,
    openDueSoon,
    byChannel,
    byClass,
    byStatus,
    byUnit,
    byOutcome,
    daysToConclude: daysToConclude(counts, minDays),
    byQuarter: quarters,
    byYear: years,
  });
}
