// Sending a request of the protocol in messages.ts, with the reply typed from its map. The one
// place replies are typed: every receiver of these messages is this extension's own code
// (listeners check the sender), and its handlers are typed from the same maps (Handlers).
import browser from 'webextension-polyfill';
import type { BackgroundReplies, BackgroundRequest, ContentReplies, ContentRequest } from './messages';

/** Asks the background. Rejects when the background cannot be reached. */
export async function sendToBackground<Request extends BackgroundRequest>(request: Request): Promise<BackgroundReplies[Request['type']]> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  return reply as BackgroundReplies[Request['type']];
}

/** Asks a tab's content script; undefined when none answers (not injected, or the tab went elsewhere). */
export async function sendToTab<Request extends ContentRequest>(tabId: number, request: Request): Promise<ContentReplies[Request['type']] | undefined> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, request);
    return reply as ContentReplies[Request['type']] | undefined;
  } catch {
    return undefined;
  }
}
