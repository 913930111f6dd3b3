/*
 * Text that looks empty is empty. A name of zero-width spaces, a subject of bidi overrides or NUL characters
 * shows as nothing on a screen and in a printed register, yet `trim()` keeps it. The rule lives here, once: the
 * petition rules (and so the zod schemas, `validatePetition` and `decide`) and the lifecycle's text checks use it.
 */

/**
 * One character a person can see: anything but controls (C0, DEL, C1), spaces, zero-width characters, bidi
 * marks, embeddings, overrides and isolates, joiners, Mongolian free variation selectors and vowel separator,
 * variation selectors, fillers, interlinear annotation and shorthand format controls, tags, and a surrogate
 * alone (a pair is one code point in a `u` regex). Letters of every script, combining marks and punctuation
 * are visible.
 */
const VISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this class leaves out
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each joiner and selector stands alone here, on purpose
  /[^\s\0-\x1f\x7f-\xa0\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u2800\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\ud800-\udfff\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]/u;

/**
 * Whether `text` has at least one character a person can see. Ordinary text answers at its first character.
 *
 * @example
 * hasVisibleText('李雷');           // true
 * hasVisibleText('ᠪᠠᠲᠤ');           // true (Mongolian)
 * hasVisibleText('\u200b\u202e\u0000'); // false
 */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}
