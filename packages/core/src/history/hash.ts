/**
 * The hash chain: each event's `hash` is SHA-256 over the canonical JSON of the event without its `hash`
 * field; `prevHash` links it to the event before. Unkeyed, it shows accidental damage and naive edits; a
 * writer who re-hashes is caught only by the office's signed checkpoints (checkpoint.ts).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// One encoder for every hash (TextEncoder exists in every browser and in Node ≥ 11; the core's
// TypeScript lib has no DOM, hence the local declaration).
declare const TextEncoder: (new () => { encode(input: string): Uint8Array }) | undefined;
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
const toBytes = (s: string): Uint8Array => (encoder ? encoder.encode(s) : utf8ToBytes(s));

import type { Bilingual, PetitionEvent } from '../lifecycle/types.js';
import { verifySignedHistory } from './checkpoint.js';
import { sha256Utf8Hex } from './sha256.js';

/**
 * Canonical JSON: object keys sorted, `undefined` members omitted (so a store that keeps or drops
 * undefined keys hashes the same), no whitespace. Arrays keep their order.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] }); // '{"a":[2,{"c":"x"}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return writeValue(value);
}

/**
 * The definition of canonical JSON, written for clarity rather than speed: `canonicalJson` and
 * `eventJson` must return exactly this string for every input (property-tested). @internal
 */
export function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Cannot hash the number ${value}.`);
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let s = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) s += ',';
      const item = value[i];
      s += item === undefined ? 'null' : referenceCanonicalJson(item);
    }
    return `${s}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let s = '{';
  let first = true;
  for (const k of keys) {
    const item = obj[k];
    if (item === undefined) continue;
    if (!first) s += ',';
    first = false;
    s += `${JSON.stringify(k)}:${referenceCanonicalJson(item)}`;
  }
  return `${s}}`;
}

/*
 * The fast writer: one pass, no intermediate objects. Strings without a character JSON escapes (quote,
 * backslash, control characters, surrogates — lone ones are escaped by JSON.stringify) are quoted directly;
 * object keys are quoted once and remembered (the key vocabulary of events is small and bounded below).
 */
// A character JSON must escape: a control character, quote, backslash or any surrogate (one regular expression
// scan is faster in V8 than a loop over charCodeAt for the long Chinese texts of a petition).
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly these control characters.
const NEEDS_ESCAPE = /[\u0000-\u001f"\\\ud800-\udfff]/;
function plain(s: string): boolean {
  return !NEEDS_ESCAPE.test(s);
}

function quote(s: string): string {
  return plain(s) ? `"${s}"` : JSON.stringify(s);
}

const KEY_CACHE_LIMIT = 4096;
const quotedKeys = new Map<string, string>();
function quoteKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = quote(k);
    if (quotedKeys.size < KEY_CACHE_LIMIT) quotedKeys.set(k, q);
  }
  return q;
}

/*
 * Canonical JSON remembered for deeply frozen objects shared by many events (the terms of a policy, see
 * `sharedTermsFor`): a frozen object cannot change, so its text is written once and reused verbatim.
 */
const interned = new WeakMap<object, string>();
let internedCount = 0;

/**
 * Remember the canonical JSON of a DEEPLY FROZEN object, so every later serialisation of it reuses the text.
 * Throws on an object that is not frozen (its text could go stale). @internal
 */
export function internCanonical(value: object): void {
  if (!Object.isFrozen(value)) throw new TypeError('internCanonical needs a deeply frozen object.');
  if (interned.has(value)) return;
  interned.set(value, writeValue(value));
  internedCount++;
}

function writeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new TypeError(`Cannot hash the number ${value}.`);
      return `${value}`;
    }
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let s = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) s += ',';
      const item = value[i];
      s += item === undefined ? 'null' : writeValue(item);
    }
    return `${s}]`;
  }
  if (internedCount > 0) {
    const text = interned.get(value);
    if (text !== undefined) return text;
  }
  return writeObject(value as Record<string, unknown>);
}

function writeObject(obj: Record<string, unknown>): string {
  let keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) >= (keys[i] as string)) {
      keys = keys.sort();
      break;
    }
  }
  let s = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const item = obj[k];
    if (item === undefined) continue;
    // A string that needs no escaping goes in as it is (one piece fewer than `quote`).
    if (typeof item === 'string' && plain(item)) s += `${s.length === 1 ? '' : ','}${quoteKey(k)}:"${item}"`;
    else s += `${s.length === 1 ? '' : ','}${quoteKey(k)}:${writeValue(item)}`;
  }
  return `${s}}`;
}

