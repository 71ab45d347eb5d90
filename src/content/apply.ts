// The content script's read-and-apply steps. The page's text is read in short steps on the
// page, analysed in the background (off the page's main thread), and the result applied
// here: one collapse per repeat, then entity marks. The benchmark (bench/) times the same
// steps, with the analysis in the page.
import type { ArticleInput } from '../core/analyze';
import { MAX_ARTICLE_CHARS } from '../core/limits';
import { readPageMetadata } from '../core/metadata';
import type { ArticleHints } from '../core/text/choose-article';
import { nodeSpansOf, readArticleTextInSteps, type ArticleText, type PageText } from '../core/text/article-text';
import { articleInputOf, readArticleInSteps as readArticleFromPage, readingRoot, type ArticleRead } from '../core/text/read-article';
import type { Analysis, EntityType, Span } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { PageState } from '../shared/messages';
import { packAnalysis, unpackSpanArraysInSteps, type PackedAnalysis } from '../shared/packed-analysis';
import { collapseRepeat, WRAPPER_TAG, type CollapsedRepeat } from './collapse';
import { attachEntityCard, type EntityCard } from './entity-card';
import { markEntities, rangeOf, revealRange, type EntityMarks, type MarkedEntity } from './highlights';
import { uiStringsFor } from './ui-strings';

export interface AppliedPage {
  state: PageState;
  collapsed: CollapsedRepeat[];
  marks?: EntityMarks;
  card?: EntityCard;
  /** The article as marked: what the popup's links are shown from (see revealSpan). */
  article?: ArticleText;
}

/** Whether an element's own style hides it (whatever its ancestors do): see ExtractOptions.isHiddenByItself. */
export function isHiddenByItself(element: Element): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse');
}

/** Elements the browser does not render: their text is not article text. */
export function isHidden(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return check ? !check.call(element, { visibilityProperty: true }) : false;
}

/** The entity types a user's settings show. */
function shownTypes(settings: Settings): Set<EntityType> {
  const shown = new Set<EntityType>();
  if (settings.show.people) shown.add('person');
  if (settings.show.organizations) shown.add('organization');
  if (settings.show.places) shown.add('place');
  if (settings.show.dates) shown.add('date');
  return shown;
}

/** Lets the page run (input, rendering) between two stretches of our work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How long one stretch of steps may run before the page gets its turn: well under the 50 ms
 * of a long task, leaving room for a step that overruns and for the page's own work.
 */
const STRETCH_MS = 10;

/**
 * Runs work written as a generator of short steps, letting the page run whenever a stretch of
 * steps has taken STRETCH_MS. `during` wraps each stretch (the page watcher pauses itself
 * around our DOM edits, and sees the page's own edits between stretches).
 */
export async function runInSteps<T>(steps: Generator<void, T>, during: <R>(stretch: () => R) => R = (stretch) => stretch()): Promise<T> {
  for (;;) {
    const step = during(() => {
      const started = performance.now();
      for (;;) {
        const next = steps.next();
        if (next.done || performance.now() - started >= STRETCH_MS) return next;
      }
    });
    if (step.done) return step.value;
    await yieldToPage();
  }
}


/** Our collapse wrappers, read through (see ExtractOptions.transparentTags). */
const OWN_WRAPPERS: ReadonlySet<string> = new Set([WRAPPER_TAG.toUpperCase()]);

/**
 * Reads the page's article the way the analysis sees it, in steps that let the page run in
 * between. Collapsed copies are read through, so the text is the same before and after
 * NewsLens applied its changes. `fingerprint` (of the whole page's text, so that an article
 * that appears later is noticed) is what the page watcher compares.
 */
export async function readArticleInSteps(options: { wholePage?: boolean; hints?: ArticleHints } = {}): Promise<ArticleRead & { fingerprint: string }> {
  const article = await runInSteps(readArticleFromPage(document, { isHidden, isHiddenByItself, maxChars: MAX_ARTICLE_CHARS, transparentTags: OWN_WRAPPERS, ...options }));
  return { ...article, fingerprint: await runInSteps(fingerprintInSteps(article.page)) };
}

/** The fingerprint readArticleInSteps gives, without choosing the article (for the page watcher). */
export async function readPageFingerprint(): Promise<string> {
  const page = await runInSteps(readArticleTextInSteps(readingRoot(document), { isHidden, isHiddenByItself, maxChars: MAX_ARTICLE_CHARS, transparentTags: OWN_WRAPPERS }));
  return runInSteps(fingerprintInSteps(page));
}

/** Characters hashed between two pauses of fingerprintInSteps. */
const CHARS_PER_STEP = 50_000;

/**
 * A fingerprint of the article text without boilerplate blocks (a ticking clock in a widget
 * is not the article changing): two 32-bit hashes and the length, so a 5 MB page is not kept
 * twice to be compared.
 */
