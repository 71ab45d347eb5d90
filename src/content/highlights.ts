// Entity marks through the CSS Custom Highlight API: one highlight per entity type, styled by
// content.css, so the page's DOM is never touched. Marks are StaticRanges made from the
// article map after repeats are collapsed (collapsing keeps the map true: see followSplit): a
// document updates every live Range it has on every DOM change, which with thousands of marks
// turned the page's own edits, and our collapsing, into long tasks.
import { nodeSpansOf, type ArticleText } from '../core/text/article-text';
import type { Entity, EntityType, Span } from '../core/types';
import type { SpanArrays } from '../shared/packed-analysis';
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

/**
 * Up to this many marks are all registered at once. Past it, only the marks around what is
 * on screen are: the browser re-validates every registered range on each frame after a DOM
 * change, ~130 ms for 50,000 ranges in Chromium (see `npm run bench`, section 4), and a range
 * per mention for the whole page was most of the page's added memory.
 */
const ALL_MARKS_UP_TO = 2000;
/** Text marked before the first frame tells what is on screen: the article's start. */
const FIRST_WINDOW_CHARS = 20_000;
/** Text marked beyond each edge of the screen, at least; else one screenful of text. */
const MIN_MARGIN_CHARS = 2000;
/** At most this many marks at a time (a zoomed-out page): those nearest the screen's middle. */
const MOST_MARKS = 4000;

/** An entity and where it is mentioned, as the content script keeps them. */
export interface MarkedEntity {
  entity: Omit<Entity, 'mentions'>;
  /** Sorted by start; offsets into the article text. */
  mentions: SpanArrays;
}

/** A mention currently marked on the page. */
export interface MarkedMention {
  range: StaticRange;
  entity: MarkedEntity;
}

export interface EntityMarks {
  /** Mentions of the shown entity types on the page (marked or not, when windowed). */
  count: number;
  /** The marked mention at a point in the text, if any. */
  mentionAt(node: Node, offset: number): MarkedMention | undefined;
  setVisible(visible: boolean): void;
  remove(): void;
}

const TYPES: EntityType[] = ['person', 'organization', 'place', 'date'];

/** Whether this browser can mark text without touching the DOM. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function rangeOf(article: ArticleText, span: Span): StaticRange | undefined {
  const spans = nodeSpansOf(article, span.start, span.end);
  if (spans.length === 0) return undefined;
  const last = spans[spans.length - 1];
  return new StaticRange({ startContainer: spans[0].node, startOffset: spans[0].start, endContainer: last.node, endOffset: last.end });
}

/** A live Range for the moment (layout, comparisons); undefined if the page changed the text. */
export function liveRange(doc: Document, range: AbstractRange): Range | undefined {
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return undefined;
  }
}

/** The text position under a point of the viewport, in both browsers' APIs. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  type CaretDocument = Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const caretDoc = doc as CaretDocument;
  if (caretDoc.caretPositionFromPoint) {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  // Chromium before 128 has only the deprecated caretRangeFromPoint.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Index of the first value in a sorted array that is >= `value`. */
function lowerBound(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The article text offset of a DOM position, or -1: a binary search over the article's text
 * pieces (document order) by comparing DOM positions.
 */
function textOffsetOf(doc: Document, article: ArticleText, node: Node, offset: number): number {
  const probe = doc.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return -1;
  }
  const { pieces } = article;
  // The last piece that starts at or before the position.
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    let after: boolean;
    try {
      after = probe.comparePoint(pieces[mid].node, pieces[mid].nodeOffset) > 0;
    } catch {
      after = false; // a node the page took out of the document
    }
    if (after) high = mid;
    else low = mid + 1;
  }
  // Only a position in the article's own text counts: a sticky header, a cookie bar or an
  // image under the probe says nothing about which part of the article is on screen.
  const before = pieces[low - 1];
  if (before?.node === node) return before.textStart + Math.min(Math.max(offset - before.nodeOffset, 0), before.length);
  if (pieces[low]?.node === node) return pieces[low].textStart;
  return -1;
}

/**
 * Marks the mentions of `entities` whose types `options` shows. With more than
 * ALL_MARKS_UP_TO of them, ranges exist only for the text around the screen, renewed as the
 * page scrolls; shown mentions are always on screen, so hover and reveal are unchanged.
 */
