// What the background does for a tab: run the content script in it on request, show the
// badge, and remember an error for the popup. Per-tab facts live in storage.session, which
// outlives the service worker being stopped.
import browser from 'webextension-polyfill';
import type { AnalyseReply, TabErrorReply } from '../shared/messages';
import { sendToTab } from '../shared/send';

const errorKey = (tabId: number) => `error:${tabId}`;

export async function rememberError(tabId: number, message: string): Promise<void> {
  await browser.storage.session.set({ [errorKey(tabId)]: message });
}

export async function errorOf(tabId: number): Promise<TabErrorReply> {
  const stored = await browser.storage.session.get(errorKey(tabId));
  const message = stored[errorKey(tabId)];
  return typeof message === 'string' ? { message } : null;
}

/** Forgets a tab: on navigation and when it closes. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(errorKey(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}

/**
 * The badge: the number of collapsed repeats (the thing NewsLens changed on the page), or,
 * when nothing was collapsed, the number of people found.
 */
export async function showBadge(tabId: number, repeats: number, people: number): Promise<void> {
  const text = repeats > 0 ? String(repeats) : people > 0 ? String(people) : '';
  await browser.action.setBadgeBackgroundColor({ tabId, color: repeats > 0 ? '#b45309' : '#1f57c3' });
  await browser.action.setBadgeText({ tabId, text });
}

/**
 * Analyses the page in a tab: asks a content script already there to analyse again, or
 * injects one (allowed by activeTab after the user's click or shortcut, or by a granted site).
 */
export async function analyseTab(tabId: number): Promise<AnalyseReply> {
  // No answer: no content script in the tab yet.
  if (await sendToTab(tabId, { type: 'reanalyse' })) return { ok: true };
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
