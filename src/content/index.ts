// Content script: analyses the page and applies the result, then keeps it current: the user's
// settings and known entities (storage changes), pages that replace their article, and
// requests from the popup, the toolbar and the shortcuts. A thin adapter: the analysis is the
// core's; this file reads the DOM, changes it in ways it can undo, and answers.
// Errors never reach the page's console: they go to the background, and the popup shows them.
import browser from 'webextension-polyfill';
import { KNOWN_ENTITIES_KEY, readKnownEntities } from '../shared/known-entities';
import { parseContentRequest, type ContentRequest, type PageState } from '../shared/messages';
import { readSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { analyseAndApply, isHidden, restorePage, spanKey, type AppliedPage } from './apply';
import { revealRange } from './highlights';
import { watchPage, type PageWatch } from './page-watch';

/** The script may be injected again (toolbar click on a registered site): run once per page. */
const LOADED = Symbol.for('newslens.content');

function report(message: unknown): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the popup asks the page directly anyway.
  });
}

function errorState(error: unknown): AppliedPage {
  const message = error instanceof Error ? error.message : String(error);
  report({ type: 'report-error', message });
  return { state: { status: 'error', message }, collapsed: [], revealable: new Map() };
}

class ContentScript {
  private page: AppliedPage = { state: { status: 'error', message: 'not analysed yet' }, collapsed: [], revealable: new Map() };
  private settings: Settings = readSettings(undefined);
  private known = readKnownEntities(undefined);
  private watch?: PageWatch;
  /** The shortcut's "hide all annotations" switch. */
  private annotationsHidden = false;

  async start(): Promise<void> {
    try {
      await this.load();
    } catch (error) {
      this.page = errorState(error);
    }
  }

  private async load(): Promise<void> {
    const [local, sync] = await Promise.all([
      browser.storage.local.get(KNOWN_ENTITIES_KEY).catch(() => ({}) as Record<string, unknown>),
      browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>),
    ]);
    this.known = readKnownEntities(local[KNOWN_ENTITIES_KEY]);
    this.settings = readSettings(sync[SETTINGS_KEY]);
    this.analyse();
    this.watch = watchPage(document, isHidden, () => this.reanalyse());
    this.watch.markAnalysed();
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && KNOWN_ENTITIES_KEY in changes) this.known = readKnownEntities(changes[KNOWN_ENTITIES_KEY].newValue);
      else if (area === 'sync' && SETTINGS_KEY in changes) this.settings = readSettings(changes[SETTINGS_KEY].newValue);
      else return;
      this.reanalyse();
    });
  }

  private analyse(): void {
    try {
      this.page = analyseAndApply(this.known, this.settings);
      if (this.page.state.status === 'analysed') {
        const { analysis } = this.page.state;
        report({ type: 'report-state', repeats: analysis.repeats.length, people: analysis.entities.filter((e) => e.type === 'person').length });
      }
      if (this.annotationsHidden) this.setAnnotationsVisible(false);
    } catch (error) {
      this.page = errorState(error);
    }
  }

  /** Undo everything, then analyse the page as it is now. */
  reanalyse(): void {
    const run = () => {
      restorePage(this.page);
      this.analyse();
    };
    if (this.watch) {
      this.watch.whilePaused(run);
      this.watch.markAnalysed();
    } else run();
  }

  private setAnnotationsVisible(visible: boolean): void {
    this.annotationsHidden = !visible;
    this.page.marks?.setVisible(visible);
    for (const repeat of this.page.collapsed) repeat.setHidden(visible);
  }

  handle(request: ContentRequest): PageState {
    const { state } = this.page;
    // The in-page control toggles too: read the collapse state live.
    if (state.status === 'analysed' && this.page.collapsed.length > 0) state.repeatsVisible = !this.page.collapsed[0].hidden;
    const edit = (change: () => void) => (this.watch ? this.watch.whilePaused(change) : change());
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
          state.restored = true;
          state.repeatsVisible = true;
        }
        break;
      case 'reveal': {
        const range = this.page.revealable.get(spanKey(request.start, request.end));
        if (range) revealRange(range);
        break;
      }
      case 'reanalyse':
        this.reanalyse();
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
