/**
 * For tests and benchmarks of code built on this package: a throwaway PostgreSQL cluster (Debian's initdb and
 * pg_ctl, a folder under your build directory, a free port), stopped and deleted by `stop()`.
 *
 * @example
 * const cluster = await startCluster('build');
 * const db = pgDatabase(new pg.Pool({ connectionString: cluster.url }));
 * // … run the tests …
 * await db.close();
 * cluster.stop();
 */
export { type Cluster, postgresBinaries, startCluster } from './cluster.js';
