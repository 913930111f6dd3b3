/**
 * What every store does between reading a petition and writing it: decide a command or a list of
 * commands for one petition in order, each against the view the ones before it produced, and record each
 * command's `commandId` on its event. Pure; the stores (memory, IndexedDB, PostgreSQL) call it inside
 * their one transaction, so they decide alike.
 */

import { eventJson, sha256Text } from '../history/hash.js';
import { decideOn } from '../lifecycle/decide.js';
import { replay } from '../lifecycle/evolve.js';
import type { Command, DecideContext, PetitionEvent, PetitionView, Rejection } from '../lifecycle/types.js';
import { isQueryCodeDigest } from '../querycode/index.js';
import type { ExecuteResult } from './port.js';

/** The format of a `commandId`: 8–128 characters, letters, digits and `._:-`, not starting with a sign. */
export const COMMAND_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** Whether `id` is a well-formed `commandId` (see `COMMAND_ID_PATTERN`). */
export function isCommandId(id: unknown): id is string {
  return typeof id === 'string' && COMMAND_ID_PATTERN.test(id);
}

const reject = (code: string, zh: string, en: string): { ok: false; rejection: Rejection } => ({
  ok: false,
  rejection: { code, message: { zh, en } },
});

/** The rejection of a malformed `commandId`. */
export function invalidCommandId(id: unknown): Rejection {
  const shown = String(id).slice(0, 40);
  return {
    code: 'invalid-command-id',
    message: {
      zh: `操作编号“${shown}”格式无效：须为 8–128 个字母、数字或 . _ : -，且以字母或数字开头。请由程序重新生成（例如 crypto.randomUUID()）后重试。`,
      en: `The command id "${shown}" is malformed: it must be 8–128 letters, digits or . _ : -, starting with a letter or digit. Generate a new one (e.g. crypto.randomUUID()) and try again.`,
    },
  };
}

/**
 * The event with `commandId` recorded on it and its hash recomputed (the id is part of what is hashed).
 * Keys in canonical order, like every event `decide` builds.
 */
export function withCommandId(event: PetitionEvent, commandId: string | undefined): PetitionEvent {
  if (commandId === undefined || event.commandId === commandId) return event;
  const { at, by, data, late, petitionId, prevHash, seq, type } = event;
  const unhashed =
    late === undefined
      ? { at, by, commandId, data, petitionId, prevHash, seq, type }
      : { at, by, commandId, data, late, petitionId, prevHash, seq, type };
  return { ...unhashed, hash: sha256Text(eventJson(unhashed)) } as PetitionEvent;
}

/** Result of `decideCommands`: the new events and the view after them, or the first rejection. */
export type DecideCommandsResult =
  | { ok: true; events: PetitionEvent[]; view: PetitionView }
  | { ok: false; rejection: Rejection; index: number };

/**
 * Decide `commands` (one petition, in order) on `view` (undefined before registration): each is decided
 * against the view the previous ones produced; the first refusal refuses the whole list (nothing is to be
 * written). After a `register`, the following commands are for the new petition whatever `petitionId` they
 * carry; otherwise every command must name the same petition. Commands that carry a `commandId` must carry
 * a well-formed one, different from the others in the list.
 *
 * @example
 * const r = decideCommands(view, [conclude, reply, delivered], { policy, calendar: chinaCalendar });
 * if (r.ok) await write(r.events, r.view); else show(r.rejection.message.zh);
 */
export function decideCommands(
  view: PetitionView | undefined,
  commands: readonly Command[],
  ctx: DecideContext,
): DecideCommandsResult {
  if (commands.length === 0) {
    return {
      ...reject(
        'invalid-command',
        '操作列表为空，没有可执行的操作。请至少提交一项操作。',
        'The list of commands is empty. Submit at least one command.',
      ),
      index: 0,
    };
  }
  const ids = new Set<string>();
  let current = view;
  const events: PetitionEvent[] = [];
  for (let i = 0; i < commands.length; i++) {
    let command = commands[i] as Command;
    if (typeof command !== 'object' || command === null) {
      return {
        ...reject('invalid-command', '操作无效，请刷新后重试。', 'The action is not valid. Reload and try again.'),
        index: i,
      };
    }
    const id = command.commandId;
    if (id !== undefined) {
      if (!isCommandId(id)) return { ok: false, rejection: invalidCommandId(id), index: i };
      if (ids.has(id)) {
        return {
          ...reject(
            'duplicate-command-id',
            `同一操作编号“${id}”在列表中出现了两次。每项操作须有自己的编号。`,
            `The command id "${id}" appears twice in the list. Each command needs its own id.`,
          ),
          index: i,
        };
      }
      ids.add(id);
    }
    if (i > 0) {
      const first = commands[0] as Command;
      if (first.type === 'register') command = { ...command, petitionId: (current as PetitionView).petitionId };
      else if (command.petitionId !== first.petitionId) {
        return {
          ...reject(
            'wrong-petition',
            '一次提交的多项操作必须针对同一信访事项。请分别提交。',
            'Commands submitted together must all be for one petition. Submit them separately.',
          ),
          index: i,
        };
      }
      if (command.type === 'register') {
        return {
          ...reject(
            'not-allowed-in-state',
            '登记只能是一次提交中的第一项操作。',
            'A registration can only be the first command of a list.',
          ),
          index: i,
        };
      }
    }
    if (command.type === 'register' && hasPlainQueryCode(command)) {
      return { ok: false, rejection: PLAIN_QUERY_CODE, index: i };
    }
    // The events carry the command's id (decide hashes it with them); the view comes folded with them.
    const r = decideOn(current, command, ctx);
    if (!r.ok) return { ...r, index: i };
    for (const e of r.events) events.push(e);
    current = r.view;
  }
  return { ok: true, events, view: current as PetitionView };
}

