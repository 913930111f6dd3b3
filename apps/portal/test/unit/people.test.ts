import { describe, expect, it } from 'vitest';
import { idCheckDigit, makePerson } from '../../src/demo/people.js';
import { createRandom } from '../../src/demo/random.js';

describe('demo random (mulberry32)', () => {
  it('yields the same sequence for the same seed', () => {
    const a = createRandom(2025);
    const b = createRandom(2025);
    const seqA = Array.from({ length: 5 }, () => a.next());
    const seqB = Array.from({ length: 5 }, () => b.next());
    expect(seqA).toEqual(seqB);
    expect(createRandom(2026).next()).not.toBe(seqA[0]);
  });

  it('matches the reference mulberry32 output for seed 1', () => {
    // Values of the published mulberry32 for seed 1, computed independently (Python port).
    const r = createRandom(1);
    expect(Math.floor(r.next() * 2 ** 32)).toBe(2693262067);
    expect(Math.floor(r.next() * 2 ** 32)).toBe(11749833);
  });

  it('int() stays within bounds and hits both ends', () => {
    const r = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

describe('demo people', () => {
  it('computes the GB 11643-1999 check digit (known example 11010519491231002X)', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('44030819900101001')).toBe('7');
  });

  it('makes people with valid 18-digit ID numbers and 11-digit mobiles', () => {
    const r = createRandom(42);
    for (let i = 0; i < 200; i++) {
      const p = makePerson(r);
      expect(p.idNumber).toMatch(/^\d{17}[\dX]$/);
      expect(p.idNumber.slice(17)).toBe(idCheckDigit(p.idNumber.slice(0, 17)));
      expect(p.idNumber.slice(0, 6)).toBe(p.regionCode);
      expect(p.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(p.name.length).toBeGreaterThanOrEqual(2);
      expect(p.address).toMatch(/号/);
    }
  });
});
