export { statisticsByMonth } from './monthly.js';
export {
  bucketBounds,
  bucketKeys,
  daysToConclude,
  emptyTotals,
  quarterKey,
  type StatisticsParts,
  type StatisticsTotals,
  statisticsBucket,
  statisticsCategories,
  statisticsFrom,
  statisticsRate,
} from './periods.js';
export { statistics } from './statistics.js';
export { type QuarterTally, statisticsFacts, statisticsFromTallies } from './tallies.js';
export type { Counts, Statistics, StatisticsBucket } from './types.js';
