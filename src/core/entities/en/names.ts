// Names in English text: runs of capitalised words (with `of`, `de`, `al` … inside) found per
// sentence, split at `and` when the parts are names of their own, then classified one run at a
// time: a few splits here, then the ordered rules of en/name-rules.ts (a known organisation or
// place, how a run ends: … Inc, … University, … Airport, the title before it: President X, and
// the words around it: X said, in X). Shapes and text helpers are in en/name-shapes.ts; whole-text
// evidence (Biden → Joe Biden) is settled afterwards in en/index.ts.
import { lookupPlace } from '../places';
import type { Mention } from '../mentions';
import {
  connectors,
  demonyms,
  familyNames,
  geoHeads,
  geoHeadPlurals,
  givenNames,
  groupPossessors,
  officePossessors,
  isCommonWord,
  isEverydayWord,
  knownOrganizations,
  leadingWords,
  monthIndex,
  namedDays,
  nonEntityHeads,
  nonEntityHeadsFirst,
  organizationHeads,
  organizationHeadsAfter,
  organizationSuffixes,
  rolesAfter,
  titlesBefore,
  usStateAbbreviations,
  usStatePostalCodes,
  venueHeads,
  weekdayIndex,
} from './lexicon';
import { peel, personShapedWords, readRest, type Run, type Sentence } from './name-rules';
import { organizationKey, spanText, isSpaceOnly, slashBefore, titleAt, organizationShape, placeShape, splitAt } from './name-shapes';
import { isAcronym, isCapitalised, type Token } from './tokens';

/** A name whose type the sentence alone does not settle; the whole text may (Biden → Joe Biden). */
export interface Candidate extends Mention {
  /** English rules always give a key: the written form, a known canonical name or a full name. */
  key: string;
  /** Only the default rule made this a person: unknown capitalised words mid-sentence. */
  weak?: boolean;
  /** Starts its sentence, where capitals say nothing; kept only if the text confirms it. */
  initial?: boolean;
  /** Typed by context alone (`the X`, `in X`, a list); a person of that name elsewhere wins. */
  soft?: boolean;
  /** Not a name to list: a plural that names a group (the Steelers, a million Uighurs); the same
   * word elsewhere without clear evidence is the group too. */
  group?: boolean;
  /** Not a name to list: a product, event or show (the Touch Bar, a new iPhone); the same words elsewhere with only
   * capitals for evidence name that thing too. */
  thing?: boolean;
  /** Only inner capitals made this an organisation (brandCapitals): a brand, which a thing read elsewhere in the text
   * (AirPods 2) makes that thing here too. */
  brand?: boolean;
  /** A place's name and one word of its own (Oklahoma City Thunder, Cleveland Browns): a team, paper or firm that its
   * last word alone names too (the Thunder, Browns fans). */
  team?: boolean;
}

interface Chunk {
  tokens: Token[];
  /** Index of the chunk's first token in the sentence. */
  at: number;
}

/** Hyphenated East Asian given names after a surname: Tsai Ing-wen, Moon Jae-in, Ban Ki-moon. */
const isGivenNamePart = (word: string) => /^\p{Lu}\p{Ll}{0,3}-\p{Ll}{1,4}$/u.test(word) && !hyphenSuffixes.test(word);

const hyphenSuffixes = /-(?:led|era|run|wide|like|born|made|free|only|type|held|bred|size|long|less|back|up|out|off|over|down|bound|fed|old|new|day|year|time|ish)$/;

