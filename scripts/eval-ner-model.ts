// The English rules against the learned tagger (issue 12, item 4), on the same documents and
// the same tune/test halves as `npm run eval:ner`: UNER PUD and GUM news/interview. The rules
// are scored through `analyze` (predictDocument, as eval:ner does); the model tags the same
// documents' sentences (segmentSentences over each line, as analyze segments them). Then both
// are timed on those documents: the English recogniser alone (recognize(…, 'en')), the model
// alone, and compromise, in documents per second, and on PUD's sentences one at a time as
// bench/ner-speed.ts measures the budget. A model trained with --rules-as-features is given the
// rules' names, and its time includes theirs.
// Settings are chosen on the tune half; the test half is the figure to report.
// Usage: node scripts/run-ts.mjs scripts/eval-ner-model.ts [--model FILE] [--half tune|test]
//                                [--no-speed] [--json]
import { readFileSync } from 'node:fs';
import compromise from 'compromise';
import { gzipSync } from 'node:zlib';
import { loadTagger, tagNames, type ModelData, type NameSpan, type Tagger } from './lib/ner-model';
import { recognize } from '../src/core/entities/index';
import { segmentSentences } from '../src/core/text/segment';
import { passesPerSecond } from '../bench/ner-speed';
import { linesOf } from '../src/core/analyze';
import { readEvalArgs } from './lib/eval-args';
import { sharedDataDir } from './lib/extract-eval';
import {
  loadNerSet,
  NER_TYPES,
  predictDocument,
  prf,
  scoreDocuments,
  type Counts,
  type DocumentPrediction,
  type NerDocument,
  type NerScore,
  type NerSetName,
} from './lib/ner-eval';
import type { Sentence } from '../src/core/types';

const { option, flag, halves } = readEvalArgs();
const modelFile = option('--model') ?? 'data/en-ner-model.json';
const asJson = flag('--json');
const SETS: NerSetName[] = ['en-pud', 'en-gum-news'];

const raw = readFileSync(modelFile, 'utf8');
const modelData = JSON.parse(raw) as ModelData;
const tagger = loadTagger(modelData);

/** The names the English rule recogniser finds (for a model that reads them as features). */
function rulesNames(text: string, sentences: Sentence[]): NameSpan[] {
  return recognize({ text, sentences, excluded: [], known: [] }, 'en')
    .filter((e) => e.type !== 'date')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type as NameSpan['type'] })))
    .sort((a, b) => a.start - b.start);
}

function modelPrediction(model: Tagger, document: NerDocument): DocumentPrediction {
  const sentences = segmentSentences(document.text, linesOf(document.text));
  const hints = modelData.usesRules ? rulesNames(document.text, sentences) : undefined;
  return { spans: tagNames(model, document.text, sentences, hints), declined: false };
}

const documentsBySet = new Map(SETS.map((set) => [set, loadNerSet(sharedDataDir(), set)]));
const results: Record<string, Record<string, { rules: NerScore; model: NerScore }>> = {};
for (const half of halves) {
  const pooledDocuments: NerDocument[] = [];
  const pooledRules: DocumentPrediction[] = [];
  const pooledModel: DocumentPrediction[] = [];
  for (const set of SETS) {
    const documents = (documentsBySet.get(set) ?? []).filter((d) => d.half === half);
    const rules = documents.map(predictDocument);
    const model = documents.map((d) => modelPrediction(tagger, d));
    pooledDocuments.push(...documents);
    pooledRules.push(...rules);
    pooledModel.push(...model);
    (results[set] ??= {})[half] = { rules: scoreDocuments(documents, rules), model: scoreDocuments(documents, model) };
  }
  (results['both sets'] ??= {})[half] = { rules: scoreDocuments(pooledDocuments, pooledRules), model: scoreDocuments(pooledDocuments, pooledModel) };
}

const size = { bytes: Buffer.byteLength(raw), gzipped: gzipSync(raw, { level: 9 }).length };
const speed = flag('--no-speed') ? undefined : measureSpeed([...documentsBySet.values()].flat());

