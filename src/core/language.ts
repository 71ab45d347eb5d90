// Which language an article is in, from its letters: the script decides Korean, Japanese,
// Chinese and the like at once; for Latin script the page's own lang attribute is trusted
// when present, else a handful of very common English words decide.

const SCRIPTS: Array<[string, RegExp]> = [
  ['ko', /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/gu],
  ['ja', /[\u3040-\u30FF]/gu],
  ['zh', /[\u4E00-\u9FFF]/gu],
  ['ru', /[\u0400-\u04FF]/gu],
  ['ar', /[\u0600-\u06FF]/gu],
  ['he', /[\u0590-\u05FF]/gu],
  ['th', /[\u0E00-\u0E7F]/gu],
  ['el', /[\u0370-\u03FF]/gu],
];
const LATIN = /[A-Za-z\u00C0-\u024F]/gu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|that|for|was|with|said)\b/giu;
/** Enough letters to judge by; longer texts are sampled from their start. */
const SAMPLE_CHARS = 20000;

export function detectLanguage(text: string, declared?: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const declaredTag = declared?.trim().toLowerCase().split(/[-_]/)[0] || undefined;
  const counts = SCRIPTS.map(([tag, pattern]) => [tag, sample.match(pattern)?.length ?? 0] as const);
  const latin = sample.match(LATIN)?.length ?? 0;
  const [topTag, topCount] = counts.reduce<readonly [string, number]>((best, entry) => (entry[1] > best[1] ? entry : best), ['und', 0]);
  // Kana beside Han is Japanese even when Han characters outnumber kana.
  const kana = counts.find(([tag]) => tag === 'ja')?.[1] ?? 0;
  if (topCount > latin * 0.5 && topCount >= 10) {
    if (topTag === 'zh' && kana > 0) return 'ja';
    return topTag;
  }
  if (latin < 10) return declaredTag ?? 'und';
  if (declaredTag && /^[a-z]{2,3}$/.test(declaredTag) && !SCRIPTS.some(([tag]) => tag === declaredTag)) return declaredTag;
  const words = sample.split(/\s+/).length;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return english >= words * 0.08 ? 'en' : 'und';
}
