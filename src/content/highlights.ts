// Entity marks through the CSS Custom Highlight API: one highlight per entity type, styled by
// content.css, so the page's DOM is never touched. Ranges are made before repeats are
// collapsed: live ranges follow the text-node splits that collapsing makes.
import { nodeSpansOf, type ArticleText } from '../core/text/article-text';
import type { Entity, EntityType, Span } from '../core/types';
import type { HighlightStyle } from '../shared/settings';

/** Highlight names: newslens-person … (tint), newslens-underline-person … (underline only). */
export function highlightName(type: EntityType, style: HighlightStyle): string {
  return style === 'underline' ? `newslens-underline-${type}` : `newslens-${type}`;
}

export interface MarkOptions {
  /** Entity types to mark; mentions of the others are kept only for the popup's links. */
  types: ReadonlySet<EntityType>;
  style: HighlightStyle;
}
const FLASH_HIGHLIGHT = 'newslens-flash';

export interface MarkedMention {
  range: Range;
  entity: Entity;
  /** Where the mention is in the analysis text. */
  span: Span;
}

export interface EntityMarks {
  /** Mentions in document order. */
  mentions: MarkedMention[];
  /** The mention under a point in the text, if any. */
  mentionAt(node: Node, offset: number): MarkedMention | undefined;
  setVisible(visible: boolean): void;
  remove(): void;
}

const TYPES: EntityType[] = ['person', 'organization', 'place', 'date'];

/** Whether this browser can mark text without touching the DOM. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function rangeOf(doc: Document, article: ArticleText, span: Span): Range | undefined {
  const spans = nodeSpansOf(article, span.start, span.end);
  if (spans.length === 0) return undefined;
  const range = doc.createRange();
  range.setStart(spans[0].node, spans[0].start);
  const last = spans[spans.length - 1];
  range.setEnd(last.node, last.end);
  return range;
}

/** Mentions whose ranges are made between two pauses of mentionRanges. */
const RANGES_PER_STEP = 500;

/**
 * A DOM Range for every mention, in steps (the generator pauses every RANGES_PER_STEP) so a
 * page with thousands of mentions is not one long task. Made before collapsing: ranges are
 * live and follow the text-node splits collapsing makes.
 */
export function* mentionRangesInSteps(doc: Document, article: ArticleText, entities: Entity[]): Generator<void, MarkedMention[]> {
  const mentions: MarkedMention[] = [];
  let made = 0;
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const range = rangeOf(doc, article, mention);
      if (range) mentions.push({ range, entity, span: mention });
      if (++made % RANGES_PER_STEP === 0) yield;
    }
  }
  return mentions;
}

export function markEntities(mentions: MarkedMention[], options: MarkOptions): EntityMarks {
  // Document order. The article text is read in document order, so text offsets are in
  // document order too: comparing numbers is the same order as comparing the ranges' starts
  // (Range.compareBoundaryPoints), without a DOM call per comparison (~160 ms of one long task
  // on the generated 5 MB page in a profile; see `npm run bench`, section 4).
  mentions.sort((a, b) => a.span.start - b.span.start);

  const highlights = new Set<string>();
  let visible = false;
  const show = () => {
    visible = true;
    if (!highlightsSupported()) return;
    for (const type of TYPES) {
      if (!options.types.has(type)) continue;
      const ranges = mentions.filter((m) => m.entity.type === type).map((m) => m.range);
      if (ranges.length === 0) continue;
      const name = highlightName(type, options.style);
      CSS.highlights.set(name, new Highlight(...ranges));
      highlights.add(name);
    }
  };
  const hide = () => {
    visible = false;
    for (const name of highlights) CSS.highlights.delete(name);
    highlights.clear();
  };
  show();

  return {
    mentions,
    mentionAt(node, offset) {
      if (!visible) return undefined;
      // Few mentions per page: a scan is simpler than an index and fast enough per hover.
      for (const mention of mentions) {
        if (!options.types.has(mention.entity.type)) continue;
        if (mention.range.comparePoint(node, offset) === 0 && !mention.range.collapsed) return mention;
      }
      return undefined;
    },
    setVisible(visible) {
      hide();
      if (visible) show();
    },
    remove: hide,
  };
}

/** Scrolls to a range and flashes it three times, to show where a popup item comes from. */
export function revealRange(range: Range): void {
  const element = range.startContainer.parentElement;
  const view = range.startContainer.ownerDocument?.defaultView;
  const rect = range.getBoundingClientRect();
  if (view && rect.height > 0 && (!element || element.getBoundingClientRect().height > view.innerHeight)) {
    // The text's element is taller than the window (text nodes between <br>s straight in the
    // article body, as on the seed page): centring the element would leave the mention off
    // screen, so centre the mention itself.
    view.scrollBy({ top: rect.top - (view.innerHeight - rect.height) / 2, behavior: 'smooth' });
  } else {
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  if (!highlightsSupported()) return;
  let flashes = 0;
  const toggle = () => {
    if (flashes % 2 === 0) CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(range));
    else CSS.highlights.delete(FLASH_HIGHLIGHT);
    if (++flashes < 6) setTimeout(toggle, 350);
  };
  toggle();
}
