/**
 * Query codes (查询码): the secret a citizen gets with the registration number to follow a petition
 * online. Generated in the shell from `crypto.getRandomValues` (the core has no randomness by design).
 * The store keeps only a SHA-256 digest of the code, never the code itself.
 */

/** 32 letters and digits without the look-alikes 0/O and 1/I, so a code read aloud or copied by hand survives. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 8 characters × 5 bits = 40 bits of entropy. */
const LENGTH = 8;

/** A new query code, e.g. `K7QM-3XZP`. */
export function generateQueryCode(
  random: (length: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  const bytes = random(LENGTH);
  let code = '';
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (const byte of bytes) code += ALPHABET[byte % ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The code as typed (any case, spaces or dashes) in canonical form, or undefined if it cannot be a code. */
export function normalizeQueryCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LENGTH) return undefined;
  for (const ch of code) if (!ALPHABET.includes(ch)) return undefined;
  return code;
}

/** The digest kept in the store: `sha256:<hex>` of the canonical code. */
export async function digestQueryCode(code: string): Promise<string> {
  const canonical = normalizeQueryCode(code);
  if (!canonical) throw new RangeError('not a query code');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`xinfang-query-code:${canonical}`));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex}`;
}

/** Compares two strings in time independent of where they differ. */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
