/**
 * The tamper-evident chain: each event's `hash` is SHA-256 over the canonical JSON of the event
 * without its `hash` field; `prevHash` links it to the event before.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// One encoder for every hash (TextEncoder exists in every browser and in Node ≥ 11; the core's
// TypeScript lib has no DOM, hence the local declaration).
declare const TextEncoder: (new () => { encode(input: string): Uint8Array }) | undefined;
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
const toBytes = (s: string): Uint8Array => (encoder ? encoder.encode(s) : utf8ToBytes(s));
import type { Bilingual, PetitionEvent } from '../lifecycle/types.js';

/**
 * Canonical JSON: object keys sorted, `undefined` members omitted (so a store that keeps or drops
 * undefined keys hashes the same), no whitespace. Arrays keep their order.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] }); // '{"a":[2,{"c":"x"}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  // Fast path: values whose object keys are already sorted, with no undefined members and finite
  // numbers only, serialise identically with the native JSON.stringify.
  return isCanonical(value) ? JSON.stringify(value) : slowCanonical(value);
}

function isCanonical(value: unknown): boolean {
  if (value === null) return true;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return true;
  if (t === 'number') return Number.isFinite(value);
  if (t !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isCanonical(value[i])) return false;
    return true;
  }
  const obj = value as Record<string, unknown>;
  let prev = '';
  let first = true;
  for (const k in obj) {
    if (!Object.hasOwn(obj, k)) return false;
    if (!first && k <= prev) return false;
    first = false;
    prev = k;
    const item = obj[k];
    if (item === undefined || !isCanonical(item)) return false;
  }
  return Object.getPrototypeOf(obj) === Object.prototype || Object.getPrototypeOf(obj) === null;
}

function slowCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Cannot hash the number ${value}.`);
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    let s = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) s += ',';
      const item = value[i];
      s += item === undefined ? 'null' : slowCanonical(item);
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
    s += `${JSON.stringify(k)}:${slowCanonical(item)}`;
  }
  return `${s}}`;
}
/** SHA-256 (lower-case hex) of an event without its `hash` field. */
export function hashEvent(event: Omit<PetitionEvent, 'hash'> & { hash?: string }): string {
  if (event.hash === undefined) return sha256Hex(canonicalJson(event));
  const { hash: _omit, ...rest } = event;
  return sha256Hex(canonicalJson(rest));
}

function sha256Hex(text: string): string {
  return bytesToHex(sha256(toBytes(text)));
}

/** Result of `verifyHistory`. */
export type VerifyResult =
  | { ok: true }
  | {
      ok: false;
      /** Index in the array of the first event that is wrong. */
      index: number;
      /** The sequence number expected at that index. */
      seq: number;
      reason: 'missing' | 'reordered' | 'altered' | 'broken-link' | 'foreign';
      message: Bilingual;
    };

/**
 * Check a petition's history: sequence numbers 1, 2, 3…, one petition id, each `prevHash` equal to the
 * previous `hash`, each `hash` equal to the hash of the event's content. Names the first event that is
 * missing, out of order, or altered.
 *
 * @example
 * const r = verifyHistory(events);
 * if (!r.ok) console.warn(r.message.en); // 'Record 3 was altered after it was written.'
 */
export function verifyHistory(events: readonly PetitionEvent[]): VerifyResult {
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
