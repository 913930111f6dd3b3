export { statistics } from './statistics.js';
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
