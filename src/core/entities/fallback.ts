// The recogniser for languages without a module of their own: places by their names in that
// language (Intl.DisplayNames, so Allemagne, Deutschland, Германия all work), acronyms as
// organisations, and runs of two or more capitalised words inside a sentence as people.
// Deliberately cautious: a missed name costs less than a wrong one on a page we cannot read.
import type { Entity } from '../types';
import { englishMerge } from './en';
import { mergeMentions } from './merge';
import type { Mention } from './mentions';
import { isAcronym, tokenize } from './en/tokens';
import { findPlaces } from './places';
import type { LanguageRecognizer, RecognizeInput } from './types';

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
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (let i = 0; i < tokens.length; i++) {
      if (isAcronym(tokens[i].text) && tokens[i].text.length <= 6) {
        mentions.push({ start: tokens[i].start, end: tokens[i].end, type: 'organization', name: tokens[i].text, key: tokens[i].text });
        continue;
      }
      // Capitals carry no information at the start of a sentence.
      if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) continue;
      let j = i;
      while (j + 1 < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[j + 1].text) && /^ $/.test(text.slice(tokens[j].end, tokens[j + 1].start))) j++;
      if (j > i && j - i < 4) {
        const name = text.slice(tokens[i].start, tokens[j].end);
        mentions.push({ start: tokens[i].start, end: tokens[j].end, type: 'person', name, key: name });
      }
      i = j;
    }
  }
  return mergeMentions(text, mentions, input, englishMerge);
}
