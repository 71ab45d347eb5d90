// Choosing the article: which blocks of a page's text are the story (standfirst, body, its
// captions and sub-headings; the headline is found and reported as its title) and which are
// the page around it (navigation, teasers of other stories, most-read lists, share bars,
// footers). A page whose best part is a list of linked headlines has no article.
//
// Layered, as strong extractors are (Readability.js's scoring, trafilatura's fallbacks):
// 1. the page's own word: the element whose text is the JSON-LD `articleBody`, or the element
//    marked `itemprop="articleBody"`;
// 2. otherwise Readability-style scoring: each paragraph scores for its text length and
//    commas, and passes its score to its container (whole), the container's parent (half)
//    and further ancestors (less); class/id hints and link density weigh each candidate; the
//    best container wins, and its siblings that read as part of the body join it;
// 3. sibling blocks that repeat the article's own paragraphs join it (a body printed twice by
//    a template bug is often a sibling of the first copy), so repeats stay found;
// 4. inside the chosen part, boilerplate blocks and lines (share bars, copyright, contact
//    e-mails, "related" links, widget labels, gallery copies of captions, captions that credit
//    their photo beside a body of prose) are left out;
// 5. the headline is taken out as the article's title, and a standfirst under it joins.
// Before all this, summaries between other stories' linked headlines are marked as teasers;
// and, as Readability does, a choice that trusted class names and found too little is tried
// again reading the furniture-named wrappers. Long passes pause every BLOCKS_PER_STEP blocks.
// It reads only the block list the reader made and the elements' tag, class and id: the same
// code runs on the live page and on linkedom.
import hintData from '../lexicon/article-hints.json';
import boilerplateData from '../lexicon/boilerplate.json';
import creditData from '../lexicon/credit-lines.json';
import type { ArticleInfo, Block } from '../types';
import type { ArticleText, PageText, TextPiece } from './article-text';
import { capHeadline } from '../limits';
import { endsStep, runNow } from '../steps';
import { isCreditLine } from './credit-lines';
import { matchKey } from './match-key';
import { weightOf } from './weight';

/** What the page says about its article beyond the markup's shape (see readArticleHints). */
export interface ArticleHints {
  /** The headline from Open Graph or JSON-LD. */
  headline?: string;
  /** schema.org NewsArticle/Article `articleBody` from JSON-LD. */
  jsonLdBody?: string;
  /** Elements marked `itemprop="articleBody"` (found by the page's own selector engine). */
  microdataBodies?: Element[];
}

export interface ChosenArticle extends ArticleText {
  info: Omit<ArticleInfo, 'chars'>;
}

const POSITIVE = new RegExp(hintData.positive, 'i');
const NEGATIVE = new RegExp(hintData.negative, 'i');
const STANDFIRST = new RegExp(hintData.standfirst, 'i');
/** Boilerplate lines (article-hints.json's `lines`) as one alternation: one pass of the regex engine per line, not one per pattern. */
const BOILERPLATE_LINE = new RegExp(hintData.lines.map((source) => `(?:${source})`).join('|'), 'iu');
/** A copyright notice opens with its sign or "Copyright 2022": boilerplate up to a credit line's length, rights and reprint terms included. */
const COPYRIGHT_NOTICE = new RegExp(hintData.copyrightNotice, 'iu');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A caption's credit: a credit mark (hintData.captionCredit) or a picture agency (credit-lines.json) named in it. */
const CAPTION_CREDIT = new RegExp(`${hintData.captionCredit}|(?:^|[\\s(\\[|/=-])(?:${creditData.agencies.map(escapeRegExp).join('|')})(?=$|[\\s)\\]|/,.])`, 'iu');
const BOILERPLATE_KEYS = new Set(boilerplateData.lines.map(matchKey));
/** A byline names the reporter (기자, correspondent, an e-mail): it is kept, never a label. */
const BYLINE = new RegExp(hintData.byline, 'iu');

/** A block scores as a paragraph from this many characters (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** How far up a paragraph's score is passed (Readability: 5 ancestors). */
const SCORED_ANCESTORS = 5;
/** Alternative candidates that must share an ancestor for it to win (Readability: 3). */
const MIN_SHARING_CANDIDATES = 3;
/** A JSON-LD body is trusted when the page's blocks hold at least this share of it. */
const MIN_JSON_LD_COVERAGE = 0.5;
/** The element chosen from JSON-LD holds this share of the matching text. */
const JSON_LD_ELEMENT_SHARE = 0.9;
/** Blocks before the body searched for its headline. */
const HEADLINE_WINDOW = 40;
/** A line this short without a sentence end may be a label (see isOrphanLabel). */
const MAX_LABEL_CHARS = 60;
/** The longest of boilerplate.json's lines ("story continues below advertisement") is shorter than this. */
const MAX_BOILERPLATE_KEY_LINE = 50;
/** Lines this short are checked against the boilerplate lines. */
const MAX_BOILERPLATE_LINE = 200;
/** Blocks this short are checked for a credit, follow or author line (credit-lines.ts; a follow line may run long). */
const MAX_CREDIT_LINE = 300;

