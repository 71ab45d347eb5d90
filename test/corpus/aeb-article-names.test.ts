// Three Article Extraction Benchmark pages (../shared/data/aeb-dev) whose sidebars and teasers
// name people and organisations of other stories, in real Chromium and Firefox ESR with the
// built extension: every name the popup lists (Who: people, organisations) must come from the
// article itself, that is occur in the ground-truth article body or in the headline.
//
// Pages are served as aeb-chromium.test.ts serves them: from 127.0.0.1, page scripts forbidden
// by CSP. Requests for other hosts go to the harness's recording proxy, which refuses them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserKind, type FixtureServer, type Session, launchBrowser, startFixtureServer } from '../browser/harness';
import { startCorpusServer } from './aeb-server';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'aeb-dev');
if (!existsSync(DATA)) throw new Error(`${DATA} is missing: the corpus tests need ../shared beside the checkout.`);
const groundTruth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;

interface ChosenPage {
  sha: string;
  /** Why this page: where names of other stories sit on it. */
  why: string;
  /** Names the page prints outside the article (in those teasers), absent from the article body. */
  namesElsewhere: string[];
}

const PAGES: ChosenPage[] = [
  {
    sha: '680c2848e94a96f961a0964631de94ac572f83c45bfd0bec2deafa893bcfe15c',
    why: 'Digg, a review roundup of Google Stadia; its feed of other stories has teasers with descriptions naming politicians and celebrities',
    namesElsewhere: ['Mike Pence', 'Alexander Vindman', 'Bernie Sanders'],
  },
  {
    sha: '264dc3ae31249cb1f50c50986e0952a4708c2e705d18a2d8bf0e525da6e2b485',
    why: 'Twin Cities Pioneer Press, a Wild game report; its related-stories list has excerpts of Vikings and Wild stories naming other players and managers',
    namesElsewhere: ['Kirk Cousins', 'Stefon Diggs', 'Paul Fenton'],
  },
  {
    sha: '08f793762792bd252c75fb57544cdf506ffcc04785136cb87503f02364b82b56',
    why: "CBS Sports, an NFL story on the Browns–Steelers fight; its 'latest' box of other NFL headlines names Belichick and the AFC West",
    namesElsewhere: ['Belichick', 'AFC West'],
  },
];

/** How long one page may take to load and be analysed. */
const PAGE_TIMEOUT = 30_000;

/** What the popup shows of an analysed page: its heading and the names in Who. */
async function popupNames(popup: Page): Promise<{ headline: string; people: string[]; organizations: string[] }> {
  // The harness's openPopup waited for the content script's answer: analysed, or a state.
  const shown = await popup.evaluate(() => (document.querySelector('header h1') ? '' : (document.querySelector('main')?.textContent ?? '')));
  expect(shown, 'the popup shows an analysed page').toBe('');
  return popup.evaluate(() => {
    const names = (testId: string) => [...document.querySelectorAll(`[data-testid=${testId}] > li .name`)].map((name) => name.textContent ?? '');
    return { headline: document.querySelector('header h1')?.textContent ?? '', people: names('people'), organizations: names('organizations') };
  });
}

describe.each<BrowserKind>(['chromium', 'firefox'])('aeb-dev pages with other stories in their sidebars, in %s', (kind) => {
  let fixtures: FixtureServer;
  let corpus: { origin: string; close(): Promise<void> };
  let session: Session;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    corpus = await startCorpusServer(DATA);
    session = await launchBrowser(kind);
    // The site is 127.0.0.1 (any port): turning it on for the fixture server turns it on here.
    await session.alwaysRunOn(`${fixtures.origin}/pages/no-article.html`);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await corpus?.close();
    await fixtures?.close();
  });

  it.each(PAGES)('$sha: the popup names only people and organisations of the article', async ({ sha, why, namesElsewhere }) => {
    const { url, articleBody } = groundTruth[sha];
    const page = await session.newPage();
    try {
      page.setDefaultNavigationTimeout(PAGE_TIMEOUT);
      await page.goto(`${corpus.origin}/aeb/${sha}.html`, { waitUntil: 'load' });

      // The page does name others outside the article: a whole-page reading would list them.
      const pageText = await page.evaluate(() => document.body.innerText);
      for (const name of namesElsewhere) {
        expect(pageText, `${name} on the page`).toContain(name);
        expect(articleBody, `${name} not in the article`).not.toContain(name);
      }

      const popup = await session.openPopup(page);
      const { headline, people, organizations } = await popupNames(popup);
      await popup.close();
      console.log(`${kind} ${sha.slice(0, 12)} ${url}\n  why: ${why}\n  headline: ${headline}\n  people: ${people.join(', ')}\n  organisations: ${organizations.join(', ')}`);

      const article = `${articleBody}\n${headline}`.toLowerCase();
      const fromElsewhere = [...people, ...organizations].filter((name) => !article.includes(name.toLowerCase()));
      expect(fromElsewhere, 'names not in the article body or headline').toEqual([]);
      // Not vacuous: the article's own names are listed.
      expect(people.length + organizations.length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
