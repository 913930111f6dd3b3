export { statistics } from './statistics.js';
export { bucketBounds, bucketKeys, quarterKey, statisticsCategories, statisticsRate } from './periods.js';
