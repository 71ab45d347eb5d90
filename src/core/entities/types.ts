// The one interface every language module implements. A recogniser is a pure function of
// its input: no state survives between calls, so the same page always gives the same result.
import type { Entity, KnownEntity, Sentence, Span } from '../types';

export interface RecognizeInput {
  /** The article text; mentions index into it. */
  text: string;
  /** Sentences of `text` (from core/text/segment), in order. */
  sentences: Sentence[];
  /** Collapsed repeats: no mention may start or end inside one. */
  excluded: Span[];
  /** ISO date the article was published, for resolving 22일 / Monday / 올해. */
  published?: string;
  /** Entities the user told us about; they merge with the built-in data. */
  known: KnownEntity[];
}

export interface LanguageRecognizer {
  /** BCP 47 primary tags this module handles. */
  languages: string[];
  recognize(input: RecognizeInput): Entity[];
}
