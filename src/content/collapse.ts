// Collapsing a repeated section on the page: the repeated text is wrapped (never removed) in
// elements hidden with an inline !important style the page's CSS cannot override, and one
// small control is put where it was. Everything done is recorded so `undo` puts the DOM back
// exactly: wrappers unwrapped, the control removed, split text nodes joined again. Repeats
// are collapsed before any range is made on the page: every live Range in a document is
// updated on every DOM change, which made this a long task with thousands of marks.
import { followSplit, nodeSpansOf, type ArticleText } from '../core/text/article-text';
import type { Repeat } from '../core/types';
import { createRepeatControl, type RepeatControl } from './repeat-control';
import type { UiStrings } from './ui-strings';

export const WRAPPER_TAG = 'newslens-repeat';
const HIDDEN_STYLE = 'display: none !important';
/** `display: contents` lays the wrapped nodes out as if the wrapper were not there. */
const SHOWN_STYLE = 'display: contents !important';

export interface CollapsedRepeat {
  readonly hidden: boolean;
  setHidden(hidden: boolean): void;
  undo(): void;
}

interface SplitRecord {
  node: Text;
  originalData: string;
  /** Nodes splitText created from `node`, to remove on undo. */
  created: Text[];
}

export function collapseRepeat(doc: Document, article: ArticleText, repeat: Repeat, strings: UiStrings): CollapsedRepeat | undefined {
  const spans = nodeSpansOf(article, repeat.start, repeat.end);
  if (spans.length === 0) return undefined;
  const splits = new Map<Text, SplitRecord>();
  const split = (node: Text, offset: number): Text => {
    let record = splits.get(node);
    if (!record) splits.set(node, (record = { node, originalData: node.data, created: [] }));
    const after = node.splitText(offset);
    record.created.push(after);
    // The article's map to text nodes stays true, so ranges can be made from it afterwards.
    followSplit(article, node, offset, after);
    return after;
  };

  // Make the repeat start and end on text-node boundaries. The end is split first so the
  // start offset stays valid when both fall in one node.
  const last = spans[spans.length - 1];
  if (last.end < last.node.data.length) split(last.node, last.end);
  const first = spans[0];
  let firstNode = first.node;
  if (first.start > 0) {
    firstNode = split(first.node, first.start);
    if (last.node === first.node) last.node = firstNode;
  }
  const inside = new Set<Node>(spans.map((span) => (span.node === first.node ? firstNode : span.node)));
  const groups = groupCoveredNodes(doc, inside, firstNode, last.node);

  const wrappers: HTMLElement[] = [];
  for (const { parent, from, to } of groups) {
    const wrapper = doc.createElement(WRAPPER_TAG);
    wrapper.setAttribute('style', HIDDEN_STYLE);
    parent.insertBefore(wrapper, from);
    let node: Node | null = from;
    while (node) {
      const next: Node | null = node === to ? null : node.nextSibling;
      wrapper.appendChild(node);
      node = next;
    }
    wrappers.push(wrapper);
  }

  let hidden = true;
  const control: RepeatControl = createRepeatControl(doc, repeat.blocks, strings, () => collapsed.setHidden(!hidden));
  wrappers[0].before(control.host);

  const collapsed: CollapsedRepeat = {
    get hidden() {
      return hidden;
    },
    setHidden(value: boolean) {
      hidden = value;
      for (const wrapper of wrappers) wrapper.setAttribute('style', value ? HIDDEN_STYLE : SHOWN_STYLE);
      control.update(value);
    },
    undo() {
      control.host.remove();
      for (const wrapper of wrappers) {
        const parent = wrapper.parentNode;
        if (!parent) continue;
        while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
        wrapper.remove();
      }
      for (const record of splits.values()) {
        record.node.data = record.originalData;
        for (const created of record.created) created.remove();
      }
    },
  };
  return collapsed;
}

interface SiblingRun {
  parent: Node;
  from: Node;
  to: Node;
}

/**
 * The repeat as runs of consecutive siblings to wrap. A node is lifted to its parent while the
 * parent holds no text outside the repeat, so whole paragraphs are wrapped (their margins go
 * too) but a container that also holds the kept copy, or text after the repeat, never is.
 */
function groupCoveredNodes(doc: Document, inside: Set<Node>, firstNode: Node, lastNode: Node): SiblingRun[] {
  // Covered: every text node below holds only whitespace or lies in the repeat. Only the two
  // edges' ancestors are asked, and a walk stops at the first text outside, so the cost grows
  // with the repeat, not with the page.
  const isCovered = (element: Node): boolean => {
    const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!inside.has(text) && (text as Text).data.trim() !== '') return false;
    }
    return true;
  };
  const lift = (node: Node): Node => {
    let top = node;
    while (top.parentNode && top.parentNode.nodeType === 1 && !isPageRoot(top.parentNode) && isCovered(top.parentNode)) top = top.parentNode;
    return top;
  };

  const firstTop = lift(firstNode);
  const lastTop = lift(lastNode);
  if (firstTop === lastTop) return [{ parent: parentOf(firstTop), from: firstTop, to: firstTop }];
  const common = lowestCommonAncestor(firstTop, lastTop);

  // Left edge, climbing to `common`: each level contributes the node and what follows it.
  const runs: SiblingRun[] = [];
  let left = firstTop;
  let leftIncluded = true;
  while (left.parentNode !== common) {
    const from = leftIncluded ? left : left.nextSibling;
    const parent = parentOf(left);
    if (from) runs.push({ parent, from, to: parent.lastChild ?? left });
    left = parent;
    leftIncluded = false;
  }
  // Right edge, climbing to `common`: each level contributes what precedes the node, and it.
  const rightRuns: SiblingRun[] = [];
  let right = lastTop;
  let rightIncluded = true;
  while (right.parentNode !== common) {
    const to = rightIncluded ? right : right.previousSibling;
    const parent = parentOf(right);
    if (to) rightRuns.unshift({ parent, from: parent.firstChild ?? right, to });
    right = parent;
    rightIncluded = false;
  }
  // Between the two edges, under `common`.
  const from = leftIncluded ? left : left.nextSibling;
  const to = rightIncluded ? right : right.previousSibling;
  const empty = !from || !to || (!leftIncluded && from === right) || (!rightIncluded && to === left);
  if (!empty) runs.push({ parent: common, from: from, to: to });
  return [...runs, ...rightRuns];
}

function lowestCommonAncestor(a: Node, b: Node): Node {
  const ancestors = new Set<Node>();
  for (let node: Node | null = a; node; node = node.parentNode) ancestors.add(node);
  for (let node: Node | null = b; node; node = node.parentNode) if (ancestors.has(node)) return node;
  throw new Error('nodes are in different documents');
}

function isPageRoot(node: Node): boolean {
  const tag = (node as Element).tagName?.toUpperCase();
  return tag === 'BODY' || tag === 'HTML';
}

/** A node's parent: the nodes collapsed are in the page, under the body. */
function parentOf(node: Node): Node {
  const parent = node.parentNode;
  if (!parent) throw new Error('a node of the repeat left the page');
  return parent;
}
