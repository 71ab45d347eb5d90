// Shared helpers for the real-browser tests: a fixture server on 127.0.0.1, a recording proxy
// that catches any request leaving the machine, and one launched browser (Chromium or
// Firefox ESR) with the built extension installed. See /work/shared/notes/browser-testing.md
// for the launch recipe this follows.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import puppeteer, { TargetType, type Browser, type HTTPRequest, type Page, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

export type BrowserKind = 'chromium' | 'firefox';

export const ROOT = resolve(import.meta.dirname, '../..');
const PAGES_DIR = join(ROOT, 'test/browser/pages');
const SEED = join(ROOT, 'examples/seed-article.html');
export const INSTALL_HINT = 'run `apt-get install -y chromium firefox-esr firefox-esr-l10n-ko`';

export const DEFAULT_BINARIES: Record<BrowserKind, { env: string; path: string }> = {
  chromium: { env: 'CHROMIUM_BIN', path: '/usr/lib/chromium/chromium' },
  firefox: { env: 'FIREFOX_BIN', path: '/usr/lib/firefox-esr/firefox-esr' },
};

/** The browser binary to launch; throws (never skips) when it is not installed. */
export function browserBinary(kind: BrowserKind): string {
  const { env, path } = DEFAULT_BINARIES[kind];
  const binary = process.env[env] || path;
  if (!existsSync(binary)) throw new Error(`${kind} not found at ${binary} (override with ${env}): ${INSTALL_HINT}`);
  return binary;
}

// ---------------------------------------------------------------------------------------------
// Fixture server

export interface FixtureServer {
  origin: string;
  /** Every path the server was asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

/**
 * Serves examples/seed-article.html at /seed and test/browser/pages/<file> at /pages/<file>.
 * With `?snapshot` in the URL, pages/snapshot.js is inlined as the first script in <head>, so
 * the page records its own untouched DOM before the content script runs (see that file).
 * Generating the snapshot variant here keeps the seed article itself the single source.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const served: string[] = [];
  const snapshotScript = readFileSync(join(PAGES_DIR, 'snapshot.js'), 'utf8');
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname + url.search);
    let file: string | undefined;
    if (url.pathname === '/seed') file = SEED;
    else if (url.pathname.startsWith('/pages/')) {
      const name = basename(url.pathname);
      if (name && existsSync(join(PAGES_DIR, name))) file = join(PAGES_DIR, name);
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = readFileSync(file, 'utf8');
    const type = file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    if (url.searchParams.has('snapshot') && type.startsWith('text/html')) {
      body = body.replace(/<head>/i, `<head><script>${snapshotScript}</script>`);
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

// ---------------------------------------------------------------------------------------------
// Recording proxy: the browser is told to send everything through it. Loopback is never
// proxied (both browsers connect to 127.0.0.1 directly), so whatever reaches the proxy is a
// request that tried to leave the machine — from the page, the extension or the browser
// itself. It is refused and recorded. This is the catch-all that does not depend on
// attributing a request to a context.

export interface RecordingProxy {
  port: number;
  attempts: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request: http.IncomingMessage, socket: Socket) => {
    attempts.push(`CONNECT ${request.url}`);
    // The browser may reset the tunnel it asked for: that is not an error of the test.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser session

export type RequestContext = 'page' | 'extension-page' | 'extension-worker';

export interface RecordedRequest {
  context: RequestContext;
  url: string;
}

export interface Session {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  extensionOrigin: string;
  /** Requests seen from the pages this session opened and from the extension's worker. */
  requests: RecordedRequest[];
  proxy: RecordingProxy;
  /** A new tab for a web page; its requests are recorded as context 'page'. */
  newPage(): Promise<Page>;
  /** The extension's own tab id for a page (the page is brought to the front to find it). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Opens popup.html?tabId=<the page's tab> in a tab of its own and waits until it has read the
   * page. With `window: true` the tab is in a new window, so the page stays the visible tab of
   * its own window, as under a real popup (a hidden tab does not run a smooth scroll in Firefox).
   */
  openPopup(page: Page, options?: { window?: boolean }): Promise<Page>;
  /** Navigates to an extension URL (Firefox's goto on moz-extension:// never resolves). */
  gotoExtensionPage(page: Page, path: string): Promise<void>;
  /**
   * Turns on "Always run on <site>" through the popup's real switch, for the site of `url`,
   * and waits until the background has registered the content script there.
   */
  alwaysRunOn(url: string): Promise<void>;
  /**
   * Runs a function in an extension context with the extension's APIs (Chromium: the service
   * worker; Firefox: the harness's helper extension page). `chrome` in Chromium, `browser` in
   * Firefox. The function is serialised: it cannot close over test variables.
   */
  extensionEval: ExtensionEval;
  close(): Promise<void>;
}

