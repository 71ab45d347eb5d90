// The whole analysis of one page or text: article text → sentences → repeats → entities →
// agreements. Data in, data out: the same page and options always give the same Analysis.
import { findAgreements, findTimeline } from './agreements/index';
import { recognize } from './entities/index';
import { detectLanguage } from './language';
import { MAX_ARTICLE_CHARS } from './limits';
import { publishedFromText, readMetadata, type PageMetadata } from './metadata';
import { findRepeats } from './repeats';
import type { ArticleText } from './text/article-text';
import { readArticleInSteps, type ReadOptions } from './text/read-article';
import { runNow } from './steps';
import { segmentSentences } from './text/segment';
import type { Analysis, ArticleInfo, Block, KnownEntity, Span } from './types';

export interface AnalyzeOptions extends ReadOptions {
  url?: string;
  /** Entities the user told us about. */
  known?: KnownEntity[];
}

export { MAX_ARTICLE_CHARS } from './limits';
/** Less readable text than this (in paragraphs of 40+ characters) is not an article. */
const MIN_ARTICLE_CHARS = 200;
const MIN_PARAGRAPH_CHARS = 40;

/** What a page without an article reports: nothing stood out (the analysis is skipped). */
export const NO_ARTICLE = { source: 'scored', confidence: 0 } as const;

export interface DocumentAnalysis {
  analysis: Analysis;
  /** The text model with its map back to DOM text nodes (for the content script). */
  article: ArticleText;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  const metadata = readMetadata(doc);
  const extracted = runNow(readArticleInSteps(doc, { maxChars: MAX_ARTICLE_CHARS, ...options }));
  const base = {
    title: extracted.info?.headline ?? metadata.title,
    // The 입력 line under a Korean headline is page furniture, outside the article: read it from the page.
    published: metadata.published ?? publishedFromText(extracted.page.text),
    url: options.url,
  };
  const article = { text: extracted.text, blocks: extracted.blocks, pieces: extracted.pieces };
  if (extracted.truncated) {
    return { analysis: emptyAnalysis({ ...base, language: 'und', skipped: 'too-large' }), article };
  }
  const input = { ...article, ...base, declaredLanguage: metadata.declaredLanguage, siteName: metadata.siteName, article: extracted.info ?? NO_ARTICLE };
  return { analysis: analyzeArticle(input, options), article };
}

/** Plain text, one block per line (the CLI's .txt input and the batch mode's "text"). */
export function analyzeText(text: string, options: AnalyzeOptions & { title?: string; published?: string } = {}): Analysis {
  if (text.length > MAX_ARTICLE_CHARS) {
    return emptyAnalysis({ title: options.title, published: options.published, url: options.url, language: 'und', skipped: 'too-large' });
  }
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const leading = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) blocks.push({ start: offset + leading, end: offset + leading + trimmed.length, kind: 'text' });
    offset += line.length + 1;
  }
  return analyzeArticle({ text, blocks, title: options.title, published: options.published, url: options.url }, options);
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
  const published = context.published ?? publishedFromText(text);
  const article: ArticleInfo = { ...(context.article ?? { source: 'text', confidence: 1 }), chars: text.length };
  const base = { title: context.title, published, url: context.url, article };
  if (text.length > MAX_ARTICLE_CHARS) return emptyAnalysis({ ...base, language: 'und', skipped: 'too-large' });
  if (!looksLikeArticle(blocks)) {
    return emptyAnalysis({ ...base, text, language: detectLanguage(text, context.declaredLanguage), skipped: 'no-article' });
  }
  const language = detectLanguage(text, context.declaredLanguage);
  const sentences = segmentSentences(text, blocks);
  const repeats = findRepeats(text, sentences, blocks);
  const excluded: Span[] = [
    ...repeats.map(({ start, end }) => ({ start, end })),
    ...blocks.filter((block) => block.kind === 'boilerplate'),
  ].sort((x, y) => x.start - y.start);
  const entities = recognize({ text, sentences, excluded, published, known: options.known ?? [] }, language);
  // A byline's reporter works for the publisher when the page names no other employer.
  if (context.siteName) {
    for (const entity of entities) {
      if (entity.type === 'person' && !entity.affiliation && entity.role && REPORTER_ROLES.has(entity.role)) {
        entity.affiliation = context.siteName;
      }
    }
  }
  const agreementContext = { language, published, excluded };
  const agreements = findAgreements(text, sentences, entities, agreementContext);
  const events = findTimeline(text, sentences, entities, agreements, agreementContext);
  return { schema: 1, language, ...base, text, repeats, entities, agreements, events };
}

const REPORTER_ROLES = new Set(['기자', '특파원', '논설위원', 'reporter', 'correspondent', 'editor', 'writer']);

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
