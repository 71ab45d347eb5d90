// Content script: analyses the page once at document_idle and applies the result. A thin
// adapter: the analysis is the core's; this file only reads the DOM, changes it in ways it
// can undo, and answers the popup. Errors never reach the page's console: they go to the
// background, and the popup shows them.
import browser from 'webextension-polyfill';
import { parseContentRequest, type ContentRequest, type PageState } from '../shared/messages';
import { analyseAndApply, restorePage, spanKey, type AppliedPage } from './apply';
import { revealRange } from './highlights';
import { KNOWN_ENTITIES_KEY, readKnownEntities } from '../shared/known-entities';

function handle(request: ContentRequest, page: AppliedPage): PageState {
  const { state } = page;
  if (request.type === 'set-repeats-visible' && state.status === 'analysed' && !state.restored) {
    for (const repeat of page.collapsed) repeat.setHidden(!request.visible);
    state.repeatsVisible = request.visible;
  }
  if (request.type === 'restore-page' && state.status === 'analysed' && !state.restored) {
    restorePage(page);
    state.restored = true;
    state.repeatsVisible = true;
  }
  if (request.type === 'reveal') {
    const range = page.revealable.get(spanKey(request.start, request.end));
    if (range) revealRange(range);
  }
  return state;
}

function report(message: unknown): void {
  browser.runtime.sendMessage(message).catch(() => {
    // The background may be restarting; the popup asks the page directly anyway.
  });
}

async function analyse(): Promise<AppliedPage> {
  try {
    const stored = await browser.storage.local.get(KNOWN_ENTITIES_KEY);
    const page = analyseAndApply(readKnownEntities(stored[KNOWN_ENTITIES_KEY]));
    if (page.state.status === 'analysed') {
      const { analysis } = page.state;
      report({ type: 'report-state', repeats: analysis.repeats.length, people: analysis.entities.filter((e) => e.type === 'person').length });
    }
    return page;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report({ type: 'report-error', message });
    return { state: { status: 'error', message }, collapsed: [], revealable: new Map() };
  }
}

function start(): void {
  const pageReady = analyse();
  // Listening before the analysis ends: a popup opened meanwhile gets its answer when ready.
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only the extension's own pages talk to the content script.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(raw);
    if (!request) return undefined;
    return pageReady.then((page) => {
      try {
        // Hidden state changes through the in-page control too: read it live.
        if (page.state.status === 'analysed' && page.collapsed.length > 0) page.state.repeatsVisible = !page.collapsed[0].hidden;
        return handle(request, page);
      } catch (error) {
        return { status: 'error', message: error instanceof Error ? error.message : String(error) } satisfies PageState;
      }
    });
  });
}

start();
