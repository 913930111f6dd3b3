/** Test helpers shared by the core's tests. */
import { expect } from 'vitest';
import type { Rejection } from '../src/lifecycle/types.js';

/**
 * Asserts that a result of `decide`, a store's `execute` or a check was refused with `code`, and returns the
 * rejection so a test can assert its message or field paths next.
 */
export function expectRejected(
  result: { readonly ok: true } | { readonly ok: false; readonly rejection: Rejection },
  code: Rejection['code'],
): Rejection {
  expect(result.ok ? { ok: true } : { ok: false, code: result.rejection.code }).toEqual({ ok: false, code });
  if (result.ok) throw new Error('unreachable: asserted above');
  return result.rejection;
}
