// One way to analyse a saved page, shared by the CLI and the evaluation scripts, so what an
// evaluation measures is what `newslens analyze page.html` prints.
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../core/analyze';
import type { Analysis, KnownEntity } from '../core/types';
import { decodeHtml } from './decode-html';

export interface PageOptions {
  url?: string;
  known?: KnownEntity[];
  /** Read the whole page, not only the article (the popup's "Analyse the whole page"). */
  wholePage?: boolean;
}

/** A page as the browser would receive it: bytes, decoded by their declared charset. */
export function analyzePageBytes(bytes: Uint8Array, { url, known = [], wholePage }: PageOptions = {}): Analysis {
  return analyzeHtml(decodeHtml(bytes).html, url, known, wholePage);
}

/** A page already decoded to text (the CLI's --jsonl "html" field). */
export function analyzeHtml(html: string, url: string | undefined, known: KnownEntity[], wholePage = false): Analysis {
  return analyzeDocument(parsePage(html), { url, known, wholePage }).analysis;
}

/** A decoded page as a DOM, with the page's content in <body> where a browser would put it. */
export function parsePage(html: string): Document {
  let { document } = parseHTML(html);
  // linkedom builds no root element for a file without tags (empty, or plain text) and then throws on
  // document.body; a browser puts such text in a body of its own.
  if (!document.documentElement) document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
  moveBodyOutOfHead(document);
  return document;
}

/** What the HTML parser keeps in <head>; any other element there ends the head and opens the body. */
const HEAD_TAGS = new Set(['BASE', 'BASEFONT', 'BGSOUND', 'LINK', 'META', 'NOFRAMES', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/**
 * A page that writes no <body> tag, or puts a <div> before it: a browser ends the head at the first element that
 * is not head material and reads everything from there as the body; linkedom leaves it all in <head>, where the
 * reader never looks (a page with its whole story there read as empty). Moved to the start of <body>, in order.
 */
function moveBodyOutOfHead(document: Document): void {
  const { head, body } = document;
  if (!head || !body) return;
  let first: ChildNode | null = head.firstChild;
  while (first && !startsBody(first)) first = first.nextSibling;
  const moved: ChildNode[] = [];
  for (let node = first; node; node = node.nextSibling) moved.push(node);
  if (moved.length > 0) body.prepend(...moved);
}

const startsBody = (node: ChildNode) =>
  node.nodeType === 1 ? !HEAD_TAGS.has((node as Element).tagName.toUpperCase()) : node.nodeType === 3 && (node.textContent ?? '').trim() !== '';
