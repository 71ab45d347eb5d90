// The repeated-section feature end to end, in real Chromium and Firefox ESR with the built
// extension: what the content script hides on the seed article, the in-page control, the
// popup, restoring the page, pages it must leave alone, and that nothing leaves the machine.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { BROWSER_OWN_TRAFFIC, type BrowserKind, currentDom, pageShowsText, pageSnapshot, sentencesOf, tabToControl, waitForControl, useBrowserSuite, eventually } from './harness';

const ARTICLE_BODY = '#articletxt';
const LEAD_START = '중소벤처기업진흥공단은';
const COPY_START = '지난 22일 중진공과';
const BYLINE_END = 'true@hankyung.com';
const HIDDEN_LABEL = 'Repeated section hidden (4 paragraphs)';
const SHOWN_LABEL = 'Repeated section shown (4 paragraphs)';
const SUMMARY = '1 repeated section collapsed · 4 paragraphs · ~960 characters';

/** The article body's sentences, grouped into the lead, the first copy and the second copy. */
async function articleRegions(page: Page) {
  const { text, sentences } = await sentencesOf(page, ARTICLE_BODY);
  const lead = text.indexOf(LEAD_START);
  const first = text.indexOf(COPY_START);
  const firstEnd = text.indexOf(BYLINE_END, first) + BYLINE_END.length;
  const second = text.indexOf(COPY_START, firstEnd);
  const secondEnd = text.indexOf(BYLINE_END, second) + BYLINE_END.length;
  expect([lead, first, second].every((i) => i >= 0) && lead < first && first < second).toBe(true);
  const within = (from: number, to: number) => sentences.filter((s) => s.start >= from && s.start < to);
  return { lead: within(lead, first), first: within(first, firstEnd), second: within(second, secondEnd), all: sentences };
}

const visibilityOf = (sentences: Array<{ text: string; visible: string }>) => sentences.map((s) => `${s.visible}: ${s.text.slice(0, 40)}`);

async function expectSecondCopyHidden(page: Page, hidden: boolean) {
  const { lead, first, second, all } = await articleRegions(page);
  expect(lead.length).toBeGreaterThan(0);
  // The two copies are the same text, sentence for sentence (a sanity check on the regions).
  expect(first.length).toBeGreaterThanOrEqual(4);
  expect(second.map((s) => s.text)).toEqual(first.map((s) => s.text));
  expect(visibilityOf(lead)).toEqual(visibilityOf(lead.map((s) => ({ ...s, visible: 'all' }))));
  expect(visibilityOf(first)).toEqual(visibilityOf(first.map((s) => ({ ...s, visible: 'all' }))));
  expect(visibilityOf(second)).toEqual(visibilityOf(second.map((s) => ({ ...s, visible: hidden ? 'none' : 'all' }))));
  // Nothing outside the second copy is hidden.
  const secondStarts = new Set(second.map((s) => s.start));
  expect(all.filter((s) => !secondStarts.has(s.start) && s.visible !== 'all').map((s) => s.text)).toEqual([]);
}

async function expectControlLabel(page: Page, hidden: boolean) {
  expect(await pageShowsText(page, hidden ? HIDDEN_LABEL : SHOWN_LABEL)).toBe(true);
  expect(await pageShowsText(page, hidden ? SHOWN_LABEL : HIDDEN_LABEL)).toBe(false);
}

const popupText = (popup: Page) => popup.evaluate(() => document.querySelector('main')?.innerText ?? '');

