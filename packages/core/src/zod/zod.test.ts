// PolicyProfileSchema: the policy rules of parsePolicy in zod's shape (the petition adapters are tested beside
// the rules they answer from, in src/schema/).
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/policy.schema.js';
import { policies } from '../policy/presets.js';
import { PolicyProfileSchema } from './index.js';

describe('PolicyProfileSchema (zod/mini, answering from parsePolicy)', () => {
  it('accepts a preset loaded from JSON and returns it deeply frozen', () => {
    const r = PolicyProfileSchema.safeParse(JSON.parse(JSON.stringify(policies.cppcc)));
    expect(r.success && r.data).toEqual(policies.cppcc);
    expect(r.success && Object.isFrozen(r.data.periods.notice)).toBe(true);
  });

  it('reports each problem of parsePolicy: path, English message, both languages in params (22 art 36)', () => {
    const input = {
      ...policies.national,
      dueSoonWorkdays: 1.5,
      review: { ...policies.national.review, reReviewUnit: policies.national.review.unit },
      units: [{ id: 'x', name: { zh: '', en: 'X' } }],
    };
    const r = PolicyProfileSchema.safeParse(input);
    const answer = parsePolicy(input);
    expect(answer.ok).toBe(false);
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => ({
      code: i.code,
      path: i.path,
      message: i.message,
      params: (i as { params?: unknown }).params,
    }));
    expect(issues).toEqual(
      (answer.ok ? [] : answer.issues).map((i) => ({
        code: 'custom',
        path: i.path === '' ? [] : i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: i.message.en,
        params: { message: i.message },
      })),
    );
    expect(issues.slice(0, 2)).toEqual([
      {
        code: 'custom',
        path: ['dueSoonWorkdays'],
        message: 'Write a whole number from 0 to 60',
        params: { message: { zh: '请写 0 到 60 的整数', en: 'Write a whole number from 0 to 60' } },
      },
      {
        code: 'custom',
        path: ['units', 0, 'name', 'zh'],
        message: 'Write the Chinese text',
        params: { message: { zh: '请填写中文文本', en: 'Write the Chinese text' } },
      },
    ]);
  });

  it('refuses what is not a profile without throwing', () => {
    for (const bad of [null, 42, 'national', [], { id: 'x' }]) {
      expect(PolicyProfileSchema.safeParse(bad).success).toBe(false);
    }
  });
});
