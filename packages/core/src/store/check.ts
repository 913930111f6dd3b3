/**
 * `checkAppend`: the gate of every store's `append` (and of bulk and backup imports). An event is
 * accepted only if `decide` could have produced it: the command it records is rebuilt from the event,
 * decided against the view before it, and the event `decide` then builds must equal the given one byte for
 * byte (canonical JSON and hash). So the chain (seq, prevHash, hash), the lifecycle table (the state allows
 * the act), every rule (roles, units, periods, one extension of at most the limit…) and the shape of the
 * data are checked by the same code that decides commands — one rule, one place.
 */
import type { Calendar } from '../calendar/index.js';
import { decideOn } from '../lifecycle/decide.js';
import type {
  Bilingual,
  Command,
  CommandType,
  EventType,
  PetitionEvent,
  PetitionView,
  Rejection,
} from '../lifecycle/types.js';
import type { PolicyProfile } from '../policy/types.js';
import { hasPlainQueryCode, isCommandId, PLAIN_QUERY_CODE } from './commands.js';

/** Why an append was refused. */
export type AppendRefusalReason =
  | 'malformed'
  | 'foreign'
  | 'out-of-sequence'
  | 'broken-link'
  | 'altered'
  | 'unknown-type'
  | 'unknown-policy'
  | 'invalid-command-id'
  | 'duplicate-command-id'
  | 'not-decidable'
  | 'not-as-decided';

/** A refused append: which event (index in the appended list, and its seq), why, and a message for people. */
export interface AppendRefusal {
  reason: AppendRefusalReason;
  /** Index in the list of appended events. */
  index: number;
  /** The seq the event should have had. */
  seq: number;
  /** For 'not-decidable': the rejection `decide` gave for the rebuilt command. */
  rejection?: Rejection;
  message: Bilingual;
}

/** Result of `checkAppend`: the view after the events, or the first refused event. */
export type AppendCheck = { ok: true; view: PetitionView | undefined } | { ok: false; refusal: AppendRefusal };

/** What `checkAppend` needs from the store: its policies (by id and version) and its calendar. */
export interface AppendContext {
  /** The policy a petition was registered under; `undefined` when the store does not have it. */
  policyFor(policyId: string, policyVersion: string): PolicyProfile | undefined;
  calendar: Calendar;
}

/** Thrown by a store's `append` (and imports) when `checkAppend` refuses; nothing was written. */
export class AppendRefusedError extends Error {
  readonly code = 'append-refused';
  readonly bilingual: Bilingual;
  readonly petitionId: string;
  readonly refusal: AppendRefusal;
  constructor(petitionId: string, refusal: AppendRefusal) {
    const id = String(petitionId);
    const bilingual: Bilingual = {
      zh: `追加到信访事项 ${id} 的第 ${refusal.seq} 条记录被拒绝：${refusal.message.zh} 未保存任何记录。请重新读取该事项的历史，用 decide 生成记录后再追加。`,
      en: `Record ${refusal.seq} appended to petition ${id} was refused: ${refusal.message.en} Nothing was saved. Read the petition's history again and append what decide produces.`,
    };
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = 'AppendRefusedError';
    this.bilingual = bilingual;
    this.petitionId = id;
    this.refusal = refusal;
  }
}