function* fingerprintInSteps(article: PageText): Generator<void, string> {
  if (article.truncated) return `too-large:${article.text.length}`;
  const { text } = article;
  let h1 = 0x811c9dc5;
  let h2 = 0x27d4eb2f;
  let length = 0;
  let sinceStep = 0;
  for (const block of article.blocks) {
    if (block.kind === 'boilerplate') continue;
    for (let i = block.start; i <= block.end; i++) {
      const code = i < block.end ? text.charCodeAt(i) : 10; // "\n" between blocks
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    length += block.end - block.start + 1;
    sinceStep += block.end - block.start;
    if (sinceStep >= CHARS_PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${length}`;
}

/** Text pieces checked between two pauses of stillInPage. */
const PIECES_PER_STEP = 5000;

/** Whether every text node the article was read from still holds its text (in steps). */
function* stillInPage(article: ArticleText): Generator<void, boolean> {
  const { pieces } = article;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    if (!piece.node.isConnected || piece.node.data.length < piece.nodeOffset + piece.length) return false;
    if (p % PIECES_PER_STEP === PIECES_PER_STEP - 1) yield;
  }
  return true;
}

/**
 * The extension's way, before applying: read the article in steps, then have `analyse` (the
 * background) analyse it. Throws PageChangedError when the page changed under the analysis.
 * The background answers without the text it was sent (a 5 MB answer is a long task to
 * receive); it is put back here.
 */
export async function readAndAnalyse(analyse: (input: ArticleInput) => Promise<PackedAnalysis>, options: { wholePage?: boolean } = {}): Promise<Analysed> {
  const { metadata, hints } = readPageMetadata(document);
  const article = await readArticleInSteps({ ...options, hints });
  const { fingerprint } = article;
  if (article.truncated) {
    const analysis: Analysis = { schema: 1, language: 'und', title: metadata.title, url: location.href, text: '', repeats: [], entities: [], agreements: [], skipped: 'too-large' };
    return { analysis: packAnalysis(analysis), article: { text: '', blocks: [], pieces: [] }, fingerprint };
  }
  const analysis = { ...(await analyse(articleInputOf(article, metadata, location.href))), text: article.text };
  const { text, blocks, pieces } = article;
  if (!(await runInSteps(stillInPage(article)))) throw new PageChangedError();
  return { analysis, article: { text, blocks, pieces }, fingerprint };
}

export interface Analysed {
  /** Packed, as the background sends it and the popup is sent it, with the article text. */
  analysis: PackedAnalysis;
  article: ArticleText;
  fingerprint: string;
}

export class PageChangedError extends Error {
  constructor() {
    super('the page changed while it was analysed');
  }
}

/**
 * Applies an analysis to the page, in steps (run with runInSteps, or runNow): collapses
 * first, while the page has none of our ranges, then marks. Making thousands of mentions'
 * ranges is split into steps.
 */
export function* applyAnalysisInSteps({ analysis, article }: Omit<Analysed, 'fingerprint'>, settings: Settings = DEFAULT_SETTINGS): Generator<void, AppliedPage> {
  if (analysis.skipped) {
    return {
      state: { status: 'skipped', reason: analysis.skipped, title: analysis.title, language: analysis.language },
      collapsed: [],
    };
  }
  const strings = uiStringsFor(settings.uiLanguage === 'auto' ? navigator.language : settings.uiLanguage);
  // Decoded before the page is touched: a malformed answer changes nothing.
  const entities: MarkedEntity[] = [];
  for (const { mentions, ...entity } of analysis.entities) entities.push({ entity, mentions: yield* unpackSpanArraysInSteps(mentions) });
  const collapsed: CollapsedRepeat[] = [];
  try {
    for (const repeat of settings.show.repeats ? analysis.repeats : []) {
      // The page runs between steps: its text may have changed since it was read.
      if (!isStillInPage(article, repeat)) throw new PageChangedError();
      const result = collapseRepeat(document, article, repeat, strings);
      if (result) collapsed.push(result);
      yield;
    }
  } catch (error) {
    // Nothing half-done stays on the page: what was collapsed is undone, in reverse.
    for (const repeat of collapsed.reverse()) repeat.undo();
    throw error;
  }
  const marks = markEntities(document, article, entities, { types: shownTypes(settings), style: settings.highlightStyle });
  yield;
  const card = marks.count > 0 ? attachEntityCard(document, marks, strings) : undefined;
  const state: PageState = { status: 'analysed', analysis, repeatsVisible: collapsed.length === 0, restored: false };
  return { state, collapsed, marks, card, article };
}

/** Whether the text nodes a span of the article was read from still hold that text. */
function isStillInPage(article: ArticleText, span: Span): boolean {
  return nodeSpansOf(article, span.start, span.end).every(({ node, end }) => node.isConnected && node.data.length >= end);
}

/** Scrolls to a span of the analysis text (a mention, an evidence sentence) and flashes it. */
export function revealSpan(page: AppliedPage, span: Span): void {
  const range = page.article && rangeOf(page.article, span);
  if (range) revealRange(document, range);
}

/** Undoes everything NewsLens did to the page, in reverse order. */
export function restorePage(page: AppliedPage): void {
  page.card?.remove();
  page.marks?.remove();
  for (const repeat of page.collapsed.reverse()) repeat.undo();
  page.collapsed = [];
  page.card = undefined;
  page.marks = undefined;
  // Undo joined the text nodes collapsing split: the article's map no longer holds.
  page.article = undefined;
}
