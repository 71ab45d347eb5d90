// The English recogniser: names (names.ts) and dates (dates.ts) per sentence, then one pass
// over the whole text that settles what a sentence could not (Biden → Joe Biden, DAMU → its
// expansion), then the shared merge step (../merge.ts) with English's rules below.
import type { Entity, Sentence } from '../../types';
import type { LanguageRecognizer, RecognizeInput } from '../types';
import { findDates } from './dates';
import { mergeMentions, type MergeRules } from '../merge';
import { wholeWordOccurrences, type Mention } from '../mentions';
import { fullNamesByWord } from './name-shapes';
import { recognizeNames, type Candidate } from './names';
import { familyNames, givenNames, isCommonWord, knownOrganizations, leadingWords, pastVerbOfPerson, personPronounNear, subjectVerbOfPerson, usStateAbbreviations } from './lexicon';
import { lookupPlace } from '../places';
import { forgetLowerCaseWords, isAcronym, tokenize, writtenInLowerCase, type Token } from './tokens';

/** How English mentions become entities (merge.ts explains each choice); the fallback recogniser shares them. */
export const englishMerge: MergeRules = {
  findForm: wholeWordOccurrences,
  overlaps: 'first-listed',
  known: 'own-entity',
  naming: 'longest-written',
  affiliations: 'as-stated',
};

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
    dates.push({ start: d.start, end: d.end, type: 'date', name: d.text, key: d.value ?? d.text, value: d.value });
  }
  for (const sentence of joinNameInitials(text, sentences)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    candidates.push(...recognizeNames(text, tokens, sentence.start), ...placesBeforeBased(text, tokens));
  }
  const names = settleCandidates(text, candidates);
  forgetLowerCaseWords();
  return mergeMentions(text, [...dates, ...names], input, englishMerge);
}

const BASED = /^(\p{Lu}[\p{L}.]*)-based$/u;

/** `a Cupertino-based company`, `Sugar Land-based TexAuto`: a known place written before `-based` is named there too. */
function placesBeforeBased(text: string, tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  tokens.forEach((token, i) => {
    // Asked of every token: a plain test of the ending first.
    const m = token.text.endsWith('-based') ? BASED.exec(token.text) : null;
    if (!m) return;
    const end = token.start + m[1].length;
    const before = tokens[i - 1];
    const longer = before && /^\p{Lu}\p{Ll}+$/u.test(before.text) && text.slice(before.end, token.start) === ' ' ? lookupPlace(text.slice(before.start, end), 'en') : undefined;
    const start = longer ? before.start : token.start;
    const place = longer ?? lookupPlace(m[1], 'en');
    if (place) found.push({ start, end, type: 'place', name: text.slice(start, end), key: place.canonical, placeKind: place.placeKind });
  });
  return found;
}

