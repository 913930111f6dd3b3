/**
 * Types of `statistics`: counts per category, quarter and year buckets, on-time and reply rates. Plain,
 * JSON-serialisable data for charts and CSV.
 */
import type { Channel, IsoDate, PetitionClass, PetitionStatus } from '../lifecycle/types.js';

/** A count keyed by a category; every known key is present (0 when none). */
export type Counts<K extends string> = Record<K, number>;

/** Statistics of one bucket (a quarter or a year). */
export interface StatisticsBucket {
  /** '2025' or '2025-Q3'. */
  key: string;
  from: IsoDate;
  to: IsoDate;
  total: number;
  batches: number;
  persons: number;
  concluded: number;
  onTimeRate: number | null;
  replyRate: number | null;
}

/**
 * Output of `statistics` — a stable shape for charts and CSV. Rates are fractions in [0, 1]
 * rounded to 4 decimals, or null when the denominator is 0. Days are calendar days.
 */
export interface Statistics {
  range: { from: IsoDate; to: IsoDate };
  /** The date `now` was taken as (for open overdue matters). */
  asOf: IsoDate;
  /** Petitions received in the range (Asia/Shanghai date of `receivedAt`). */
  total: number;
  byChannel: Counts<Channel>;
  byClass: Counts<PetitionClass>;
  byStatus: Counts<PetitionStatus>;
  byUnit: Record<string, number>;
  byOutcome: Record<string, number>;
  /** Visits counted as batches (批次) and persons (人次). */
  visits: { batches: number; persons: number };
  onTime: {
    concludedOnTime: number;
    concludedLate: number;
    openOverdue: number;
    /** Open matters whose conclusion is due within the policy's "due soon" working days (not counted in the rate). */
    openDueSoon: number;
    /** concludedOnTime ÷ (concluded + open and already overdue). */
    rate: number | null;
  };
  reply: { owed: number; replied: number; rate: number | null };
  daysToConclude: { count: number; median: number | null; p90: number | null };
  byQuarter: StatisticsBucket[];
  byYear: StatisticsBucket[];
}
