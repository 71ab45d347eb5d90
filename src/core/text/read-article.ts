// Reading a page's article: the page's text in steps (article-text.ts), then the article
// chosen from it (choose-article.ts). The content script runs it on the live page in steps,
// the CLI and the benchmark at once (runNow): one path for all.
import { readArticleHints } from '../metadata';
import type { ArticleInfo } from '../types';
import { readArticleTextInSteps, type ArticleText, type ExtractOptions, type PageText } from './article-text';
import { chooseArticleInSteps } from './choose-article';

export interface ReadOptions extends ExtractOptions {
  /** Read the whole page, not only the article (the user's "Analyse the whole page"). */
  wholePage?: boolean;
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

export function* readArticleInSteps(doc: Document, options: ReadOptions = {}): Generator<void, ArticleRead> {
  const page = yield* readArticleTextInSteps(readingRoot(doc), options);
  if (page.truncated) return { text: '', blocks: [], pieces: [], truncated: true, page };
  const hints = readArticleHints(doc);
  if (options.wholePage) {
    return { ...page, info: { headline: hints.headline, source: 'whole-page', confidence: 1 }, page };
  }
  yield;
  const chosen = yield* chooseArticleInSteps(page, hints);
  if (!chosen) return { text: '', blocks: [], pieces: [], truncated: false, page };
  const { info, ...article } = chosen;
  return { ...article, truncated: false, info, page };
}

/**
 * The body, or the whole document when the body is empty: HTML parsers other than browsers'
 * (linkedom's) can leave an empty <body> and put the page in a second one after it.
 */
export function readingRoot(doc: Document): Node {
  const body = doc.body;
  return body && body.firstChild ? body : (doc.documentElement ?? doc);
}
