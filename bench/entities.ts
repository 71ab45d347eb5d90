// Entity recognition's cost, in Node (section 7 of `npm run bench`):
//   - the Korean recogniser on the user's example article (the seed page's article text), median
//     of 50 runs after one warm-up (issue 12's budget: ≤ 2 ms), and once warm: median of 200 runs
//     after 100 (most of the first 50 runs come before V8 has optimised the code);
//   - on every aeb-dev page, the share of the analysis spent recognising entities: the page is
//     read once, then analyzeArticle is timed whole and recognize alone on the same input, with
//     the sentences the analysis gives it (split within the page's blocks) (budget: ≤ 40% of the
//     analysis, summed over the pages).
// Usage: node scripts/run-ts.mjs bench/entities.ts [--pages N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../src/core/analyze';
import { recognize } from '../src/core/entities/index';
import { detectLanguage } from '../src/core/language';
import { readPageMetadata } from '../src/core/metadata';
import { runNow } from '../src/core/steps';
import { articleInputOf, readArticleInSteps } from '../src/core/text/read-article';
import { segmentSentences } from '../src/core/text/segment';
import type { Block } from '../src/core/types';

const args = process.argv.slice(2);
const pageLimit = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : Infinity;

function inputOf(html: string, url?: string) {
  const { document } = parseHTML(html);
  const { metadata, hints } = readPageMetadata(document);
  const read = runNow(readArticleInSteps(document, { hints }));
  return articleInputOf(read, metadata, url);
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeRuns(runs: number, work: () => unknown, warmUps = 1): number {
  for (let i = 0; i < warmUps; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Recognition as the analysis runs it: sentences split within the page's blocks (analyze.ts sentencesOf). */
const recognizeInput = (input: { text: string; blocks: Block[] }, language: string) =>
  recognize({ text: input.text, sentences: segmentSentences(input.text, input.blocks), excluded: [], known: [] }, language);

const seed = inputOf(readFileSync('examples/seed-article.html', 'utf8'));
const seedMs = timeRuns(50, () => recognizeInput(seed, 'ko'));
const warmMs = timeRuns(200, () => recognizeInput(seed, 'ko'), 100);
console.log(
  `Korean recogniser on the example article (${seed.text.length.toLocaleString('en')} characters): ${seedMs.toFixed(2)} ms median of 50 after one warm-up, ${warmMs.toFixed(2)} ms once warm (median of 200 after 100) (budget ≤ 2 ms)`,
);

const aebDir = join('..', 'shared', 'data', 'aeb-dev', 'html');
if (!existsSync(aebDir)) {
  console.log(`aeb-dev pages not found at ${aebDir}: entity share not measured.`);
} else {
  let analysisMs = 0;
  let entitiesMs = 0;
  const files = readdirSync(aebDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, pageLimit);
  for (const file of files) {
    const input = inputOf(gunzipSync(readFileSync(join(aebDir, file))).toString('utf8'));
    const language = detectLanguage(input.text, input.declaredLanguage);
    analysisMs += timeRuns(3, () => analyzeArticle(input));
    entitiesMs += timeRuns(3, () => recognizeInput(input, language));
  }
  const share = entitiesMs / analysisMs;
  console.log(
    `aeb-dev, ${files.length} pages: analysis ${analysisMs.toFixed(0)} ms, entity recognition ${entitiesMs.toFixed(0)} ms = ${(share * 100).toFixed(0)}% of the analysis (budget ≤ 40%)`,
  );
}
