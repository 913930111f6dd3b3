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
  options: { sessionHours?: number; now?: () => Date } = {},
): Promise<Auth> {
  const hours = options.sessionHours ?? 8;
  const now = options.now ?? (() => new Date());
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
      const { rows } = await db.query<{ id: string; name: string; role: string; unit: string; csrf: string }>(
        `SELECT s.id, s.name, s.role, s.unit, x.csrf FROM xf_sessions x JOIN xf_staff s ON s.id = x.staff_id
         WHERE x.token_hash = $1 AND x.expires_at > $2`,
        [digest(token), now().toISOString()],
      );
      const row = rows[0];
      return row === undefined ? undefined : { actor: toActor(row), csrf: row.csrf };
    },
    async signOut(token) {
      await db.query('DELETE FROM xf_sessions WHERE token_hash = $1', [digest(token)]);
    },
  };
}
