// Entity recognition per sentence, NewsLens against compromise on the same sentences (the
// English UNER sentences of ../shared/data/ner), in Node. Each side: one warm-up pass, then the
// median of three passes. Same work for both: find people, organisations and places.
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { recognize } from '../src/core/entities/index';
import { segmentSentences } from '../src/core/text/segment';

export interface NerSpeed {
  sentences: number;
  newslensPerSecond: number;
  compromisePerSecond: number;
}

/** Items per second: one warm-up pass over them, then the median of three passes. */
export function passesPerSecond<T>(items: T[], recognizeOne: (item: T) => unknown): number {
  for (const item of items) recognizeOne(item);
  const times: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    for (const item of items) recognizeOne(item);
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[1];
  return items.length / (median / 1000);
}

export function nerSpeed(file: string): NerSpeed | undefined {
  if (!existsSync(file)) return undefined;
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const newslens = (text: string) => recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }, 'en');
  const baseline = (text: string) => {
    const doc = nlp(text);
    return [doc.people().json({ offset: true }), doc.organizations().json({ offset: true }), doc.places().json({ offset: true })] as unknown[];
  };
  return { sentences: texts.length, newslensPerSecond: passesPerSecond(texts, newslens), compromisePerSecond: passesPerSecond(texts, baseline) };
}
