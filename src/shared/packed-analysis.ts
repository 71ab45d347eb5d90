// An analysis as it travels between the extension's contexts (background → content script →
// popup). Each entity's mentions go as one packed string instead of an array of objects: a
// message is received in one piece on the page's main thread, and the string is received at
// once and decoded in steps into two number arrays (unpackSpanArraysInSteps).
//
// Why it stays (measured with `node scripts/run-ts.mjs bench/transport.ts`, Node 20's V8 for
// the browser's, on this project's shared 2-core machine, ranges over three runs): on real news
// pages it changes nothing a user could notice — on the 121 aeb-dev pages the plain analysis
// is 2.5–2.8 KB (median page) to 13–14 KB (largest) structured-cloned against 2.0–2.2 and
// 11–12 KB packed, and receiving either takes ≤ 0.12 ms. It is for pages with tens of
// thousands of mentions: on the generated 5 MB page (120,000 mentions) the plain analysis is
// 2.9–3.2 MB structured-cloned (3.7 MB as JSON) against 0.6 MB packed, and receiving it is one
// block of 38–58 ms on the page (structured clone, as Firefox's messages are; 13–29 ms as
// JSON, as Chrome's are) against 0.1–0.2 ms, plus 6–18 ms of decoding done in steps. Sending
// the plain object would make that page's answer a long task, or nearly.
import { endsStep, runNow } from '../core/steps';
import type { Analysis, Entity, Span } from '../core/types';

export type PackedEntity = Omit<Entity, 'mentions'> & { mentions: string };
export type PackedAnalysis = Omit<Analysis, 'entities'> & { entities: PackedEntity[] };

/**
 * Spans sorted by start as "gap.length,gap.length,…" in base 36, where gap is the distance
 * from the previous span's start (so numbers stay short on long texts).
 */
export function packSpans(spans: Span[]): string {
  let previous = 0;
  return spans
    .map(({ start, end }) => {
      const gap = start - previous;
      previous = start;
      return `${gap.toString(36)}.${(end - start).toString(36)}`;
    })
    .join(',');
}

function digit(code: number): number {
  return code <= 57 ? code - 48 : code - 87; // 0-9, a-z
}

/** Spans decoded between two pauses of the decoders below. */
const SPANS_PER_STEP = 5000;

/** Decodes packSpans' string, calling `emit` per span; pauses every SPANS_PER_STEP; throws on anything else. */
function* decodeSpansInSteps(packed: string, emit: (start: number, end: number) => void): Generator<void, void> {
  if (packed === '') return;
  let start = 0;
  let gap = 0;
  let number = 0;
  let digits = 0;
  let sign = 1;
  let inLength = false;
  let count = 0;
  const malformed = (at: number) => new Error(`malformed packed mentions at ${at}`);
  for (let i = 0; i <= packed.length; i++) {
    const code = i < packed.length ? packed.charCodeAt(i) : 44; // a final ","
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) {
      number = number * 36 + digit(code);
      digits++;
      continue;
    }
    if (code === 45 /* - */ && digits === 0 && sign === 1 && !inLength) {
      sign = -1; // a gap back: mentions not sorted by start
      continue;
    }
    if (digits === 0) throw malformed(i);
    if (code === 46 /* . */ && !inLength) {
      gap = sign * number;
      inLength = true;
    } else if (code === 44 /* , */ && inLength) {
      start += gap;
      emit(start, start + number);
      inLength = false;
      if (endsStep(count++, SPANS_PER_STEP)) yield;
    } else {
      throw malformed(i);
    }
    number = 0;
    digits = 0;
    sign = 1;
  }
}

/** packSpans undone, as Span objects. */
export function* unpackSpansInSteps(packed: string): Generator<void, Span[]> {
  const spans: Span[] = [];
  yield* decodeSpansInSteps(packed, (start, end) => spans.push({ start, end }));
  return spans;
}

/** Spans as two parallel arrays sorted by start: no object per span (a page may have 100,000 mentions). */
export interface SpanArrays {
  starts: Int32Array;
  ends: Int32Array;
}

/** packSpans undone, as SpanArrays (what the content script marks the page from). */
export function* unpackSpanArraysInSteps(packed: string): Generator<void, SpanArrays> {
  let size = packed === '' ? 0 : 1;
  for (let i = packed.indexOf(','); i >= 0; i = packed.indexOf(',', i + 1)) size++;
  const arrays = { starts: new Int32Array(size), ends: new Int32Array(size) };
  let n = 0;
  let sorted = true;
  yield* decodeSpansInSteps(packed, (start, end) => {
    if (n > 0 && start < arrays.starts[n - 1]) sorted = false;
    arrays.starts[n] = start;
    arrays.ends[n] = end;
    n++;
  });
  return sorted ? arrays : sortSpanArrays(arrays);
}

/** The arrays in order of start (mentions are sent sorted; marking relies on it). */
function sortSpanArrays({ starts, ends }: SpanArrays): SpanArrays {
  const order = Array.from(starts.keys()).sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b]);
  return { starts: Int32Array.from(order, (i) => starts[i]), ends: Int32Array.from(order, (i) => ends[i]) };
}

export function packAnalysis(analysis: Analysis): PackedAnalysis {
  return { ...analysis, entities: analysis.entities.map((entity) => ({ ...entity, mentions: packSpans(entity.mentions) })) };
}

/** packAnalysis undone, at once (the popup: its own thread, a summary to show). */
export function unpackAnalysis(packed: PackedAnalysis): Analysis {
  return { ...packed, entities: packed.entities.map((entity) => ({ ...entity, mentions: runNow(unpackSpansInSteps(entity.mentions)) })) };
}