const TOWN_AND_COMMA_BEFORE = /((?:\p{Lu}[\p{Ll}.'’-]*[ \t\u00a0]+){0,3}\p{Lu}\p{Ll}+),[ \t\u00a0]$/u;
const NO_WORDS_AFTER = /^[ \t\u00a0]*(?:[^\p{L}\s]|\n|$)/u;

/** A US state written the news way: `Calif.` after a comma, or the state of a party tag (R-Texas). */
function usState(text: string, token: Token): Candidate | undefined {
  const state = (name: string, start: number, end: number): Candidate | undefined => {
    const full = usStateAbbreviations.get(name);
    const place = lookupPlace(full ?? name, 'en');
    if (!full && !place) return undefined;
    return { start, end, type: 'place', name: text.slice(start, end), key: place?.canonical ?? full ?? name, placeKind: place?.placeKind ?? 'region' };
  };
  const tag = /^[RDI]-(\p{Lu}[\p{L}.]+)$/u.exec(token.text);
  if (tag) return state(tag[1], token.start + 2, token.end);
  // `Charlotte, NC @ …`, `Austin, TX 78701`: a postal code right after a town and a comma, with nothing after it that
  // goes on in words (a stop, a dash, a ZIP code, the line's end); elsewhere IN, OR, ME are words.
  // Not a person's name and a degree or rank (Tom Molomby, SC, said).
  const postal = usStatePostalCodes.get(token.text);
  const town = postal && TOWN_AND_COMMA_BEFORE.exec(text.slice(Math.max(0, token.start - 40), token.start))?.[1];
  const personBefore = town && personShapedWords(town.split(/[ \t\u00a0]+/)) && lookupPlace(town, 'en') === undefined;
  if (postal && town && !personBefore && NO_WORDS_AFTER.test(text.slice(token.end, token.end + 12))) return state(postal, token.start, token.end);
  const dotted = token.text.endsWith('.') || text[token.end] === '.';
  if (dotted && usStateAbbreviations.has(token.text) && /,[ \t\u00a0]$/.test(text.slice(token.start - 2, token.start))) {
    return state(token.text, token.start, token.end);
  }
  return undefined;
}

/** Every word of the days' names: the one lookup most capitalised words need (no pair of words joined to look up). */
const namedDayWords = new Set([...namedDays].flatMap((day) => day.split(' ')));

/** Whether token i is a word of a day's name (Black Friday, Good Friday). */
const inNamedDay = (tokens: Token[], i: number) =>
  namedDayWords.has(tokens[i].text) &&
  ((i + 1 < tokens.length && namedDays.has(`${tokens[i].text} ${tokens[i + 1].text}`)) || (i > 0 && namedDays.has(`${tokens[i - 1].text} ${tokens[i].text}`)));

/** Capitalised runs of one sentence, broken at punctuation, at calendar words and before a day's name (Black Friday). */
function findChunks(text: string, tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  const isNameWord = (t: Token) => isCapitalised(t.text) && !(weekdayIndex.has(t.text) || (monthIndex.has(t.text) && t.text !== 'May'));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]) || inNamedDay(tokens, i)) continue;
    // Handles, hashtags and link codes (@ArvindKejriwal, #Delhi, t.co/MYwRz9euaq) are not prose;
    // a photo credit is (Ana Ruiz/Reuters). A country's letters before a dollar sign name a currency (US$, HK$).
    const next = text.slice(tokens[i].end, tokens[i].end + 2);
    if (/[@#]/.test(text[tokens[i].start - 1] ?? '') || slashBefore(text, tokens[i].start) === 'link' || /^(?:\.\d|\$)/.test(next)) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      // A group noun's possessive belongs to the name it starts: People’s Daily, Veterans’ Affairs;
      // a place's or a person's does not (Britain’s Boris Johnson).
      if (/^(?:['’]s?)[ \t\u00a0]+$/.test(gap) && groupPossessors.has(tokens[j].text) && isNameWord(tokens[j + 1])) {
        j++;
        continue;
      }
      // An office holder's possessive names the office: U.S. Attorney’s Office, Sheriff’s Department.
      if (/^['’]s[ \t\u00a0]+$/.test(gap) && officePossessors.has(tokens[j].text) && /^(?:Office|Department)$/.test(tokens[j + 1].text)) {
        j++;
        continue;
      }
      // Procter & Gamble, Ben & Jerry’s: an ampersand between name words joins one company's name.
      if (AMPERSAND_GAP.test(gap) && isNameWord(tokens[j + 1]) && ampersandJoinsName(tokens[j].text, tokens[j + 1].text)) {
        j++;
        continue;
      }
      if (!isSpaceOnly(gap) || inNamedDay(tokens, j + 1)) break;
      // The pronoun I is never part of a name (Actually I find…, in Air Force ROTC I was); after a stop, a word that opens
      // no name starts a sentence the splitter kept whole (to the U.S. The talks …).
      if (tokens[j + 1].text === 'I' || (tokens[j].text.endsWith('.') && (leadingWords.has(tokens[j + 1].text) || /^(?:The|An?)$/.test(tokens[j + 1].text)))) break;
      if (isNameWord(tokens[j + 1]) || isGivenNamePart(tokens[j + 1].text)) {
        j++;
        continue;
      }
      // Connectors join only when a name word follows: Bank of Korea, Abu Bakr al Baghdadi.
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && connectors.has(tokens[k].text) && isSpaceOnly(text.slice(tokens[k - 1].end, tokens[k].start))) k++;
      if (k > j + 1 && k < tokens.length && isNameWord(tokens[k]) && isSpaceOnly(text.slice(tokens[k - 1].end, tokens[k].start))) {
        j = k;
        continue;
      }
      break;
    }
    chunks.push({ tokens: tokens.slice(i, j + 1), at: i });
    i = j;
  }
  return chunks;
}

const AMPERSAND_GAP = /^[ \t\u00a0]+&[ \t\u00a0]+$/;

/** Not a heading's pair of everyday words (Arts & Culture, Politics & Policy). */
const ampersandJoinsName = (left: string, right: string) => !(isEverydayWord(left) && isEverydayWord(right));

/** In `Dorset and Somerset`, names of unknown type take the type of a known one beside them; a given name and
 *  surname, or a name ending in a surname, stay a person's (`Myles Garrett and Pittsburgh center …`, `Magic Johnson and
 *  the Lakers`). */
function spreadAlongList(parts: Candidate[]): void {
  const known = parts.find((p) => !p.weak && !p.group && !p.thing);
  if (!known || known.role) return;
  for (const p of parts) {
    if (p.weak && !(known.type !== 'person' && personShapedName(p.name.split(' ')))) Object.assign(p, { type: known.type, weak: false, initial: false, soft: true });
  }
}

/** Two or three words opened by a given name, or ending in a surname (Magic Johnson): a person's name. */
const personShapedName = (words: string[]) => personShapedWords(words) || (words.length >= 2 && words.length <= 3 && familyNames.has(words[words.length - 1]));

/** Between two names of a list: a comma (and an `and` or `or` after it), or `and` or `or` alone. */
const LIST_GAP = /^(?:,[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)$/;

/** `names like Varo, SoFi and GoBank`, `Uber or Lyft or Postmates`: in a list of three names or more, lone words only
 *  capitals made people take the type of the organisations read in it; not an everyday word (the Ministry of Trade,
 *  Industry and Energy), nor a given name and surname. */
function spreadAlongCommaList(text: string, found: Candidate[]): void {
  let from = 0;
  for (let i = 1; i <= found.length; i++) {
    if (i < found.length && LIST_GAP.test(text.slice(found[i - 1].end, found[i].start))) continue;
    const list = found.slice(from, i);
    from = i;
    if (list.length < 3 || !list.some((c) => c.type === 'organization' && !c.soft && !c.thing && !c.group)) continue;
    for (const c of list) if (c.weak && !c.name.includes(' ') && !isEverydayWord(c.name)) Object.assign(c, { type: 'organization', weak: false, initial: false, soft: true });
  }
}

/** `India and China`, `BA and IAG`: two names unless the whole is one organisation. */
function splitCoordination(run: Token[]): Token[][] {
  return splitAt(run, (t) => t.text === 'and' || t.text === '&');
}

/** Mentions and undecided candidates in one sentence. */
export function recognizeNames(text: string, tokens: Token[], sentenceStart: number): Candidate[] {
  const sentence: Sentence = { text, tokens, start: sentenceStart, found: [] };
  for (const chunk of findChunks(text, tokens)) {
    const parts = chunk.tokens.some((t) => t.text === 'and' || t.text === '&') ? splitCoordination(chunk.tokens) : [];
    if (parts.length === 0 || readsAsOneName(text, chunk, parts)) {
      classifyChunk(sentence, chunk);
      continue;
    }
    let at = chunk.at;
    const first = sentence.found.length;
    for (const part of parts) {
      at = tokens.indexOf(part[0], at);
      classifyChunk(sentence, { tokens: part, at });
    }
    spreadAlongList(sentence.found.slice(first));
  }
  teamsByRecord(text, sentence.found);
  placesInPlaces(text, sentence.found);
  placesBeforePluralHead(text, sentence.found);
  joinPlaceNamesWithComma(text, sentence.found);
  spreadAlongCommaList(text, sentence.found);
  linkRolesAfter(text, sentence.found);
  return sentence.found;
}

/** Whether a run with `and` in it (split into `parts`) is one name after all: a known organisation,
 *  a name shaped as one whose parts are not names themselves, or the title of a law or event. */
function readsAsOneName(text: string, chunk: Chunk, parts: Token[][]): boolean {
  const withoutThe = (p: Token[]) => (/^(?:The|the)$/.test(p[0].text) && p.length > 1 ? p.slice(1) : p);
  const partIsName = parts.some((p) => {
    const name = spanText(text, withoutThe(p));
    return knownOrganizations.has(name) || lookupPlace(name, 'en') !== undefined || standsAloneElsewhere(text, name, chunk);
  });
  const shaped = (p: Token[]) => {
    const q = withoutThe(p);
    return q.length > 1 && (organizationShape(q) || placeShape(q) !== undefined);
  };
  const oneName = (organizationShape(chunk.tokens) || placeShape(chunk.tokens) !== undefined) && !parts.every(shaped);
  // `the Human Rights and Democracy Act`, `the Treaty of Peace and Friendship`: one title of a
  // law, treaty or event, not a list of names (known names between connectors are still marked).
  // Not `Obama and the Affordable Care Act`, where `and the` starts a second name.
  // The head must come with words of its own: `Disney and Charter` is two companies.
  const last = chunk.tokens[chunk.tokens.length - 1].text;
  const headed = (nonEntityHeads.has(last) && parts[parts.length - 1]?.length > 1) || (nonEntityHeadsFirst.has(chunk.tokens[0].text) && parts[0]?.length > 1);
  const untitled = headed && chunk.tokens.every((t, i) => !(t.text === 'and' || t.text === '&') || !connectors.has(chunk.tokens[i + 1].text));
  const whole = spanText(text, chunk.tokens);
  if (secondNameAfterAndThe(chunk.tokens) || namesOfTheirOwn(text, parts)) return false;
  // Bosnia and Herzegovina, Trinidad and Tobago: one country whose name holds `and`.
  return knownOrganizations.has(whole) || lookupPlace(whole, 'en') !== undefined || (oneName && !partIsName) || untitled;
}

/** `the Tulsa World and the Jersey City Chronicle`: `and the` after a name of two or more words with no `of` in it
 *  starts a second name (not `Ministry of Culture and the Arts`). */
function secondNameAfterAndThe(tokens: Token[]): boolean {
  const and = tokens.findIndex((t) => t.text === 'and' || t.text === '&');
  return and >= 2 && tokens[and + 1]?.text === 'the' && !tokens.slice(0, and).some((t) => connectors.has(t.text));
}

/** `SBI and ICICI Bank`, `the Baltimore Sun and Hartford Courant`: parts that are names by their look are a list, not
 *  one name: initials before the `and`, or each part a place's name with a word of its own after it. */
function namesOfTheirOwn(text: string, parts: Token[][]): boolean {
  const initialsFirst = parts.length === 2 && isAcronym(parts[0][parts[0].length - 1].text) && parts[1].length > 1;
  const placeLed = (p: Token[]) => p.length > 1 && p.length <= 3 && lookupPlace(spanText(text, p.slice(0, -1)), 'en') !== undefined && /^\p{Lu}\p{Ll}/u.test(p[p.length - 1].text);
  return initialsFirst || (parts.length >= 2 && parts.every(placeLed));
}

/** `Gannett and GateHouse Media` where the text also writes `Gannett` on its own: two names, not one. */
function standsAloneElsewhere(text: string, name: string, chunk: Chunk): boolean {
  if (name.length < 3) return false;
  const start = chunk.tokens[0].start;
  const end = chunk.tokens[chunk.tokens.length - 1].end;
  // Searched with indexOf, not a RegExp built for each name (it was the recogniser's largest
  // cost); an occurrence found alone is skipped whole, as a global match would.
  for (let at = text.indexOf(name); at >= 0;) {
    if (!writtenAlone(text, at, at + name.length)) at = text.indexOf(name, at + 1);
    else if (at < start || at >= end) return true;
    else at = text.indexOf(name, at + name.length);
  }
  return false;
}

// Around an occurrence: a letter or digit (a code point, so two chars may make one), or a list's `and`/`&`.
const WORD_CHAR_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AFTER = /^[\p{L}\p{N}]/u;
const LISTED_BEFORE = /(?:and|&)\s$/;
const LISTED_AFTER = /^\s(?:and|&)\s/;

/** Whether text[start, end) stands as a name of its own: no letter or digit touches it and no `and`/`&` lists it. */
function writtenAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 5);
  return !WORD_CHAR_BEFORE.test(before) && !LISTED_BEFORE.test(before) && !WORD_CHAR_AFTER.test(after) && !LISTED_AFTER.test(after);
}

/** ` (3-1)`, ` (1-0-2):`, ` (NR)`: a win-loss record or `not ranked` in brackets right after a name, as results listings write a team's. */
const RECORD_AFTER = /^[ \t\u00a0]*\((?:\d{1,2}-\d{1,2}(?:-\d{1,2})?|NR)\)/;

/** `Palm Bay (1-0): Tolivert 25 points`, `Rockledge (0-1)`: a name with a win-loss record after it is a team's (a town's
 *  name stands for its school), not the town; a person's name keeps its reading (a pitcher's record: Gerrit Cole (12-5)). */
function teamsByRecord(text: string, found: Candidate[]): void {
  for (const c of found) {
    if (c.type === 'organization' || !RECORD_AFTER.test(text.slice(c.end, c.end + 12))) continue;
    const words = c.name.split(' ');
    if ((c.type === 'person' && !c.weak) || personShapedName(words) || (words.length === 1 && (givenNames.has(c.name) || familyNames.has(c.name)))) continue;
    Object.assign(c, { type: 'organization', key: c.name, placeKind: undefined, weak: false, initial: false, soft: false });
  }
}

/** `Albany, New York`: a name set off by a comma before a known place is a place in it. */
function placesInPlaces(text: string, found: Candidate[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [name, next] = [found[i], found[i + 1]];
    const containing = next.placeKind === 'country' || next.placeKind === 'region';
    // … and the place closes the phrase: not `Chris Tang, Hong Kong’s police chief`; a dash, an at sign, a ZIP code or
    // the line's end close it too (Charlotte, NC @ PNC Music Pavilion; Austin, TX 78701).
    const closes = /^(?:[,.;:)]|$|[ \t\u00a0]*(?:[@–—(\n]|\d{5}\b|$))/.test(text.slice(next.end, next.end + 8));
    if (name.weak && containing && closes && !next.weak && /^, $/.test(text.slice(name.end, next.start))) {
      Object.assign(name, { type: 'place', weak: false, initial: false });
    }
  }
}

const PLURAL_HEAD_AFTER = /^[ \t\u00a0]+(\p{Ll}+)/u;

/** `Barry, Calhoun, Cass and Van Buren counties`: the names of a list that a place's head closes in the plural are
 *  each such a place, whatever they read as alone (Cass, Calhoun as people). */
function placesBeforePluralHead(text: string, found: Candidate[]): void {
  for (let last = 0; last < found.length; last++) {
    const head = PLURAL_HEAD_AFTER.exec(text.slice(found[last].end, found[last].end + 20))?.[1];
    if (!head || !geoHeadPlurals.has(head)) continue;
    let first = last;
    while (first > 0 && LIST_GAP.test(text.slice(found[first - 1].end, found[first].start))) first--;
    if (first === last) continue;
    for (const name of found.slice(first, last + 1)) Object.assign(name, { type: 'place', weak: false, initial: false, soft: false, key: name.name, placeKind: 'region' });
  }
}

/** `Washington, D.C.`: two names either side of a comma that the gazetteer knows together, with the comma, are one
 *  place, not a city and a district. */
function joinPlaceNamesWithComma(text: string, found: Candidate[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [name, next] = [found[i], found[i + 1]];
    if (name.type !== 'place' || next.type !== 'place' || text.slice(name.end, next.start) !== ', ') continue;
    const written = text.slice(name.start, next.end);
    const place = lookupPlace(written, 'en');
    if (!place) continue;
    found.splice(i, 2, { start: name.start, end: next.end, type: 'place', name: written, key: place.canonical, placeKind: place.placeKind });
  }
}

/** One capitalised run: splits first (a US state, a person `of` a place, a name before a party
 *  head), then PEEL_RULES and READING_RULES of name-rules.ts; what it finds goes to `sentence.found`. */
function classifyChunk(sentence: Sentence, chunk: Chunk): void {
  // `Tempe, Ariz.`, `Sen. Ann Roe (D-Calif.)`: a US state, abbreviated or in a party tag.
  const state = chunk.tokens.length === 1 ? usState(sentence.text, chunk.tokens[0]) : undefined;
  if (state) {
    sentence.found.push(state);
    return;
  }
  if (splitPersonOfName(sentence, chunk) || splitRepeatedName(sentence, chunk)) return;
  const run = splitBeforeHead(sentence, chunk);
  if (peel(sentence, run)) readRest(sentence, run);
}

/** `Rep. Ilhan Omar Ilhan Omar Hillicon Valley`: a name written twice in a row (a link's text after its hover card,
 *  with the markup gone) ends where its copy starts; each side is read on its own. */
function splitRepeatedName(sentence: Sentence, { tokens, at }: Chunk): boolean {
  const same = (i: number, j: number, n: number) => tokens.slice(i, i + n).every((t, k) => t.text === tokens[j + k].text);
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + 2 * n <= tokens.length; i++) {
      if (!same(i, i + n, n)) continue;
      classifyChunk(sentence, { tokens: tokens.slice(0, i + n), at });
      classifyChunk(sentence, { tokens: tokens.slice(i + n, i + 2 * n), at: at + i + n });
      if (i + 2 * n < tokens.length) classifyChunk(sentence, { tokens: tokens.slice(i + 2 * n), at: at + i + 2 * n });
      return true;
    }
  }
  return false;
}