interface Candidate {
  element: Element;
  /** Text and link characters of the element's non-boilerplate blocks. */
  chars: number;
  linkChars: number;
  /** Paragraph score passed up to it (Readability's contentScore), before link density. */
  score: number;
  scored: boolean;
}

/** Below this many characters, a choice made trusting class names is tried again without them. */
const MIN_STRICT_CHARS = 500;

/**
 * Chooses the article's blocks from a page's text; undefined when no part stands out. As in
 * Readability, a first try leaves out everything a class or id calls furniture; when that
 * leaves too little (a wrapper named "ad-margins" or "widget" around the whole story), the
 * second try reads those blocks too and keeps the longer result.
 */
export function chooseArticle(read: PageText, hints: ArticleHints = {}): ChosenArticle | undefined {
  return runNow(chooseArticleInSteps(read, hints));
}

/** Blocks handled between two pauses of chooseArticleInSteps (see NODES_PER_STEP in article-text.ts). */
const BLOCKS_PER_STEP = 500;

/** chooseArticle in steps: it pauses every BLOCKS_PER_STEP blocks of each pass, for the page's sake. */
export function* chooseArticleInSteps(read: PageText, hints: ArticleHints = {}): Generator<void, ChosenArticle | undefined> {
  const teasers = teaserSummaries(read);
  yield;
  const page = withKinds(read, (block, index) => (teasers.has(index) ? 'boilerplate' : isLinkedProse(read, index) ? 'text' : block.kind));
  yield;
  const strict = yield* chooseAmong(page, hints, teasers);
  const wrappers = furnitureWrappers(page);
  if (strict && strict.chars >= MIN_STRICT_CHARS && !headlineInWrapperOnly(page, strict, wrappers)) return yield* compactChoice(strict);
  const loose = yield* chooseAmong(
    withKinds(page, (block, index) => {
      const furniture = page.furniture[index];
      if (!furniture || !wrappers.has(furniture)) return block.kind;
      return page.linkChars[index] * 2 > block.end - block.start ? 'boilerplate' : 'text';
    }),
    hints,
    teasers,
  );
  const best = (loose?.chars ?? 0) > (strict?.chars ?? 0) ? loose : strict;
  return best && (yield* compactChoice(best));
}

/**
 * Whether the page's top heading (an <h1>) sits only inside a furniture-named wrapper that holds
 * much of the page's prose, none inside the strict choice: a theme that wraps the whole story in
 * "above-footer" left the strict choice a disclosure box beside it, so the wrapper is tried too.
 */
function headlineInWrapperOnly(page: PageText, strict: Choice, wrappers: Set<Element>): boolean {
  if (wrappers.size === 0 || strict.kept.some((index) => isTopHeading(page, index))) return false;
  return page.blocks.some((_, index) => isTopHeading(page, index) && wrappers.has(page.furniture[index] as Element));
}

const isTopHeading = (page: PageText, index: number) => page.owners[index].tagName.toUpperCase() === 'H1';

/** What one try chose: the blocks kept (of its view of the page) and where they came from. */
interface Choice {
  page: PageText;
  kept: number[];
  /** The length the article's text will have. */
  chars: number;
  info: ChosenArticle['info'];
}

/** The chosen blocks made into the article's text (once, for the try that won). */
function* compactChoice({ page, kept, info }: Choice): Generator<void, ChosenArticle> {
  return { ...(yield* compactInSteps(page, kept)), info };
}

/** The page with each block's kind as `kindOf` says. */
function withKinds(page: PageText, kindOf: (block: Block, index: number) => Block['kind']): PageText {
  return { ...page, blocks: page.blocks.map((block, index) => ({ ...block, kind: kindOf(block, index) })) };
}

/** A furniture-named element holding this share of the page's prose is a wrapper, not furniture. */
const MIN_WRAPPER_SHARE = 0.25;
/** Blocks this long count as prose when weighing wrappers (menus and link lists are short lines). */
const MIN_PROSE_BLOCK_CHARS = 80;

/** Furniture-named elements that hold a large share of the page's prose ("ad-margins" around it all). */
function furnitureWrappers(page: PageText): Set<Element> {
  const prose = new Map<Element, number>();
  let total = 0;
  page.blocks.forEach((block, index) => {
    const length = block.end - block.start;
    if (length < MIN_PROSE_BLOCK_CHARS || page.linkChars[index] * 2 > length) return;
    total += length;
    const furniture = page.furniture[index];
    if (furniture) prose.set(furniture, (prose.get(furniture) ?? 0) + length);
  });
  const wrappers = new Set<Element>();
  for (const [element, chars] of prose) if (chars >= total * MIN_WRAPPER_SHARE) wrappers.add(element);
  return wrappers;
}

