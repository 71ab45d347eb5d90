// The article text model: the readable text of a page as blocks (paragraphs and lines), with a
// map from every character back to the DOM text node it came from, so that what the core finds
// in plain text can be shown on the page again.
//
// It works on any DOM (the browser's, or linkedom in Node) and uses nothing but nodeType,
// tagName, attributes and childNodes, so the core stays free of browser APIs.
import hintData from '../lexicon/article-hints.json';
import { exceedsArticleLimit } from '../limits';
import { endsStep, runNow } from '../steps';
import type { Block } from '../types';

/** A stretch of `text` copied verbatim from one text node. */
export interface TextPiece {
  node: Text;
  /** Offset in node.data of the piece's first character. */
  nodeOffset: number;
  /** Offset in the article text of the piece's first character. */
  textStart: number;
  length: number;
}

export interface ArticleText {
  text: string;
  blocks: Block[];
  /** Sorted by textStart; the block separators ("\n") belong to no piece. */
  pieces: TextPiece[];
}

/**
 * The whole page's text as read, with what choosing the article needs about each block: the
 * innermost block element its text sits in, and how much of it is link text.
 */
export interface PageText extends ArticleText {
  truncated: boolean;
  /** Parallel to blocks: the innermost block-level element (or the root) holding the block. */
  owners: Element[];
  /** Parallel to blocks: characters of the block inside links. */
  linkChars: number[];
  /**
   * Parallel to blocks: the outermost element around the block whose class or id (or page
   * <header>/<footer>) calls it furniture, or null (boilerplate by its links is not counted).
   */
  furniture: (Element | null)[];
}

export interface ExtractOptions {
  /** Extra visibility test (the content script passes one that reads computed style). */
  isHidden?: (element: Element) => boolean;
  /**
   * Stop reading past this many characters; `truncated` tells the caller. By default, past
   * MAX_ARTICLE_CHARS (exceedsArticleLimit): a page too large to analyse is not read further.
   */
  maxChars?: number;
  /**
   * Elements read through as if they were not there, even when hidden or our own, and their
   * content as if it were shown (the page watcher reads collapsed copies inside
   * NEWSLENS-REPEAT wrappers this way, so our collapsing does not count as a change).
   */
  transparentTags?: ReadonlySet<string>;
  /**
   * The visibility test inside those elements, which hide what they hold: whether an element
   * is hidden by its own style, not by an ancestor's (a block the page hides inside a
   * collapsed copy stays out of the text, as it was when the copy was read before collapsing).
   */
  isHiddenByItself?: (element: Element) => boolean;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'LABEL',
  'NAV',
  'ASIDE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'DIALOG',
]);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
]);
const CAPTION_TAGS = new Set(['FIGCAPTION', 'CAPTION']);
/** Class or id words of captions and photo credits (caption-full, photo-credit, wp-caption-text). */
const CAPTION_HINT = /(?:^|[-_\s])(?:\w*caption\w*|credits?|cutline)(?:$|[-_\s])/i;
/**
 * Class or id words of page furniture around an article (article-hints.json's `furniture`,
 * after Readability's "unlikely candidates"): their text is boilerplate unless the name also
 * says it is the content. Whole words between -, _ and spaces.
 */
const BOILERPLATE_HINT = new RegExp(`(?:^|[-_\\s])(?:${hintData.furniture})(?:$|[-_\\s])`, 'i');
const CONTENT_HINT = /article|body|content|main|story|text/i;
/** Elements NewsLens itself puts in a page (controls, wrappers) are never article text. */
const OWN_ELEMENT_PREFIX = 'NEWSLENS-';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/**
 * Whether an element (its tag upper-cased: `tag`) and all it contains are outside the article
 * text. `attributes` are its attribute names: one DOM call, then a read of only the attributes
 * it has, not seven reads of attributes most elements lack.
 */
export function isSkippedElement(element: Element, tag = element.tagName.toUpperCase(), attributes: readonly string[] = element.getAttributeNames()): boolean {
  if (SKIPPED_TAGS.has(tag) || tag.startsWith(OWN_ELEMENT_PREFIX)) return true;
  for (const name of attributes) if (isSkippingAttribute(element, name)) return true;
  return false;
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether the element's attribute `name` puts it outside the article text (hidden, a menu's role, editable, hidden by its style). */
function isSkippingAttribute(element: Element, name: string): boolean {
  switch (name) {
    case 'hidden':
      return true;
    case 'aria-hidden':
      return element.getAttribute(name) === 'true';
    case 'role': {
      const role = element.getAttribute(name);
      return role !== null && SKIPPED_ROLES.has(role);
    }
    case 'contenteditable':
      return element.getAttribute(name) !== 'false';
    case 'style': {
      const style = element.getAttribute(name);
      return style !== null && HIDING_STYLE.test(style);
    }
    default:
      return false;
  }
}

