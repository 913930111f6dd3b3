export { statistics } from './statistics.js';
export {
  bucketBounds,
  bucketKeys,
  emptyTotals,
  quarterKey,
  type StatisticsTotals,
  statisticsBucket,
  statisticsCategories,
  statisticsRate,
} from './periods.js';
