// Background: analyses the article text content scripts send (off the pages' main threads),
// runs the content script where the user asks (toolbar, shortcut, "always run on this site"),
// keeps the badge and per-tab errors, and opens the onboarding page on install.
// It makes no network request: everything it handles is local.
import browser from 'webextension-polyfill';
import { analyzeArticle, type ArticleInput } from '../core/analyze';
import { KNOWN_ENTITIES_KEY, readKnownEntities } from '../shared/known-entities';
import { MAX_ARTICLE_CHARS } from '../core/limits';
import {
  ANALYSE_PORT,
  parseAnalysePortMessage,
  parseArticleInput,
  parseBackgroundRequest,
  webOriginOf,
  type AnalysePortReply,
  type BackgroundRequest,
  type SiteReply,
} from '../shared/messages';
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

async function handle(request: BackgroundRequest, sender: browser.Runtime.MessageSender): Promise<unknown> {
  if (request.type === 'report-error' || request.type === 'report-state') {
    const tabId = sender.tab?.id;
    if (tabId === undefined || fromExtensionPage(sender)) return undefined;
    if (request.type === 'report-error') return rememberError(tabId, request.message);
    await browser.storage.session.remove(`error:${tabId}`);
    return showBadge(tabId, request.repeats, request.people);
  }
  if (!fromExtensionPage(sender)) return undefined;
  switch (request.type) {
    case 'get-tab-error':
      return errorOf(request.tabId);
    case 'analyse-tab':
      return analyseTab(request.tabId);
    case 'get-site': {
      const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
      const origin = webOriginOf(tab?.url);
      return (origin ? { origin, enabled: await isSiteEnabled(origin) } : null) satisfies SiteReply;
    }
    case 'enable-site': {
      const enabled = await enableSite(request.origin);
      if (enabled && request.tabId !== undefined) await analyseTab(request.tabId);
      return enabled;
    }
    case 'disable-site':
      return disableSite(request.origin);
  }
}

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
  port.onMessage.addListener(async (raw: unknown) => {
    const message = parseAnalysePortMessage(raw);
    if (!message) return answer({ type: 'error', message: 'malformed article message' });
    if (message.type === 'article-part') {
      length += message.text.length;
      // The content script stops reading at MAX_ARTICLE_CHARS: more is not an article of ours.
      if (length > MAX_ARTICLE_CHARS + 1) return port.disconnect();
      parts.push(message.text);
      for (const block of message.blocks) blocks.push(block);
      return;
    }
    const input = parseArticleInput({ ...message.metadata, text: parts.join(''), blocks });
    if (!input) return answer({ type: 'error', message: 'malformed article' });
    answer({ type: 'analysis', analysis: await analyseArticle(input) });
  });
}

browser.runtime.onConnect.addListener(receiveArticle);

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(raw);
  return request ? handle(request, sender) : undefined;
});

browser.commands.onCommand.addListener(async (command, tab) => {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  if (command === 'analyse-page') await analyseTab(tabId);
  if (command === 'toggle-annotations') await browser.tabs.sendMessage(tabId, { type: 'toggle-annotations' }).catch(() => undefined);
});

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