/** `Maria Lopez of Acme Corp`, `Kim Jong-un of North Korea`: a two- or three-word name before
 *  `of` and a known or organisation-shaped name is someone from there, not one long name. */
function splitPersonOfName(sentence: Sentence, { tokens: run, at }: Chunk): boolean {
  const from = personOfName(sentence.text, run);
  if (from === 0) return false;
  const first = sentence.found.length;
  classifyChunk(sentence, { tokens: run.slice(0, from), at });
  // … and the `of` says so: the name is a person even at a sentence start or in a list of places.
  for (const c of sentence.found.slice(first)) if (c.type === 'person' && c.weak) Object.assign(c, { weak: false, initial: false });
  const person = sentence.found.slice(first).find((c) => c.type === 'person');
  const afterOf = sentence.found.length;
  classifyChunk(sentence, { tokens: run.slice(from + 1), at: at + from + 1 });
  // … and an organisation after the `of` is where the person works (not a place: Kim Jong-un of North Korea).
  const organization = sentence.found.slice(afterOf).find((c) => c.type === 'organization');
  if (person && organization && !person.affiliation) person.affiliation = affiliationName(organization);
  return true;
}

/** `Anna Berg of the Green party`: an organisation head after the chunk closes only the name
 *  after its last connector; what comes before is classified on its own. */
