// Pages that change under the reader: single-page news sites swap the article, infinite
// scroll appends the next one, history navigation changes the address. A MutationObserver
// (debounced, at most one check per interval) asks whether the article text changed since it
// was analysed; only then is the page analysed again. Our own changes are ignored: the
// observer is paused while NewsLens edits the page, and its elements are not article text.
import { MAX_ARTICLE_CHARS } from '../core/limits';
import { extractArticleText } from '../core/text/article-text';
import { WRAPPER_TAG } from './collapse';

/** Quiet time before a change is looked at, and the least time between two looks. */
const DEBOUNCE_MS = 600;
const MIN_INTERVAL_MS = 1500;

export interface PageWatch {
  /** Runs an edit of the page without it counting as the page changing. */
  whilePaused<T>(edit: () => T): T;
  /** Records what was analysed: the fingerprint taken just before reading, and the address. */
  markAnalysed(fingerprint: string, url: string): void;
  stop(): void;
}

const OWN_WRAPPERS = new Set([WRAPPER_TAG.toUpperCase()]);

/**
 * The page's article text as a watcher compares it: collapsed copies read through (so our own
 * collapsing changes nothing), boilerplate blocks (tickers, widgets, link lists) left out (so a
 * ticking clock changes nothing), visibility not consulted (cheap).
 */
export function articleFingerprint(doc: Document): string {
  const { text, blocks, truncated } = extractArticleText(doc.body ?? doc, { maxChars: MAX_ARTICLE_CHARS, transparentTags: OWN_WRAPPERS });
  if (truncated) return `too-large:${text.length}`;
  return blocks
    .filter((block) => block.kind !== 'boilerplate')
    .map((block) => text.slice(block.start, block.end))
    .join('\n');
}

export function watchPage(doc: Document, onChange: () => void): PageWatch {
  // Set by markAnalysed once an analysis is applied.
  let analysedText = '';
  let analysedUrl = doc.location?.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCheck = 0;

  const check = () => {
    timer = undefined;
    lastCheck = Date.now();
    const urlChanged = doc.location?.href !== analysedUrl;
    if (!urlChanged && articleFingerprint(doc) === analysedText) return;
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
    markAnalysed(fingerprint, url) {
      analysedText = fingerprint;
      analysedUrl = url;
    },
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      view?.removeEventListener('popstate', schedule);
      view?.removeEventListener('hashchange', schedule);
    },
  };
}
