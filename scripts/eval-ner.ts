// Scores the entity recognisers on the labelled sets in ../shared/data (KLUE WikiTree dev, UNER
// PUD, GUM news as extra text), whole documents through the CLI's `analyze` path. Each set is
// split into a tune half and a test half by document name (scripts/lib/split.ts): rules are
// changed while reading tune-half errors only, and the test half is the figure to report.
// A prediction is right when it overlaps a gold span of the same type (each gold span counts
// once); exact-boundary and untyped figures are printed beside it, and 'conventions': the figure
// under the product's conventions where the sets' differ (scripts/lib/ner-eval.ts says which). English is also scored with
// compromise, the baseline the product issue names.
// Usage: npm run eval:ner -- [--set ko-klue|en-pud|en-gum-news] [--half tune|test [--part a|b]]
//                            [--errors N (tune half only)] [--json]
import {
  loadNerSet,
  NER_SETS,
  NER_TYPES,
  predictDocument,
  prf,
  scoreDocuments,
  type Counts,
  type DocumentErrors,
  type DocumentPrediction,
  type GoldSpan,
  type NerDocument,
  type NerScore,
  type NerSetName,
} from './lib/ner-eval';
import { readEvalArgs } from './lib/eval-args';
import { sharedDataDir } from './lib/extract-eval';
import type { Half } from './lib/split';

const { option, flag, halves, inPart } = readEvalArgs();
const onlySet = option('--set') as NerSetName | undefined;
const errorsToShow = Number(option('--errors') ?? 0);
const asJson = flag('--json');
if (errorsToShow && halves.includes('test')) {
  console.error('--errors shows tune-half documents only: add --half tune (the test half stays unread).');
  process.exit(2);
}

const results: Record<string, Record<string, { newslens: NerScore; compromise?: NerScore }>> = {};
for (const set of Object.keys(NER_SETS) as NerSetName[]) {
  if (onlySet && set !== onlySet) continue;
  const all = loadNerSet(sharedDataDir(), set);
  results[set] = {};
  for (const half of halves) {
    const documents = all.filter((document) => document.half === half && inPart(document.name));
    const errors: DocumentErrors[] = [];
    const newslens = scoreDocuments(documents, documents.map(predictDocument), errors);
    const compromise = NER_SETS[set].language === 'en' ? scoreDocuments(documents, await compromisePredictions(documents)) : undefined;
    results[set][half] = { newslens, compromise };
    if (!asJson) printScores(set, half, newslens, compromise);
    if (errorsToShow) printErrors(errors, errorsToShow);
  }
}
if (asJson) console.log(JSON.stringify(results, null, 2));

function printScores(set: string, half: Half, newslens: NerScore, compromise?: NerScore): void {
  console.log(`\n${set}, ${half} half: ${newslens.documents} documents, ${newslens.declined} declined as not an article (counted as all missed)`);
  printScore('NewsLens', newslens);
  if (compromise) printScore('compromise', compromise);
}

function printScore(name: string, score: NerScore): void {
  const line = (label: string, counts: Counts) => {
    const { p, r, f } = prf(counts);
    return `    ${label.padEnd(13)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (gold ${counts.gold}, predicted ${counts.predicted})`;
  };
  console.log(`  ${name}`);
  for (const type of NER_TYPES) console.log(line(type, score.perType[type]));
  console.log(line('micro', score.micro));
  console.log(line('untyped', score.untyped));
  console.log(line('exact', score.exact));
  console.log(line('conventions', score.conventions));
}

function printErrors(errors: DocumentErrors[], limit: number): void {
  const quote = (document: NerDocument, span: GoldSpan) =>
    `${span.type}:${document.text.slice(span.start, span.end)} «${document.text.slice(Math.max(0, span.start - 15), span.end + 15).replace(/\n/g, ' ')}»`;
  for (const { document, missed, spurious } of errors.filter((e) => e.missed.length + e.spurious.length > 0).slice(0, limit)) {
    console.log(`\n  ${document.name}`);
    for (const span of missed) console.log(`    missed   ${quote(document, span)}`);
    for (const span of spurious) console.log(`    spurious ${quote(document, span)}`);
  }
}

async function compromisePredictions(documents: NerDocument[]): Promise<DocumentPrediction[]> {
  const nlp = (await import('compromise')).default;
  return documents.map((document) => {
    const doc = nlp(document.text);
    const spans: GoldSpan[] = [];
    const add = (view: { json(options: object): unknown }, type: string) => {
      for (const item of view.json({ offset: true }) as { offset?: { start: number; length: number } }[]) {
        if (item.offset) spans.push({ start: item.offset.start, end: item.offset.start + item.offset.length, type });
      }
    };
    add(doc.people(), 'person');
    add(doc.organizations(), 'organization');
    add(doc.places(), 'place');
    return { spans, declined: false };
  });
}