async function clickPopupButton(popup: Page, label: string) {
  const clicked = await popup.evaluate((text: string) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    button?.click();
    return button !== undefined;
  }, label);
  expect(clicked, `popup button "${label}"`).toBe(true);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s', (kind) => {
  const suite = useBrowserSuite(kind);
  const { open, closeOpened } = suite;

  test('hides the second copy and keeps the lead and the first copy, sentence by sentence', async () => {
    const page = await open('/seed?snapshot');
    await waitForControl(page);
    const snapshot = await pageSnapshot(page);
    expect(snapshot.hadExtensionMarkup).toBe(false);
    await expectSecondCopyHidden(page, true);
    await expectControlLabel(page, true);
    await closeOpened();
  });

  test('the in-page control is a keyboard-reachable button that toggles the copy and its label', async () => {
    const page = await open('/seed');
    await waitForControl(page);
    await tabToControl(page);
    if (kind === 'chromium') {
      // The accessibility tree crosses the closed shadow root. (Puppeteer offers it over CDP
      // only; in Firefox the role is covered by focus + Enter + Space activation below.)
      const focused = await page.accessibility.snapshot().then((root) => {
        const found: Array<{ role: string; name?: string; expanded?: boolean }> = [];
        const walk = (node: NonNullable<typeof root>) => {
          if (node.focused) found.push({ role: node.role, name: node.name, expanded: node.expanded });
          node.children?.forEach(walk);
        };
        if (root) walk(root);
        return found;
      });
      expect(focused).toEqual([{ role: 'button', name: `${HIDDEN_LABEL} Show`, expanded: false }]);
    }

    await page.keyboard.press('Enter');
    await expectSecondCopyHidden(page, false);
    await expectControlLabel(page, false);
    expect(await pageShowsText(page, 'Hide')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('NEWSLENS-CONTROL');

    await page.keyboard.press(' ');
    await expectSecondCopyHidden(page, true);
    await expectControlLabel(page, true);

    // A pointer click on the control, at its position on screen.
    const host = await page.$('newslens-control');
    const box = await host!.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
    await page.mouse.click(box!.x + 20, box!.y + box!.height / 2);
    await expectSecondCopyHidden(page, false);
    await expectControlLabel(page, false);
    await closeOpened();
  });

  test('the popup summarises the repeat, toggles it, and restores the page exactly', async () => {
    const page = await open('/seed?snapshot');
    await waitForControl(page);
    const snapshot = await pageSnapshot(page);
    expect(snapshot.hadExtensionMarkup).toBe(false);
    expect(await currentDom(page)).not.toEqual({ outerHTML: snapshot.outerHTML, textNodes: snapshot.textNodes });

    const popup = await suite.session.openPopup(page);
    suite.track(popup);
    expect(await popup.$eval('[data-testid=repeat-summary]', (el) => el.textContent)).toBe(SUMMARY);

    await clickPopupButton(popup, 'Show');
    await eventually(() => expectSecondCopyHidden(page, false));
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Hide'));
    await expectControlLabel(page, false);

    await clickPopupButton(popup, 'Hide');
    await eventually(() => expectSecondCopyHidden(page, true));
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Show'));
    await expectControlLabel(page, true);

    // Shown state through the page's own control, then restore from the popup.
    await clickPopupButton(popup, 'Show');
    await eventually(() => expectSecondCopyHidden(page, false));
    await clickPopupButton(popup, 'Restore the original page');
    await popup.waitForFunction(() => document.querySelector('main')?.innerText.includes('The page is back as it was.'));
    expect(await page.$('newslens-control, newslens-repeat')).toBeNull();
    // Exactly the DOM the server sent: same markup, and split text nodes joined again.
    const restored = await currentDom(page);
    expect(restored.textNodes).toBe(snapshot.textNodes);
    expect(restored.outerHTML).toBe(snapshot.outerHTML);
    await closeOpened();
  });

  test('frames, shadow roots, editable regions and text fields are left alone while the page rewrites itself; restore is exact', async () => {
    const page = await open('/pages/islands.html?snapshot');
    await waitForControl(page);
    // Islands: what each holds, as markup or value, and whether any NewsLens mark or element is in it.
    const islands = () =>
      page.evaluate(() => {
        const frame = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
        const shadow = document.getElementById('shadow-host')!.shadowRoot!;
        const editor = document.getElementById('editor')!;
        const draft = document.getElementById('draft') as HTMLTextAreaElement;
        const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
        const marked: string[] = [];
        for (const [, highlight] of registry) {
          for (const range of highlight) {
            const node = range.startContainer;
            if (editor.contains(node)) marked.push('editor');
            if (node.getRootNode() === shadow) marked.push('shadow');
            if (node.ownerDocument === frame) marked.push('frame');
          }
        }
        return {
          frame: frame.body.innerHTML,
          frameOwn: frame.querySelectorAll('newslens-repeat, newslens-control').length,
          shadow: shadow.innerHTML,
          editor: editor.innerHTML,
          draft: draft.value,
          marked,
        };
      });
    const before = await islands();
    expect(before.frame).toContain('Council members said');
    expect(before.frameOwn).toBe(0);
    expect(before.shadow).not.toContain('newslens');
    expect(before.editor).not.toContain('newslens');
    expect(before.marked).toEqual([]);
    // The live list (the page's own rewriting) is done after 1.5 s; the repeat stays collapsed.
    await page.waitForFunction(() => document.querySelectorAll('#live li').length >= 30, { timeout: 10_000 });
    await eventually(async () => expect(await page.$$eval('newslens-repeat', (w) => w.map((x) => x.textContent).join('|'))).toContain('The budget also funds'));
    // Exactly the second copy is hidden: three paragraphs inside the story, nothing else.
    const hidden = await page.$$eval('newslens-repeat', (wrappers) => wrappers.flatMap((w) => [...w.querySelectorAll('p')].map((p) => p.textContent.slice(0, 20))));
    expect(hidden).toEqual(['Council members said', 'Mayor Helen Park tol', 'The budget also fund']);
    expect(await page.$$eval('#story newslens-repeat', (w) => w.length)).toBeGreaterThan(0);
    expect(await islands()).toEqual(before);

    const popup = await suite.session.openPopup(page);
    suite.track(popup);
    await clickPopupButton(popup, 'Restore the original page');
    await popup.waitForFunction(() => document.querySelector('main')?.innerText.includes('The page is back as it was.'));
    const snapshot = await pageSnapshot(page);
    expect(snapshot.hadExtensionMarkup).toBe(false);
    // The DOM as the server sent it, but for the page's own live list (emptied on both sides).
    const restored = await page.evaluate((sent: string) => {
      const withoutLive = (html: string) => html.replace(/<ul id="live">[\s\S]*?<\/ul>/, '<ul id="live"></ul>');
      return { same: withoutLive(document.documentElement.outerHTML) === withoutLive(sent), own: document.querySelectorAll('newslens-repeat, newslens-control').length };
    }, snapshot.outerHTML);
    expect(restored).toEqual({ same: true, own: 0 });
    expect(await islands()).toEqual(before);
    await closeOpened();
  });

  test('a page without an article is left untouched and the popup says so', async () => {
    const page = await open('/pages/no-article.html?snapshot');
    const popup = await suite.session.openPopup(page); // the popup waits for the content script's answer
    suite.track(popup);
    expect(await popupText(popup)).toContain('This page does not look like an article.');
    const snapshot = await pageSnapshot(page);
    expect(snapshot.hadExtensionMarkup).toBe(false);
    expect(await currentDom(page)).toEqual({ outerHTML: snapshot.outerHTML, textNodes: snapshot.textNodes });
    await closeOpened();
  });

  test('the popup on a page the content script does not run on says so', async () => {
    for (const url of ['about:blank', 'data:text/html,<title>data</title><p>Not a web page.</p>']) {
      const page = await suite.session.newPage();
      suite.track(page);
      await page.goto(url);
      const popup = await suite.session.openPopup(page);
      suite.track(popup);
      expect(await popupText(popup), url).toContain('NewsLens does not run on this page.');
      await closeOpened();
    }
  });

  test('copies the page hides (a print layer, a narrow-screen variant) are not read: nothing collapses', async () => {
    const page = await open('/pages/hidden-copies.html');
    // The page's own CSS hides both copies of the story at this viewport: were they read,
    // the story would be printed three times and copies 2 and 3 collapsed.
    const layers = () =>
      page.evaluate(() => {
        const textOf = (selector: string) => document.querySelector(selector)!.textContent.replace(/\s+/g, ' ').trim();
        const displayOf = (selector: string) => getComputedStyle(document.querySelector(selector)!).display;
        return {
          wide: matchMedia('(min-width: 641px)').matches,
          sameText: textOf('.print-only') === textOf('#story') && textOf('.mobile-body') === textOf('#story'),
          display: ['#story', '.print-only', '.mobile-body'].map(displayOf),
        };
      });
    expect(await layers()).toEqual({ wide: true, sameText: true, display: ['block', 'none', 'none'] });

    // The popup waits for the content script's answer: the article was read, with no repeat.
    const popup = await suite.session.openPopup(page);
    suite.track(popup);
    expect(await popupText(popup)).toContain('No repeated sections on this page.');
    expect(await page.$$eval('newslens-control, newslens-repeat', (own) => own.length)).toBe(0);
    // The story is shown in full; the copies stay as the page hid them.
    const { sentences } = await sentencesOf(page, '#story');
    expect(sentences).toHaveLength(4);
    expect(sentences.filter((s) => s.visible !== 'all').map((s) => s.text)).toEqual([]);
    expect(await layers()).toEqual({ wide: true, sameText: true, display: ['block', 'none', 'none'] });
    await closeOpened();
  });

  test('no request leaves 127.0.0.1 and the extension makes none', async () => {
    // Exercise the extension once more so this test stands on its own, then check the whole run.
    const page = await open('/seed');
    await waitForControl(page);
    const popup = await suite.session.openPopup(page);
    suite.track(popup);
    await clickPopupButton(popup, 'Show');
    await eventually(() => expectSecondCopyHidden(page, false));
    await closeOpened();

    const { requests, extensionOrigin, proxy } = suite.session;
    // The recording works: the page loads were seen (and in Chromium, whose CDP reports
    // extension resource loads, the popup's own script; Firefox's BiDi does not report those).
    expect(requests.some((r) => r.context === 'page' && r.url === `${suite.server.origin}/seed`)).toBe(true);
    if (kind === 'chromium') expect(requests.some((r) => r.context === 'extension-page' && r.url === `${extensionOrigin}/popup.js`)).toBe(true);
    // Web pages talk to the fixture server only (about:blank and data: load nothing).
    const pageRequests = requests.filter((r) => r.context === 'page').map((r) => r.url);
    expect(pageRequests.filter((url) => !url.startsWith(suite.server.origin + '/') && !/^(about|data):/.test(url))).toEqual([]);
    // Extension contexts load their own packaged files and nothing else.
    const extensionRequests = requests.filter((r) => r.context !== 'page').map((r) => r.url);
    expect(extensionRequests.filter((url) => !url.startsWith(extensionOrigin + '/'))).toEqual([]);
    // The fixture server saw only the pages the tests asked for (no beacons, no extension fetches).
    expect(suite.server.served.filter((path) => !/^\/(seed|pages\/(no-article|islands|hidden-copies)\.html)(\?snapshot)?$/.test(path) && path !== '/favicon.ico')).toEqual([]);
    // And nothing in the browser — page, extension or browser — tried to reach another host,
    // beyond the browser's own services that it contacts with no extension installed.
    expect(proxy.attempts.filter((attempt) => !BROWSER_OWN_TRAFFIC[kind].some((own) => own.test(attempt)))).toEqual([]);
  });
});
