/*
 * Resident ID numbers (公民身份号码, GB 11643-1999) and Chinese phone numbers. Pure functions, no zod, so a
 * form can call them on every keystroke.
 */

const ID18 = /^[1-9]\d{16}[\dXx]$/;
const ID15 = /^[1-9]\d{14}$/;
// GB 11643 / ISO 7064 MOD 11-2: weight of position i (1-based from the left) is 2^(18-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim =
    m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= dim;
}

/**
 * The check character (0–9 or X) of the first 17 digits of an 18-character ID number (ISO 7064 MOD 11-2).
 *
 * @example
 * idCheckCharacter('11010519491231002'); // 'X'
 */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Why an ID number is not valid (`'format'`, `'birthDate'` or `'checksum'`), or `undefined` when it is:
 * 18 characters with a correct GB 11643 check character (lower-case x accepted), or the old 15-digit form
 * (issued before 1999, birth year 19YY).
 *
 * @example
 * idNumberProblem('11010519491231002X'); // undefined
 * idNumberProblem('110105194912310021'); // 'checksum'
 * idNumberProblem('110105491231002');    // undefined (15-digit form)
 */
export function idNumberProblem(value: string): 'format' | 'birthDate' | 'checksum' | undefined {
  if (ID18.test(value)) {
    if (!realDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)))) {
      return 'birthDate';
    }
    return idCheckCharacter(value) === value[17]!.toUpperCase() ? undefined : 'checksum';
  }
  if (ID15.test(value)) {
    return realDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)))
      ? undefined
      : 'birthDate';
  }
  return 'format';
}

// Mobile: 1[3-9] + 9 digits, optionally +86 / 0086 / 86 in front. Spaces and hyphens between groups allowed.
const MOBILE = /^(?:(?:\+|00)?86)?1[3-9]\d{9}$/;
// Landline: area code 0 + 2–3 digits, 7–8 digit number, optional extension; or a 7–8 digit local number.
const LANDLINE = /^(?:(?:\+|00)?86-?)?(?:0\d{2,3}-?)?[2-9]\d{6,7}(?:-\d{1,6})?$/;

/**
 * Whether a string is a Chinese mobile number (`1[3-9]` + 9 digits, optional `+86`/`0086`) or a landline
 * (`028-12345678`, `(010) 6512 3456`, with an optional extension `-123`).
 *
 * @example
 * isChinesePhone('+86 138 0013 8000'); // true
 * isChinesePhone('028-85123456');      // true
 * isChinesePhone('12345678901');       // false
 */
export function isChinesePhone(value: string): boolean {
  const compact = value.replace(/[\s()]/g, '');
  if (MOBILE.test(compact.replace(/-/g, ''))) return true;
  return LANDLINE.test(compact);
}
