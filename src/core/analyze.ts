// The whole analysis of one page or text: article text → sentences → repeats → entities →
// agreements. Data in, data out: the same page and options always give the same Analysis.
import { findAgreements, findTimeline } from './agreements/index';
import { recognize } from './entities/index';
import { detectLanguage } from './language';
import { exceedsArticleLimit, tooLargeAnalysis } from './limits';
import { publishedFromText, readPageMetadata, type PageMetadata } from './metadata';
import { findRepeats } from './repeats';
import type { ArticleText } from './text/article-text';
import { isCreditLine } from './text/credit-lines';
import { articleInputOf, readArticleInSteps, type ReadOptions } from './text/read-article';
import { runNow } from './steps';
import { segmentSentences } from './text/segment';
import type { Agreement, Analysis, ArticleInfo, Block, Entity, KnownEntity, Repeat, Sentence, Span, TimelineEvent } from './types';

export interface AnalyzeOptions extends ReadOptions {
  url?: string;
  /** Entities the user told us about. */
  known?: KnownEntity[];
}

export { MAX_ARTICLE_CHARS } from './limits';
/** Less readable text than this (in paragraphs of 40+ characters) is not an article. */
const MIN_ARTICLE_CHARS = 200;
const MIN_PARAGRAPH_CHARS = 40;

export interface DocumentAnalysis {
  analysis: Analysis;
  /** The text model with its map back to DOM text nodes (for the content script). */
  article: ArticleText;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  const { metadata, hints } = readPageMetadata(doc);
  const read = runNow(readArticleInSteps(doc, { ...options, hints }));
  const input = articleInputOf(read, metadata, options.url);
  const article = { text: read.text, blocks: read.blocks, pieces: read.pieces };
  // The reader stopped at MAX_ARTICLE_CHARS.
  if (read.truncated) return { analysis: tooLargeAnalysis({ title: input.title, published: input.published, url: input.url }), article };
  return { analysis: analyzeArticle(input, options), article };
}

/** Plain text, one block per line (the CLI's .txt input and the batch mode's "text"). */
export function analyzeText(text: string, options: AnalyzeOptions & { title?: string; published?: string } = {}): Analysis {
  // analyzeArticle refuses a text past the limit at once: it is not split into lines first.
  const blocks = exceedsArticleLimit(text.length) ? [] : linesOf(text);
  return analyzeArticle({ text, blocks, title: options.title, published: options.published, url: options.url }, options);
}

/** One block per non-blank line, without its leading and trailing spaces (how analyzeText reads a text). */
export function linesOf(text: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) blocks.push({ start: offset + leading, end: offset + leading + trimmed.length, kind: 'text' });
    offset += line.length + 1;
  }
  return blocks;
}

/**
 * An article's text and what the page says about it: everything the analysis needs, as plain
 * data. The content script reads it from the page and the background analyses it, off the
 * page's main thread.
 */
export interface ArticleInput extends PageMetadata {
  text: string;
  blocks: Block[];
  url?: string;
  /** Where the article was found in a page; absent for plain text. */
  article?: Omit<ArticleInfo, 'chars'>;
}

export function analyzeArticle(context: ArticleInput, options: { known?: KnownEntity[] } = {}): Analysis {
  const { text, blocks } = context;
  if (exceedsArticleLimit(text.length)) return tooLargeAnalysis({ title: context.title, published: context.published, url: context.url });
  const published = context.published ?? publishedFromText(text);
  const article: ArticleInfo = { ...(context.article ?? { source: 'text', confidence: 1 }), chars: text.length };
  const base = { title: context.title, published, url: context.url, article };
  // Plain text is the article by the caller's word; only a page's reading can find none.
  if (context.article && !looksLikeArticle(blocks)) {
    return emptyAnalysis({ ...base, text, language: detectLanguage(text, context.declaredLanguage), skipped: 'no-article' });
  }
  const sentenced = sentencesOf(context, published);
  const { repeats, excluded } = repeatsOf(sentenced);
  const entities = entitiesOf(sentenced, excluded, context, options.known ?? []);
  const { agreements, events } = agreementsOf(sentenced, entities, excluded);
  return { schema: 1, language: sentenced.language, ...base, text, repeats, entities, agreements, events };
}

// The stages of analyzeArticle, in order, each a function of plain values: the benchmark
// (bench/page.ts) times these same functions. Reading and choosing the article are the stages
// before them (readPageInSteps, extractArticleInSteps in text/read-article.ts); the summary
// the popup shows is the one after (summarize in summary.ts).

/** An article's text in sentences, with its language and publication date. */
export interface SentencedText {
  text: string;
  blocks: Block[];
  language: string;
  published?: string;
  sentences: Sentence[];
}

/** Stage "sentences": the text's language, and its sentences within its blocks. */
export function sentencesOf(input: ArticleInput, published = input.published ?? publishedFromText(input.text)): SentencedText {
  const { text, blocks } = input;
  const language = detectLanguage(text, input.declaredLanguage);
  return { text, blocks, language, published, sentences: segmentSentences(text, blocks) };
}

