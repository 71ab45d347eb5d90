// The Article Extraction Benchmark pages (../shared/data/aeb-dev) in real Chromium with the
// built extension: the content script must finish on every page without an error state, must
// never hide article text (a ground-truth paragraph rendered k times before stays rendered at
// least k times), and must leave the layout as it was except where it collapsed a repeat.
//
// Pages are served from 127.0.0.1 with `Content-Security-Policy: script-src 'none'`, so their
// own scripts never run (content scripts are not subject to the page's CSP) and every run is
// the same; every request for another host is aborted at once, so a page with hundreds of
// remote resources loads as fast as one without. "Before" is the page after 'restore-page',
// which puts the DOM back exactly as it was served (test/browser/repeat.test.ts proves that).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TargetType, type HTTPRequest, type Page, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchKey } from '../../src/core/text/match-key';
import { type FixtureServer, type Session, launchBrowser, startFixtureServer } from '../browser/harness';
import { startCorpusServer } from './aeb-server';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'aeb-dev');
if (!existsSync(DATA)) throw new Error(`${DATA} is missing: the corpus tests need ../shared beside the checkout.`);
const groundTruth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
const files = readdirSync(join(DATA, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .sort();

/** How long one page may take to load and be analysed before it counts as hung. */
const PAGE_TIMEOUT = 20_000;
/** Layout differences below this many CSS pixels are rounding, not a change. */
const LAYOUT_TOLERANCE = 1;

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

interface Measure {
  /** Match key of the rendered text (text nodes with layout boxes and visible parents). */
  visible: string;
  scrollHeight: number;
  /** The main article element's box in document coordinates. */
  article: { selector: string; x: number; y: number; width: number; height: number };
}

/**
 * Waits until the page's height has held still for a few frames. Blocked images and alt
 * text finish laying out on the page's own time, after 'load': a page that grows 4 px
 * between the two measurements is the page settling, not NewsLens (seen once in CI).
 */
async function layoutSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 30)));
    let last = -1;
    for (let still = 0, tries = 0; still < 3 && tries < 60; tries++) {
      await frame();
      const height = document.documentElement.scrollHeight;
      still = height === last ? still + 1 : 0;
      last = height;
    }
  });
}

/** Reads the page's rendered text and layout (in the page; scripts off only stops the page's own). */
async function measure(page: Page): Promise<Omit<Measure, 'visible'> & { texts: string[] }> {
  // The pages' web fonts are blocked: their fallbacks settle on their own time, and a line
  // box that changes font between two measurements is the page, not NewsLens.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await layoutSettled(page);
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !/\S/.test((node as Text).data)) continue;
      range.selectNodeContents(node);
      if (range.getClientRects().length > 0 && getComputedStyle(parent).visibility === 'visible') texts.push((node as Text).data);
    }
    const selector = ['article', 'main', '[role=main]', '[itemprop=articleBody]', 'body'].find((s) => document.querySelector(s)) ?? 'body';
    const rect = document.querySelector(selector)!.getBoundingClientRect();
    return {
      texts,
      scrollHeight: document.documentElement.scrollHeight,
      article: { selector, x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height },
    };
  });
}

async function measureKeyed(page: Page): Promise<Measure> {
  const { texts, ...rest } = await measure(page);
  return { visible: matchKey(texts.join('')), ...rest };
}

type PageState = { status: 'analysed'; analysis: { repeats: unknown[] }; restored: boolean } | { status: 'skipped'; reason: string } | { status: 'error'; message: string };

interface Result {
  file: string;
  status: 'analysed' | 'skipped' | 'error';
  repeats: number;
  ms: number;
  /** Ground-truth paragraphs the page rendered before (and so must render after). */
  checked: number;
  problems: string[];
}

