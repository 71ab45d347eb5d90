// Limits shared by the analysis and the content script that feeds it.

/** Past this many characters of text a page is not analysed ("too large"), never frozen. */
export const MAX_ARTICLE_CHARS = 6_000_000;

/**
 * A headline longer than this is cut: the page controls its og:title and heading, and the
 * headline is analysed and shown beside the text that MAX_ARTICLE_CHARS bounds.
 */
export const MAX_HEADLINE_CHARS = 500;

/** A headline within MAX_HEADLINE_CHARS. */
export function capHeadline(headline: string): string {
  return headline.length > MAX_HEADLINE_CHARS ? `${headline.slice(0, MAX_HEADLINE_CHARS - 1)}…` : headline;
}
