// Repeat detection: finds runs of article text printed a second time (template bugs print
// whole bodies twice) and reports each later copy with the first copy it repeats.
//
// Sentences are hashed by match key (so whitespace, &nbsp;, quotes and markup do not matter);
// a repeat starts where a sentence's key was seen before and is extended sentence by
// sentence, stepping over inserted ads, captions and link boxes and over one edited
// sentence. Each sentence is looked up once and each run walked once: linear time.
import boilerplateData from './lexicon/boilerplate.json';
import { matchKey } from './text/match-key';
import type { Block, Repeat, Sentence } from './types';

/**
 * A repeat needs at least two substantial sentences and this much text, counted in letters
 * and digits (spaces and punctuation not counted) with a Hangul syllable or CJK character
 * weighing two, as it carries about as much as two or three Latin letters. A pull quote is
 * one sentence; an interview question put to every guest is one or two short sentences (well
 * under 100); a body printed twice is hundreds. 100 is about two short news sentences in
 * English, or two short ones of 25 syllables each in Korean.
 */
export const MIN_REPEAT_CHARS = 100;
export const MIN_REPEAT_SENTENCES = 2;
/** Sentences shorter than this (in key characters) never start a repeat: "Read more", "Photo: AP". */
const MIN_ANCHOR_CHARS = 15;
/** How far a copy may drift from its original (inserted or dropped sentences) before it ends. */
const RESYNC_WINDOW = 3;
/** Earlier occurrences of a sentence tried as the original, newest first. */
const MAX_CANDIDATES = 4;
/** A block counts as a paragraph (in Repeat.blocks) from this many key characters. */
const MIN_PARAGRAPH_CHARS = 40;

const boilerplate = new Set(boilerplateData.lines.map(matchKey));

interface Unit {
  key: string;
  /** The key's length with dense scripts weighing double (see MIN_REPEAT_CHARS). */
  weight: number;
  /** May sit inside a repeat but never anchors or counts toward one. */
  incidental: boolean;
  block: number;
}

export function findRepeats(text: string, sentences: Sentence[], blocks: Block[]): Repeat[] {
  const units: Unit[] = sentences.map((sentence) => {
    const key = matchKey(text.slice(sentence.start, sentence.end));
    const incidental = blocks[sentence.block]?.kind !== 'text' || key.length < MIN_ANCHOR_CHARS || boilerplate.has(key);
    return { key, weight: weightOf(key), incidental, block: sentence.block };
  });

  const repeats: Repeat[] = [];
  const seen = new Map<string, number[]>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.incidental) continue;
    let best: Run | undefined;
    for (const original of (seen.get(unit.key) ?? []).slice(-MAX_CANDIDATES).reverse()) {
      const run = extendRun(units, original, i);
      if (qualifies(run) && (!best || run.chars > best.chars)) best = run;
    }
    if (best) {
      repeats.push({
        start: sentences[best.copyFirst].start,
        end: sentences[best.copyLast].end,
        blocks: countParagraphs(units, best.copyFirst, best.copyLast),
        keptStart: sentences[best.originalFirst].start,
        keptEnd: sentences[best.originalLast].end,
      });
      // A copy is never the original of a later copy: a third printing repeats the first.
      i = best.copyLast;
      continue;
    }
    const occurrences = seen.get(unit.key);
    if (occurrences) occurrences.push(i);
    else seen.set(unit.key, [i]);
  }
  return repeats;
}

interface Run {
  originalFirst: number;
  originalLast: number;
  copyFirst: number;
  copyLast: number;
  /** Substantial sentences matched, and their weight. */
  sentences: number;
  chars: number;
}

const DENSE_SCRIPT = /[\uAC00-\uD7A3\u3040-\u30FF\u4E00-\u9FFF]/gu;

export function weightOf(key: string): number {
  return key.length + (key.match(DENSE_SCRIPT)?.length ?? 0);
}

function qualifies(run: Run): boolean {
  return run.sentences >= MIN_REPEAT_SENTENCES && run.chars >= MIN_REPEAT_CHARS;
}

/** Walks the original (from `a`) and the copy (from `b`) side by side while they agree. */
function extendRun(units: Unit[], a: number, b: number): Run {
  const run: Run = { originalFirst: a, originalLast: a, copyFirst: b, copyLast: b, sentences: 0, chars: 0 };
  // The original must end before the copy starts.
  const originalLimit = b;
  while (a < originalLimit && b < units.length) {
    if (sameSentence(units[a].key, units[b].key)) {
      if (!units[b].incidental) {
        run.sentences++;
        run.chars += units[b].weight;
      }
      run.originalLast = a++;
      run.copyLast = b++;
      continue;
    }
    // Something inserted in the copy (an ad, a caption) or left out of it.
    if (units[b].incidental) {
      b++;
      continue;
    }
    if (units[a].incidental) {
      a++;
      continue;
    }
    const shift = resync(units, a, b, originalLimit);
    if (!shift) break;
    a += shift.original;
    b += shift.copy;
  }
  return run;
}

/** Finds where the two sides agree again within a few sentences, or undefined. */
function resync(units: Unit[], a: number, b: number, originalLimit: number): { original: number; copy: number } | undefined {
  for (let d = 1; d <= RESYNC_WINDOW; d++) {
    if (b + d < units.length && units[a].key === units[b + d].key) return { original: 0, copy: d };
    if (a + d < originalLimit && units[a + d].key === units[b].key) return { original: d, copy: 0 };
  }
  // One sentence edited in place: step over both when the next ones agree.
  if (a + 1 < originalLimit && b + 1 < units.length && units[a + 1].key === units[b + 1].key && !units[a + 1].incidental) {
    return { original: 1, copy: 1 };
  }
  return undefined;
}

/**
 * Equal keys, or near-equal: a word changed or a typo fixed in one copy. Judged by the shared
 * prefix and suffix, which is linear and enough for the edits templates make.
 */
function sameSentence(x: string, y: string): boolean {
  if (x === y) return true;
  const longer = Math.max(x.length, y.length);
  if (longer < MIN_ANCHOR_CHARS * 2 || Math.abs(x.length - y.length) > longer * 0.1) return false;
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  return prefix + suffix >= longer * 0.85;
}

function countParagraphs(units: Unit[], first: number, last: number): number {
  const paragraphChars = new Map<number, number>();
  for (let u = first; u <= last; u++) {
    if (units[u].incidental && units[u].key.length < MIN_ANCHOR_CHARS) continue;
    paragraphChars.set(units[u].block, (paragraphChars.get(units[u].block) ?? 0) + units[u].weight);
  }
  let paragraphs = 0;
  for (const chars of paragraphChars.values()) if (chars >= MIN_PARAGRAPH_CHARS) paragraphs++;
  return paragraphs;
}
