// The Article Extraction Benchmark pages (../shared/data/aeb-dev): 121 real news and blog
// pages. No page may throw, and collapsing must never lose article text: a paragraph that
// occurs k times in the ground truth stays visible at least k times (or as often as the page
// prints it, when that is fewer).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { matchKey } from '../../src/core/text/match-key';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'aeb-dev');
if (!existsSync(DATA)) throw new Error(`${DATA} is missing: the corpus tests need ../shared beside the checkout.`);
const groundTruth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
const pages = readdirSync(join(DATA, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .sort();

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

const collapsedPages: string[] = [];

describe('aeb-dev pages', () => {
  it('has the 121 pages', () => expect(pages.length).toBe(121));

  it.each(pages)('%s: analyses without throwing and keeps every article paragraph visible', (file) => {
    const sha = file.replace('.html.gz', '');
    const html = gunzipSync(readFileSync(join(DATA, 'html', file))).toString('utf8');
    const { document } = parseHTML(html);
    const { analysis } = analyzeDocument(document, { url: groundTruth[sha]?.url });
    if (analysis.repeats.length > 0) collapsedPages.push(`${sha.slice(0, 12)} (${analysis.repeats.length})`);

    let visible = '';
    let cursor = 0;
    for (const repeat of analysis.repeats) {
      visible += analysis.text.slice(cursor, repeat.start) + '\n';
      cursor = repeat.end;
    }
    visible = matchKey(visible + analysis.text.slice(cursor));
    const all = matchKey(analysis.text);

    const paragraphs = (groundTruth[sha]?.articleBody ?? '').split('\n').map(matchKey).filter(Boolean);
    const expectedCounts = new Map<string, number>();
    for (const p of paragraphs) expectedCounts.set(p, (expectedCounts.get(p) ?? 0) + 1);
    for (const [paragraph, k] of expectedCounts) {
      const needed = Math.min(k, countOccurrences(all, paragraph));
      expect(countOccurrences(visible, paragraph), `paragraph "${paragraph.slice(0, 40)}…" must stay visible ${needed}×`).toBeGreaterThanOrEqual(needed);
    }
  });

  afterAll(() => {
    console.log(`aeb-dev: ${collapsedPages.length} of ${pages.length} pages had a collapse${collapsedPages.length ? `: ${collapsedPages.join(', ')}` : ''}`);
  });
});
