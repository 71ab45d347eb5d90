import { readFileSync } from 'node:fs';
import { recognize } from '../src/core/entities/index';
import { segmentSentences } from '../src/core/text/segment';
const lines = readFileSync('../shared/data/ner/en-uner-pud.jsonl', 'utf8').split('\n').filter(Boolean);
const fp: Record<string, number> = {}; const fn: Record<string, number> = {};
for (const line of lines) {
  const ex = JSON.parse(line);
  const ents = recognize({ text: ex.text, sentences: segmentSentences(ex.text), excluded: [], known: [] }, 'en');
  const preds = ents.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type }))).filter((p) => p.type !== 'date');
  for (const p of preds) {
    const g = ex.entities.find((g: any) => g.type === p.type && g.start < p.end && p.start < g.end);
    if (!g) { const o = ex.entities.find((g: any) => g.start < p.end && p.start < g.end); const k = `${p.type}\t${ex.text.slice(p.start, p.end)}\t${o ? 'gold:' + o.type : ''}`; fp[k] = (fp[k] ?? 0) + 1; }
  }
  for (const g of ex.entities) {
    if (!['person','organization','place'].includes(g.type)) continue;
    const p = preds.find((p) => g.type === p.type && g.start < p.end && p.start < g.end);
    if (!p) { const o = preds.find((p) => g.start < p.end && p.start < g.end); const k = `${g.type}\t${g.text}\t${o ? 'pred:' + o.type : ''}`; fn[k] = (fn[k] ?? 0) + 1; }
  }
}
const mode = process.argv[2];
const d = mode === 'fn' ? fn : fp;
console.log(Object.entries(d).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v}\t${k}`).join('\n'));
