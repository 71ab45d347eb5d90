// Sites where NewsLens always runs: those the user switched on in the popup (kept in
// storage.local) whose host permission is still granted. The popup asks for the permission
// (permissions.request needs the user's click); one registered content script covers every
// enabled site. Revoking the permission anywhere (the browser's own site settings included)
// takes the site off at once; switching it off in the popup also gives the permission back.
import browser from 'webextension-polyfill';
import { originPattern } from '../shared/messages';

const SCRIPT_ID = 'newslens-sites';
const ENABLED_SITES_KEY = 'enabledSites';

async function storedSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(ENABLED_SITES_KEY))[ENABLED_SITES_KEY];
  return Array.isArray(stored) ? stored.filter((pattern): pattern is string => typeof pattern === 'string') : [];
}

/** The patterns of the enabled sites that are still granted. */
async function enabledPatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const granted = new Set(origins);
  return (await storedSites()).filter((pattern) => granted.has(pattern));
}

/** Makes the registered content script match exactly the enabled sites. */
export async function syncRegisteredSites(): Promise<void> {
  const matches = await enabledPatterns();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches, js: ['content.js'], css: ['content.css'], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

export async function isSiteEnabled(origin: string): Promise<boolean> {
  return (await enabledPatterns()).includes(originPattern(origin));
}

/** Called after the popup's permissions.request; refuses when the permission was not granted. */
export async function enableSite(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return false;
  const sites = await storedSites();
  if (!sites.includes(pattern)) await browser.storage.local.set({ [ENABLED_SITES_KEY]: [...sites, pattern] });
  await syncRegisteredSites();
  return true;
}

export async function disableSite(origin: string): Promise<void> {
  const pattern = originPattern(origin);
  await browser.storage.local.set({ [ENABLED_SITES_KEY]: (await storedSites()).filter((site) => site !== pattern) });
  // A permission the manifest requires cannot be given back (only in the test build).
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await syncRegisteredSites();
}