function* chooseAmong(page: PageText, hints: ArticleHints, teasers: Set<number>): Generator<void, Choice | undefined> {
  const candidates = yield* measureCandidates(page);
  const fromSchema = yield* schemaArticleElement(page, candidates, hints);
  yield;
  const top = fromSchema ?? bestScoredCandidate(candidates);
  if (!top) return undefined;
  const chosen = fromSchema ? withLeadSiblings(fromSchema, candidates) : yield* withBodySiblings(top, candidates);
  yield;
  const inside = yield* blocksInside(page, chosen);
  yield* addRepeatingSiblings(page, chosen, inside);
  const headline = takeHeadline(page, inside, hints.headline) ?? hints.headline;
  yield;
  const kept = yield* withoutFurniture(page, inside);
  if (kept.length === 0 || (!fromSchema && isListOfStories(page, inside, kept, teasers))) return undefined;
  yield;
  const confidence = fromSchema ? 0.95 : scoredConfidence(top, candidates);
  yield;
  const chars = kept.reduce((sum, index) => sum + page.blocks[index].end - page.blocks[index].start, Math.max(0, kept.length - 1));
  return { page, kept, chars, info: { headline, source: fromSchema ? 'schema-org' : 'scored', confidence } };
}

/** A paragraph with this much text outside its links is prose with links, not a link box. */
const MIN_UNLINKED_PROSE_CHARS = 50;

/**
 * A paragraph of prose whose links make up half its text (names linked to their pages, a
 * hover card's text) is still prose, not a link box.
 */
function isLinkedProse(page: PageText, index: number): boolean {
  const block = page.blocks[index];
  const unlinked = block.end - block.start - page.linkChars[index];
  return block.kind === 'boilerplate' && !page.furniture[index] && unlinked >= MIN_UNLINKED_PROSE_CHARS && page.owners[index].tagName.toUpperCase() === 'P';
}

/** Every element that holds text, with its text and link characters and its paragraph score. */
function* measureCandidates(page: PageText): Generator<void, Map<Element, Candidate>> {
  const candidates = new Map<Element, Candidate>();
  const blocksPerOwner = new Map<Element, number>();
  for (const owner of page.owners) blocksPerOwner.set(owner, (blocksPerOwner.get(owner) ?? 0) + 1);
  for (let index = 0; index < page.blocks.length; index++) {
    if (endsStep(index, BLOCKS_PER_STEP)) yield;
    const block = page.blocks[index];
    if (block.kind === 'boilerplate') continue;
    const length = block.end - block.start;
    const owner = page.owners[index];
    for (let element: Element | null = owner; element; element = element.parentElement) {
      const candidate = candidateOf(candidates, element);
      candidate.chars += length;
      candidate.linkChars += page.linkChars[index];
    }
    if (block.kind !== 'text' || length < MIN_PARAGRAPH_CHARS) continue;
    // Text runs separated by <br> in one container are its paragraphs: the container is
    // their parent, as Readability makes such a <div> a <p>.
    const parent = (blocksPerOwner.get(owner) ?? 0) > 1 ? owner : owner.parentElement;
    passScoreUp(candidates, parent, paragraphScore(page.text.slice(block.start, block.end)));
  }
  return candidates;
}

function candidateOf(candidates: Map<Element, Candidate>, element: Element): Candidate {
  let candidate = candidates.get(element);
  if (!candidate) {
    candidate = { element, chars: 0, linkChars: 0, score: 0, scored: false };
    candidates.set(element, candidate);
  }
  return candidate;
}

function passScoreUp(candidates: Map<Element, Candidate>, first: Element | null, score: number): void {
  let level = 0;
  for (let element = first; element && level < SCORED_ANCESTORS; element = element.parentElement) {
    if (isDocumentLevel(element)) continue;
    const candidate = candidateOf(candidates, element);
    if (!candidate.scored) {
      candidate.score += initialScore(element);
      candidate.scored = true;
    }
    candidate.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    level++;
  }
}

/**
 * <body> and <html> are the page, never its article. Non-browser parsers keep a stray
 * <html><body> pasted inside the content (an ad snippet), so they are stepped over, not stopped at.
 */
function isDocumentLevel(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML';
}

/**
 * Readability's paragraph score: one point, one per comma, one per 100 characters (at most
 * three). A Hangul syllable or CJK character counts double, as in repeat detection: it
 * carries about as much as two Latin letters.
 */
export function paragraphScore(text: string): number {
  const commas = text.match(/[,，、]/g)?.length ?? 0;
  return 1 + commas + Math.min(3, Math.floor(weightOf(text) / 100));
}

const TAG_SCORES: Record<string, number> = {
  DIV: 5,
  ARTICLE: 5,
  MAIN: 5,
  SECTION: 3,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  TH: -5,
};

function initialScore(element: Element): number {
  return (TAG_SCORES[element.tagName.toUpperCase()] ?? 0) + hintScore(element);
}

/** Readability's class weight: ±25 for each of class and id that reads as content or furniture. */
export function hintScore(element: Element): number {
  let score = 0;
  for (const name of [element.getAttribute('class'), element.getAttribute('id')]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) score -= 25;
    if (POSITIVE.test(name)) score += 25;
  }
  return score;
}

