// The Korean entity recogniser: people, organisations, places, venues and dates in Korean
// news text. Each rule file reports mentions; this file runs them in order (organisations
// first, since people's titles refer to them), spreads each strong name to its bare
// occurrences, and hands them to the shared merge step (../merge.ts) with Korean's rules.
// Where the rules are: organizations.ts (suffixes, institutions, aliases in brackets),
// people.ts (titles, 씨/님, apposition), places.ts, venues.ts, dates.ts; word lists in lexicon.ts.
// State on import, deliberately: importing this module registers the Korean regions.json with
// the shared place gazetteer (registerPlaceLexicon below). It is static data, registered once
// for the life of the module, and holds nothing of any page.
import regionData from '../../lexicon/ko/regions.json';
import type { Entity } from '../../types';
import { mergeMentions, type MergeRules } from '../merge';
import type { Mention } from '../mentions';
import { registerPlaceLexicon } from '../places';
import type { LanguageRecognizer, RecognizeInput } from '../types';
import { findCountryInitials } from './country-initials';
import { findDates } from './dates';
import { hanGlosses } from './glosses';
import { occurrences } from './occurrences';
import { findOrganizations } from './organizations';
import { findPeople } from './people';
import { findKoreanPlaces, isPlace } from './places';
import { splitWords } from './tokens';
import { findVenues } from './venues';

registerPlaceLexicon('ko', regionData);

/** How Korean mentions become entities (merge.ts explains each choice). */
export const koreanMerge: MergeRules = {
  findForm: occurrences,
  overlaps: 'strongest',
  known: 'as-mentions',
  naming: 'stated',
  affiliations: 'organisation-name',
};

export function recognizeKorean(input: RecognizeInput): Entity[] {
  const { text } = input;
  const words = splitWords(text);
  const addresses = words.filter((w) => w.address);
  const orgs = findOrganizations({ text, words, isPlace });
  const people = findPeople({ text, words, orgs, isPlace });
  const initials = findCountryInitials(text);
  // 북미 정상회담: where the initials read as two countries, not the region 북미 (North America).
  const places = findKoreanPlaces(text, words).filter((place) => initials.filter((i) => i.start >= place.start && i.end <= place.end).length < 2);
  const venues = findVenues({ text, words, isPlace });
  const found = [...orgs, ...people.orgs, ...people.people, ...venues, ...places];
  const named = [...found, ...spread(text, found)];
  const mentions = [...named, ...hanGlosses(text, named), ...initials, ...findDates(text, input.sentences, input.published)];
  return mergeMentions(text, mentions, { known: input.known, excluded: [...input.excluded, ...addresses] }, koreanMerge);
}

/** Every bare occurrence of a person's or organisation's name found by a pattern. */
function spread(text: string, found: Mention[]): Mention[] {
  const spread: Mention[] = [];
  const seen = new Set<string>();
  for (const mention of found) {
    if (mention.type !== 'person' && mention.type !== 'organization') continue;
    const form = text.slice(mention.start, mention.end);
    if (seen.has(form)) continue;
    seen.add(form);
    for (const span of occurrences(text, form)) {
      spread.push({ type: mention.type, ...span, name: mention.name, key: mention.key, alias: undefined });
    }
  }
  return spread;
}

export const koreanRecognizer: LanguageRecognizer = {
  languages: ['ko'],
  recognize: recognizeKorean,
};
