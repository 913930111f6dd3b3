/**
 * The field a rejection is about: `decide` answers with one rejection; a form that shows it next to the field
 * the person must change needs that field's path. `checkCommand` decides a draft command exactly as the store
 * will and names the field, so a form and the store always show the same message for the same command.
 */
import { decideOn } from './decide.js';
import type { Command, DecideContext, PetitionView, Rejection } from './types.js';

/** A command checked before it is executed: fine, or the rejection `decide` gives with the field it concerns. */
export type CommandCheck = { ok: true } | { ok: false; rejection: Rejection; path?: string };

/** Rejection codes that are about one field of the command, whatever the command's type. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  'extension-too-long': 'days',
  'extension-past-ceiling': 'days',
  'extension-notice-required': 'notice',
  'outcome-not-for-class': 'outcome',
  'review-not-for-class': 'outcome',
  'accused-unit-target': 'toUnit',
  'same-unit': 'toUnit',
  'review-unit-not-superior': 'reviewUnit',
  'hearing-dates': 'to',
  'accused-handler': 'handler',
  'conflicted-handler': 'handler',
  'handler-required': 'handler',
};

/** The command fields `invalidField` may name: a malformed command names the field it found wrong. */
const QUOTED_FIELD = /^The action is not valid: "([A-Za-z][A-Za-z0-9.]*)"/;

/**
 * The dotted path of the command field a rejection concerns, or `undefined` when it concerns the command as a
 * whole (a step not allowed now, a role that may not take it).
 */
export function rejectionPath(command: { type?: unknown }, rejection: Rejection): string | undefined {
  const { code } = rejection;
  if (code === 'reason-required') {
    return typeof command === 'object' && command !== null && 'reasons' in command ? 'reasons' : 'reason';
  }
  if (code === 'unknown-unit' || code === 'accused-unit-escalate') {
    return command?.type === 'transfer' ? 'toUnit' : undefined;
  }
  if (code === 'invalid-command') {
    const field = QUOTED_FIELD.exec(rejection.message.en)?.[1];
    // `at`, `by`, `petitionId`, `type` are stamped by the program, not typed by a person.
    return field === undefined || /^(at|by|petitionId|type|command|commandId)(\.|$)/.test(field) ? undefined : field;
  }
  return Object.hasOwn(FIELD_OF_CODE, code) ? FIELD_OF_CODE[code] : undefined;
}

/**
 * Decides `command` against `view` as the store will (`decideOn`) and, when it is refused, names the field the
 * rejection concerns (`path`, e.g. `days` for an extension that is too long), so a form shows the core's own
 * message next to that field. Stores nothing; never throws.
 */
export function checkCommand(view: PetitionView | undefined, command: Command, ctx: DecideContext): CommandCheck {
  const result = decideOn(view, command, ctx);
  if (result.ok) return { ok: true };
  const path = rejectionPath(command, result.rejection);
  return path === undefined
    ? { ok: false, rejection: result.rejection }
    : { ok: false, rejection: result.rejection, path };
}