describe('aeb-dev pages in Chromium with the extension', () => {
  let fixtures: FixtureServer;
  let corpus: { origin: string; close(): Promise<void> };
  let session: Session;
  let worker: WebWorker;
  const results: Result[] = [];

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    corpus = await startCorpusServer(DATA);
    session = await launchBrowser('chromium');
    // The site is 127.0.0.1 (any port): turning it on for the fixture server turns it on here.
    await session.alwaysRunOn(`${fixtures.origin}/pages/no-article.html`);
    const target = await session.browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(session.extensionOrigin + '/'));
    worker = (await target.worker())!;
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await corpus?.close();
    await fixtures?.close();
    const count = (status: Result['status']) => results.filter((r) => r.status === status).length;
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    const median = times.length ? times[Math.floor(times.length / 2)] : 0;
    const collapsed = results.filter((r) => r.repeats > 0);
    const checked = results.reduce((sum, r) => sum + r.checked, 0);
    console.log(
      `aeb-dev in Chromium: ${results.length} pages, ${count('analysed')} analysed, ${count('skipped')} skipped, ${collapsed.length} collapsed` +
        `${collapsed.length ? ` (${collapsed.map((r) => `${r.file.slice(0, 12)}×${r.repeats}`).join(', ')})` : ''}, ${count('error')} errors, ` +
        `${checked} article paragraphs checked on ${results.filter((r) => r.checked > 0).length} pages, ` +
        `median ${median} ms a page (load, analyse, measure, restore, measure), slowest ${times.at(-1) ?? 0} ms`,
    );
  });

  /** Asks the page's content script, from the service worker, for its state (waits for the analysis). */
  async function pageState(url: string): Promise<PageState> {
    const deadline = Date.now() + PAGE_TIMEOUT;
    for (;;) {
      const reply = await worker.evaluate(
        async (pageUrl: string, request: unknown) => {
          const api = (globalThis as unknown as { chrome: { tabs: { query(f: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } })
            .chrome;
          const [tab] = await api.tabs.query({ url: pageUrl });
          if (!tab) return { missing: 'no tab' };
          try {
            return { state: await api.tabs.sendMessage(tab.id, request) };
          } catch (error) {
            // The content script is not injected yet (it runs at document_idle).
            return { missing: String(error) };
          }
        },
        url,
        { type: 'get-page-state' },
      );
      if ('state' in reply && reply.state) return reply.state as PageState;
      if (Date.now() > deadline) throw new Error(`no answer from the content script: ${'missing' in reply ? reply.missing : 'empty reply'}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  async function restore(url: string): Promise<void> {
    await worker.evaluate(async (pageUrl: string) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(f: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } })
        .chrome;
      const [tab] = await api.tabs.query({ url: pageUrl });
      await api.tabs.sendMessage(tab.id, { type: 'restore-page' });
    }, url);
  }

  it('has the 121 pages', () => expect(files.length).toBe(121));

  it('every page: no error, no article paragraph hidden, layout unchanged except where a repeat was collapsed', async () => {
    const page = await session.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (url.startsWith(corpus.origin + '/') || url.startsWith('data:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    page.setDefaultNavigationTimeout(PAGE_TIMEOUT);

    for (const file of files) {
      const sha = file.replace('.html.gz', '');
      const url = `${corpus.origin}/aeb/${sha}.html`;
      const started = Date.now();
      const result: Result = { file: sha, status: 'error', repeats: 0, ms: 0, checked: 0, problems: [] };
      results.push(result);
      try {
        await page.goto(url, { waitUntil: 'load' });
        const state = await pageState(url);
        if (state.status === 'error') {
          result.problems.push(`error state: ${state.message}`);
          continue;
        }
        result.status = state.status;
        if (state.status === 'skipped') continue;
        result.repeats = state.analysis.repeats.length;
        const after = await measureKeyed(page);
        await restore(url);
        const before = await measureKeyed(page);
        result.ms = Date.now() - started;

        // No paragraph of the article is rendered fewer times than the page itself rendered it.
        const paragraphs = (groundTruth[sha]?.articleBody ?? '').split('\n').map(matchKey).filter(Boolean);
        const expected = new Map<string, number>();
        for (const p of paragraphs) expected.set(p, (expected.get(p) ?? 0) + 1);
        for (const [paragraph, k] of expected) {
          const needed = Math.min(k, countOccurrences(before.visible, paragraph));
          if (needed > 0) result.checked++;
          const shown = countOccurrences(after.visible, paragraph);
          if (shown < needed) result.problems.push(`paragraph "${paragraph.slice(0, 40)}…" shown ${shown}×, needs ${needed}×`);
        }

        // Layout: the article box starts where it did and is as wide; with nothing collapsed,
        // the page is exactly as tall as before.
        const near = (a: number, b: number) => Math.abs(a - b) <= LAYOUT_TOLERANCE;
        const [a, b] = [after.article, before.article];
        if (a.selector !== b.selector || !near(a.x, b.x) || !near(a.y, b.y) || !near(a.width, b.width)) {
          result.problems.push(`article box moved: ${JSON.stringify(b)} → ${JSON.stringify(a)}`);
        }
        if (result.repeats === 0 && (!near(after.scrollHeight, before.scrollHeight) || !near(a.height, b.height))) {
          result.problems.push(`layout changed with nothing collapsed: height ${before.scrollHeight} → ${after.scrollHeight}, article ${b.height} → ${a.height}`);
        }
      } catch (error) {
        result.status = 'error';
        result.problems.push(String(error instanceof Error ? error.message : error));
      } finally {
        result.ms ||= Date.now() - started;
      }
    }
    await page.close();

    const problems = results.filter((r) => r.problems.length > 0).map((r) => `${r.file.slice(0, 12)}: ${r.problems.join('; ')}`);
    expect(problems).toEqual([]);
    expect(results.filter((r) => r.status === 'error')).toEqual([]);
    // The check is not vacuous: most analysed pages render their article paragraphs.
    const analysed = results.filter((r) => r.status === 'analysed');
    expect(analysed.filter((r) => r.checked > 0).length).toBeGreaterThanOrEqual(analysed.length * 0.8);
  }, 600_000);
});