/** Keys of an event in canonical order, each with its bit (`hash` is never part of what is hashed). */
const EVENT_KEYS: Readonly<Record<string, number>> = {
  at: 1,
  by: 2,
  data: 4,
  late: 8,
  petitionId: 16,
  prevHash: 32,
  seq: 64,
  type: 128,
  hash: 256,
  commandId: 512,
};
const ACTOR_KEYS: Readonly<Record<string, number>> = { id: 1, name: 2, role: 4, unit: 8 };

/** Bit mask of the own enumerable keys of `o` when they are all `known` (plain object), else -1. */
function keyMask(o: object, known: Readonly<Record<string, number>>): number {
  if (Object.getPrototypeOf(o) !== Object.prototype) return -1;
  let mask = 0;
  for (const k in o) {
    const bit = Object.hasOwn(known, k) ? (known[k] as number) : 0;
    if (bit === 0 || !Object.hasOwn(o, k)) return -1;
    mask |= bit;
  }
  return mask;
}

/** `,"key":value` (or without the comma first); `undefined` members are omitted like everywhere else. */
function member(s: string, key: string, value: unknown): string {
  return value === undefined ? s : `${s}${s.length === 1 ? '' : ','}${key}${writeValue(value)}`;
}

function writeActor(by: unknown): string {
  const mask = typeof by === 'object' && by !== null ? keyMask(by, ACTOR_KEYS) : -1;
  if (mask < 0) return writeValue(by);
  const a = by as { id?: unknown; name?: unknown; role?: unknown; unit?: unknown };
  let s = '{';
  if (mask & 1) s = member(s, '"id":', a.id);
  if (mask & 2) s = member(s, '"name":', a.name);
  if (mask & 4) s = member(s, '"role":', a.role);
  if (mask & 8) s = member(s, '"unit":', a.unit);
  return `${s}}`;
}

/**
 * Canonical JSON of an event WITHOUT its `hash` field — what `hashEvent` hashes. Specialised for the
 * event's known keys (written in sorted order without sorting); any other shape (an extra key, another
 * prototype) goes through the generic writer, so the result always equals `canonicalJson` of the event
 * without `hash`, byte for byte (property-tested against `referenceCanonicalJson`). @internal
 */
export function eventJson(event: object): string {
  const mask = keyMask(event, EVENT_KEYS);
  if (mask < 0) {
    const { hash: _omit, ...rest } = event as { hash?: unknown };
    return writeValue(rest);
  }
  const e = event as Record<string, unknown>;
  let s = '{';
  if (mask & 1) s = member(s, '"at":', e.at);
  if (mask & 2 && e.by !== undefined) s = `${s}${s.length === 1 ? '' : ','}"by":${writeActor(e.by)}`;
  if (mask & 512) s = member(s, '"commandId":', e.commandId);
  if (mask & 4) s = member(s, '"data":', e.data);
  if (mask & 8) s = member(s, '"late":', e.late);
  if (mask & 16) s = member(s, '"petitionId":', e.petitionId);
  if (mask & 32) s = member(s, '"prevHash":', e.prevHash);
  if (mask & 64) s = member(s, '"seq":', e.seq);
  if (mask & 128) s = member(s, '"type":', e.type);
  return `${s}}`;
}

/**
 * The canonical JSON of an event built by `decide` from its parts, without looking at an event object: `by`
 * is the actor copy `decide` makes (`id` and `role` strings), `late` absent or a non-empty array. Byte for
 * byte `eventJson` of the event those parts make (tested on every preset's full scenario and in the property
 * tests, which verify every chain with `eventJson`). @internal
 */
