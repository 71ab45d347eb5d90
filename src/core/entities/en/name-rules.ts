// The English name rules, in the order they run on one capitalised run of a sentence (a chunk
// that en/names.ts found and split). Two ordered lists, each rule a named function whose comment
// says what text it reads:
//   PEEL_RULES, tried in order until one applies: each either decides the chunk (marks it, or
//     drops it) or peels words off its front (an article, a title, a place before a name) and
//     the list starts again on what is left;
//   READING_RULES on what is left, tried in order: the first that says what the run is wins; a
//     run none of them decides is a weak person (`weakPerson`), for the whole text to confirm.
// Word lists are in en/lexicon.ts (data in src/core/lexicon/en/); shapes in en/name-shapes.ts.
import { lookupPlace } from '../places';
import type { EntityType } from '../../types';
import {
  commonWords,
  connectors,
  craftNounAfter,
  formalPlaceHeads,
  adverbsAfterRegions,
  demonyms,
  familyNames,
  geoHeads,
  geoHeadsBefore,
  givenNames,
  groupEnding,
  honorifics,
  isCommonWord,
  isEverydayWord,
  isListedEverydayWord,
  knownOrganizations,
  legalForms,
  leadingWords,
  nonEntityHeads,
  nonEntityHeadsFirst,
  organizationAppositionAfter,
  organizationCueBefore,
  organizationCuesAfter,
  organizationHeads,
  organizationNounBefore,
  organizationPossessiveCue,
  organizationSuffixes,
  peoplePlurals,
  personAppositionAfter,
  titlesOverPlaces,
  personCuesBefore,
  personVerbsAfter,
  placeCuesBefore,
  placeOpenerCuesBefore,
  placeOpeners,
  saintTitles,
  placeEnding,
  plainAcronyms,
  productAdjectives,
  productDeterminers,
  productHeads,
  quantifiersBefore,
  subjectVerbsAfter,
  teamNicknames,
  teamPositionAfter,
  venueHeads,
  venueHeadsAlsoSurnames,
  vesselPrefixes,
} from './lexicon';
import {
  join,
  organizationKey,
  personKey,
  spanText,
  fromCapitals,
  isSpaceOnly,
  slashBefore,
  titleAt,
  organizationShape,
  placeShape,
  splitAt,
  possessiveAfter,
} from './name-shapes';
import type { Candidate } from './names';
import { isAcronym, WEB_ADDRESS_NAME, writtenInLowerCase, type Token } from './tokens';

/** One sentence being read: its text and tokens, where it starts, and the candidates found so far. */
export interface Sentence {
  text: string;
  tokens: Token[];
  start: number;
  found: Candidate[];
}

/** A chunk being classified: the words still to read, where they start in the sentence, and what peeled words said. */
export interface Run {
  tokens: Token[];
  /** Index of `tokens[0]` in the sentence. */
  at: number;
  /** A title peeled off the front (President, Apple CEO): the rest is a person. */
  role?: string;
  affiliation?: string;
  /** A lower-case organisation head follows the chunk: `the Labour government`. */
  headAfter: boolean;
}

function emit(sentence: Sentence, type: EntityType, part: Token[], extra: Partial<Candidate> = {}): void {
  const written = spanText(sentence.text, part);
  const key = extra.key ?? written;
  sentence.found.push({
    start: part[0].start,
    end: part[part.length - 1].end,
    type,
    name: written,
    ...extra,
    key: type === 'person' ? personKey(key) : type === 'organization' ? organizationKey(key) : key,
  });
}

/** A run that is no name as a whole may still hold names: `Carnival of Brazil`, `Spain for Portugal`. */
function emitKnownParts(sentence: Sentence, whole: Token[]): void {
  for (const part of splitAt(whole, (t) => connectors.has(t.text))) {
    const name = spanText(sentence.text, part);
    const organization = knownOrganizations.get(name);
    const place = lookupPlace(name, 'en');
    if (organization) emit(sentence, 'organization', part, { key: organization });
    else if (place) emit(sentence, 'place', part, { key: place.canonical, placeKind: place.placeKind });
  }
}

/** What a peel rule did: decided the chunk (emitted or dropped it), or peeled words off its front. */
type Peeled = 'decided' | 'peeled' | undefined;

/** Stage 2, in order. Each reads the front of the run (or the whole run) and may end or shorten it. */
const PEEL_RULES: ((sentence: Sentence, run: Run) => Peeled)[] = [
  vesselName,
  knownName,
  leadingArticle,
  bareOffice,
  webAddressName,
  placeWithOpener,
  organizationUnitInPlace,
  productOfKnownBody,
  leadingWordAndConnector,
  leadingEverydayWord,
  peopleOfOrganization,
  nameBeforeOrganizationHead,
  titleOfLawOrEvent,
  formalNameOfPlace,
  organizationByShape,
  placeByShape,
  officeBeforeComplement,
  leadingTitle,
  leadingNonNameWord,
  ampersandName,
  placeBeforeOneWord,
  knownNameBeforeTwoWordName,
  trailingTitle,
  innerOffice,
  innerTitle,
];

/** Runs PEEL_RULES until none applies; false when one decided the chunk. */
export function peel(sentence: Sentence, run: Run): boolean {
  while (run.tokens.length > 0) {
    let step: Peeled;
    for (const rule of PEEL_RULES) if ((step = rule(sentence, run))) break;
    if (step === 'decided') return false;
    if (step !== 'peeled') break;
  }
  return true;
}

function peelFront(run: Run, n: number): Peeled {
  run.tokens = run.tokens.slice(n);
  run.at += n;
  return 'peeled';
}

/** Reads the first words: a ship's or a craft's prefix (USS Cole, HMS Victory, Space Shuttle Columbia) opens a vessel's
 *  name, no person's or place's; it is no entity to list. */
function vesselName(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  const prefix = vesselPrefixes.has(tokens[0].text) ? 1 : tokens.length > 2 && vesselPrefixes.has(join(tokens.slice(0, 2))) ? 2 : 0;
  if (run.role || prefix === 0 || tokens.length <= prefix) return undefined;
  emit(sentence, 'organization', tokens, { thing: true });
  return 'decided';
}

/** A post, a feed or an account after a platform's name (the text right after it). */
const MEDIUM_NOUN_AFTER = /^[ \t\u00a0]+(?:posts?|feeds?|pages?|profiles?|timelines?|stories|story|livestreams?|handles?)\b/;

/** The whole run is a known organisation or place (`Bank of Korea`, `SEOUL` in a dateline). */
function knownName(sentence: Sentence, run: Run): Peeled {
  if (run.role) return undefined;
  const written = spanText(sentence.text, run.tokens);
  const organization = knownOrganizations.get(written) ?? knownOrganizations.get(join(run.tokens));
  if (organization) {
    // `Facebook posts`, `your Twitter feed`: a platform named as the medium of a post is no body acting in the text.
    const end = run.tokens[run.tokens.length - 1].end;
    emit(sentence, 'organization', run.tokens, { key: organization, thing: MEDIUM_NOUN_AFTER.test(sentence.text.slice(end, end + 14)) });
    return 'decided';
  }
  const place = lookupPlace(written, 'en') ?? lookupPlace(fromCapitals(written), 'en');
  // A region's name that is also its adjective before a noun of its own (Caribbean waters, Pacific nations) is the adjective.
  if (place && run.tokens.length === 1 && demonyms.has(written) && adjectiveBeforeNoun(sentence, run)) return 'decided';
  // One word known only as a town (Richardson, Plano) yields to the words around it (knownTown reads it later).
  if (place && !(place.town && run.tokens.length === 1)) {
    emit(sentence, 'place', run.tokens, { key: place.canonical, placeKind: place.placeKind, soft: place.town });
    return 'decided';
  }
  return undefined;
}

