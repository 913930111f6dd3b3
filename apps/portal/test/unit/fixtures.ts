import type { Statistics } from '@xinfang/core';

/** A quarter's statistics as the core reports them (rules.md §4), shared by the table, CSV and XLSX tests. */
export const quarterStats: Statistics = {
  range: { from: '2025-07-01', to: '2025-09-30' },
  asOf: '2025-10-15',
  total: 10,
  byChannel: { letter: 3, visit: 4, call: 2, online: 1 },
  byClass: { suggestion: 2, accusation: 1, claim: 7 },
  byStatus: {
    registered: 1,
    transferred: 1,
    assigned: 0,
    handling: 2,
    referred: 0,
    declined: 1,
    concluded: 1,
    replied: 3,
    reviewRequested: 0,
    reviewed: 0,
    reReviewRequested: 0,
    final: 0,
    archived: 1,
  },
  byUnit: { petitionOffice: 6, 'unit,"x"': 4 },
  byOutcome: { support: 2, explain: 3, reject: 1 },
  visits: { batches: 4, persons: 19 },
  onTime: { concludedOnTime: 5, concludedLate: 1, openOverdue: 1, openDueSoon: 2, rate: 0.7143 },
  reply: { owed: 5, replied: 4, rate: 0.8 },
  daysToConclude: { count: 6, median: 21, p90: 58 },
  byQuarter: [],
  byYear: [],
};
