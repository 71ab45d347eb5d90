// Scoring of the entity recognisers on labelled sentence sets, the way a user meets them: each
// document (the sentences of one article, one a line) goes whole through `analyzeText`, the
// CLI's path for text, and the entities it lists are compared with the gold spans. Shared by
// `npm run eval:ner` and the corpus test.
import { isCreditLine } from '../../src/core/text/credit-lines';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeText } from '../../src/core/analyze';
import { countryOfInitial } from '../../src/core/entities/ko/country-initials';
import { genericInstitutions } from '../../src/core/entities/ko/lexicon';
import { lookupPlace } from '../../src/core/entities/places';
import { halfOf, type Half } from './split';

export const NER_TYPES = ['person', 'organization', 'place'] as const;
export type NerType = (typeof NER_TYPES)[number];

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

export interface NerDocument {
  /** Stable document name; its hash picks the half. */
  name: string;
  set: string;
  language: 'ko' | 'en';
  half: Half;
  text: string;
  gold: GoldSpan[];
}

interface Sentence {
  id: string;
  text: string;
  entities: GoldSpan[];
  doc?: string;
  part?: string;
}

/**
 * The labelled sets: KLUE WikiTree dev (each sentence its own document: the set keeps no
 * article), UNER PUD (documents by id prefix, `n01001-0002` → `n01001`) and, as extra text
 * from another annotation project, GUM's news and interview documents.
 */
export const NER_SETS = {
  'ko-klue': { file: 'ner/ko-klue-wikitree-dev.jsonl', language: 'ko', documentOf: (s: Sentence) => s.id },
  'en-pud': { file: 'ner/en-uner-pud.jsonl', language: 'en', documentOf: (s: Sentence) => s.id.split('-')[0] },
  'en-gum-news': {
    file: 'ner-train/en-gum.jsonl',
    language: 'en',
    documentOf: (s: Sentence) => (s.part === 'news' || s.part === 'interview' ? s.doc : undefined),
  },
} as const satisfies Record<string, { file: string; language: 'ko' | 'en'; documentOf: (s: Sentence) => string | undefined }>;
export type NerSetName = keyof typeof NER_SETS;

export function loadNerSet(dataDir: string, set: NerSetName): NerDocument[] {
  const { file, language, documentOf } = NER_SETS[set];
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new Error(`eval:ner needs ${path} (../shared/data beside the checkout); it is not there.`);
  const raw = readFileSync(path);
  const lines = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n');
  const documents = new Map<string, NerDocument>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const sentence = JSON.parse(line) as Sentence;
    const name = documentOf(sentence);
    if (!name) continue;
    let document = documents.get(name);
    if (!document) {
      document = { name, set, language, half: halfOf(name), text: '', gold: [] };
      documents.set(name, document);
    }
    appendSentence(document, sentence);
  }
  return [...documents.values()];
}

function appendSentence(document: NerDocument, sentence: Sentence): void {
  const offset = document.text ? document.text.length + 1 : 0;
  document.text = document.text ? `${document.text}\n${sentence.text}` : sentence.text;
  for (const span of sentence.entities) {
    if ((NER_TYPES as readonly string[]).includes(span.type)) {
      document.gold.push({ start: span.start + offset, end: span.end + offset, type: span.type });
    }
  }
}

export interface DocumentPrediction {
  spans: GoldSpan[];
  declined: boolean;
}

/** NewsLens's mentions of people, organisations and places in one document. */
export function predictDocument(document: NerDocument): DocumentPrediction {
  const analysis = analyzeText(document.text);
  const spans = analysis.entities
    .filter((entity) => (NER_TYPES as readonly string[]).includes(entity.type))
    .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, type: entity.type })));
  return { spans, declined: analysis.skipped !== undefined };
}

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface NerScore {
  documents: number;
  declined: number;
  /** Typed, a prediction matching a gold span it overlaps, of the same type. */
  perType: Record<NerType, Counts>;
  micro: Counts;
  /** Any type: did we mark the name at all. */
  untyped: Counts;
  /** Typed, with the same start and end. */
  exact: Counts;
  /**
   * Typed, with the product's conventions where the sets' differ (issue 12): a country or city
   * acting as an agent stays a place (KLUE and PUD tag `China said`, `한국이 이겼다` as
   * organisations, and 남, 북 of 남북 too), so a gold organisation whose text is a known place or
   * a country's initial also accepts a place;
   * and a generic institution alone (정부, 경찰, 검찰, which KLUE tags) is no organisation, so
   * such gold spans are not counted; nor is anything in a photo-credit or follow line, gold or
   * found (GUM tags the photographer of `Image: Nick Moreau`; the product lists no name met
   * only there); and the places found inside one gold place (an address, 서울 강남구, listed unit
   * by unit) count as one.
   */
  conventions: Counts;
}

