// Pages with no article, end to end in real Chromium and Firefox ESR: the popup says the page
// does not look like an article and marks nothing, and "Analyse the whole page" reads it all
// when the user asks, for that page only.
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { type BrowserKind, type HighlightWindow, currentDom, eventually, pageSnapshot, useBrowserSuite } from './harness';

const TEASERS = '/pages/teasers.html';
const NO_ARTICLE = 'This page does not look like an article.';
const WHOLE_PAGE_BUTTON = '[data-testid=analyse-whole-page]';
/** What NewsLens adds to a page: collapses, their control, the hover card. */
const OWN_ELEMENTS = 'newslens-repeat, newslens-control, newslens-card';

interface StorageApi {
  storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
}

const popupText = (popup: Page) => popup.evaluate(() => document.querySelector('main')?.innerText ?? '');

/** The text of every range of every newslens-* entity highlight on the page. */
function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['person', 'organization', 'place', 'date'].flatMap((type) => (globalThis as HighlightWindow).newslensRanges(`newslens-${type}`).map((range) => range.toString())),
  );
}

const ownElements = (page: Page) => page.evaluate((selector: string) => document.querySelectorAll(selector).length, OWN_ELEMENTS);

/** The page is exactly as served: no element of ours, no highlight, the DOM the page built. */
async function expectUntouched(page: Page): Promise<void> {
  const snapshot = await pageSnapshot(page);
  expect(snapshot.hadExtensionMarkup).toBe(false);
  expect(await currentDom(page)).toEqual({ outerHTML: snapshot.outerHTML, textNodes: snapshot.textNodes });
  expect(await markedTexts(page)).toEqual([]);
  expect(await ownElements(page)).toBe(0);
}

describe.each<BrowserKind>(['chromium', 'firefox'])('%s', (kind) => {
  const suite = useBrowserSuite(kind);
  const { open, closeOpened } = suite;

  async function openPopup(page: Page): Promise<Page> {
    const popup = suite.track(await suite.session.openPopup(page)); // waits for the content script's answer
    // Chromium delivers no input to a background tab.
    await popup.bringToFront();
    return popup;
  }

  test('a home page of teasers: the popup says it is not an article, offers the whole page, and nothing is marked', async () => {
    const page = await open(`${TEASERS}?snapshot`);
    const popup = await openPopup(page);
    expect(await popupText(popup)).toContain(NO_ARTICLE);
    expect(await popup.$eval(WHOLE_PAGE_BUTTON, (button) => button.textContent)).toBe('Analyse the whole page');
    expect(await popup.$('[data-testid=people]')).toBeNull();
    await expectUntouched(page);
    await closeOpened();
  });

  test('"Analyse the whole page" reads the teasers: the popup lists their names and the page marks them', async () => {
    const page = await open(TEASERS);
    const popup = await openPopup(page);
    await popup.click(WHOLE_PAGE_BUTTON);
    await popup.waitForSelector('[data-testid=people]', { timeout: 15_000 });
    expect(await popupText(popup)).not.toContain(NO_ARTICLE);
    // The page has no headline of its own: the heading is its title.
    expect(await popup.$eval('header h1', (h1) => h1.textContent)).toBe('The Riverside Courier — Home');
    const people = await popup.$$eval('[data-testid=people] > li .name', (names) => names.map((name) => name.textContent));
    expect(people).toEqual(expect.arrayContaining(['Daniel Okafor', 'Maria Santos']));
    await eventually(async () => expect(await markedTexts(page)).toEqual(expect.arrayContaining(['Daniel Okafor', 'Maria Santos'])));
    await closeOpened();
  });

  test('the whole page is read for that page only: loaded again, it is not an article again', async () => {
    const page = await open(`${TEASERS}?snapshot`);
    const popup = await openPopup(page);
    await popup.click(WHOLE_PAGE_BUTTON);
    await popup.waitForSelector('[data-testid=people]', { timeout: 15_000 });
    await popup.close();

    await page.reload();
    const again = await openPopup(page);
    expect(await popupText(again)).toContain(NO_ARTICLE);
    await expectUntouched(page);
    await closeOpened();
  });

  test('a page with too little text even as a whole: the popup says so after trying, and nothing is marked', async () => {
    const page = await open('/pages/no-article.html?snapshot');
    const popup = await openPopup(page);
    await popup.click(WHOLE_PAGE_BUTTON);
    // The popup cannot tell "still reading" from "read, nothing found" before its wait ends (15 s).
    await popup.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Even the whole page has too little text'), { polling: 200, timeout: 25_000 });
    expect(await popup.$(WHOLE_PAGE_BUTTON)).toBeNull();
    expect(await popupText(popup)).toContain(NO_ARTICLE);
    await expectUntouched(page);
    await closeOpened();
  });

  test('the Korean popup offers 페이지 전체 분석', async () => {
    await suite.session.extensionEval(async () => {
      const api = (globalThis as unknown as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome;
      await api.storage.sync.set({ settings: { uiLanguage: 'ko' } });
    });
    try {
      const page = await open(TEASERS);
      const popup = await openPopup(page);
      expect(await popupText(popup)).toContain('이 페이지는 기사가 아닌 것 같습니다.');
      expect(await popup.$eval(WHOLE_PAGE_BUTTON, (button) => button.textContent)).toBe('페이지 전체 분석');
    } finally {
      // Back to the default (English UI), even when this test fails.
      await suite.session.extensionEval(async () => {
        const api = (globalThis as unknown as { browser?: StorageApi }).browser ?? (globalThis as unknown as { chrome: StorageApi }).chrome;
        await api.storage.sync.remove('settings');
      });
      await closeOpened();
    }
  });
});
