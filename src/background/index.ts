// Background: keeps what content scripts report about their tabs (errors, so the popup can
// say "could not analyse this page") and forgets it when the tab navigates or closes.
// Kept in memory and in storage.session, which survives the service worker being stopped.
import browser from 'webextension-polyfill';
import { parseBackgroundRequest, type TabErrorReply } from '../shared/messages';

const errorKey = (tabId: number) => `error:${tabId}`;

async function rememberError(tabId: number, message: string): Promise<void> {
  await browser.storage.session.set({ [errorKey(tabId)]: message });
}

async function forget(tabId: number): Promise<void> {
  await browser.storage.session.remove(errorKey(tabId));
}

async function errorOf(tabId: number): Promise<TabErrorReply> {
  const stored = await browser.storage.session.get(errorKey(tabId));
  const message = stored[errorKey(tabId)];
  return typeof message === 'string' ? { message } : null;
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(raw);
  if (!request) return undefined;
  switch (request.type) {
    case 'report-error':
      return sender.tab?.id === undefined ? undefined : rememberError(sender.tab.id, request.message);
    case 'report-state':
      return sender.tab?.id === undefined ? undefined : forget(sender.tab.id);
    case 'get-tab-error':
      return errorOf(request.tabId);
  }
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status === 'loading') void forget(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