/** Initials at the end of a sentence, set off by a space or a bracket before them: `coach P.J.`. */
const INITIALS_AT_END = /(?:^|[\s(])((?:\p{Lu}\.){2,3})$/u;
const NAME_WORD_AT_START = /^\p{Lu}[\p{Ll}’'-]+/u;

/** `coach P.J. Fleck`, `the W.M. Keck Observatory`: the sentence splitter ends a sentence after initials; a name goes
 *  on across that stop when a name word follows at once (not `The`, `He`), and the initials are not a place's or a
 *  state's that may end a sentence (U.S., D.C., N.Y.). */
function joinNameInitials(text: string, sentences: Sentence[]): Sentence[] {
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    const initials = previous && INITIALS_AT_END.exec(text.slice(Math.max(previous.start, previous.end - 10), previous.end))?.[1];
    const next = NAME_WORD_AT_START.exec(text.slice(sentence.start, sentence.start + 30))?.[0];
    const continues =
      initials !== undefined &&
      next !== undefined &&
      previous.block === sentence.block &&
      /^[ \t\u00a0]+$/.test(text.slice(previous.end, sentence.start)) &&
      !isCommonWord(next) &&
      !leadingWords.has(next) &&
      lookupPlace(initials, 'en') === undefined &&
      !usStateAbbreviations.has(initials) &&
      !knownOrganizations.has(initials);
    if (continues) joined[joined.length - 1] = { ...previous, end: sentence.end };
    else joined.push(sentence);
  }
  return joined;
}

/** Whole-text evidence for names a single sentence left open. */
function settleCandidates(text: string, allCandidates: Candidate[]): Mention[] {
  nameTeamsByLastWord(allCandidates);
  markCodesInBrackets(text, allCandidates);
  // Plurals read as groups somewhere (the Steelers) are groups wherever only capitals said otherwise; so are things.
  const groups = new Set(allCandidates.filter((c) => c.group || c.thing).map((c) => c.name));
  // … and a word the text also writes as a plural name (100 Polaroids … their own Polaroid) is a thing one counts, not a
  // person's or a place's name, unless people bear it (the Kennedys).
  const names = new Set(allCandidates.map((c) => c.name));
  const counted = (c: Candidate) => !c.name.includes(' ') && names.has(`${c.name}s`) && !familyNames.has(c.name) && !givenNames.has(c.name);
  const candidates = allCandidates.filter((c) => !c.group && !c.thing && !((groups.has(c.name) || counted(c)) && (c.weak || c.soft)));
  linkAcronyms(text, candidates);
  // Full names a short form can stand for: Biden → Joe Biden, Schulman → Kori Schulman.
  const fullPersons = fullNamesByWord(candidates.filter((c) => c.type === 'person'));
  // The clearest reading of each written form, keyed case-blind so a CLEVELAND dateline counts.
  const clearest = new Map<string, Candidate>();
  // A single word the text also writes in lower case (or whose singular it writes) is an ordinary
  // word wherever only the default rule made it a name: it confirms nothing.
  const ordinary = (c: Candidate) => {
    const lower = c.name.toLowerCase();
    return writtenInLowerCase(text, lower) || (/[^su]s$/.test(lower) && writtenInLowerCase(text, lower.slice(0, -1)));
  };
  // Lone names that act as a person somewhere (Winstone enrolled … he): every mention of them is that person.
  const acting = new Set(candidates.filter((c) => c.weak && !c.name.includes(' ') && actsAsPerson(text, c)).map((c) => c.name));
  // One capitalised word that no cue, full name or clearer reading anywhere in the text makes a
  // person is a brand, a product or a thing as often as a person (Postmates, Jupiter, Chime),
  // unless it is a name people are known by (Obama, Merkel). Capitals at a sentence start say
  // nothing; a word also written in lower case (or whose singular is) is an ordinary word. A subject
  // with a pronoun for a person after it (Winstone enrolled … he) is a person all the same, at a sentence start too.
  const unconfirmed = (c: Candidate) =>
    c.weak && !c.name.includes(' ') && ((c.initial && !acting.has(c.name)) || ordinary(c) || !(familyNames.has(c.name) || givenNames.has(c.name) || acting.has(c.name)));
  // … and such a word confirms nothing either (With Wikinews, … does not make `Wikinews interviews` a person).
  // (Asked several times of each candidate below, so worked out once.)
  const strengths = new Map(candidates.map((c) => [c, c.weak ? (c.initial || unconfirmed(c) ? 0 : 1) : c.soft ? 2 : 3]));
  const strength = (c: Candidate) => strengths.get(c) ?? 0;
  for (const c of candidates) {
    const seen = clearest.get(c.name.toLowerCase());
    if (strength(c) > 0 && (!seen || strength(c) > strength(seen))) clearest.set(c.name.toLowerCase(), c);
  }
  const shortened = organizationsByFirstWord(candidates);
  const settled: Mention[] = [];
  for (const c of candidates) {
    const single = !c.name.includes(' ');
    // `Goddard Space Flight Center` … `Goddard`: a lone word that only capitals or context read opens an organisation named
    // in full before it, and no other: that organisation, shortened.
    const organization = single && (c.weak || c.soft) && !fullPersons.has(c.name) ? shortened.get(c.name) : undefined;
    if (organization && organization.start < c.start) {
      settled.push({ ...c, type: 'organization', key: organization.key, placeKind: undefined });
      continue;
    }
    // … and a town's name that is a named person's surname in this text (Anthony Davis … Davis said).
    if ((c.type === 'person' || c.soft || c.weak || c.placeKind === 'city') && single) {
      const full = fullPersons.get(c.name);
      if (full) {
        settled.push({ ...c, type: 'person', key: full, placeKind: undefined });
        continue;
      }
    }
    // A brand read as the thing sold elsewhere (AirPods 2 … AirPods) is that thing here too, unless a person bears it.
    if (c.brand && groups.has(c.name)) continue;
    if (c.weak || c.soft) {
      const other = clearest.get(c.name.toLowerCase());
      // Elsewhere with a clearer reading: `Reuters` after `… told Reuters`.
      if (other && other !== c && strength(other) > strength(c)) {
        settled.push({ ...c, type: other.type, key: other.key, placeKind: other.placeKind });
        continue;
      }
    }
    if (unconfirmed(c)) continue;
    settled.push(c);
  }
  return settled;
}

/** Organisations of two words or more by their first word, where only one organisation opens with it (null: several). */
function organizationsByFirstWord(candidates: Candidate[]): Map<string, Candidate | null> {
  const byWord = new Map<string, Candidate | null>();
  for (const c of candidates) {
    if (c.type !== 'organization' || c.weak || !c.name.includes(' ')) continue;
    const word = c.name.slice(0, c.name.indexOf(' '));
    const seen = byWord.get(word);
    byWord.set(word, seen === undefined || seen?.key === c.key ? (seen ?? c) : null);
  }
  return byWord;
}

/** `the Los Angeles Lakers` … `the Lakers`, `Browns fans`: a place's team, paper or firm (placeBeforeOneWord) goes by
 *  its last word too; that word alone is the same body (`the Lakers, who …`), unless a title made it a person or it is
 *  a known place. */
function nameTeamsByLastWord(candidates: Candidate[]): void {
  const teams = new Map<string, Candidate>();
  for (const c of candidates) if (c.team) teams.set(c.name.slice(c.name.lastIndexOf(' ') + 1), c);
  if (teams.size === 0) return;
  for (const c of candidates) {
    const team = c.name.includes(' ') ? undefined : teams.get(c.name);
    if (!team || c.role || (c.type === 'place' && !c.soft)) continue;
    Object.assign(c, { type: 'organization', key: team.key, placeKind: undefined, weak: false, initial: false, soft: true, group: false, thing: false });
  }
}

/** `Small and Medium Enterprise Development Fund (DAMU)`: DAMU names the same organisation. */
function linkAcronyms(text: string, candidates: Candidate[]): void {
  const expansions = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!c.name.includes(' ')) continue;
    const m = /^\s*\(([^()\s]{2,10})\)/.exec(text.slice(c.end, c.end + 14));
    if (!m || !isAcronym(m[1].replace(/[-&]/g, ''))) continue;
    if (c.type === 'person' && c.weak) c.type = 'organization';
    if (c.type !== 'organization') continue;
    c.weak = c.initial = false;
    expansions.set(m[1], c);
  }
  for (const c of candidates) {
    const long = expansions.get(c.name);
    if (!long || long === c) continue;
    Object.assign(c, { type: long.type, key: long.key, weak: false, initial: false });
  }
}

