// Is the packed analysis format (src/shared/packed-analysis.ts) worth its code? Measures, on the
// 121 aeb-dev pages and on the synthetic 1 MB and 5 MB English texts of the long-task bench,
// what an analysis costs to send between the extension's contexts, plain (mentions as
// {start, end} objects) and packed (mentions as one base-36 string per entity):
//   - size: bytes of V8's structured-clone serialisation (Firefox's messages, postMessage) and
//     of JSON (Chrome's extension messages are JSON-serialised);
//   - the receiving side's cost, which is what runs on a page's main thread: deserialise
//     (v8.deserialize, JSON.parse), plus, for the packed form, decoding the mentions into the
//     arrays the marks are made from (unpackSpanArraysInSteps, run in steps in the extension);
//   - the sending side's cost (background: serialise, plus packAnalysis for the packed form).
// Each cost is the median of several repetitions. Node's V8 stands in for the browser's.
// Run: node scripts/run-ts.mjs bench/transport.ts [--pages N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument, analyzeText } from '../src/core/analyze';
import { runNow } from '../src/core/steps';
import type { Analysis } from '../src/core/types';
import { ARTICLE_PART_CHARS } from '../src/shared/messages';
import { packAnalysis, unpackSpanArraysInSteps } from '../src/shared/packed-analysis';
import { parseDocument } from '../test/support/linkedom';
import { syntheticArticle } from './core';

const AEB_DIR = join(process.cwd(), '..', 'shared', 'data', 'aeb-dev', 'html');
const args = process.argv.slice(2);
const pageLimit = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : Infinity;

/** Median time in ms of `run`, repeated until 20 ms or 15 runs have passed (at least 3). */
function time(run: () => void): number {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < 3 || (times.length < 15 && performance.now() - started < 20)) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

interface Row {
  name: string;
  mentions: number;
  plain: Costs;
  packed: Costs;
}
interface Costs {
  cloneBytes: number;
  jsonBytes: number;
  /** Background: (pack +) serialise. */
  sendCloneMs: number;
  sendJsonMs: number;
  /** Page: deserialise; then make the mentions' number arrays (decode them, for the packed form; in steps). */
  receiveCloneMs: number;
  receiveJsonMs: number;
  decodeMs: number;
}

/** The two legs' shape: background → content script without the text (it has it). */
function measure(name: string, analysis: Analysis): Row {
  const sent = { ...analysis, text: '' };
  const mentions = sent.entities.reduce((n, e) => n + e.mentions.length, 0);
  const costs = (object: unknown, prepare: () => unknown, decode: (received: unknown) => void): Costs => {
    const cloned = serialize(object);
    const json = JSON.stringify(object);
    return {
      cloneBytes: cloned.length,
      jsonBytes: Buffer.byteLength(json),
      sendCloneMs: time(() => serialize(prepare())),
      sendJsonMs: time(() => JSON.stringify(prepare())),
      receiveCloneMs: time(() => void deserialize(cloned)),
      receiveJsonMs: time(() => void JSON.parse(json)),
      decodeMs: ((received) => time(() => decode(received)))(JSON.parse(json)),
    };
  };
  const packed = packAnalysis(sent);
  return {
    name,
    mentions,
    plain: costs(
      sent,
      () => sent,
      // The marks are made from two number arrays per entity (SpanArrays): plain mentions are copied into them.
      (received) => {
        for (const { mentions } of (received as typeof sent).entities) {
          const starts = new Int32Array(mentions.length);
          const ends = new Int32Array(mentions.length);
          mentions.forEach((mention, i) => {
            starts[i] = mention.start;
            ends[i] = mention.end;
          });
        }
      },
    ),
    packed: costs(
      packed,
      () => packAnalysis(sent),
      (received) => {
        for (const entity of (received as typeof packed).entities) runNow(unpackSpanArraysInSteps(entity.mentions));
      },
    ),
  };
}

function aebRows(): Row[] {
  if (!existsSync(AEB_DIR)) {
    console.error(`bench/transport: no aeb-dev pages at ${AEB_DIR} (../shared/data/aeb-dev beside the checkout).`);
    process.exit(1);
  }
  const files = readdirSync(AEB_DIR)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, pageLimit);
  return files.map((file) => {
    const document = parseDocument(gunzipSync(readFileSync(join(AEB_DIR, file))).toString('utf8'));
    return measure(file.slice(0, 8), analyzeDocument(document).analysis);
  });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (bytes: number) => `${fmt(bytes / 1024)} KB`;

function report(title: string, rows: Row[], pick: (xs: number[]) => number) {
  const line = (label: string, of: (c: Costs) => number, unit: (x: number) => string) =>
    console.log(`  ${label.padEnd(44)} plain ${unit(pick(rows.map((r) => of(r.plain)))).padStart(10)}   packed ${unit(pick(rows.map((r) => of(r.packed)))).padStart(10)}`);
  console.log(`${title} (${rows.length} ${rows.length === 1 ? 'text' : 'pages'}, ${fmt(pick(rows.map((r) => r.mentions)))} mentions)`);
  const ms = (x: number) => `${fmt(x)} ms`;
  line('size, structured clone', (c) => c.cloneBytes, kb);
  line('size, JSON', (c) => c.jsonBytes, kb);
  line('background: (pack +) serialise, clone', (c) => c.sendCloneMs, ms);
  line('background: (pack +) serialise, JSON', (c) => c.sendJsonMs, ms);
  line('page: receive, structured clone', (c) => c.receiveCloneMs, ms);
  line('page: receive, JSON', (c) => c.receiveJsonMs, ms);
  line('page: receive JSON + mention arrays (steps)', (c) => c.receiveJsonMs + c.decodeMs, ms);
}

const warm = syntheticArticle('en', 64 * 1024, 3);
measure('warm-up', analyzeText(warm));

const rows = aebRows();
console.log('Transport of the analysis, background → content script (the text left out), in Node V8\n');
report('aeb-dev, median page', rows, (xs) => percentile(xs, 50));
report('aeb-dev, p90 page', rows, (xs) => percentile(xs, 90));
report('aeb-dev, largest figure of any page', rows, (xs) => Math.max(...xs));
for (const mb of [1, 5]) {
  const text = syntheticArticle('en', mb * 2 ** 20);
  report(`synthetic ${mb} MB English text`, [measure(`${mb} MB`, analyzeText(text))], (xs) => xs[0]);
  // The other way, content script → background: the article text, whole or in ARTICLE_PART_CHARS parts.
  const part = text.slice(0, ARTICLE_PART_CHARS);
  const whole = { clone: time(() => serialize({ type: 'article-part', text })), json: time(() => JSON.stringify({ type: 'article-part', text })) };
  const one = { clone: time(() => serialize({ type: 'article-part', text: part })), json: time(() => JSON.stringify({ type: 'article-part', text: part })) };
  console.log(
    `  page: send the text (${fmt(text.length / 1e6)} M chars)  whole: clone ${fmt(whole.clone)} ms, JSON ${fmt(whole.json)} ms;` +
      `  per ${ARTICLE_PART_CHARS / 1024}K part: clone ${fmt(one.clone)} ms, JSON ${fmt(one.json)} ms`,
  );
}
