// How much text a string carries, scripts compared fairly: a Hangul syllable or a CJK
// character carries about as much as two or three Latin letters, so it weighs two. Used where
// a length is a threshold (repeat detection, paragraph scores when choosing the article).

const DENSE_SCRIPT = /[\uAC00-\uD7A3\u3040-\u30FF\u4E00-\u9FFF]/gu;

export function weightOf(text: string): number {
  return text.length + (text.match(DENSE_SCRIPT)?.length ?? 0);
}
