// What a person's name looks like in Korean text.
//   native:  surname + one or two given syllables (이상직, 남궁민, 김진수)
//   foreign: Hangul transliteration in one to three words (아바이 싸르쿨러브, 오바마)
// The shape alone is weak evidence; people.ts only accepts a shape next to a title, an
// honorific or a bracketed age.
import {
  givenSyllables,
  isNounWithVerbalEnding,
  isVerbOrAdverb,
  loanwordSyllables,
  longestEnding,
  notForeignNames,
  nameEndingsNot,
  notNames,
  notNameTails,
  particleEndingsBeforeTitle,
  surnames,
  titles,
  verbForms,
} from './lexicon';
import { isHangul } from '../../text/hangul';

/** Whether every character of `s` passes `test` (by UTF-16 unit: Hangul syllables are one unit each; no array per call). */
function everyChar(s: string, test: (c: string) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (!test(s[i])) return false;
  return true;
}

const allHangul = (s: string) => s.length > 0 && everyChar(s, isHangul);

/** The first syllables of all surnames: a word opening with none of them is no native name. */
const surnameOpenings = new Set([...surnames.set].map((surname) => surname[0]));

/** The surname that opens `word`, if the rest could be a given name (1–2 syllables). */
export function surnameOf(word: string): string | undefined {
  // Two-syllable surnames first, so 남궁 wins over 남; the given name is one or two syllables.
  for (let n = Math.min(surnames.longest, word.length - 1); n >= 1; n--) {
    const surname = word.slice(0, n);
    if (surnames.set.has(surname) && word.length - n <= 2) return surname;
  }
  return undefined;
}

/** A native Korean name: 2–4 syllables opening with a common surname. `strict` also asks
 *  that the given name use common given-name syllables and that the word not be a common noun
 *  with a verbal ending (이용하, 상태임), for use without a title nearby: with one, 박수하 씨 is a name. */
export function isNativeName(word: string, strict = false): boolean {
  // What every name passes, tested first: most words fail here, before the word lists are read.
  if (word.length < 2 || word.length > 4 || !surnameOpenings.has(word[0])) return false;
  if (strict && (word.length !== 3 || !givenSyllables.has(word[2]) || nameEndingsNot.has(word[2]))) return false;
  if (!allHangul(word) || word.length < 2 || word.length > 4 || notNames.has(word) || titles.has(word) || (strict && isNounWithVerbalEnding(word)) || isVerbOrAdverb(word))
    return false;
  const surname = surnameOf(word);
  if (!surname) return false;
  // 지명한, 인한: a verb form, not a name (김정은 keeps its 은). Beside a title a three-syllable
  // word in 한 may be one (오주한 선수) unless its first two syllables are a noun or root (유명한, 엄격한).
  const verbalEnding = nameEndingsNot.has(word[word.length - 1]) && !word.endsWith('은');
  if (verbalEnding && (strict || !word.endsWith('한') || word.length !== 3 || notNames.has(word.slice(0, 2)))) return false;
  if (!strict) return true;
  return word.length === 3 && everyChar(word.slice(surname.length), (s) => givenSyllables.has(s)) && !nameEndingsNot.has(word[word.length - 1]);
}

/** 김정은, 이영도, 김재만 (before a title): a three-syllable native name ending in a syllable that is
 *  also a particle, its first two syllables no noun or verb of their own (오늘은, 정부도, 서울로). */
export function isNameEndingInParticle(word: string): boolean {
  if (word.length !== 3 || !particleEndingsBeforeTitle.has(word[2]) || !allHangul(word) || !surnameOf(word) || !givenSyllables.has(word[1])) return false;
  const stem = word.slice(0, 2);
  return !notNames.has(word) && !notNames.has(stem) && !titles.has(stem) && !isVerbOrAdverb(word) && !isVerbOrAdverb(stem);
}

/** A word that may be part of a transliterated foreign name (싸르쿨러브, 오바마). A common noun
 *  may open a longer one (`inside`: 아바이 싸르쿨러브), never end it or stand alone. */
export function isForeignNameWord(word: string, inside = false): boolean {
  if (!allHangul(word) || word.length < 2 || word.length > 6) return false;
  if ((inside ? notForeignNames : notNames).has(word) || verbForms.has(word) || titles.has(word) || isVerbOrAdverb(word)) return false;
  if (nameEndingsNot.has(word[word.length - 1])) return false;
  return longestEnding(word, notNameTails) === undefined;
}

export const isSurname = (word: string): boolean => surnames.set.has(word);

/** Transliterations are mostly open syllables (오바마, 싸르쿨러브); Sino-Korean nouns are not (담임, 선출). */
export function soundsForeign(name: string): boolean {
  let syllables = 0;
  let open = 0;
  for (let i = 0; i < name.length; i++) {
    if (!isHangul(name[i])) continue;
    syllables++;
    if ((name.charCodeAt(i) - 0xac00) % 28 === 0) open++;
  }
  return syllables > 0 && open / syllables >= 0.5;
}

/** Whether a name has a syllable that native words rarely use (르, 스, 케, 슈 …). */
export const hasLoanwordSyllable = (name: string): boolean => !everyChar(name, (s) => !loanwordSyllables.has(s));