const FIREFOX_PREFS = (uuid: string, geckoId: string, proxyPort: number, uiLanguage: string): Record<string, unknown> => ({
  'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
  // Firefox's own remote-settings sync would otherwise phone home; the value is the one
  // Mozilla's test harnesses use. Everything else still goes to the recording proxy.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': proxyPort,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': proxyPort,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
  // The assertions read English UI strings, whatever the machine's locale (unless a test asks
  // for another language; Firefox uses it only if a language pack for it is installed).
  'intl.locale.requested': uiLanguage,
  'intl.accept_languages': uiLanguage,
});

/**
 * What the browser itself contacts with no extension installed at all (checked by launching
 * Chromium 156 with the same flags and no extension: network time, an on-demand component
 * update check, the Google account endpoint). Firefox with the prefs above contacts nothing.
 * The recording proxy tolerates exactly these; the extension's own contexts are checked
 * separately and may not contact anything.
 */
export const BROWSER_OWN_TRAFFIC: Record<BrowserKind, RegExp[]> = {
  chromium: [
    /^GET http:\/\/clients2\.google\.com\/time\//,
    /^(CONNECT update\.googleapis\.com:443|POST http:\/\/update\.googleapis\.com\/service\/update2\/)/,
    /^CONNECT accounts\.google\.com:443$/,
  ],
  firefox: [],
};

/**
 * Chromium's own background traffic (component updates, sign-in) that is not ours to test.
 * Autofill asks content-autofill.googleapis.com about every page with a text field (the
 * islands page has a textarea and an editable region): the browser's, with or without us.
 */
const CHROMIUM_QUIET_ARGS = ['--disable-component-update', '--disable-domain-reliability', '--no-pings', '--disable-features=AutofillServerCommunication'];

export type ExtensionEval = <T>(fn: () => Promise<T> | T) => Promise<T>;

export interface LaunchOptions {
  /** The browser's UI language, a BCP 47 tag; en-US unless a test is about another. */
  uiLanguage?: string;
}

export async function launchBrowser(kind: BrowserKind, { uiLanguage = 'en-US' }: LaunchOptions = {}): Promise<Session> {
  const executablePath = browserBinary(kind);
  const proxy = await startRecordingProxy();
  const requests: RecordedRequest[] = [];
  // The test build: the shipped build plus a host permission for 127.0.0.1 (scripts/build.mjs,
  // writeTestBuild), since a headless browser cannot answer a permission prompt.
  const extensionDir = join(ROOT, 'extension', kind === 'chromium' ? 'chrome-test' : 'firefox-test');
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is not built: run \`node scripts/build.mjs --test\``);
  const userDataDir = kind === 'chromium' ? mkdtempSync(join(tmpdir(), 'newslens-chromium-')) : undefined;
  const record = (page: Page, context: RequestContext) => {
    page.on('request', (request: HTTPRequest) => requests.push({ context, url: request.url() }));
  };
  const launch = { executablePath, extensionDir, uiLanguage, proxy, requests, record };
  const launched = kind === 'chromium' ? await launchChromium({ ...launch, userDataDir: userDataDir! }) : await launchFirefox(launch);
  await closeOnboarding(kind, launched.browser, launched.extensionOrigin);
  return sessionOf(kind, launched, { requests, proxy, record, userDataDir });
}

interface Launch {
  executablePath: string;
  extensionDir: string;
  uiLanguage: string;
  proxy: RecordingProxy;
  requests: RecordedRequest[];
  record: (page: Page, context: RequestContext) => void;
}

interface Launched {
  browser: Browser;
  extensionOrigin: string;
  /** Runs a function with the extension's API: in its service worker (Chromium) or an extension page (Firefox). */
  extensionEval: ExtensionEval;
  /** Tabs the harness opened for itself, to leave out when looking for the page's tab. */
  helperTabIds: number[];
}

