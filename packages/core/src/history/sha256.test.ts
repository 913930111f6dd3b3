import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nobleSha256Hex } from './hash.js';
import { MAX_IN_PLACE, sha256Utf8Hex } from './sha256.js';

const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// The hash chain of rules.md §4 is SHA-256 of canonical JSON: the portable implementation browsers use must
// equal the standard on every input, or histories written in a browser would not verify on a server.
describe('sha256Utf8Hex: SHA-256 of UTF-8 text (the browsers’ backend of the hash chain, rules.md §4)', () => {
  it('gives the FIPS 180-4 / NIST example digests', () => {
    expect(sha256Utf8Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Utf8Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Utf8Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      sha256Utf8Hex(
        'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      ),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(sha256Utf8Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('equals node:crypto at every padding boundary (0–300 bytes of 1-, 2-, 3- and 4-byte characters)', () => {
    for (const unit of ['a', 'é', '信', '😀']) {
      for (let n = 0; n <= 300; n++) {
        const t = unit.repeat(Math.ceil(n / unit.length));
        expect(sha256Utf8Hex(t), `${unit} × ${n}`).toBe(nodeSha256(t));
      }
    }
  });

  it('equals @noble/hashes and node:crypto on arbitrary text, lone surrogates included (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }),
        ),
        (t) => {
          const h = sha256Utf8Hex(t);
          expect(h).toBe(nobleSha256Hex(t));
          expect(h).toBe(nodeSha256(t));
        },
      ),
      { numRuns: 5_000, seed: 20_261_205 },
    );
  });

  it('keeps no state between calls: long then short texts, the same text twice', () => {
    const long = '信访事项'.repeat(5_000);
    const short = '{"a":1}';
    const first = sha256Utf8Hex(short);
    expect(sha256Utf8Hex(long)).toBe(nodeSha256(long));
    expect(sha256Utf8Hex(short)).toBe(first);
    expect(sha256Utf8Hex(short)).toBe(nodeSha256(short));
  });

  it('hashes a text longer than the reused buffer through @noble/hashes, with the same digest', () => {
    const huge = `${'信'.repeat(MAX_IN_PLACE)}x`;
    expect(sha256Utf8Hex(huge)).toBe(nodeSha256(huge));
  });
});