if (asJson) console.log(JSON.stringify({ results, size, speed }, null, 2));
else {
  for (const [set, byHalf] of Object.entries(results)) {
    for (const [half, { rules, model }] of Object.entries(byHalf)) {
      console.log(`\n${set}, ${half} half: ${rules.documents} documents (${rules.declined} declined by analyze, counted as all missed)`);
      printScore('rules', rules);
      printScore('model', model);
      console.log(`    model − rules, micro F1: ${(prf(model.micro).f - prf(rules.micro).f).toFixed(3)}`);
    }
  }
  console.log(`\nmodel ${modelFile}: ${(size.bytes / 1024).toFixed(0)} KB, ${(size.gzipped / 1024).toFixed(0)} KB gzipped`);
  if (speed) {
    console.log(`speed on ${speed.documents} documents (${speed.characters} characters), documents per second:`);
    console.log(`  rules (English recogniser) ${speed.rules.toFixed(0)}, model ${speed.model.toFixed(0)}, compromise ${speed.compromise.toFixed(0)}`);
    console.log(`  rules ${(speed.rules / speed.compromise).toFixed(1)}× compromise, model ${(speed.model / speed.compromise).toFixed(1)}× compromise`);
    console.log(`speed on ${speed.sentences} single sentences (en-pud, as bench/ner-speed.ts), sentences per second:`);
    console.log(`  rules ${speed.sentenceRules.toFixed(0)}, model ${speed.sentenceModel.toFixed(0)}, compromise ${speed.sentenceCompromise.toFixed(0)}`);
    console.log(
      `  rules ${(speed.sentenceRules / speed.sentenceCompromise).toFixed(1)}× compromise, model ${(speed.sentenceModel / speed.sentenceCompromise).toFixed(1)}× compromise, rules then model ${(1 / (1 / speed.sentenceRules + 1 / speed.sentenceModel) / speed.sentenceCompromise).toFixed(1)}× compromise`,
    );
  }
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
}

function measureSpeed(documents: NerDocument[]) {
  // Sentences are segmented beforehand: each side gets the same sentences and only recognises.
  const sentences = new Map(documents.map((d) => [d, segmentSentences(d.text, linesOf(d.text))]));
  // Also one sentence at a time, as bench/ner-speed.ts measures the budget (PUD's sentences).
  const lines = (documentsBySet.get('en-pud') ?? [])
    .flatMap((d) => d.text.split('\n'))
    .map((text): NerDocument => ({ name: '', set: 'en-pud', language: 'en', half: 'tune', text, gold: [] }));
  const single = new Map<NerDocument, Sentence[]>(lines.map((d) => [d, segmentSentences(d.text)]));
  const sentencesOf = (map: Map<NerDocument, Sentence[]>, d: NerDocument) => map.get(d) ?? [];
  const sentenceRules = (d: NerDocument) => recognize({ text: d.text, sentences: sentencesOf(single, d), excluded: [], known: [] }, 'en');
  const sentenceModel = (d: NerDocument) => tagNames(tagger, d.text, sentencesOf(single, d), modelData.usesRules ? rulesNames(d.text, sentencesOf(single, d)) : undefined);
  const sentenceCompromise = (d: NerDocument): unknown => {
    const doc = compromise(d.text);
    return [doc.people().json({ offset: true }), doc.organizations().json({ offset: true }), doc.places().json({ offset: true })] as unknown;
  };
  return {
    sentences: lines.length,
    sentenceRules: passesPerSecond(lines, sentenceRules),
    sentenceModel: passesPerSecond(lines, sentenceModel),
    sentenceCompromise: passesPerSecond(lines, sentenceCompromise),
    documents: documents.length,
    characters: documents.reduce((n, d) => n + d.text.length, 0),
    rules: passesPerSecond(documents, (d) => recognize({ text: d.text, sentences: sentencesOf(sentences, d), excluded: [], known: [] }, 'en')),
    model: passesPerSecond(documents, (d) => {
      const hints = modelData.usesRules ? rulesNames(d.text, sentencesOf(sentences, d)) : undefined;
      return tagNames(tagger, d.text, sentencesOf(sentences, d), hints);
    }),
    compromise: passesPerSecond(documents, sentenceCompromise),
  };
}