export function eventJsonOf(
  at: string,
  by: { id: string; name?: unknown; role: string; unit?: unknown },
  data: unknown,
  late: readonly string[] | undefined,
  petitionId: string,
  prevHash: string,
  seq: number,
  type: string,
  commandId?: string,
): string {
  const dataJson =
    (commandId === undefined ? '' : `,"commandId":${writeValue(commandId)}`) +
    (data === undefined ? '' : `,"data":${writeValue(data)}`);
  const lateJson = late === undefined ? '' : `,"late":${writeValue(late)}`;
  const { id, name, role, unit } = by;
  // The common case in one template (no quoted intermediate strings): every part a string needing no escape.
  if (
    name === undefined &&
    typeof unit === 'string' &&
    typeof seq === 'number' &&
    Number.isFinite(seq) &&
    isPlainString(at) &&
    isPlainString(id) &&
    isPlainString(role) &&
    plain(unit) &&
    isPlainString(petitionId) &&
    isPlainString(prevHash) &&
    isPlainString(type)
  ) {
    return `{"at":"${at}","by":{"id":"${id}","role":"${role}","unit":"${unit}"}${dataJson}${lateJson},"petitionId":"${petitionId}","prevHash":"${prevHash}","seq":${seq},"type":"${type}"}`;
  }
  // Anything else member by member, each value through the generic writer (undefined members omitted).
  let actor = '{';
  actor = member(actor, '"id":', id);
  actor = member(actor, '"name":', name);
  actor = member(actor, '"role":', role);
  actor = member(actor, '"unit":', unit);
  let s = '{';
  s = member(s, '"at":', at);
  s = `${s}${s.length === 1 ? '' : ','}"by":${actor}}${dataJson}${lateJson}`;
  s = member(s, '"petitionId":', petitionId);
  s = member(s, '"prevHash":', prevHash);
  s = member(s, '"seq":', seq);
  s = member(s, '"type":', type);
  return `${s}}`;
}

function isPlainString(v: unknown): v is string {
  return typeof v === 'string' && plain(v);
}

/** SHA-256 (lower-case hex) of a text — the backend `hashEvent` uses. @internal */
export function sha256Text(text: string): string {
  return sha256Hex(text);
}

/** SHA-256 (lower-case hex) of an event without its `hash` field. */
export function hashEvent(event: Omit<PetitionEvent, 'hash'> & { hash?: string }): string {
  return sha256Hex(eventJson(event));
}

/** SHA-256 of the UTF-8 bytes of `text`, lower-case hex — the pure implementation (@noble/hashes). @internal */
export function nobleSha256Hex(text: string): string {
  return bytesToHex(sha256(toBytes(text)));
}

type HashFn = (text: string) => string;

/**
 * The platform's one-shot SHA-256 where one exists synchronously (Node ≥ 20.16: `crypto.hash`, reached through
 * `process.getBuiltinModule`, so browser bundles never see it), checked against the pure implementation on a
 * probe with CJK text and a lone surrogate before it is trusted; else `undefined` (browsers use `sha256Utf8Hex`).
 */
