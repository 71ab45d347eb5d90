// Repeat detection: finds runs of article text printed a second time (template bugs print
// whole bodies twice) and reports each later copy with the first copy it repeats.
//
// Sentences are hashed by match key (so whitespace, &nbsp;, quotes and markup do not matter);
// a repeat starts where a sentence's key was seen before and is extended sentence by
// sentence, stepping over ads, captions and link boxes inserted in the copy. A copy is only
// hidden where its letters and digits equal the original's: a changed word or figure ends the
// run, so nothing that differs is ever hidden. Only prose starts or counts toward a repeat: a
// line that does not end like a sentence (a spec item, a byline) or a reference entry may sit
// inside one but never makes one. A body printed three or more times collapses copies 2..n;
// a line printed that often among different lines each time is structure and does not. Each
// sentence is looked up once and each run walked once: linear time.
import boilerplateData from './lexicon/boilerplate.json';
import { matchKey } from './text/match-key';
import { weightOf } from './text/weight';
import type { Block, Repeat, Sentence } from './types';

export { weightOf } from './text/weight';

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
 * repeat but does not start or count toward one. Unless every printing has the same line
 * before it or the same line after it: then it belongs to a run printed again as a whole (a
 * body printed three times), while structure recurs among different lines each time.
 */
const STRUCTURAL_OCCURRENCES = 3;
/**
 * A run of such reprinted sentences collapses only from this long: a template's shared lines
 * (a two-sentence question put to every guest, a day's instructions in a meal plan) can also
 * recur together, but are a sentence or two, not a body.
 */
const MIN_REPRINT_SENTENCES = 3;
const MIN_REPRINT_CHARS = 2 * MIN_REPEAT_CHARS;
/**
 * A run whose lines are this much structure is a schedule, a menu or a form printed for each
 * day or guest, not a body printed twice (where each line occurs exactly twice).
 */
const MAX_STRUCTURAL_SHARE = 0.2;
/**
 * At least this share of a run's lines must be prose sentences: a body printed again is
 * paragraphs with a heading or byline here and there, while two spec sheets or meal plans
 * that share most of their items are label lines with the odd "1 tsp." among them.
 */
const MIN_PROSE_SHARE = 0.5;
/** Lines above a copy (a heading, a dateline) taken in with it, and furniture stepped over between them. */
const MAX_LINES_BEFORE = 3;
const MAX_FURNITURE_STEPPED_BACK = 4;
/** Earlier occurrences of a sentence tried as the original, newest first. */
const MAX_CANDIDATES = 4;
/** A block counts as a paragraph (in Repeat.blocks) from this many key characters. */
const MIN_PARAGRAPH_CHARS = 40;

/** What ends a sentence of prose, before any closing quotes and brackets (다: Korean without the stop). */
const SENTENCE_ENDS = '.!?。！？…다';
const CLOSERS = '"\'”’»)]』」〉》';
/**
 * Marks of a bibliographic reference: a year in brackets closed by a stop (APA, Harvard:
 * "Smith, J. (2019)."), volume(issue) and pages ("12(3), 45–67", "12(3):45-67"), a page
 * range ("pp. 45–67") or a DOI. A reference list may print one entry twice in a row: that
 * is two references, not a body printed twice.
 */
const REFERENCE_MARK = /\((?:1[5-9]|20)\d\d[a-z]?\)\.|\d\s?\(\d+\)\s?[:,]\s?\d+\s?[-–]\s?\d|\bpp\.\s?\d+\s?[-–]\s?\d|\bdoi(?::|\.org\/)\s?10\./iu;

