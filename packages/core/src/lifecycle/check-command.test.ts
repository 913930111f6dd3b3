import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../calendar/index.js';
import { policies } from '../policy/index.js';
import { actorsOf, at, command } from '../testing/fixtures.js';
import { startPetition } from '../testing/harness.js';
import { checkCommand, rejectionPath } from './check-command.js';
import { decideOn } from './decide.js';
import type { Command } from './types.js';

const national = policies.national;
const A = actorsOf(national.defaultUnit);
const ctx = { policy: national, calendar: chinaCalendar };

/** A letter claim accepted on 2025-09-23. */
function handling() {
  const h = startPetition();
  h.ok('accept', '2025-09-23', A.clerk);
  return h;
}

describe('checkCommand: the rejection decide gives, with the field it concerns', () => {
  it('22 art 34: an extension past 30 days is refused at `days` with decide’s own message', () => {
    const h = handling();
    const extend = command('extend', h.id, at('2025-10-10'), A.head, {
      days: 45,
      reason: '需要调查',
      notice: 'written',
    });
    const check = checkCommand(h.view, extend, ctx);
    const decided = decideOn(h.view, extend, ctx);
    expect(decided.ok).toBe(false);
    expect(check).toEqual({ ok: false, rejection: decided.ok ? undefined : decided.rejection, path: 'days' });
    expect(check.ok ? '' : check.rejection.code).toBe('extension-too-long');
  });

  it('22 art 34: an extension without a reason is refused at `reason`', () => {
    const h = handling();
    const extend = command('extend', h.id, at('2025-10-10'), A.head, { days: 10, reason: '  ', notice: 'written' });
    const check = checkCommand(h.view, extend, ctx);
    expect(check.ok ? undefined : [check.rejection.code, check.path]).toEqual(['reason-required', 'reason']);
  });

  it('a step the stage does not take concerns the command as a whole: no path', () => {
    const h = handling();
    const archive = command('archive', h.id, at('2025-10-10'), A.archivist, {});
    const check = checkCommand(h.view, archive, ctx);
    expect(check.ok).toBe(false);
    expect(check.ok ? 'ok' : 'path' in check).toBe(false);
  });

  it('a valid command passes, and nothing is stored (the view is unchanged)', () => {
    const h = handling();
    const seq = h.view.seq;
    const propose = command('proposeHandling', h.id, at('2025-09-24'), A.handler, { text: '拟转交调查' });
    expect(checkCommand(h.view, propose, ctx)).toEqual({ ok: true });
    expect(h.view.seq).toBe(seq);
  });

  it('a malformed field of a typed command is named; stamped fields (at, by) are not a form field', () => {
    const h = handling();
    const bad = { ...command('extend', h.id, at('2025-10-10'), A.head, { days: 10, reason: 'x' }), days: 'ten' };
    const check = checkCommand(h.view, bad as unknown as Command, ctx);
    expect(check.ok ? undefined : [check.rejection.code, check.path]).toEqual(['invalid-command', 'days']);
    const noTime = { ...bad, days: 10, at: 'yesterday' };
    const atCheck = checkCommand(h.view, noTime as unknown as Command, ctx);
    expect(atCheck.ok ? undefined : [atCheck.rejection.code, 'path' in atCheck]).toEqual(['invalid-command', false]);
  });

  it('rejectionPath: reasons for the commands that carry `reasons`, toUnit only for a transfer', () => {
    const reason = { code: 'reason-required', message: { zh: '', en: '' } };
    expect(rejectionPath({ type: 'object', reasons: '' } as { type: string }, reason)).toBe('reasons');
    expect(rejectionPath({ type: 'transfer' }, { code: 'unknown-unit', message: { zh: '', en: '' } })).toBe('toUnit');
    expect(rejectionPath({ type: 'register' }, { code: 'unknown-unit', message: { zh: '', en: '' } })).toBeUndefined();
    expect(
      rejectionPath({ type: 'accept' }, { code: 'role-not-permitted', message: { zh: '', en: '' } }),
    ).toBeUndefined();
  });
});

describe('checkCommand never throws (fast-check, fixed seed)', () => {
  const h = handling();
  const view = h.view;
  const base = command('extend', h.id, at('2025-10-10'), A.head, { days: 10, reason: '需要调查', notice: 'written' });
  const STAMPED = /^(at|by|petitionId|type|command|commandId)(\.|$)/;

  it('a hostile value in any field gets an answer; a named field is the path, never a stamped one (2,000 runs)', () => {
    const field = fc.constantFrom('days', 'reason', 'notice', 'type', 'at', 'by', 'petitionId', 'commandId', 'extra');
    fc.assert(
      fc.property(field, fc.anything(), (name, value) => {
        const hostile = { ...base, [name]: value } as unknown as Command;
        const check = checkCommand(view, hostile, ctx);
        const decided = decideOn(view, hostile, ctx);
        expect(check.ok).toBe(decided.ok);
        if (check.ok || decided.ok) return;
        expect(check.rejection).toEqual(decided.rejection);
        if (check.path !== undefined) {
          expect(STAMPED.test(check.path)).toBe(false);
          if (check.rejection.code === 'invalid-command')
            expect(check.rejection.message.en).toContain(`"${check.path}"`);
        }
      }),
      { numRuns: 2_000, seed: 20_261_205 },
    );
  });

  it('anything at all as the command is refused with a rejection, never an exception (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const check = checkCommand(view, value as Command, ctx);
        expect(check.ok ? 'ok' : check.rejection.code).toBe('invalid-command');
      }),
      { numRuns: 2_000, seed: 20_261_206 },
    );
  });
});
