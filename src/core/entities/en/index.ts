// The English recogniser: names and dates per sentence, then one pass over the whole text
// that settles what a sentence could not (Biden → Joe Biden, DAMU → its expansion).
import type { Entity } from '../../types';
import type { LanguageRecognizer, RecognizeInput } from '../types';
import { findDates } from './dates';
import { buildEntities, type Mention } from './mentions';
import { recognizeNames, type Candidate } from './names';
import { familyNames, givenNames } from './lexicon';
import { forgetLowerCaseWords, isAcronym, tokenize, writtenInLowerCase } from './tokens';

export const englishRecognizer: LanguageRecognizer = {
  languages: ['en'],
  recognize: recognizeEnglish,
};

export function recognizeEnglish(input: RecognizeInput): Entity[] {
  const { text } = input;
  const sentences = input.sentences.length > 0 ? input.sentences : [{ start: 0, end: text.length, block: 0 }];
  const candidates: Candidate[] = [];
  const dates: Mention[] = [];
  for (const d of findDates(text, input.published)) {
    dates.push({ start: d.start, end: d.end, type: 'date', text: d.text, key: d.value ?? d.text, value: d.value });
  }
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    candidates.push(...recognizeNames(text, tokens, sentence.start));
  }
  const names = settleCandidates(text, candidates);
  forgetLowerCaseWords();
  return buildEntities([...dates, ...names], input.known, input.excluded, text);
}

/** Whole-text evidence for names a single sentence left open. */
function settleCandidates(text: string, allCandidates: Candidate[]): Mention[] {
  // Plurals read as groups somewhere (the Steelers) are groups wherever only capitals said otherwise.
  const groups = new Set(allCandidates.filter((c) => c.group).map((c) => c.text));
  const candidates = allCandidates.filter((c) => !c.group && !(groups.has(c.text) && c.type === 'person' && (c.weak || c.soft)));
  linkAcronyms(text, candidates);
  // Full names a short form can stand for: Biden → Joe Biden, Schulman → Kori Schulman.
  const fullPersons = new Map<string, string>();
  // The clearest reading of each written form, keyed case-blind so a CLEVELAND dateline counts.
  const clearest = new Map<string, Candidate>();
  // A single word the text also writes in lower case (or whose singular it writes) is an ordinary
  // word wherever only the default rule made it a name: it confirms nothing.
  const ordinary = (c: Candidate) => {
    const lower = c.text.toLowerCase();
    return writtenInLowerCase(text, lower) || (/[^su]s$/.test(lower) && writtenInLowerCase(text, lower.slice(0, -1)));
  };
  const strength = (c: Candidate) => (c.weak ? (c.initial || (!c.text.includes(' ') && ordinary(c)) ? 0 : 1) : c.soft ? 2 : 3);
  for (const c of candidates) {
    const seen = clearest.get(c.text.toLowerCase());
    if (strength(c) > 0 && (!seen || strength(c) > strength(seen))) clearest.set(c.text.toLowerCase(), c);
    if (c.type !== 'person' || !c.text.includes(' ')) continue;
    const parts = c.text.split(' ');
    for (const part of [parts[parts.length - 1], parts[0]]) if (!fullPersons.has(part)) fullPersons.set(part, c.key);
  }
  const settled: Mention[] = [];
  for (const c of candidates) {
    const single = !c.text.includes(' ');
    if ((c.type === 'person' || c.soft || c.weak) && single) {
      const full = fullPersons.get(c.text);
      if (full) {
        settled.push({ ...c, type: 'person', key: full, placeKind: undefined });
        continue;
      }
    }
    if (c.weak || c.soft) {
      const other = clearest.get(c.text.toLowerCase());
      // Elsewhere with a clearer reading: `Reuters` after `… told Reuters`.
      if (other && other !== c && strength(other) > strength(c)) {
        settled.push({ ...c, type: other.type, key: other.key, placeKind: other.placeKind });
        continue;
      }
    }
    // One capitalised word that no cue, full name or clearer reading anywhere in the text makes a
    // person is a brand, a product or a thing as often as a person (Postmates, Jupiter, Chime),
    // unless it is a name people are known by (Obama, Merkel). Capitals at a sentence start say
    // nothing; a word also written in lower case (or whose singular is) is an ordinary word.
    if (c.weak && single && (c.initial || ordinary(c) || !(familyNames.has(c.text) || givenNames.has(c.text)))) continue;
    settled.push(c);
  }
  return settled;
}

/** `Small and Medium Enterprise Development Fund (DAMU)`: DAMU names the same organisation. */
function linkAcronyms(text: string, candidates: Candidate[]): void {
  const expansions = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!c.text.includes(' ')) continue;
    const m = /^\s*\(([^()\s]{2,10})\)/.exec(text.slice(c.end, c.end + 14));
    if (!m || !isAcronym(m[1].replace(/[-&]/g, ''))) continue;
    if (c.type === 'person' && c.weak) c.type = 'organization';
    if (c.type !== 'organization') continue;
    c.weak = c.initial = false;
    expansions.set(m[1], c);
  }
  for (const c of candidates) {
    const long = expansions.get(c.text);
    if (!long || long === c) continue;
    Object.assign(c, { type: long.type, key: long.key, weak: false, initial: false });
  }
}
