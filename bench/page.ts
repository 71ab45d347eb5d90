// Page-side half of the benchmark, bundled by bench/run.mjs into one IIFE and evaluated in
// each page. Every measurement is timed with performance.now() inside the page, so puppeteer's
// round trips are never counted. Each function leaves the DOM as it found it.
import { Readability } from '@mozilla/readability';
import { MAX_ARTICLE_CHARS } from '../src/core/analyze';
import { recognize } from '../src/core/entities/index';
import { detectLanguage } from '../src/core/language';
import { readArticleHints, readMetadata } from '../src/core/metadata';
import { chooseArticle } from '../src/core/text/choose-article';
import { readingRoot } from '../src/core/text/read-article';
import { findRepeats } from '../src/core/repeats';
import { extractArticleText } from '../src/core/text/article-text';
import { segmentSentences } from '../src/core/text/segment';
import type { Span } from '../src/core/types';
import { findAgreements, findTimeline } from '../src/core/agreements/index';
import { applyAnalysisInSteps, restorePage, type AppliedPage } from '../src/content/apply';
import { isHidden } from '../src/content/read';
import { runNow } from '../src/core/steps';
import { analyzeDocument } from '../src/core/analyze';
import { packAnalysis, packSpans, unpackSpanArraysInSteps } from '../src/shared/packed-analysis';

/**
 * What the extension does for a page, in one go on this thread: read the article, analyse it
 * (in the extension this part runs in the background, off the page's thread), apply it.
 */
function analyseAndApply(): AppliedPage {
  const { analysis, article } = analyzeDocument(document, { url: location.href, isHidden });
  // The background packs the analysis, the content script unpacks it (src/shared/packed-analysis.ts).
  return runNow(applyAnalysisInSteps({ analysis: packAnalysis(analysis), article }));
}
import { collapseRepeat, type CollapsedRepeat } from '../src/content/collapse';
import { attachEntityCard } from '../src/content/entity-card';
import { markEntities } from '../src/content/highlights';
import { uiStringsFor } from '../src/content/ui-strings';

// No forced garbage collection between calls: a full GC before each call made every figure
// slower and noisier (it discards warm code and caches), and the median of several runs
// already absorbs a collection that lands in one of them.

/** (a) What the content script does on the page: analyse, then collapse every repeat. */
function newslens(): { ms: number; status: string; repeats: number; collapsed: number; entities: number; chars: number } {
  const t0 = performance.now();
  const page = analyseAndApply();
  const ms = performance.now() - t0;
  const collapsedCount = page.collapsed.length;
  restorePage(page); // outside the timing: repeated runs start from the same DOM
  const state = page.state;
  const analysis = state.status === 'analysed' ? state.analysis : undefined;
  return {
    ms,
    status: state.status === 'skipped' ? `skipped:${state.reason}` : state.status,
    repeats: analysis?.repeats.length ?? 0,
    collapsed: collapsedCount,
    entities: analysis?.entities.length ?? 0,
    chars: analysis?.text.length ?? 0,
  };
}

/** (b) Mozilla Readability, the way Firefox Reader View runs it: on a clone of the document. */
function readability(): { ms: number; chars: number } {
  const t0 = performance.now();
  const result = new Readability(document.cloneNode(true) as Document).parse();
  const ms = performance.now() - t0;
  return { ms, chars: result?.textContent?.length ?? 0 };
}

/**
 * (c) The floor: one TreeWalker pass over every text node, summing lengths. It is well under a
 * millisecond on most pages, below the page clock's resolution, so it is repeated until 5 ms
 * have passed and the time of one pass reported.
 */
function treeWalker(): { ms: number; chars: number } {
  let passes = 0;
  let chars = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    chars = 0;
    while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
    passes++;
    elapsed = performance.now() - t0;
  } while (elapsed < 5);
  return { ms: elapsed / passes, chars };
}

/** The page clock's resolution: 5 µs when the page is cross-origin isolated, 100 µs if not. */
function clockResolution(): { isolated: boolean; tickMs: number } {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    let t1 = t0;
    while (t1 === t0) t1 = performance.now();
    smallest = Math.min(smallest, t1 - t0);
  }
  return { isolated: globalThis.crossOriginIsolated === true, tickMs: smallest };
}

/**
 * (a) again, step by step, to see where the time goes ("read page text" + "choose article" is the
 * extraction). Mirrors readArticleInSteps, analyzeDocument/analyzeArticle
 * (src/core/analyze.ts) and applyAnalysisInSteps (src/content/apply.ts) as of this writing; small
 * glue (the "is it an article" check, the byline affiliation) is left out, so the steps sum
 * to about (a). If those files gain a step, add it here too.
 */
function split(): Record<string, number> {
  const times: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = (times[name] ?? 0) + now - t;
    t = now;
  };
  const metadata = readMetadata(document);
  lap('metadata');
  // The computed-style visibility test is counted apart from the walk it is called from.
  let hiddenMs = 0;
  const timedIsHidden = (element: Element) => {
    const s = performance.now();
    const hidden = isHidden(element);
    hiddenMs += performance.now() - s;
    return hidden;
  };
  t = performance.now();
  const pageText = extractArticleText(readingRoot(document), { maxChars: MAX_ARTICLE_CHARS, isHidden: timedIsHidden });
  lap('read page text');
  times['read page text'] -= hiddenMs;
  times['  of which isHidden'] = hiddenMs;
  const article = chooseArticle(pageText, readArticleHints(document)) ?? { text: '', blocks: [], pieces: [] };
  lap('choose article');
  const { text, blocks } = article;
  const language = detectLanguage(text, metadata.declaredLanguage);
  lap('language');
  const sentences = segmentSentences(text, blocks);
  lap('segment');
  const repeats = findRepeats(text, sentences, blocks);
  lap('repeats');
  const excluded: Span[] = [
    ...repeats.map(({ start, end }) => ({ start, end })),
    ...blocks.filter((block) => block.kind === 'boilerplate'),
  ].sort((x, y) => x.start - y.start);
  const entities = recognize({ text, sentences, excluded, published: metadata.published, known: [] }, language);
  lap('entities');
  const agreementContext = { language, published: metadata.published, excluded };
  const agreements = findAgreements(text, sentences, entities, agreementContext);
  findTimeline(text, sentences, entities, agreements, agreementContext);
  lap('agreements');
  const strings = uiStringsFor(navigator.language);
  const collapsed: CollapsedRepeat[] = [];
  for (const repeat of repeats) {
    const result = collapseRepeat(document, article, repeat, strings);
    if (result) collapsed.push(result);
  }
  lap('collapse');
  // Packed by the background, unpacked by the content script (src/shared/packed-analysis.ts).
  const marked = entities.map(({ mentions, ...entity }) => ({ entity, mentions: runNow(unpackSpanArraysInSteps(packSpans(mentions))) }));
  const marks = markEntities(document, article, marked, { types: new Set(['person', 'organization', 'place', 'date'] as const), style: 'tint' });
  lap('mark entities');
  const card = marks.count > 0 ? attachEntityCard(document, marks, strings) : undefined;
  lap('card');
  const page: AppliedPage = { state: { status: 'error', message: '' }, collapsed, marks, card };
  restorePage(page);
  return times;
}

/** Serialised body, to check that a run really left the DOM as it was. */
function snapshot(): string {
  return document.documentElement.outerHTML;
}

(globalThis as Record<string, unknown>).__newslensBench = { newslens, readability, treeWalker, split, snapshot, clockResolution };