/** The word right after the run (spaces only between) is a lower-case noun of its own (waters, nations), no function word nor adverb (overnight, quickly). */
function adjectiveBeforeNoun(sentence: Sentence, run: Run): boolean {
  const next = sentence.tokens[run.at + run.tokens.length];
  if (next === undefined || /ly$/.test(next.text) || adverbsAfterRegions.has(next.text)) return false;
  return isSpaceOnly(sentence.text.slice(run.tokens[run.tokens.length - 1].end, next.start)) && modifiesNoun(next.text);
}

/** `Edmunds.com`, `PanARMENIAN.Net`: a name written as a web address is a company's or a site's. */
function webAddressName(sentence: Sentence, run: Run): Peeled {
  if (run.role || run.tokens.length !== 1 || !WEB_ADDRESS_NAME.test(run.tokens[0].text)) return undefined;
  emit(sentence, 'organization', run.tokens);
  return 'decided';
}

/** Reads the joins: two names joined by `&` (Procter & Gamble, Ben & Jerry’s) name a company, not two people. */
function ampersandName(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  if (run.role || tokens.length < 2 || !/[ \t\u00a0]&[ \t\u00a0]/.test(spanText(sentence.text, tokens))) return undefined;
  // A leading article or a title is peeled first (the Procter & Gamble board).
  if (/^(?:[Tt]he|An?)$/.test(tokens[0].text) || leadingWords.has(tokens[0].text) || titleAt(tokens, 0) > 0) return undefined;
  emit(sentence, 'organization', tokens);
  return 'decided';
}

/** Reads the first word: articles and prepositions are not part of a name unless a known name says so (The Guardian). */
function leadingArticle(_sentence: Sentence, run: Run): Peeled {
  const first = run.tokens[0].text;
  // … nor `of` or `for` left in front once a word before them was peeled (Supporters of Acme Holdings).
  return run.tokens.length > 1 && (/^(?:[Tt]he|An?|an?|of|for)$/.test(first) || leadingWords.has(first)) ? peelFront(run, 1) : undefined;
}

/** `, Jersey`, ` in the U.S. Virgin Islands`: the larger place a name lies in (the text right after it). */
const PLACE_LOCATOR_AFTER = /^(?:,|[ \t\u00a0]+in)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}/u;

/** Reads the first word and the word before the run: `at Old Trafford` is a place whose name opens with a common word,
 *  not a place that lost a word (Trafford); so does a saint's title before a word that is no given name, there or
 *  before the larger place it lies in (St. Croix in the Virgin Islands, not a person Croix; St. Paul stays the saint). */
function placeWithOpener(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  const before = sentence.tokens[run.at - 1];
  const cued = before !== undefined && placeOpenerCuesBefore.has(before.text);
  // … or, after a saint's title, the name is set in a larger place: St. Croix in the U.S. Virgin Islands, St. Helier, Jersey.
  const located = PLACE_LOCATOR_AFTER.test(sentence.text.slice(tokens[tokens.length - 1].end, tokens[tokens.length - 1].end + 16));
  const opener = placeOpeners.has(tokens[0].text) || saintTitles.has(tokens[0].text);
  if (run.role || tokens.length < 2 || tokens.length > 3 || !opener || !(cued || (located && saintTitles.has(tokens[0].text)))) return undefined;
  if (givenNames.has(tokens[1].text) || connectors.has(tokens[1].text)) return undefined;
  emit(sentence, 'place', tokens);
  return 'decided';
}

/** Reads the first word and the rest: a known organisation before a country or region names its unit there (Sony
 *  Australia, Samsung India), not a place. */
function organizationUnitInPlace(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  if (run.role || tokens.length < 2 || tokens.length > 3 || !knownOrganizations.has(tokens[0].text)) return undefined;
  const place = lookupPlace(spanText(sentence.text, tokens.slice(1)), 'en');
  if (!(place && (place.placeKind === 'country' || place.placeKind === 'region'))) return undefined;
  emit(sentence, 'organization', tokens);
  return 'decided';
}

/** Reads both words: a known organisation and one more word that is no body's, place's, person's or title's (Apple TV,
 *  Apple AirPods, Uber Money, Google Chrome) name the body's product, no body and no person to list. */
function productOfKnownBody(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  const [first, word] = [tokens[0].text, tokens[tokens.length - 1].text];
  if (run.role || tokens.length !== 2 || !knownOrganizations.has(first) || titleAt(tokens, 1) > 0) return undefined;
  // Not a body in initials, whose name and a word name a unit of it as often (UN Environment, CJ DeBose is a person), nor
  // a unit or outlet in capitals after the name (CBS DFW).
  if (!/^\p{Lu}\p{Ll}/u.test(first) || /^\p{Lu}+$/u.test(word)) return undefined;
  const bodyOrPlace =
    organizationSuffixes.has(word) || legalForms.has(word) || organizationHeads.has(word) || geoHeads.has(word) || venueHeads.has(word) || knownOrganizations.has(word);
  if (bodyOrPlace || demonyms.has(word) || peoplePlurals.has(word) || givenNames.has(word) || familyNames.has(word) || lookupPlace(word, 'en')) return undefined;
  emit(sentence, 'organization', tokens, { thing: true });
  return 'decided';
}

/** Reads the first two words: a plain acronym and a connector (`CEO of New Media Group`) open no name; what follows may. */
function leadingWordAndConnector(_sentence: Sentence, run: Run): Peeled {
  const [first, second] = run.tokens;
  if (run.tokens.length < 3 || !connectors.has(second.text) || !plainAcronyms.has(first.text)) return undefined;
  return peelFront(run, /^(?:the|The)$/.test(run.tokens[2].text) && run.tokens.length > 3 ? 3 : 2);
}

/** Reads the first word at a sentence or heading start: an everyday word no name holds (Former, Watching, Enter) opens
 *  none there (`Former National Security Council official X`, `A: Watching NBA League Pass`), whatever follows. */
function leadingEverydayWord(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  const first = tokens[0].text;
  if (
    tokens.length < 2 ||
    !/^\p{Lu}\p{Ll}/u.test(first) ||
    !isEverydayWord(first) ||
    givenNames.has(first) ||
    nonEntityHeadsFirst.has(first) ||
    !opensSentence(sentence, tokens[0], true) ||
    // Director Maria Santos, Mayor Helen Park: a title opening the sentence is the person's role, read later.
    titleAt(tokens, 0) > 0
  )
    return undefined;
  // … unless the word heads or opens the whole name (Civic Party, Cyclone Phailin) and the rest is no name of that shape.
  const shaped = (part: Token[]) => knownOrganizations.has(spanText(sentence.text, part)) || organizationShape(part) || placeShape(part) !== undefined;
  const rest = tokens.slice(1);
  return shaped(tokens) && !(rest.length > 1 && shaped(rest)) ? undefined : peelFront(run, 1);
}

/** Reads the first two words: a plural for people and a connector (`Members of the Writers Guild of America`) open no
 *  name when an organisation's name follows; `Friends of the Earth`, a known name, was read before. */
function peopleOfOrganization(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  if (tokens.length < 4 || !peoplePlurals.has(tokens[0].text) || !connectors.has(tokens[1].text)) return undefined;
  const from = /^(?:the|The)$/.test(tokens[2].text) ? 3 : 2;
  const rest = tokens.slice(from);
  return rest.length >= 2 && (organizationShape(rest) || knownOrganizations.has(spanText(sentence.text, rest))) ? peelFront(run, from) : undefined;
}

/** Reads the word after the chunk: `the Democratic Progressive party`, `the Labour government` name an
 *  organisation (soft: `the Johnson government` is Boris Johnson's); not a nationality (the Danish government). */
function nameBeforeOrganizationHead(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  if (run.role || !run.headAfter || isCommonWord(tokens[0].text) || titleAt(tokens, 0) !== 0) return undefined;
  if (tokens.every((t) => t.text.split('-').every((w) => demonyms.has(w)))) return undefined;
  emit(sentence, 'organization', tokens, { soft: true });
  return 'decided';
}