const linkDensity = (candidate: Candidate) => (candidate.chars > 0 ? candidate.linkChars / candidate.chars : 0);
const finalScore = (candidate: Candidate) => candidate.score * (1 - linkDensity(candidate));

function bestScoredCandidate(candidates: Map<Element, Candidate>): Candidate | undefined {
  const ranked = [...candidates.values()].filter((c) => c.scored).sort((a, b) => finalScore(b) - finalScore(a));
  const best = ranked[0];
  if (!best) return undefined;
  return sharedAncestor(best, ranked.slice(1, 5), candidates) ?? climbToParent(best, candidates);
}

/**
 * When several strong candidates sit under one ancestor, the body is split over them (a
 * page of <p>-less divs, or paragraphs in sections): the ancestor is the article.
 */
function sharedAncestor(best: Candidate, others: Candidate[], candidates: Map<Element, Candidate>): Candidate | undefined {
  const strong = others.filter((c) => finalScore(c) >= finalScore(best) * 0.75).map((c) => c.element);
  if (strong.length < MIN_SHARING_CANDIDATES) return undefined;
  for (let element = best.element.parentElement; element; element = element.parentElement) {
    if (isDocumentLevel(element)) continue;
    if (strong.filter((other) => element.contains(other)).length >= MIN_SHARING_CANDIDATES) return candidates.get(element);
  }
  return undefined;
}

/** Readability: a parent that scores higher than its best child is the article. */
function climbToParent(best: Candidate, candidates: Map<Element, Candidate>): Candidate {
  let lastScore = best.score;
  const threshold = lastScore / 3;
  for (let element = best.element.parentElement; element; element = element.parentElement) {
    if (isDocumentLevel(element)) continue;
    const parent = candidates.get(element);
    if (!parent?.scored) continue;
    if (parent.score < threshold) break;
    if (parent.score > lastScore) return parent;
    lastScore = parent.score;
  }
  return best;
}

/**
 * The top candidate and its siblings that belong to the body (Readability's rule): a sibling
 * that scores a fifth of the top, or a paragraph of prose with few links.
 */
function* withBodySiblings(top: Candidate, candidates: Map<Element, Candidate>): Generator<void, Element[]> {
  const parent = top.element.parentElement;
  if (!parent) return [top.element];
  const topScore = finalScore(top);
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.element.getAttribute('class');
  const chosen: Element[] = [];
  const siblings = Array.from(parent.children);
  for (let i = 0; i < siblings.length; i++) {
    // A body of 10,000 <p> siblings (the bench's 5 MB page) is weighed in steps.
    if (endsStep(i, BLOCKS_PER_STEP)) yield;
    const sibling = siblings[i];
    if (sibling === top.element) {
      chosen.push(sibling);
      continue;
    }
    const candidate = candidates.get(sibling);
    if (!candidate || candidate.chars === 0) continue;
    const bonus = topClass && sibling.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    if ((candidate.scored && finalScore(candidate) + bonus >= threshold) || isProseParagraph(sibling, candidate) || isLead(sibling, candidate)) chosen.push(sibling);
  }
  return chosen;
}

/** The page's own article element and a lead printed beside it (the schema's body often leaves it out). */
function withLeadSiblings(top: Candidate, candidates: Map<Element, Candidate>): Element[] {
  const siblings = top.element.parentElement ? Array.from(top.element.parentElement.children) : [top.element];
  return siblings.filter((sibling) => {
    const candidate = candidates.get(sibling);
    return sibling === top.element || (candidate !== undefined && isLead(sibling, candidate));
  });
}

/** A sibling named as the story's lead (teaser-text, intro, standfirst …) that holds prose. */
function isLead(element: Element, candidate: Candidate): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return STANDFIRST.test(names) && hintScore(element) >= 0 && candidate.chars >= MIN_PROSE_BLOCK_CHARS / 2 && linkDensity(candidate) < 0.25;
}

function isProseParagraph(element: Element, candidate: Candidate): boolean {
  if (element.tagName.toUpperCase() !== 'P' || hintScore(element) < 0) return false;
  const density = linkDensity(candidate);
  return candidate.chars > 80 ? density < 0.25 : density === 0 && candidate.chars > 0;
}

/** Indices of the blocks inside any of `elements`, in text order. */
function* blocksInside(page: PageText, elements: Element[]): Generator<void, number[]> {
  const chosen = new Set(elements);
  const inside: number[] = [];
  for (let index = 0; index < page.owners.length; index++) {
    if (endsStep(index, BLOCKS_PER_STEP)) yield;
    for (let element: Element | null = page.owners[index]; element; element = element.parentElement) {
      if (chosen.has(element)) {
        inside.push(index);
        break;
      }
    }
  }
  return inside;
}

/**
 * The page's own word: the element that holds the JSON-LD articleBody's text (the smallest
 * one holding nearly all the blocks found in it), else the microdata articleBody element.
 */