export function markEntities(doc: Document, article: ArticleText, entities: MarkedEntity[], options: MarkOptions): EntityMarks {
  const shown = entities.filter((e) => options.types.has(e.entity.type));
  const count = shown.reduce((sum, e) => sum + e.mentions.starts.length, 0);
  const windowed = count > ALL_MARKS_UP_TO;
  const view = doc.defaultView;

  const registered = new Set<string>();
  /** The marked text, [from, to) in the article text, and its mentions, when visible. */
  let marksWindow: { from: number; to: number } | undefined;
  let marked: MarkedMention[] = [];
  let byNode: Map<Node, MarkedMention[]> | undefined;
  const register = (from: number, to: number) => {
    marksWindow = { from, to };
    byNode = undefined;
    marked = [];
    for (const { entity, start, end } of mentionsBetween(shown, from, Math.min(to, article.text.length), to)) {
      const range = rangeOf(article, { start, end });
      if (range) marked.push({ range, entity });
    }
    if (highlightsSupported()) paintHighlights(marked, options.style, registered);
  };

  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = () => {
    timer = undefined;
    const seen = textOnScreen(doc, article);
    if (!seen) return;
    const margin = Math.max(MIN_MARGIN_CHARS, seen.last - seen.first);
    const needed = { from: Math.max(0, seen.first - margin / 4), to: Math.min(article.text.length, seen.last + margin / 4) };
    if (marksWindow && marksWindow.from <= needed.from && marksWindow.to >= needed.to) return;
    register(Math.max(0, seen.first - margin), seen.last + margin);
  };
  // Looked at once the frame the scroll asked for is laid out and painted: a hit test before
  // that would force the layout itself (~80 ms on a 200,000-node page just after collapsing).
  const onScroll = () => {
    if (frame !== 0 || timer !== undefined || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(follow, 0);
    });
  };

  let visible = false;
  const show = () => {
    visible = true;
    if (!windowed) {
      register(0, Infinity);
      return;
    }
    register(0, FIRST_WINDOW_CHARS);
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    view?.addEventListener('resize', onScroll, { passive: true });
    onScroll();
  };
  const hide = () => {
    visible = false;
    doc.removeEventListener('scroll', onScroll, { capture: true });
    view?.removeEventListener('resize', onScroll);
    if (frame !== 0) view?.cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = 0;
    timer = undefined;
    marksWindow = undefined;
    marked = [];
    byNode = undefined;
    for (const name of registered) CSS.highlights.delete(name);
    registered.clear();
  };
  show();

  return {
    count,
    mentionAt(node, offset) {
      if (!visible) return undefined;
      byNode ??= byStartNode(marked);
      const contains = (mention: MarkedMention) => mentionContains(doc, mention, node, offset);
      return (byNode.get(node) ?? []).find(contains) ?? marked.find((m) => m.range.startContainer !== m.range.endContainer && contains(m));
    },
    setVisible(on) {
      hide();
      if (on) show();
    },
    remove: hide,
  };
}

/**
 * The mentions that start in [from, to) of the text; past MOST_MARKS of them, those nearest
 * the middle of [from, textEnd).
 */
function mentionsBetween(shown: MarkedEntity[], from: number, textEnd: number, to: number): Array<{ entity: MarkedEntity; start: number; end: number }> {
  let inWindow: Array<{ entity: MarkedEntity; start: number; end: number }> = [];
  for (const entity of shown) {
    const { starts, ends } = entity.mentions;
    for (let i = lowerBound(starts, from); i < starts.length && starts[i] < to; i++) inWindow.push({ entity, start: starts[i], end: ends[i] });
  }
  if (inWindow.length > MOST_MARKS) {
    const middle = (from + textEnd) / 2;
    inWindow = inWindow.sort((a, b) => Math.abs(a.start - middle) - Math.abs(b.start - middle)).slice(0, MOST_MARKS);
  }
  return inWindow;
}

/** Paints the marked mentions: one highlight per entity type, dropping the types with none now. */
function paintHighlights(marked: MarkedMention[], style: HighlightStyle, registered: Set<string>): void {
  for (const type of TYPES) {
    const name = highlightName(type, style);
    const highlight = new Highlight();
    // add() one by one: a spread of tens of thousands of arguments overflows the stack.
    for (const mention of marked) if (mention.entity.entity.type === type) highlight.add(mention.range);
    if (highlight.size > 0) {
      CSS.highlights.set(name, highlight);
      registered.add(name);
    } else if (registered.delete(name)) {
      CSS.highlights.delete(name);
    }
  }
}

/**
 * The article text on screen: between the text positions at the viewport's top and bottom
 * edges. Each edge is probed inwards and across the width until a probe lands in article text
 * (a probe is a hit test: a few ms on a 200,000-node page). Undefined when no article text is
 * on screen (the marks are then kept as they are).
 */
function textOnScreen(doc: Document, article: ArticleText): { first: number; last: number } | undefined {
  const view = doc.defaultView;
  if (!view) return undefined;
  const edge = (heights: number[]) => {
    for (const y of heights.map((f) => Math.max(1, Math.min(view.innerHeight - 2, view.innerHeight * f)))) {
      for (const x of [0.5, 0.3, 0.7].map((f) => view.innerWidth * f)) {
        const point = caretAt(doc, x, y);
        const at = point ? textOffsetOf(doc, article, point.node, point.offset) : -1;
        if (at >= 0) return at;
      }
    }
    return -1;
  };
  const top = edge([0, 0.2, 0.4]);
  const bottom = edge([1, 0.8, 0.6]);
  if (top < 0 && bottom < 0) return undefined;
  return { first: Math.min(top < 0 ? bottom : top, bottom < 0 ? top : bottom), last: Math.max(top, bottom) };
}

/** Marked mentions by the text node each starts in, for hover and caret lookups. */
function byStartNode(marked: MarkedMention[]): Map<Node, MarkedMention[]> {
  const map = new Map<Node, MarkedMention[]>();
  for (const mention of marked) {
    const list = map.get(mention.range.startContainer);
    if (list) list.push(mention);
    else map.set(mention.range.startContainer, [mention]);
  }
  return map;
}

/** Whether a DOM position lies in a mention; the few that span several nodes (<b>Kim</b> Jong-un) are compared as ranges. */
function mentionContains(doc: Document, mention: MarkedMention, node: Node, offset: number): boolean {
  const range = mention.range;
  if (range.collapsed) return false;
  if (range.startContainer === range.endContainer) return node === range.startContainer && offset >= range.startOffset && offset <= range.endOffset;
  return liveRange(doc, range)?.comparePoint(node, offset) === 0;
}

/** Scrolls to a range and flashes it three times, to show where a popup item comes from. */
export function revealRange(doc: Document, target: AbstractRange): void {
  const range = liveRange(doc, target);
  if (!range) return;
  const element = range.startContainer.parentElement;
  const view = doc.defaultView;
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
    if (flashes % 2 === 0) CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(target));
    else CSS.highlights.delete(FLASH_HIGHLIGHT);
    if (++flashes < 6) setTimeout(toggle, 350);
  };
  toggle();
}
