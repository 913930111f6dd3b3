import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateQueryCode,
  hashQueryCode,
  isQueryCodeDigest,
  normalizeQueryCode,
  QUERY_CODE_COST,
  verifyQueryCode,
} from './index.js';

// Tests use a cheap scrypt cost passed explicitly; the default is measured once below.
const cheap = { logN: 4, r: 1, p: 1 };
const salt = Uint8Array.from({ length: 16 }, (_, i) => i);

describe('query codes', () => {
  it('generates 8 characters of the unambiguous alphabet from the bytes given', () => {
    expect(generateQueryCode(Uint8Array.from([0, 1, 2, 3, 31, 32, 255, 100]))).toBe('ABCD-9A9E');
    expect(() => generateQueryCode(new Uint8Array(7))).toThrow(RangeError);
  });

  it('normalizes what a person types and refuses what cannot be a code', () => {
    expect(normalizeQueryCode(' k7qm-3xzp ')).toBe('K7QM3XZP');
    expect(normalizeQueryCode('K7QM 3XZ0')).toBeUndefined(); // 0 is not in the alphabet
    expect(normalizeQueryCode('K7QM3XZ')).toBeUndefined();
    expect(normalizeQueryCode(12345678)).toBeUndefined();
  });

  it('stores a salted scrypt digest with its parameters, verified whatever the case and dashes', async () => {
    const digest = await hashQueryCode('K7QM-3XZP', salt, cheap);
    expect(digest).toMatch(/^scrypt\$4\$1\$1\$000102030405060708090a0b0c0d0e0f\$[0-9a-f]{64}$/);
    expect(digest.includes('K7QM')).toBe(false);
    expect(await verifyQueryCode('k7qm3xzp', digest)).toBe(true);
    expect(await verifyQueryCode('K7QM-3XZQ', digest)).toBe(false);
    const other = await hashQueryCode(
      'K7QM-3XZP',
      Uint8Array.from({ length: 16 }, () => 7),
      cheap,
    );
    expect(other === digest).toBe(false); // another salt, another digest
  });

  it('the default cost is scrypt N=2^16, r=8, p=1', async () => {
    expect(QUERY_CODE_COST).toEqual({ logN: 16, r: 8, p: 1 });
    const digest = await hashQueryCode('ABCD-EFGH', salt);
    expect(digest.startsWith('scrypt$16$8$1$')).toBe(true);
    expect(await verifyQueryCode('abcd-efgh', digest)).toBe(true);
  }, 60_000);

  it('refuses malformed digests and costs beyond the bounds (a planted digest cannot stall verification)', async () => {
    const ok = await hashQueryCode('ABCD-EFGH', salt, cheap);
    for (const bad of [
      'sha256:00',
      ok.replace('scrypt$4$', 'scrypt$18$'),
      ok.replace('$1$1$', '$9$1$'),
      `${ok}0`,
      42,
    ]) {
      expect(isQueryCodeDigest(bad)).toBe(false);
      expect(await verifyQueryCode('ABCD-EFGH', bad)).toBe(false);
    }
    await expect(hashQueryCode('ABCD-EFGH', salt, { logN: 18, r: 8, p: 1 })).rejects.toThrow(RangeError);
    await expect(hashQueryCode('ABCD-EFGH', new Uint8Array(8), cheap)).rejects.toThrow(RangeError);
    await expect(hashQueryCode('not a code', salt, cheap)).rejects.toThrow(RangeError);
  });

  it('verifyQueryCode never throws and is false for hostile inputs (property, fixed seed)', async () => {
    const digest = await hashQueryCode('ABCD-EFGH', salt, cheap);
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.oneof(fc.anything(), fc.string(), fc.constant(digest)), async (input, d) => {
        const r = await verifyQueryCode(input, d);
        expect(r).toBe(normalizeQueryCode(input) === 'ABCDEFGH' && d === digest);
      }),
      { seed: 20261205, numRuns: 500 },
    );
  }, 60_000);
});
