// Picks the language module for a text. Adding a language is a new folder plus one line here.
import type { Entity } from '../types';
import type { LanguageRecognizer, RecognizeInput } from './types';

const recognizers: LanguageRecognizer[] = [];

export function recognize(input: RecognizeInput, language: string): Entity[] {
  const recognizer = recognizers.find((r) => r.languages.includes(language));
  return recognizer ? recognizer.recognize(input) : [];
}
