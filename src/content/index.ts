// Content script: analyses the page and applies the result, then keeps it current: the user's
// settings and known entities (storage changes), pages that replace their article, and
// requests from the popup, the toolbar and the shortcuts. A thin adapter: the analysis is the
// core's. The flow is read (read.ts) → analyse (analyse.ts, in the background through
// send-article.ts) → apply (apply.ts) → watch (watch.ts); this file runs it and answers.
// Errors never reach the page's console: they go to the background, and the popup shows them.
import browser from 'webextension-polyfill';
import { KNOWN_ENTITIES_KEY } from '../shared/known-entities';
import { parseContentRequest, type ContentRequest, type PageState, type TabReport } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { readSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { runInSteps } from '../core/steps';
import { analysePage, PageChangedError } from './analyse';
import { applyAnalysisInSteps, restorePage, revealSpan, type AppliedPage } from './apply';
import { watchPage, type PageWatch } from './watch';
import { analyseInBackground } from './send-article';

/** The script may be injected again (toolbar click on a registered site): run once per page. */
const LOADED = Symbol.for('newslens.content');

function report(message: TabReport): void {
  sendToBackground(message).catch(() => {
    // The background may be restarting; the popup asks the page directly anyway.
  });
}

function errorState(error: unknown): AppliedPage {
  const message = error instanceof Error ? error.message : String(error);
  report({ type: 'report-error', message });
  return { state: { status: 'error', message }, collapsed: [] };
}

class ContentScript {
  private page: AppliedPage = { state: { status: 'error', message: 'not analysed yet' }, collapsed: [] };
  private settings: Settings = readSettings(undefined);
  private watch?: PageWatch;
  /** The shortcut's "hide all annotations" switch. */
  private annotationsHidden = false;
  /** One analysis at a time; a request made meanwhile runs once after it (the latest wins). */
  private running: Promise<void> = Promise.resolve();
  private requested = 0;
  /** The user restored the page: nothing is applied again until they ask (toolbar, shortcut). */
  private restored = false;
  /** The address where the user asked to analyse the whole page, not only the article. */
  private wholePageUrl: string | undefined;

  async start(): Promise<void> {
    try {
      const sync = await browser.storage.sync.get(SETTINGS_KEY).catch((): Record<string, unknown> => ({}));
      this.settings = readSettings(sync[SETTINGS_KEY]);
      this.watch = watchPage(document, () => void this.reanalyse());
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'sync' && SETTINGS_KEY in changes) this.settings = readSettings(changes[SETTINGS_KEY].newValue);
        else if (!(area === 'local' && KNOWN_ENTITIES_KEY in changes)) return;
        // A page the user restored stays as it is until they ask again.
        if (!this.restored) void this.reanalyse();
      });
      await this.reanalyse();
    } catch (error) {
      this.page = errorState(error);
    }
  }

  /** Undo everything, then analyse the page as it is now. */
  reanalyse(): Promise<void> {
    const ticket = ++this.requested;
    this.running = this.running.then(() => (ticket === this.requested ? this.analyseNow() : undefined));
    return this.running;
  }

  private edit<T>(change: () => T): T {
    return this.watch ? this.watch.whilePaused(change) : change();
  }

  private async analyseNow(): Promise<void> {
    this.edit(() => restorePage(this.page));
    const watch = this.watch;
    watch?.beginAnalysis();
    let analysed: { fingerprint: string; url: string } | undefined;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const url = location.href;
          const read = await analysePage(analyseInBackground, { wholePage: this.wholePageUrl === url });
          const { analysis, fingerprint } = read;
          this.page = await runInSteps(applyAnalysisInSteps(read, this.settings), (stretch) => this.edit(stretch));
          if (this.restored) {
            // The user restored the page while it was being analysed: it stays as they left it.
            restorePage(this.page);
            if (this.page.state.status === 'analysed') Object.assign(this.page.state, { restored: true, repeatsVisible: true });
            return;
          }
          analysed = { fingerprint, url };
          if (analysis.skipped === undefined) {
            report({ type: 'report-state', repeats: analysis.repeats.length, people: analysis.entities.filter((e) => e.type === 'person').length });
          }
          if (this.annotationsHidden) this.edit(() => this.setAnnotationsVisible(false));
          return;
        } catch (error) {
          // A page rewriting itself while we read it: read it again, a few times at most.
          if (error instanceof PageChangedError && attempt < 3) continue;
          this.page = errorState(error);
          return;
        }
      }
    } finally {
      watch?.endAnalysis(analysed);
    }
  }

  private setAnnotationsVisible(visible: boolean): void {
    this.annotationsHidden = !visible;
    this.page.marks?.setVisible(visible);
    for (const repeat of this.page.collapsed) repeat.setHidden(visible);
  }

  /**
   * The page's state once no analysis is queued: an analysis asked for while another waits
   * replaces it, so the first asker's turn can end before the analysis it wanted has run.
   */
  private async settled(): Promise<PageState> {
    for (let running = this.running; ; running = this.running) {
      await running;
      if (running === this.running) return this.page.state;
    }
  }

  /** The user asked for an analysis: a page they restored is watched again too. */
  private analyseAsAsked(): Promise<void> {
    if (this.restored) {
      this.restored = false;
      this.watch = watchPage(document, () => void this.reanalyse());
    }
    return this.reanalyse();
  }

  handle(request: ContentRequest): PageState | Promise<PageState> {
    const { state } = this.page;
    // The in-page control toggles too: read the collapse state live.
    if (state.status === 'analysed' && this.page.collapsed.length > 0) state.repeatsVisible = !this.page.collapsed[0].hidden;
    const edit = (change: () => void) => this.edit(change);
    switch (request.type) {
      case 'set-repeats-visible':
        if (state.status === 'analysed' && !state.restored) {
          edit(() => this.page.collapsed.forEach((repeat) => repeat.setHidden(!request.visible)));
          state.repeatsVisible = request.visible;
        }
        break;
      case 'restore-page':
        if (state.status === 'analysed' && !state.restored) {
          // Restored means left alone: stop watching, or a page change would bring it all back.
          edit(() => restorePage(this.page));
          this.watch?.stop();
          this.watch = undefined;
          this.restored = true;
          state.restored = true;
          state.repeatsVisible = true;
        }
        break;
      case 'reveal':
        revealSpan(this.page, request);
        break;
      case 'analyse-whole-page':
        // Only for this address: after navigation the next page's article is looked for again.
        this.wholePageUrl = location.href;
        // Answered when done: "no article" before and after look the same to the popup.
        return this.analyseAsAsked().then(() => this.settled());
      case 'reanalyse':
        void this.analyseAsAsked();
        break;
      case 'toggle-annotations':
        edit(() => this.setAnnotationsVisible(this.annotationsHidden));
        break;
    }
    return this.page.state;
  }
}

function main(): void {
  const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  const script = new ContentScript();
  const ready = script.start();
  // Listening before the analysis ends: a popup opened meanwhile gets its answer when ready.
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only the extension's own pages and background talk to the content script.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(raw);
    if (!request) return undefined;
    return ready.then(() => {
      try {
        return script.handle(request);
      } catch (error) {
        return { status: 'error', message: error instanceof Error ? error.message : String(error) } satisfies PageState;
      }
    });
  });
}

main();
