// Node half of the benchmark: the core alone (analyzeText) on synthetic article texts of
// growing size, to show that its cost grows linearly with the text. Texts are generated from a
// fixed seed, so every run analyses the same characters.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeText, MAX_ARTICLE_CHARS } from '../src/core/analyze';
import type { Analysis } from '../src/core/types';

export type Language = 'en' | 'ko';

/** Small deterministic PRNG (mulberry32): same seed, same text, on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// News-like material: people with titles, organisations, places and dates, so the entity
// recognisers have real work. A random figure in every sentence keeps sentences distinct
// (otherwise the repeat detector would find accidental repeats everywhere).
const EN = {
  people: ['Maria Lopez', 'John Carter', 'Aisha Khan', 'Kenji Watanabe', 'Emily Brown', 'David Miller', 'Olga Petrova', 'Samuel Okafor'],
  roles: ['chief executive', 'finance minister', 'spokesperson', 'mayor', 'chairman', 'senior analyst'],
  orgs: ['the World Bank', 'Acme Corporation', 'the Ministry of Finance', 'Reuters', 'the United Nations', 'Northwind Holdings Inc.'],
  places: ['London', 'Seoul', 'Nairobi', 'Berlin', 'Chicago', 'Jakarta', 'Toronto', 'Madrid'],
  dates: ['on Monday', 'on March 3', 'last week', 'in January 2024', 'on Friday', 'earlier this year'],
  verbs: ['said', 'announced', 'told reporters', 'warned', 'confirmed', 'argued'],
  topics: ['the new trade agreement', 'rising energy prices', 'a plan to expand public transport', 'the housing shortage', 'export growth', 'the budget deficit'],
};
const KO = {
  people: ['김민수', '이서연', '박지훈', '최유진', '정현우', '강수빈', '조성민', '윤하은'],
  roles: ['대표', '장관', '대변인', '시장', '회장', '연구위원'],
  orgs: ['한국은행', '삼성전자', '기획재정부', '중소벤처기업진흥공단', '서울대학교', '현대자동차'],
  places: ['서울', '부산', '대구', '인천', '광주', '대전', '울산', '제주'],
  dates: ['지난 3일', '23일', '지난주', '2024년 1월', '이날', '올해 초'],
  verbs: ['밝혔다', '발표했다', '강조했다', '설명했다', '말했다', '전했다'],
  topics: ['새 무역협정', '에너지 가격 상승', '대중교통 확대 계획', '주택 공급 부족', '수출 증가', '재정 적자'],
};

function sentence(lang: Language, next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const n = Math.floor(next() * 1_000_000);
  const d = EN;
  if (lang === 'en') {
    switch (Math.floor(next() * 4)) {
      case 0:
        return `${pick(d.people)}, the ${pick(d.roles)} of ${pick(d.orgs)}, ${pick(d.verbs)} ${pick(d.dates)} that ${pick(d.topics)} would cost ${n} dollars.`;
      case 1:
        return `In ${pick(d.places)}, ${pick(d.orgs)} ${pick(d.verbs)} ${pick(d.dates)} that ${n} people were affected by ${pick(d.topics)}.`;
      case 2:
        return `"We expect ${pick(d.topics)} to matter for ${n} households," ${pick(d.people)} ${pick(d.verbs)}.`;
      default:
        return `Talks in ${pick(d.places)} between ${pick(d.orgs)} and ${pick(d.orgs)} ended ${pick(d.dates)} with ${n} pages of notes.`;
    }
  }
  const k = KO;
  switch (Math.floor(next() * 4)) {
    case 0:
      return `${pick(k.people)} ${pick(k.orgs)} ${pick(k.roles)}은 ${pick(k.dates)} ${pick(k.places)}에서 ${pick(k.topics)}에 ${n}억원이 든다고 ${pick(k.verbs)}.`;
    case 1:
      return `${pick(k.orgs)}는 ${pick(k.dates)} ${pick(k.topics)}로 ${n}명이 영향을 받았다고 ${pick(k.verbs)}.`;
    case 2:
      return `${pick(k.people)} ${pick(k.roles)}은 "${pick(k.topics)}가 ${n}가구에 중요하다"고 ${pick(k.verbs)}.`;
    default:
      return `${pick(k.places)}에서 열린 ${pick(k.orgs)}와 ${pick(k.orgs)}의 협상은 ${pick(k.dates)} ${n}쪽 분량의 합의문으로 마무리됐다.`;
  }
}

/**
 * An article of about `bytes` UTF-8 bytes: paragraphs of 3–6 sentences, one a line, with a
 * section of 8 paragraphs from the first tenth printed again in the middle (a planted repeat).
 */
export function syntheticArticle(lang: Language, bytes: number, seed = 1): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 3 + Math.floor(next() * 4);
    const paragraph = Array.from({ length: count }, () => sentence(lang, next)).join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  const from = Math.floor(paragraphs.length / 10);
  const repeated = paragraphs.slice(from, from + 8);
  const middle = Math.floor(paragraphs.length / 2);
  paragraphs.splice(middle, 0, ...repeated);
  // Trim back to the byte budget from the end so sizes stay exact-ish with the repeat added.
  while (size + repeated.reduce((s, p) => s + Buffer.byteLength(p) + 1, 0) > bytes * 1.01 && paragraphs.length > middle + 20) {
    size -= Buffer.byteLength(paragraphs.pop() ?? '') + 1;
  }
  return paragraphs.join('\n');
}

export interface CoreRow {
  lang: Language;
  mb: number;
  bytes: number;
  chars: number;
  runs: number;
  ms: number;
  skipped?: string;
  repeats: number;
  entities: number;
}

// Collect garbage between runs so one run's garbage is not collected in the next one's time.
// `npm run bench` starts Node without --expose-gc; this flag flip is the documented V8 way.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Warms the JIT and the lexicon tables on a small text; not timed. */
export function warmUp(lang: Language): void {
  analyzeText(syntheticArticle(lang, 32 * 1024, 2));
}

/** Median of up to `maxRuns` timed analyzeText calls; one call only when a call takes over 2 s. */
export function benchCore(lang: Language, mb: number, maxRuns: number): CoreRow {
  const text = syntheticArticle(lang, mb * 1024 * 1024);
  const times: number[] = [];
  let analysis: Analysis | undefined;
  for (let r = 0; r < maxRuns && (r === 0 || times[0] < 2000); r++) {
    gc();
    const t0 = performance.now();
    analysis = analyzeText(text);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  if (!analysis) throw new Error('benchCore: no run');
  return {
    lang,
    mb,
    bytes: Buffer.byteLength(text),
    chars: text.length,
    runs: times.length,
    ms: times[times.length >> 1],
    skipped: analysis.skipped,
    repeats: analysis.repeats.length,
    entities: analysis.entities.length,
  };
}

export { MAX_ARTICLE_CHARS };