function* schemaArticleElement(page: PageText, candidates: Map<Element, Candidate>, hints: ArticleHints): Generator<void, Candidate | undefined> {
  const fromJsonLd = hints.jsonLdBody ? yield* elementHoldingText(page, candidates, hints.jsonLdBody) : undefined;
  if (fromJsonLd) return fromJsonLd;
  let best: Candidate | undefined;
  for (const element of hints.microdataBodies ?? []) {
    const candidate = candidates.get(element);
    if (candidate && (!best || candidate.chars > best.chars)) best = candidate;
  }
  return best && best.chars >= 200 ? candidates.get(paragraphContainer(page, best.element)) : undefined;
}

function* elementHoldingText(page: PageText, candidates: Map<Element, Candidate>, body: string): Generator<void, Candidate | undefined> {
  const bodyKey = matchKey(body);
  if (bodyKey.length < 200) return undefined;
  const matched = new Map<Element, number>();
  let total = 0;
  for (let index = 0; index < page.blocks.length; index++) {
    // A key per block, each looked up in the body: fewer blocks per step.
    if (endsStep(index, BLOCKS_PER_STEP / 4)) yield;
    const block = page.blocks[index];
    if (block.kind === 'boilerplate') continue;
    const key = matchKey(page.text.slice(block.start, block.end));
    if (key.length < 20 || !bodyKey.includes(key)) continue;
    total += key.length;
    for (let element: Element | null = page.owners[index]; element; element = element.parentElement) {
      matched.set(element, (matched.get(element) ?? 0) + key.length);
    }
  }
  if (total < bodyKey.length * MIN_JSON_LD_COVERAGE) return undefined;
  let best: Element | undefined;
  let bestChars = Infinity;
  for (const [element, chars] of matched) {
    const candidate = candidates.get(element);
    if (chars >= total * JSON_LD_ELEMENT_SHARE && candidate && candidate.chars < bestChars) {
      best = element;
      bestChars = candidate.chars;
    }
  }
  return best && candidates.get(paragraphContainer(page, best));
}

/**
 * The page may mark one paragraph as the body (a paywall's free part in JSON-LD, an
 * itemprop on the one <p> shown): the article is that paragraph's container.
 */
function paragraphContainer(page: PageText, element: Element): Element {
  const parent = element.parentElement;
  if (!parent || isDocumentLevel(parent)) return element;
  // One paragraph: it owns exactly one block (a <div> of <br>-separated runs owns many).
  let owned = 0;
  for (const owner of page.owners) if (owner === element && ++owned > 1) return element;
  return owned === 1 ? parent : element;
}

/** Sets `target`'s items to `items` in place, without passing them as arguments (a 150k-block body overflows the stack). */
function replaceAll(target: number[], items: number[]): void {
  target.length = 0;
  for (const item of items) target.push(item);
}

/**
 * Blocks after the article that print its own paragraphs again (a template bug's second
 * copy, a sibling of the first): they join it, so repeat detection sees and collapses them.
 */
function* addRepeatingSiblings(page: PageText, chosen: Element[], inside: number[]): Generator<void, void> {
  if (inside.length === 0) return;
  const last = inside[inside.length - 1];
  const parents = new Set<Element>();
  for (const element of chosen) if (element.parentElement) parents.add(element.parentElement);
  const isParagraph = (index: number) => page.blocks[index].end - page.blocks[index].start >= MIN_REPEAT_KEY_CHARS && page.blocks[index].kind !== 'boilerplate';
  // Keys are made only when a later paragraph sits beside the article: most pages have none.
  let keys: Set<string> | undefined;
  const added = new Set<Element>();
  for (let index = last + 1; index < page.blocks.length; index++) {
    if (endsStep(index, BLOCKS_PER_STEP)) yield;
    if (!isParagraph(index)) continue;
    const sibling = childOfAny(page.owners[index], parents);
    if (!sibling || added.has(sibling)) continue;
    keys ??= yield* paragraphKeys(page, inside.filter(isParagraph));
    if (keys.has(blockKey(page, index))) added.add(sibling);
  }
  if (added.size === 0) return;
  const taken = new Set(inside);
  for (const block of yield* blocksInside(page, [...added])) taken.add(block);
  replaceAll(
    inside,
    [...taken].sort((a, b) => a - b),
  );
}

function* paragraphKeys(page: PageText, indices: number[]): Generator<void, Set<string>> {
  const keys = new Set<string>();
  for (let i = 0; i < indices.length; i++) {
    if (endsStep(i, BLOCKS_PER_STEP)) yield;
    keys.add(blockKey(page, indices[i]));
  }
  return keys;
}

/** Paragraphs this long (in characters) are compared to find a body printed again beside the article. */
const MIN_REPEAT_KEY_CHARS = 40;

const blockKey = (page: PageText, index: number) => matchKey(page.text.slice(page.blocks[index].start, page.blocks[index].end));

/** The child of one of `parents` that holds `element`, if any. */
function childOfAny(element: Element, parents: Set<Element>): Element | undefined {
  for (let child: Element | null = element; child; child = child.parentElement) {
    if (child.parentElement && parents.has(child.parentElement)) return child;
  }
  return undefined;
}