/** Stage "repeats": the repeated sections, and what later stages must not read (repeats, boilerplate). */
export function repeatsOf({ text, sentences, blocks }: SentencedText): { repeats: Repeat[]; excluded: Span[] } {
  const repeats = findRepeats(text, sentences, blocks);
  const excluded: Span[] = [...repeats.map(({ start, end }) => ({ start, end })), ...blocks.filter((block) => block.kind === 'boilerplate')].sort((x, y) => x.start - y.start);
  return { repeats, excluded };
}

/**
 * Stage "entities": people, organisations, places and dates of the text, completed from the
 * headline and the page's site name; names met only in captions and credit lines left out.
 */
export function entitiesOf(sentenced: SentencedText, excluded: Span[], input: Pick<ArticleInput, 'article' | 'siteName'>, known: KnownEntity[]): Entity[] {
  const { text, sentences, blocks, language, published } = sentenced;
  const entities = withoutSideLinesOnly(recognize({ text, sentences, excluded, published, known }, language), sideLines(text, blocks), known);
  if (input.article?.headline) completeFromHeadline(entities, input.article.headline, language, published);
  // A byline's reporter works for the publisher when the page names no other employer.
  if (input.siteName) {
    for (const entity of entities) {
      if (entity.type === 'person' && !entity.affiliation && entity.role && REPORTER_ROLES.has(entity.role)) {
        entity.affiliation = input.siteName;
      }
    }
  }
  return entities;
}

/** Stage "agreements": what was agreed, and the timeline of events. */
export function agreementsOf(sentenced: SentencedText, entities: Entity[], excluded: Span[]): { agreements: Agreement[]; events: TimelineEvent[] } {
  const { text, sentences, language, published } = sentenced;
  const agreementContext = { language, published, excluded };
  const agreements = findAgreements(text, sentences, entities, agreementContext);
  const events = findTimeline(text, sentences, entities, agreements, agreementContext);
  return { agreements, events };
}

const REPORTER_ROLES = new Set(['기자', '특파원', '논설위원', 'reporter', 'correspondent', 'editor', 'writer']);

/**
 * The headline is the article's title, not part of its text, but it often says who someone is
 * in a few words (이상직 중진공 이사장): a person of the text the headline also names gets the
 * role and organisation it gives, when the text gave none. It adds no one.
 */
function completeFromHeadline(entities: Entity[], headline: string, language: string, published: string | undefined): void {
  const people = new Map(entities.filter((entity) => entity.type === 'person').map((entity) => [entity.name, entity]));
  // Every name the recogniser gives is written in the text it read: a headline that writes none
  // of the people's names can complete no one, and is not read (4% of the analysis on aeb-dev).
  if (![...people.keys()].some((name) => headline.includes(name))) return;
  const organisations = entities.filter((entity) => entity.type === 'organization');
  const canonical = (name: string) => organisations.find((org) => org.name === name || org.aliases.includes(name))?.name ?? name;
  const sentences = segmentSentences(headline);
  for (const named of recognize({ text: headline, sentences, excluded: [], published, known: [] }, language)) {
    const person = named.type === 'person' ? people.get(named.name) : undefined;
    if (!person) continue;
    if (!person.role && named.role) person.role = named.role;
    if (!person.affiliation && named.affiliation && person.role === named.role) person.affiliation = canonical(named.affiliation);
  }
}

/**
 * A name met only in photo captions and credits (a photographer, an agency, a file photo's
 * other people) is not one of the story's: it is not listed. Names the user told us about are.
 */
/** How many last blocks of the article may be the author's bio line. */
const CLOSING_BLOCKS = 3;

/** Captions, and lines that credit a photo, invite to follow or say who the author is: beside the story, not in it. */
function sideLines(text: string, blocks: Block[]): Block[] {
  const closingFrom = blocks.length - CLOSING_BLOCKS;
  return blocks.filter((block, index) => block.kind === 'caption' || (block.kind === 'text' && isCreditLine(text.slice(block.start, block.end), index >= closingFrom)));
}

function withoutSideLinesOnly(entities: Entity[], sides: Block[], known: KnownEntity[]): Entity[] {
  if (sides.length === 0) return entities;
  const knownNames = new Set(known.map((entity) => entity.name));
  const onSideLine = (span: Span) => {
    // Binary search: the last side line starting at or before the span (blocks are in text order).
    let low = 0;
    let high = sides.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (sides[mid].start <= span.start) low = mid;
      else high = mid - 1;
    }
    return span.start >= sides[low].start && span.end <= sides[low].end;
  };
  return entities.filter((entity) => entity.type === 'date' || knownNames.has(entity.name) || !entity.mentions.every(onSideLine));
}

function looksLikeArticle(blocks: Block[]): boolean {
  let chars = 0;
  for (const block of blocks) {
    const length = block.end - block.start;
    if (block.kind === 'text' && length >= MIN_PARAGRAPH_CHARS) chars += length;
  }
  return chars >= MIN_ARTICLE_CHARS;
}

function emptyAnalysis(fields: Partial<Analysis> & { language: string }): Analysis {
  return { schema: 1, text: '', repeats: [], entities: [], agreements: [], ...fields };
}
