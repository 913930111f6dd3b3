/**
 * Query codes (查询码): the secret a citizen gets with the registration number to follow a petition
 * online. The store keeps only a salted, slow digest of the code (scrypt through `@noble/hashes`), so a
 * copy of the database does not reveal the codes, and guessing them from it costs scrypt per guess.
 *
 * The core has no randomness: the caller passes random bytes (`crypto.getRandomValues`) for the code and
 * for the salt. The same functions run in the portal and on a server.
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

/** 32 letters and digits without the look-alikes 0/O and 1/I, so a code read aloud or copied by hand survives. */
export const QUERY_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 8 characters × 5 bits = 40 bits of entropy. */
export const QUERY_CODE_LENGTH = 8;

/**
 * scrypt cost of new digests: N = 2^16, r = 8, p = 1 (64 MiB, one of OWASP's recommended scrypt settings;
 * ≈ 0.35 s in Node on one core, about as long in a current browser). With 40-bit codes an offline search
 * of one digest costs about 2^39 scrypt evaluations.
 */
export const QUERY_CODE_COST: QueryCodeCost = { logN: 16, r: 8, p: 1 };

/** scrypt parameters: N = 2^logN, block size r, parallelism p. */
export interface QueryCodeCost {
  logN: number;
  r: number;
  p: number;
}

/** The most a stored digest may ask for (a planted digest must not make verification run for minutes). */
const MAX = { logN: 17, r: 8, p: 4 }; // at most 128 MiB
const SALT_BYTES = 16;
const DIGEST = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([0-9a-f]{32})\$([0-9a-f]{64})$/;

/**
 * A new query code from `random` (at least 8 random bytes, e.g. `crypto.getRandomValues(new Uint8Array(8))`),
 * like `K7QM-3XZP`. Throws `RangeError` with fewer bytes.
 */
export function generateQueryCode(random: Uint8Array): string {
  if (!(random instanceof Uint8Array) || random.length < QUERY_CODE_LENGTH) {
    throw new RangeError(`generateQueryCode needs ${QUERY_CODE_LENGTH} random bytes.`);
  }
  let code = '';
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += QUERY_CODE_ALPHABET[(random[i] as number) % 32];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The code as typed (any case, spaces or dashes) in canonical form, or undefined if it cannot be a code. */
export function normalizeQueryCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== QUERY_CODE_LENGTH) return undefined;
  for (const ch of code) if (!QUERY_CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** Whether `digest` is a well-formed stored digest (`scrypt$<logN>$<r>$<p>$<salt hex>$<hash hex>`) within bounds. */
export function isQueryCodeDigest(digest: unknown): digest is string {
  const m = typeof digest === 'string' ? DIGEST.exec(digest) : null;
  if (m === null) return false;
  const [logN, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return logN >= 1 && logN <= MAX.logN && r >= 1 && r <= MAX.r && p >= 1 && p <= MAX.p;
}

/**
 * The digest to store for `code`: scrypt of the canonical code with `salt` (16 random bytes), as
 * `scrypt$<logN>$<r>$<p>$<salt hex>$<hash hex>`. `cost` defaults to `QUERY_CODE_COST`; tests pass a small
 * one explicitly. Rejects (`RangeError`) a code that is not one, a salt of another length or a cost out of bounds.
 *
 * @example
 * const code = generateQueryCode(crypto.getRandomValues(new Uint8Array(8)));
 * const digest = await hashQueryCode(code, crypto.getRandomValues(new Uint8Array(16)));
 * await verifyQueryCode('k7qm 3xzp', digest); // true when code was 'K7QM-3XZP'
 */
export async function hashQueryCode(
  code: string,
  salt: Uint8Array,
  cost: QueryCodeCost = QUERY_CODE_COST,
): Promise<string> {
  const canonical = normalizeQueryCode(code);
  if (canonical === undefined) throw new RangeError('Not a query code.');
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_BYTES) throw new RangeError('The salt must be 16 bytes.');
  const head = `scrypt$${cost.logN}$${cost.r}$${cost.p}$${bytesToHex(salt)}$`;
  if (!isQueryCodeDigest(`${head}${'0'.repeat(64)}`)) throw new RangeError('scrypt cost out of bounds.');
  return `${head}${bytesToHex(await derive(canonical, salt, cost))}`;
}

/**
 * Whether `input` (as typed) is the code `digest` was made from. False for anything malformed; never throws.
 * The comparison takes the same time wherever the digests differ.
 */
export async function verifyQueryCode(input: unknown, digest: unknown): Promise<boolean> {
  const canonical = normalizeQueryCode(input);
  if (canonical === undefined || !isQueryCodeDigest(digest)) return false;
  const m = DIGEST.exec(digest) as RegExpExecArray;
  const cost = { logN: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = m[5] as string;
  const actual = bytesToHex(await derive(canonical, hexToBytes(m[4] as string), cost));
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ actual.charCodeAt(i);
  return diff === 0;
}

function derive(canonical: string, salt: Uint8Array, cost: QueryCodeCost): Promise<Uint8Array> {
  return scryptAsync(`xinfang-query-code:${canonical}`, salt, {
    N: 2 ** cost.logN,
    r: cost.r,
    p: cost.p,
    dkLen: 32,
    maxmem: 128 * 2 ** cost.logN * cost.r + 128 * cost.r * cost.p + 1024 * 1024,
  });
}
