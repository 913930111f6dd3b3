/**
 * SHA-256 through WebCrypto (`crypto.subtle.digest`): the browser computes it off the main thread, where the
 * core's pure-JavaScript SHA-256 would block it. Used by bulk imports, which check every history with
 * `checkHistoryUnhashed` and compare the digests afterwards (`settleHashes`), byte for byte the same verdict.
 */

/** SHA-256 of each text's UTF-8 bytes, lower-case hex, in order. */
export type Digest = (texts: readonly string[]) => Promise<string[]>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i] as number];
  return s;
}

/**
 * The WebCrypto digest of this runtime, or `undefined` where there is none (a page served over plain HTTP from
 * another host than localhost has no `crypto.subtle`): the caller then hashes synchronously with the core.
 */
export function webCryptoDigest(): Digest | undefined {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (typeof subtle?.digest !== 'function' || typeof TextEncoder !== 'function') return undefined;
  const encoder = new TextEncoder();
  return (texts) => Promise.all(texts.map((t) => subtle.digest('SHA-256', encoder.encode(t)).then(hex)));
}
