import { describe, expect, it } from 'vitest';
import { overlapsAny, spanAt, SpanIndex, unionOf } from './span-index';

describe('SpanIndex', () => {
  it('finds a kept span that overlaps, across bucket borders, and honours the filter', () => {
    const index = new SpanIndex<{ start: number; end: number; name: string }>();
    index.add({ start: 60, end: 70, name: 'a' });
    index.add({ start: 500, end: 505, name: 'b' });
    expect(index.find({ start: 65, end: 66 })?.name).toBe('a');
    expect(index.find({ start: 69, end: 130 })?.name).toBe('a');
    expect(index.find({ start: 70, end: 80 })).toBeUndefined();
    expect(index.find({ start: 0, end: 1000 }, (kept) => kept.name === 'b')?.name).toBe('b');
  });
});

describe('sorted span search', () => {
  const sorted = [
    { start: 10, end: 20 },
    { start: 30, end: 40 },
  ];
  it('tells overlap with any span', () => {
    expect(overlapsAny(sorted, { start: 19, end: 25 })).toBe(true);
    expect(overlapsAny(sorted, { start: 20, end: 30 })).toBe(false);
    expect(overlapsAny([], { start: 0, end: 5 })).toBe(false);
  });
  it('merges nested and overlapping spans into sorted disjoint ones', () => {
    const union = unionOf([
      { start: 30, end: 35 },
      { start: 10, end: 50 },
      { start: 45, end: 60 },
      { start: 70, end: 80 },
    ]);
    expect(union).toEqual([
      { start: 10, end: 60 },
      { start: 70, end: 80 },
    ]);
    expect(overlapsAny(union, { start: 40, end: 42 })).toBe(true);
  });
  it('finds the span containing an offset', () => {
    expect(spanAt(sorted, 30)).toEqual({ start: 30, end: 40 });
    expect(spanAt(sorted, 25)).toBeUndefined();
  });
});
