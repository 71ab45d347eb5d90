// Measures main-content extraction: the text NewsLens analyses (`analysis.text`, through the
// CLI's own page path) beside @mozilla/readability's `textContent`, on the same decoded pages in
// the same run:
//   aeb-dev      per-page precision / recall / F1 over 4-token shingles (the Article Extraction
//                Benchmark's metric) and the share of listed entities the article never mentions;
//   extract-dev  share of "with" snippets found and "without" snippets kept out (its README's rule).
// Every figure is given for the tune half, the test half (scripts/lib/split.ts) and all pages.
// Usage: npm run eval:extract -- [--set aeb|extract] [--half tune|test|all] [--errors] [--json FILE] [--jobs N]
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { decodeHtml, encodingForLabel } from '../src/cli/decode-html';
import { parsePage } from '../src/cli/page';
import {
  extractWithNewsLens,
  loadAebPages,
  loadExtractPages,
  noiseEntities,
  scoreShingles,
  scoreSnippets,
  sharedDataDir,
  summarizeShingles,
  summarizeSnippets,
  unmatchedText,
  type AebPage,
  type Extraction,
  type ExtractPage,
  type NoiseCount,
  type Page,
  type ShingleScore,
  type SnippetScore,
} from './lib/extract-eval';
import type { Half } from './lib/split';

const USAGE = 'usage: npm run eval:extract -- [--set aeb|extract] [--half tune|test|all] [--errors] [--json FILE] [--jobs N]';
const WORST_PAGES = 15;
const EXCERPT_CHARS = 200;

interface Options {
  set?: 'aeb' | 'extract';
  half: Half | 'all';
  errors: boolean;
  json?: string;
  /** Worker threads; the machine has two cores, shared. */
  jobs: number;
}

function parseOptions(args: string[]): Options {
  const options: Options = { half: 'all', errors: false, jobs: Math.min(2, availableParallelism()) };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => args[++i] ?? fail(`${arg} needs a value`);
    if (arg === '--errors') options.errors = true;
    else if (arg === '--json') options.json = value();
    else if (arg === '--jobs') {
      options.jobs = Number(value());
      if (!Number.isInteger(options.jobs) || options.jobs < 1) fail('--jobs takes a whole number ≥ 1');
    } else if (arg === '--set') {
      const set = value();
      if (set !== 'aeb' && set !== 'extract') fail('--set takes aeb or extract');
      options.set = set;
    } else if (arg === '--half') {
      const half = value();
      if (half !== 'tune' && half !== 'test' && half !== 'all') fail('--half takes tune, test or all');
      options.half = half;
    } else fail(`unknown argument: ${arg}`);
  }
  return options;
}

function fail(message: string): never {
  console.error(`eval:extract: ${message}\n${USAGE}`);
  process.exit(2);
}

/**
 * Readability on the same linkedom document NewsLens reads (parsePage: the same decoded HTML, the body where a browser puts it). It runs
 * on linkedom as it is, no shim needed: linkedom leaves `baseURI` null, so Readability's URL
 * fixing (inside a try) keeps relative links as written, which never touches the text.
 */
function extractWithReadability(page: Page): Extraction {
  const started = performance.now();
  try {
    const article = new Readability(parsePage(decodeHtml(page.bytes).html)).parse();
    return { text: article?.textContent ?? '', ms: performance.now() - started };
  } catch (error) {
    return { text: '', error: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
  }
}

// --- per-page results ------------------------------------------------------------------------

interface Run<Score> {
  score: Score;
  chars: number;
  ms: number;
  error?: string;
}

interface AebResult {
  name: string;
  half: Half;
  url?: string;
  newsLens: Run<ShingleScore>;
  readability: Run<ShingleScore>;
  noise: NoiseCount;
  /** Kept for --errors only. */
  texts: { ours: string; truth: string };
}

interface ExtractResult {
  name: string;
  half: Half;
  url?: string;
  charset: string;
  /** What the set's manifest says the page's charset is, as a WHATWG encoding name. */
  manifestCharset?: string;
  newsLens: Run<SnippetScore>;
  readability: Run<SnippetScore>;
}

function run<Score>(extraction: Extraction, score: (text: string) => Score): Run<Score> {
  return { score: score(extraction.text), chars: extraction.text.length, ms: extraction.ms, ...(extraction.error ? { error: extraction.error } : {}) };
}

function evaluateAebPage(page: AebPage): AebResult {
  const ours = extractWithNewsLens(page);
  const theirs = extractWithReadability(page);
  return {
    name: page.name,
    half: page.half,
    url: page.url,
    newsLens: run(ours, (text) => scoreShingles(text, page.truth)),
    readability: run(theirs, (text) => scoreShingles(text, page.truth)),
    noise: noiseEntities(ours.analysis?.entities ?? [], page.truth),
    texts: { ours: ours.text, truth: page.truth },
  };
}

function evaluateExtractPage(page: ExtractPage): ExtractResult {
  return {
    name: page.name,
    half: page.half,
    url: page.url,
    charset: decodeHtml(page.bytes).charset,
    manifestCharset: page.manifestCharset && encodingForLabel(page.manifestCharset),
    newsLens: run(extractWithNewsLens(page), (text) => scoreSnippets(text, page)),
    readability: run(extractWithReadability(page), (text) => scoreSnippets(text, page)),
  };
}

// --- printing --------------------------------------------------------------------------------

const fixed = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '–');
const row = (cells: (string | number)[], widths: number[]) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' ');