/** What every REFERENCE_MARK needs (a bracket, `pp.` or `doi`): a quick test that spares most prose the full one. */
const MAY_BE_REFERENCE = /[(]|pp\.|doi/i;

const boilerplate = new Set(boilerplateData.lines.map(matchKey));

interface Unit {
  key: string;
  /** The key's length with dense scripts weighing double (see MIN_REPEAT_CHARS). */
  weight: number;
  /** Not article prose (caption, boilerplate block or line): may be stepped over in a copy. */
  furniture: boolean;
  /** Never starts or counts toward a repeat: furniture, short lines, non-prose, structural lines. */
  incidental: boolean;
  structural: boolean;
  /** Printed STRUCTURAL_OCCURRENCES times or more as part of the same run (see there). */
  reprinted: boolean;
  block: number;
}

export function findRepeats(text: string, sentences: Sentence[], blocks: Block[]): Repeat[] {
  const keys = sentences.map((sentence) => matchKey(text.slice(sentence.start, sentence.end)));
  const prose = sentences.map((sentence) => endsLikeSentence(text, sentence));
  const furniture = sentences.map((sentence, i) => blocks[sentence.block]?.kind !== 'text' || boilerplate.has(keys[i]));
  const occurrences = new Map<string, number>();
  for (const key of keys) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
  const runKeys = keysReprintedAsRuns(keys, furniture, occurrences);
  const references = referenceBlocks(text, blocks);
  const units: Unit[] = sentences.map((sentence, i) => {
    const key = keys[i];
    const printedOften = !furniture[i] && (occurrences.get(key) ?? 0) >= STRUCTURAL_OCCURRENCES;
    const reprinted = printedOften && runKeys.has(key);
    const structural = printedOften && !reprinted;
    const incidental = furniture[i] || structural || !prose[i] || references.has(sentence.block) || key.length < MIN_ANCHOR_CHARS;
    return { key, weight: weightOf(key), furniture: furniture[i], incidental, structural, reprinted, block: sentence.block };
  });

  const repeats: Repeat[] = [];
  /** Sentences already in a collapsed copy: no later run's original or copy takes them in. */
  const collapsed = new Uint8Array(units.length);
  const seen = new Map<string, number[]>();
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.incidental) continue;
    let best: Run | undefined;
    for (const original of (seen.get(unit.key) ?? []).slice(-MAX_CANDIDATES).reverse()) {
      const run = extendRun(units, original, i, collapsed);
      if (qualifies(run) && (!best || run.chars > best.chars)) best = run;
    }
    if (best) {
      collapsed.fill(1, best.copyFirst, best.copyLast + 1);
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

/** Sets NEIGHBOUR_DIFFERS once two printings of a key disagree on a neighbour. */
const NEIGHBOUR_DIFFERS = Symbol('differs');
/** The neighbour of the first and the last line: keys hold only letters and digits, so no key is a space. */
const NO_LINE = ' ';

/**
 * Keys printed STRUCTURAL_OCCURRENCES times or more whose every printing has the same line
 * (furniture left out) before it, or the same line after it: sentences of a run printed again
 * as a whole. One pass over the sentences.
 */
function keysReprintedAsRuns(keys: string[], furniture: boolean[], occurrences: Map<string, number>): Set<string> {
  const lines = keys.filter((_, i) => !furniture[i]);
  const before = new Map<string, string | typeof NEIGHBOUR_DIFFERS>();
  const after = new Map<string, string | typeof NEIGHBOUR_DIFFERS>();
  const note = (neighbours: typeof before, key: string, neighbour: string) => {
    const seen = neighbours.get(key);
    if (seen === undefined) neighbours.set(key, neighbour);
    else if (seen !== neighbour) neighbours.set(key, NEIGHBOUR_DIFFERS);
  };
  lines.forEach((key, j) => {
    if ((occurrences.get(key) ?? 0) < STRUCTURAL_OCCURRENCES) return;
    note(before, key, lines[j - 1] ?? NO_LINE);
    note(after, key, lines[j + 1] ?? NO_LINE);
  });
  const runKeys = new Set<string>();
  for (const [key, neighbour] of before) {
    if (neighbour !== NEIGHBOUR_DIFFERS || after.get(key) !== NEIGHBOUR_DIFFERS) runKeys.add(key);
  }
  return runKeys;
}

/**
 * Whether a sentence ends like prose: a spec item ("Weight: 172 g"), a heading or a byline
 * does not, and never makes a repeat on its own.
 */
function endsLikeSentence(text: string, sentence: Sentence): boolean {
  let last = sentence.end - 1;
  while (last > sentence.start && CLOSERS.includes(text[last])) last--;
  return SENTENCE_ENDS.includes(text[last]);
}

/** Indexes of the blocks that read as bibliographic references (see REFERENCE_MARK). */
function referenceBlocks(text: string, blocks: Block[]): Set<number> {
  const references = new Set<number>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'text') return;
    const line = text.slice(block.start, block.end);
    if (MAY_BE_REFERENCE.test(line) && REFERENCE_MARK.test(line)) references.add(index);
  });
  return references;
}

