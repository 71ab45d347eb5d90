// Scoring of "what was agreed" on hand-labelled sentences of real news (tests/data/agreements):
// each labelled sentence's whole document goes through `analyzeText`, the CLI's path for text,
// and the agreements whose evidence overlaps the sentence are compared with its labels.
// Shared by `npm run eval:agreements` and the corpus test (test/corpus/agreements.test.ts).
//
// Documents: a Wikinews article is its title, a newline, then its text (the headline is part
// of what a reader of the page sees; `part: "title"` sentences are read there), with its
// `date` as the publication date; an NTREX article is its text (its first line is the
// headline; no date); a KLUE sentence is its own document; an aeb-dev document is the
// ground truth's articleBody; a ner-train document is its records joined with "\n"; an
// extract-dev document is the saved page itself, read as the extension reads it (the CLI's
// `analyzePageBytes`: decoding, article extraction, analysis), so a sentence the reader leaves
// out of the article is an agreement missed, counted apart as "outside the article read".
//
// A party is right when, normalised, it equals a labelled party's name or alias, or one
// contains the other and the shorter is at least half the longer (대구가톨릭대 / 대구가톨릭대학교,
// Microsoft / Microsoft Corp). Normalising: lower case; spaces, dots, quotes and hyphens
// removed; ㈜, (주), 주식회사, a leading "the" and a trailing "'s" dropped; a Korean particle
// left at the end (은/는/이/가/와/과/의/도/을/를/에/에서/측) dropped when the name is longer
// than the particle by two characters or more. Each labelled party and each found party is
// matched at most once.
//
// An agreement is on the sentence when its evidence or one of the other sentences it was
// merged from (`alsoIn`) overlaps it.
//
// Statuses: the product's signed → concluded; planned, proposed, conditional, failed and
// terminated are the label's own words; 'other' matches nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzePageBytes } from '../../src/cli/page';
import { analyzeText } from '../../src/core/analyze';
import type { Agreement, Analysis } from '../../src/core/types';
import { halfOf, type Half } from './split';

export type Language = 'ko' | 'en';
export type LabelStatus = 'concluded' | 'planned' | 'proposed' | 'conditional' | 'failed' | 'terminated';

export interface LabelledParty {
  name: string;
  aliases: string[];
}

export interface LabelledSentence {
  id: string;
  lang: Language;
  source: string;
  doc: string;
  part?: string;
  text: string;
  agreement: boolean;
  parties: LabelledParty[];
  what: string | null;
  status: LabelStatus | null;
  date: string | null;
  note?: string;
}

export interface EvalDocument {
  key: string;
  /** The document's text, or for a saved page (`analyse` set) the page's own HTML. */
  text: string;
  published?: string;
  /** A saved page is analysed whole; its analysis's text is where its sentences are looked for. */
  analyse?: () => Analysis;
}

/** Where the labels live, relative to the repository. */
export const LABEL_FILES: Record<Language, string> = { ko: 'tests/data/agreements/ko.jsonl', en: 'tests/data/agreements/en.jsonl' };

export function loadLabels(root: string, language: Language): LabelledSentence[] {
  return readFileSync(join(root, LABEL_FILES[language]), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledSentence);
}

/** The half of a labelled sentence: by its document's name, so a document is never split. */
export const halfOfSentence = (sentence: LabelledSentence): Half => halfOf(sentence.doc);

/** Reads the documents the labels point to, each file once. */
export class DocumentStore {
  private files = new Map<string, Map<string, EvalDocument>>();
  constructor(private dataDir: string) {}

  get(sentence: LabelledSentence): EvalDocument {
    const file = sentence.source;
    let documents = this.files.get(file);
    if (!documents) {
      documents = this.load(file);
      this.files.set(file, documents);
    }
    const document = documents.get(sentence.doc);
    if (!document) throw new Error(`${sentence.id}: document ${sentence.doc} not found in ${file}`);
    return document;
  }

