// Sentence segmentation for Korean and English news text.
//
// Intl.Segmenter's sentence rules do not break `참석했다.이 이사장은` (Korean portals often drop
// the space after 다.) and do break after `Mr.`, so the rules here are our own, kept small:
// a terminator (. ! ? 。 …) ends a sentence when what follows starts a new one.
import abbreviationData from '../lexicon/en/abbreviations.json';
import type { Sentence, Span } from '../types';
import { isHangul } from './hangul';

const abbreviations = new Set(abbreviationData.abbreviations);
const sentenceOpeners = new Set(abbreviationData.sentenceOpeners);
/** A run of initials: P.J (of P.J. Fleck), W.M (of W.M. Keck). */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

const TERMINATORS = '.!?。！？…';
const CLOSERS = '"\'”’»)]』」〉》';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isSpace = (c: string) => /\s/.test(c);

/** Splits each block of `text` into sentences; offsets index into `text`. */
export function segmentSentences(text: string, blocks: Span[] = [{ start: 0, end: text.length }]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const span of splitBlock(text, block.start, block.end)) {
      sentences.push({ ...span, block: blockIndex });
    }
  });
  return sentences;
}

function splitBlock(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  for (let i = sentenceStart; i < end; i++) {
    if (!TERMINATORS.includes(text[i])) continue;
    let after = i + 1;
    while (after < end && (TERMINATORS.includes(text[after]) || CLOSERS.includes(text[after]))) after++;
    if (!endsSentence(text, sentenceStart, i, after, end)) continue;
    pushTrimmed(spans, text, sentenceStart, after);
    sentenceStart = skipSpace(text, after, end);
    i = sentenceStart - 1;
  }
  if (sentenceStart < end) pushTrimmed(spans, text, sentenceStart, end);
  return spans;
}

/** Whether the terminator at `at` (with closers up to `after`) ends the sentence. */
function endsSentence(text: string, sentenceStart: number, at: number, after: number, end: number): boolean {
  if (after >= end) return true;
  const next = text[after];
  const previous = at > 0 ? text[at - 1] : '';
  if (text[at] !== '.') {
    // ! ? … end a sentence before a space or directly before Korean text.
    return isSpace(next) || isHangul(next);
  }
  if (!isSpace(next)) {
    // No space after the stop: only Korean sentence endings (`다.이`, `다.24일`) break here;
    // decimals (3.5), domains (hankyung.com) and initialisms (U.S.) do not.
    const closedBefore = CLOSERS.includes(previous) && at > 1 && isHangul(text[at - 2]);
    return (isHangul(previous) || closedBefore) && (isHangul(next) || isDigit(next) || CLOSERS.includes(next) || /[A-Z“‘"']/.test(next));
  }
  const nextWordStart = skipSpace(text, after, end);
  const nextChar = text[nextWordStart] ?? '';
  if (isLower(nextChar)) return false;
  const word = lastWord(text, sentenceStart, at);
  if (abbreviations.has(word.toLowerCase())) return false;
  // A single capital letter before the stop is an initial: J. K. Rowling.
  if (/^\p{Lu}$/u.test(word)) return false;
  // Initials go on to a name (P.J. Fleck); before a word that opens sentences they end one (L.A. The …).
  return !(INITIALS.test(word) && !sentenceOpeners.has(firstWord(text, nextWordStart, end).toLowerCase()));
}

function firstWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && /[\p{L}\p{N}'’-]/u.test(text[i])) i++;
  return text.slice(from, i);
}

function lastWord(text: string, floor: number, at: number): string {
  let i = at;
  while (i > floor && !isSpace(text[i - 1]) && !'("“‘\''.includes(text[i - 1])) i--;
  return text.slice(i, at);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++;
  return i;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
