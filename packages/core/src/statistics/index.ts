export { statistics } from './statistics.js';