function inHalf<T extends { half: Half }>(results: T[], half: Half | 'all'): T[] {
  return half === 'all' ? results : results.filter((result) => result.half === half);
}

function problems(runs: Run<unknown>[]): string {
  const crashed = runs.filter((r) => r.error).length;
  const empty = runs.filter((r) => !r.error && r.chars === 0).length;
  return `${crashed} crashed, ${empty} empty`;
}

function printAeb(results: AebResult[], halves: (Half | 'all')[]): void {
  const widths = [12, 5, 5, 7, 7, 7, 7, 7, 7, 9];
  console.log(`\naeb-dev: ${results.length} pages · bags of 4-token shingles (Article Extraction Benchmark) · per-page P, R, F1`);
  console.log(row(['', 'half', 'pages', 'P mean', 'P med', 'R mean', 'R med', 'F1 mean', 'F1 med', 'F1(means)'], widths));
  for (const half of halves) {
    const pages = inHalf(results, half);
    for (const [label, runs] of [
      ['NewsLens', pages.map((p) => p.newsLens)],
      ['Readability', pages.map((p) => p.readability)],
    ] as const) {
      const s = summarizeShingles(runs.map((r) => r.score));
      console.log(
        row(
          [
            label,
            half,
            s.pages,
            fixed(s.precision.mean),
            fixed(s.precision.median),
            fixed(s.recall.mean),
            fixed(s.recall.median),
            fixed(s.f1.mean),
            fixed(s.f1.median),
            fixed(s.f1OfMeans),
          ],
          widths,
        ),
      );
    }
  }
  const all = inHalf(results, halves[halves.length - 1]);
  console.log(`  NewsLens: ${problems(all.map((p) => p.newsLens))} · Readability: ${problems(all.map((p) => p.readability))}`);
  const noise = halves.map((half) => {
    const pages = inHalf(results, half);
    const listed = pages.reduce((total, p) => total + p.noise.listed, 0);
    const noisy = pages.reduce((total, p) => total + p.noise.noise.length, 0);
    return `${half} ${noisy}/${listed} = ${percent(noisy, listed)}`;
  });
  console.log(`  noise entities (NewsLens entities, dates left out, never mentioned in the ground truth): ${noise.join(' · ')}`);
}

function printExtract(results: ExtractResult[], halves: (Half | 'all')[]): void {
  const widths = [12, 5, 5, 20, 20, 16];
  console.log(`\nextract-dev: ${results.length} pages · snippets after whitespace/NFC/soft-hyphen normalisation`);
  console.log(row(['', 'half', 'pages', 'with found', 'without excluded', 'pages passed'], widths));
  for (const half of halves) {
    const pages = inHalf(results, half);
    for (const [label, runs] of [
      ['NewsLens', pages.map((p) => p.newsLens)],
      ['Readability', pages.map((p) => p.readability)],
    ] as const) {
      const s = summarizeSnippets(runs.map((r) => r.score));
      const share = (part: number, whole: number) => `${fixed(whole ? part / whole : NaN)} (${part}/${whole})`;
      console.log(row([label, half, s.pages, share(s.withFound, s.withCount), share(s.withoutExcluded, s.withoutCount), share(s.pagesPassed, s.pages)], widths));
    }
  }
  const all = inHalf(results, halves[halves.length - 1]);
  console.log(`  NewsLens: ${problems(all.map((p) => p.newsLens))} · Readability: ${problems(all.map((p) => p.readability))}`);
}

/** Pages whose decoded charset differs from the one the set's manifest records. */
function printCharsetDisagreements(results: ExtractResult[]): void {
  const differing = results.filter((r) => r.manifestCharset && r.manifestCharset !== r.charset);
  const list = differing.map((r) => `${r.name} (${r.charset}, manifest ${r.manifestCharset})`).join(', ');
  console.log(`  charset: decodeHtml agrees with the manifest on ${results.length - differing.length} of ${results.length} pages${list ? `; differs on ${list}` : ''}`);
}

const excerpt = (text: string) => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text || '(nothing)');

function printAebErrors(results: AebResult[]): void {
  const worst = results
    .filter((r) => r.half === 'tune')
    .sort((a, b) => a.newsLens.score.f1 - b.newsLens.score.f1)
    .slice(0, WORST_PAGES);
  console.log(`\naeb-dev, tune half: the ${worst.length} pages with the lowest NewsLens F1`);
  for (const page of worst) {
    const { precision, recall, f1 } = page.newsLens.score;
    console.log(`\n${page.name.slice(0, 16)}  F1 ${fixed(f1)}  P ${fixed(precision)}  R ${fixed(recall)}  (Readability F1 ${fixed(page.readability.score.f1)})  ${page.url ?? ''}`);
    if (page.newsLens.error) console.log(`  crashed: ${page.newsLens.error}`);
    console.log(`  extra:  ${excerpt(unmatchedText(page.texts.ours, page.texts.truth))}`);
    console.log(`  missed: ${excerpt(unmatchedText(page.texts.truth, page.texts.ours))}`);
  }
}