interface Run {
  originalFirst: number;
  originalLast: number;
  copyFirst: number;
  copyLast: number;
  /** Substantial sentences matched, and their weight. */
  sentences: number;
  chars: number;
  /** How many of those sentences are printed three times or more (see MIN_REPRINT_SENTENCES). */
  reprintedSentences: number;
  /** Matched lines that are not furniture, and how many of them are structural. */
  lines: number;
  structuralLines: number;
}

function qualifies(run: Run): boolean {
  const reprint = run.reprintedSentences > 0;
  const [minSentences, minChars] = reprint ? [MIN_REPRINT_SENTENCES, MIN_REPRINT_CHARS] : [MIN_REPEAT_SENTENCES, MIN_REPEAT_CHARS];
  return run.sentences >= minSentences && run.chars >= minChars && run.sentences >= run.lines * MIN_PROSE_SHARE && run.structuralLines <= run.lines * MAX_STRUCTURAL_SHARE;
}

/**
 * Walks the original (from `a`) and the copy (from `b`) side by side while they agree, after
 * taking in the lines the copy's body was printed with before it (see linesBefore).
 */
function extendRun(units: Unit[], a: number, b: number, collapsed: Uint8Array): Run {
  const start = linesBefore(units, a, b, collapsed);
  const run: Run = { ...start, originalLast: a, copyLast: b, sentences: 0, chars: 0, reprintedSentences: 0, lines: 0, structuralLines: 0 };
  // The original must end before the copy starts, and is never an earlier copy.
  const originalLimit = start.copyFirst;
  while (a < originalLimit && !collapsed[a] && b < units.length) {
    if (units[a].key === units[b].key) {
      if (!units[b].incidental) {
        run.sentences++;
        run.chars += units[b].weight;
        if (units[b].reprinted) run.reprintedSentences++;
      }
      if (!units[b].furniture) {
        run.lines++;
        // Furniture ends a run only with the article text after it (the ad after a copy is
        // no part of it, nor of the original).
        run.originalLast = a;
        run.copyLast = b;
      }
      if (units[b].structural) run.structuralLines++;
      a++;
      b++;
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

/**
 * Where a copy that agrees from sentence `b` with the original from `a` starts: before the
 * lines just above it that equal the lines above the original and cannot start a run
 * themselves (a heading, a dateline), as they were printed again with the body. Share buttons
 * and the like between them are stepped over. At most MAX_LINES_BEFORE lines, so trying a
 * candidate stays constant work; never into a collapsed copy, nor the copy back to `a`.
 */
function linesBefore(units: Unit[], a: number, b: number, collapsed: Uint8Array): { originalFirst: number; copyFirst: number } {
  let originalFirst = a;
  let copyFirst = b;
  for (let taken = 0; taken < MAX_LINES_BEFORE; taken++) {
    const original = lineBefore(units, originalFirst, -1, collapsed);
    const copy = lineBefore(units, copyFirst, a, collapsed);
    if (original === undefined || copy === undefined) break;
    if (!units[copy].incidental || units[copy].key !== units[original].key) break;
    originalFirst = original;
    copyFirst = copy;
  }
  return { originalFirst, copyFirst };
}

/** The nearest line before `index` that is not furniture, above `floor`, within reach and not collapsed. */
function lineBefore(units: Unit[], index: number, floor: number, collapsed: Uint8Array): number | undefined {
  for (let i = index - 1; i > floor && i >= index - 1 - MAX_FURNITURE_STEPPED_BACK && !collapsed[i]; i--) {
    if (!units[i].furniture) return i;
  }
  return undefined;
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