/**
 * A <header>/<footer> of the page is chrome; inside an <article> it holds the title or byline.
 * Read as boilerplate, not skipped: some pages put their whole story inside a <header>, and
 * the article chooser reads boilerplate again when nothing else is found.
 */
function isPageChrome(tag: string, insideArticle: boolean): boolean {
  return (tag === 'HEADER' || tag === 'FOOTER') && !insideArticle;
}

type NameVerdict = 'caption' | 'furniture' | 'nothing';

/**
 * What an element's class and id say of it (`tag` is its tag, upper-cased; `attributes` its
 * attribute names). A page repeats the same few class names on thousands of elements (list items,
 * cards, links), and the hint expressions are the walk's dearest test after the style read, so
 * verdicts are remembered: an element with a class and no id (most named ones) by the class string
 * itself, which the browser hands out as one string to every element that shares it, so no names
 * string is built and hashed per element; one with an id by its class and id together.
 */
function elementNameSays(element: Element, tag: string, attributes: readonly string[] = element.getAttributeNames()): 'caption' | 'furniture' | undefined {
  // The page's own classes on <body>/<html> (single-post, tag-creditshelf) say nothing of one block.
  if (tag === 'BODY' || tag === 'HTML' || attributes.length === 0) return undefined;
  const className = attributes.includes('class') ? element.getAttribute('class') : null;
  const id = attributes.includes('id') ? element.getAttribute('id') : null;
  if (id === null && className === null) return undefined;
  const said = id === null ? remembered(classSaid, className ?? '', `${className} `) : remembered(namesSaid, `${className ?? ''} ${id}`);
  return said === 'nothing' ? undefined : said;
}

/** The verdict on `names`, remembered under `key` (the names themselves unless given). */
function remembered(memory: Map<string, NameVerdict>, key: string, names = key): NameVerdict {
  let said = memory.get(key);
  if (said === undefined) {
    said = names.length <= 1 ? 'nothing' : CAPTION_HINT.test(names) ? 'caption' : isFurnitureName(names) ? 'furniture' : 'nothing';
    if (memory.size >= MAX_NAMES_SAID) memory.clear();
    memory.set(key, said);
  }
  return said;
}

/** The verdicts of elements with a class and no id, by the class; of the others, by class and id.
 *  Shared by every walk: the verdicts depend on nothing but the names. */
const classSaid = new Map<string, NameVerdict>();
const namesSaid = new Map<string, NameVerdict>();
/** Enough for the distinct class names of a very large page; past it the memory starts again. */
const MAX_NAMES_SAID = 20_000;

/** Page furniture by its class or id (`elementNameSays`), for names already known not to be a caption's: read as boilerplate, which no fingerprint of the article includes. */
function isFurnitureName(names: string): boolean {
  if (names.length <= 1) return false;
  const own = ownNames(names);
  return BOILERPLATE_HINT.test(own) && !CONTENT_HINT.test(own);
}

/**
 * What each class or id says of the element itself, as words the hints can match: a CSS
 * module's hash goes (signupMessage___3ctJh), camelCase words are split (emailSignup: email
 * Signup), and in a BEM name (block__element) the part after the last "__" is kept
 * (article-body__newsletter is a newsletter box inside the article body).
 */
function ownNames(names: string): string {
  let own = names.includes('___') ? names.replace(CSS_MODULE_HASH, '') : names;
  if (own.includes('__')) own = own.replace(/\S*__/g, '');
  return CAMEL_CASE.test(own) ? own.replace(CAMEL_CASE_GLOBAL, '$1 $2') : own;
}

/** The hash a CSS-modules build appends to a class name (name___3ctJh). */
const CSS_MODULE_HASH = /___[\w-]{4,8}(?=\s|$)/g;
const CAMEL_CASE = /[a-z][A-Z]/;
const CAMEL_CASE_GLOBAL = /([a-z])([A-Z])/g;