async function launchChromium({ executablePath, extensionDir, uiLanguage, proxy, requests, userDataDir }: Launch & { userDataDir: string }): Promise<Launched> {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    // --lang: the assertions read English UI strings, whatever the machine's locale.
    args: ['--no-sandbox', `--lang=${uiLanguage}`, `--proxy-server=http://127.0.0.1:${proxy.port}`, ...CHROMIUM_QUIET_ARGS],
    // Chromium on Linux also reads the language from the environment; only set it for a
    // language other than the default, so the default launch is exactly as it was.
    ...(uiLanguage === 'en-US' ? {} : { env: { ...process.env, LANGUAGE: uiLanguage.replace('-', '_') } }),
  });
  const id = await browser.installExtension(join(extensionDir));
  const extensionOrigin = `chrome-extension://${id}`;
  const workerTarget = await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(extensionOrigin + '/'), { timeout: 15_000 });
  // The worker's own requests, through a CDP session on its target. (It started before
  // we could attach; its script load is the only thing that can precede this.)
  const cdp = await workerTarget.createCDPSession();
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => requests.push({ context: 'extension-worker', url: event.request.url }));
  await cdp.send('Network.enable');
  const worker = (await workerTarget.worker()) as WebWorker;
  return { browser, extensionOrigin, extensionEval: (fn) => worker.evaluate(fn), helperTabIds: [] };
}

async function launchFirefox({ executablePath, extensionDir, uiLanguage, proxy, record }: Launch): Promise<Launched> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Firefox honours services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: FIREFOX_PREFS(uuid, manifest.browser_specific_settings.gecko.id, proxy.port, uiLanguage),
  });
  await browser.installExtension(extensionDir);
  // Firefox's background page is not reachable through puppeteer; an extension page in a
  // window of its own gives the same API access, without being the active tab of the
  // window the test pages live in.
  const helper = await browser.newPage({ type: 'window' });
  record(helper, 'extension-page');
  await gotoExtension('firefox', helper, `${extensionOrigin}/popup.html`);
  // Leave out the helper and the tab Firefox starts with (which may be the active tab of
  // its own window) when looking for the page's tab.
  const helperTabIds = await helper.evaluate(async () => (await (globalThis as unknown as Ext).browser.tabs.query({})).map((tab) => tab.id));
  return { browser, extensionOrigin, extensionEval: (fn) => helper.evaluate(fn), helperTabIds };
}

/**
 * Install opens the welcome page in a tab. In Chromium, wait for it (it must open) and close
 * it, so it never stands in front of the tabs the tests drive. (Firefox's remote protocol
 * shows that tab as about:blank to puppeteer; there the tests bring their tabs to the front.)
 */
