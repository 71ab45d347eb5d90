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

const WORD = /[\p{Script=Hangul}A-Za-z0-9]+/gu;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+/g;

export function splitWords(text: string): Word[] {
  const addresses = [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const address = addresses.some((a) => start < a.end && end > a.start);
    words.push({ text: m[0], start, end, nouns: nounReadings(m[0]), address });
  }
  return words;
}

/** The word's noun in its most likely reading (particle stripped). */
export const noun = (word: Word): string => word.text.slice(0, word.nouns[0]);

/** Whether only spaces separate two words (no comma, bracket or quote between). */
export function adjacent(text: string, left: Word, right: Word): boolean {
  return /^ +$/.test(text.slice(left.end, right.start));
}

/** Whether the word carries no particle (so a following word may still be part of its phrase). */
export const bare = (word: Word): boolean => word.nouns[0] === word.text.length;
