// Repeat detection: finds runs of article text printed a second time (template bugs print
// whole bodies twice) and reports each later copy with the first copy it repeats.
//
// Sentences are hashed by match key (so whitespace, &nbsp;, quotes and markup do not matter);
// a repeat starts where a sentence's key was seen before and is extended sentence by
// sentence, stepping over ads, captions and link boxes inserted in the copy. A copy is only
// hidden where its letters and digits equal the original's: a changed word or figure ends the
// run, so nothing that differs is ever hidden. Each sentence is looked up once and each run
// walked once: linear time.
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
/** How many sentences the original may have that its copy left out before the run ends. */
const RESYNC_WINDOW = 3;
/**
 * A sentence printed this often is structure (a recurring label, a question put to every
 * guest, a meal plan's "Eat every 2–3 hours"), not a body printed twice: it may sit inside a
 * repeat but does not start or count toward one.
 */
const STRUCTURAL_OCCURRENCES = 3;
/**
 * A run whose lines are this much structure is a schedule, a menu or a form printed for each
 * day or guest, not a body printed twice (where each line occurs exactly twice).
 */
const MAX_STRUCTURAL_SHARE = 0.2;
/** Earlier occurrences of a sentence tried as the original, newest first. */
const MAX_CANDIDATES = 4;
/** A block counts as a paragraph (in Repeat.blocks) from this many key characters. */
const MIN_PARAGRAPH_CHARS = 40;

const boilerplate = new Set(boilerplateData.lines.map(matchKey));

interface Unit {
  key: string;
  /** The key's length with dense scripts weighing double (see MIN_REPEAT_CHARS). */
  weight: number;
  /** Not article prose (caption, boilerplate block or line): may be stepped over in a copy. */
  furniture: boolean;
  /** Never starts or counts toward a repeat: furniture, short lines, structural lines. */
  incidental: boolean;
  structural: boolean;
  block: number;
}

export function findRepeats(text: string, sentences: Sentence[], blocks: Block[]): Repeat[] {
  const keys = sentences.map((sentence) => matchKey(text.slice(sentence.start, sentence.end)));
  const occurrences = new Map<string, number>();
  for (const key of keys) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  const units: Unit[] = sentences.map((sentence, i) => {
    const key = keys[i];
    const furniture = blocks[sentence.block]?.kind !== 'text' || boilerplate.has(key);
    const structural = !furniture && occurrences.get(key)! >= STRUCTURAL_OCCURRENCES;
    const incidental = furniture || structural || key.length < MIN_ANCHOR_CHARS;
    return { key, weight: weightOf(key), furniture, incidental, structural, block: sentence.block };
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
    const earlier = seen.get(unit.key);
    if (earlier) earlier.push(i);
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
  /** Matched lines that are not furniture, and how many of them are structural. */
  lines: number;
  structuralLines: number;
}

const DENSE_SCRIPT = /[\uAC00-\uD7A3\u3040-\u30FF\u4E00-\u9FFF]/gu;

export function weightOf(key: string): number {
  return key.length + (key.match(DENSE_SCRIPT)?.length ?? 0);
}

function qualifies(run: Run): boolean {
  return run.sentences >= MIN_REPEAT_SENTENCES && run.chars >= MIN_REPEAT_CHARS && run.structuralLines <= run.lines * MAX_STRUCTURAL_SHARE;
}

/** Walks the original (from `a`) and the copy (from `b`) side by side while they agree. */
function extendRun(units: Unit[], a: number, b: number): Run {
  const run: Run = { originalFirst: a, originalLast: a, copyFirst: b, copyLast: b, sentences: 0, chars: 0, lines: 0, structuralLines: 0 };
  // The original must end before the copy starts.
  const originalLimit = b;
  while (a < originalLimit && b < units.length) {
    if (units[a].key === units[b].key) {
      if (!units[b].incidental) {
        run.sentences++;
        run.chars += units[b].weight;
      }
      if (!units[b].furniture) run.lines++;
      if (units[b].structural) run.structuralLines++;
      run.originalLast = a++;
      run.copyLast = b++;
      continue;
    }
    // An ad, caption or link box inserted in the copy: hidden with it, it is no article text.
    if (units[b].furniture) {
      b++;
      continue;
    }
    // Sentences the copy left out: the original stays visible, so stepping over is safe.
    const dropped = leftOut(units, a, b, originalLimit);
    if (dropped === 0) break;
    a += dropped;
  }
  return run;
}

/** How many original sentences from `a` the copy skips to agree again at `b`, or 0. */
function leftOut(units: Unit[], a: number, b: number, originalLimit: number): number {
  for (let d = 1; d <= RESYNC_WINDOW && a + d < originalLimit; d++) {
    if (units[a + d].key === units[b].key) return d;
  }
  return 0;
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
