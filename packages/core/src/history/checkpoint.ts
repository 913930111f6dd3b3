/**
 * Signed checkpoints: what makes a history a forger cannot rewrite unseen.
 *
 * The hash chain alone is unkeyed: whoever can write the database can rewrite an event and re-hash every
 * event after it, and the chain verifies. A checkpoint is the list of every petition's head (last seq and
 * hash) and every registration counter at one moment, signed by the office with Ed25519 (`@noble/curves`).
 * The secret key is kept outside the database; verifiers hold the office's public key (the trusted key).
 * Then any change to an event at or before a signed head, a petition removed, a history cut short or a
 * counter lowered no longer matches the signed checkpoint — unless the forger also holds the secret key.
 *
 * Pure functions: the key is data, the core reads no clock and draws no randomness (`officeKeyFromSeed`
 * takes 32 random bytes from the caller).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { Bilingual, Instant, PetitionEvent } from '../lifecycle/types.js';
import { canonicalJson } from './hash.js';

declare const TextEncoder: new () => { encode(input: string): Uint8Array };

/** One petition's head: its last seq and that event's hash. */
export interface Head {
  petitionId: string;
  seq: number;
  hash: string;
}

/** A registration counter (`<unit>|<yyyy>` → last number handed out). */
export interface CounterState {
  key: string;
  last: number;
}

/** What an office signs: every head and counter of its store at `at`. */
export interface Checkpoint {
  format: 'xinfang-checkpoint';
  version: 1;
  /** The office (store) that signs. */
  office: string;
  /** When it was taken (the caller's clock). */
  at: Instant;
  /** Sorted by petitionId. */
  heads: Head[];
  /** Sorted by key. */
  counters: CounterState[];
}

/** A checkpoint with the signer's public key and the Ed25519 signature (hex). */
export interface SignedCheckpoint {
  checkpoint: Checkpoint;
  publicKey: string;
  signature: string;
}

/** An office key pair (hex). Keep `secretKey` outside the database; give `publicKey` to every verifier. */
export interface OfficeKey {
  secretKey: string;
  publicKey: string;
}

const DOMAIN = 'xinfang-checkpoint-v1\n';
const HEX64 = /^[0-9a-f]{64}$/;
const HEX128 = /^[0-9a-f]{128}$/;

/**
 * The office key pair from 32 random bytes (e.g. `crypto.getRandomValues(new Uint8Array(32))`).
 * Throws `RangeError` for another length.
 */
export function officeKeyFromSeed(seed: Uint8Array): OfficeKey {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) throw new RangeError('An office key needs a 32-byte seed.');
  return { secretKey: bytesToHex(seed), publicKey: bytesToHex(ed25519.getPublicKey(seed)) };
}