async function closeOnboarding(kind: BrowserKind, browser: Browser, extensionOrigin: string): Promise<void> {
  const onboardingUrl = `${extensionOrigin}/onboarding.html`;
  let onboarding: Page | undefined;
  for (let waited = 0; kind === 'chromium' && !onboarding && waited < 15_000; waited += 100) {
    onboarding = (await browser.pages()).find((page) => page.url() === onboardingUrl);
    if (!onboarding) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (kind === 'chromium' && !onboarding)
    throw new Error(`the welcome page (${onboardingUrl}) did not open on install; open tabs: ${(await browser.pages()).map((p) => p.url()).join(', ')}`);
  await onboarding?.close();
}

interface SessionParts {
  requests: RecordedRequest[];
  proxy: RecordingProxy;
  record: (page: Page, context: RequestContext) => void;
  userDataDir: string | undefined;
}

function sessionOf(kind: BrowserKind, { browser, extensionOrigin, extensionEval, helperTabIds }: Launched, { requests, proxy, record, userDataDir }: SessionParts): Session {
  const session: Session = {
    kind,
    browser,
    extensionOrigin,
    requests,
    proxy,
    async newPage() {
      const page = await browser.newPage();
      record(page, 'page');
      await page.evaluateOnNewDocument(defineHighlightRanges);
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      const tabs = await extensionEval(async () => {
        const api = (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome;
        return (await api.tabs.query({ active: true })).map((tab) => ({ id: tab.id, url: tab.url }));
      });
      const candidates = tabs.filter((tab) => !helperTabIds.includes(tab.id));
      if (candidates.length !== 1) throw new Error(`expected one active page tab, found ${JSON.stringify(tabs)}`);
      const [tab] = candidates;
      // URLs are visible to the extension only where it has host access; check when they are.
      if (tab.url !== undefined && tab.url !== page.url()) throw new Error(`active tab is ${tab.url}, not ${page.url()}`);
      return tab.id;
    },
    async openPopup(page, options = {}) {
      const tabId = await session.tabIdOf(page);
      const popup = await browser.newPage(options.window ? { type: 'window' } : undefined);
      record(popup, 'extension-page');
      await gotoExtension(kind, popup, `${extensionOrigin}/popup.html?tabId=${tabId}`);
      // Polled by interval, not animation frames: a tab behind another (the onboarding tab that
      // install opens can land in front) gets no frames in headless Chromium.
      await popup.waitForFunction(
        () => {
          const main = document.querySelector('main');
          return main !== null && main.textContent !== '' && !document.querySelector('main .state p')?.textContent?.includes('…');
        },
        { polling: 100 },
      );
      return popup;
    },
    gotoExtensionPage: (page, path) => gotoExtension(kind, page, `${extensionOrigin}/${path.replace(/^\//, '')}`),
    alwaysRunOn: (url) => alwaysRunOn(session, extensionEval, url),
    extensionEval: (fn) => extensionEval(fn),
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Ticks "Always run on this site" in the popup and waits until the site is registered. */
async function alwaysRunOn(session: Session, extensionEval: ExtensionEval, url: string): Promise<void> {
  const page = await session.newPage();
  await page.goto(url);
  const popup = await session.openPopup(page);
  await popup.waitForSelector('[data-testid=site-switch]');
  // Chromium delivers no input to a background tab (the click would wait forever), and the
  // onboarding tab that install opens may land in front of the popup just after launch.
  await popup.bringToFront();
  await popup.click('[data-testid=site-switch]');
  await popup.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid=site-switch]')?.checked === true, { polling: 100 });
  // The box is ticked at the click; the registration follows the permission grant.
  const pattern = `${new URL(url).protocol}//${new URL(url).hostname}/*`;
  let registered: string[] = [];
  for (let waited = 0; waited < 10_000 && !registered.includes(pattern); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    registered = await extensionEval(async () => {
      const api = (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome;
      return (await api.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []);
    });
  }
  if (!registered.includes(pattern)) throw new Error(`site not registered: ${JSON.stringify(registered)}`);
  await popup.close();
  await page.close();
}

interface Ext {
  browser: { tabs: TabsApi; scripting: ScriptingApi };
  chrome: { tabs: TabsApi; scripting: ScriptingApi };
}
interface ScriptingApi {
  getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
}
interface TabsApi {
  query(filter: object): Promise<Array<{ id: number; url?: string }>>;
  getCurrent(): Promise<{ id: number }>;
}

async function gotoExtension(kind: BrowserKind, page: Page, url: string): Promise<void> {
  if (kind === 'chromium') {
    await page.goto(url);
    return;
  }
  // In Firefox, goto() to a moz-extension:// URL never resolves: start it and poll.
  page.goto(url).catch(() => undefined);
  // A poll that lands while the new document replaces the old one fails inside Firefox's BiDi
  // ("script.evaluate: unknown error TypeError: right-hand side of 'in' should be an object,
  // got null", about one page in thirty here); it says nothing about the page: poll again.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await page.waitForFunction((target: string) => location.href === target && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()) }, url);
      return;
    } catch (error) {
      if (Date.now() >= deadline || !String((error as Error)?.cause ?? error).includes('Protocol error')) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// In-page helpers

/** What test pages get, in their main world, to read NewsLens's marks: see defineHighlightRanges. */
export type HighlightWindow = typeof globalThis & { newslensRanges(name: string): Range[] };

/**
 * Defines `newslensRanges(name)` in every page the tests open: the ranges of a CSS highlight
 * as live Ranges (NewsLens registers StaticRanges, which have no text or geometry of their own).
 */
function defineHighlightRanges(): void {
  (globalThis as HighlightWindow).newslensRanges = (name) => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name);
    return [...(highlight ?? [])].map((r) => {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
  };
}

/** Waits until the content script has collapsed something on the page. */
export async function waitForControl(page: Page): Promise<void> {
  await page.waitForSelector('newslens-control', { timeout: 15_000 });
}

/** The untouched DOM recorded by pages/snapshot.js at DOMContentLoaded. */
export interface Snapshot {
  outerHTML: string;
  textNodes: number;
  hadExtensionMarkup: boolean;
}

export async function pageSnapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => (window as unknown as { __newslensSnapshot: Snapshot }).__newslensSnapshot);
}

/** The page's DOM now, minus nothing: outerHTML and the number of text nodes. */
export async function currentDom(page: Page): Promise<{ outerHTML: string; textNodes: number }> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes++;
    return { outerHTML: document.documentElement.outerHTML, textNodes };
  });
}

/**
 * Whether `text` occurs in the page's rendered text, by the browser's own find-in-page
 * (window.find), which also sees text inside closed shadow roots — the only way page-side
 * script can read the in-page control's label. The selection it makes is cleared.
 */