  private load(source: string): Map<string, EvalDocument> {
    const documents = new Map<string, EvalDocument>();
    if (source === 'aeb-dev') {
      const truth = JSON.parse(readFileSync(this.path('aeb-dev/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
      for (const [key, page] of Object.entries(truth)) documents.set(key, { key: `aeb-dev/${key}`, text: page.articleBody });
      return documents;
    }
    if (source === 'extract-dev') return this.loadPages();
    const raw = readFileSync(this.path(source));
    const lines = (source.endsWith('.gz') ? gunzipSync(raw) : raw)
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim());
    if (source.startsWith('ner-train/')) {
      const records = new Map<string, string[]>();
      for (const line of lines) {
        const record = JSON.parse(line) as { doc: string; text: string };
        const list = records.get(record.doc) ?? [];
        list.push(record.text);
        records.set(record.doc, list);
      }
      for (const [key, texts] of records) documents.set(key, { key: `${source}/${key}`, text: texts.join('\n') });
      return documents;
    }
    for (const line of lines) {
      const record = JSON.parse(line) as { id: string; text: string; title?: string; date?: string };
      const text = record.title && !record.text.startsWith(record.title) ? `${record.title}\n${record.text}` : record.text;
      documents.set(record.id, { key: `${source}/${record.id}`, text, published: record.date });
    }
    return documents;
  }

  /** extract-dev pages by name, each analysed from its bytes when first asked for. */
  private loadPages(): Map<string, EvalDocument> {
    const documents = new Map<string, EvalDocument>();
    const manifest = JSON.parse(readFileSync(this.path('extract-dev/manifest.json'), 'utf8')) as Record<string, { url: string }>;
    for (const [name, page] of Object.entries(manifest)) {
      const file = this.path(`extract-dev/html/${name}.html.gz`);
      documents.set(name, { key: `extract-dev/${name}`, text: '', analyse: () => analyzePageBytes(gunzipSync(readFileSync(file)), { url: page.url }) });
    }
    return documents;
  }

  private path(file: string): string {
    const path = join(this.dataDir, file);
    if (!existsSync(path)) throw new Error(`eval:agreements needs ${path} (../shared/data beside the checkout); it is not there.`);
    return path;
  }
}

/** The product's status in the label's words. */
export function labelStatusOf(status: Agreement['status']): LabelStatus | undefined {
  if (status === 'signed') return 'concluded';
  if (status === 'other') return undefined;
  return status;
}

const KOREAN_PARTICLES = ['에서', '은', '는', '이', '가', '와', '과', '의', '도', '을', '를', '에', '측'];

export function normaliseParty(name: string): string {
  let n = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/㈜|\(주\)|주식회사/g, '')
    .replace(/['’]s$/, '')
    .replace(/[\s.'’"“”‘\-–—·,]/g, '')
    .replace(/^the/, '');
  for (const particle of KOREAN_PARTICLES) {
    if (n.endsWith(particle) && n.length - particle.length >= 2 && /[\uAC00-\uD7A3]/.test(n)) {
      n = n.slice(0, -particle.length);
      break;
    }
  }
  return n;
}

/** Whether a found party names a labelled one (see the rule at the top). */
export function partyMatches(found: string, labelled: LabelledParty): boolean {
  const a = normaliseParty(found);
  if (!a) return false;
  for (const form of [labelled.name, ...labelled.aliases]) {
    const b = normaliseParty(form);
    if (!b) continue;
    if (a === b || normaliseParty(found.replace(/[은는이가와과의도을를]$/, '')) === b) return true;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length >= 2 && long.includes(short) && short.length * 2 >= long.length) return true;
  }
  return false;
}

/** How many labelled parties the found ones name, each side matched at most once. */
export function matchParties(found: string[], labelled: LabelledParty[]): number {
  const used = new Set<number>();
  let matched = 0;
  for (const party of labelled) {
    const index = found.findIndex((name, i) => !used.has(i) && partyMatches(name, party));
    if (index >= 0) {
      used.add(index);
      matched++;
    }
  }
  return matched;
}

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'with',
  'for',
  'on',
  'in',
  'its',
  'their',
  'deal',
  'agreement',
  'agreements',
  'contract',
  '체결',
  '협약',
  '계약',
  '합의',
]);
/**
 * Whether the found `what` names the labelled object: they share a word of three letters or
 * more (English) or two syllables or more (Korean), general agreement words aside, one
 * written inside the other (수출계약 / 수출 계약).
 */
export function objectFound(found: string, labelled: string | null): boolean {
  if (!labelled) return false;
  const words = (text: string) =>
    (
      text
        .toLowerCase()
        .replace(/\([^)]*\)/g, ' ')
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).filter((word) => !STOP_WORDS.has(word) && (/[\uAC00-\uD7A3]/.test(word) ? word.length >= 2 : word.length >= 3));
  const foundText = found.toLowerCase().replace(/\s/g, '');
  const labelText = labelled
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/\s/g, '');
  // A label that is only the agreement word (계약, the deal): the found one must name it too.
  if (words(labelled).length === 0) return [...STOP_WORDS].some((word) => word.length >= 2 && labelText.includes(word) && foundText.includes(word));
  return words(labelled).some((word) => foundText.includes(word)) || words(found).some((word) => labelText.includes(word));
}

/**
 * Whether a found date agrees with the labelled one (written as in the text: 13일, 지난 2013년,
 * Tuesday): both absent, or both present and every number of the label in the found value
 * (13일 → 2011-01-13; 지난해 and Tuesday, without numbers, agree with any date).
 */
