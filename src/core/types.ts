// The public analysis format (schema 1), described in docs/analysis-format.md (keep both true):
// fields may be added; renaming or removing one needs a schema bump.

export interface Span {
  start: number;
  end: number;
}

export interface Analysis {
  schema: 1;
  /** BCP 47 primary tag of the article text: "ko", "en", … or "und" when unknown. */
  language: string;
  title?: string;
  /** ISO date (YYYY-MM-DD or full timestamp) from page metadata. */
  published?: string;
  url?: string;
  /** The article text the analysis ran on; every offset below indexes into it. */
  text: string;
  /** Collapsed copies; the first copy is never listed here. */
  repeats: Repeat[];
  entities: Entity[];
  agreements: Agreement[];
  events?: TimelineEvent[];
  /** Why nothing was analysed, when that is the case ("no-article", "too-large"). */
  skipped?: SkipReason;
  /** Which part of the page was read as the article, and how sure the reader is. */
  article?: ArticleInfo;
}

/**
 * Where the article text came from:
 * - `schema-org`: the element the page marks as the article body (JSON-LD `articleBody`
 *   found in the page, or microdata `itemprop="articleBody"`);
 * - `scored`: the block of prose chosen by scoring the page (text length, punctuation,
 *   class/id hints, link density), with its sibling blocks;
 * - `whole-page`: the user asked for the whole page (the popup's button, the CLI's --whole-page);
 * - `text`: plain text given as it is (CLI .txt input, batch mode).
 */
export type ArticleSource = 'schema-org' | 'scored' | 'whole-page' | 'text';

export interface ArticleInfo {
  /** The article's headline (its <h1>, Open Graph or JSON-LD headline), when the page has one. */
  headline?: string;
  source: ArticleSource;
  /** 0–1: how clearly one part of the page stood out as the article. */
  confidence: number;
  /** Characters of article text the analysis read (the length of `text`). */
  chars: number;
}

export type SkipReason = 'no-article' | 'too-large';

export interface Repeat {
  start: number;
  end: number;
  /** Paragraphs in the collapsed copy (short lines such as bylines are not counted). */
  blocks: number;
  keptStart: number;
  keptEnd: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'date';
export type PlaceKind = 'country' | 'region' | 'city' | 'venue';

export interface Entity {
  type: EntityType;
  /** Canonical name, in the page's own spelling. */
  name: string;
  /** Other written forms on the page: 중진공, DAMU, 이 이사장 … */
  aliases: string[];
  role?: string;
  affiliation?: string;
  placeKind?: PlaceKind;
  /** Date: ISO date when it can be resolved. */
  value?: string;
  /** Every mention in `text`, repeats excluded, sorted by start. */
  mentions: Span[];
  /** Every mention is part of a longer word or an initial (런던올림픽, 한국시각, 북 of 남북): marked on
   *  the page and read by agreements, but not listed in the summary, since the text never names it
   *  on its own. */
  withinWordsOnly?: true;
}

/**
 * signed: concluded (signed, agreed, reached); planned: to be signed; proposed: proposed or under
 * negotiation; conditional: only if something happens (…면, if, would); failed: talks collapsed
 * or the deal was rejected; terminated: an agreement that existed was ended (해지, 파기, pulled out).
 */
export type AgreementStatus = 'signed' | 'planned' | 'proposed' | 'conditional' | 'failed' | 'terminated' | 'other';

export interface Agreement {
  what: string;
  parties: string[];
  status: AgreementStatus;
  date?: string;
  place?: string;
  evidence: Span;
  /** Other sentences that report the same agreement (the headline and the body), in text order. */
  alsoIn?: Span[];
}

export interface TimelineEvent {
  date: string;
  what: string;
  evidence: Span;
}

/** An entity the user told us about (options page, `--entities FILE`). */
export interface KnownEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
  role?: string;
  affiliation?: string;
  placeKind?: PlaceKind;
}

/**
 * A run of article text that reads as one line or paragraph on the page.
 * `caption` (figure captions, photo credits) and `boilerplate` (link-dense lists, widgets,
 * related-article boxes) are incidental: they may sit inside a repeat but never anchor one,
 * and entities are not read from boilerplate.
 */
export interface Block {
  /** Offsets into the article text. */
  start: number;
  end: number;
  kind: 'text' | 'caption' | 'boilerplate';
}

/** One sentence (or sentence-like line) of the article text. */
export interface Sentence extends Span {
  block: number;
}