function platformSha256(): HashFn | undefined {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const crypto = proc?.getBuiltinModule?.('node:crypto') as
      | { hash?: (algorithm: string, data: string, encoding: 'hex') => string }
      | undefined;
    const hash = crypto?.hash;
    if (typeof hash !== 'function') return undefined;
    const fn: HashFn = (text) => hash('sha256', text, 'hex');
    const probe = '{"a":"信访\ud800 \u2028","b":[1,-0.5,true,null]}';
    return fn(probe) === nobleSha256Hex(probe) && fn('') === nobleSha256Hex('') ? fn : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which SHA-256 implementation this runtime uses — for benchmarks: `'platform'` (node:crypto) or `'portable'`
 * (`sha256Utf8Hex`, browsers). @internal
 */
const platform = platformSha256();
export const sha256Backend: 'platform' | 'portable' = platform ? 'platform' : 'portable';
const sha256Hex: HashFn = platform ?? sha256Utf8Hex;

/** Result of `verifyHistory`. */
export type VerifyResult =
  | {
      ok: true;
      /** With a checkpoint: events up to this seq are covered by the office's signature. */
      signedThrough?: number;
      /** With a checkpoint: events after it, chained but not yet signed. */
      unsignedAfter?: number;
    }
  | {
      ok: false;
      /** Index in the array of the first event that is wrong (for checkpoint problems, of the signed head). */
      index: number;
      /** The sequence number expected at that index. */
      seq: number;
      /**
       * Chain: 'missing' | 'reordered' | 'altered' | 'broken-link' | 'foreign'. Against a checkpoint:
       * 'unsigned' (none, or this petition is not in it), 'untrusted-key', 'forged' (bad signature),
       * 'truncated' (shorter than signed), 'rewritten' (a consistent chain that differs from what was signed).
       */
      reason:
        | 'missing'
        | 'reordered'
        | 'altered'
        | 'broken-link'
        | 'foreign'
        | 'unsigned'
        | 'untrusted-key'
        | 'forged'
        | 'truncated'
        | 'rewritten';
      message: Bilingual;
    };

/** A signed checkpoint and the office public keys to trust (hex), for `verifyHistory`. */
export interface TrustOptions {
  /** The office's `SignedCheckpoint` (e.g. from a backup), or undefined when there is none. */
  checkpoint: unknown;
  /** Public keys of the offices whose signature counts, kept outside the database. */
  trustedKeys: readonly string[];
}

/**
 * Check a petition's history: sequence numbers 1, 2, 3…, one petition id, each `prevHash` equal to the
 * previous `hash`, each `hash` equal to the hash of the event's content. Names the first event that is
 * missing, out of order, or altered.
 *
 * The chain alone is unkeyed: it detects accidental damage and naive edits, NOT a writer who re-hashes the
 * events after the one changed. Pass `trust` (the office's signed checkpoint and the trusted public keys) to
 * also check the history against what the office signed: `unsigned`, `untrusted-key`, `forged`, `truncated`
 * and `rewritten` are then reported distinctly (see `verifySignedHistory`).
 *
 * @example
 * const r = verifyHistory(events, { checkpoint: backup.checkpoint, trustedKeys: [officePublicKey] });
 * if (!r.ok) console.warn(r.reason, r.message.en); // 'truncated', 'Petition … had 12 records at the signed checkpoint…'
 */
export function verifyHistory(events: readonly PetitionEvent[], trust?: TrustOptions): VerifyResult {
  const chain = verifyChain(events);
  if (!chain.ok || trust === undefined) return chain;
  const signed = verifySignedHistory(events, trust.checkpoint, trust.trustedKeys);
  if (signed.ok) return { ok: true, signedThrough: signed.signedThrough, unsignedAfter: signed.unsignedAfter };
  const head = (
    trust.checkpoint as { checkpoint?: { heads?: { petitionId?: unknown; seq?: unknown }[] } } | undefined
  )?.checkpoint?.heads?.find((h) => h?.petitionId === events[0]?.petitionId);
  const seq = typeof head?.seq === 'number' ? head.seq : 0;
  return {
    ok: false,
    index: Math.max(0, Math.min(seq, events.length) - 1),
    seq,
    reason: signed.reason,
    message: signed.message,
  };
}

function verifyChain(events: readonly PetitionEvent[]): VerifyResult {
  const id = events[0]?.petitionId;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as PetitionEvent;
    const seq = i + 1;
    if (e.petitionId !== id) {
      return fail(
        i,
        seq,
        'foreign',
        `第 ${seq} 条记录属于另一信访事项（${e.petitionId}）。`,
        `Record ${seq} belongs to another petition (${e.petitionId}).`,
      );
    }
    if (e.seq !== seq) {
      const present = events.some((x, j) => j > i && x.seq === seq);
      return present
        ? fail(
            i,
            seq,
            'reordered',
            `第 ${seq} 条记录的位置被调换（此处是第 ${e.seq} 条）。`,
            `Record ${seq} is out of order (record ${e.seq} is in its place).`,
          )
        : fail(i, seq, 'missing', `第 ${seq} 条记录缺失。`, `Record ${seq} is missing.`);
    }
    const prev = i === 0 ? '' : (events[i - 1] as PetitionEvent).hash;
    if (hashEvent(e) !== e.hash) {
      return fail(
        i,
        seq,
        'altered',
        `第 ${seq} 条记录写入后被改动。`,
        `Record ${seq} was altered after it was written.`,
      );
    }
    if (e.prevHash !== prev) {
      return fail(
        i,
        seq,
        'broken-link',
        `第 ${seq} 条记录与前一条记录的链接不符，前一条可能被替换。`,
        `Record ${seq} does not link to the record before it; that record may have been replaced.`,
      );
    }
  }
  return { ok: true };
}

function fail(
  index: number,
  seq: number,
  reason: 'missing' | 'reordered' | 'altered' | 'broken-link' | 'foreign',
  zh: string,
  en: string,
): VerifyResult {
  return {
    ok: false,
    index,
    seq,
    reason,
    message: {
      zh: `${zh}历史记录不可信，请联系系统管理员核查。`,
      en: `${en} The history cannot be trusted; ask the system administrator to investigate.`,
    },
  };
}
