import { isQueryCodeDigest, verifyQueryCode } from '@xinfang/core';
import { describe, expect, it } from 'vitest';
import { DEMO_QUERY_CODE_DIGEST, newQueryCode } from '../../src/app/query-code.js';

describe('query codes in the portal', () => {
  it('hands out a code once and stores only its salted digest', async () => {
    let n = 0;
    const random = (length: number) => Uint8Array.from({ length }, () => n++ % 256);
    const { code, digest } = await newQueryCode(random);
    expect(code).toBe('ABCD-EFGH');
    expect(digest.startsWith('scrypt$16$8$1$08090a0b0c0d0e0f1011121314151617$')).toBe(true);
    expect(digest.includes('ABCD')).toBe(false);
    expect(await verifyQueryCode('abcd efgh', digest)).toBe(true);
    expect(await verifyQueryCode('ABCD-EFGJ', digest)).toBe(false);
    // Three scrypt runs (N = 2^16, 64 MB each) in pure JavaScript: seconds on a loaded CI machine.
  }, 30_000);

  it('demo petitions carry a well-formed digest, not a code', () => {
    expect(isQueryCodeDigest(DEMO_QUERY_CODE_DIGEST)).toBe(true);
  });
});
