// Reading a page's article: the page's text in steps (article-text.ts), then the article
// chosen from it (choose-article.ts). The content script runs it on the live page in steps,
// the CLI and the benchmark at once (runNow): one path for all.
import type { ArticleInput } from '../analyze';
import { publishedFromText, readArticleHints, type PageMetadata } from '../metadata';
import type { ArticleInfo } from '../types';
import { readArticleTextInSteps, type ArticleText, type ExtractOptions, type PageText } from './article-text';
import { chooseArticleInSteps, type ArticleHints } from './choose-article';
import type { Steps } from '../steps';

export interface ReadOptions extends ExtractOptions {
  /** Read the whole page, not only the article (the user's "Analyse the whole page"). */
  wholePage?: boolean;
  /** What the page's metadata says of its article, when the caller has read it already. */
  hints?: ArticleHints;
}

export interface ArticleRead extends ArticleText {
  truncated: boolean;
  /** Where the article was found; undefined when no part of the page reads as one. */
  info?: Omit<ArticleInfo, 'chars'>;
  /** The whole page's text, before the article was chosen (the page watcher compares it). */
  page: PageText;
}

/** What a page without an article reports: nothing stood out (the analysis is skipped). */
export const NO_ARTICLE = { source: 'scored', confidence: 0 } as const;

/** The page's article: its text read (readPageInSteps), then the article chosen from it (extractArticleInSteps). */
export function* readArticleInSteps(doc: Document, options: ReadOptions = {}): Steps<ArticleRead> {
  const page = yield* readPageInSteps(doc, options);
  return yield* extractArticleInSteps(doc, page, options);
}

/** Stage "read": the whole page's text as blocks, with its map back to the text nodes. */
export function readPageInSteps(doc: Document, options: ExtractOptions = {}): Steps<PageText> {
  return readArticleTextInSteps(readingRoot(doc), options);
}

/**
 * Stage "extract": the article chosen from the page's text (or the whole page, when the user
 * asked), with where it was found. Nothing when the reader stopped at the size limit.
 */
export function* extractArticleInSteps(doc: Document, page: PageText, options: Pick<ReadOptions, 'wholePage' | 'hints'> = {}): Steps<ArticleRead> {
  if (page.truncated) return { text: '', blocks: [], pieces: [], truncated: true, page };
  const hints = options.hints ?? readArticleHints(doc);
  if (options.wholePage) {
    return { ...page, info: { headline: hints.headline, source: 'whole-page', confidence: 1 }, page };
  }
  yield;
  const chosen = yield* chooseArticleInSteps(page, hints);
  if (!chosen) return { text: '', blocks: [], pieces: [], truncated: false, page };
  const { info, ...article } = chosen;
  return { ...article, truncated: false, info, page };
}

/** What the analysis is given of a page: the article read from it, with the page's metadata. */
export function articleInputOf(read: ArticleRead, metadata: PageMetadata, url?: string): ArticleInput {
  return {
    text: read.text,
    blocks: read.blocks,
    ...metadata,
    title: read.info?.headline ?? metadata.title,
    // The 입력 line under a Korean headline is page furniture, outside the article: read it from the page.
    published: metadata.published ?? publishedFromText(read.page.text),
    url,
    article: read.info ?? NO_ARTICLE,
  };
}

/**
 * The body, or when it is empty the fullest other <body>, else the whole document: HTML parsers
 * other than browsers' (linkedom's) can leave an empty <body> and put the page in a second one,
 * after it or even beside the root element.
 */
export function readingRoot(doc: Document): Node {
  const body = doc.body;
  if (body && body.firstChild) return body;
  let fullest: Element | undefined;
  for (const other of doc.querySelectorAll('body')) {
    if ((other.textContent?.length ?? 0) > (fullest?.textContent?.length ?? 0)) fullest = other;
  }
  return fullest ?? doc.documentElement ?? doc;
}