/**
 * Whether a change at `node` leaves the article text as the watcher compares it: the node is
 * inside something the reader skips (navigation, scripts, our own elements …) or reads as
 * boilerplate (a ticker, a widget). Visibility from CSS is not asked: that needs layout.
 */
export function isOutsideArticleText(node: Node): boolean {
  const chain: Element[] = [];
  for (let element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement; element; element = element.parentElement) chain.push(element);
  let insideArticle = false;
  for (let i = chain.length - 1; i >= 0; i--) {
    const element = chain[i];
    const tag = element.tagName.toUpperCase();
    if (isSkippedElement(element, tag) || isPageChrome(tag, insideArticle)) return true;
    if (elementNameSays(element, tag) === 'furniture') return true;
    if (tag === 'ARTICLE' || tag === 'MAIN') insideArticle = true;
  }
  return false;
}

/**
 * Reads the article text of `root` in document order. Whitespace runs collapse to one space
 * as the browser renders them; every other character is copied verbatim (so `&nbsp;` and
 * full-width forms stay as written: matching normalises them, offsets stay true).
 */
export function extractArticleText(root: Node, options: ExtractOptions = {}): PageText {
  return runNow(readArticleTextInSteps(root, options));
}

/**
 * Nodes read between two pauses of readArticleTextInSteps. Small: a pause costs next to
 * nothing, and the caller (the content script's runInSteps) decides by the clock when to let
 * the page run, so a step must stay far below the 50 ms long-task threshold even on a slow
 * machine and on nodes holding long text.
 */
export const NODES_PER_STEP = 200;

/**
 * extractArticleText in steps: the generator pauses (yields) every NODES_PER_STEP nodes, so a
 * caller on a page's main thread can let the page run between steps (a page of 200,000 nodes
 * is read in many short steps instead of one long task). Its return value is the article text.
 */
export function* readArticleTextInSteps(root: Node, options: ExtractOptions = {}): Generator<void, PageText> {
  const { maxChars } = options;
  const writer = new PageTextWriter(maxChars === undefined ? exceedsArticleLimit : (chars: number) => chars > maxChars);
  // Iterative walk (deep pages must not overflow the stack) on two parallel stacks: the nodes
  // to read, and what each is read within (one context per element, shared by its children
  // rather than copied for each). A BLOCK_END entry closes the block opened by a block-level
  // element once its children have been read.
  const rootElement = (root.nodeType === ELEMENT_NODE ? root : ((root as Document).documentElement ?? root)) as Element;
  const nodes: Node[] = [root];
  const contexts: WalkContext[] = [{ inArticle: false, link: null, inCaption: false, furniture: null, inTransparent: false, owner: rootElement }];
  let visited = 0;
  while (nodes.length > 0 && !writer.truncated) {
    if (endsStep(visited++, NODES_PER_STEP)) yield;
    const node = nodes.pop() as Node;
    const context = contexts.pop() as WalkContext;
    if (context === BLOCK_END) {
      writer.endBlock();
      continue;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      writer.appendText(node as Text, context);
      continue;
    }
    let inner = context;
    if (type === ELEMENT_NODE) {
      const tag = (node as Element).tagName.toUpperCase();
      const opensBlock = BLOCK_TAGS.has(tag);
      // An empty inline element adds no text and splits no block: nothing of it is asked
      // (its visibility is a style read, the walk's dearest call).
      if (!opensBlock && node.firstChild === null) continue;
      const entered = enterElement(node as Element, tag, context, options);
      if (entered === undefined) continue;
      inner = entered;
      if (opensBlock) {
        writer.endBlock();
        nodes.push(node);
        contexts.push(BLOCK_END);
      }
    } else if (type !== DOCUMENT_NODE && type !== FRAGMENT_NODE) continue;
    // Last child first, so that the first is read first.
    for (let child = node.lastChild; child; child = child.previousSibling) {
      nodes.push(child);
      contexts.push(inner);
    }
  }
  writer.endBlock();
  return writer.result();
}

/**
 * What an element changes for the nodes inside it — link, caption, furniture, article, the
 * block's owner (`tag` is its tag, upper-cased) — or undefined when the reader skips it whole.
 * An element that changes nothing (most inline ones) passes its parent's context on, not a copy.
 */
