import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidDateError } from '../calendar/dates.js';
import { policies } from '../policy/index.js';
import { petitionStoreContract } from '../testing/index.js';
import { createMemoryStore } from './memory.js';
import { queryDay } from './query.js';

petitionStoreContract('memory', async () => createMemoryStore({ policies: Object.values(policies) }), {
  describe,
  it,
  expect,
  beforeEach,
});

describe('createMemoryStore', () => {
  it('refuses a registration under a policy it does not know, telling the clerk what to do', async () => {
    const store = createMemoryStore({ policies: [policies.national] });
    const r = await store.execute({
      type: 'register',
      petitionId: 'x',
      at: '2025-09-20T09:00:00+08:00',
      by: { id: 'c', role: 'clerk' },
      petition: {
        channel: 'online',
        class: 'suggestion',
        subject: '建议增设公交线路',
        content: '建议在新区增设一条公交线路。',
        receivedAt: '2025-09-20T09:00:00+08:00',
        anonymous: true,
      },
      registrationNo: '',
      unit: 'petitionOffice',
      policyId: 'hospital',
      policyVersion: policies.hospital.version,
    });
    expect(r).toEqual({
      ok: false,
      rejection: {
        code: 'unknown-policy',
        message: {
          zh: `本系统未加载制度“hospital@${policies.hospital.version}”，无法登记或处理该信访事项。请选择已加载的制度，或请管理员在存储的 policies 中加入该制度。`,
          en: `Policy hospital@${policies.hospital.version} is not loaded here, so the petition cannot be registered or handled. Choose a loaded policy, or ask the administrator to add it to the store's policies.`,
        },
      },
    });
  });
});

// 22 art 23(3): the objection window's end is compared with the day a queue is asked for, so a malformed day is
// refused before anything is ordered by it.
describe('queryDay: the day a query is asked for (22 art 23(3))', () => {
  it('returns a real YYYY-MM-DD day and undefined when none is given', () => {
    expect(queryDay({ asOf: '2025-12-31' })).toBe('2025-12-31');
    expect(queryDay({})).toBeUndefined();
  });

  it.each([['2025-02-31'], ['2025-13-01'], ['20251231'], [''], ['2025-12-31T00:00:00Z'], [20251231], [null], [{}]])(
    'refuses %j with InvalidDateError (code invalid-date)',
    (asOf) => {
      let thrown: unknown;
      try {
        queryDay({ asOf: asOf as never });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidDateError);
      expect((thrown as InvalidDateError).code).toBe('invalid-date');
    },
  );

  it('the memory store rejects a queue asked for 2025-02-31 with InvalidDateError', async () => {
    const store = createMemoryStore({ policies: [policies.national] });
    await expect(store.query({ orderBy: 'nextDue', asOf: '2025-02-31' })).rejects.toBeInstanceOf(InvalidDateError);
    await expect(store.query({ orderBy: 'nextDue', asOf: '2025-02-28' })).resolves.toEqual({ items: [], total: 0 });
  });
});
