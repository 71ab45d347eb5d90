// How much cheaper the analysis after reading (language, sentences, repeats, entities,
// agreements) is on the chosen article than on the whole page, over the aeb-dev pages in Node.
//   node scripts/run-ts.mjs bench/article-vs-page.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../src/core/analyze';
import { runNow } from '../src/core/steps';
import { readArticleInSteps } from '../src/core/text/read-article';
const D = join(process.cwd(), '..', 'shared', 'data', 'aeb-dev', 'html');
const ratios: number[] = [];
let [tPage, tArt, cPage, cArt] = [0, 0, 0, 0];
for (const f of readdirSync(D)) {
  const { document } = parseHTML(gunzipSync(readFileSync(D + '/' + f)).toString());
  const read = runNow(readArticleInSteps(document));
  const page = { text: read.page.text, blocks: read.page.blocks };
  const art = { text: read.text, blocks: read.blocks, article: read.info };
  for (let w = 0; w < 2; w++) {
    analyzeArticle(page);
    analyzeArticle(art);
  }
  let t = performance.now();
  for (let r = 0; r < 3; r++) analyzeArticle(page);
  const a = (performance.now() - t) / 3;
  t = performance.now();
  for (let r = 0; r < 3; r++) analyzeArticle(art);
  const b = (performance.now() - t) / 3;
  tPage += a;
  tArt += b;
  cPage += page.text.length;
  cArt += art.text.length;
  ratios.push(b / a);
}
ratios.sort((x, y) => x - y);
console.log(
  `later stages (language..agreements) on aeb-dev: whole page ${tPage.toFixed(0)} ms, article ${tArt.toFixed(0)} ms (${(tArt / tPage).toFixed(2)}x); text ${cPage} vs ${cArt} chars (${(cArt / cPage).toFixed(2)}x); median per-page ratio ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}`,
);