/**
 * The headline: the heading whose text is the page's og:title / JSON-LD headline (else the first
 * <h1>) just before the body or at its top. It is the article's title, not part of its text: the
 * benchmark's article bodies leave it out, and a Title Case headline is no evidence of names
 * (its names recur in the body). A standfirst between it and the body joins the text.
 */
function takeHeadline(page: PageText, inside: number[], hint: string | undefined): string | undefined {
  if (inside.length === 0) return undefined;
  const first = inside[0];
  const hintKey = hint ? matchKey(hint) : '';
  const isHeading = (index: number) => /^H[1-3]$/.test(page.owners[index].tagName.toUpperCase());
  const matchesHint = (index: number) => {
    // A block much longer than the headline cannot be it: skip making its key.
    if (page.blocks[index].end - page.blocks[index].start > (hint?.length ?? 0) * 2 + 20) return false;
    const key = blockKey(page, index);
    return key.length >= 8 && (hintKey === key || (hintKey.startsWith(key) && isHeading(index)));
  };
  const before = Array.from({ length: Math.min(first, HEADLINE_WINDOW) }, (_, i) => first - 1 - i);
  const top = inside.slice(0, HEADLINE_WINDOW);
  const isH1 = (index: number) => page.owners[index].tagName.toUpperCase() === 'H1';
  const headline = top.find(matchesHint) ?? before.find(matchesHint) ?? top.find(isH1) ?? before.find(isH1);
  if (headline === undefined) return undefined;
  const standfirst: number[] = [];
  for (let index = headline + 1; index < first; index++) if (isStandfirst(page, index)) standfirst.push(index);
  const kept = inside.filter((index) => index !== headline);
  replaceAll(inside, [...standfirst, ...kept]);
  return capHeadline(page.text.slice(page.blocks[headline].start, page.blocks[headline].end).trim());
}

/**
 * Between the headline and the body: a block named as a standfirst (dek, lead, teaser …), or
 * a paragraph of prose, not a byline, date or share bar.
 */
function isStandfirst(page: PageText, index: number): boolean {
  const block = page.blocks[index];
  if (block.kind !== 'text') return false;
  const owner = page.owners[index];
  if (STANDFIRST.test(`${owner.getAttribute('class') ?? ''} ${owner.getAttribute('id') ?? ''}`)) return true;
  return isProseBlock(page, index);
}

