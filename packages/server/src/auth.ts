/**
 * Staff accounts and sessions in the database: scrypt password hashes (node:crypto), session tokens
 * stored only as SHA-256 digests, each session with its own CSRF token. Roles and units come from the
 * staff record, never from a request.
 */
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Actor } from '@xinfang/core';
import type { Database } from '@xinfang/postgres';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number, o: object) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** A staff member as stored (without the password hash). */
export interface StaffRecord {
  id: string;
  name: string;
  role: Exclude<Actor['role'], 'petitioner'>;
  unit: string;
}

/** The signed-in staff member of a request and the session's CSRF token. */
export interface Session {
  actor: Actor;
  csrf: string;
}

/** Staff accounts and sessions. */
export interface Auth {
  addStaff(staff: StaffRecord, password: string): Promise<void>;
  signIn(id: string, password: string): Promise<{ token: string; session: Session } | undefined>;
  session(token: string): Promise<Session | undefined>;
  signOut(token: string): Promise<void>;
}

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 32, SCRYPT);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [, salt, key] = stored.split('$');
  if (salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, SCRYPT);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');
/** A hash to compare against when the account does not exist, so both paths take as long. */
const DUMMY = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * Staff accounts and sessions on the store's database (tables `xf_staff`, `xf_sessions`).
 *
 * @example
 * const auth = await createAuth(db);
 * await auth.addStaff({ id: 'wang', name: '王芳', role: 'clerk', unit: 'petitionOffice' }, 'a long password');
 */
export async function createAuth(
  db: Database,
  options: {
    sessionHours?: number;
    now?: () => Date;
    /**
     * How long a session read from the database is trusted without reading it again (default 5 s; 0 reads
     * it on every request). Signing out ends it at once on this server; on other servers sharing the
     * database it ends within this time.
     */
    sessionCacheSeconds?: number;
  } = {},
): Promise<Auth> {
  const hours = options.sessionHours ?? 8;
  const now = options.now ?? (() => new Date());
  const cacheMs = Math.max(0, (options.sessionCacheSeconds ?? 5) * 1000);
  // Sessions by token digest: the staff record and the session's expiry, and when they were read.
  const cache = new Map<string, { session: Session; expires: number; read: number }>();
  await db.query(
    'CREATE TABLE IF NOT EXISTS xf_staff (id text PRIMARY KEY, name text NOT NULL, role text NOT NULL, unit text NOT NULL, password_hash text NOT NULL)',
  );
  await db.query(
    'CREATE TABLE IF NOT EXISTS xf_sessions (token_hash text PRIMARY KEY, staff_id text NOT NULL REFERENCES xf_staff (id), csrf text NOT NULL, expires_at timestamptz NOT NULL)',
  );
  const toActor = (r: { id: string; name: string; role: string; unit: string }): Actor =>
    ({ id: r.id, name: r.name, role: r.role, unit: r.unit }) as Actor;
  return {
    async addStaff(staff, password) {
      // A changed role or unit applies to the staff member's next request on this server.
      for (const [key, hit] of cache) if (hit.session.actor.id === staff.id) cache.delete(key);
      if (typeof password !== 'string' || password.length < 10) {
        throw new Error('密码至少 10 个字符。 / A password needs at least 10 characters.');
      }
      await db.query(
        `INSERT INTO xf_staff (id, name, role, unit, password_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, unit = EXCLUDED.unit, password_hash = EXCLUDED.password_hash`,
        [staff.id, staff.name, staff.role, staff.unit, await hashPassword(password)],
      );
    },
    async signIn(id, password) {
      const { rows } = await db.query<{ id: string; name: string; role: string; unit: string; password_hash: string }>(
        'SELECT id, name, role, unit, password_hash FROM xf_staff WHERE id = $1',
        [String(id)],
      );
      const row = rows[0];
      const ok = await checkPassword(String(password), row?.password_hash ?? DUMMY);
      if (!ok || row === undefined) return undefined;
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      await db.query('INSERT INTO xf_sessions (token_hash, staff_id, csrf, expires_at) VALUES ($1, $2, $3, $4)', [
        digest(token),
        row.id,
        csrf,
        new Date(now().getTime() + hours * 3600_000).toISOString(),
      ]);
      return { token, session: { actor: toActor(row), csrf } };
    },
    async session(token) {
      const key = digest(token);
      const at = now().getTime();
      const hit = cache.get(key);
      if (hit !== undefined && at - hit.read < cacheMs && at < hit.expires) return hit.session;
      cache.delete(key);
      const { rows } = await db.query<{
        id: string;
        name: string;
        role: string;
        unit: string;
        csrf: string;
        expires_at: Date | string;
      }>(
        `SELECT s.id, s.name, s.role, s.unit, x.csrf, x.expires_at FROM xf_sessions x JOIN xf_staff s ON s.id = x.staff_id
         WHERE x.token_hash = $1 AND x.expires_at > $2`,
        [key, new Date(at).toISOString()],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      const session = { actor: toActor(row), csrf: row.csrf };
      if (cacheMs > 0) {
        if (cache.size >= 10_000) cache.clear();
        cache.set(key, { session, expires: new Date(row.expires_at).getTime(), read: at });
      }
      return session;
    },
    async signOut(token) {
      cache.delete(digest(token));
      await db.query('DELETE FROM xf_sessions WHERE token_hash = $1', [digest(token)]);
    },
  };
}
