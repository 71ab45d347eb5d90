// The content script's analyse-and-apply step, on its own so that the benchmark (bench/) times
// exactly what the extension runs on a page: analyzeDocument with a computed-style visibility
// test, entity marks, then one collapse per repeat.
import { analyzeDocument } from '../core/analyze';
import type { Analysis, EntityType, KnownEntity } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { PageState } from '../shared/messages';
import { collapseRepeat, type CollapsedRepeat } from './collapse';
import { attachEntityCard, type EntityCard } from './entity-card';
import { markEntities, rangeOf, type EntityMarks } from './highlights';
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

export function analyseAndApply(known: KnownEntity[] = [], settings: Settings = DEFAULT_SETTINGS): AppliedPage {
  const { analysis, article } = analyzeDocument(document, { url: location.href, isHidden, known });
  if (analysis.skipped) {
    return {
      state: { status: 'skipped', reason: analysis.skipped, title: analysis.title, language: analysis.language },
      collapsed: [],
      revealable: new Map(),
    };
  }
  const strings = uiStringsFor(settings.uiLanguage === 'auto' ? navigator.language : settings.uiLanguage);
  // Ranges first: they are live, so they follow the text-node splits collapsing makes.
  const marks = markEntities(document, article, analysis.entities, { types: shownTypes(settings), style: settings.highlightStyle });
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
