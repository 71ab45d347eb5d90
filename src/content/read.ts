// Read: the page's article as the analysis sees it, read on the live page in short steps (the
// page runs in between), and a fingerprint of the page's text for the watcher to compare.
// Collapsed copies are read through, so the text is the same before and after NewsLens
// changed the page. The reading itself is the core's (core/text/read-article.ts).
import type { ExtractOptions, PageText } from '../core/text/article-text';
import type { ArticleHints } from '../core/text/choose-article';
import { readArticleInSteps, readPageInSteps, type ArticleRead } from '../core/text/read-article';
import { endsStep, runInSteps, type Steps } from '../core/steps';
import { WRAPPER_TAG } from './collapse';

/** Whether an element's own style hides it (whatever its ancestors do): see ExtractOptions.isHiddenByItself. */
export function isHiddenByItself(element: Element): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
}

/** One options object for every call: the walk asks it of thousands of elements. */
const VISIBILITY: CheckVisibilityOptions = { visibilityProperty: true };

/** Elements the browser does not render: their text is not article text. */
export function isHidden(element: Element): boolean {
  // Older browsers have no checkVisibility: there, nothing is hidden by this test.
  return typeof element.checkVisibility === 'function' ? !element.checkVisibility(VISIBILITY) : false;
}

/** How the live page is read: what the browser hides is left out, our collapse wrappers read through. */
const LIVE_PAGE: ExtractOptions = { isHidden, isHiddenByItself, transparentTags: new Set([WRAPPER_TAG.toUpperCase()]) };

/**
 * Reads the page's article in steps that let the page run in between. `fingerprint` (of the
 * whole page's text, so that an article that appears later is noticed) is what the page
 * watcher compares.
 */
export async function readArticle(options: { wholePage?: boolean; hints?: ArticleHints } = {}): Promise<ArticleRead & { fingerprint: string }> {
  const article = await runInSteps(readArticleInSteps(document, { ...LIVE_PAGE, ...options }));
  return { ...article, fingerprint: await runInSteps(fingerprintInSteps(article.page)) };
}

/** The fingerprint readArticle gives, without choosing the article (for the page watcher). */
export async function readPageFingerprint(): Promise<string> {
  const page = await runInSteps(readPageInSteps(document, LIVE_PAGE));
  return runInSteps(fingerprintInSteps(page));
}

/** Characters hashed between two pauses of fingerprintInSteps. */
const CHARS_PER_STEP = 50_000;

/**
 * A fingerprint of the page's text without boilerplate blocks (a ticking clock in a widget is
 * not the article changing): two 32-bit hashes and the length, so a 5 MB page is not kept
 * twice to be compared.
 */
function* fingerprintInSteps(page: PageText): Steps<string> {
  if (page.truncated) return `too-large:${page.text.length}`;
  const { text } = page;
  let h1 = 0x811c9dc5;
  let h2 = 0x27d4eb2f;
  let length = 0;
  let sinceStep = 0;
  for (const block of page.blocks) {
    if (block.kind === 'boilerplate') continue;
    for (let i = block.start; i <= block.end; i++) {
      const code = i < block.end ? text.charCodeAt(i) : 10; // "\n" between blocks
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    length += block.end - block.start + 1;
    sinceStep += block.end - block.start;
    if (sinceStep >= CHARS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${length}`;
}

/** Text pieces checked between two pauses of stillInPage. */
const PIECES_PER_STEP = 5000;

/** Whether every text node the article was read from still holds its text (in steps). */
export function* stillInPage(article: Pick<ArticleRead, 'pieces'>): Steps<boolean> {
  const { pieces } = article;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    if (!piece.node.isConnected || piece.node.data.length < piece.nodeOffset + piece.length) return false;
    if (endsStep(p, PIECES_PER_STEP)) yield;
  }
  return true;
}
