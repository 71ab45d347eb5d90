// Matching keys: two copies of a sentence should give the same key even when one has
// &nbsp;, full-width forms, other quotes or spacing. NFKC folds compatibility forms; then only
// letters and digits are kept, lower-cased.

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const SURROGATE = /[\ud800-\udfff]/;

export function matchKey(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  // A pair of surrogates is one character: left to the expression, which reads them as one.
  if (SURROGATE.test(folded)) return folded.replace(NON_WORD, '');
  // The same filter as NON_WORD, character by character: the expression's Unicode classes
  // cost far more per character than these range tests (a key of a short line took ~7× longer).
  let key = '';
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    if (isWordCharacter(folded, i)) continue;
    if (i > start) key += folded.slice(start, i);
    start = i + 1;
  }
  return start === 0 ? folded : key + folded.slice(start);
}

/** Whether the character at `i` (not a surrogate) is a letter or digit (\p{L} or \p{N}). */
function isWordCharacter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  // Hangul syllables and Latin Extended-A/B are letters throughout; General Punctuation has none.
  if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x100 && code <= 0x24f)) return true;
  if (code >= 0x2000 && code <= 0x206f) return false;
  return WORD_CHARACTER.test(text[i]);
}
