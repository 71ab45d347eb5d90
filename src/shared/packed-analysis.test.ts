import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../core/analyze';
import { runNow as finish } from '../core/steps';
import { packAnalysis, packSpans, unpackAnalysis, unpackSpanArraysInSteps, unpackSpansInSteps } from './packed-analysis';

const unpack = (packed: string) => finish(unpackSpansInSteps(packed));

describe('packed mentions', () => {
  it('round-trips spans, including long texts, empty spans and unsorted ones', () => {
    const spans = [
      { start: 0, end: 3 },
      { start: 17, end: 17 },
      { start: 5_000_000, end: 5_000_042 },
      { start: 12, end: 20 },
    ];
    expect(packSpans(spans)).toBe('0.3,h.0,2z60f.16,-2z60k.8');
    expect(unpack(packSpans(spans))).toEqual(spans);
    expect(unpack('')).toEqual([]);
    // The arrays come sorted by start, whatever order the spans were sent in.
    const arrays = finish(unpackSpanArraysInSteps(packSpans(spans)));
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    expect([...arrays.starts]).toEqual(sorted.map((s) => s.start));
    expect([...arrays.ends]).toEqual(sorted.map((s) => s.end));
    expect(finish(unpackSpanArraysInSteps('')).starts).toHaveLength(0);
  });

  it('pauses while decoding many mentions', () => {
    const spans = Array.from({ length: 12_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 4 }));
    const steps = unpackSpansInSteps(packSpans(spans));
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(2);
  });

  it('refuses malformed input instead of guessing', () => {
    for (const bad of ['1', '1.', '.1', '1.2.3', '1,2', '1.2,,3.4', 'A.1', '1.-2', '--1.2']) expect(() => unpack(bad), bad).toThrow(/malformed/);
  });

  it('round-trips a whole analysis', () => {
    const analysis = analyzeText(readFileSync(new URL('../../examples/seed-article.txt', import.meta.url), 'utf8'));
    expect(analysis.entities.length).toBeGreaterThan(0);
    const packed = packAnalysis(analysis);
    expect(typeof packed.entities[0].mentions).toBe('string');
    expect(unpackAnalysis(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(analysis);
  });
});
