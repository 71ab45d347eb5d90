// Trains the English name tagger of scripts/lib/ner-model.ts (issue 12, item 4): an
// averaged structured perceptron (Viterbi over BIO tags of person / organization / place) on the
// openly licensed, non-ShareAlike corpora of ../shared/data/ner-train, and writes its weights,
// quantised and pruned, as one JSON data file. Deterministic: the same corpora and options give
// the same bytes (a seeded shuffle, insertion-ordered maps, no clock).
//
// Only corpora whose text and annotations may be redistributed without ShareAlike are used:
//   BTC (CC BY 4.0), WNUT17 (CC BY 4.0), LitBank (CC BY 4.0; novels public domain), re3d without
//   its Wikipedia part (CC BY 3.0 AU, Open Government Licence v3.0, US public domain).
// Never UNER-EWT (CC BY-SA 4.0), CrossNER and WikiGold (Wikipedia text, CC BY-SA 3.0), nor GUM
// and UNER PUD, which are the evaluation sets of scripts/eval-ner-model.ts.
//
// Usage: npm run train:ner -- [--out FILE] [--epochs N] [--corpora btc,wnut17,litbank,re3d]
//                             [--min-count N] [--step Q]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { allowed, modelTokens, sentenceFeatures, TAGS, viterbi, type ModelData, type ModelToken, type NameSpan } from './lib/ner-model';
import { recognize } from '../src/core/entities/index';
import { segmentSentences } from '../src/core/text/segment';
import { sharedDataDir } from './lib/extract-eval';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const out = option('--out', 'data/en-ner-model.json');
const epochs = Number(option('--epochs', '3'));
const corpora = option('--corpora', 'btc,wnut17,litbank,re3d').split(',');
/** A feature seen fewer times than this in the training text is not learned. */
const minCount = Number(option('--min-count', '2'));
/** Quantisation step: weights are written as integers of this size; smaller ones drop out. */
const step = Number(option('--step', '0.25'));
/** Give the model the rules' names as features, so it learns when to trust them. */
const useRules = args.includes('--rules-as-features');

interface Corpus {
  file: string;
  licence: string;
  /** Records that may not be used (ShareAlike parts). */
  skip?: (record: TrainRecord) => boolean;
}

interface TrainRecord {
  text: string;
  entities: { start: number; end: number; type: string }[];
  part?: string;
}

const CORPORA: Record<string, Corpus> = {
  btc: { file: 'en-btc.jsonl', licence: 'CC BY 4.0' },
  wnut17: { file: 'en-wnut17.jsonl', licence: 'CC BY 4.0' },
  litbank: { file: 'en-litbank.jsonl', licence: 'CC BY 4.0' },
  re3d: { file: 'en-re3d.jsonl', licence: 'CC BY 3.0 AU / OGL v3.0 / US public domain', skip: (r) => r.part === 'Wikipedia' },
};
const REFUSED = new Set(['uner-ewt', 'crossner', 'wikigold', 'gum']);

interface Example {
  features: Int32Array[];
  gold: number[];
}

function main(): void {
  for (const name of corpora) {
    if (REFUSED.has(name)) throw new Error(`${name} is ShareAlike text or an evaluation set: the weights are not trained on it`);
    if (!CORPORA[name]) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(', ')}`);
  }
  const started = performance.now();
  const sentences: { tokens: ModelToken[]; features: string[][]; gold: number[] }[] = [];
  for (const name of corpora) {
    const { file, skip } = CORPORA[name];
    for (const line of readFileSync(join(sharedDataDir(), 'ner-train', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as TrainRecord;
      if (skip?.(record)) continue;
      const tokens = modelTokens(record.text);
      if (tokens.length === 0) continue;
      const hints = useRules ? rulesNames(record.text) : undefined;
      sentences.push({ tokens, features: sentenceFeatures(record.text, tokens, hints), gold: goldTags(record, tokens) });
    }
  }
  // Features seen at least minCount times, numbered in order of first sight.
  const counts = new Map<string, number>();
  for (const s of sentences) for (const f of s.features) for (const name of f) counts.set(name, (counts.get(name) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [name, count] of counts) if (count >= minCount) index.set(name, index.size);
  const examples: Example[] = sentences.map((s) => ({
    gold: s.gold,
    features: s.features.map((f) => Int32Array.from(f.map((name) => index.get(name) ?? -1).filter((i) => i >= 0))),
  }));
  const tokenCount = examples.reduce((n, e) => n + e.gold.length, 0);
  console.log(`${examples.length} sentences, ${tokenCount} tokens, ${index.size} features (of ${counts.size}) from ${corpora.join(', ')}`);

  const model = train(examples, index.size);
  const data = exportModel(model, [...index.keys()]);
  const json = JSON.stringify(data);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json + '\n');
  const kept = data.features ? data.features.split(' ').length : 0;
  console.log(
    `wrote ${out}: ${kept} features, ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KB gzipped, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** The names the rule recogniser finds in a text. */
export function rulesNames(text: string): NameSpan[] {
  const entities = recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }, 'en');
  return entities
    .filter((e) => e.type !== 'date')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type as NameSpan['type'] })))
    .sort((a, b) => a.start - b.start);
}

