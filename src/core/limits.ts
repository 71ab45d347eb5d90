// Limits shared by the analysis and the content script that feeds it.
import type { Analysis } from './types';

/** Past this many characters of text a page is not analysed ("too large"), never frozen. */
export const MAX_ARTICLE_CHARS = 6_000_000;

/**
 * Whether a text is too large to analyse: the one test of MAX_ARTICLE_CHARS. The page reader
 * stops reading there (article-text.ts), analyzeArticle refuses such a text, and the background
 * stops taking parts of one.
 */
export function exceedsArticleLimit(chars: number): boolean {
  return chars > MAX_ARTICLE_CHARS;
}

/** The analysis of a text past MAX_ARTICLE_CHARS: nothing but what it was, and why it was skipped. */
export function tooLargeAnalysis(fields: Pick<Analysis, 'title' | 'published' | 'url'>): Analysis {
  return { schema: 1, text: '', repeats: [], entities: [], agreements: [], ...fields, language: 'und', skipped: 'too-large' };
}

/**
 * A headline longer than this is cut: the page controls its og:title and heading, and the
 * headline is analysed and shown beside the text that MAX_ARTICLE_CHARS bounds.
 */
export const MAX_HEADLINE_CHARS = 500;

/** A headline within MAX_HEADLINE_CHARS. */
export function capHeadline(headline: string): string {
  return headline.length > MAX_HEADLINE_CHARS ? `${headline.slice(0, MAX_HEADLINE_CHARS - 1)}…` : headline;
}
