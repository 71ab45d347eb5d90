// Watch: pages that change under the reader: single-page news sites swap the article, infinite
// scroll appends the next one, history navigation changes the address. A MutationObserver
// (debounced, at most one check per interval) asks whether the article text changed since it
// was analysed; only then is the page analysed again. Our own changes are ignored: the
// observer is paused while NewsLens edits the page, and collapsed copies are read through.
// Changes in navigation, tickers and the like are not looked at (isOutsideArticleText).
// The check reads the page in steps, like the analysis, so it never blocks the page long.
import { isOutsideArticleText } from '../core/text/article-text';
import { readPageFingerprint } from './read';

/** Quiet time before a change is looked at, and the least time between two looks. */
const DEBOUNCE_MS = 600;
const MIN_INTERVAL_MS = 1500;

export interface PageWatch {
  /** Runs an edit of the page without it counting as the page changing. */
  whilePaused<T>(edit: () => T): T;
  /** An analysis starts: checks wait until it ends (it reads the page, then edits it). */
  beginAnalysis(): void;
  /**
   * The analysis ended; with what it analysed when it succeeded: the article's fingerprint (see
   * fingerprintInSteps) and the address. Changes seen meanwhile are looked at now.
   */
  endAnalysis(analysed?: { fingerprint: string; url: string }): void;
  stop(): void;
}

export function watchPage(doc: Document, onChange: () => void): PageWatch {
  // What the last successful analysis read.
  let analysedText = '';
  let analysedUrl = doc.location?.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCheck = 0;
  let stopped = false;
  let analysing = false;
  let checking = false;
  /** The page changed while a check or an analysis ran: look again afterwards. */
  let dirty = false;

  const check = async () => {
    timer = undefined;
    checking = true;
    lastCheck = Date.now();
    let changed: boolean;
    try {
      changed = doc.location?.href !== analysedUrl || (await readPageFingerprint()) !== analysedText;
    } finally {
      checking = false;
    }
    // An analysis started meanwhile (its edits may have been read half-done): it ends with a look.
    if (stopped || analysing) return;
    if (changed) onChange();
    else if (dirty) schedule();
  };
  function schedule() {
    if (stopped) return;
    if (checking || analysing) {
      dirty = true;
      return;
    }
    dirty = false;
    if (timer !== undefined) return;
    const wait = Math.max(DEBOUNCE_MS, lastCheck + MIN_INTERVAL_MS - Date.now());
    timer = setTimeout(() => void check(), wait);
  }
  // A clock in the navigation or a ticker changes the page every second: not worth a look.
  const observer = new MutationObserver((records) => {
    // Already due to look (or to look after the analysis): no need to ask where the change was.
    if (timer !== undefined || dirty) return;
    if (records.some((record) => !isOutsideArticleText(record.target))) schedule();
  });
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
    beginAnalysis() {
      analysing = true;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        dirty = true;
      }
    },
    endAnalysis(analysed) {
      analysing = false;
      if (analysed) {
        analysedText = analysed.fingerprint;
        analysedUrl = analysed.url;
      }
      if (dirty) schedule();
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