/** Letters in brackets after no organisation's name: after a word in lower case a term's abbreviation (`filtered
 *  b-spline (FBS)`), after a place's name three letters its airport's code (`Boise (BOI)`; the code alone elsewhere
 *  names that place), alone after a sentence at a line's end a writer's initials (`… tournament. (NM)`): no body to
 *  list. A known body stays one; after another capitalised name the name may be the body's own (`Astra Holdings
 *  (AH)`), read as before. */
function markCodesInBrackets(text: string, candidates: Candidate[]): void {
  const placeEnds = new Map(candidates.filter((c) => c.type === 'place').map((c) => [c.end, c]));
  const airports = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.type !== 'organization' || text[c.start - 1] !== '(' || text[c.end] !== ')' || !isAcronym(c.name) || knownOrganizations.has(c.name)) continue;
    // The word before the bracket, and where it ends.
    const window = text.slice(Math.max(0, c.start - 41), c.start - 1);
    const trimmed = window.trimEnd();
    const word = trimmed.slice(trimmed.search(/\S*$/));
    const afterLowerCase = /^\p{Ll}/u.test(word);
    const placeBefore = /^\p{Lu}{3}$/u.test(c.name) ? placeEnds.get(c.start - 1 - (window.length - trimmed.length)) : undefined;
    const place = placeBefore && !inDateline(text, placeBefore, c) ? placeBefore : undefined;
    const signature = (word === '' || /[.!?:]$/.test(word)) && /^\)[ \t\u00a0]*(?:\n|$)/.test(text.slice(c.end, c.end + 4));
    if (afterLowerCase || place || signature) c.thing = true;
    if (place) airports.set(c.name, place);
  }
  // … and the airport's code written alone elsewhere (flights from LAX) is that place.
  for (const c of candidates) {
    const place = c.thing || c.type !== 'organization' ? undefined : airports.get(c.name);
    if (place) Object.assign(c, { type: 'place', key: place.key, placeKind: place.placeKind, weak: false, soft: false });
  }
}

/** `MANILA (PNA) --` opening a line: a dateline, whose brackets name the news agency that filed the story, no airport. */
const inDateline = (text: string, place: Candidate, code: Candidate) =>
  LINE_START_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start)) && DASH_AFTER_BRACKET.test(text.slice(code.end, code.end + 4));
const LINE_START_BEFORE = /(?:^|\n)[ \t\u00a0]*$/;
const DASH_AFTER_BRACKET = /^\)[ \t\u00a0]*[-–—]/;

/** `In 2011, Blunt was named …; she …`: a lone name that acts as the subject of a verb and is followed by a pronoun
 *  for a person is a person's, even if no list knows it (not one in capitals, a heading's word). Past its sentence's
 *  opening capitals (`but Geyer returned`, `Herzl was visited`) a verb of people's stories in the past is enough. */
function actsAsPerson(text: string, c: Candidate): boolean {
  const after = text.slice(c.end, c.end + 20);
  if (!subjectVerbOfPerson.test(after) || /^\p{Lu}+$/u.test(c.name)) return false;
  return (!c.initial && pastVerbOfPerson.test(after)) || personPronounNear.test(text.slice(c.end, c.end + 200));
}
