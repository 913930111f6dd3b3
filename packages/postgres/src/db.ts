/**
 * The tiny database interface the store is written against: `query` and `transaction`. Two adapters:
 * node-postgres (`pgDatabase`, a pool for a PostgreSQL server) and PGlite (`pgliteDatabase`, embedded).
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Pool } from 'pg';

/**
 * A place SQL runs: a connection, or a transaction on one. Parameters are `$1`, `$2`, … A `name` marks a
 * statement the store runs often with the same text: node-postgres prepares it once per connection.
 */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], name?: string): Promise<{ rows: R[] }>;
}

/** A database: plain queries, and transactions (committed when `work` resolves, rolled back when it throws). */
export interface Database extends Sql {
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Closes the pool or the embedded database. */
  close(): Promise<void>;
}

/**
 * The store's database on a node-postgres pool (`new Pool({ connectionString })`).
 *
 * @example
 * const db = pgDatabase(new Pool({ connectionString: 'postgres://xinfang@localhost:55432/xinfang' }));
 */
export function pgDatabase(pool: Pool): Database {
  return {
    async query<R>(text: string, params?: readonly unknown[], name?: string) {
      const r = await pool.query(
        name === undefined ? text : { name, text, values: params as unknown[] | undefined },
        name === undefined ? (params as unknown[] | undefined) : undefined,
      );
      return { rows: r.rows as R[] };
    },
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const tx: Sql = {
          async query<R>(text: string, params?: readonly unknown[], name?: string) {
            const r = await client.query(
              name === undefined ? text : { name, text, values: params as unknown[] | undefined },
              name === undefined ? (params as unknown[] | undefined) : undefined,
            );
            return { rows: r.rows as R[] };
          },
        };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection is gone: drop it from the pool
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * The store's database on PGlite (PostgreSQL in WebAssembly; a data folder, nothing to install).
 * PGlite runs one transaction at a time, so writes are serialised.
 *
 * @example
 * const db = pgliteDatabase(await PGlite.create('./data/xinfang'));
 */
export function pgliteDatabase(pglite: PGlite): Database {
  return {
    async query<R>(text: string, params?: readonly unknown[]) {
      const r = await pglite.query<R>(text, params as unknown[] | undefined);
      return { rows: r.rows };
    },
    transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      return pglite.transaction(async (t) =>
        work({
          async query<R>(text: string, params?: readonly unknown[]) {
            const r = await t.query<R>(text, params as unknown[] | undefined);
            return { rows: r.rows };
          },
        }),
      );
    },
    async close() {
      await pglite.close();
    },
  };
}