function enterElement(element: Element, tag: string, context: WalkContext, options: ExtractOptions): WalkContext | undefined {
  let { inTransparent } = context;
  const attributes = element.getAttributeNames();
  if (options.transparentTags?.has(tag)) inTransparent = true;
  else if (isSkippedElement(element, tag, attributes) || (asksStyle(element, attributes) && (inTransparent ? options.isHiddenByItself : options.isHidden)?.(element)))
    return undefined;
  const owner = BLOCK_TAGS.has(tag) && tag !== 'BR' && tag !== 'HR' ? element : context.owner;
  const inArticle = context.inArticle || tag === 'ARTICLE' || tag === 'MAIN';
  const link = tag === 'A' ? element : context.link;
  let { inCaption, furniture } = context;
  if (CAPTION_TAGS.has(tag)) inCaption = true;
  const said = elementNameSays(element, tag, attributes);
  if (said === 'caption') inCaption = true;
  else if (!furniture && (said === 'furniture' || isPageChrome(tag, inArticle))) furniture = element;
  const same =
    inArticle === context.inArticle &&
    link === context.link &&
    inCaption === context.inCaption &&
    furniture === context.furniture &&
    inTransparent === context.inTransparent &&
    owner === context.owner;
  return same ? context : { inArticle, link, inCaption, furniture, inTransparent, owner };
}

/**
 * Whether the walk asks the element's style whether it is hidden (a style read, the walk's
 * dearest call). Not for an element without children (it holds no text; hidden or not, it only
 * ends a block), nor for one without attributes inside a shown parent: only a stylesheet rule
 * written for bare elements in that place could hide it (on 121 real pages, 2 of 7,500 such
 * elements were hidden, against 1 in 100 of the others), and a quarter of the reads are saved.
 */
function asksStyle(element: Element, attributes: readonly string[]): boolean {
  return attributes.length > 0 && element.firstChild !== null;
}

/** The page's text as it is read: its parts, blocks and pieces, and the block being written. */
class PageTextWriter {
  readonly parts: string[] = [];
  readonly blocks: Block[] = [];
  readonly pieces: TextPiece[] = [];
  readonly owners: Element[] = [];
  readonly linkChars: number[] = [];
  readonly furniture: (Element | null)[] = [];
  truncated = false;
  private length = 0;
  private blockStart = 0;
  private blockHasText = false;
  private blockOwner: Element | null = null;
  private blockFurniture: Element | null = null;
  private pendingSpace = false;
  private blockChars = 0;
  private blockLinkChars = 0;
  private blockIsCaption = false;
  private lastLink: Element | null = null;
  private lastPiece = '';

  constructor(private readonly tooLong: (chars: number) => boolean) {}

  endBlock(): void {
    // A block with text has its owner (set with blockHasText).
    if (!this.blockHasText || this.blockOwner === null) return;
    const kind = this.blockIsCaption ? 'caption' : this.blockFurniture || this.blockLinkChars * 2 > this.blockChars ? 'boilerplate' : 'text';
    this.blocks.push({ start: this.blockStart, end: this.length, kind });
    this.owners.push(this.blockOwner);
    this.linkChars.push(this.blockLinkChars);
    this.furniture.push(this.blockIsCaption ? null : this.blockFurniture);
    this.blockHasText = false;
    this.pendingSpace = false;
    this.blockChars = 0;
    this.blockLinkChars = 0;
    this.blockIsCaption = false;
    this.blockFurniture = null;
  }

  appendText(node: Text, context: WalkContext): void {
    const data = node.data;
    // A piece is found by the regular expression engine, not a loop over each character: the
    // walk often runs before the JIT has optimised it, where a loop costs far more per character.
    // One shared expression, its lastIndex reset: not a new RegExp object per text node.
    const pieces = PIECE;
    pieces.lastIndex = 0;
    let end = 0;
    for (let match = pieces.exec(data); match !== null && !this.truncated; match = pieces.exec(data)) {
      // The whitespace run before the piece collapses into at most one pending space.
      if (match.index > end && this.blockHasText) this.pendingSpace = true;
      this.appendPiece(node, match.index, match[0], context);
      end = pieces.lastIndex;
    }
    if (data.length > end && this.blockHasText) this.pendingSpace = true;
  }

