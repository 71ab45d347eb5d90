// Analyse: the page's article read (read.ts), analysed in the background, off the page's main
// thread (send-article.ts), and checked to be still on the page before anything is applied.
import type { ArticleInput } from '../core/analyze';
import { tooLargeAnalysis } from '../core/limits';
import { readPageMetadata } from '../core/metadata';
import { runInSteps } from '../core/steps';
import type { ArticleText } from '../core/text/article-text';
import { articleInputOf } from '../core/text/read-article';
import { packAnalysis, type PackedAnalysis } from '../shared/packed-analysis';
import { readArticle, stillInPage } from './read';

export interface Analysed {
  /** Packed, as the background sends it and the popup is sent it, with the article text. */
  analysis: PackedAnalysis;
  article: ArticleText;
  /** Of the page's text, for the page watcher (read.ts). */
  fingerprint: string;
}

export class PageChangedError extends Error {
  constructor() {
    super('the page changed while it was analysed');
  }
}

/**
 * Reads the article in steps, then has `analyse` (the background) analyse it. Throws
 * PageChangedError when the page changed under the analysis. The background answers without
 * the text it was sent (a 5 MB answer is a long task to receive); it is put back here.
 */
export async function analysePage(analyse: (input: ArticleInput) => Promise<PackedAnalysis>, options: { wholePage?: boolean } = {}): Promise<Analysed> {
  const { metadata, hints } = readPageMetadata(document);
  const article = await readArticle({ ...options, hints });
  const { fingerprint } = article;
  // The reader stopped at MAX_ARTICLE_CHARS: nothing to send.
  if (article.truncated) {
    return { analysis: packAnalysis(tooLargeAnalysis({ title: metadata.title, url: location.href })), article: { text: '', blocks: [], pieces: [] }, fingerprint };
  }
  const analysis = { ...(await analyse(articleInputOf(article, metadata, location.href))), text: article.text };
  const { text, blocks, pieces } = article;
  if (!(await runInSteps(stillInPage(article)))) throw new PageChangedError();
  return { analysis, article: { text, blocks, pieces }, fingerprint };
}