/** For each event type: the command that produces it and the command's fields recorded in the data. */
const COMMAND_OF: Readonly<Record<EventType, readonly [CommandType, readonly string[]]>> = {
  registered: [
    'register',
    ['petition', 'registrationNo', 'unit', 'policyId', 'policyVersion', 'queryCode', 'earlier', 'emergency'],
  ],
  accepted: ['accept', ['complex', 'simplified']],
  received: ['receive', []],
  accusedMatchSettled: ['settleAccusedMatch', ['staffId', 'confirmed', 'reason']],
  markedVague: ['markVague', ['reason']],
  transferred: ['transfer', ['toUnit', 'reason']],
  assigned: ['assign', ['toUnit', 'reason', 'reportBackBy']],
  referred: ['referToLegalChannel', ['channel', 'organ']],
  declined: ['decline', ['reason', 'goTo', 'alreadyAcceptedAs']],
  notified: ['notify', ['method', 'to', 'text']],
  objected: ['object', ['reasons']],
  objectionDecided: ['decideObjection', ['agreed', 'reason']],
  handlingProposed: ['proposeHandling', ['text']],
  leaderInstructed: ['leaderInstruct', ['text']],
  caseOwned: ['ownCase', []],
  urged: ['urge', ['text']],
  supervised: ['supervise', ['text']],
  convened: ['convene', ['form', 'chair', 'units', 'withPetitioner']],
  hearingHeld: ['hearing', ['from', 'to', 'summary']],
  recused: ['recuse', ['person', 'reason']],
  handlerAssigned: ['assignHandler', ['handler']],
  materialAdded: ['addMaterial', ['kind', 'ref', 'title']],
  extended: ['extend', ['days', 'reason', 'notice']],
  concluded: ['conclude', ['outcome', 'opinion', 'onTheSpot']],
  replied: ['reply', ['text']],
  delivered: ['delivered', []],
  reviewRequested: ['requestReview', ['reviewUnit', 'reasons']],
  reviewDecided: ['decideReview', ['outcome', 'opinion']],
  reReviewRequested: ['requestReReview', ['reviewUnit', 'reasons']],
  reReviewDecided: ['decideReReview', ['outcome', 'opinion']],
  archived: ['archive', ['volume']],
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The command an event records (its `data` fields that came from the command), or undefined for an unknown type. */
export function commandOfEvent(event: PetitionEvent): Command | undefined {
  const type = (event as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(COMMAND_OF, type)) return undefined;
  const [commandType, fields] = COMMAND_OF[type as EventType];
  const data: Record<string, unknown> = isObject(event.data) ? event.data : {};
  const command: Record<string, unknown> = {
    type: commandType,
    petitionId: event.petitionId,
    at: event.at,
    by: event.by,
  };
  for (const f of fields) if (Object.hasOwn(data, f) && data[f] !== undefined) command[f] = data[f];
  if (typeof event.commandId === 'string') command.commandId = event.commandId;
  return command as unknown as Command;
}

function refusal(
  reason: AppendRefusalReason,
  index: number,
  seq: number,
  zh: string,
  en: string,
  rejection?: Rejection,
): { ok: false; refusal: AppendRefusal } {
  return { ok: false, refusal: { reason, index, seq, message: { zh, en }, ...(rejection ? { rejection } : {}) } };
}

/**
 * Check events to be appended after `view` (undefined for a new petition): accepted only if `decide` could
 * have produced each of them in order. Returns the view after them, or the first refused event with a
 * bilingual reason. Never throws, whatever `events` holds.
 *
 * @example
 * const c = checkAppend(view, events, { policyFor, calendar: chinaCalendar });
 * if (!c.ok) throw new AppendRefusedError(petitionId, c.refusal);
 */
export function checkAppend(
  view: PetitionView | undefined,
  events: readonly unknown[],
  ctx: AppendContext,
): AppendCheck {
  try {
    return checkEach(view, events, ctx);
  } catch {
    // A getter that throws, a proxy, an array that is not one: whatever it is, it is not an event.
    return refusal('malformed', 0, (view?.seq ?? 0) + 1, '记录的内容无法读取。', 'its content cannot be read.');
  }
}

function checkEach(view: PetitionView | undefined, events: readonly unknown[], ctx: AppendContext): AppendCheck {
  const petitionId = view?.petitionId ?? (isObject(events[0]) ? events[0].petitionId : undefined);
  const ids = new Set<string>();
  let current = view;
  let policy: PolicyProfile | undefined;
  let lastPolicyId: unknown = Symbol('none');
  let lastPolicyVersion: unknown;
  for (let i = 0; i < events.length; i++) {
    const seq = (current?.seq ?? 0) + 1;
    const e = events[i];
    if (!isObject(e) || typeof e.hash !== 'string' || typeof e.type !== 'string' || !isObject(e.by)) {
      return refusal(
        'malformed',
        i,
        seq,
        '记录不是有效的事件（缺少类型、操作人或哈希）。',
        'the record is not a valid event (type, actor or hash missing).',
      );
    }
    if (typeof petitionId !== 'string' || e.petitionId !== petitionId) {
      return refusal(
        'foreign',
        i,
        seq,
        `该记录属于另一信访事项（${String(e.petitionId)}）。`,
        `the record belongs to another petition (${String(e.petitionId)}).`,
      );
    }
    if (e.seq !== seq) {
      return refusal(
        'out-of-sequence',
        i,
        seq,
        `序号应为 ${seq}，实际为 ${String(e.seq)}。`,
        `its sequence number should be ${seq}, not ${String(e.seq)}.`,
      );
    }
    if (e.prevHash !== (current?.lastHash ?? '')) {
      return refusal('broken-link', i, seq, '与前一条记录的链接不符。', 'it does not link to the record before it.');
    }
    if (!Object.hasOwn(COMMAND_OF, e.type)) {
      return refusal(
        'unknown-type',
        i,
        seq,
        `记录类型“${e.type.slice(0, 40)}”不存在。`,
        `there is no record type "${e.type.slice(0, 40)}".`,
      );
    }
    const commandId = e.commandId;
    if (commandId !== undefined) {
      if (!isCommandId(commandId)) {
        return refusal('invalid-command-id', i, seq, '操作编号格式无效。', 'its command id is malformed.');
      }
      if (ids.has(commandId)) {
        return refusal(
          'duplicate-command-id',
          i,
          seq,
          `操作编号“${commandId}”已用于另一条记录。`,
          `the command id "${commandId}" is already used by another record.`,
        );
      }
      ids.add(commandId);
    }
    const event = e as unknown as PetitionEvent;
    const policyId = current?.policyId ?? (isObject(e.data) ? e.data.policyId : undefined);
    const policyVersion = current?.policyVersion ?? (isObject(e.data) ? e.data.policyVersion : undefined);
    // One petition, one policy: looked up once per call (the view's policy never changes).
    if (policyId !== lastPolicyId || policyVersion !== lastPolicyVersion) {
      lastPolicyId = policyId;
      lastPolicyVersion = policyVersion;
      policy =
        typeof policyId === 'string' && typeof policyVersion === 'string'
          ? ctx.policyFor(policyId, policyVersion)
          : undefined;
    }
    if (policy === undefined) {
      return refusal(
        'unknown-policy',
        i,
        seq,
        `本系统未加载该事项登记时的制度“${String(policyId)}@${String(policyVersion)}”。`,
        `the policy the petition was registered under (${String(policyId)}@${String(policyVersion)}) is not loaded here.`,
      );
    }
    let produced: PetitionEvent;
    let after: PetitionView;
    let same: boolean;
    try {
      const command = commandOfEvent(event) as Command;
      const r =
        command.type === 'register' && hasPlainQueryCode(command)
          ? { ok: false as const, rejection: PLAIN_QUERY_CODE }
          : decideOn(current, command, { policy, calendar: ctx.calendar });
      if (!r.ok) {
        return refusal(
          'not-decidable',
          i,
          seq,
          `按办理规则不能有这条“${e.type}”记录：${r.rejection.message.zh}`,
          `the rules do not allow this "${e.type}" record: ${r.rejection.message.en}`,
          r.rejection,
        );
      }
      produced = r.events[0] as PetitionEvent;
      after = r.view;
      same = sameCanonical(event, produced, 'hash');
    } catch {
      return refusal('malformed', i, seq, '记录的内容无法读取。', 'its content cannot be read.');
    }
    if (!same) {
      return refusal(
        'not-as-decided',
        i,
        seq,
        '记录的内容与按规则应生成的内容不同（多出、缺少或改动了字段）。',
        'its content differs from what the rules produce (a field added, missing or changed).',
      );
    }
    if (e.hash !== produced.hash) {
      return refusal('altered', i, seq, '记录的哈希与其内容不符。', 'its hash does not match its content.');
    }
    current = after;
  }
  return { ok: true, view: current };
}

/**
 * Whether two values have the same canonical JSON (`canonicalJson`), compared without writing it: undefined
 * members are absent, an undefined array item is null, -0 is 0; anything JSON cannot write (a function, NaN)
 * equals nothing `decide` makes. `skip` is a top-level key left out (the event's `hash`).
 */
function sameCanonical(a: unknown, b: unknown, skip?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    if (a.length !== bs.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameCanonical(a[i] ?? null, bs[i] ?? null)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k of Object.keys(x)) {
    if (k === skip || x[k] === undefined) continue;
    count++;
    if (!Object.hasOwn(y, k) || !sameCanonical(x[k], y[k])) return false;
  }
  for (const k of Object.keys(y)) if (k !== skip && y[k] !== undefined) count--;
  return count === 0;
}

/** The command ids carried by `events` (for a store to look up before `checkStoreAppend`); never throws. */
export function commandIdsOf(events: unknown): string[] {
  try {
    if (!Array.isArray(events)) return [];
    const ids: string[] = [];
    for (const e of events) if (isObject(e) && typeof e.commandId === 'string') ids.push(e.commandId);
    return ids;
  } catch {
    return [];
  }
}

/** `checkAppend` of a whole history from its first event. */
export function checkHistory(events: readonly unknown[], ctx: AppendContext): AppendCheck {
  if (events.length === 0) {
    return refusal('malformed', 0, 1, '该信访事项没有任何记录。', 'the petition has no records.');
  }
  return checkAppend(undefined, events, ctx);
}

/**
 * What a store's `append` checks, in one call: the events are for `petitionId`, `checkAppend` accepts them
 * after `view`, and no `commandId` on them is already stored (`isStored`). Returns the view after them, or
 * throws `AppendRefusedError`.
 */
export function checkStoreAppend(
  petitionId: string,
  view: PetitionView | undefined,
  events: readonly unknown[],
  ctx: AppendContext,
  isStored: (commandId: string) => boolean,
): PetitionView {
  const seq = (view?.seq ?? 0) + 1;
  if (!Array.isArray(events) || events.length === 0) {
    throw new AppendRefusedError(petitionId, {
      reason: 'malformed',
      index: 0,
      seq,
      message: { zh: '没有要追加的记录。', en: 'there are no records to append.' },
    });
  }
  let stray = -1;
  let other = '?';
  try {
    stray = events.findIndex((e) => !isObject(e) || e.petitionId !== petitionId);
    if (stray >= 0 && isObject(events[stray])) other = String(events[stray].petitionId);
  } catch {
    stray = 0;
  }
  if (stray >= 0) {
    throw new AppendRefusedError(petitionId, {
      reason: 'foreign',
      index: stray,
      seq: seq + stray,
      message: { zh: `该记录属于另一信访事项（${other}）。`, en: `the record belongs to another petition (${other}).` },
    });
  }
  const checked = checkAppend(view, events, ctx);
  if (!checked.ok) throw new AppendRefusedError(petitionId, checked.refusal);
  let used = -1;
  let id = '';
  try {
    used = events.findIndex((e) => isObject(e) && typeof e.commandId === 'string' && isStored(e.commandId));
    if (used >= 0) id = String((events[used] as { commandId: string }).commandId);
  } catch {
    // checkAppend read these events without a throw; an event that throws now is refused as malformed.
    throw new AppendRefusedError(petitionId, {
      reason: 'malformed',
      index: 0,
      seq,
      message: { zh: '记录的内容无法读取。', en: 'its content cannot be read.' },
    });
  }
  if (used >= 0) {
    throw new AppendRefusedError(petitionId, {
      reason: 'duplicate-command-id',
      index: used,
      seq: seq + used,
      message: {
        zh: `操作编号“${id}”已记录在本系统中，同一操作不能记录两次。`,
        en: `the command id "${id}" is already recorded here; one command is recorded once.`,
      },
    });
  }
  return checked.view as PetitionView;
}
