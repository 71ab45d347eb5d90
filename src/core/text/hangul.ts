// Hangul syllables (U+AC00–U+D7A3): the one test the text model, the Korean recogniser and the
// agreement readers share, so that they agree on what a Korean word's letters are.

/** Whether c is one precomposed Hangul syllable (jamo and compatibility letters are not). */
export const isHangul = (c: string | undefined): boolean => c !== undefined && c >= '\uAC00' && c <= '\uD7A3';
