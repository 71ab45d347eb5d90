// Limits shared by the analysis and the content script that feeds it.

/** Past this many characters of text a page is not analysed ("too large"), never frozen. */
export const MAX_ARTICLE_CHARS = 6_000_000;
