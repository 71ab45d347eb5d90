// Picks the language module for a text. Adding a language is a new folder plus one line here.
//
// Every recogniser has the same shape: its rules report mentions (mentions.ts, one type for all
// languages) and the shared step in merge.ts turns them into entities; a language's few merge
// choices are a `MergeRules` value beside its recogniser. Where each language's rules are:
//   English   en/name-rules.ts (PEEL_RULES, READING_RULES: one named function per rule, in the
//             order they run), en/names.ts (capitalised runs and the splits before the rules),
//             en/index.ts (what the whole text settles: Biden → Joe Biden), en/dates.ts; words in
//             en/lexicon.ts
//   Korean    ko/organizations.ts, ko/people.ts, ko/places.ts, ko/venues.ts, ko/dates.ts, run in
//             order by ko/index.ts; words in ko/lexicon.ts
//   others    fallback.ts (place names, acronyms, capitalised runs)
import type { Entity } from '../types';
import { englishRecognizer } from './en';
import { fallbackRecognizer } from './fallback';
import { koreanRecognizer } from './ko';
import type { LanguageRecognizer, RecognizeInput } from './types';

const recognizers: LanguageRecognizer[] = [koreanRecognizer, englishRecognizer];

export function recognize(input: RecognizeInput, language: string): Entity[] {
  const recognizer = recognizers.find((r) => r.languages.includes(language));
  return (recognizer ?? fallbackRecognizer(language)).recognize(input);
}
