// Matching keys: two copies of a sentence should give the same key even when one has
// &nbsp;, full-width forms, other quotes or spacing. NFKC folds compatibility forms; then only
// letters and digits are kept, lower-cased.

const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NON_WORD, '');
}