function splitBeforeHead(sentence: Sentence, { tokens, at }: Chunk): Run {
  const next = sentence.tokens[at + tokens.length];
  const headAfter = next !== undefined && organizationHeadsAfter.has(next.text) && isSpaceOnly(sentence.text.slice(tokens[tokens.length - 1].end, next.start));
  const cut = headAfter ? tokens.findLastIndex((t, i) => i > 0 && connectors.has(t.text) && !connectors.has(tokens[i + 1].text)) : -1;
  if (cut <= 0) return { tokens, at, headAfter };
  let from = cut;
  while (from > 0 && connectors.has(tokens[from - 1].text)) from--;
  if (from > 0) classifyChunk(sentence, { tokens: tokens.slice(0, from), at });
  return { tokens: tokens.slice(cut + 1), at: at + cut + 1, headAfter };
}

/** Index of the `of` in `Maria Lopez of (the) Acme Corp`, or 0 when the run is not a person of a
 * named place or organisation (Bank of America, Royal Bank of Scotland, Prime Minister of Canada). */
function personOfName(text: string, run: Token[]): number {
  const i = run.findIndex((t) => t.text === 'of');
  // A title may open the run (Dr. Ann Roe of the Health Department): the name is what follows it.
  const title = titleAt(run, 0);
  if (i - title < 2 || i - title > 3 || i + 1 >= run.length) return 0;
  const whole = spanText(text, run);
  if (knownOrganizations.has(whole) || lookupPlace(whole, 'en')) return 0;
  const left = run.slice(title, i);
  const leftName = spanText(text, left);
  const nameWord = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text) && !isCommonWord(t.text) && !connectors.has(t.text) && !demonyms.has(t.text) && !titlesBefore.has(t.text);
  if (!left.every(nameWord) || left.some((_, n) => titleAt(left, n) > 0)) return 0;
  if (knownOrganizations.has(leftName) || lookupPlace(leftName, 'en') || organizationShape(left) || placeShape(left)) return 0;
  const leftLast = left[left.length - 1].text;
  if (organizationSuffixes.has(leftLast) || organizationHeads.has(leftLast) || nonEntityHeads.has(leftLast) || geoHeads.has(leftLast) || venueHeads.has(leftLast)) return 0;
  let right = run.slice(i + 1);
  if (/^(?:The|the)$/.test(right[0].text) && right.length > 1) right = right.slice(1);
  const rightName = spanText(text, right);
  // … or any name, when a given name opens the person's (Michael Tien of NPP, Isabel Ruiz of Heaven Sent Gaming).
  const named =
    knownOrganizations.has(rightName) ||
    lookupPlace(rightName, 'en') !== undefined ||
    organizationShape(right) ||
    (right.length > 1 && placeShape(right) !== undefined) ||
    isAcronym(rightName.replace(/[-&]/g, '')) ||
    (givenNames.has(left[0].text) && left.length >= 2);
  return named ? i : 0;
}

/** An organisation as a person's affiliation: as written, unless its key is a known name's canonical form. */
const affiliationName = (org: Candidate) => (org.key === organizationKey(org.name) ? org.name : org.key);

/** `X, chief executive of Y`: gives person X the role and Y as affiliation. */
function linkRolesAfter(text: string, found: Candidate[]): void {
  for (const mention of found) {
    if (mention.type !== 'person' || mention.role) continue;
    const rest = text.slice(mention.end, mention.end + 80);
    const m = /^, (?:the |a |an )?((?:[a-z-]+ ){0,2}[a-z-]+?) (?:of|at|for) (?:the )?/.exec(rest);
    if (!m || !rolesAfter.has(m[1])) continue;
    const orgStart = mention.end + m[0].length;
    const org = found.find((f) => f.start === orgStart);
    mention.role = m[1];
    mention.weak = mention.initial = false;
    if (org) {
      if (org.type === 'person' && !org.role) org.type = 'organization';
      org.weak = org.initial = false;
      mention.affiliation = affiliationName(org);
    }
  }
}
