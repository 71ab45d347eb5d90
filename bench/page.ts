// Page-side half of the benchmark, bundled by bench/run.mjs into one IIFE and evaluated in
// each page. Every measurement is timed with performance.now() inside the page, so puppeteer's
// round trips are never counted. Each function leaves the DOM as it found it.
import { Readability } from '@mozilla/readability';
import { agreementsOf, analyzeDocument, entitiesOf, repeatsOf, sentencesOf } from '../src/core/analyze';
import { readPageMetadata } from '../src/core/metadata';
import { runNow } from '../src/core/steps';
import { summarize } from '../src/core/summary';
import { articleInputOf, extractArticleInSteps, readPageInSteps } from '../src/core/text/read-article';
import type { Analysis } from '../src/core/types';
import { applyAnalysisInSteps, restorePage, type AppliedPage } from '../src/content/apply';
import { isHidden } from '../src/content/read';
import { packAnalysis } from '../src/shared/packed-analysis';

/**
 * What the extension does for a page, in one go on this thread: read the article, analyse it
 * (in the extension this part runs in the background, off the page's thread), apply it.
 */
function analyseAndApply(): AppliedPage {
  const { analysis, article } = analyzeDocument(document, { url: location.href, isHidden });
  // The background packs the analysis, the content script unpacks it (src/shared/packed-analysis.ts).
  return runNow(applyAnalysisInSteps({ analysis: packAnalysis(analysis), article }));
}

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
  return { isolated: globalThis.crossOriginIsolated, tickMs: smallest };
}

/**
 * (a) again, stage by stage, to see where the time goes: the same functions the extension
 * runs, in the same order (analyzeDocument → analyzeArticle in src/core/analyze.ts, then
 * applyAnalysisInSteps in src/content/apply.ts), each timed on its own. "read page text" and
 * "choose article" are the extraction; "pack" runs in the background, "apply" on the page,
 * "summary" in the popup (it is not part of (a)).
 */
function split(): Record<string, number> {
  const times: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = (times[name] ?? 0) + now - t;
    t = now;
  };
  const { metadata, hints } = readPageMetadata(document);
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
  const page = runNow(readPageInSteps(document, { isHidden: timedIsHidden }));
  lap('read page text');
  times['read page text'] -= hiddenMs;
  times['  of which isHidden'] = hiddenMs;
  const read = runNow(extractArticleInSteps(document, page, { hints }));
  const input = articleInputOf(read, metadata, location.href);
  lap('choose article');
  const sentenced = sentencesOf(input);
  lap('language, sentences');
  const { repeats, excluded } = repeatsOf(sentenced);
  lap('repeats');
  const entities = entitiesOf(sentenced, excluded, input, []);
  lap('entities');
  const { agreements, events } = agreementsOf(sentenced, entities, excluded);
  lap('agreements');
  const analysis: Analysis = { schema: 1, language: sentenced.language, title: input.title, url: input.url, text: input.text, repeats, entities, agreements, events };
  const packed = packAnalysis(analysis);
  lap('pack');
  const applied = runNow(applyAnalysisInSteps({ analysis: packed, article: { text: read.text, blocks: read.blocks, pieces: read.pieces } }));
  lap('apply');
  summarize(analysis);
  lap('summary');
  restorePage(applied);
  return times;
}

/** Serialised body, to check that a run really left the DOM as it was. */
function snapshot(): string {
  return document.documentElement.outerHTML;
}

(globalThis as Record<string, unknown>).__newslensBench = { newslens, readability, treeWalker, split, snapshot, clockResolution };
