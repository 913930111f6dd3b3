/**
 * The shape of a command, checked before any rule: every field of the type the command type needs, real
 * dates and instants, a known actor role. A command that arrives from a network or a hand-edited file may be
 * anything; this is where it stops being anything. The answer is a rejection naming the field, in Chinese and
 * English, never an exception.
 */
import { instantMillis, isIsoDate } from '../calendar/dates.js';
import { roleLabels, statusLabels } from './labels.js';
import type { Bilingual, CommandType, Rejection } from './types.js';

/** What a field must hold: text, a flag, a number, a real date, a list of texts, an object, or one of a few words. */
type Kind = 'text' | 'flag' | 'number' | 'date' | 'texts' | 'object' | 'earlier' | readonly string[];
/** A field: its name, its kind, and whether it may be left out. */
type Field = readonly [name: string, kind: Kind, optional?: 'optional'];

const LEGAL_CHANNELS = [
  'litigation',
  'arbitration',
  'administrativeReconsideration',
  'partyAppeal',
  'laborArbitration',
  'other',
] as const;
const REVIEW_OUTCOMES = ['upheld', 'changed', 'revoked'] as const;
const opt = 'optional';

/*
 * The fields of each command type (the command interfaces of types.ts). A reason that a rule requires
 * (`hasReason`) may be left out here: the rule then says "enter the reason", which tells the clerk more.
 */
const FIELDS: Record<CommandType, readonly Field[]> = {
  register: [
    ['petition', 'object'],
    ['registrationNo', 'text'],
    ['unit', 'text'],
    ['policyId', 'text'],
    ['policyVersion', 'text'],
    ['queryCode', 'text', opt],
    ['earlier', 'earlier', opt],
    ['emergency', 'flag', opt],
  ],
  accept: [
    ['complex', 'flag', opt],
    ['simplified', 'flag', opt],
  ],
  receive: [],
  settleAccusedMatch: [
    ['staffId', 'text'],
    ['confirmed', 'flag'],
    ['reason', 'text', opt],
  ],
  markVague: [['reason', 'text', opt]],
  transfer: [
    ['toUnit', 'text'],
    ['reason', 'text', opt],
  ],
  assign: [
    ['toUnit', 'text'],
    ['reason', 'text', opt],
    ['reportBackBy', 'date', opt],
  ],
  referToLegalChannel: [
    ['channel', LEGAL_CHANNELS],
    ['organ', 'text'],
  ],
  decline: [
    ['reason', 'text', opt],
    ['goTo', 'text'],
    ['alreadyAcceptedAs', 'text', opt],
  ],
  notify: [
    ['method', ['written', 'onSpot']],
    ['to', 'text', opt],
    ['text', 'text', opt],
  ],
  object: [['reasons', 'text', opt]],
  decideObjection: [
    ['agreed', 'flag'],
    ['reason', 'text', opt],
  ],
  proposeHandling: [['text', 'text']],
  leaderInstruct: [['text', 'text']],
  ownCase: [],
  urge: [['text', 'text', opt]],
  supervise: [['text', 'text', opt]],
  convene: [
    ['form', ['onSite', 'meeting']],
    ['chair', 'text'],
    ['units', 'texts'],
    ['withPetitioner', 'flag', opt],
  ],
  hearing: [
    ['from', 'date'],
    ['to', 'date'],
    ['summary', 'text', opt],
  ],
  recuse: [
    ['person', 'text'],
    ['reason', 'text', opt],
  ],
  assignHandler: [
    ['handler', 'text'],
    ['handlerIsParty', 'flag', opt],
  ],
  addMaterial: [
    ['kind', ['investigation', 'evidence', 'other']],
    ['ref', 'text'],
    ['title', 'text', opt],
  ],
  extend: [
    ['days', 'number'],
    ['reason', 'text', opt],
    ['notice', ['written', 'onSpot'], opt],
  ],
  conclude: [
    ['outcome', 'text'],
    ['opinion', 'text'],
    ['onTheSpot', 'flag', opt],
  ],
  reply: [['text', 'text']],
  delivered: [],
  requestReview: [
    ['reviewUnit', 'text'],
    ['reasons', 'text'],
  ],
  decideReview: [
    ['outcome', REVIEW_OUTCOMES],
    ['opinion', 'text'],
  ],
  requestReReview: [
    ['reviewUnit', 'text'],
    ['reasons', 'text'],
  ],
  decideReReview: [
    ['outcome', REVIEW_OUTCOMES],
    ['opinion', 'text'],
  ],
  archive: [['volume', 'text', opt]],
};

const ROLES = Object.keys(roleLabels);
/** A client-generated command id (idempotent retries): a `crypto.randomUUID()` fits. */
const COMMAND_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
const STATUSES = Object.keys(statusLabels);