/** A checkpoint of the given heads and counters, sorted (so the same state always gives the same bytes). */
export function checkpointOf(input: {
  office: string;
  at: Instant;
  heads: readonly Head[];
  counters: readonly CounterState[];
}): Checkpoint {
  const heads = input.heads
    .map(({ petitionId, seq, hash }) => ({ petitionId, seq, hash }))
    .sort((a, b) => (a.petitionId < b.petitionId ? -1 : a.petitionId > b.petitionId ? 1 : 0));
  const counters = input.counters
    .map(({ key, last }) => ({ key, last }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { format: 'xinfang-checkpoint', version: 1, office: input.office, at: input.at, heads, counters };
}

const message = (checkpoint: Checkpoint): Uint8Array => new TextEncoder().encode(DOMAIN + canonicalJson(checkpoint));

/** Sign a checkpoint with the office's secret key (hex, from `officeKeyFromSeed`). */
export function signCheckpoint(checkpoint: Checkpoint, secretKey: string): SignedCheckpoint {
  if (!HEX64.test(secretKey)) throw new RangeError('The secret key must be 64 hex digits.');
  const sk = hexToBytes(secretKey);
  return {
    checkpoint,
    publicKey: bytesToHex(ed25519.getPublicKey(sk)),
    signature: bytesToHex(ed25519.sign(message(checkpoint), sk)),
  };
}

/** Why a checkpoint or a history does not verify against the trusted keys. */
export type TrustProblem = 'unsigned' | 'untrusted-key' | 'forged' | 'truncated' | 'rewritten' | 'counter-lowered';

/** Result of `verifyCheckpoint`. */
export type CheckpointVerdict =
  | { ok: true; checkpoint: Checkpoint }
  | { ok: false; reason: 'unsigned' | 'untrusted-key' | 'forged'; message: Bilingual };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function wellFormed(c: unknown): c is Checkpoint {
  if (!isObject(c) || c.format !== 'xinfang-checkpoint' || c.version !== 1) return false;
  if (typeof c.office !== 'string' || typeof c.at !== 'string') return false;
  if (!Array.isArray(c.heads) || !Array.isArray(c.counters)) return false;
  const headOk = (h: unknown) =>
    isObject(h) && typeof h.petitionId === 'string' && Number.isSafeInteger(h.seq) && typeof h.hash === 'string';
  const counterOk = (k: unknown) =>
    isObject(k) && typeof k.key === 'string' && Number.isSafeInteger(k.last) && (k.last as number) >= 0;
  return c.heads.every(headOk) && c.counters.every(counterOk);
}

/**
 * Check a signed checkpoint: well formed, signed by one of `trustedKeys` (hex public keys, held outside
 * the database), signature valid over exactly this content. Never throws.
 */
export function verifyCheckpoint(signed: unknown, trustedKeys: readonly string[]): CheckpointVerdict {
  if (signed === undefined || signed === null) {
    return {
      ok: false,
      reason: 'unsigned',
      message: {
        zh: '没有办公室签名的检查点，无法证明历史记录未被改写。请由持有密钥的办公室签署检查点。',
        en: 'There is no checkpoint signed by the office, so nothing proves the history was not rewritten. Have the office that holds the key sign a checkpoint.',
      },
    };
  }
  const forged: CheckpointVerdict = {
    ok: false,
    reason: 'forged',
    message: {
      zh: '检查点的签名无效：检查点在签署后被改动或是伪造的。请勿信任这些数据，并联系系统管理员核查。',
      en: 'The checkpoint signature is not valid: the checkpoint was changed after signing or forged. Do not trust this data; ask the system administrator to investigate.',
    },
  };
  if (!isObject(signed) || typeof signed.publicKey !== 'string' || typeof signed.signature !== 'string') return forged;
  if (!wellFormed(signed.checkpoint) || !HEX64.test(signed.publicKey) || !HEX128.test(signed.signature)) return forged;
  if (!trustedKeys.includes(signed.publicKey)) {
    return {
      ok: false,
      reason: 'untrusted-key',
      message: {
        zh: '检查点不是用受信任的办公室密钥签署的。请核对办公室公钥，或请持有密钥的办公室重新签署。',
        en: 'The checkpoint was not signed with a trusted office key. Check the office public key, or have the office that holds the key sign again.',
      },
    };
  }
  try {
    const valid = ed25519.verify(
      hexToBytes(signed.signature),
      message(signed.checkpoint),
      hexToBytes(signed.publicKey),
      { zip215: false },
    );
    return valid ? { ok: true, checkpoint: signed.checkpoint } : forged;
  } catch {
    return forged;
  }
}

/** One difference between a signed checkpoint and the data at hand. */
export interface HeadProblem {
  reason: 'truncated' | 'rewritten' | 'counter-lowered';
  petitionId?: string;
  counter?: string;
  message: Bilingual;
}

/**
 * Compare a verified checkpoint with the data at hand: every signed petition must still be there with at
 * least the signed number of events and the signed hash at the signed seq (`hashAt(petitionId, seq)`
 * returns the hash stored at that seq, or undefined when the petition or that seq is gone), and no counter
 * may be lower than signed. Returns every problem found ([] when the data extend the checkpoint).
 */
export function compareWithCheckpoint(
  checkpoint: Checkpoint,
  hashAt: (petitionId: string, seq: number) => string | undefined,
  counterOf: (key: string) => number | undefined,
): HeadProblem[] {
  const problems: HeadProblem[] = [];
  for (const head of checkpoint.heads) {
    const hash = hashAt(head.petitionId, head.seq);
    if (hash === undefined) {
      problems.push({
        reason: 'truncated',
        petitionId: head.petitionId,
        message: {
          zh: `信访事项 ${head.petitionId} 在签名检查点中有 ${head.seq} 条记录，现在缺失或不足（被删除或截断）。`,
          en: `Petition ${head.petitionId} had ${head.seq} records at the signed checkpoint; it is now missing or shorter (deleted or cut).`,
        },
      });
    } else if (hash !== head.hash) {
      problems.push({
        reason: 'rewritten',
        petitionId: head.petitionId,
        message: {
          zh: `信访事项 ${head.petitionId} 的第 ${head.seq} 条记录与签名检查点不符：签署前的历史被改写。`,
          en: `Record ${head.seq} of petition ${head.petitionId} does not match the signed checkpoint: the history before it was rewritten.`,
        },
      });
    }
  }
  for (const c of checkpoint.counters) {
    const now = counterOf(c.key);
    if (now === undefined || now < c.last) {
      problems.push({
        reason: 'counter-lowered',
        counter: c.key,
        message: {
          zh: `编号计数器 ${c.key} 在签名检查点中为 ${c.last}，现在为 ${now ?? '（缺失）'}：已发放的登记编号会被重复发放。`,
          en: `The number counter ${c.key} was ${c.last} at the signed checkpoint and is now ${now ?? 'missing'}: registration numbers already handed out would be handed out again.`,
        },
      });
    }
  }
  return problems;
}

/** Result of `verifySignedHistory`. */
export type SignedHistoryVerdict =
  | {
      ok: true;
      /** Events up to this seq are covered by the signed checkpoint. */
      signedThrough: number;
      /** Events after the checkpoint: chained but not yet signed (detected only from the next checkpoint on). */
      unsignedAfter: number;
    }
  | { ok: false; reason: 'unsigned' | 'untrusted-key' | 'forged' | 'truncated' | 'rewritten'; message: Bilingual };

/**
 * Check one history against a signed checkpoint: the checkpoint verifies with a trusted key, and the history
 * holds the signed head. `unsigned` when there is no checkpoint or it does not list this petition (registered
 * after it), `untrusted-key` / `forged` for a bad checkpoint, `truncated` when the history is shorter than
 * signed, `rewritten` when a consistent-looking chain differs from what was signed. Run `verifyHistory` first
 * for the chain itself.
 *
 * @example
 * const r = verifySignedHistory(events, signed, [officePublicKey]);
 * if (!r.ok) warn(r.reason, r.message.en);
 */
export function verifySignedHistory(
  events: readonly PetitionEvent[],
  signed: unknown,
  trustedKeys: readonly string[],
): SignedHistoryVerdict {
  const verdict = verifyCheckpoint(signed, trustedKeys);
  if (!verdict.ok) return verdict;
  const petitionId = events[0]?.petitionId;
  const head = verdict.checkpoint.heads.find((h) => h.petitionId === petitionId);
  if (head === undefined) {
    return {
      ok: false,
      reason: 'unsigned',
      message: {
        zh: `信访事项 ${String(petitionId)} 不在签名检查点中（检查点之后登记），其历史尚无签名保护。`,
        en: `Petition ${String(petitionId)} is not in the signed checkpoint (registered after it); its history is not yet protected by a signature.`,
      },
    };
  }
  const [problem] = compareWithCheckpoint(
    { ...verdict.checkpoint, heads: [head], counters: [] },
    (_, seq) => events[seq - 1]?.hash,
    () => undefined,
  );
  if (problem !== undefined)
    return { ok: false, reason: problem.reason as 'truncated' | 'rewritten', message: problem.message };
  return { ok: true, signedThrough: head.seq, unsignedAfter: events.length - head.seq };
}
