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
  const { document } = parseHTML(html);
  return analyzeDocument(document, { url, known, wholePage }).analysis;
}
