// Page text is data, in real Chromium and Firefox ESR with the built extension. A hostile page
// (pages/hostile.html) prints markup, script and CSS as visible text in its title and its
// repeated article body, and tries to hide NewsLens's control with its own stylesheet. Nothing
// of it may run, in the page or in the popup; the popup and both copy formats show it as text;
// the page can neither talk to the content script nor restyle or reach into the control.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { type BrowserKind, pageShowsText, waitForControl, useBrowserSuite, eventually } from './harness';

const TITLE = '<img src=x onerror="window.__pwned=3"> 중진공 <script>window.__pwned=4</script> 협약';
/** Strings the article body prints as text (the page escapes them). */
const BODY_STRINGS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '김<b>철수</b>',
  'javascript:alert(1)',
  'body { display: none }',
  '<iframe src=javascript:parent.__pwned=5>',
];

type Pwned = { __pwned?: unknown };
const pwned = (page: Page) => page.evaluate(() => (window as unknown as Pwned).__pwned ?? null);

/** The control's host box, and whether the collapsed copy's wrappers are still hidden. */
async function controlState(page: Page) {
  const host = await page.$('newslens-control');
  const box = host ? await host.boundingBox() : null;
  const wrappers = await page.$$eval('newslens-repeat', (elements) => elements.map((element) => getComputedStyle(element).display));
  return { controls: await page.$$eval('newslens-control', (elements) => elements.length), visible: Boolean(box && box.width > 0 && box.height > 0), wrappers };
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s', (kind) => {
  const suite = useBrowserSuite(kind);
  const { closeOpened } = suite;

  async function openHostile(): Promise<Page> {
    const page = await suite.session.newPage();
    suite.track(page);
    await page.goto(`${suite.server.origin}/pages/hostile.html`);
    await waitForControl(page);
    return page;
  }

  test('markup in page text stays text on the page, and nothing runs', async () => {
    const page = await openHostile();
    expect(await pwned(page)).toBeNull();
    // The page has no elements the text could have turned into.
    expect(await page.$$eval('img, script, iframe, b', (elements) => elements.length)).toBe(0);
    // The first paragraph is not in the repeat: its markup-looking text is shown as written.
    expect(await pageShowsText(page, BODY_STRINGS[0])).toBe(true);
    await closeOpened();
  });

  test("the page's stylesheet cannot hide the control, and its shadow root is closed", async () => {
    const page = await openHostile();
    // The page's own rules do apply to its buttons (the stylesheet is live) …
    expect(
      await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('button'));
        const display = getComputedStyle(probe).display;
        probe.remove();
        return display;
      }),
    ).toBe('none');
    // … but not to the control, which stays laid out and shown.
    const state = await controlState(page);
    expect({ controls: state.controls, visible: state.visible }).toEqual({ controls: 1, visible: true });
    expect(state.wrappers.length).toBeGreaterThan(0);
    expect(state.wrappers.every((display) => display === 'none')).toBe(true);
    expect(await page.$eval('newslens-control', (host) => [getComputedStyle(host).display, getComputedStyle(host).visibility, getComputedStyle(host).opacity])).toEqual([
      'block',
      'visible',
      '1',
    ]);
    expect(await page.$eval('newslens-control', (host) => host.shadowRoot)).toBeNull();
    expect(await pageShowsText(page, 'Repeated section hidden (3 paragraphs)')).toBe(true);
    await closeOpened();
  });

  test('the page cannot talk to the content script: messages, events and clicks on the host change nothing', async () => {
    const page = await openHostile();
    const before = await controlState(page);
    expect(before.controls).toBe(1);
    expect(before.wrappers.length).toBeGreaterThan(0);
    expect(before.wrappers.every((display) => display === 'none')).toBe(true);
    const tried = await page.evaluate(async (origin: string) => {
      const requests = [{ type: 'restore-page' }, { type: 'set-repeats-visible', visible: true }, { type: 'toggle-annotations' }, { type: 'reanalyse' }];
      for (const request of requests) {
        window.postMessage(request, '*');
        window.postMessage(JSON.stringify(request), '*');
        for (const name of [request.type, 'newslens', 'message']) {
          document.dispatchEvent(new CustomEvent(name, { detail: request, bubbles: true }));
          window.dispatchEvent(new CustomEvent(name, { detail: request }));
        }
      }
      const host = document.querySelector('newslens-control') as HTMLElement;
      host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      host.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      // No externally_connectable: web pages get no runtime to message the extension with.
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      const sendMessage = typeof runtime?.sendMessage;
      if (typeof runtime?.sendMessage === 'function') {
        try {
          (runtime.sendMessage as (id: string, message: unknown) => void)(new URL(origin).host, { type: 'restore-page' });
        } catch {
          // expected: no extension is reachable
        }
      }
      await new Promise((done) => setTimeout(done, 500));
      return { sendMessage, browser: typeof (globalThis as unknown as { browser?: unknown }).browser };
    }, suite.session.extensionOrigin);
    expect(tried).toEqual({ sendMessage: 'undefined', browser: 'undefined' });
    expect(await controlState(page)).toEqual(before);
    expect(await pageShowsText(page, 'Repeated section hidden (3 paragraphs)')).toBe(true);
    // And the content script agrees: the page is analysed, collapsed and not restored.
    const popup = await suite.session.openPopup(page);
    suite.track(popup);
    const text = await popup.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(text).not.toContain('The page is back as it was.');
    expect(await popup.evaluate(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Show'))).toBe(true);
    await closeOpened();
  });

  test('the popup shows page text as text and runs none of it; both copies keep it inert', async () => {
    const page = await openHostile();
    const popup = await suite.session.openPopup(page);
    suite.track(popup);
    expect(await pwned(popup)).toBeNull();
    expect(await pwned(page)).toBeNull();
    const text = await popup.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(text).toContain(TITLE);
    expect(await popup.$eval('h1', (h1) => h1.textContent)).toBe(TITLE);
    // The popup's DOM holds its own icon and its own script, nothing the page's text made.
    const elements = await popup.evaluate(() => ({
      images: [...document.querySelectorAll('img')].map((img) => img.getAttribute('src')),
      scripts: [...document.querySelectorAll('script')].map((script) => script.getAttribute('src')),
      frames: document.querySelectorAll('iframe, object, embed').length,
      bold: [...document.querySelectorAll('b')].length,
    }));
    expect(elements).toEqual({ images: ['icons/icon-48.png'], scripts: expect.arrayContaining([expect.stringMatching(/popup\.js$/)]), frames: 0, bold: 0 });
    expect(elements.scripts.every((src) => src !== null && /^[\w./-]+\.js$/.test(src))).toBe(true);

    // Capture what the copy buttons write (no clipboard permission needed in either browser).
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      Object.defineProperty(navigator.clipboard, 'writeText', { value: (value: string) => Promise.resolve(void copied.push(value)), configurable: true });
    });
    for (const label of ['Copy as Markdown', 'Copy JSON']) {
      const clicked = await popup.evaluate((wanted: string) => {
        const button = [...document.querySelectorAll('footer button')].find((b) => b.textContent?.trim() === wanted) as HTMLButtonElement | undefined;
        button?.click();
        return button !== undefined;
      }, label);
      expect(clicked, label).toBe(true);
    }
    const [markdown, json] = await eventually(async () => {
      const copied = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
      expect(copied).toHaveLength(2);
      return copied;
    });

    expect(markdown.split('\n')[0]).toBe('# &lt;img src=x onerror="window.\\_\\_pwned=3"&gt; 중진공 &lt;script&gt;window.\\_\\_pwned=4&lt;/script&gt; 협약');
    expect(markdown).not.toMatch(/<(img|script|iframe|b)\b/i);

    const analysis = JSON.parse(json) as { title: string; text: string; repeats: unknown[]; entities: Array<{ name: string }> };
    expect(analysis.title).toBe(TITLE);
    for (const raw of BODY_STRINGS) expect(analysis.text).toContain(raw);
    expect(analysis.repeats).toHaveLength(1);
    expect(analysis.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['이상직', '박영희', '중소벤처기업진흥공단']));

    expect(await pwned(popup)).toBeNull();
    expect(await pwned(page)).toBeNull();
    await closeOpened();
  });
});
