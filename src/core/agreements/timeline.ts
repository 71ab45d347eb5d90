// "When": dated events, one per distinct date and event, sorted by date. An event is the
// predicate of a dated sentence in its own words (개소식을 개최하고 → 개소식 개최, held a
// summit) or an agreement read from that sentence (중진공·DAMU 업무협약 체결).
import type { Agreement, Entity, Sentence, TimelineEvent } from '../types';
import { englishLexicon, koreanLexicon } from './lexicon';
import { allMentions, readableSentences, viewSentence, type SentenceMention, type SentenceView } from './mentions';
import type { AgreementContext } from './context';

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PARTICLE_ENDINGS = '은는이가을를에의와과로도서만고며다한된인던할될해려켜';
/** What may follow an event noun used as a predicate (개최했다, 개최 예정, 개최를), not 개소식. */
const PREDICATE_AFTER = /^(?:하|했|한|할|해|된|됐|될|을|를|에|이|은|과|와|키로|예정|\s|[,.]|$)/;
const QUOTES = /[“"「『][^”"」』]*[”"」』]/g;

interface Predicate {
  at: number;
  what: string;
  /** An agreement's own date; other predicates take the nearest date in the sentence. */
  date?: string;
}

export function findTimeline(text: string, sentences: Sentence[], entities: Entity[], agreements: Agreement[], context: AgreementContext): TimelineEvent[] {
  if (context.language !== 'ko' && context.language !== 'en') return [];
  const mentions = allMentions(entities, text);
  const byName = new Map(entities.map((entity) => [entity.name, entity]));
  const agreementsAt = new Map<number, Agreement[]>();
  for (const agreement of agreements) {
    if (agreement.date && ISO.test(agreement.date)) agreementsAt.set(agreement.evidence.start, [...(agreementsAt.get(agreement.evidence.start) ?? []), agreement]);
  }
  const events: Array<TimelineEvent & { at: number }> = [];
  for (const sentence of readableSentences(sentences, context.excluded)) {
    const view = viewSentence(text, sentence, mentions);
    const quoted = quotedSpans(view);
    const outside = (at: number) => !quoted.some(([start, end]) => start <= at && at < end);
    const dates = view.mentions.filter((m) => m.entity.type === 'date' && m.entity.value && ISO.test(m.entity.value) && outside(m.start));
    const own = agreementsAt.get(sentence.start) ?? [];
    // Without a date of its own or a dated agreement, a sentence has no place on the timeline.
    if (dates.length === 0 && own.length === 0) continue;
    const predicates = [
      ...(dates.length === 0 ? [] : context.language === 'ko' ? koreanPredicates(view) : englishPredicates(view)).filter((p) => outside(p.at)),
      ...agreementPredicates(view, own, byName, context.language),
    ];
    if (predicates.length === 0) continue;
    const place = context.language === 'ko' ? koreanEventPlace(view) : undefined;
    const byDate = new Map<string, Predicate[]>();
    for (const predicate of predicates) {
      const date = predicate.date ?? nearest(dates, predicate.at)?.entity.value;
      if (!date || !ISO.test(date)) continue;
      byDate.set(date, [...(byDate.get(date) ?? []), predicate]);
    }
    for (const [date, list] of byDate) {
      list.sort((a, b) => a.at - b.at);
      const whats = list.map((p) => p.what).filter((what, i, all) => all.indexOf(what) === i);
      const what = whats.join('; ') + (place ? ` (${place})` : '');
      if (!events.some((event) => event.date === date && event.what === what)) {
        events.push({ date, what, evidence: { start: sentence.start, end: sentence.end }, at: list[0].at });
      }
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.at - b.at).map(({ date, what, evidence }) => ({ date, what, evidence }));
}

function quotedSpans(view: SentenceView): Array<[number, number]> {
  const sentence = view.text.slice(view.start, view.end);
  return [...sentence.matchAll(QUOTES)].map((m) => [view.start + m.index, view.start + m.index + m[0].length]);
}

function nearest(dates: SentenceMention[], at: number): SentenceMention | undefined {
  let best: SentenceMention | undefined;
  for (const date of dates) if (!best || Math.abs(date.start - at) < Math.abs(best.start - at)) best = date;
  return best;
}

/** 개소식을 개최하고 → 개소식 개최; 포럼을 열었다 → 포럼 개최; 기념식을 가졌다 → 기념식. */
function koreanPredicates(view: SentenceView): Predicate[] {
  const { events } = koreanLexicon;
  const sentence = view.text.slice(view.start, view.end);
  const predicates: Predicate[] = [];
  for (const noun of events.nouns) {
    for (let i = sentence.indexOf(noun); i >= 0; i = sentence.indexOf(noun, i + 1)) {
      const at = view.start + i;
      // The event noun must start its own word (개최, not 재개최 inside a name) and be a predicate.
      if (i > 0 && !/\s/.test(sentence[i - 1])) continue;
      if (!PREDICATE_AFTER.test(sentence.slice(i + noun.length))) continue;
      const object = koreanObjectBefore(view, at);
      if (object) predicates.push({ at, what: `${object} ${noun}` });
    }
  }
  for (const [verb, noun] of Object.entries(events.nativeVerbs)) {
    for (let i = sentence.indexOf(verb); i >= 0; i = sentence.indexOf(verb, i + 1)) {
      if (i > 0 && !/\s/.test(sentence[i - 1])) continue;
      const object = koreanObjectBefore(view, view.start + i);
      if (object) predicates.push({ at: view.start + i, what: `${object} ${noun}` });
    }
  }
  for (const verb of events.holdVerbs) {
    for (let i = sentence.indexOf(verb); i >= 0; i = sentence.indexOf(verb, i + 1)) {
      const object = koreanObjectBefore(view, view.start + i);
      if (object && events.eventObjects.some((ending) => object.endsWith(ending))) predicates.push({ at: view.start + i, what: object });
    }
  }
  return predicates;
}

/**
 * The object of a predicate, read backwards: the word with 을/를 (or a bare noun) right before
 * it, then bare nouns before that (모스크바 수출인큐베이터 개소식), stopping at a particle or a date.
 */
function koreanObjectBefore(view: SentenceView, at: number): string {
  const words: string[] = [];
  let end = at;
  while (words.length < 5) {
    const match = /(\S+)\s+$/.exec(view.text.slice(view.start, end));
    if (!match || match.index === undefined) break;
    const wordAt = view.start + match.index;
    if (view.mentions.some((m) => m.entity.type === 'date' && m.start < wordAt + match[1].length && wordAt < m.end)) break;
    let word = match[1].replace(/^[‘“'"「(]+/, '');
    const isObject = words.length === 0 && /[을를]$/.test(word);
    if (isObject) word = word.slice(0, -1);
    word = word.replace(/[’”'"」)]+$/, '');
    if (!/^[\uAC00-\uD7A3A-Za-z0-9-]+$/.test(word)) break;
    if (!isObject && word.length > 1 && PARTICLE_ENDINGS.includes(word[word.length - 1])) break;
    words.unshift(word);
    end = wordAt;
  }
  return words.join(' ');
}

/** Where a Korean dated sentence's event happened, when it says so (호텔에서). */
function koreanEventPlace(view: SentenceView): string | undefined {
  for (const mention of view.mentions) {
    if (mention.entity.type !== 'place' || (mention.entity.placeKind !== 'venue' && mention.entity.placeKind !== 'city')) continue;
    if (koreanLexicon.placeLocative.some((p) => view.text.startsWith(p, mention.end))) return mention.entity.name;
  }
  return undefined;
}

// One alternation, longest first: "will hold" before "hold".
const englishEventVerbs = new RegExp(`\\b(?:${[...englishLexicon.events.verbs].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
const englishEventStops = new Set([...englishLexicon.events.stopWords, ...englishLexicon.events.timeWords]);
const DETERMINERS = /^(?:a|an|the|its|their|his|her|our|two|three|\d[\d,.]*)$/i;

/**
 * Acme opened a battery plant: the subject named just before the verb, the verb, and its object
 * up to a preposition, a time word, a date or punctuation. An object that is only an adverb
 * or a date (unveiled Sunday night, started really) makes no event.
 */
function englishPredicates(view: SentenceView): Predicate[] {
  const sentence = view.text.slice(view.start, view.end);
  const predicates: Predicate[] = [];
  for (const match of sentence.matchAll(englishEventVerbs)) {
    const verbAt = view.start + match.index;
    const objectFrom = verbAt + match[0].length;
    const rest = view.text.slice(objectFrom, view.end);
    const clause = rest.slice(0, rest.search(/[,;:!?"“”()]|\.(?:\s|$)|$/));
    const object: string[] = [];
    for (const word of clause.matchAll(/\S+/g)) {
      const at = objectFrom + word.index;
      const lower = word[0].toLowerCase();
      if (englishEventStops.has(lower) || /ly$/.test(lower) || object.length >= 6) break;
      if (view.mentions.some((m) => m.entity.type === 'date' && m.start <= at && at < m.end)) break;
      object.push(word[0]);
    }
    while (object.length > 0 && (DETERMINERS.test(object[object.length - 1]) || /^(?:of|to|for|and|or)$/i.test(object[object.length - 1]))) object.pop();
    if (object.length === 0) continue;
    predicates.push({ at: verbAt, what: [subjectBefore(view, verbAt), match[0], ...object].filter(Boolean).join(' ') });
  }
  // "will hold" also matches "hold": keep the longest predicate at one place.
  return predicates.filter((p) => !predicates.some((q) => q !== p && q.at <= p.at && p.at < q.at + q.what.length && q.what.length > p.what.length));
}

/** The organisation or person named right before a verb (Acme opened, NASA has announced). */
function subjectBefore(view: SentenceView, verbAt: number): string | undefined {
  for (const mention of view.mentions) {
    if (mention.entity.type !== 'organization' && mention.entity.type !== 'person') continue;
    if (/^\s+(?:(?:has|have|had|will|would|also|then|later|finally|officially)\s+){0,2}$/i.test(view.text.slice(mention.end, verbAt))) return mention.entity.name;
  }
  return undefined;
}

/** The agreements read from this sentence, as events: 중진공·DAMU 업무협약 체결. */
function agreementPredicates(view: SentenceView, agreements: Agreement[], byName: Map<string, Entity>, language: string): Predicate[] {
  const predicates: Predicate[] = [];
  for (const agreement of agreements) {
    if (agreement.evidence.start !== view.start || !agreement.date || !ISO.test(agreement.date)) continue;
    const names = agreement.parties.map((party) => shortName(party, byName));
    const kind = agreement.what.replace(/\s*\([^)]*\)$/, '');
    const lastWord = kind.split(' ').pop() ?? kind;
    const found = view.text.indexOf(lastWord, view.start);
    const at = found >= 0 && found < view.end ? found : view.end;
    const statusWord = (language === 'ko' ? koreanLexicon : englishLexicon).events.statusWords[agreement.status];
    const what = language === 'ko' ? `${names.join('·')} ${lastWord} ${statusWord}` : `${kind} ${statusWord} (${names.join(', ')})`;
    predicates.push({ at, what: what.trim(), date: agreement.date });
  }
  return predicates;
}

/** The shortest written form of a party (중소벤처기업진흥공단 → 중진공), for a compact line. */
function shortName(name: string, byName: Map<string, Entity>): string {
  const entity = byName.get(name);
  if (!entity) return name;
  return [entity.name, ...entity.aliases].filter((form) => form.length >= 2 && !/\s/.test(form)).sort((a, b) => a.length - b.length)[0] ?? entity.name;
}
