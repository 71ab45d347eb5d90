// Pages that change under the reader: single-page news sites swap the article, infinite
// scroll appends the next one, history navigation changes the address. A MutationObserver
// (debounced, at most one check per interval) asks whether the article text changed since it
// was analysed; only then is the page analysed again. Our own changes are ignored: the
// observer is paused while NewsLens edits the page, and its elements are not article text.
import { extractArticleText } from '../core/text/article-text';
import { MAX_ARTICLE_CHARS } from '../core/analyze';

/** Quiet time before a change is looked at, and the least time between two looks. */
const DEBOUNCE_MS = 600;
const MIN_INTERVAL_MS = 1500;

export interface PageWatch {
  /** Runs an edit of the page without it counting as the page changing. */
  whilePaused<T>(edit: () => T): T;
  /** Records the current article text as analysed. */
  markAnalysed(): void;
  stop(): void;
}

export function articleFingerprint(doc: Document, isHidden: (element: Element) => boolean): string {
  const { text, truncated } = extractArticleText(doc.body ?? doc, { isHidden, maxChars: MAX_ARTICLE_CHARS });
  return truncated ? `too-large:${text.length}` : text;
}

export function watchPage(doc: Document, isHidden: (element: Element) => boolean, onChange: () => void): PageWatch {
  // Set by markAnalysed once the first analysis is applied.
  let analysedText = '';
  let analysedUrl = doc.location?.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCheck = 0;

  const check = () => {
    timer = undefined;
    lastCheck = Date.now();
    const urlChanged = doc.location?.href !== analysedUrl;
    if (!urlChanged && articleFingerprint(doc, isHidden) === analysedText) return;
    onChange();
  };
  const schedule = () => {
    if (timer !== undefined) return;
    const wait = Math.max(DEBOUNCE_MS, lastCheck + MIN_INTERVAL_MS - Date.now());
    timer = setTimeout(check, wait);
  };
  const observer = new MutationObserver(schedule);
  const observe = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  observe();
  const view = doc.defaultView;
  view?.addEventListener('popstate', schedule);
  view?.addEventListener('hashchange', schedule);

  return {
    whilePaused(edit) {
      observer.disconnect();
      try {
        return edit();
      } finally {
        observer.takeRecords();
        observe();
      }
    },
    markAnalysed() {
      analysedText = articleFingerprint(doc, isHidden);
      analysedUrl = doc.location?.href;
    },
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      view?.removeEventListener('popstate', schedule);
      view?.removeEventListener('hashchange', schedule);
    },
  };
}
