// Scores the entity recognisers on the NER corpora in ../shared/data/ner (one JSON object a
// line: {id, text, entities: [{start, end, type, text}]}). A prediction counts when it overlaps
// a gold span of the same type (each gold span matched once). English is also scored against
// compromise, the baseline the product issue names.
// Usage: npm run eval:ner -- [--limit N] [--lang en|ko]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recognize } from '../src/core/entities/index';
import { segmentSentences } from '../src/core/text/segment';

interface GoldSpan {
  start: number;
  end: number;
  type: string;
}
interface Example {
  id: string;
  text: string;
  entities: GoldSpan[];
}
type Predictor = (text: string) => GoldSpan[];

const TYPES = ['person', 'organization', 'place'] as const;
const dataDir = resolve('../shared/data/ner');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = option('--limit') ? Number(option('--limit')) : Infinity;
const onlyLanguage = option('--lang');

if (!existsSync(dataDir)) {
  console.error(`eval:ner needs the shared NER data at ${dataDir} (../shared/data/ner beside the checkout); it is not there.`);
  process.exit(1);
}

const files = readdirSync(dataDir).filter((f) => f.endsWith('.jsonl'));
for (const file of files) {
  const language = file.split('-')[0];
  if (onlyLanguage && language !== onlyLanguage) continue;
  const examples = readFileSync(join(dataDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, limit)
    .map((line) => JSON.parse(line) as Example);
  console.log(`\n${file}: ${examples.length} sentences (${language})`);
  const ours = score(examples, (text) => newsLens(text, language));
  report('NewsLens', ours);
  if (language === 'en') {
    const nlp = (await import('compromise')).default;
    const baseline = score(examples, (text) => compromiseSpans(nlp, text));
    report('compromise', baseline);
    console.log(`speed: NewsLens is ${(ours.perSecond / baseline.perSecond).toFixed(1)}× compromise`);
  }
}

function newsLens(text: string, language: string): GoldSpan[] {
  const entities = recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }, language);
  return entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function compromiseSpans(nlp: any, text: string): GoldSpan[] {
  const doc = nlp(text);
  const spans: GoldSpan[] = [];
  const add = (view: any, type: string) => {
    for (const item of view.json({ offset: true })) {
      const offset = item.offset ?? item.terms?.[0]?.offset;
      if (offset) spans.push({ start: offset.start, end: offset.start + offset.length, type });
    }
  };
  add(doc.people(), 'person');
  add(doc.organizations(), 'organization');
  add(doc.places(), 'place');
  return spans;
}

interface Score {
  counts: Record<string, { tp: number; predicted: number; gold: number }>;
  perSecond: number;
}

function score(examples: Example[], predict: Predictor): Score {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }]));
  const predictions: GoldSpan[][] = [];
  // Warm up first, so one-time set-up (compiling matchers, loading lexicons) is not timed.
  if (examples.length > 0) predict(examples[0].text);
  const started = performance.now();
  for (const example of examples) predictions.push(predict(example.text));
  const seconds = (performance.now() - started) / 1000;
  examples.forEach((example, i) => {
    const gold = example.entities.filter((g) => g.type in counts);
    const used = new Set<GoldSpan>();
    for (const g of gold) counts[g.type].gold++;
    for (const p of predictions[i]) {
      if (!(p.type in counts)) continue;
      counts[p.type].predicted++;
      const match = gold.find((g) => !used.has(g) && g.type === p.type && g.start < p.end && p.start < g.end);
      if (match) {
        used.add(match);
        counts[p.type].tp++;
      }
    }
  });
  return { counts, perSecond: examples.length / seconds };
}

function report(name: string, { counts, perSecond }: Score): void {
  const prf = (tp: number, predicted: number, gold: number) => {
    const p = predicted ? tp / predicted : 0;
    const r = gold ? tp / gold : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const fmt = (x: number) => x.toFixed(3);
  console.log(`  ${name}`);
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const type of TYPES) {
    const c = counts[type];
    tp += c.tp;
    predicted += c.predicted;
    gold += c.gold;
    const { p, r, f } = prf(c.tp, c.predicted, c.gold);
    console.log(`    ${type.padEnd(13)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}  (gold ${c.gold}, predicted ${c.predicted})`);
  }
  const micro = prf(tp, predicted, gold);
  console.log(`    micro         P ${fmt(micro.p)}  R ${fmt(micro.r)}  F1 ${fmt(micro.f)}`);
  console.log(`    ${Math.round(perSecond)} sentences/s`);
}