/** The rejection of a registration that carries a query code in plain text instead of its digest. */
export const PLAIN_QUERY_CODE: Rejection = {
  code: 'plain-query-code',
  message: {
    zh: '查询码只能以摘要形式保存（hashQueryCode 生成的 scrypt 摘要），不能保存查询码原文。请先用 hashQueryCode 计算摘要后重新登记。',
    en: 'A query code is stored only as its digest (the scrypt digest hashQueryCode makes), never in plain text. Digest it with hashQueryCode and register again.',
  },
};

/** Whether a register command (or a registered event's data) carries a query code that is not a digest. */
export function hasPlainQueryCode(registration: { queryCode?: unknown }): boolean {
  return registration.queryCode !== undefined && !isQueryCodeDigest(registration.queryCode);
}

/** Where a stored `commandId` was recorded. */
export interface StoredCommand {
  petitionId: string;
  seq: number;
}

/**
 * The idempotent answer to commands whose ids were looked up (`stored[i]` for `commands[i]`, undefined when
 * the id is not stored or absent): `undefined` when none is stored (decide them); the first result when
 * every command's id is stored for its petition (`history` is that petition's stored history); else the
 * rejection `command-id-reused`.
 */
export function storedResult(
  commands: readonly Command[],
  stored: readonly (StoredCommand | undefined)[],
  history: readonly PetitionEvent[],
  calendar: DecideContext['calendar'],
): ExecuteResult | undefined {
  if (stored.every((s) => s === undefined)) return undefined;
  const petitionId = stored.find((s) => s !== undefined)?.petitionId;
  const consistent = commands.every((c, i) => {
    const s = stored[i];
    return s !== undefined && s.petitionId === petitionId && (c.type === 'register' || c.petitionId === petitionId);
  });
  const seqs = new Set(stored.map((s) => s?.seq));
  const events = history.filter((e) => seqs.has(e.seq));
  if (!consistent || events.length !== commands.length) {
    return reject(
      'command-id-reused',
      '该操作编号已用于另一项操作。请为新操作生成新的编号后重试。',
      'This command id was already used for another command. Generate a new id for a new command and try again.',
    );
  }
  const last = Math.max(...events.map((e) => e.seq));
  return { ok: true, events, view: replay(history.slice(0, last), { calendar }) };
}

/**
 * What a store checks before it reads or allocates anything for a command list: a non-empty list whose first
 * command is an object, and a registration that names its unit, policy and version as text. Returns the
 * rejection, or undefined when the store may go on (`decideCommands` checks the rest).
 */
export function precheckCommands(list: readonly unknown[]): Rejection | undefined {
  const first = list[0] as Record<string, unknown> | undefined;
  const invalid = (field: string): Rejection => ({
    code: 'invalid-command',
    message: {
      zh: `操作无效（${field}）。请刷新后重试。`,
      en: `The action is not valid (${field}). Reload and try again.`,
    },
  });
  if (typeof first !== 'object' || first === null) return invalid(list.length === 0 ? 'empty list' : 'command');
  if (first.type === 'register') {
    for (const field of ['unit', 'policyId', 'policyVersion'] as const) {
      if (typeof first[field] !== 'string') return invalid(field);
    }
    if (typeof first.petition !== 'object' || first.petition === null) return invalid('petition');
  }
  return undefined;
}

/** The rejection of a command whose policy the store does not have. */
export function unknownPolicy(policyId: string, version: string): Rejection {
  return {
    code: 'unknown-policy',
    message: {
      zh: `本系统未加载制度“${policyId}@${version}”，无法登记或处理该信访事项。请选择已加载的制度，或请管理员在存储的 policies 中加入该制度。`,
      en: `Policy ${policyId}@${version} is not loaded here, so the petition cannot be registered or handled. Choose a loaded policy, or ask the administrator to add it to the store's policies.`,
    },
  };
}

/** The rejection of a command for a petition the store does not have. */
export const UNKNOWN_PETITION: Rejection = {
  code: 'unknown-petition',
  message: {
    zh: '找不到该信访事项。请核对编号后重试。',
    en: 'This petition was not found. Check the number and try again.',
  },
};
