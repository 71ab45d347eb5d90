// Overlap tests that stay linear on long pages. Mentions are short, so kept spans are filed
// in buckets of 64 characters and a test looks only at the buckets a span touches; sorted
// span lists (collapsed repeats, sentences) are searched by bisection.
import type { Span } from '../types';

const BUCKET_BITS = 6;

export class SpanIndex<T extends Span> {
  private readonly buckets = new Map<number, T[]>();

  add(span: T): void {
    for (let b = span.start >> BUCKET_BITS; b <= Math.max(span.start, span.end - 1) >> BUCKET_BITS; b++) {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push(span);
      else this.buckets.set(b, [span]);
    }
  }

  /** The first kept span that overlaps `span` and satisfies `accept`, if any. */
  find(span: Span, accept: (kept: T) => boolean = () => true): T | undefined {
    for (let b = span.start >> BUCKET_BITS; b <= Math.max(span.start, span.end - 1) >> BUCKET_BITS; b++) {
      for (const kept of this.buckets.get(b) ?? []) {
        if (kept.start < span.end && span.start < kept.end && accept(kept)) return kept;
      }
    }
    return undefined;
  }
}

/** Index of the first span in `sorted` (by start, non-overlapping) whose end lies after `offset`. */
export function firstEndingAfter(sorted: Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The union of `spans` as sorted, non-overlapping spans: what `overlapsAny` needs when spans may nest
 *  (an e-mail address inside a collapsed repeat). */
export function unionOf(spans: Span[]): Span[] {
  const union: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = union[union.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else union.push({ start: span.start, end: span.end });
  }
  return union;
}

/** Whether `span` overlaps any span of `sorted` (sorted by start, non-overlapping). */
export function overlapsAny(sorted: Span[], span: Span): boolean {
  const i = firstEndingAfter(sorted, span.start);
  return i < sorted.length && sorted[i].start < span.end;
}

/** The span of `sorted` (by start, non-overlapping) that contains `offset`. */
export function spanAt<T extends Span>(sorted: T[], offset: number): T | undefined {
  const i = firstEndingAfter(sorted, offset);
  return i < sorted.length && sorted[i].start <= offset ? sorted[i] : undefined;
}
