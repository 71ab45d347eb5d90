// What the agreement and timeline readers know about the article beyond its text. Its own
// module so index.ts (findAgreements) and timeline.ts (findTimeline) can both take it without
// importing each other.
import type { Span } from '../types';

export interface AgreementContext {
  /** BCP 47 primary tag of the text. */
  language: string;
  /** ISO date the article was published. */
  published?: string;
  /** Collapsed repeats and boilerplate: never read. */
  excluded: Span[];
}
