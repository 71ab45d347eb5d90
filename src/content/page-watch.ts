// Pages that change under the reader: single-page news sites swap the article, infinite
// scroll appends the next one, history navigation changes the address. A MutationObserver
// (debounced, at most one check per interval) asks whether the article text changed since it
// was analysed; only then is the page analysed again. Our own changes are ignored: the
// observer is paused while NewsLens edits the page, and collapsed copies are read through.
// The check reads the page in steps, like the analysis, so it never blocks the page long.
import { readArticleInSteps } from './apply';

/** Quiet time before a change is looked at, and the least time between two looks. */
const DEBOUNCE_MS = 600;
const MIN_INTERVAL_MS = 1500;

export interface PageWatch {
  /** Runs an edit of the page without it counting as the page changing. */
  whilePaused<T>(edit: () => T): T;
  /** Records what was analysed: the article's fingerprint (see fingerprintInSteps) and the address. */
  markAnalysed(fingerprint: string, url: string): void;
  stop(): void;
}

export function watchPage(doc: Document, onChange: () => void): PageWatch {
  // Set by markAnalysed once an analysis is applied.
  let analysedText = '';
  let analysedUrl = doc.location?.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCheck = 0;
  let stopped = false;

  const check = async () => {
    lastCheck = Date.now();
    const changed = doc.location?.href !== analysedUrl || (await readArticleInSteps()).fingerprint !== analysedText;
    timer = undefined;
    if (changed && !stopped) onChange();
  };
  const schedule = () => {
    if (timer !== undefined || stopped) return;
    const wait = Math.max(DEBOUNCE_MS, lastCheck + MIN_INTERVAL_MS - Date.now());
    timer = setTimeout(() => void check(), wait);
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
        if (!stopped) observe();
      }
    },
    markAnalysed(fingerprint, url) {
      analysedText = fingerprint;
      analysedUrl = url;
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      view?.removeEventListener('popstate', schedule);
      view?.removeEventListener('hashchange', schedule);
    },
  };
}
