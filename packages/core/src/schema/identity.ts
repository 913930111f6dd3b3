/*
 * Resident ID numbers (公民身份号码, GB 11643-1999) and Chinese phone numbers. Pure functions, no zod, so a
 * form can call them on every keystroke.
 */

import { daysInMonth, digits2 } from '../calendar/dates.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

function realDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The check character (0–9 or X) of the first 17 digits of an 18-character ID number (ISO 7064 MOD 11-2).
 *
 * @example
 * idCheckCharacter('11010519491231002'); // 'X'
 */
export function idCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || first17.length < 17) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return Number.isNaN(sum) ? '' : (CHECK[sum % 11] ?? '');
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
 * idNumberProblem(110105);               // 'format' (not a text)
 */
export function idNumberProblem(value: string): 'format' | 'birthDate' | 'checksum' | undefined {
  if (typeof value !== 'string') return 'format';
  // Read with charCodeAt, no regex and no substrings: this runs on every registration.
  const n = value.length;
  if (n !== 18 && n !== 15) return 'format';
  const first = value.charCodeAt(0);
  if (first < 49 || first > 57) return 'format'; // 1–9
  const last = n === 18 ? 17 : 15;
  for (let i = 1; i < last; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return 'format';
  }
  if (n === 15) {
    // Old form (issued before 1999): region (6), birth date YYMMDD of 19YY, sequence (3).
    return realDate(1900 + digits2(value, 6), digits2(value, 8), digits2(value, 10)) ? undefined : 'birthDate';
  }
  const check = value.charCodeAt(17);
  if (!((check >= 48 && check <= 57) || check === 88 || check === 120)) return 'format'; // 0–9, X, x
  if (!realDate(digits2(value, 6) * 100 + digits2(value, 8), digits2(value, 10), digits2(value, 12)))
    return 'birthDate';
  return idCheckCharacter(value).charCodeAt(0) === (check === 120 ? 88 : check) ? undefined : 'checksum';
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
  if (typeof value !== 'string') return false;
  if (value.length === 11 && isPlainMobile(value)) return true; // the usual form, answered without a regex
  const compact = value.replace(/[\s()]/g, '');
  if (MOBILE.test(compact.replace(/-/g, ''))) return true;
  return LANDLINE.test(compact);
}

/** `1[3-9]` + 9 digits, nothing else: a mobile number as most people type it. */
function isPlainMobile(value: string): boolean {
  if (value.charCodeAt(0) !== 49) return false;
  const second = value.charCodeAt(1);
  if (second < 51 || second > 57) return false;
  for (let i = 2; i < 11; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
