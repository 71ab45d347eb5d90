// Main-content extraction must not get worse: NewsLens's article text on every page of
// ../shared/data/aeb-dev (4-token shingle P/R/F1 against the ground truth, and entities the
// article never mentions) and of ../shared/data/extract-dev ("with" snippets found, "without"
// snippets kept out), scored as `npm run eval:extract` scores them (scripts/lib/extract-eval.ts),
// over both halves. Readability's figures are left to the eval script, to keep this test fast.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extractWithNewsLens,
  loadAebPages,
  loadExtractPages,
  noiseEntities,
  scoreShingles,
  scoreSnippets,
  sharedDataDir,
  summarizeShingles,
  summarizeSnippets,
} from '../../scripts/lib/extract-eval';

// Floors a little below the figures measured over all pages on 2026-12-02 (npm run
// eval:extract: aeb-dev P 0.932, R 0.971, F1 0.942, noise 4.7%; extract-dev with 0.921,
// without 0.915; precision and "without" raised after the reader's furniture changes of the
// same day: aeb-dev P 0.944, F1 0.950, extract-dev without 0.933; raised again after table
// cells and sub-headings were kept: aeb-dev P 0.948, R 0.982, F1 0.957, extract-dev with
// 0.934; on 2026-12-02 extract-dev with 0.939 after the wrapper-headline retry). The targets are
// F1 0.95 with P 0.93 and 0.92 for both snippet shares: raise these floors as the figures
// rise, never lower them to pass.
const AEB_MIN_MEAN_PRECISION = 0.94;
const AEB_MIN_MEAN_RECALL = 0.975;
const AEB_MIN_MEAN_F1 = 0.95;
/** An upper bound: the share of listed entities the article never mentions (target ≤ 5%). */
const AEB_MAX_NOISE_SHARE = 0.05;
const EXTRACT_MIN_WITH_FOUND = 0.935;
const EXTRACT_MIN_WITHOUT_EXCLUDED = 0.925;

if (!existsSync(sharedDataDir())) throw new Error(`${sharedDataDir()} is missing: the corpus tests need ../shared beside the checkout.`);

const share = (part: number, whole: number) => (whole ? part / whole : 0);

describe('extraction on aeb-dev', () => {
  it('keeps shingle precision, recall and F1, and few entities the article never mentions', () => {
    const pages = loadAebPages();
    const scores = [];
    let listed = 0;
    let noise = 0;
    for (const page of pages) {
      const extraction = extractWithNewsLens(page);
      expect(extraction.error, `${page.name} threw`).toBeUndefined();
      scores.push(scoreShingles(extraction.text, page.truth));
      const count = noiseEntities(extraction.analysis?.entities ?? [], page.truth);
      listed += count.listed;
      noise += count.noise.length;
    }
    const summary = summarizeShingles(scores);
    const noiseShare = share(noise, listed);
    console.log(
      `aeb-dev (${summary.pages} pages): P ${summary.precision.mean.toFixed(3)} R ${summary.recall.mean.toFixed(3)} ` +
        `F1 ${summary.f1.mean.toFixed(3)} (means) · noise entities ${noise}/${listed} = ${noiseShare.toFixed(3)}`,
    );
    expect(summary.pages).toBe(121);
    expect(summary.precision.mean).toBeGreaterThanOrEqual(AEB_MIN_MEAN_PRECISION);
    expect(summary.recall.mean).toBeGreaterThanOrEqual(AEB_MIN_MEAN_RECALL);
    expect(summary.f1.mean).toBeGreaterThanOrEqual(AEB_MIN_MEAN_F1);
    expect(noiseShare).toBeLessThanOrEqual(AEB_MAX_NOISE_SHARE);
  });
});

describe('extraction on extract-dev', () => {
  it('finds the "with" snippets and keeps the "without" snippets out', () => {
    const pages = loadExtractPages();
    const scores = pages.map((page) => {
      const extraction = extractWithNewsLens(page);
      expect(extraction.error, `${page.name} threw`).toBeUndefined();
      return scoreSnippets(extraction.text, page);
    });
    const summary = summarizeSnippets(scores);
    const withFound = share(summary.withFound, summary.withCount);
    const withoutExcluded = share(summary.withoutExcluded, summary.withoutCount);
    console.log(`extract-dev (${summary.pages} pages): with found ${withFound.toFixed(3)} · without excluded ${withoutExcluded.toFixed(3)} · pages passed ${summary.pagesPassed}`);
    expect(summary.pages).toBe(586);
    expect(withFound).toBeGreaterThanOrEqual(EXTRACT_MIN_WITH_FOUND);
    expect(withoutExcluded).toBeGreaterThanOrEqual(EXTRACT_MIN_WITHOUT_EXCLUDED);
  });
});
