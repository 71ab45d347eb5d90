// Measures the Korean recogniser on KLUE-NER dev sentences (../shared/data/ner): micro
// precision, recall and F1 for people, organisations and places, counting a prediction
// right when it overlaps a gold entity of the same type. Not a test: the data is not in the
// repository. Run: node scripts/run-ts.mjs scripts/eval-klue.ts [--errors TYPE]
// (It lives here, not beside the recogniser, because src/core imports nothing from node:.)
import { readFileSync } from 'node:fs';
import { segmentSentences } from '../src/core/text/segment';
import { koreanRecognizer } from '../src/core/entities/ko/index';

interface Gold {
  start: number;
  end: number;
  type: string;
  text: string;
}

const path = '../shared/data/ner/ko-klue-wikitree-dev.jsonl';
const lines = readFileSync(path, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; text: string; entities: Gold[] });
const types = ['person', 'organization', 'place'];
const count = Object.fromEntries(types.map((t) => [t, { tp: 0, predicted: 0, gold: 0, found: 0 }]));
const showErrors = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

// Warm up once: the place matcher compiles on first use.
koreanRecognizer.recognize({ text: lines[0].text, sentences: segmentSentences(lines[0].text), excluded: [], known: [] });
const started = performance.now();
const predictions = lines.map((line) => koreanRecognizer.recognize({ text: line.text, sentences: segmentSentences(line.text), excluded: [], known: [] }));
const seconds = (performance.now() - started) / 1000;

lines.forEach((line, i) => {
  const predicted = predictions[i].flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, text: line.text.slice(m.start, m.end) })));
  for (const type of types) {
    const p = predicted.filter((x) => x.type === type);
    const g = line.entities.filter((x) => x.type === type);
    const c = count[type];
    c.predicted += p.length;
    c.gold += g.length;
    for (const x of p) {
      const right = g.some((y) => overlaps(x, y));
      if (right) c.tp++;
      else if (showErrors === type || showErrors === 'all') console.log(`FP ${type} ${x.text}\t| ${line.text}`);
    }
    for (const y of g) {
      const found = p.some((x) => overlaps(x, y));
      if (found) c.found++;
      else if (showErrors === `miss-${type}`) console.log(`FN ${type} ${y.text}\t| ${line.text}`);
    }
  }
});

const total = { tp: 0, predicted: 0, gold: 0, found: 0 };
for (const type of types) {
  const c = count[type];
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += c[k];
  report(type, c);
}
report('micro', total);
console.log(`${lines.length} sentences in ${seconds.toFixed(2)} s: ${(lines.length / seconds).toFixed(0)} sentences/s`);

function report(label: string, c: { tp: number; predicted: number; gold: number; found: number }) {
  const p = c.tp / Math.max(1, c.predicted);
  const r = c.found / Math.max(1, c.gold);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  console.log(`${label.padEnd(13)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (predicted ${c.predicted}, gold ${c.gold})`);
}
