/**
 * The office's signing key (Ed25519, `officeKeyFromSeed` in `@xinfang/core`): kept in localStorage, outside the
 * IndexedDB store it vouches for, so that whoever rewrites the database does not also hold the key. Backups
 * this office exports carry a checkpoint signed with it; a restore can require that signature (a file with a
 * petition removed, a history truncated or a counter lowered is then refused). In a real office the key lives
 * with the office, not in one browser: this is the demo's stand-in.
 */
import { type OfficeKey, officeKeyFromSeed } from '@xinfang/core';

const key = (organ: string): string => `xinfang.officeKey.${organ}`;

function isOfficeKey(value: unknown): value is OfficeKey {
  const hex64 = /^[0-9a-f]{64}$/;
  return (
    typeof value === 'object' &&
    value !== null &&
    hex64.test(String((value as OfficeKey).secretKey)) &&
    hex64.test(String((value as OfficeKey).publicKey))
  );
}

/** The organ's key: the stored one, or a new one from 32 random bytes, stored for next time. */
export function officeKey(organ: string): OfficeKey {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key(organ)) ?? 'null');
    if (isOfficeKey(stored)) {
      const again = officeKeyFromSeed(hexBytes(stored.secretKey));
      if (again.publicKey === stored.publicKey) return again;
    }
  } catch {
    // A damaged entry is replaced by a new key below.
  }
  const made = officeKeyFromSeed(crypto.getRandomValues(new Uint8Array(32)));
  try {
    localStorage.setItem(key(organ), JSON.stringify(made));
  } catch {
    // No storage (private mode): the key lasts as long as the page.
  }
  return made;
}

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** The public key as people compare it: four groups of four hex digits of its start. */
export function fingerprint(publicKey: string): string {
  return (publicKey.slice(0, 16).match(/.{4}/g) ?? []).join(' ').toUpperCase();
}
