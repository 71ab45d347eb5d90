// Words of a Korean text with their offsets. A word is a run of Hangul, Latin letters and
// digits; everything else (spaces, punctuation, quotes, brackets) separates words. E-mail
// addresses and URLs are marked so no rule ever reads a name out of them.
import { nounReadings } from './particles';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Lengths of the possible nouns in the word (longest particle stripped first; whole word last). */
  nouns: number[];
  /** Inside an e-mail address or URL. */
  address: boolean;
}

const WORD_CHAR = /^[\p{Script=Hangul}A-Za-z0-9]$/u;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+/g;

export function splitWords(text: string): Word[] {
  const addresses = [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const words: Word[] = [];
  // Runs of Hangul, Latin letters and digits, read by character: no match object per word.
  for (let start = 0; start < text.length; start++) {
    if (!isWordChar(text.charCodeAt(start))) continue;
    let end = start + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    const word = text.slice(start, end);
    // Most texts have no address: then no word is tested against one.
    const address = addresses.length > 0 && addresses.some((a) => start < a.end && end > a.start);
    words.push({ text: word, start, end, nouns: nounReadings(word), address });
    start = end;
  }
  return words;
}

/** One UTF-16 unit of a word: Latin letters and digits, Hangul syllables at once, other Hangul (jamo) by its script. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xac00 && code <= 0xd7a3) return true;
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** The word's noun in its most likely reading (particle stripped). */
export const noun = (word: Word): string => word.text.slice(0, word.nouns[0]);

/** Whether only spaces separate two words (no comma, bracket or quote between). Read in place,
 *  with no slice or regex: every rule asks it of most words. */
export function adjacent(text: string, left: Word, right: Word): boolean {
  if (right.start <= left.end) return false;
  for (let i = left.end; i < right.start; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** Whether the word carries no particle (so a following word may still be part of its phrase). */
export const bare = (word: Word): boolean => word.nouns[0] === word.text.length;
