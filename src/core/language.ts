// Which language an article is in, from its letters: the script decides Korean, Japanese,
// Chinese and the like at once; for Latin script the page's own lang attribute is trusted
// when present, else the language whose most common words the text uses most decides.
import functionWordData from './lexicon/function-words.json';

/** Each script's letters as UTF-16 ranges: one unit each, so counting units counts letters. */
const SCRIPTS: Array<[string, Array<[number, number]>]> = [
  [
    'ko',
    [
      [0xac00, 0xd7a3],
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
    ],
  ],
  ['ja', [[0x3040, 0x30ff]]],
  ['zh', [[0x4e00, 0x9fff]]],
  ['ru', [[0x0400, 0x04ff]]],
  ['ar', [[0x0600, 0x06ff]]],
  ['he', [[0x0590, 0x05ff]]],
  ['th', [[0x0e00, 0x0e7f]]],
  ['el', [[0x0370, 0x03ff]]],
];
/** Each function word with the Latin-script languages it belongs to (lexicon/function-words.json). */
const FUNCTION_WORDS = new Map<string, string[]>();
for (const [language, words] of Object.entries(functionWordData.languages)) {
  for (const word of words) FUNCTION_WORDS.set(word, [...(FUNCTION_WORDS.get(word) ?? []), language]);
}
const WORD = /\p{L}+/gu;
/** Share of a text's words that must be the named language's function words: the bar the English-only test had (news prose holds several times as many). */
const MIN_FUNCTION_WORD_SHARE = 0.08;
/** Enough letters to judge by; longer texts are sampled from their start. */
const SAMPLE_CHARS = 20000;

export function detectLanguage(text: string, declared?: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const declaredTag = declared?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
  const { scripts, latin } = countLetters(sample);
  const counts = SCRIPTS.map(([tag], i) => [tag, scripts[i]] as const);
  const [topTag, topCount] = counts.reduce<readonly [string, number]>((best, entry) => (entry[1] > best[1] ? entry : best), ['und', 0]);
  // Kana beside Han is Japanese even when Han characters outnumber kana.
  const kana = counts.find(([tag]) => tag === 'ja')?.[1] ?? 0;
  if (topCount > latin * 0.5 && topCount >= 10) {
    if (topTag === 'zh' && kana > 0) return 'ja';
    return topTag;
  }
  if (latin < 10) return declaredTag ?? 'und';
  if (declaredTag && /^[a-z]{2,3}$/.test(declaredTag) && !SCRIPTS.some(([tag]) => tag === declaredTag)) return declaredTag;
  return byFunctionWords(sample.slice(0, WORDS_SAMPLE_CHARS));
}

/** Enough words to tell languages apart by their function words (several hundred). */
const WORDS_SAMPLE_CHARS = 3000;

/** The language whose function words the text uses most, when they are a fair share of its words and no other language's are as many. */
function byFunctionWords(sample: string): string {
  const counts = new Map<string, number>();
  let words = 0;
  for (const [word] of sample.matchAll(WORD)) {
    words++;
    for (const language of FUNCTION_WORDS.get(word.toLowerCase()) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (!best || best[1] < words * MIN_FUNCTION_WORD_SHARE || best[1] === runnerUp?.[1]) return 'und';
  return best[0];
}

/** How many characters of `text` the global expression `letters` matches. */
const removedBy = (letters: RegExp, text: string) => text.length - text.replace(letters, '').length;
const LATIN_LETTERS = /[A-Za-z\u00c0-\u024f]+/g;
/** Each script's ranges (SCRIPTS) as one global expression. */
const SCRIPT_LETTERS = SCRIPTS.map(([, ranges]) => new RegExp(`[${rangesOf(ranges)}]+`, 'g'));
/** A letter of any of SCRIPTS. */
const ANY_SCRIPT_LETTER = new RegExp(`[${SCRIPTS.map(([, ranges]) => rangesOf(ranges)).join('')}]`);
function rangesOf(ranges: Array<[number, number]>): string {
  const hex = (code: number) => code.toString(16).padStart(4, '0');
  return ranges.map(([from, to]) => `\\u${hex(from)}-\\u${hex(to)}`).join('');
}

/**
 * Letters of each script (in SCRIPTS order) and Latin letters (A–Z, a–z, U+00C0–U+024F). Each
 * count is the characters the regular expression engine removes: a loop over every character
 * runs mostly before the JIT has optimised it (the browser reads each page with fresh code),
 * where it cost about 1 ms a page; matching each script's letters into arrays cost 5% of the
 * analysis. A text with no letter of those scripts (English) needs no script's count.
 */
function countLetters(sample: string): { scripts: number[]; latin: number } {
  const latin = removedBy(LATIN_LETTERS, sample);
  const scripts = ANY_SCRIPT_LETTER.test(sample) ? SCRIPT_LETTERS.map((letters) => removedBy(letters, sample)) : SCRIPTS.map(() => 0);
  return { scripts, latin };
}
