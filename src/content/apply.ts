// The content script's analyse-and-apply step, on its own so that the benchmark (bench/) times
// exactly what the extension runs on a page: analyzeDocument with a computed-style visibility
// test, then one collapse per repeat.
import { analyzeDocument } from '../core/analyze';
import type { PageState } from '../shared/messages';
import { collapseRepeat, type CollapsedRepeat } from './collapse';
import { uiStringsFor } from './ui-strings';

export interface AppliedPage {
  state: PageState;
  collapsed: CollapsedRepeat[];
}

/** Elements the browser does not render: their text is not article text. */
export function isHidden(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return check ? !check.call(element, { visibilityProperty: true }) : false;
}

export function analyseAndApply(): AppliedPage {
  const { analysis, article } = analyzeDocument(document, { url: location.href, isHidden });
  if (analysis.skipped) {
    return {
      state: { status: 'skipped', reason: analysis.skipped, title: analysis.title, language: analysis.language },
      collapsed: [],
    };
  }
  const strings = uiStringsFor(navigator.language);
  const collapsed: CollapsedRepeat[] = [];
  for (const repeat of analysis.repeats) {
    const result = collapseRepeat(document, article, repeat, strings);
    if (result) collapsed.push(result);
  }
  return { state: { status: 'analysed', analysis, repeatsVisible: false, restored: false }, collapsed };
}
