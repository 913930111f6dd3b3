/**
 * Registration numbers (登记编号, N2 / 22 arts 22–23): one format for every store and for demo data, so that a
 * number handed out by one is read back by the others.
 */

const NUMBER = /^XF-(.+)-(\d{4})-(\d{4,})$/;

/**
 * The registration number of the `seq`-th matter registered by `unit` in `year` (of receipt, Asia/Shanghai):
 * `XF-<unit>-<yyyy>-<seq>`, the sequence zero-padded to 4 digits. Stores call it inside the transaction that
 * raises the unit-year counter, so a refused registration never consumes a number. Throws a `RangeError` for a
 * unit that is not a non-empty string, a year that is not four digits, or a sequence that is not a whole number
 * from 1 (a programming mistake, never user input).
 *
 * @example
 * formatRegistrationNo('petitionOffice', '2025', 7); // 'XF-petitionOffice-2025-0007'
 */
export function formatRegistrationNo(unit: string, year: string, seq: number): string {
  if (typeof unit !== 'string' || unit === '' || /\s/.test(unit)) {
    throw new RangeError(`A registration number needs a unit id without spaces, got ${JSON.stringify(unit)}`);
  }
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) {
    throw new RangeError(`A registration number needs a four-digit year, got ${JSON.stringify(year)}`);
  }
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new RangeError(`A registration number needs a sequence from 1, got ${JSON.stringify(seq)}`);
  }
  return `XF-${unit}-${year}-${String(seq).padStart(4, '0')}`;
}

/**
 * The unit, year and sequence of a registration number in the format of {@link formatRegistrationNo}, or
 * `undefined` for anything else (any type, any text). Never throws.
 *
 * @example
 * parseRegistrationNo('XF-petitionOffice-2025-0007'); // { unit: 'petitionOffice', year: '2025', seq: 7 }
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