/** What a field of `kind` must hold, in words. */
function expected(kind: Kind): Bilingual {
  if (typeof kind !== 'string') {
    return { zh: `应为以下之一：${kind.join('、')}`, en: `must be one of: ${kind.join(', ')}` };
  }
  switch (kind) {
    case 'text':
      return { zh: '应为文字', en: 'must be text' };
    case 'flag':
      return { zh: '应为“是”或“否”（true 或 false）', en: 'must be true or false' };
    case 'number':
      return { zh: '应为数字', en: 'must be a number' };
    case 'date':
      return {
        zh: '应为真实存在的日期，按 YYYY-MM-DD 填写（例如 2025-10-09）',
        en: 'must be a real date written YYYY-MM-DD (e.g. 2025-10-09)',
      };
    case 'texts':
      return { zh: '应为文字列表', en: 'must be a list of texts' };
    case 'object':
      return { zh: '应为填写完整的登记表', en: 'must be the filled-in petition form' };
    case 'earlier':
      return {
        zh: '应注明原事项的登记编号和状态',
        en: 'must give the earlier matter’s registration number and status',
      };
  }
}

/**
 * The rejection of a malformed command: code `invalid-command` and a message naming the field, what it must
 * hold, and what to do. @internal
 */
export function invalidField(field: string, what: Bilingual): Rejection {
  return {
    code: 'invalid-command',
    message: {
      zh: `操作内容有误：“${field}”${what.zh}。请刷新页面后重新操作；如仍出现，请联系系统管理员。`,
      en: `The action is not valid: "${field}" ${what.en}. Reload the page and do it again; if this happens again, contact the system administrator.`,
    },
  };
}

const MISSING: Bilingual = { zh: '未填写', en: 'is missing' };

function holds(kind: Kind, v: unknown): boolean {
  if (typeof kind !== 'string') return typeof v === 'string' && kind.includes(v);
  switch (kind) {
    case 'text':
      return typeof v === 'string';
    case 'flag':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'date':
      return isIsoDate(v);
    case 'texts':
      if (!Array.isArray(v)) return false;
      for (const x of v) if (typeof x !== 'string') return false;
      return true;
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'earlier': {
      if (typeof v !== 'object' || v === null) return false;
      const e = v as { registrationNo?: unknown; status?: unknown; final?: unknown };
      return (
        typeof e.registrationNo === 'string' &&
        typeof e.status === 'string' &&
        STATUSES.includes(e.status) &&
        (e.final === undefined || typeof e.final === 'boolean')
      );
    }
  }
}

/** The first problem of an actor (`by`): not an object, no id, a role nobody knows, a unit that is no text. @internal */
export function actorProblem(value: unknown): Rejection | undefined {
  const by = value as Record<string, unknown> | null | undefined;
  if (typeof by !== 'object' || by === null) {
    return invalidField('by', { zh: '未注明操作人（请先登录）', en: 'does not name who did it (sign in first)' });
  }
  if (typeof by.id !== 'string' || by.id === '') return invalidField('by.id', MISSING);
  if (typeof by.role !== 'string' || !Object.hasOwn(roleLabels, by.role)) {
    return invalidField('by.role', {
      zh: `应为已知的岗位之一：${ROLES.join('、')}`,
      en: `must be one of the known roles: ${ROLES.join(', ')}`,
    });
  }
  if (by.unit !== undefined && (typeof by.unit !== 'string' || by.unit === '')) {
    return invalidField('by.unit', expected('text'));
  }
  if (by.name !== undefined && typeof by.name !== 'string') return invalidField('by.name', expected('text'));
  return undefined;
}

/**
 * The first problem of a command's shape, or `undefined` when every field has the type its command type needs.
 * Reads only own data (`Object.hasOwn`), so `constructor` or `__proto__` is an unknown command, not a member of
 * `Object.prototype`. @internal
 */
export function shapeProblem(command: unknown): Rejection | undefined {
  if (typeof command !== 'object' || command === null || Array.isArray(command)) {
    return invalidField('command', { zh: '应为一项操作', en: 'must be an action' });
  }
  const c = command as Record<string, unknown>;
  const type = c.type;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) {
    return invalidField('type', { zh: '不是可识别的操作', en: 'is not a known action' });
  }
  if (typeof c.petitionId !== 'string' || c.petitionId === '') return invalidField('petitionId', expected('text'));
  if (instantMillis(c.at) === undefined) {
    const shown = typeof c.at === 'string' ? c.at.slice(0, 40) : typeof c.at;
    return invalidField('at', {
      zh: `（${shown}）不是真实存在的时间，应按 2025-10-01T09:30:00+08:00 填写`,
      en: `(${shown}) is not a real time; it must be written like 2025-10-01T09:30:00+08:00`,
    });
  }
  const byProblem = actorProblem(c.by);
  if (byProblem !== undefined) return byProblem;
  if (c.commandId !== undefined && (typeof c.commandId !== 'string' || !COMMAND_ID.test(c.commandId))) {
    return invalidField('commandId', {
      zh: '应为 8 到 128 个字母、数字或“._:-”组成的编号（例如 crypto.randomUUID() 生成的编号）',
      en: 'must be 8 to 128 letters, digits or "._:-" (e.g. one made by crypto.randomUUID())',
    });
  }
  for (const [name, kind, optional] of FIELDS[type as CommandType]) {
    const v = c[name];
    if (v === undefined) {
      if (optional === undefined) return invalidField(name, MISSING);
    } else if (!holds(kind, v)) {
      return invalidField(name, expected(kind));
    }
  }
  return undefined;
}