/** Reads the head word: `Human Rights Act`, `Treaty of Peace` name no entity, but known names inside still count. */
function titleOfLawOrEvent(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  if (tokens.length < 2 || run.role || !(nonEntityHeads.has(tokens[tokens.length - 1].text) || nonEntityHeadsFirst.has(tokens[0].text))) return undefined;
  emitKnownParts(sentence, tokens);
  return 'decided';
}

/** Reads the head and what follows `of`: `the State of Texas`, `the Kingdom of Bahrain`, `the Province of Quebec` is the
 *  place under its formal name, not a body named by its head. */
function formalNameOfPlace(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  if (run.role || tokens.length < 3 || !formalPlaceHeads.has(tokens[0].text) || tokens[1].text !== 'of') return undefined;
  const place = lookupPlace(spanText(sentence.text, tokens.slice(2)), 'en');
  if (!place) return undefined;
  emit(sentence, 'place', tokens, { placeKind: place.placeKind });
  return 'decided';
}

/** Reads the last word or head: `… Inc`, `… University`, `Ministry of …` is an organisation. */
function organizationByShape(sentence: Sentence, run: Run): Peeled {
  if (run.tokens.length < 2 || run.role || !organizationShape(run.tokens) || officeOpens(run.tokens)) return undefined;
  emit(sentence, 'organization', run.tokens);
  return 'decided';
}

/** Reads the last word or head: `… Airport`, `… River` is a place; a given name opening two or three
 *  words names a person whatever the last word is (Christopher Hill), unless that word is a venue's; a title
 *  before the given name changes nothing (Mayor Helen Park). */
function placeByShape(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  if (tokens.length < 2 || run.role) return undefined;
  const kind = placeShape(tokens);
  // Mayor Helen Park: after a title, the name is read as if it opened the run.
  const named = tokens.slice(titleAt(tokens, 0));
  // … unless that word opens places' names and a preposition of place comes before (in Monte Carlo, near Santa Maria).
  const before = sentence.tokens[run.at - 1];
  const openedAsPlace = geoHeadsBefore.includes(tokens[0].text) && before !== undefined && placeOpenerCuesBefore.has(before.text);
  const personal = named.length >= 2 && named.length <= 3 && givenNames.has(named[0].text) && (kind !== 'venue' || venueHeadsAlsoSurnames.has(named[named.length - 1].text));
  if (!kind || (personal && !openedAsPlace)) return undefined;
  emit(sentence, 'place', tokens, { placeKind: kind });
  return 'decided';
}

/** A title and a connector open the run (`Director of the …`): an office, whose complement officeBeforeComplement reads. */
const officeOpens = (tokens: Token[]) => {
  const title = titleAt(tokens, 0);
  return title > 0 && title + 1 < tokens.length && connectors.has(tokens[title].text);
};

/** Reads the whole run: a title alone (`the Secretary of State, contacted`) names an office, no place or body, though
 *  its last word may be a place's or a body's head. */
function bareOffice(_sentence: Sentence, run: Run): Peeled {
  return run.tokens.length > 1 && titleAt(run.tokens, 0) === run.tokens.length ? 'decided' : undefined;
}

/** Reads a leading title and the connector after it: `Mayor of Brisbane`, `Minister for Trade` is no person; but a
 *  person's name closing the complement (`Minister of Education Anna Rossi said`) is the office-holder, the office
 *  their role. */
function officeBeforeComplement(sentence: Sentence, run: Run): Peeled {
  if (!officeOpens(run.tokens)) return undefined;
  const title = titleAt(run.tokens, 0);
  const holder = officeHolderAt(run.tokens, title + 1);
  emitComplement(sentence, run.tokens.slice(title + 1, holder), join(run.tokens.slice(0, title)));
  if (holder === run.tokens.length) return 'decided';
  run.role = join(run.tokens.slice(0, holder));
  return peelFront(run, holder);
}

/** An office's complement: a known organisation or one named by its shape as a whole (`Director of the International
 *  Agency for Clean Energy`, `Governor of the Bank of England`), else the known names in it (`Mayor of Leeds`); after a
 *  title over places, one unknown name word is the place (`Countess of Lennox`). */
function emitComplement(sentence: Sentence, tokens: Token[], title: string): void {
  const body = /^(?:The|the)$/.test(tokens[0]?.text ?? '') ? tokens.slice(1) : tokens;
  const known = body.length > 1 ? knownOrganizations.get(spanText(sentence.text, body)) : undefined;
  if (known || (body.length > 1 && !connectors.has(body[0].text) && organizationShape(body))) emit(sentence, 'organization', body, { key: known ?? spanText(sentence.text, body) });
  else if (tokens.length === 1 && titlesOverPlaces.has(title) && unknownNameWord(tokens[0].text)) emit(sentence, 'place', tokens, { soft: true });
  else emitKnownParts(sentence, tokens);
}

/** A capitalised word that no list knows as a common word, a nationality, a body or a place: a name of its own. */
const unknownNameWord = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && !isCommonWord(word) && !isEverydayWord(word) && !demonyms.has(word) && !knownOrganizations.has(word);

/** Where a person's name of two or three words opened by a given name ends the run after an office's complement of a
 *  word or more (`… of Education Anna Rossi`, `… of Kansas City Mary Ann Lucas`), or the run's length. */
function officeHolderAt(tokens: Token[], complement: number): number {
  for (const n of [3, 2]) {
    const at = tokens.length - n;
    if (at > complement && !connectors.has(tokens[at - 1].text) && personShaped(tokens.slice(at))) return at;
  }
  return tokens.length;
}

/** Reads a leading title: `President Tokayev`; the title is the person's role (an honorific is not). */
function leadingTitle(_sentence: Sentence, run: Run): Peeled {
  const title = titleAt(run.tokens, 0);
  if (!(title > 0 && title < run.tokens.length)) return undefined;
  const titleText = join(run.tokens.slice(0, title));
  if (!honorifics.has(titleText)) run.role = titleText;
  return peelFront(run, title);
}

/** Reads the first word: a common word, plain acronym, nationality, connector or bare title opens no name. */
function leadingNonNameWord(sentence: Sentence, run: Run): Peeled {
  const first = run.tokens[0].text;
  // A nationality that opens a known name stays (the European Union Gordon Sondland).
  const opensKnownName = () => [2, 3].some((n) => run.tokens.length > n && knownOrganizations.has(spanText(sentence.text, run.tokens.slice(0, n))));
  const nationality = demonyms.has(first) && !opensKnownName();
  const nameless = isCommonWord(first) || plainAcronyms.has(first.replace(/\./g, '')) || nationality || connectors.has(first) || titleAt(run.tokens, 0) > 0;
  if (nameless && commonWordInName(sentence, run)) return 'decided';
  return nameless || leadingGerund(sentence, run) ? peelFront(run, 1) : undefined;
}

/** `the Internet Explorer browser`, `with Prime Video`: a common word capitalised mid-sentence before one word that is
 *  no given name belongs to that name, a product's or a service's (not a title: those were peeled before); the one
 *  word left would be no person. */
function commonWordInName(sentence: Sentence, run: Run): boolean {
  const [first, second] = run.tokens;
  if (run.tokens.length !== 2 || run.role || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !commonWords.has(first.text) || opensSentence(sentence, first, true)) return false;
  return !givenNames.has(second.text) && !demonyms.has(second.text) && lookupPlace(second.text, 'en') === undefined && !knownOrganizations.has(second.text);
}

/** `Questioning Vindman's judgment`, `Watching NBA League Pass`: the opening verb in -ing of a sentence or a heading is no part of a name. */
function leadingGerund(sentence: Sentence, run: Run): boolean {
  const first = run.tokens[0].text;
  // The text also writes the word in lower case, as a verb (Sterling Brown's `sterling` it does not).
  if (run.tokens.length < 2 || !/\p{Ll}ing$/u.test(first) || givenNames.has(first) || !writtenInLowerCase(sentence.text, first.toLowerCase())) return false;
  return opensSentence(sentence, run.tokens[0], true);
}

