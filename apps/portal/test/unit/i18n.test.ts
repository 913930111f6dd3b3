import { describe, expect, it } from 'vitest';
import { num } from '../../src/app/i18n.js';

// `num` groups integers by hand (no Intl on the work queue's first screen): the output must be exactly what
// `toLocaleString` gives in both languages of the portal.
describe('num: counts and totals with thousands separators', () => {
  it('writes 100,000 petitions as 100,000', () => {
    expect(num(100_000)).toBe('100,000');
    expect(num(0)).toBe('0');
    expect(num(999)).toBe('999');
    expect(num(1_000)).toBe('1,000');
    expect(num(-1_234_567)).toBe('-1,234,567');
  });

  it('equals toLocaleString in zh-CN and en for integers', () => {
    const samples = [0, 7, 12, 999, 1_000, 12_345, 99_999, 100_000, 1_000_000, 123_456_789, -5, -4_321];
    for (let n = 0; n < 250_000; n += 997) samples.push(n);
    for (const n of samples) {
      expect(num(n)).toBe(n.toLocaleString('zh-CN'));
      expect(num(n)).toBe(n.toLocaleString('en'));
    }
  });

  it('formats other numbers with the locale (default language zh-CN)', () => {
    expect(num(1234.5)).toBe((1234.5).toLocaleString('zh-CN'));
  });
});
