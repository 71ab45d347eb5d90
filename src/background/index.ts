// Background: analyses the article text content scripts send (off the pages' main threads),
// runs the content script where the user asks (toolbar, shortcut, "always run on this site"),
// keeps the badge and per-tab errors, and opens the onboarding page on install.
// It makes no network request: everything it handles is local.
import browser from 'webextension-polyfill';
import { analyzeArticle, type ArticleInput } from '../core/analyze';
import { KNOWN_ENTITIES_KEY, readKnownEntities } from '../shared/known-entities';
import { exceedsArticleLimit } from '../core/limits';
import {
  ANALYSE_PORT,
  dispatch,
  parseAnalysePortMessage,
  parseArticleInput,
  parseBackgroundRequest,
  webOriginOf,
  type AnalysePortReply,
  type BackgroundReplies,
  type BackgroundRequest,
  type Handlers,
} from '../shared/messages';
import { sendToTab } from '../shared/send';
import { packAnalysis, type PackedAnalysis } from '../shared/packed-analysis';
import { disableSite, enableSite, isSiteEnabled, syncRegisteredSites } from './sites';
import { analyseTab, errorOf, forgetTab, rememberError, showBadge } from './tabs';

/**
 * The analysis itself runs here, off the page's main thread, with the user's own entities.
 * Answered packed and without the text the content script sent (it has it).
 */
async function analyseArticle(input: ArticleInput): Promise<PackedAnalysis> {
  const stored = await browser.storage.local.get(KNOWN_ENTITIES_KEY);
  return packAnalysis({ ...analyzeArticle(input, { known: readKnownEntities(stored[KNOWN_ENTITIES_KEY]) }), text: '' });
}

/** Extension pages (popup, options) may ask anything; a content script only reports on its tab. */
function fromExtensionPage(sender: browser.Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** Only content scripts report on their tab; extension pages (popup, options) may ask anything. */
function allowedFrom(request: BackgroundRequest, sender: browser.Runtime.MessageSender): boolean {
  if (request.type === 'report-error' || request.type === 'report-state') return sender.tab?.id !== undefined && !fromExtensionPage(sender);
  return fromExtensionPage(sender);
}

const handlers: Handlers<BackgroundRequest, BackgroundReplies, browser.Runtime.MessageSender> = {
  'report-error': async (request, sender) => {
    if (sender.tab?.id !== undefined) await rememberError(sender.tab.id, request.message);
  },
  'report-state': async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.storage.session.remove(`error:${tabId}`);
    await showBadge(tabId, request.repeats, request.people);
  },
  'get-tab-error': (request) => errorOf(request.tabId),
  'analyse-tab': (request) => analyseTab(request.tabId),
  'get-site': async (request) => {
    const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
    const origin = webOriginOf(tab?.url);
    return origin ? { origin, enabled: await isSiteEnabled(origin) } : null;
  },
  'enable-site': async (request) => {
    const enabled = await enableSite(request.origin);
    if (enabled && request.tabId !== undefined) await analyseTab(request.tabId);
    return enabled;
  },
  'disable-site': (request) => disableSite(request.origin),
};

/**
 * A content script sends its article over a port, in parts (see ANALYSE_PORT); the parts are
 * put together here, checked as a whole, analysed, and answered once.
 */
function receiveArticle(port: browser.Runtime.Port): void {
  const sender = port.sender;
  if (port.name !== ANALYSE_PORT) return;
  if (!sender || sender.id !== browser.runtime.id || sender.tab?.id === undefined || fromExtensionPage(sender)) {
    port.disconnect();
    return;
  }
  const parts: string[] = [];
  const blocks: unknown[] = [];
  let length = 0;
  const answer = (reply: AnalysePortReply) => {
    try {
      port.postMessage(reply);
    } catch {
      // The page went away meanwhile.
    }
  };
  const receive = async (raw: unknown) => {
    const message = parseAnalysePortMessage(raw);
    if (!message) {
      answer({ type: 'error', message: 'malformed article message' });
      return;
    }
    if (message.type === 'article-part') {
      length += message.text.length;
      // The content script stops reading at MAX_ARTICLE_CHARS: more is not an article of ours.
      if (exceedsArticleLimit(length)) {
        port.disconnect();
        return;
      }
      parts.push(message.text);
      for (const block of message.blocks) blocks.push(block);
      return;
    }
    const input = parseArticleInput({ ...message.metadata, text: parts.join(''), blocks });
    if (!input) {
      answer({ type: 'error', message: 'malformed article' });
      return;
    }
    answer({ type: 'analysis', analysis: await analyseArticle(input) });
  };
  port.onMessage.addListener((raw: unknown) => void receive(raw));
}

browser.runtime.onConnect.addListener(receiveArticle);

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(raw);
  return request && allowedFrom(request, sender) ? dispatch(handlers, request, sender) : undefined;
});

/** A keyboard shortcut, in the tab it was pressed in (or the active one). */
async function runCommand(command: string, tab: browser.Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === 'analyse-page') await analyseTab(tabId);
  if (command === 'toggle-annotations') await sendToTab(tabId, { type: 'toggle-annotations' });
}
browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === 'loading') void forgetTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

browser.permissions.onAdded.addListener(() => void syncRegisteredSites());
browser.permissions.onRemoved.addListener(() => void syncRegisteredSites());

browser.runtime.onInstalled.addListener(({ reason }) => {
  void syncRegisteredSites();
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('onboarding.html') });
});
browser.runtime.onStartup.addListener(() => void syncRegisteredSites());