/**
 * Whether a token starts its sentence: nothing but opening quotes or brackets before it, or a
 * dateline dash or a colon, or a quotation opened after a comma (said, "Stock markets …");
 * `numbered` also takes a list number before it (4. Questioning …).
 */
function opensSentence(sentence: Sentence, token: Token, numbered = false): boolean {
  const raw = sentence.text.slice(sentence.start, token.start);
  const lead = raw.replace(/[\s"“‘'([]+$/, '');
  const rest = numbered ? lead.replace(/[\d.\s]/g, '') : lead;
  return rest.replace(/[—–-]/g, '') === '' || /[—–:]$/.test(lead) || /[,:]\s*["“‘]$/.test(raw);
}

/** Reads all but the last word: a known place and one word that is no given name, nationality or group of people
 *  name a place's paper, team or company (Kansas City Star, Oklahoma City Thunder, Houston Rockets). */
function placeBeforeOneWord(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  const last = tokens[tokens.length - 1].text;
  // A double-barrelled surname (Ocasio-Cortez) or a title (U.S. Ambassador) after a place is no organisation.
  if (tokens.length < 2 || run.role || !/^\p{Lu}\p{Ll}+$/u.test(last) || titleAt(tokens, tokens.length - 1) > 0 || givenNames.has(tokens[0].text)) return undefined;
  // A surname or given name after a place is a person's (Regina Ip, Alexandria Ruiz), unless it is an everyday word too (Thunder).
  const personal = last.length < 3 || ((givenNames.has(last) || familyNames.has(last)) && !isListedEverydayWord(last));
  if (personal || demonyms.has(last) || peoplePlurals.has(last) || connectors.has(tokens[tokens.length - 2].text)) return undefined;
  if (!placeOrCity(sentence.text, tokens.slice(0, -1))) return undefined;
  // … but with an airport's three-letter code in brackets after it (London Heathrow (LHR), Shanghai Pudong (PVG)) it is
  // that airport, a place; not with a team's, its place's first letters (Seattle Kraken (SEA), Utah Jazz (UTA)).
  const end = tokens[tokens.length - 1].end;
  const code = AIRPORT_CODE_AFTER.exec(sentence.text.slice(end, end + 7))?.[1];
  if (code && !tokens[0].text.toUpperCase().startsWith(code)) emit(sentence, 'place', tokens, { placeKind: 'venue' });
  else emit(sentence, 'organization', tokens, { soft: true, team: true });
  return 'decided';
}

/** ` (LHR)`: three capitals in brackets right after a name, the way travel news writes an airport's code. */
const AIRPORT_CODE_AFTER = /^[ \t\u00a0]*\((\p{Lu}{3})\)/u;

/** A known place, or one with its head after it (Kansas City, Jersey City). */
function placeOrCity(text: string, tokens: Token[]): boolean {
  if (lookupPlace(spanText(text, tokens), 'en')) return true;
  return tokens.length > 1 && geoHeads.has(tokens[tokens.length - 1].text) && lookupPlace(spanText(text, tokens.slice(0, -1)), 'en') !== undefined;
}

/** Reads all but the last two words: a known place or organisation before a two-word name (`ambassador to Britain Liu
 *  Xiaming`); or a name shaped as an organisation's before a given name and a surname (`chief executive of the Refugee
 *  Council Enver Solomon`). */
function knownNameBeforeTwoWordName(sentence: Sentence, run: Run): Peeled {
  if (run.tokens.length < 3 || run.role) return undefined;
  const prefix = run.tokens.length - 2;
  const prefixName = spanText(sentence.text, run.tokens.slice(0, prefix));
  const place = lookupPlace(prefixName, 'en');
  const rest = run.tokens.slice(prefix);
  const shapedBody = prefix >= 2 && !place && organizationShape(run.tokens.slice(0, prefix)) && personShaped(rest);
  const organization = knownOrganizations.get(prefixName) ?? (shapedBody ? prefixName : undefined);
  if (!(place || organization) || organizationShape(rest) || placeShape(rest) || titleAt(rest, 0) !== 0) return undefined;
  if (organization) emit(sentence, 'organization', run.tokens.slice(0, prefix), { key: organization });
  else if (place) emit(sentence, 'place', run.tokens.slice(0, prefix), { key: place.canonical, placeKind: place.placeKind });
  return peelFront(run, prefix);
}

/** Reads the last words: a run ending in a title with no name after it (`the PAHO Director also urged`, `the Vantix CEO
 *  in 2014`) speaks of an office-holder named elsewhere; what stands before the title is the body (initials, a known or
 *  organisation-shaped name) or the place (`the Ohio Governor`), not one name with the title. */
function trailingTitle(sentence: Sentence, run: Run): Peeled {
  const { tokens } = run;
  const at = tokens.findIndex((_, i) => i > 0 && titleAt(tokens, i) === tokens.length - i);
  if (run.role || at <= 0) return undefined;
  const left = tokens.slice(0, at);
  const name = spanText(sentence.text, left);
  const organization = knownOrganizations.get(name);
  const place = organization ? undefined : lookupPlace(name, 'en');
  // `B.B. King`, `AQ Khan`: two initials before a surname that is also a title are a person's name.
  if (!organization && !place && PERSON_INITIALS.test(name) && tokens.length - at === 1 && familyNames.has(tokens[at].text)) return undefined;
  if (place) emit(sentence, 'place', left, { key: place.canonical, placeKind: place.placeKind });
  else if (organization || isAcronym(name) || (left.length > 1 && organizationShape(left))) emit(sentence, 'organization', left, { key: organization ?? name });
  else return undefined;
  return 'decided';
}

/** `BB`, `B.B.`: a person's two initials, with or without their stops. */
const PERSON_INITIALS = /^\p{Lu}\.?\p{Lu}\.?$/u;

/** Index of a title inside the run with words after it (`Apple CEO Tim Cook`), or -1. */
const innerTitleAt = (tokens: Token[]) => tokens.findIndex((_, i) => i > 0 && titleAt(tokens, i) > 0 && i + titleAt(tokens, i) < tokens.length);

/** Reads a title inside the run and the word after it: `… High Commissioner for Human Rights` names an office, not a person. */
function innerOffice(sentence: Sentence, run: Run): Peeled {
  const inner = innerTitleAt(run.tokens);
  if (!(inner > 0 && connectors.has(run.tokens[inner + titleAt(run.tokens, inner)].text))) return undefined;
  emitKnownParts(sentence, run.tokens);
  return 'decided';
}

/** Reads a title inside the run: `Apple CEO Tim Cook`, `Kazakh President Tokayev`; what stands before the
 *  title is the person's organisation (or a place), the title their role. */
function innerTitle(sentence: Sentence, run: Run): Peeled {
  const inner = innerTitleAt(run.tokens);
  if (!(inner > 0) || run.role) return undefined;
  const left = run.tokens.slice(0, inner);
  const leftName = spanText(sentence.text, left);
  const leftOrganization = knownOrganizations.get(leftName);
  // A country's initials are the country (U.S. Attorney, U.K. Prime Minister); other initials an organisation (FBI Director).
  // An organisation's last word alone names none: Energy Secretary, Health Minister.
  const shaped = left.length > 1 && organizationShape(left);
  const leftPlace = leftOrganization || shaped ? undefined : lookupPlace(leftName, 'en');
  if (leftPlace) emit(sentence, 'place', left, { key: leftPlace.canonical, placeKind: leftPlace.placeKind });
  else if (leftOrganization || shaped || isAcronym(leftName)) {
    emit(sentence, 'organization', left, { key: leftOrganization ?? leftName });
    run.affiliation = leftOrganization ?? leftName;
  }
  const n = titleAt(run.tokens, inner);
  run.role = join(run.tokens.slice(inner, inner + n));
  return peelFront(run, inner + n);
}

/** What a reading rule says the run is: an entity of a type, no name at all, or only the known names inside it. */
type Reading = { type: EntityType; extra?: Partial<Candidate> } | 'no name' | 'known parts';

/** What the reading rules look at: the run and the words around it. */
interface RunContext {
  text: string;
  run: Token[];
  /** The run's last word. */
  last: string;
  single: boolean;
  role?: string;
  affiliation?: string;
  /** The two words before the run and the one after it, in lower case. */
  before: string[];
  prev?: string;
  after?: string;
  /** The run starts its sentence, or follows a dateline dash or a colon: its capitals say nothing. */
  initial: boolean;
  /** A word before or after says person: `X said`, `Mr. X`. */
  personCue: boolean;
  /** The token after the run follows it with spaces only. */
  adjacent: boolean;
  /** A capitalised `The` mid-sentence comes right before the run: it belongs to a title (writes for The Onion). */
  titleArticle: boolean;
}

function readContext(sentence: Sentence, { tokens: run, at, role, affiliation }: Run): RunContext {
  const { text, tokens } = sentence;
  const before = tokens.slice(Math.max(0, at - 2), at).map((t) => t.text.toLowerCase());
  const after = tokens[at + run.length]?.text.toLowerCase();
  const prev = before[before.length - 1];
  const personCue =
    (after !== undefined && personVerbsAfter.has(after)) || (prev !== undefined && personCuesBefore.has(prev.replace(/\.$/, ''))) || personCuesBefore.has(before.join(' '));
  const nextWord = tokens[at + run.length];
  const article = tokens[at - 1];
  return {
    text,
    run,
    last: run[run.length - 1].text,
    single: run.length === 1,
    role,
    affiliation,
    before,
    prev,
    after,
    initial: opensSentence(sentence, run[0]),
    personCue,
    adjacent: nextWord !== undefined && isSpaceOnly(text.slice(run[run.length - 1].end, nextWord.start)),
    titleArticle: article?.text === 'The' && isSpaceOnly(text.slice(article.end, run[0].start)) && !opensSentence(sentence, article),
  };
}

/** Stage 3 for what the peel rules left: trailing connectors dropped, then the first reading that applies. */
export function readRest(sentence: Sentence, run: Run): void {
  // … and a capitalised article, which starts a sentence the splitter missed (won Group D. The day before …).
  const trailing = (t: Token) => connectors.has(t.text) || t.text === 'The';
  while (run.tokens.length > 0 && trailing(run.tokens[run.tokens.length - 1])) run.tokens = run.tokens.slice(0, -1);
  if (run.tokens.length === 0) return;
  const reading = readRun(readContext(sentence, run));
  if (reading === 'known parts') emitKnownParts(sentence, run.tokens);
  else if (reading !== 'no name') emit(sentence, reading.type, run.tokens, reading.extra);
}

/** Stage 3: the first of READING_RULES that returns a reading decides the run; else it is a weak person. */
function readRun(context: RunContext): Reading {
  for (const rule of READING_RULES) {
    const reading = rule(context);
    if (reading) return reading;
  }
  return weakPerson(context);
}

/** Stage 3, in order. */
const READING_RULES: ((c: RunContext) => Reading | undefined)[] = [
  tooShortOrCommon,
  bodyEndingInPlainWord,
  nationalityOrNonEntityHead,
  pluralAcronym,
  titledPerson,
  teamNickname,
  teamBeforePosition,
  acronymOrganization,
  acronymLedOrganization,
  rulerOfRealm,
  craftName,
  titleOfWork,
  sizedProduct,
  brandCapitals,
  countedGroup,
  itemAfterCount,
  peoplePlural,
  plainPluralAtStart,
  everydayWordAtStart,
  serviceAfterVia,
  agencyInPhotoCredit,
  organizationWordAfter,
  organizationContextBefore,
  organizationNounAhead,
  organizationContextAfter,
  placeByApposition,
  personByApposition,
  personByCue,
  knownTown,
  placeByPreposition,
  placeByEnding,
  groupByEnding,
  modelNumber,
  modelByHead,
  everydayWordsAfterThe,
  nameAfterThe,
  quotedTitle,
  headlineInCapitals,
  thingName,
  labelLetter,
];

/** Reads a single word: too short, an everyday word or a plain acronym (CEO, TV) is no name. */
function tooShortOrCommon(c: RunContext): Reading | undefined {
  return c.single && (c.last.length < 2 || isCommonWord(c.last) || plainAcronyms.has(c.last.replace(/\./g, ''))) ? 'no name' : undefined;
}

/** Reads the last word: a nationality (Kazakh) or the head of a non-entity (… Act) ends no name. */
function nationalityOrNonEntityHead(c: RunContext): Reading | undefined {
  return demonyms.has(c.last) || (nonEntityHeads.has(c.last) && !c.single) ? 'no name' : undefined;
}

/** Reads the last word and what follows: a name that ends in an everyday word or a nationality (Nippon Steel, Anglo
 *  American) and acts (`'s bid`, `said`, `would sell`) names a company, at a sentence start too; people's names end in
 *  neither, and a product's or a law's name does not act. */
function bodyEndingInPlainWord(c: RunContext): Reading | undefined {
  const first = c.run[0].text;
  if (c.run.length !== 2 || !c.initial || c.role || !(isEverydayWord(c.last) || demonyms.has(c.last)) || nonEntityHeads.has(c.last)) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || isEverydayWord(first) || isCommonWord(first) || demonyms.has(first) || givenNames.has(first) || connectors.has(first)) return undefined;
  if (c.run.some((t) => connectors.has(t.text))) return undefined;
  const acts = possessiveAfter(c.text, c.run[c.run.length - 1]) || (c.adjacent && c.after !== undefined && subjectVerbsAfter.has(c.after));
  return acts ? { type: 'organization' } : undefined;
}

/** Reads a single word: plural acronyms (MPs, NGOs) are groups, not names. */
function pluralAcronym(c: RunContext): Reading | undefined {
  return /\p{Lu}{2,}\p{Ll}*s$/u.test(c.last) && c.single ? 'no name' : undefined;
}

/** A title was peeled off (`President X`, `Apple CEO X`): a person with that role. */
function titledPerson(c: RunContext): Reading | undefined {
  return c.role ? { type: 'person', extra: { role: c.role, affiliation: c.affiliation } } : undefined;
}

/** Reads a single word: a major-league team's plural nickname (the Clippers, Broncos vs. Raiders) is that team, not a
 *  group of people; soft, so a clearer reading of the word elsewhere in the text wins. */
function teamNickname(c: RunContext): Reading | undefined {
  return c.single && teamNicknames.has(c.last) ? { type: 'organization', extra: { soft: true } } : undefined;
}

/** Reads the words after: a name right before a player's position or a coach (`Penn State quarterback Sean Clifford`,
 *  `said Athletic Bilbao keeper …`) is the team's or the school's, even after a person cue (which speaks of the player);
 *  a given name and a surname stay a person's, a known place its place (Pittsburgh coach …: the city stands for the team). */
function teamBeforePosition({ text, run, last }: RunContext): Reading | undefined {
  const end = run[run.length - 1].end;
  const personal = run.length === 1 ? familyNames.has(last) || givenNames.has(last) : personShaped(run) && familyNames.has(last);
  if (personal || lookupPlace(spanText(text, run), 'en')) return undefined;
  return teamPositionAfter.test(text.slice(end, end + 30)) ? { type: 'organization' } : undefined;
}

/** Text that ends in a number and a space or none (before a unit of measure); a year is no measure (in 2019 NATO …). */
const AFTER_NUMBER = /(?<![\d.,])(?!(?:1[89]|20)\d\d\s?$)\d[\d.,]*\s?$/;

/** Reads a single word: an acronym (NATO, IAEA) is an organisation. */
function acronymOrganization(c: RunContext): Reading | undefined {
  if (!c.single || !isAcronym(c.last)) return undefined;
  // `said A.J.`: two initials a person cue comes before are a person's (bodies' initials are known names or read later).
  if (/^(?:\p{Lu}\.){2}$/u.test(c.last) && c.prev !== undefined && personCuesBefore.has(c.prev) && !bareCueBefore(c)) return { type: 'person' };
  // VOTE, LIVE, WATCH: an everyday word set in capitals (a label or a headline), not a body's initials.
  if (c.last.length >= 4 && isEverydayWord(c.last)) return 'no name';
  // After a number capitals are its unit (40 GW, 1.2 MW, 500 GB), not a body.
  if (AFTER_NUMBER.test(c.text.slice(Math.max(0, c.run[0].start - 16), c.run[0].start))) return 'no name';
  // Letters then three or four digits name a model, not a body: A350, B737, RTX3080 (G20 stays a group).
  return /^\p{Lu}{1,3}\d{3,4}$/u.test(c.last) ? 'no name' : { type: 'organization' };
}

/** Reads the first word: initials of three letters or more before other words name a body's unit or outlet (CBS DFW,
 *  CNN Style, HSBC Holdings), not a person (two letters may be a person's initials: JJ Watt). */
function acronymLedOrganization({ text, run, single }: RunContext): Reading | undefined {
  const first = run[0].text;
  if (single || !/^\p{Lu}{3,}$/u.test(first) || plainAcronyms.has(first) || isEverydayWord(first) || lookupPlace(first, 'en') || run.some((t) => givenNames.has(t.text)))
    return undefined;
  // A run all in capitals is a heading or a byline (ANNA BERG) unless it opens with a known body.
  const lowerAfter = run.slice(1).some((t) => /\p{Ll}/u.test(t.text));
  return lowerAfter || knownOrganizations.has(first) ? { type: 'organization', extra: { key: spanText(text, run) } } : undefined;
}

/** Reads `X of Y`: `Catherine of Russia`, `Margaret of Parma` is a ruler named by a realm. */
function rulerOfRealm({ text, run }: RunContext): Reading | undefined {
  if (!(run.length >= 3 && run[1].text === 'of' && !connectors.has(run[2].text) && !nonEntityHeads.has(run[0].text))) return undefined;
  const realm = spanText(text, run.slice(2));
  return lookupPlace(realm, 'en') && !lookupPlace(run[0].text, 'en') ? { type: 'person', extra: { key: join(run) } } : undefined;
}

/** Reads the words after: `the Galileo spacecraft`, `its Dream Chaser vehicle`, `Starship lunar lander missions` name a
 *  craft or a mission, which is no entity to list (nor a person, as capitals alone would make it); the same words
 *  elsewhere with only capitals for evidence name that craft too. */
function craftName({ text, run }: RunContext): Reading | undefined {
  const end = run[run.length - 1].end;
  return craftNounAfter.test(text.slice(end, end + 40)) ? { type: 'organization', extra: { thing: true } } : undefined;
}

/** Reads the run's length and small words: long runs and `X of Y` have no name shape; they are titles of works and events. */
function titleOfWork({ run }: RunContext): Reading | undefined {
  return run.length > 4 || run.some((t) => /^(?:of|for|the|on|upon)$/.test(t.text)) ? 'known parts' : undefined;
}

/** A size in inches or millimetres written as a modifier right before a name: `the 16-inch `, `a 6.1-inch `. */
const SIZE_BEFORE = /\d(?:\.\d+)?[- ](?:inch|in\.|mm|millimetre|millimeter)[ \t\u00a0]+$/;

/** Reads the characters before: what comes in a size (the 16-inch MacBook Pro, a 65-inch Bravia) is a product sold, the
 *  same words elsewhere with only capitals for evidence too. */
function sizedProduct({ text, run }: RunContext): Reading | undefined {
  return SIZE_BEFORE.test(text.slice(Math.max(0, run[0].start - 16), run[0].start)) ? { type: 'organization', extra: { thing: true } } : undefined;
}

/** Reads a single word: inner capitals mark brands (SaskTel, YouTube); Mc, Mac, De, La … mark surnames. A brand that
 *  takes an article or a possessive and names nothing after it is the thing sold (a new iPhone, the iPod, my PlayStation);
 *  so is one with a model number after it (AirPods 2, PlayStation 5) or a maker's possessive and a word for a model before
 *  it (Vantix’s latest SmartHub). Read so once, the word is that thing at its other mentions too (index.ts). */
function brandCapitals(c: RunContext): Reading | undefined {
  if (!c.single || !/\p{Ll}\p{Lu}/u.test(c.last) || /^(?:Mc|Mac|O'|O’|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u.test(c.last)) return undefined;
  const possessive = POSSESSIVE_AND_WORD_BEFORE.test(c.text.slice(Math.max(0, c.run[0].start - 30), c.run[0].start));
  const determiner = productDeterminers.has(c.before[0] ?? '') || possessive;
  const determined = c.prev !== undefined && (productDeterminers.has(c.prev) || (productAdjectives.has(c.prev) && determiner));
  const sold = determined && !modifiesNoun(c.adjacent ? c.after : undefined) && !possessiveAfter(c.text, c.run[0]);
  return { type: 'organization', extra: { brand: true, thing: sold || modelNumberAfter(c.text, c.run[0]) } };
}

/** `Vantix’s latest `: a possessive and one word right before a name (the text before it). */
const POSSESSIVE_AND_WORD_BEFORE = /\p{L}['’]s?[ \t\u00a0]+\p{Ll}+[ \t\u00a0]+$/u;

/** ` 2 with`, ` 11 is`: a small number right after a name and before a verb or a preposition, as a model's or a version's;
 *  not a score (2-1), a count of something (5 stores, 3 million), a time (11:30) nor a box score's points (Lind 25, Roe 20). */
const MODEL_NUMBER_AFTER = /^[ \t\u00a0]+\d{1,3}(?=[ \t\u00a0]+(?:with|is|are|was|were|has|have|for|at|in|on|from|offers?|comes?|gets?|features?|costs?|sells?|will|can|now)\b)/u;

const modelNumberAfter = (text: string, token: Token) => MODEL_NUMBER_AFTER.test(text.slice(token.end, token.end + 24));

/** Reads the two words before: `a million Uighurs`, `thousands of Rohingyas`, `2,000 Yazidis`: a counted plural is a group. */
function countedGroup({ single, last, prev, before }: RunContext): Reading | undefined {
  const counted = (w: string | undefined) => w !== undefined && (quantifiersBefore.has(w) || /^\d[\d,.]*$/.test(w));
  return single && /\p{Ll}s$/u.test(last) && (counted(prev) || (prev === 'of' && counted(before[0]))) ? { type: 'person', extra: { group: true } } : undefined;
}

/** Reads the characters before: `1 Tbsp`, `2 Red`, `½ Cup`: a single word after a small count is a unit or an item. */
function itemAfterCount({ text, run, single }: RunContext): Reading | undefined {
  if (!single || possessiveAfter(text, run[0])) return undefined;
  return /(?:^|[\s(])(?:\d{1,3}|\d*[¼½¾⅓⅔⅛])[ \t\u00a0]$/u.test(text.slice(Math.max(0, run[0].start - 6), run[0].start)) ? 'no name' : undefined;
}

/**
 * Reads the last word: `Officials said`, `House Democrats voted`: a plural common noun for people
 * names a group, alone or after what qualifies it (`Metropolitan Police`, no plural -s, stays a name).
 */
function peoplePlural(c: RunContext): Reading | undefined {
  return peoplePlurals.has(c.last) && (c.single || /\p{Ll}s$/u.test(c.last)) ? { type: 'person', extra: { group: true } } : undefined;
}

/** Reads a single word at a sentence start: a plural the text also writes in lower case is that common word (Critics said). */
function plainPluralAtStart(c: RunContext): Reading | undefined {
  return c.single && c.initial && /\p{Ll}[^su]s$/u.test(c.last) && writtenInLowerCase(c.text, c.last.toLowerCase()) ? 'no name' : undefined;
}

/** Reads a single word at a sentence start: an everyday word there is that word (Prompted by…, a line reading `Editing`). */
function everydayWordAtStart(c: RunContext): Reading | undefined {
  return c.single && c.initial && isEverydayWord(c.last) && !possessiveAfter(c.text, c.run[0]) ? 'no name' : undefined;
}

/** Reads the word before: what a thing comes `via` is a service, agency or platform (AFP via Getty Images, via Twitter). */
function serviceAfterVia(c: RunContext): Reading | undefined {
  return c.prev === 'via' && !personShaped(c.run) ? { type: 'organization', extra: { soft: true } } : undefined;
}

/** Two or three words opened by a given name and ending in no everyday word: a person's name (Brian Batko, Peyton Manning). */
export const personShapedWords = (words: string[]) => words.length >= 2 && words.length <= 3 && givenNames.has(words[0]) && !isEverydayWord(words[words.length - 1]);
const personShaped = (run: Token[]) => personShapedWords(run.map((t) => t.text));

/** Reads the slash before: after a name in a photo credit, an agency follows (`Ana Ruiz/Pexa Photos`). */
function agencyInPhotoCredit(c: RunContext): Reading | undefined {
  return slashBefore(c.text, c.run[0].start) === 'credit' ? { type: 'organization', extra: { soft: true } } : undefined;
}

/** Reads the word after: `Apple shares`, `a Tesco spokesman` say organisation, unless a person cue says otherwise. */
function organizationWordAfter(c: RunContext): Reading | undefined {
  return c.adjacent && c.after !== undefined && organizationCuesAfter.has(c.after) && !c.personCue ? { type: 'organization' } : undefined;
}

/** Reads 40 characters before: `shares of X`, `an analyst at X`, `Ohio-based X` say only an organisation (more
 *  particular than a bare `by`: `owned by X`; and in `an analyst at X said` the analyst speaks). */
function organizationContextBefore({ text, run }: RunContext): Reading | undefined {
  return organizationCueBefore.test(text.slice(Math.max(0, run[0].start - 40), run[0].start)) ? { type: 'organization' } : undefined;
}

/** Reads the word before: a kind of body in lower case names the body after it (`energy company X`, `the
 *  chipmaker X`); a given name and surname stay a person's (`the band's Ana Ruiz` has no such word right before). */
function organizationNounAhead({ text, run }: RunContext): Reading | undefined {
  return !personShaped(run) && organizationNounBefore.test(text.slice(Math.max(0, run[0].start - 20), run[0].start)) ? { type: 'organization' } : undefined;
}

/** Reads up to 150 characters after: `X’s chief executive`, `X, the Ohio-based retailer`, `X, which makes …`. */
function organizationContextAfter({ text, run, personCue }: RunContext): Reading | undefined {
  const end = run[run.length - 1].end;
  if (speaksOfItself(text.slice(end, end + 40))) return { type: 'organization' };
  if (personCue || !(organizationPossessiveCue.test(text.slice(end, end + 40)) || organizationAppositionAfter.test(text.slice(end, end + 150)))) return undefined;
  return { type: 'organization' };
}

/** `X said its profit fell`, `X announced that its chief would go`: what speaks of itself as `its` is no person. */
function speaksOfItself(after: string): boolean {
  const m = /^[ \t\u00a0]+(\p{Ll}+)[ \t\u00a0]+(?:that[ \t\u00a0]+)?its\b/u.exec(after);
  return m !== null && personVerbsAfter.has(m[1]);
}

/** `X, a village southwest of Y`, `X, a small town in …`: a name set off by a comma and a noun for a settlement (the text right after it). */
const PLACE_APPOSITION_AFTER =
  /^,[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?(?:village|town|city|suburb|hamlet|township|municipality|district|county|province)\b/u;

/** Reads the words after: a name described as a village, town or district right after a comma is that place. */
function placeByApposition({ text, run }: RunContext): Reading | undefined {
  const end = run[run.length - 1].end;
  return PLACE_APPOSITION_AFTER.test(text.slice(end, end + 40)) ? { type: 'place', extra: { soft: true } } : undefined;
}

/** Reads the words after: an age or a relation after a comma (`Rosane, an 18-year-old`, `Okafor, his lawyer`) makes a
 *  person, after a bare `by` or `with` too. */
function personByApposition({ text, run }: RunContext): Reading | undefined {
  const end = run[run.length - 1].end;
  return personAppositionAfter.test(text.slice(end, end + 50)) ? { type: 'person', extra: { key: join(run) } } : undefined;
}

/** Reads the words around: `X said`, `according to X`, a lower-case title before make a person. */
function personByCue(c: RunContext): Reading | undefined {
  if (!c.personCue) return undefined;
  // `by X`, `with X` say person only of a name shaped like one (by Ana Ruiz); `published by Futurism`, `with Uber Money`
  // leave the reading to the rest of the text.
  if (bareCueBefore(c) && !personShaped(c.run) && !c.run.some((t) => givenNames.has(t.text) || familyNames.has(t.text))) return weakPerson(c);
  return { type: 'person', extra: { key: join(c.run) } };
}

/** The only person cue is a bare `by` or `with` before the run. */
function bareCueBefore({ prev, after, before }: RunContext): boolean {
  // (A two-word cue, `interview with X`; at a sentence start `before` holds the bare word alone.)
  return (prev === 'by' || prev === 'with') && !(after !== undefined && personVerbsAfter.has(after)) && !(before.length === 2 && personCuesBefore.has(before.join(' ')));
}

/** Reads a single word: a town of GeoNames' list (Plano, Bellingham) that nothing around it made a person or a body is
 *  that town; a person of that name elsewhere in the text still wins (soft). */
function knownTown({ text, run, single }: RunContext): Reading | undefined {
  const place = single ? (lookupPlace(run[0].text, 'en') ?? lookupPlace(fromCapitals(spanText(text, run)), 'en')) : undefined;
  return place?.town ? { type: 'place', extra: { key: place.canonical, placeKind: place.placeKind, soft: true } } : undefined;
}

/** Reads the word before a single word: `in X`, `near X`, `across X` make a place (soft); so do a place's noun and `of`
 *  (`the district of X`, `the mayor of X`); not `to`, `from`, `by`, `with`, nor before a possessive. */
function placeByPreposition({ text, run, single, prev, before }: RunContext): Reading | undefined {
  const possessive = /^['’]s\b/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 3));
  const ofPlace = prev === 'of' && before.length === 2 && placeCuesBefore.has(before.join(' '));
  const cued = ofPlace || (prev !== undefined && placeCuesBefore.has(prev) && !/^(?:to|from|by|with)$/.test(prev));
  // A code of letters and digits (in CBR600F4 trim, in G20 talks) names a model or a group, no place.
  const coded = run.some((t) => /\d/.test(t.text));
  if (!((single || twoWordPlace(run, ofPlace ? 'in' : prev)) && !possessive && cued && !coded)) return undefined;
  return { type: 'place', extra: { soft: true } };
}

/** `in Levico Terme`, `near Walnut Creek`, `the district of North Kesteven`: two plain name words after `in`, `near`,
 *  `outside`, `across` or a place's noun and `of` that nothing read before are a place's, unless a given name opens them
 *  (`in Anna Berg's view`). */
function twoWordPlace(run: Token[], prev: string | undefined): boolean {
  if (run.length !== 2 || !/^(?:in|near|outside|across)$/.test(prev ?? '') || !run.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) return false;
  // … nor a known body's product (in Facebook Messenger), nor a plural (invested in Premium Bonds; Palm Springs ends in a place's head, read before).
  return !givenNames.has(run[0].text) && !knownOrganizations.has(run[0].text) && !/[^su]s$/.test(run[1].text);
}

/** Reads the last word's ending: … burg, … ville, … stan, … shire make a place; a given name alone (Gloria, Julia,
 *  Clifford) keeps the person's reading, since places so named are known ones (Victoria, Georgia); so does a given name
 *  and a surname so ending (Mary Ashford, Anna Lindberg). */
function placeByEnding(c: RunContext): Reading | undefined {
  return placeEnding.test(c.last) && !(c.single && givenNames.has(c.last)) && !personShaped(c.run) ? { type: 'place' } : undefined;
}

/** Reads a single word's ending: a group's name or an adjective (Athenians, Slavic) is no name to list. */
function groupByEnding(c: RunContext): Reading | undefined {
  return c.single && groupEnding.test(c.last) ? 'no name' : undefined;
}

/** Reads the word before: people do not take an article, so `the Danevirke`, `the Qing` are places and institutions. */
function nameAfterThe({ text, run, single, last, prev, after, adjacent, titleArticle }: RunContext): Reading | undefined {
  // `the Peyton Manning era`: a person's name used as a modifier is still a person's.
  if (prev !== 'the' || personShaped(run)) return undefined;
  // `the Lexus LC 500 Convertible`, `the Corvan GT 400`: a model's number after the words names a product sold.
  if (!single && MODEL_NUMBER_NEXT.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 6))) return { type: 'organization', extra: { thing: true } };
  // `writes for The Onion`, `a band like The Velvet Underground`: an article capitalised mid-sentence opens the name of
  // a paper, a band or a firm (a place so named, The Hague, is known and read before); it settles the name's other
  // mentions too (The Onion has …). A plural (Disney's The Muppets) is a show's or a group's.
  if (titleArticle && !(single && /[^su]s$/.test(last))) return { type: 'organization' };
  // `the Caribs`, `the Emperors` are groups of people; `the Institute` is a common noun.
  if (single && /[^su]s$/.test(last)) return { type: 'person', extra: { group: true } };
  if (single && (organizationSuffixes.has(last) || geoHeads.has(last) || venueHeads.has(last))) return 'no name';
  // `the Oath`, `the Presidency`: an everyday word capitalised for weight after a lower-case `the` is that word (The Onion
  // opening a sentence may be a title), unless it stands in a list of names with `the` (the Rhône, the Inn and the Ticino).
  if (single && isEverydayWord(last) && text.slice(run[0].start - 4, run[0].start) === 'the ' && !listOfTheNames(text, run[0])) return 'no name';
  return { type: single && !modifiesNoun(adjacent ? after : undefined) ? 'place' : 'organization', extra: { soft: true } };
}

/** ` 500`: a number right after a name, not a year or a time (the Mercia Cup 2021, the Vantix 10:30 call). */
const MODEL_NUMBER_NEXT = /^[ \t\u00a0]+\d{1,3}(?![\d:.,-])/;

const THE_NAME_LISTED_BEFORE = /,[ \t\u00a0]+the[ \t\u00a0]+$/;
const THE_NAME_LISTED_AFTER = /^(?:,[ \t\u00a0]+|[ \t\u00a0]+(?:and|or)[ \t\u00a0]+)the[ \t\u00a0]+\p{Lu}/u;

/** A one-word name after `the` in a list of such names: `, the Inn`, `the Inn, the Ticino`, `the Inn and the Ticino`. */
function listOfTheNames(text: string, word: Token): boolean {
  return THE_NAME_LISTED_BEFORE.test(text.slice(Math.max(0, word.start - 8), word.start)) || THE_NAME_LISTED_AFTER.test(text.slice(word.end, word.end + 12));
}

/** Reads every word after `the`: a name made only of everyday words (the Touch Bar, the Magic Keyboard, the Grand Slam)
 *  names a product, an event or a show, not a body; a body's own word (County, Party, Airport) or a known name says otherwise. */
function everydayWordsAfterThe({ run, prev }: RunContext): Reading | undefined {
  if (prev !== 'the' || run.length < 2 || !run.every((t) => isEverydayWord(t.text))) return undefined;
  return run.some((t) => organizationSuffixes.has(t.text) || geoHeads.has(t.text) || venueHeads.has(t.text)) ? undefined : { type: 'organization', extra: { thing: true } };
}

/** `the Gannett deal`, `the Independent newspaper`, `the Qing dynasty`: one name before a noun (or verb) of its own
 *  is a body's, unless the noun is a place's (`the Schlei region`); small words (`the Inn and …`) say nothing. */
function modifiesNoun(next: string | undefined): boolean {
  if (next === undefined || !/^\p{Ll}+$/u.test(next)) return false;
  const capitalised = next[0].toUpperCase() + next.slice(1);
  return !(isCommonWord(capitalised) || leadingWords.has(capitalised) || connectors.has(next) || geoHeads.has(capitalised) || venueHeads.has(capitalised));
}

/** Reads the characters around: a run wrapped in quotation marks is a title of a work (“Shaky Ground”). */
function quotedTitle({ text, run }: RunContext): Reading | undefined {
  const quoted = /["“‘']/.test(text[run[0].start - 1] ?? '') && /^[,.!?]?["”’']/.test(text.slice(run[run.length - 1].end));
  return quoted && run.length > 1 ? 'no name' : undefined;
}

/** Reads every word: a run in capitals with an ordinary word in it is a headline or a label (`HARBOUR CRANES STALL`,
 *  `READ MORE`), not a name (a byline in capitals, `ANNA BERG`, has none). */
function headlineInCapitals({ text, run }: RunContext): Reading | undefined {
  const inCapitals = run.length > 1 && run.every((t) => /^\p{Lu}[\p{Lu}'’.-]+$/u.test(t.text));
  return inCapitals && run.some((t) => isCommonWord(t.text) || writtenInLowerCase(text, t.text.toLowerCase().replace(/['’].*$/, ''))) ? 'no name' : undefined;
}

/** Reads the words after the first: nothing says person but capitals, so a name with an everyday word after its first
 *  (Europa Clipper, Privacy Policy) is a thing's name unless a given name opens it (Jim Hood). */
function thingName({ run }: RunContext): Reading | undefined {
  return run.length > 1 && !givenNames.has(run[0].text) && run.slice(1).some((t) => isEverydayWord(t.text)) ? 'no name' : undefined;
}

/** Reads the last word: a name ending in a car's body style or `Concept` (the LC Convertible Concept, the Corvan GT Coupe) is a
 *  model sold, at its other mentions too; the body style alone after `the` (fitted on the Coupe) is no name. */
function modelByHead({ single, last, prev }: RunContext): Reading | undefined {
  if (!productHeads.has(last)) return undefined;
  if (single) return prev === 'the' ? 'no name' : undefined;
  return { type: 'organization', extra: { thing: true } };
}

/** Reads every word: a name with a model number in it (Airbus A350-900, Galaxy S10) is a product's; people's names hold no digits. */
function modelNumber({ run }: RunContext): Reading | undefined {
  return run.length > 1 && run.some((t) => /\d/.test(t.text)) ? 'known parts' : undefined;
}

/** Reads the last word: a name ending in a lone letter is a label (Path A, Plan B, Group D.); people's names end in a name. */
function labelLetter({ run }: RunContext): Reading | undefined {
  return run.length > 1 && /^\p{Lu}\.?$/u.test(run[run.length - 1].text) && !givenNames.has(run[0].text) ? 'known parts' : undefined;
}

/** When no rule decided: capitals alone make a weak person, which the whole text may confirm; at a sentence
 *  start only a subject followed by its verb (`Hitchcock was`) is likely a name. */
function weakPerson({ run, initial, after }: RunContext): Reading {
  const asSubject = initial && after !== undefined && subjectVerbsAfter.has(after);
  return { type: 'person', extra: { weak: true, initial: initial && !asSubject, key: join(run) } };
}
