/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, for runtimes without a synchronous native SHA-256 (browsers:
 * WebCrypto's `digest` is asynchronous). The text is encoded with `TextEncoder.encodeInto` into one buffer that
 * is reused, padded in place and compressed block by block, and the digest is written as hex from a table: no
 * allocation per call but the result string. The one-shot `@noble/hashes` path it replaces allocates a hasher,
 * two DataViews, the encoded text and the digest for every event; for the ~550-character event texts of a
 * petition that doubled the time per hash in Chromium (bench diary of @xinfang/dexie, 2026-12-05).
 *
 * Equal to `@noble/hashes` and `node:crypto` on every input (property-tested, NIST vectors, every padding
 * boundary); texts longer than `MAX_IN_PLACE` characters go through `@noble/hashes` so the buffer stays small.
 * Lone surrogates are encoded as U+FFFD, as `TextEncoder.encode` and `node:crypto` do.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// The core's TypeScript lib has no DOM: the part of TextEncoder used here (every browser, Node ≥ 12).
declare const TextEncoder:
  | (new () => {
      encode(input: string): Uint8Array;
      encodeInto(input: string, dest: Uint8Array): { read: number; written: number };
    })
  | undefined;
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;

/** Longest text (UTF-16 code units) hashed in the reused buffer (3 bytes per unit at most: 3 MiB). */
export const MAX_IN_PLACE = 1 << 20;

// Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
/** The message schedule, reused by every block (zeroed after each hash). */
const W = new Int32Array(64);
const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** The encoded, padded text; grows to the longest text hashed (at most 3 × MAX_IN_PLACE + 72 bytes). */
let buffer = new Uint8Array(4096);

function hex32(x: number): string {
  return HEX[x >>> 24]! + HEX[(x >>> 16) & 255]! + HEX[(x >>> 8) & 255]! + HEX[x & 255]!;
}

/** SHA-256 of the UTF-8 bytes of `text`, lower-case hex. @internal */
export function sha256Utf8Hex(text: string): string {
  if (encoder === undefined || text.length > MAX_IN_PLACE)
    return bytesToHex(sha256(encoder?.encode(text) ?? utf8ToBytes(text)));
  const need = text.length * 3 + 72;
  if (buffer.length < need) buffer = new Uint8Array(Math.max(need, buffer.length * 2));
  const b = buffer;
  const n = encoder.encodeInto(text, b).written;
  // Padding: 0x80, zeros, then the length in bits as a 64-bit big-endian number, to a multiple of 64 bytes.
  const total = (((n + 8) >>> 6) + 1) << 6;
  b[n] = 0x80;
  b.fill(0, n + 1, total - 4);
  const bits = n * 8;
  b[total - 5] = Math.floor(n / 0x20000000);
  b[total - 4] = bits >>> 24;
  b[total - 3] = (bits >>> 16) & 255;
  b[total - 2] = (bits >>> 8) & 255;
  b[total - 1] = bits & 255;
  let h0 = 0x6a09e667 | 0;
  let h1 = 0xbb67ae85 | 0;
  let h2 = 0x3c6ef372 | 0;
  let h3 = 0xa54ff53a | 0;
  let h4 = 0x510e527f | 0;
  let h5 = 0x9b05688c | 0;
  let h6 = 0x1f83d9ab | 0;
  let h7 = 0x5be0cd19 | 0;
  for (let off = 0; off < total; off += 64) {
    for (let i = 0, j = off; i < 16; i++, j += 4) {
      W[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const w15 = W[i - 15]!;
      const w2 = W[i - 2]!;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      W[i] = (s1 + W[i - 7]! + s0 + W[i - 16]!) | 0;
    }
    let a = h0;
    let c1 = h1;
    let c2 = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let i = 0; i < 64; i++) {
      const sigma1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + sigma1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
      const sigma0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (sigma0 + ((a & c1) ^ (a & c2) ^ (c1 & c2))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c2;
      c2 = c1;
      c1 = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + c1) | 0;
    h2 = (h2 + c2) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  // No copy of the text or its schedule stays behind in the shared buffers (as @noble/hashes cleans its own).
  b.fill(0, 0, total);
  W.fill(0);
  return hex32(h0) + hex32(h1) + hex32(h2) + hex32(h3) + hex32(h4) + hex32(h5) + hex32(h6) + hex32(h7);
}
