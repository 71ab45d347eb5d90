// What the agreement readers see of one sentence: its text and the entity mentions inside it,
// outermost first (a place inside an organisation's name is not a separate mention).
import { isHangul } from '../text/hangul';
import type { Entity, Sentence, Span } from '../types';

export interface SentenceMention extends Span {
  entity: Entity;
}

export interface SentenceView extends Span {
  /** The whole article text; offsets are absolute. */
  text: string;
  /** Mentions that start inside the sentence, in order, nested ones removed. */
  mentions: SentenceMention[];
}

/**
 * Sentences that overlap no excluded span (collapsed repeats and boilerplate are never read).
 * Both lists are in text order, so one merged walk is enough.
 */
export function readableSentences(sentences: Sentence[], excluded: Span[]): Sentence[] {
  const spans = [...excluded].sort((a, b) => a.start - b.start);
  const readable: Sentence[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < spans.length && spans[next].end <= sentence.start) next++;
    let overlaps = false;
    for (let k = next; k < spans.length && spans[k].start < sentence.end; k++) {
      if (spans[k].end > sentence.start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) readable.push(sentence);
  }
  return readable;
}

/** Index of every mention by position, built once per analysis. A country's one-syllable initial
 *  (남, 북 of 남북) is left out: the Korean reader reads such pairs as words (pairMembers). */
export function allMentions(entities: Entity[], text: string): SentenceMention[] {
  const mentions: SentenceMention[] = [];
  const initial = (entity: Entity, mention: Span) => entity.placeKind === 'country' && mention.end - mention.start === 1 && isHangul(text[mention.start]);
  for (const entity of entities) for (const mention of entity.mentions) if (!initial(entity, mention)) mentions.push({ ...mention, entity });
  // Longer first at the same start, so the outer mention is kept.
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function viewSentence(text: string, sentence: Span, mentions: SentenceMention[]): SentenceView {
  const inside: SentenceMention[] = [];
  let coveredUntil = -1;
  // `mentions` is sorted by start: jump to the sentence instead of scanning the whole page.
  for (let i = firstStartingAt(mentions, sentence.start); i < mentions.length && mentions[i].start < sentence.end; i++) {
    const mention = mentions[i];
    if (mention.end > sentence.end) continue;
    if (mention.start < coveredUntil) continue;
    inside.push(mention);
    coveredUntil = mention.end;
  }
  return { text, start: sentence.start, end: sentence.end, mentions: inside };
}

function firstStartingAt(mentions: SentenceMention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether an entity can sign something: organisations, people, and places other than venues
 * (countries, and cities standing for their government: 서울시는 … 체결했다). Whether it does
 * is read from the words around it.
 */
export function canBeParty(entity: Entity): boolean {
  if (entity.type === 'organization' || entity.type === 'person') return true;
  return entity.type === 'place' && entity.placeKind !== 'venue';
}

/** The name a party is listed under: a person with an organisation signs for it. */
export function partyName(entity: Entity): string {
  return entity.type === 'person' && entity.affiliation ? entity.affiliation : entity.name;
}

const PLACE_RANK: Record<string, number> = { city: 4, venue: 3, region: 2, country: 1 };

/**
 * The place of the event a sentence reports: one marked as where it happened (에서, in, at)
 * wins; otherwise the most specific named, city before venue (a venue without 에서 is more
 * often an address, 월드트레이드센터로 이전한 …) before region before country.
 */
export function pickPlace(view: SentenceView, isLocative: (mention: SentenceMention) => boolean, parties: Set<string>): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const mention of view.mentions) {
    const entity = mention.entity;
    if (entity.type !== 'place' || parties.has(entity.name)) continue;
    const score = (isLocative(mention) ? 10 : 0) + (PLACE_RANK[entity.placeKind ?? ''] ?? 0);
    if (!best || score > best.score) best = { name: entity.name, score };
  }
  return best?.name;
}

/**
 * The date mention nearest the agreement word: its ISO value, else its own words. With
 * `beforeFirst` (Korean, where the date comes before the verb: 지난해 … 체결한 협약에 따라
 * 올해도), one before the word wins over one after (…체결했다고 13일 밝혔다 is the announcement).
 * `another` says a date belongs to something else (the agreed action, another clause).
 */
export function pickDate(
  view: SentenceView,
  at: number,
  beforeFirst = false,
  another: (mention: SentenceMention) => boolean = () => false,
): { date: string; mention: SentenceMention } | undefined {
  let best: SentenceMention | undefined;
  const rank = (mention: SentenceMention) => (beforeFirst && mention.start > at ? 1e9 : 0) + Math.abs(mention.start - at);
  for (const mention of view.mentions) {
    if (mention.entity.type !== 'date' || another(mention)) continue;
    if (!best || rank(mention) < rank(best)) best = mention;
  }
  if (!best) return undefined;
  return { date: best.entity.value ?? view.text.slice(best.start, best.end), mention: best };
}

/** Adds `name` to `list` unless present; keeps first-seen order. */
export function addParty(list: string[], name: string | undefined): void {
  if (name && !list.includes(name)) list.push(name);
}