export async function pageShowsText(page: Page, text: string): Promise<boolean> {
  return page.evaluate((needle: string) => {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    const found = (window as unknown as { find(s: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(needle, true, false, true);
    selection?.removeAllRanges();
    return found;
  }, text);
}

/** Presses Tab until the in-page control has keyboard focus; returns how many presses it took. */
export async function tabToControl(page: Page, maxPresses = 30): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.focus();
  });
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'NEWSLENS-CONTROL')) return presses;
  }
  throw new Error(`the control did not receive focus after ${maxPresses} Tab presses`);
}

export interface Sentence {
  text: string;
  start: number;
  /** Whether every non-space character of the sentence is rendered. */
  visible: 'all' | 'none' | 'partly';
}

/**
 * The text under `selector`, split into sentences, each with its computed visibility: a text
 * node counts as rendered when it has client rects and its parent's computed visibility is
 * 'visible'. Sentences end after "다." or "." before a capital-free
 * boundary, and at line breaks, which is enough for the seed article.
 */
export async function sentencesOf(page: Page, selector: string): Promise<{ text: string; sentences: Sentence[] }> {
  const { text, mask } = await page.evaluate((sel: string) => {
    const root = document.querySelector(sel);
    if (!root) throw new Error(`no ${sel} on the page`);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    let mask = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Rendered text has layout boxes of its own (none inside a display:none ancestor) and
      // inherits visibility from its parent. Not parent.checkVisibility(): that is false for
      // a display:contents parent, whose children are rendered all the same.
      const parent = node.parentElement;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rendered = parent !== null && range.getClientRects().length > 0 && getComputedStyle(parent).visibility === 'visible';
      const data = (node as Text).data;
      text += data;
      mask += (rendered ? '1' : '0').repeat(data.length);
    }
    return { text, mask };
  }, selector);
  const sentences: Sentence[] = [];
  const boundary = /다\.|\n/g;
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const start = from + lead;
      const bits = Array.from(mask.slice(start, start + body.length)).filter((_, i) => !/\s/.test(body[i]));
      const shown = bits.filter((bit) => bit === '1').length;
      sentences.push({ text: body, start, visible: shown === bits.length ? 'all' : shown === 0 ? 'none' : 'partly' });
    }
    from = end;
  };
  for (const match of text.matchAll(boundary)) push(match.index + match[0].length);
  push(text.length);
  return { text, sentences };
}

// ---------------------------------------------------------------------------------------------
// One browser per describe block

export interface BrowserSuite {
  readonly server: FixtureServer;
  readonly session: Session;
  /** Remembers a page for closeOpened. */
  track: (page: Page) => Page;
  /** A new tab on the fixture server at `path`, remembered for closeOpened. (Properties, not methods: they use no `this` and are destructured.) */
  open: (path: string, options?: { timeout?: number }) => Promise<Page>;
  closeOpened: () => Promise<void>;
}

/**
 * Registers the hooks that give a describe block a fixture server and one launched browser
 * (closed after the block), with NewsLens turned on for the fixture server through the popup
 * unless `siteEnabled` is false (a fresh profile reads no site until the user lets it).
 */
export function useBrowserSuite(kind: BrowserKind, options: LaunchOptions & { siteEnabled?: boolean } = {}): BrowserSuite {
  let server: FixtureServer | undefined;
  let session: Session | undefined;
  const opened: Page[] = [];
  const suite: BrowserSuite = {
    get server() {
      if (!server) throw new Error('the fixture server is not started yet (use it inside tests)');
      return server;
    },
    get session() {
      if (!session) throw new Error('the browser is not launched yet (use it inside tests)');
      return session;
    },
    track(page) {
      opened.push(page);
      return page;
    },
    async open(path, gotoOptions) {
      const page = suite.track(await suite.session.newPage());
      await page.goto(suite.server.origin + path, gotoOptions);
      return page;
    },
    async closeOpened() {
      while (opened.length)
        await opened
          .pop()!
          .close()
          .catch(() => undefined);
    },
  };
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchBrowser(kind, options);
    if (options.siteEnabled !== false) await session.alwaysRunOn(`${server.origin}/pages/no-article.html`);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return suite;
}

/** Polls until `check` passes (the extension acts asynchronously); rethrows its last failure. */
export async function eventually<T>(check: () => Promise<T>, timeout = 8_000, interval = 100): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, interval));
    }
  }
}
