// The recogniser for languages without a module of their own: places by their names in that
// language (Intl.DisplayNames, so Allemagne, Deutschland, Германия all work), acronyms as
// organisations, and runs of two or more capitalised words inside a sentence as people.
// Deliberately cautious: a missed name costs less than a wrong one on a page we cannot read.
import nounCapitals from '../lexicon/noun-capitals.json';
import type { Entity } from '../types';
import { englishMerge } from './en';
import { givenNames, personCuesBefore } from './en/lexicon';
import { fullNamesByWord } from './en/name-shapes';
import { mergeMentions } from './merge';
import type { Mention } from './mentions';
import { isAcronym, tokenize, type Token } from './en/tokens';
import { findPlaces } from './places';
import type { LanguageRecognizer, RecognizeInput } from './types';

/**
 * Languages that capitalise every noun (German), and text of unknown language, which may be one:
 * there a person's run must start at a given name.
 */
const readsFromGivenName = new Set([...nounCapitals.languages, 'und']);
/** Their function words (Der, Am, Von) share a spelling with given names but never open one. */
const functionWords = new Set(nounCapitals.functionWords);
/** A given name of the name lists that is no function word (Der) nor a title spelt like one (Minister, Major). */
const isGivenName = (word: string) => givenNames.has(word) && !functionWords.has(word) && !personCuesBefore.has(word.toLowerCase());
/** Herr, Frau: the capitalised words after them are a person's name. */
const honorifics = new Set(nounCapitals.honorifics);
/** Longest name read from a given name or an honorific on (Anna Veronika Wendland). */
const MAX_GIVEN_NAME_WORDS = 3;
/** Longest run of capitalised words read as one person's name. */
const MAX_NAME_WORDS = 4;

export function fallbackRecognizer(language: string): LanguageRecognizer {
  return { languages: [language], recognize: (input) => recognizeFallback(input, language) };
}

export function recognizeFallback(input: RecognizeInput, language: string): Entity[] {
  const { text } = input;
  const mentions: Mention[] = findPlaces(text, language).map((p) => ({
    start: p.start,
    end: p.end,
    type: 'place',
    name: p.name,
    key: p.canonical,
    placeKind: p.placeKind,
  }));
  const sentences = input.sentences.length > 0 ? input.sentences : [{ start: 0, end: text.length }];
  const findPerson = readsFromGivenName.has(language.split('-')[0].toLowerCase()) ? personFromGivenName : personFromCapitals;
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (let i = 0; i < tokens.length; i++) {
      if (isAcronym(tokens[i].text) && tokens[i].text.length <= 6) {
        mentions.push({ start: tokens[i].start, end: tokens[i].end, type: 'organization', name: tokens[i].text, key: tokens[i].text });
        continue;
      }
      // Capitals carry no information at the start of a sentence (Der Begriff, Am Samstag).
      if (i === 0 || !isCapitalised(tokens[i])) continue;
      const last = runEnd(text, tokens, i);
      const person = findPerson(tokens, i, last);
      if (person) {
        const name = text.slice(tokens[person.first].start, tokens[person.last].end);
        mentions.push({ start: tokens[person.first].start, end: tokens[person.last].end, type: 'person', name, key: name });
      }
      i = last;
    }
  }
  return mergeMentions(text, keyedToFullNames(mentions), input, englishMerge);
}

/** Frau Weber after Claudia Weber: a one-word name is the person whose full name holds it. */
function keyedToFullNames(mentions: Mention[]): Mention[] {
  const fullNames = fullNamesByWord(mentions.filter((m) => m.type === 'person'));
  return mentions.map((m) => {
    const fullName = m.type === 'person' && !m.name.includes(' ') ? fullNames.get(m.name) : undefined;
    return fullName ? { ...m, key: fullName } : m;
  });
}

const isCapitalised = (token: Token) => /^\p{Lu}\p{Ll}/u.test(token.text);

/** The last token of the run of capitalised words, one space apart, that starts at `first`. */
function runEnd(text: string, tokens: Token[], first: number): number {
  let last = first;
  while (last + 1 < tokens.length && isCapitalised(tokens[last + 1]) && text.slice(tokens[last].end, tokens[last + 1].start) === ' ') last++;
  return last;
}

type Run = { first: number; last: number } | undefined;

/** Two to four capitalised words. */
function personFromCapitals(_tokens: Token[], first: number, last: number): Run {
  return last > first && last - first < MAX_NAME_WORDS ? { first, last } : undefined;
}

/**
 * Where every noun has a capital, the run is a person only from a known given name on, with a
 * word after it (Burgschauspielerin Lotte Tobisch → Lotte Tobisch), or after an honorific
 * (Frau Merkel → Merkel); other runs are nouns.
 */
function personFromGivenName(tokens: Token[], first: number, last: number): Run {
  for (let word = first; word < last; word++) {
    const text = tokens[word].text;
    const from = honorifics.has(text) ? word + 1 : isGivenName(text) ? word : undefined;
    if (from !== undefined) return last - from < MAX_GIVEN_NAME_WORDS ? { first: from, last } : undefined;
  }
  return undefined;
}
