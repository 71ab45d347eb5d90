// Venues: names ending in a building or hall word.
//   인터콘티넨탈 알마티 호텔      the suffix as its own word, the name before it
//   월드트레이드센터              the suffix written onto the name
// An address written before a venue (서울 종로구 포시즌스 호텔) is left to places.ts: a place per unit.
// A counted or generic noun is not a name: `5개 해외기술교류센터`, `국내 호텔`.
import { longestEnding, notForeignNames, notNames, notVenues, properVenues, titles, venueGenericOpenings, venueGenericPrefixes, venueSuffixes } from './lexicon';
import type { Mention } from '../mentions';
import { hasLoanwordSyllable, isForeignNameWord } from './names';
import { afterCounter } from './organizations';
import { isCountry, SUBUNIT } from './places';
import { adjacent, bare, type Word } from './tokens';

export interface VenueContext {
  text: string;
  words: Word[];
  isPlace: (name: string) => boolean;
}

export function findVenues(ctx: VenueContext): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const word = ctx.words[i];
    if (word.address || afterCounter(ctx, i)) continue;
    for (const length of word.nouns) {
      const noun = word.text.slice(0, length);
      const suffix = longestEnding(noun, venueSuffixes);
      if (!suffix || (notVenues.has(noun) && noun !== suffix)) continue;
      const venue = noun === suffix ? separateSuffix(ctx, i, length) : (gluedSuffix(ctx, i, noun, suffix) ?? placeThenKind(ctx, i, noun, suffix));
      if (venue) found.push(venue);
      break;
    }
  }
  return found;
}

/** `인터콘티넨탈 알마티 호텔`: up to three name words before the venue word. */
function separateSuffix(ctx: VenueContext, i: number, length: number): Mention | undefined {
  const { text, words } = ctx;
  if (!venueSuffixes.set.has(words[i].text.slice(0, length)) || length < 2) return undefined;
  let first = i;
  while (first - 1 >= 0 && i - first < 3) {
    const previous = words[first - 1];
    if (!bare(previous) || !adjacent(text, previous, words[first]) || previous.address) break;
    if (!isVenueNameWord(ctx, previous.text)) break;
    first--;
  }
  if (first === i || (first > 0 && afterCounter(ctx, first))) return undefined;
  // Places among the first name words are the address too: 종로구 포시즌스 호텔.
  let name = first;
  while (name < i - 1 && (isAddressWord(ctx, words[name].text) || (name > first && SUBUNIT.test(words[name].text)))) name++;
  const start = words[name].start;
  return { type: 'place', placeKind: 'venue', start, end: words[i].start + length, name: text.slice(start, words[i].start + length), mayContainPlaces: true };
}

/** `월드트레이드센터`: the name and suffix in one word; an address before it is places of its own. */
function gluedSuffix(ctx: VenueContext, i: number, noun: string, suffix: string): Mention | undefined {
  const prefix = noun.slice(0, noun.length - suffix.length);
  if (prefix.length < 2 || notVenues.has(noun) || titles.has(noun)) return undefined;
  if (venueGenericOpenings.some((g) => prefix.startsWith(g))) return undefined;
  // A one-syllable venue word (궁, 항) ends many a common noun: only after a place or a brand, or
  // in a proper noun the corpus knows (경복궁, 속초항).
  if (suffix.length === 1 && !ctx.isPlace(prefix) && !/^[A-Z]/.test(prefix) && !properVenues.has(noun)) return undefined;
  const { text, words } = ctx;
  const start = words[i].start;
  const end = words[i].start + noun.length;
  return { type: 'place', placeKind: 'venue', start, end, name: text.slice(start, end), mayContainPlaces: true };
}

/** 샌프란시스코 국제공항, 베이징 국가체육장, 체르노빌 핵발전소: a venue word whose own first part is generic
 *  (국제, 국가) or a common noun names no venue alone, but after a city or region the two words name
 *  one. Not after a country: 한국 국제공항 are the country's airports. */
function placeThenKind(ctx: VenueContext, i: number, noun: string, suffix: string): Mention | undefined {
  const { text, words } = ctx;
  const previous = words[i - 1];
  if (!previous || previous.address || suffix.length < 2 || !bare(previous) || !adjacent(text, previous, words[i]) || !ctx.isPlace(previous.text) || isCountry(previous.text))
    return undefined;
  const prefix = noun.slice(0, noun.length - suffix.length);
  if (!venueGenericPrefixes.has(prefix) && !notNames.has(prefix)) return undefined;
  const end = words[i].start + noun.length;
  return { type: 'place', placeKind: 'venue', start: previous.start, end, name: text.slice(previous.start, end), mayContainPlaces: true };
}

/** A known place, or one with its unit (부산시): the opening of an address.
 *  Narrower on purpose than places.ts's isPlaceUnit, which it resembles: only the one-syllable
 *  units 시/도/군/구, countries allowed as the base, and the place looked up through the context.
 *  Reusing isPlaceUnit would also open an address with 성/주/현/특별시 (광둥성 …, 캘리포니아주 … 호텔)
 *  and so widen venue spans: a change of behaviour, not a refactor. */
const ADDRESS_UNIT = /^[가-힣]{2,}(시|도|군|구)$/;
const isAddressWord = ({ isPlace }: VenueContext, word: string) => isPlace(word) || (ADDRESS_UNIT.test(word) && isPlace(word.slice(0, -1)));

function isVenueNameWord(ctx: VenueContext, word: string): boolean {
  if (venueGenericPrefixes.has(word) || notForeignNames.has(word) || titles.has(word)) return false;
  if (ctx.isPlace(word) || /^[A-Za-z][A-Za-z0-9&.-]*$/.test(word)) return true;
  // Other words in a venue's name are usually foreign (인터콘티넨탈); 챙겨 공항, 제휴 호텔 are not names.
  return isForeignNameWord(word, true) && hasLoanwordSyllable(word);
}
