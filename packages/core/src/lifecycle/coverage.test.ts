/**
 * Coverage of rules.md §1: every national rule N1–N20 has tests, and each names the rule and its article.
 * The table below is the map from rule to article; the test reads the titles of the rules tests
 * (rules.test.ts, fidelity.test.ts) and lists, per rule, the tests that cover it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** rules.md §1: the article each rule must cite (a test title names the rule and this article, or the seed). */
const RULES: Record<string, RegExp> = {
  N1: /22 art 19\(1\)|seed §/, // written and oral petitions
  N2: /22 arts 22–23/, // registration
  N3: /22 art 22|seed §/, // disposition within 15 days
  N4: /22 art 23\(2\)|22 art 23\(3\)/, // written notice within 15 days
  N5: /22 art 23\(2\)|seed §/, // no notice where name or address unclear
  N6: /22 art 23\(3\)/, // objection within 5 working days
  N7: /22 art 24/, // several organs
  N8: /22 arts 28\(2\), 31/, // litigation separation
  N9: /22 arts? (29|30|34)/, // three classes
  N10: /22 art 30/, // accusations never reach the accused
  N11: /22 art 28\(3\)/, // recusal
  N12: /22 arts 31–32|22 arts 29–32|22 art 34/, // handling opinion
  N13: /22 art 32/, // hearings
  N14: /22 art 34|seed §/, // 60 days from acceptance
  N15: /22 art 34|seed §/, // one extension of at most 30 days
  N16: /22 art 35/, // review
  N17: /22 arts? (35, )?36/, // re-review, then final
  N18: /22 art 20\(3\)/, // at most 5 representatives
  N19: /22 art 19\(3\)/, // no second acceptance
  N20: /简易办理/, // simplified handling (unverified source: policy data)
};

const FILES = ['rules.test.ts', 'fidelity.test.ts'];

/** Every `it('…')` title of the rules tests. */
function titles(): string[] {
  const out: string[] = [];
  for (const f of FILES) {
    const text = readFileSync(new URL(f, import.meta.url), 'utf8');
    for (const m of text.matchAll(/\bit\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) out.push(m[2] as string);
  }
  return out;
}

/** Tests per rule: titles that name the rule (`N14` as a word). */
function coverage(): Record<string, string[]> {
  const all = titles();
  const map: Record<string, string[]> = {};
  for (const n of Object.keys(RULES)) {
    const named = all.filter((t) => new RegExp(`(^|[^\\w])${n}(?![\\w])`).test(t));
    map[n] = named;
  }
  return map;
}

describe('rules.md §1 coverage', () => {
  const map = coverage();

  it('N1–N20: every national rule has at least one test that names it', () => {
    const missing = Object.entries(map)
      .filter(([, tests]) => tests.length === 0)
      .map(([n]) => n);
    expect(missing).toEqual([]);
    expect(Object.keys(map)).toEqual(Array.from({ length: 20 }, (_, i) => `N${i + 1}`));
  });

  it('N1–N20: most tests of a rule cite its article in the title (rules.md: the article in the test name)', () => {
    for (const [n, tests] of Object.entries(map)) {
      const citing = tests.filter((t) => RULES[n]?.test(t));
      expect(citing.length, `${n} has no test citing its article`).toBeGreaterThan(0);
    }
  });

  it('N20: simplified handling is covered by the tests of its policy switch and its 10 working days', () => {
    expect(map.N20?.length).toBeGreaterThanOrEqual(2);
  });
});