export function dateAgrees(found: string | undefined, labelled: string | null): boolean {
  if (!labelled || !found) return !labelled && !found;
  const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
  const have = numbers(found);
  return numbers(labelled).every((n) => have.includes(n));
}

export interface SentenceResult {
  sentence: LabelledSentence;
  half: Half;
  /** Agreements whose evidence overlaps the sentence. */
  found: Agreement[];
  /** The found agreement naming most labelled parties (first on ties). */
  best?: Agreement;
  matchedParties: number;
  /** The sentence was not found in its document (labels out of date). */
  unplaced?: boolean;
  /** A saved page's sentence that the article reader left out (an agreement missed). */
  outsideArticle?: boolean;
}

/** Where a sentence is in a text, allowing any run of white space where the label has one (a page's reader joins lines its own way). */
function locate(text: string, sentence: string): { start: number; end: number } {
  const start = text.indexOf(sentence);
  if (start >= 0) return { start, end: start + sentence.length };
  const words = sentence
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : { start: -1, end: -1 };
}

/** Analyses each document once and collects, per labelled sentence, the agreements on it. */
export function evaluateSentences(sentences: LabelledSentence[], store: DocumentStore): SentenceResult[] {
  const analyses = new Map<string, { text: string; agreements: Agreement[] }>();
  return sentences.map((sentence) => {
    const document = store.get(sentence);
    let analysis = analyses.get(document.key);
    if (!analysis) {
      analysis = document.analyse ? document.analyse() : analyzeText(document.text, { published: document.published });
      analyses.set(document.key, analysis);
    }
    const half = halfOfSentence(sentence);
    const { start, end } = locate(analysis.text, sentence.text);
    if (start < 0) return { sentence, half, found: [], matchedParties: 0, ...(document.analyse ? { outsideArticle: true } : { unplaced: true }) };
    const found = analysis.agreements.filter((a) => [a.evidence, ...(a.alsoIn ?? [])].some((span) => span.start < end && start < span.end));
    let best: Agreement | undefined;
    let matchedParties = 0;
    for (const agreement of found) {
      const matched = matchParties(agreement.parties, sentence.parties);
      if (!best || matched > matchedParties) {
        best = agreement;
        matchedParties = matched;
      }
    }
    return { sentence, half, found, best, matchedParties };
  });
}

export interface AgreementScore {
  sentences: number;
  agreements: number;
  /** Labelled agreements with at least one agreement found on their sentence. */
  found: number;
  labelledParties: number;
  foundParties: number;
  matchedParties: number;
  statusRight: number;
  objectRight: number;
  /** Found agreements whose date agrees with the label (see dateAgrees). */
  dateRight: number;
  negatives: number;
  falseAgreements: number;
  unplaced: number;
  outsideArticle: number;
}

export function score(results: SentenceResult[]): AgreementScore {
  const s: AgreementScore = {
    sentences: results.length,
    agreements: 0,
    found: 0,
    labelledParties: 0,
    foundParties: 0,
    matchedParties: 0,
    statusRight: 0,
    objectRight: 0,
    dateRight: 0,
    negatives: 0,
    falseAgreements: 0,
    unplaced: 0,
    outsideArticle: 0,
  };
  for (const result of results) {
    const { sentence, best } = result;
    if (result.unplaced) s.unplaced++;
    if (result.outsideArticle) s.outsideArticle++;
    if (!sentence.agreement) {
      s.negatives++;
      if (result.found.length > 0) s.falseAgreements++;
      continue;
    }
    s.agreements++;
    s.labelledParties += sentence.parties.length;
    if (!best) continue;
    s.found++;
    s.foundParties += best.parties.length;
    s.matchedParties += result.matchedParties;
    if (labelStatusOf(best.status) === sentence.status) s.statusRight++;
    if (objectFound(best.what, sentence.what)) s.objectRight++;
    if (dateAgrees(best.date, sentence.date)) s.dateRight++;
  }
  return s;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
/** The headline figures: party recall (missed agreements count as missed parties) and precision, status accuracy and object found (of agreements found), false-agreement rate. */
export function figures(s: AgreementScore) {
  return {
    partyRecall: ratio(s.matchedParties, s.labelledParties),
    partyPrecision: ratio(s.matchedParties, s.foundParties),
    statusAccuracy: ratio(s.statusRight, s.found),
    objectFound: ratio(s.objectRight, s.found),
    dateRight: ratio(s.dateRight, s.found),
    foundRate: ratio(s.found, s.agreements),
    falseAgreementRate: ratio(s.falseAgreements, s.negatives),
  };
}

export function describeAgreement(agreement: Agreement): string {
  const facts = [labelStatusOf(agreement.status) ?? agreement.status, agreement.date, agreement.place].filter(Boolean).join(', ');
  return `${agreement.parties.join(' + ') || '(no party)'}: ${agreement.what} [${facts}]`;
}
