// The Korean entity recogniser: people, organisations, places, venues and dates in Korean
// news text. Each rule file reports mentions; this file runs them in order (organisations
// first, since people's titles refer to them), spreads each strong name to its bare
// occurrences, adds what the user told us, and merges everything into entities.
import regionData from '../../lexicon/ko/regions.json';
import type { Entity, KnownEntity } from '../../types';
import { registerPlaceLexicon, type RegionLexicon } from '../places';
import type { LanguageRecognizer, RecognizeInput } from '../types';
import { findDates } from './dates';
import type { Mention } from './mentions';
import { resolveOverlaps, toEntities } from './merge';
import { occurrences } from './occurrences';
import { findOrganizations } from './organizations';
import { findPeople } from './people';
import { findKoreanPlaces, isPlace } from './places';
import { splitWords } from './tokens';
import { findVenues } from './venues';

registerPlaceLexicon('ko', regionData as RegionLexicon);

export function recognizeKorean(input: RecognizeInput): Entity[] {
  const { text } = input;
  const words = splitWords(text);
  const addresses = words.filter((w) => w.address);
  const orgs = findOrganizations({ text, words, isPlace });
  const people = findPeople({ text, words, orgs, isPlace });
  const places = findKoreanPlaces(text, words);
  const venues = findVenues({ text, words, isPlace });
  const found = [...orgs, ...people.orgs, ...people.people, ...venues, ...places];
  const mentions = [...found, ...spread(text, found), ...findDates(text, input.sentences, input.published), ...knownMentions(text, input.known)];
  return toEntities(text, resolveOverlaps(mentions, [...input.excluded, ...addresses]));
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

/** The user's own entities, wherever their name or an alias is written. */
function knownMentions(text: string, known: KnownEntity[]): (Mention & { known: true })[] {
  const mentions: (Mention & { known: true })[] = [];
  for (const entity of known) {
    for (const form of [entity.name, ...(entity.aliases ?? [])]) {
      for (const span of occurrences(text, form)) {
        mentions.push({ type: entity.type, ...span, name: entity.name, role: entity.role, affiliation: entity.affiliation, placeKind: entity.placeKind, known: true });
      }
    }
  }
  return mentions;
}

export const koreanRecognizer: LanguageRecognizer = {
  languages: ['ko'],
  recognize: recognizeKorean,
};
