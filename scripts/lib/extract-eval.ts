// Scoring of main-content extraction on the two labelled page sets in ../shared/data, shared
// by `npm run eval:extract` (NewsLens beside Readability) and the corpus test (NewsLens alone):
// page loading, shingle precision/recall (aeb-dev), snippet matching (extract-dev) and
// entities that the article body never mentions.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzePageBytes } from '../../src/cli/page';
import type { Analysis, Entity } from '../../src/core/types';
import { halfOf, type Half } from './split';

// ---------------------------------------------------------------------------------------------
// Pages

export interface Page {
  /** File name without `.html.gz`: the sha256 (aeb-dev) or trafilatura's name (extract-dev). */
  name: string;
  half: Half;
  url?: string;
  /** The page as saved, in its own encoding. */
  bytes: Uint8Array;
}

export interface AebPage extends Page {
  /** The benchmark's ground-truth `articleBody`. */
  truth: string;
}

export interface ExtractPage extends Page {
  with: string[];
  without: string[];
  /** The charset the set's manifest read from the page (for checking our decoder). */
  manifestCharset?: string;
}

/** ../shared/data beside the checkout. */
export function sharedDataDir(root = process.cwd()): string {
  return resolve(root, '..', 'shared', 'data');
}

function requireDir(dir: string): void {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the extraction evaluation needs the shared data (../shared/data beside the checkout).`);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function pageNames(htmlDir: string): string[] {
  return readdirSync(htmlDir)
    .filter((file) => file.endsWith('.html.gz'))
    .map((file) => file.slice(0, -'.html.gz'.length))
    .sort();
}

function readPage(htmlDir: string, name: string): Uint8Array {
  return gunzipSync(readFileSync(join(htmlDir, `${name}.html.gz`)));
}

/** The Article Extraction Benchmark pages: `html/<sha256>.html.gz` + `ground-truth.json`. */
export function loadAebPages(dataDir = sharedDataDir()): AebPage[] {
  const dir = join(dataDir, 'aeb-dev');
  requireDir(dir);
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<string, { url: string; articleBody: string }>;
  return pageNames(join(dir, 'html')).map((name) => ({
    name,
    half: halfOf(name),
    url: truth[name]?.url,
    bytes: readPage(join(dir, 'html'), name),
    truth: truth[name]?.articleBody ?? '',
  }));
}

/** trafilatura's evaluation pages: `html/<name>.html.gz` + `snippets.json` + `manifest.json`. */
export function loadExtractPages(dataDir = sharedDataDir()): ExtractPage[] {
  const dir = join(dataDir, 'extract-dev');
  requireDir(dir);
  const snippets = readJson(join(dir, 'snippets.json')) as Record<string, { with: string[]; without: string[] }>;
  const manifest = readJson(join(dir, 'manifest.json')) as Record<string, { url: string | null; charset?: string }>;
  return pageNames(join(dir, 'html')).map((name) => ({
    name,
    half: halfOf(name),
    url: manifest[name]?.url ?? undefined,
    bytes: readPage(join(dir, 'html'), name),
    with: snippets[name]?.with ?? [],
    without: snippets[name]?.without ?? [],
    manifestCharset: manifest[name]?.charset,
  }));
}

// ---------------------------------------------------------------------------------------------
// Running NewsLens

export interface Extraction {
  text: string;
  /** Why the extractor threw, if it did (the text is then empty). */
  error?: string;
  ms: number;
}

/** NewsLens through the CLI's own path: bytes → declared charset → linkedom → analysis.text. */
export function extractWithNewsLens(page: Page): Extraction & { analysis?: Analysis } {
  const started = performance.now();
  try {
    const analysis = analyzePageBytes(page.bytes, { url: page.url });
    return { text: analysis.text, analysis, ms: performance.now() - started };
  } catch (error) {
    return { text: '', error: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
  }
}

// ---------------------------------------------------------------------------------------------
// aeb-dev: bags of 4-token shingles
//
// The Article Extraction Benchmark's published metric (github.com/scrapinghub/
// article-extraction-benchmark, evaluate.py: `string_shingle_matching`, shingles of 4 tokens,
// counted as multisets). Where we differ from evaluate.py, on purpose:
// - tokens are runs of letters/digits, lower-cased (evaluate.py keeps case and uses \w+, which
//   also joins underscores), so a headline printed in capitals is not a miss;
// - a page where the extractor gives nothing scores P = 0 and counts in the mean (evaluate.py
//   leaves such pages out of its precision mean, which flatters an extractor that gives up);
// - the headline figure is the mean (and median) of per-page F1; evaluate.py's F1 is the
//   harmonic mean of mean P and mean R, printed here as "F1(means)".
// Edge cases follow evaluate.py: both texts empty → P = R = 1; one empty → 0. A text of fewer
// than 4 tokens is one shingle of all its tokens.

export const SHINGLE_TOKENS = 4;
const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return Array.from(text.matchAll(TOKEN), (match) => match[0].toLowerCase());
}

/** How often each shingle (tokens joined by a space) occurs. */
export function shingleCounts(tokens: string[], size = SHINGLE_TOKENS): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - size + 1); i++) {
    const shingle = tokens.slice(i, i + size);
    if (shingle.length === 0) continue;
    const key = shingle.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  /** Shingles in both (multiset intersection), in ours, in the truth. */
  shared: number;
  ours: number;
  truth: number;
}

export function scoreShingles(ours: string, truth: string): ShingleScore {
  const oursCounts = shingleCounts(tokenize(ours));
  const truthCounts = shingleCounts(tokenize(truth));
  let shared = 0;
  for (const [shingle, count] of oursCounts) shared += Math.min(count, truthCounts.get(shingle) ?? 0);
  const oursTotal = sum(oursCounts.values());
  const truthTotal = sum(truthCounts.values());
  if (oursTotal === 0 && truthTotal === 0) return { precision: 1, recall: 1, f1: 1, shared, ours: 0, truth: 0 };
  const precision = oursTotal ? shared / oursTotal : 0;
  const recall = truthTotal ? shared / truthTotal : 0;
  return { precision, recall, f1: harmonicMean(precision, recall), shared, ours: oursTotal, truth: truthTotal };
}

/**
 * The stretches of `text` whose shingles `other` lacks (each shared shingle used once), joined by
 * " … ": what an extraction added (text = ours, other = truth) or missed (the reverse).
 */
export function unmatchedText(text: string, other: string, size = SHINGLE_TOKENS): string {
  const tokens = Array.from(text.matchAll(TOKEN));
  const available = shingleCounts(tokenize(other), size);
  const covered = new Uint8Array(tokens.length);
  for (let i = 0; i < Math.max(1, tokens.length - size + 1) && tokens.length > 0; i++) {
    const window = tokens.slice(i, i + size);
    const key = window.map((match) => match[0].toLowerCase()).join(' ');
    const left = available.get(key) ?? 0;
    if (left === 0) continue;
    available.set(key, left - 1);
    covered.fill(1, i, i + window.length);
  }
  const stretches: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    let last = i;
    while (last + 1 < tokens.length && !covered[last + 1]) last++;
    const end = tokens[last].index + tokens[last][0].length;
    stretches.push(text.slice(tokens[i].index, end).replace(/\s+/g, ' '));
    i = last;
  }
  return stretches.join(' … ');
}

export interface Spread {
  mean: number;
  median: number;
}

export interface ShingleSummary {
  pages: number;
  precision: Spread;
  recall: Spread;
  f1: Spread;
  /** evaluate.py's headline: harmonic mean of mean precision and mean recall. */
  f1OfMeans: number;
}

export function summarizeShingles(scores: ShingleScore[]): ShingleSummary {
  const precision = spread(scores.map((s) => s.precision));
  const recall = spread(scores.map((s) => s.recall));
  return { pages: scores.length, precision, recall, f1: spread(scores.map((s) => s.f1)), f1OfMeans: harmonicMean(precision.mean, recall.mean) };
}

// ---------------------------------------------------------------------------------------------
// extract-dev: "with" / "without" snippets
//
// The set's README (after trafilatura's tests/eval_common.py): whitespace runs → one space,
// trimmed, then case-sensitive substring containment. We also apply the README's "reasonable
// addition", on both sides: Unicode NFC, and soft hyphens (U+00AD) and zero-width spaces
// (U+200B) removed. A crash or an empty text misses every "with" and excludes every "without".

export function normalizeForSnippets(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SnippetScore {
  withCount: number;
  withoutCount: number;
  missed: string[];
  leaked: string[];
  /** Every "with" found and no "without" kept. */
  passed: boolean;
}

export function scoreSnippets(text: string, page: Pick<ExtractPage, 'with' | 'without'>): SnippetScore {
  const normalized = normalizeForSnippets(text);
  const occurs = (snippet: string) => normalized.includes(normalizeForSnippets(snippet));
  const missed = page.with.filter((snippet) => !occurs(snippet));
  const leaked = page.without.filter(occurs);
  return { withCount: page.with.length, withoutCount: page.without.length, missed, leaked, passed: missed.length === 0 && leaked.length === 0 };
}

export interface SnippetSummary {
  pages: number;
  withFound: number;
  withCount: number;
  withoutExcluded: number;
  withoutCount: number;
  pagesPassed: number;
}

export function summarizeSnippets(scores: SnippetScore[]): SnippetSummary {
  const withCount = sum(scores.map((s) => s.withCount));
  const withoutCount = sum(scores.map((s) => s.withoutCount));
  return {
    pages: scores.length,
    withFound: withCount - sum(scores.map((s) => s.missed.length)),
    withCount,
    withoutExcluded: withoutCount - sum(scores.map((s) => s.leaked.length)),
    withoutCount,
    pagesPassed: scores.filter((s) => s.passed).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Noise entities: what NewsLens lists that the article body never mentions

export interface NoiseCount {
  /** Entities listed, dates left out. */
  listed: number;
  /** Names of the listed entities that neither by name nor by any alias occur in the truth. */
  noise: string[];
}

/** Case-insensitive, whitespace-normalised containment of any written form in the ground truth. */
export function noiseEntities(entities: Entity[], truth: string): NoiseCount {
  const loose = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const body = loose(truth);
  const listed = entities.filter((entity) => entity.type !== 'date');
  const mentioned = (entity: Entity) => [entity.name, ...entity.aliases].map(loose).some((form) => form !== '' && body.includes(form));
  return { listed: listed.length, noise: listed.filter((entity) => !mentioned(entity)).map((entity) => entity.name) };
}

// ---------------------------------------------------------------------------------------------

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function harmonicMean(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}

export function spread(values: number[]): Spread {
  if (values.length === 0) return { mean: NaN, median: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { mean: sum(values) / values.length, median };
}
