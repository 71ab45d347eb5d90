// Picks the language module for a text. Adding a language is a new folder plus one line here.
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
