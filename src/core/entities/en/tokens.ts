// Word tokens with offsets. Periods stay on initialisms (U.S.), initials (J.) and known
// abbreviations (Mr., Inc.); a possessive 's is left out of the token so `Clinton’s` is `Clinton`.
import abbreviationData from '../../lexicon/en/abbreviations.json';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const abbreviations = new Set(abbreviationData.abbreviations.map((a: string) => a.toLowerCase()));
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-&][\p{L}\p{N}]+)*\.?/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    let word = m[0];
    if (m.index + word.length > end) word = word.slice(0, end - m.index);
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !abbreviations.has(word.slice(0, -1).toLowerCase())) {
      word = word.slice(0, -1);
    }
    if (word.length > 2 && word.endsWith('s') && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) word = word.slice(0, -2);
    if (word) tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}

/** Capitalised like a name: Seoul, NATO, G7, iPhone, McDonald's. */
// `Oscar-winning` is an adjective; iPhone, eBay and al-Assad are names.
export function isCapitalised(word: string): boolean {
  // Most words of prose start with a lower-case ASCII letter other than a, e, i: no regex for
  // them (this test runs on every token; it was the recogniser's largest cost).
  const first = word.charCodeAt(0);
  if (first >= 98 && first <= 122 && first !== 101 && first !== 105) return false;
  return (
    ((/^\p{Lu}/u.test(word) && !/-\p{Ll}+$/u.test(word)) || /^(?:[ie]|al-|el-)\p{Lu}/u.test(word)) &&
    !(/\d/.test(word) && /\p{Ll}/u.test(word))
  );
}
export const isAcronym = (word: string) => /^(?:\p{Lu}[\p{Lu}\d&]{1,6}|(?:\p{Lu}\.){2,})$/u.test(word);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const isWordCharacterAt = (text: string, at: number) => {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  // The low half of a surrogate pair: look at the whole character.
  const start = code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(start)!));
};

/** Whether `word` (lower case) stands in the text as a word of its own: `arrangements`. */
export function writtenInLowerCase(text: string, word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordCharacterAt(text, at - 1) && !isWordCharacterAt(text, at + word.length)) return true;
  }
  return false;
}
