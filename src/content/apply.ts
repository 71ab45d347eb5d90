// The content script's read-and-apply steps. The page's text is read in short steps on the
// page, analysed in the background (off the page's main thread), and the result applied
// here: entity marks, then one collapse per repeat. The benchmark (bench/) times the same
// steps, with the analysis in the page.
import type { ArticleInput } from '../core/analyze';
import { MAX_ARTICLE_CHARS } from '../core/limits';
import { readMetadata } from '../core/metadata';
import { readArticleTextInSteps, type ArticleText } from '../core/text/article-text';
import type { Analysis, EntityType } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { PageState } from '../shared/messages';
import { collapseRepeat, WRAPPER_TAG, type CollapsedRepeat } from './collapse';
import { attachEntityCard, type EntityCard } from './entity-card';
import { markEntities, mentionRangesInSteps, rangeOf, type EntityMarks } from './highlights';
import { uiStringsFor } from './ui-strings';

export interface AppliedPage {
  state: PageState;
  collapsed: CollapsedRepeat[];
  marks?: EntityMarks;
  card?: EntityCard;
  /** Ranges the popup may ask to reveal, keyed "start:end" (made before collapsing). */
  revealable: Map<string, Range>;
}

/** Elements the browser does not render: their text is not article text. */
export function isHidden(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return check ? !check.call(element, { visibilityProperty: true }) : false;
}

export const spanKey = (start: number, end: number) => `${start}:${end}`;

/** The entity types a user's settings show. */
function shownTypes(settings: Settings): Set<EntityType> {
  const shown = new Set<EntityType>();
  if (settings.show.people) shown.add('person');
  if (settings.show.organizations) shown.add('organization');
  if (settings.show.places) shown.add('place');
  if (settings.show.dates) shown.add('date');
  return shown;
}

/** Lets the page run (input, rendering) between two steps of our work. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs work written as a generator of steps, letting the page run between steps. */
export async function runInSteps<T>(steps: Generator<void, T>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToPage();
  }
}

/** Runs the same work at once (the benchmark, which times it). */
export function runNow<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Our collapse wrappers, read through (see ExtractOptions.transparentTags). */
const OWN_WRAPPERS: ReadonlySet<string> = new Set([WRAPPER_TAG.toUpperCase()]);

/**
 * Reads the page's article text the way the analysis sees it, in steps that let the page run
 * in between. Collapsed copies are read through, so the text is the same before and after
 * NewsLens applied its changes.
 */
export function readArticleInSteps(): Promise<ArticleText & { truncated: boolean }> {
  return runInSteps(readArticleTextInSteps(document.body ?? document, { isHidden, maxChars: MAX_ARTICLE_CHARS, transparentTags: OWN_WRAPPERS }));
}

/**
 * What the page watcher compares: the article text without boilerplate blocks (a ticking
 * clock in a widget is not the article changing).
 */
export function fingerprintOf(article: ArticleText & { truncated: boolean }): string {
  if (article.truncated) return `too-large:${article.text.length}`;
  return article.blocks
    .filter((block) => block.kind !== 'boilerplate')
    .map((block) => article.text.slice(block.start, block.end))
    .join('\n');
}

/**
 * The extension's way, before applying: read the article in steps, then have `analyse` (the
 * background) analyse it. Throws PageChangedError when the page changed under the analysis.
 */
export async function readAndAnalyse(analyse: (input: ArticleInput) => Promise<Analysis>): Promise<{ analysis: Analysis; article: ArticleText; fingerprint: string }> {
  const metadata = readMetadata(document);
  const article = await readArticleInSteps();
  const fingerprint = fingerprintOf(article);
  if (article.truncated) {
    const analysis: Analysis = { schema: 1, language: 'und', title: metadata.title, url: location.href, text: '', repeats: [], entities: [], agreements: [], skipped: 'too-large' };
    return { analysis, article: { text: '', blocks: [], pieces: [] }, fingerprint };
  }
  const analysis = await analyse({ text: article.text, blocks: article.blocks, ...metadata, url: location.href });
  const changed = (piece: ArticleText['pieces'][number]) => !piece.node.isConnected || piece.node.data.length < piece.nodeOffset + piece.length;
  if (article.pieces.some(changed)) throw new PageChangedError();
  return { analysis, article, fingerprint };
}

export class PageChangedError extends Error {
  constructor() {
    super('the page changed while it was analysed');
  }
}

/**
 * Applies an analysis to the page, in steps (run with runInSteps, or runNow): marks, then
 * collapses. Making thousands of mentions' ranges is split into steps.
 */
export function* applyAnalysisInSteps(analysis: Analysis, article: ArticleText, settings: Settings = DEFAULT_SETTINGS): Generator<void, AppliedPage> {
  if (analysis.skipped) {
    return {
      state: { status: 'skipped', reason: analysis.skipped, title: analysis.title, language: analysis.language },
      collapsed: [],
      revealable: new Map(),
    };
  }
  const strings = uiStringsFor(settings.uiLanguage === 'auto' ? navigator.language : settings.uiLanguage);
  // Ranges first: they are live, so they follow the text-node splits collapsing makes.
  const mentions = yield* mentionRangesInSteps(document, article, analysis.entities);
  const marks = markEntities(mentions, { types: shownTypes(settings), style: settings.highlightStyle });
  const revealable = new Map<string, Range>();
  for (const { span, range } of marks.mentions) revealable.set(spanKey(span.start, span.end), range);
  for (const span of evidenceSpans(analysis)) {
    const range = rangeOf(document, article, span);
    if (range) revealable.set(spanKey(span.start, span.end), range);
  }
  const collapsed: CollapsedRepeat[] = [];
  for (const repeat of settings.show.repeats ? analysis.repeats : []) {
    const result = collapseRepeat(document, article, repeat, strings);
    if (result) collapsed.push(result);
  }
  const card = marks.mentions.length > 0 ? attachEntityCard(document, marks, strings) : undefined;
  const state: PageState = { status: 'analysed', analysis, repeatsVisible: collapsed.length === 0, restored: false };
  return { state, collapsed, marks, card, revealable };
}

/** Undoes everything NewsLens did to the page, in reverse order. */
export function restorePage(page: AppliedPage): void {
  page.card?.remove();
  page.marks?.remove();
  for (const repeat of page.collapsed.reverse()) repeat.undo();
  page.collapsed = [];
  page.card = undefined;
  page.marks = undefined;
  page.revealable.clear();
}

function evidenceSpans(analysis: Analysis) {
  return [...analysis.agreements.map((a) => a.evidence), ...(analysis.events ?? []).map((e) => e.evidence)];
}