  private appendPiece(node: Text, from: number, piece: string, { link, inCaption, furniture, owner }: WalkContext): void {
    // Links written one after another with nothing between (a list of tags or related stories
    // laid out by the stylesheet) are separate words: `Ilhan Omar` `Hillicon Valley`, not `OmarHillicon`.
    if (this.blockHasText && !this.pendingSpace && link !== this.lastLink && endsWithLetter(this.lastPiece) && isLetter(piece.charCodeAt(0))) this.pendingSpace = true;
    this.lastLink = link;
    if (!this.blockHasText) {
      if (this.blocks.length > 0 || this.length > 0) this.write('\n');
      this.blockStart = this.length;
      this.blockHasText = true;
      this.blockOwner = owner;
    } else if (this.pendingSpace) {
      // The space that separates words: mapped to nothing, like the block separator.
      this.write(' ');
    }
    this.pendingSpace = false;
    this.pieces.push({ node, nodeOffset: from, textStart: this.length, length: piece.length });
    this.lastPiece = piece;
    this.write(piece);
    this.blockChars += piece.length;
    if (link) this.blockLinkChars += piece.length;
    if (inCaption) this.blockIsCaption = true;
    this.blockFurniture ??= furniture;
    if (this.tooLong(this.length)) this.truncated = true;
  }

  private write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  result(): PageText {
    const { blocks, pieces, truncated, owners, linkChars, furniture } = this;
    return { text: this.parts.join(''), blocks, pieces, truncated, owners, linkChars, furniture };
  }
}

const isLetter = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xac00 && code <= 0xd7a3) || (code > 0xbf && /\p{L}/u.test(String.fromCharCode(code)));
const endsWithLetter = (piece: string) => piece.length > 0 && isLetter(piece.charCodeAt(piece.length - 1));

/**
 * A run of characters copied verbatim, up to a whitespace run the browser collapses (space,
 * tab, newline, carriage return, form feed; not &nbsp;). A lone space between two words
 * renders as itself, so it stays in the piece: a paragraph of prose is one piece, not one per
 * word (a 5 MB page had 800k).
 */
const PIECE = /[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*/g;

/** What the nodes inside an element are read within. */
interface WalkContext {
  inArticle: boolean;
  /** The innermost link around the node, if any. */
  link: Element | null;
  inCaption: boolean;
  /** The outermost element around the node that is furniture by its name (see PageText.furniture). */
  furniture: Element | null;
  /** Inside an element of options.transparentTags: visibility is asked of isHiddenByItself. */
  inTransparent: boolean;
  /** The innermost block-level element around the node (see PageText.owners). */
  owner: Element;
}

const BLOCK_END: WalkContext = {
  inArticle: false,
  link: null,
  inCaption: false,
  furniture: null,
  inTransparent: false,
  owner: null as unknown as Element,
};

/** A stretch of one text node: what a DOM Range boundary pair needs. */
export interface NodeSpan {
  node: Text;
  start: number;
  end: number;
}

/**
 * The text-node stretches that make up `text[start, end)`, in document order. Separators
 * (block breaks and collapsed spaces) belong to no node and are left out.
 */
export function nodeSpansOf(article: ArticleText, start: number, end: number): NodeSpan[] {
  const spans: NodeSpan[] = [];
  for (let p = firstPieceEndingAfter(article.pieces, start); p < article.pieces.length; p++) {
    const piece = article.pieces[p];
    if (piece.textStart >= end) break;
    const from = Math.max(start, piece.textStart) - piece.textStart;
    const to = Math.min(end, piece.textStart + piece.length) - piece.textStart;
    if (to > from) spans.push({ node: piece.node, start: piece.nodeOffset + from, end: piece.nodeOffset + to });
  }
  return spans;
}

/**
 * Follows `node.splitText(offset)`, which moved the node's text from `offset` on into `after`:
 * the pieces read from that text now point into `after` (a piece the split falls inside is cut
 * in two). The content script collapses repeats (which splits text nodes at their edges)
 * before it makes the marks' ranges, so the ranges need no DOM-tracking live Range objects.
 */
export function followSplit(article: ArticleText, node: Text, offset: number, after: Text): void {
  const pieces = article.pieces;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    if (piece.node !== node) continue;
    if (piece.nodeOffset >= offset) {
      pieces[p] = { ...piece, node: after, nodeOffset: piece.nodeOffset - offset };
    } else if (piece.nodeOffset + piece.length > offset) {
      const before = offset - piece.nodeOffset;
      pieces[p] = { ...piece, length: before };
      pieces.splice(p + 1, 0, { node: after, nodeOffset: 0, textStart: piece.textStart + before, length: piece.length - before });
      p++;
    }
  }
}

/** Binary search: index of the first piece whose end lies after `offset`. */
function firstPieceEndingAfter(pieces: TextPiece[], offset: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pieces[mid].textStart + pieces[mid].length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
