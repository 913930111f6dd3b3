/*
 * Text that looks empty is empty. A name of zero-width spaces, a subject of bidi overrides or NUL characters
 * shows as nothing on a screen and in a printed register, yet `trim()` keeps it. The rule lives here, once: the
 * petition rules (and so the zod schemas, `validatePetition` and `decide`) and the lifecycle's text checks use it.
 */

/**
 * Whether a code point shows nothing by itself: controls (C0, DEL, C1), spaces, zero-width characters, bidi
 * marks, embeddings, overrides and isolates, joiners, variation selectors, fillers, tags, and a lone surrogate.
 * Letters of every script, combining marks and punctuation are visible.
 */
function invisible(cp: number): boolean {
  if (cp <= 0x20) return true; // C0 controls (NUL …) and the space
  if (cp < 0x7f) return false;
  if (cp <= 0xa0) return true; // DEL, C1 controls, no-break space
  if (cp < 0x34f) return cp === 0xad; // soft hyphen
  if (cp < 0x2000) {
    return (
      cp === 0x34f || // combining grapheme joiner
      cp === 0x61c || // Arabic letter mark
      cp === 0x115f ||
      cp === 0x1160 || // Hangul fillers
      cp === 0x1680 || // Ogham space
      cp === 0x17b4 ||
      cp === 0x17b5 || // Khmer inherent vowels (invisible)
      (cp >= 0x180b && cp <= 0x180f) // Mongolian free variation selectors and vowel separator
    );
  }
  if (cp <= 0x200f) return true; // spaces, zero-width space / non-joiner / joiner, LRM, RLM
  if (cp >= 0x2028 && cp <= 0x202f) return true; // line/paragraph separators, embeddings, overrides, narrow space
  if (cp >= 0x205f && cp <= 0x206f) return true; // word joiner, invisible operators, isolates, deprecated formats
  if (cp === 0x2800 || cp === 0x3000 || cp === 0x3164 || cp === 0xfeff || cp === 0xffa0) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // a surrogate alone (a pair is read as one code point)
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true; // variation selectors
  if (cp >= 0xfff0 && cp <= 0xfffb) return true; // interlinear annotation controls
  if (cp >= 0x1bca0 && cp <= 0x1bca3) return true; // shorthand format controls
  if (cp >= 0x1d173 && cp <= 0x1d17a) return true; // musical formatting controls
  return cp >= 0xe0000 && cp <= 0xe0fff; // tags, variation selectors 17–256
}

/**
 * Whether `text` has at least one character a person can see. Ordinary text answers at its first character.
 *
 * @example
 * hasVisibleText('李雷');           // true
 * hasVisibleText('ᠪᠠᠲᠤ');           // true (Mongolian)
 * hasVisibleText('\u200b\u202e\u0000'); // false
 */
export function hasVisibleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (!invisible(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
