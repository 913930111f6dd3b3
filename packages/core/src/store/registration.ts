/**
 * Registration numbers (登记编号, N2 / 22 arts 22–23): one format for every store and for demo data, so that a
 * number handed out by one is read back by the others. A citizen reads the number out on the phone or types it
 * into the track page, so the unit part is the unit's short `code` from the policy (`XF-XFB-2026-0001`), never
 * an internal id.
 */
import type { PolicyUnit } from '../policy/types.js';

const NUMBER = /^XF-(.+)-(\d{4})-(\d{4,})$/;

const CODE = /^[A-Z][A-Z0-9]{0,39}$/;

/**
 * The code a unit writes into registration numbers: the policy unit's `code` (e.g. `XFB`), or, for a unit
 * without one (or not in the policy), its id in capitals with anything but letters and digits left out
 * (`petitionOffice` → `PETITIONOFFICE`, `city-office` → `CITYOFFICE`). Never throws.
 *
 * @example
 * unitCode(policies.national, 'petitionOffice'); // 'XFB'
 * unitCode(undefined, 'petitionOffice');         // 'PETITIONOFFICE'
 */
export function unitCode(policy: { readonly units: readonly PolicyUnit[] } | undefined, unit: string): string {
  const units = Array.isArray(policy?.units) ? policy.units : [];
  const code = units.find((u) => u?.id === unit)?.code;
  if (typeof code === 'string' && CODE.test(code)) return code;
  const plain = (typeof unit === 'string' ? unit : '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 40);
  return /^[A-Z]/.test(plain) ? plain : `U${plain}`.slice(0, 40);
}

/**
 * The registration number of the `seq`-th matter registered under unit code `code` (see {@link unitCode}) in
 * `year` (of receipt, Asia/Shanghai): `XF-<code>-<yyyy>-<seq>`, the sequence zero-padded to 4 digits. Stores
 * call it inside the transaction that raises the code-year counter, so a refused registration never consumes a
 * number. Throws a `RangeError` for a code that is not capital letters and digits (an internal id such as
 * `petitionOffice` included), a year that is not four digits, or a sequence that is not a whole number from 1
 * (a programming mistake, never user input).
 *
 * @example
 * formatRegistrationNo('XFB', '2026', 1);                                         // 'XF-XFB-2026-0001'
 * formatRegistrationNo(unitCode(policies.national, 'petitionOffice'), '2025', 7); // 'XF-XFB-2025-0007'
 */
export function formatRegistrationNo(code: string, year: string, seq: number): string {
  if (typeof code !== 'string' || !CODE.test(code)) {
    throw new RangeError(
      `A registration number needs a unit code of capital letters and digits (unitCode), got ${JSON.stringify(code)}`,
    );
  }
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) {
    throw new RangeError(`A registration number needs a four-digit year, got ${JSON.stringify(year)}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new RangeError(`A registration number needs a sequence from 1, got ${JSON.stringify(seq)}`);
  }
  return `XF-${code}-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * The unit code, year and sequence of a registration number in the format of {@link formatRegistrationNo}, or
 * `undefined` for anything else (any type, any text). Numbers written before unit codes existed
 * (`XF-petitionOffice-2025-0007`) are read too, their unit part as written. Never throws.
 *
 * @example
 * parseRegistrationNo('XF-XFB-2025-0007'); // { unit: 'XFB', year: '2025', seq: 7 }
 * parseRegistrationNo('XF-2025-7');                   // undefined
 */
export function parseRegistrationNo(no: unknown): { unit: string; year: string; seq: number } | undefined {
  if (typeof no !== 'string' || no.length > 200) return undefined;
  const m = NUMBER.exec(no);
  if (!m) return undefined;
  const seq = Number(m[3]);
  if (!Number.isSafeInteger(seq) || seq < 1) return undefined;
  return { unit: m[1] as string, year: m[2] as string, seq };
}