/** A paragraph of prose: long enough, few links, ends on a sentence's end. */
function isProseBlock(page: PageText, index: number): boolean {
  const block = page.blocks[index];
  const length = block.end - block.start;
  return block.kind === 'text' && length >= MIN_PROSE_BLOCK_CHARS && page.linkChars[index] * 4 < length && /[.!?。다"”]$/.test(page.text.slice(block.start, block.end).trim());
}

/**
 * A short line between two paragraphs of the story's prose and written beside them, as their
 * sibling ("Our ruling", "Module efficiency"): the story's sub-heading, not a widget's label
 * (which sits inside the widget: a figure, a toolbar).
 */
function isSubheading(page: PageText, index: number, taken: Set<number>): boolean {
  const parent = page.owners[index].parentElement;
  const besideIt = (neighbour: number) => taken.has(neighbour) && page.owners[neighbour].parentElement === parent && isProseBlock(page, neighbour);
  return parent !== null && besideIt(index - 1) && besideIt(index + 1);
}

/** A story's heading that links to it: three or more in a part of the page may make it a list of stories. */
const MIN_LINKED_HEADINGS = 3;
/** A teaser's summary sits right under its linked headline: within this many blocks. */
const SUMMARY_DISTANCE = 2;

/** A heading whose text is mostly a link to another page: a story's teaser, not the article's. */
function isLinkedHeading(page: PageText, index: number): boolean {
  const block = page.blocks[index];
  return !page.furniture[index] && /^H[1-6]$/.test(page.owners[index].tagName.toUpperCase()) && page.linkChars[index] * 2 > block.end - block.start;
}

/**
 * The summaries between other stories' linked headlines ("next post", "more from the
 * section"), on a page with three or more such headlines: they read as prose, but they are teasers.
 */
function teaserSummaries(page: PageText): Set<number> {
  const headings = page.blocks.map((_, index) => index).filter((index) => isLinkedHeading(page, index));
  const summaries = new Set<number>();
  if (headings.length < MIN_LINKED_HEADINGS) return summaries;
  // Between two linked headlines, near both, and in a card of its own with its headline: a
  // "More:" list of bare links followed by the story's next paragraph leaves that paragraph
  // alone, and so does a product roundup whose linked sub-headings share the body with their
  // paragraphs. The last teaser of a run has its summary in its own card (the headline's parent).
  let runHasSummaries = false;
  headings.forEach((heading, h) => {
    const next = headings[h + 1];
    if (next !== undefined && next - heading <= 2 * SUMMARY_DISTANCE) {
      for (let index = heading + 1; index < next; index++) {
        if (page.blocks[index].kind !== 'text' || !inOwnCard(page, heading, index, next)) continue;
        summaries.add(index);
        runHasSummaries = true;
      }
      return;
    }
    const card = page.owners[heading].parentElement;
    for (let index = heading + 1; runHasSummaries && index <= heading + SUMMARY_DISTANCE && index < page.blocks.length; index++) {
      if (page.blocks[index].kind === 'text' && card?.contains(page.owners[index])) summaries.add(index);
    }
    runHasSummaries = false;
  });
  return summaries;
}

/** Whether a headline and the block under it share a card that the next headline is not in. */
function inOwnCard(page: PageText, heading: number, summary: number, nextHeading: number): boolean {
  let card: Element | null = page.owners[heading];
  while (card && !card.contains(page.owners[summary])) card = card.parentElement;
  return card !== null && !card.contains(page.owners[nextHeading]);
}

/**
 * A home page, section front or search page: the best part is a list of linked headlines,
 * and most of its paragraphs are the summaries right under them, not a body of prose.
 */
function isListOfStories(page: PageText, inside: number[], kept: number[], teasers: Set<number>): boolean {
  if (inside.filter((index) => isLinkedHeading(page, index)).length < MIN_LINKED_HEADINGS) return false;
  const isParagraph = (index: number) => page.blocks[index].end - page.blocks[index].start >= MIN_PROSE_BLOCK_CHARS / 2;
  const summaries = inside.filter((index) => teasers.has(index) && isParagraph(index)).length;
  const paragraphs = kept.filter((index) => page.blocks[index].kind === 'text' && isParagraph(index)).length;
  return summaries > 0 && summaries >= paragraphs;
}

/**
 * The article's blocks less the furniture inside it, less a gallery's second copy of a
 * caption, and less the captions that credit a photo beside a body of prose.
 */
function* withoutFurniture(page: PageText, inside: number[]): Generator<void, number[]> {
  const captionsSeen = new Set<string>();
  const taken = new Set(inside);
  const kept: number[] = [];
  for (let i = 0; i < inside.length; i++) {
    if (endsStep(i, BLOCKS_PER_STEP)) yield;
    if (keepsInArticle(page, inside[i], taken, captionsSeen)) kept.push(inside[i]);
  }
  return captionsAreTheStory(page, kept) ? kept : kept.filter((index) => !isCreditedCaption(page, index));
}

/** Below this many characters of text besides its captions, an article's captions are its story. */
const MIN_PROSE_BESIDE_CAPTIONS = 500;

/**
 * A slideshow or a video page: its captions hold half its text or more, or the rest is short.
 * Elsewhere a caption describes a picture beside the story.
 */
function captionsAreTheStory(page: PageText, kept: number[]): boolean {
  let captions = 0;
  let prose = 0;
  for (const index of kept) {
    const length = page.blocks[index].end - page.blocks[index].start;
    if (page.blocks[index].kind === 'caption') captions += length;
    else prose += length;
  }
  return prose < MIN_PROSE_BESIDE_CAPTIONS || captions >= prose;
}

/**
 * A photo's caption that credits it (© name, Foto: …, (REUTERS/name), 사진=연합뉴스): the
 * picture's label, part of the page around the story, as a credit line on its own is.
 */
function isCreditedCaption(page: PageText, index: number): boolean {
  const block = page.blocks[index];
  return block.kind === 'caption' && CAPTION_CREDIT.test(page.text.slice(block.start, block.end));
}

/** Whether a block of the chosen part stays in the article (see withoutFurniture). */
function keepsInArticle(page: PageText, index: number, taken: Set<number>, captionsSeen: Set<string>): boolean {
  // A table's cells are its data (a player's name, 63): no line of them is a label or a date line.
  if (isTableCell(page, index)) return page.blocks[index].kind !== 'boilerplate';
  if (isBoilerplateBlock(page, index) || (isShortLabel(page, index) && !isSubheading(page, index, taken)) || isOrphanLabel(page, index, taken)) return false;
  if (page.blocks[index].kind !== 'caption') return true;
  const key = blockKey(page, index);
  if (captionsSeen.has(key)) return false;
  captionsSeen.add(key);
  return true;
}

const isTableCell = (page: PageText, index: number) => /^T[DH]$/.test(page.owners[index].tagName.toUpperCase());

/**
 * A label of the page's widgets left inside the article ("Caption", "Close", "Top Video",
 * "Back to Gallery"): three words at most, no sentence end, not a heading, table cell, byline,
 * nor an unlinked list item (an ingredient, a specification: 1 Päckchen Puddingpulver).
 */
function isShortLabel(page: PageText, index: number): boolean {
  const block = page.blocks[index];
  const tag = page.owners[index].tagName.toUpperCase();
  if (block.end - block.start > 40 || /^(?:H[1-6]|TD|TH)$/.test(tag)) return false;
  if (/^(?:LI|DD|DT)$/.test(tag) && page.linkChars[index] === 0) return false;
  const line = page.text.slice(block.start, block.end).trim();
  // Words are not counted in scripts written without spaces.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(line)) return false;
  const words = line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= 3 && !/[.!?。"”’)]$/.test(line) && !BYLINE.test(line) && !isField(page, index, line);
}

/** A field and its value (Ausstattung Sicherheit: 1, Annual fee: $95), unlinked: a specification's line, not a label. */
const isField = (page: PageText, index: number, line: string) => page.linkChars[index] === 0 && FIELD.test(line);
const FIELD = /^[^:]{2,30}:\s*[\p{L}\p{N}$€£¥]/u;

/**
 * A heading or short line whose next block is a link box or lies outside the article labels
 * what was left out ("More from us", "Mehr zum Thema", "관련 기사"): it goes with it. A short
 * question labels only a link box right under it ("Schon gelesen?", "Already read?"): before
 * anything else it is the story's own question.
 */
function isOrphanLabel(page: PageText, index: number, taken: Set<number>): boolean {
  const block = page.blocks[index];
  const isHeading = /^H[1-6]$/.test(page.owners[index].tagName.toUpperCase());
  const line = page.text.slice(block.start, block.end).trim();
  if (!isHeading && (line.length > MAX_LABEL_CHARS || /[.!。"”]$/.test(line) || BYLINE.test(line))) return false;
  const next = index + 1;
  if (!isHeading && line.endsWith('?')) return next < page.blocks.length && taken.has(next) && isLinkBox(page, next);
  return next >= page.blocks.length || !taken.has(next) || isBoilerplateBlock(page, next);
}

/** A block whose text is mostly links (a list of other stories, an embedded post's card). */
function isLinkBox(page: PageText, index: number): boolean {
  return page.linkChars[index] * 2 > page.blocks[index].end - page.blocks[index].start;
}

function isBoilerplateBlock(page: PageText, index: number): boolean {
  const block = page.blocks[index];
  if (block.kind === 'boilerplate') return true;
  const length = block.end - block.start;
  if (length > MAX_CREDIT_LINE) return false;
  const line = page.text.slice(block.start, block.end).trim();
  if (isCreditLine(line) || COPYRIGHT_NOTICE.test(line)) return true;
  if (length > MAX_BOILERPLATE_LINE) return false;
  return (length <= MAX_BOILERPLATE_KEY_LINE && BOILERPLATE_KEYS.has(matchKey(line))) || BOILERPLATE_LINE.test(line);
}

/** How clearly the chosen part stood out: its score against the best candidate outside it. */
function scoredConfidence(top: Candidate, candidates: Map<Element, Candidate>): number {
  const topScore = finalScore(top);
  let rival = 0;
  for (const candidate of candidates.values()) {
    if (!candidate.scored || top.element.contains(candidate.element) || candidate.element.contains(top.element)) continue;
    rival = Math.max(rival, finalScore(candidate));
  }
  const margin = topScore > 0 ? 1 - rival / topScore : 0;
  const size = Math.min(1, top.chars / 1500);
  return Math.round(Math.max(0, Math.min(1, 0.5 * margin + 0.5 * size)) * 100) / 100;
}

/**
 * The chosen blocks as a text of their own: offsets renumbered, pieces carried over. The page
 * text already has one "\n" between blocks, so each run of consecutive blocks is one slice of
 * it (joining 5 MB block by block took 25 ms in one go).
 */
function* compactInSteps(page: ArticleText, indices: number[]): Generator<void, ArticleText> {
  const runs: string[] = [];
  const blocks: Block[] = [];
  const pieces: TextPiece[] = [];
  yield;
  let length = 0;
  let p = 0;
  let runStart = -1;
  for (let i = 0; i < indices.length; i++) {
    if (endsStep(i, BLOCKS_PER_STEP)) yield;
    const block = page.blocks[indices[i]];
    if (blocks.length > 0) length += 1;
    if (runStart < 0) runStart = block.start;
    const shift = length - block.start;
    blocks.push({ start: block.start + shift, end: block.end + shift, kind: block.kind });
    p = firstPieceAtOrAfter(page.pieces, block.start, p);
    for (; p < page.pieces.length && page.pieces[p].textStart < block.end; p++) {
      const piece = page.pieces[p];
      // A literal, not a spread: tens of thousands of pieces on a big page.
      pieces.push({ node: piece.node, nodeOffset: piece.nodeOffset, textStart: piece.textStart + shift, length: piece.length });
    }
    length += block.end - block.start;
    if (indices[i + 1] !== indices[i] + 1) {
      runs.push(page.text.slice(runStart, block.end));
      runStart = -1;
    }
  }
  return { text: runs.join('\n'), blocks, pieces };
}

/** Index of the first piece starting at or after `offset` (pieces sorted by textStart). */
function firstPieceAtOrAfter(pieces: TextPiece[], offset: number, from: number): number {
  let low = offset < (pieces[from]?.textStart ?? Infinity) ? 0 : from;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pieces[mid].textStart < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