export interface DocumentErrors {
  document: NerDocument;
  missed: GoldSpan[];
  spurious: GoldSpan[];
}

const emptyCounts = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

export function scoreDocuments(documents: NerDocument[], predictions: DocumentPrediction[], errors?: DocumentErrors[]): NerScore {
  const score: NerScore = {
    documents: documents.length,
    declined: 0,
    perType: { person: emptyCounts(), organization: emptyCounts(), place: emptyCounts() },
    micro: emptyCounts(),
    untyped: emptyCounts(),
    exact: emptyCounts(),
    conventions: emptyCounts(),
  };
  documents.forEach((document, i) => {
    const prediction = predictions[i];
    if (prediction.declined) score.declined++;
    const typed = matchSpans(document.gold, prediction.spans, (g, p) => g.type === p.type && overlaps(g, p));
    for (const type of NER_TYPES) {
      score.perType[type].gold += document.gold.filter((g) => g.type === type).length;
      score.perType[type].predicted += prediction.spans.filter((p) => p.type === type).length;
      score.perType[type].tp += typed.matched.filter((p) => p.type === type).length;
    }
    add(score.micro, typed.matched.length, prediction.spans.length, document.gold.length);
    add(score.untyped, matchSpans(document.gold, prediction.spans, overlaps).matched.length, prediction.spans.length, document.gold.length);
    const exact = matchSpans(document.gold, prediction.spans, (g, p) => g.type === p.type && g.start === p.start && g.end === p.end);
    add(score.exact, exact.matched.length, prediction.spans.length, document.gold.length);
    const agentPlace = (g: GoldSpan) => g.type === 'organization' && isCountryOrPlace(document.text.slice(g.start, g.end), document.language);
    const counted = document.gold.filter((g) => !(g.type === 'organization' && genericInstitutions.has(document.text.slice(g.start, g.end))) && !inCreditLine(document.text, g));
    const predictedOutsideCredits = joinAddressUnits(
      document.gold,
      prediction.spans.filter((p) => !inCreditLine(document.text, p)),
    );
    const agents = matchSpans(counted, predictedOutsideCredits, (g, p) => (g.type === p.type || (p.type === 'place' && agentPlace(g))) && overlaps(g, p));
    add(score.conventions, agents.matched.length, predictedOutsideCredits.length, counted.length);
    errors?.push({ document, missed: typed.unmatchedGold, spurious: typed.unmatchedPredicted });
  });
  return score;
}

/** A known place, or a country written by its initial (북 of 남북): either may act as an agent. */
const isCountryOrPlace = (text: string, language: string) => lookupPlace(text, language) !== undefined || (language === 'ko' && countryOfInitial(text) !== undefined);

/**
 * An address written largest unit first (서울 강남구 역삼동) is one place in KLUE's gold and a
 * place per unit in the product's lists (as the hand-made lists name them): places found inside
 * one gold place count as one found place, so neither convention scores as an error.
 */
function joinAddressUnits(gold: GoldSpan[], predicted: GoldSpan[]): GoldSpan[] {
  const inside = (p: GoldSpan, g: GoldSpan) => p.type === 'place' && g.type === 'place' && g.start <= p.start && p.end <= g.end;
  const joined: GoldSpan[] = [];
  const taken = new Set<GoldSpan>();
  for (const p of predicted) {
    const g = gold.find((candidate) => inside(p, candidate));
    if (!g) joined.push(p);
    else if (!taken.has(g)) {
      taken.add(g);
      joined.push(p);
    }
  }
  return joined;
}

/** Whether a gold span sits in a line the product reads as a credit (text/credit-lines.ts). */
function inCreditLine(text: string, span: GoldSpan): boolean {
  const start = text.lastIndexOf('\n', span.start - 1) + 1;
  const end = text.indexOf('\n', span.end);
  return isCreditLine(text.slice(start, end < 0 ? text.length : end));
}

function add(counts: Counts, tp: number, predicted: number, gold: number): void {
  counts.tp += tp;
  counts.predicted += predicted;
  counts.gold += gold;
}

const overlaps = (a: GoldSpan, b: GoldSpan) => a.start < b.end && b.start < a.end;

/** Each gold span matches at most one prediction, in reading order. */
function matchSpans(gold: GoldSpan[], predicted: GoldSpan[], same: (g: GoldSpan, p: GoldSpan) => boolean) {
  const used = new Set<GoldSpan>();
  const matched: GoldSpan[] = [];
  const unmatchedPredicted: GoldSpan[] = [];
  for (const p of predicted) {
    const g = gold.find((candidate) => !used.has(candidate) && same(candidate, p));
    if (g) {
      used.add(g);
      matched.push(p);
    } else unmatchedPredicted.push(p);
  }
  return { matched, unmatchedPredicted, unmatchedGold: gold.filter((g) => !used.has(g)) };
}

export function prf({ tp, predicted, gold }: Counts): { p: number; r: number; f: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