function printExtractErrors(results: ExtractResult[]): void {
  const failures = (r: ExtractResult) => r.newsLens.score.missed.length + r.newsLens.score.leaked.length;
  const worst = results
    .filter((r) => r.half === 'tune' && failures(r) > 0)
    .sort((a, b) => failures(b) - failures(a) || a.name.localeCompare(b.name))
    .slice(0, WORST_PAGES);
  console.log(`\nextract-dev, tune half: the ${worst.length} pages with the most missed "with" + leaked "without" snippets (NewsLens)`);
  for (const page of worst) {
    console.log(`\n${page.name}  ${page.url ?? ''}${page.newsLens.error ? `  crashed: ${page.newsLens.error}` : ''}${page.newsLens.chars === 0 ? '  (extracted nothing)' : ''}`);
    for (const snippet of page.newsLens.score.missed) console.log(`  missed: ${JSON.stringify(snippet)}`);
    for (const snippet of page.newsLens.score.leaked) console.log(`  leaked: ${JSON.stringify(snippet)}`);
  }
}

// --- running: pages spread over worker threads --------------------------------------------

type SetName = 'aeb' | 'extract';

/** One worker's share of a set: the pages of the half whose index ≡ shard (mod shards). */
interface Shard {
  set: SetName;
  half: Half | 'all';
  shard: number;
  shards: number;
}

function evaluateShard({ set, half, shard, shards }: Shard): (AebResult | ExtractResult)[] {
  const mine = <T extends Page>(pages: T[]) => pages.filter((p, i) => (half === 'all' || p.half === half) && i % shards === shard);
  return set === 'aeb' ? mine(loadAebPages()).map(evaluateAebPage) : mine(loadExtractPages()).map(evaluateExtractPage);
}

/** The set's results in name order, computed by `jobs` worker threads running this same file. */
async function evaluateSet(set: SetName, half: Half | 'all', jobs: number): Promise<(AebResult | ExtractResult)[]> {
  if (jobs === 1) return evaluateShard({ set, half, shard: 0, shards: 1 });
  const shards = Array.from(
    { length: jobs },
    (_, shard) =>
      new Promise<(AebResult | ExtractResult)[]>((done, failed) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { set, half, shard, shards: jobs } satisfies Shard });
        worker.once('message', done);
        worker.once('error', failed);
      }),
  );
  return (await Promise.all(shards)).flat().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

if (!isMainThread) parentPort?.postMessage(evaluateShard(workerData as Shard));
else await main();

// --- main ------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dataDir = sharedDataDir();
  if (!existsSync(dataDir)) {
    console.error(`eval:extract: ${dataDir} is missing. The evaluation reads the shared page sets from ../shared/data beside the checkout.`);
    process.exit(1);
  }

  const started = performance.now();
  const halves: (Half | 'all')[] = options.half === 'all' ? ['tune', 'test', 'all'] : [options.half];
  const timings: string[] = [];
  /** Seconds each extractor spent on a set (parsing included), summed over the workers. */
  const recordTiming = (label: string, results: { newsLens: Run<unknown>; readability: Run<unknown> }[]) => {
    const seconds = (runs: Run<unknown>[]) => (runs.reduce((total, r) => total + r.ms, 0) / 1000).toFixed(1);
    timings.push(`${label}: NewsLens ${seconds(results.map((r) => r.newsLens))} s, Readability ${seconds(results.map((r) => r.readability))} s`);
  };

  let aeb: AebResult[] = [];
  let extract: ExtractResult[] = [];
  try {
    if (options.set !== 'extract') {
      aeb = (await evaluateSet('aeb', options.half, options.jobs)) as AebResult[];
      printAeb(aeb, halves);
      recordTiming('aeb-dev', aeb);
    }
    if (options.set !== 'aeb') {
      extract = (await evaluateSet('extract', options.half, options.jobs)) as ExtractResult[];
      printExtract(extract, halves);
      printCharsetDisagreements(extract);
      recordTiming('extract-dev', extract);
    }
  } catch (error) {
    console.error(`eval:extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }

  if (options.errors) {
    if (options.half === 'test') console.log('\n--errors lists tune pages only; this run had none.');
    else {
      if (aeb.length) printAebErrors(aeb);
      if (extract.length) printExtractErrors(extract);
    }
  }

  if (options.json) {
    const perPage = { aeb: aeb.map(({ texts: _texts, ...result }) => result), extract };
    writeFileSync(options.json, JSON.stringify(perPage, null, 1) + '\n');
    console.log(`\nper-page figures written to ${options.json}`);
  }

  const wall = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\ntime: ${wall} s on ${options.jobs} thread${options.jobs > 1 ? 's' : ''} (extractor time summed over threads: ${timings.join('; ')})`);
}
