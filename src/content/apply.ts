// Apply: an analysis put on the page, in steps (one collapse per repeat, then entity marks and
// their hover card), and taken off again exactly. The benchmark (bench/) times the same steps.
import type { Steps } from '../core/steps';
import { nodeSpansOf, type ArticleText } from '../core/text/article-text';
import type { EntityType, Span } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { PageState } from '../shared/messages';
import { unpackSpanArraysInSteps } from '../shared/packed-analysis';
import { PageChangedError, type Analysed } from './analyse';
import { collapseRepeat, type CollapsedRepeat } from './collapse';
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

/** The entity types a user's settings show. */
function shownTypes(settings: Settings): Set<EntityType> {
  const shown = new Set<EntityType>();
  if (settings.show.people) shown.add('person');
  if (settings.show.organizations) shown.add('organization');
  if (settings.show.places) shown.add('place');
  if (settings.show.dates) shown.add('date');
  return shown;
}

/**
 * Applies an analysis to the page, in steps (run with runInSteps, or runNow): collapses
 * first, while the page has none of our ranges, then marks. Making thousands of mentions'
 * ranges is split into steps.
 */
export function* applyAnalysisInSteps({ analysis, article }: Omit<Analysed, 'fingerprint'>, settings: Settings = DEFAULT_SETTINGS): Steps<AppliedPage> {
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
