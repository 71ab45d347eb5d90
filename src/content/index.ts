// Content script: analyses the page once at document_idle and applies the result. A thin
// adapter: the analysis is the core's; this file only reads the DOM, changes it in ways it
// can undo, and answers the popup. Errors never reach the page's console: they go to the
// background, and the popup shows them.
import browser from 'webextension-polyfill';
import { parseContentRequest, type ContentRequest, type PageState } from '../shared/messages';
import { analyseAndApply, restorePage, spanKey, type AppliedPage } from './apply';
import { revealRange } from './highlights';

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

function start(): void {
  let page: AppliedPage;
  try {
    page = analyseAndApply();
    if (page.state.status === 'analysed') {
      const { analysis } = page.state;
      report({ type: 'report-state', repeats: analysis.repeats.length, people: analysis.entities.filter((e) => e.type === 'person').length });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    page = { state: { status: 'error', message }, collapsed: [], revealable: new Map() };
    report({ type: 'report-error', message });
  }
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    // Only the extension's own pages talk to the content script.
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(raw);
    if (!request) return undefined;
    try {
      // Hidden state changes through the in-page control too: read it live.
      if (page.state.status === 'analysed' && page.collapsed.length > 0) page.state.repeatsVisible = !page.collapsed[0].hidden;
      return Promise.resolve(handle(request, page));
    } catch (error) {
      return Promise.resolve<PageState>({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
}

start();