/** BIO tag of each token from the gold spans (code-point offsets in the files). */
function goldTags(record: TrainRecord, tokens: ModelToken[]): number[] {
  const utf16 = codePointToUtf16(record.text);
  const tags = tokens.map(() => 0);
  for (const entity of record.entities) {
    const start = utf16(entity.start);
    const end = utf16(entity.end);
    let first = true;
    tokens.forEach((token, i) => {
      if (token.start < start || token.start >= end) return;
      tags[i] = TAGS.indexOf(`${first ? 'B' : 'I'}-${entity.type}` as (typeof TAGS)[number]);
      first = false;
    });
  }
  return tags;
}

/** The corpora count offsets in code points (Python); JavaScript strings count UTF-16 units. */
function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map: number[] = [];
  let unit = 0;
  for (const c of text) {
    map.push(unit);
    unit += c.length;
  }
  map.push(unit);
  return (offset) => map[offset];
}

interface Weights {
  emission: Float64Array;
  transitions: Float64Array;
}

const T = TAGS.length;

/** Averaged perceptron: after each wrong sentence, gold features up, predicted ones down. */
function train(examples: Example[], featureCount: number): Weights {
  const w: Weights = { emission: new Float64Array(featureCount * T), transitions: new Float64Array((T + 1) * T) };
  // Sums of (time × update), for the average: averaged = w − sum / time.
  const u: Weights = { emission: new Float64Array(featureCount * T), transitions: new Float64Array((T + 1) * T) };
  let time = 1;
  const random = mulberry32(12);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let wrongTokens = 0;
    let tokens = 0;
    for (const i of order) {
      const { features, gold } = examples[i];
      const emissions = features.map((f) => {
        const sum = new Float64Array(T);
        for (const id of f) for (let t = 0; t < T; t++) sum[t] += w.emission[id * T + t];
        return sum;
      });
      const predicted = viterbi(w.transitions, emissions);
      tokens += gold.length;
      for (let k = 0; k < gold.length; k++) {
        if (predicted[k] !== gold[k]) {
          wrongTokens++;
          for (const id of features[k]) {
            bump(w.emission, u.emission, id * T + gold[k], 1, time);
            bump(w.emission, u.emission, id * T + predicted[k], -1, time);
          }
        }
        const goldFrom = k === 0 ? T : gold[k - 1];
        const predictedFrom = k === 0 ? T : predicted[k - 1];
        if (goldFrom !== predictedFrom || gold[k] !== predicted[k]) {
          bump(w.transitions, u.transitions, goldFrom * T + gold[k], 1, time);
          bump(w.transitions, u.transitions, predictedFrom * T + predicted[k], -1, time);
        }
      }
      time++;
    }
    console.log(`  epoch ${epoch + 1}: ${((100 * wrongTokens) / tokens).toFixed(2)}% tokens wrong`);
  }
  const average = (wv: Float64Array, uv: Float64Array) => wv.map((x, i) => x - uv[i] / time);
  return { emission: average(w.emission, u.emission), transitions: average(w.transitions, u.transitions) };
}

function bump(w: Float64Array, u: Float64Array, i: number, by: number, time: number): void {
  w[i] += by;
  u[i] += by * time;
}

/** Integers of `step`; features whose weights all round to zero are left out. */
function exportModel(weights: Weights, names: string[]): ModelData {
  const quantise = (x: number) => Math.round(x / step) || 0;
  const features: string[] = [];
  const rows: number[] = [];
  names.forEach((name, i) => {
    const row = Array.from(weights.emission.subarray(i * T, (i + 1) * T), quantise);
    if (row.every((x) => x === 0)) return;
    features.push(name);
    rows.push(...row);
  });
  // Transitions into forbidden tags never matter; keep them at zero.
  const transitions = Array.from(weights.transitions, (x, i) => (allowed(Math.floor(i / T) === T ? -1 : Math.floor(i / T), i % T) ? quantise(x) : 0));
  return {
    about: `English name tagger (averaged perceptron, BIO person/organization/place) trained by scripts/train-ner.ts on ${corpora
      .map((name) => `${CORPORA[name].file} (${CORPORA[name].licence})`)
      .join(
        ', ',
      )}; ${useRules ? "the rules' names as features, " : ''}${epochs} epochs, features seen ${minCount}+ times, weights in steps of ${step}. No training text is stored, only feature weights.`,
    tags: [...TAGS],
    scale: 1 / step,
    transitions,
    features: features.join(' '),
    weights: rows,
    ...(useRules ? { usesRules: true } : {}),
  };
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

main();
