// A fixed tune/test split of a labelled page set: rules are tuned on one half and the other
// half says whether they generalise. The half depends only on the page's name (its file name
// without extension), so it never changes when pages are added or the set is re-ordered.

export type Half = 'tune' | 'test';

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Even hash → tune, odd → test. */
export function halfOf(name: string): Half {
  return fnv1a32(name) % 2 === 0 ? 'tune' : 'test';
}

export type TunePart = 'a' | 'b';

/**
 * Two parts of the tune half, by the hash's next bit: a rule drawn from part a's errors is kept
 * only if part b agrees, so the tune half itself says whether a rule generalises before the test
 * half is ever read.
 */
export function tunePartOf(name: string): TunePart {
  return (fnv1a32(name) >>> 1) % 2 === 0 ? 'a' : 'b';
}
