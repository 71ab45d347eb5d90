// List precision and recall of the popup's Who / Organisations / Where lists against lists made
// by hand (tests/data/entity-lists), per tune and test half by document. A listed entity is right
// when its name or an alias matches a gold name or alias of the same type; entities matching an
// entry the annotator marked optional count neither way.
// Usage: npm run eval:lists -- [--set aeb-dev-en|ko-wikinews|extract-dev-en] [--half tune|test [--part a|b]] [--errors (tune only)] [--json]
//        [--gold DIR]  (the hand-made lists from DIR instead of tests/data/entity-lists)
import {
  emptyListCounts,
  LIST_SETS,
  LIST_TYPES,
  loadListSet,
  precisionOf,
  recallOf,
  scoreArticle,
  shownBeforeMore,
  totalOf,
  type ArticleErrors,
  type ListCounts,
  type ListSetName,
} from './lib/list-eval';
import { readEvalArgs } from './lib/eval-args';
import { sharedDataDir } from './lib/extract-eval';
import type { Half } from './lib/split';

const { option, flag, halves, inPart } = readEvalArgs();
const onlySet = option('--set') as ListSetName | undefined;
const showErrors = flag('--errors');
const asJson = flag('--json');
if (showErrors && halves.includes('test')) {
  console.error('--errors shows tune-half articles only: add --half tune (the test half stays unread).');
  process.exit(2);
}

const results: Record<string, Record<string, { articles: number; perType: ReturnType<typeof emptyListCounts>; total: ListCounts; shownBeforeMore: ListCounts }>> = {};
for (const set of LIST_SETS) {
  if (onlySet && set !== onlySet) continue;
  const articles = loadListSet(process.cwd(), sharedDataDir(), set, option('--gold'));
  if (articles.length === 0) continue;
  results[set] = {};
  for (const half of halves) {
    const chosen = articles.filter((article) => article.half === half && inPart(article.doc));
    const counts = emptyListCounts();
    const shown = emptyListCounts();
    const errors: ArticleErrors[] = [];
    for (const article of chosen) {
      const analysis = article.analyse();
      scoreArticle(article, analysis, counts, errors);
      scoreArticle(article, shownBeforeMore(analysis), shown);
    }
    results[set][half] = { articles: chosen.length, perType: counts, total: totalOf(counts), shownBeforeMore: totalOf(shown) };
    if (!asJson) print(set, half, chosen.length, counts, shown);
    if (showErrors) for (const e of errors) console.log(`  ${e.doc.slice(0, 16)}\n    wrong:  ${e.wrong.join(', ')}\n    missed: ${e.missed.join(', ')}`);
  }
}
if (asJson) console.log(JSON.stringify(results, null, 2));

function print(set: string, half: Half, articles: number, counts: ReturnType<typeof emptyListCounts>, shown: ReturnType<typeof emptyListCounts>): void {
  const line = (label: string, c: ListCounts) =>
    `    ${label.padEnd(13)} precision ${precisionOf(c).toFixed(3)} (${c.right}/${c.listed})  recall ${recallOf(c).toFixed(3)} (${c.found}/${c.gold})`;
  console.log(`\n${set}, ${half} half: ${articles} articles`);
  for (const type of LIST_TYPES) console.log(line(type, counts[type]));
  console.log(line('all', totalOf(counts)));
  // What a reader sees before opening "more" (minor people and organisations folded): the targets are on `all`.
  console.log(line('shown', totalOf(shown)) + '   (as the popup first shows the lists, before "more")');
}
