// Word tokens with offsets. Periods stay on initialisms (U.S.), initials (J.) and known
// abbreviations (Mr., Inc.); a possessive 's is left out of the token so `Clinton’s` is `Clinton`.
// Module state, deliberately: `lowerCaseWords` memoises what is known of the lower-case words of
// the one text being recognised (see writtenInLowerCase); recognizeEnglish lets it go when it is
// done (forgetLowerCaseWords), so it lives for one analysis at most.
import abbreviationData from '../../lexicon/en/abbreviations.json';
import organizationData from '../../lexicon/en/organizations.json';
import { lookupPlace } from '../places';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const abbreviations = new Set(abbreviationData.abbreviations.map((a: string) => a.toLowerCase()));
// `Edmunds.com`, `PanARMENIAN.Net`: a web address's ending stays on the word it closes (one name, not `Edmunds` + `com`).
// Any case of the ending (.com, .Net, .COM); the rest of the pattern is case-sensitive.
const anyCase = (ending: string) => ending.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/\./g, '\\.');
const webDomain = (wordCharacter: string) => `\\.(?:${organizationData.webDomains.map(anyCase).join('|')})(?!${wordCharacter})`;
const WEB_DOMAIN = webDomain('[\\p{L}\\p{N}]');
const wordPattern = (upper: string, wordCharacter: string, flags: string) =>
  new RegExp(`(?:${upper}\\.){2,}|${wordCharacter}+(?:['’\\-&]${wordCharacter}+)*(?:${webDomain(wordCharacter)})?\\.?`, flags);
const WORD = wordPattern('\\p{Lu}', '[\\p{L}\\p{N}]', 'gu');
/**
 * WORD without Unicode classes, for text whose only characters past ASCII are no letters or
 * digits (a no-break space, curly quotes, dashes): the same tokens, found about twice as fast.
 */
const ASCII_WORD = wordPattern('[A-Z]', '[A-Za-z0-9]', 'g');
/** A character ASCII_WORD does not read as WORD does: past ASCII, other than the no-break space and U+2010–U+2027 (dashes, quotes, bullets). */
const PAST_ASCII = /[\u0080-\u009f\u00a1-\u200f\u2028-\uffff]/;
/** A character no word goes past (and the last one WORD looks at after a word). */
const WORD_STOP = /[^A-Za-z0-9'’&.-]/g;

/** The expression that reads the words starting in text[start, end): ASCII_WORD where it reads them as WORD does. */
function wordExpression(text: string, start: number, end: number): RegExp {
  WORD_STOP.lastIndex = end;
  const stop = WORD_STOP.exec(text)?.index ?? text.length;
  return PAST_ASCII.test(text.slice(start, stop + 1)) ? WORD : ASCII_WORD;
}

/** A capitalised word that ends in a web address's ending (see WEB_DOMAIN): a company's or a site's name. */
export const WEB_ADDRESS_NAME = new RegExp(`^\\p{Lu}[\\p{L}\\p{N}'’&-]*${WEB_DOMAIN}$`, 'u');

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const words = wordExpression(text, start, end);
  words.lastIndex = start;
  for (let m = words.exec(text); m && m.index < end; m = words.exec(text)) {
    let word = m[0];
    if (m.index + word.length > end) word = word.slice(0, end - m.index);
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !abbreviations.has(word.slice(0, -1).toLowerCase())) {
      word = word.slice(0, -1);
    }
    if (word.length > 2 && word.endsWith('s') && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) word = word.slice(0, -2);
    if (!word) continue;
    const token = { text: word, start: m.index, end: m.index + word.length };
    // Only a hyphenated word can be two places (China-US); the rest go in as they are, with no array per token.
    if (word.includes('-')) tokens.push(...splitPlacePair(token));
    else tokens.push(token);
  }
  return tokens;
}

/** `China-US`, `US-China`, `Israel-Gaza`: two places joined by a hyphen are two names, not one. */
function splitPlacePair(token: Token): Token[] {
  const parts = token.text.split('-');
  if (parts.length !== 2 || !parts.every((part) => isCapitalised(part) && lookupPlace(part, 'en') !== undefined)) return [token];
  const second = token.start + parts[0].length + 1;
  return [
    { text: parts[0], start: token.start, end: token.start + parts[0].length },
    { text: parts[1], start: second, end: token.end },
  ];
}

/** Capitalised like a name: Seoul, NATO, G7, iPhone, McDonald's. */
// `Oscar-winning` is an adjective; iPhone, eBay and al-Assad are names.
export function isCapitalised(word: string): boolean {
  // Most words of prose start with a lower-case ASCII letter other than a, e, i: no regex for
  // them (this test runs on every token; it was the recogniser's largest cost).
  const first = word.charCodeAt(0);
  if (first >= 98 && first <= 122 && first !== 101 && first !== 105) return false;
  return ((/^\p{Lu}/u.test(word) && !/-\p{Ll}+$/u.test(word)) || /^(?:[ie]|al-|el-)\p{Lu}/u.test(word)) && !(/\d/.test(word) && /\p{Ll}/u.test(word));
}
export const isAcronym = (word: string) => /^(?:\p{Lu}[\p{Lu}\d&]{1,6}|(?:\p{Lu}\.){2,})$/u.test(word);

/** For the last text asked about (one text at a time): the answers given, then its lower-case words. */
let lowerCaseWords: { text: string; answers: Map<string, boolean>; words?: Set<string> } | undefined;

/** Lower-case words searched for one by one before the text's words are collected once. */
const SEARCHES_BEFORE_COLLECTING = 32;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
// What may not touch a word: a letter or digit (a code point, so two chars may make one).
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}]/u;

/** Lets the last text go (a page's text is megabytes at most, but no reason to keep it). */
export function forgetLowerCaseWords(): void {
  lowerCaseWords = undefined;
}

/**
 * Whether `word` (lower case) stands in the text as a word of its own: `arrangements`. A page
 * asks about a few words, each found with indexOf; a text asked about many (a long one) has its
 * lower-case words collected once, as searching the whole text for each made it quadratic (4 MB
 * of English: 32 s instead of 3 s). Both give the same answer.
 */
export function writtenInLowerCase(text: string, word: string): boolean {
  if (lowerCaseWords?.text !== text) lowerCaseWords = { text, answers: new Map() };
  const known = lowerCaseWords;
  if (known.words) return known.words.has(word);
  let answer = known.answers.get(word);
  if (answer !== undefined) return answer;
  if (known.answers.size >= SEARCHES_BEFORE_COLLECTING) {
    known.words = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu));
    return known.words.has(word);
  }
  answer = LOWER_CASE_WORD.test(word) && standsAsWord(text, word);
  known.answers.set(word, answer);
  return answer;
}

/** Whether `word` is written somewhere in `text` with no letter or digit touching it. */
function standsAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !WORD_CHAR_AFTER.test(text.slice(at + word.length, at + word.length + 2))) return true;
  }
  return false;
}
