// Places in Korean text. Country, region and city names come from the shared gazetteer
// (core/entities/places.ts, with lexicon/ko/regions.json registered into it); this file adds
// what is Korean about finding them:
//   particles of any length            한국으로서는 → 한국
//   administrative units               경주시, 광둥성, 캘리포니아주 (a known place + 시/군/구/도/성/주)
//   addresses, largest unit first      경주시 양남면 신대리, 인천시 연수구: a place per unit, as a
//                                      reader lists them (KLUE tags the whole address as one)
import type { PlaceKind } from '../../types';
import { findPlaces, lookupPlace } from '../places';
import { ambiguousPlaces, gazetteerPlaces, gazetteerStations, notNames, notPlaceWords } from './lexicon';
import type { Mention } from '../mentions';
import { adjacent, noun as nounOf, type Word } from './tokens';

const UNITS = ['특별시', '광역시', '특별자치시', '특별자치도', '시', '군', '구', '도', '성', '주', '현'];
const UNIT = new RegExp(`^(.{2,})(${UNITS.join('|')})$`);
/** The last syllables of the units: a noun ending in none of them is never tried against UNIT (most words). */
const UNIT_LAST = new Set(UNITS.map((unit) => unit[unit.length - 1]));
const unitOf = (name: string): RegExpExecArray | null => (UNIT_LAST.has(name[name.length - 1]) ? UNIT.exec(name) : null);
const CITY_UNIT = /^(?:특별시|광역시|특별자치시|시)$/;
/** Smaller units of an address after a place: 양남면, 신대리, 연수구, 매교동. Venues use it too,
 *  for the address written before a venue's name (수성구 … 호텔). */
export const SUBUNIT = /^[가-힣]{1,4}(구|동|읍|면|리|군)$/;

export const isPlace = (name: string): boolean => lookupPlace(name, 'ko') !== undefined || gazetteerPlaces.has(name);
export const isCountry = (name: string): boolean => lookupPlace(name, 'ko')?.placeKind === 'country';

export function findKoreanPlaces(text: string, words: Word[]): Mention[] {
  const everyday = new Set(words.filter((w) => w.nouns.some((n) => notPlaceWords.has(w.text.slice(0, n)))).map((w) => w.start));
  return placesIn(text, words).filter((p) => !everyday.has(p.start));
}

function placesIn(text: string, words: Word[]): Mention[] {
  const found: Mention[] = findPlaces(text, 'ko').map((p) => ({ type: 'place', start: p.start, end: p.end, name: p.name, key: p.canonical, placeKind: p.placeKind }));
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.address) continue;
    const place = placeIn(word) ?? ambiguousOpening(text, words, i);
    if (!place) continue;
    const feature = withFeature(text, words, i, place);
    if (feature) {
      found.push(feature);
      i++;
      continue;
    }
    // An address runs on through smaller units and places: 경주시 양남면 신대리, 경기도 포천시;
    // each unit is a place of its own.
    // Only a word with no particle runs on (경기도 also reads as 경기 + 도 "also", so a word that
    // is a place as a whole counts). A country stays a place of its own: 러시아 모스크바 is two.
    let last = i;
    let end = place.end;
    while (
      place.placeKind !== 'country' &&
      last + 1 < words.length &&
      (end === words[last].end || (last === i && isPlaceUnit(word.text))) &&
      adjacent(text, words[last], words[last + 1])
    ) {
      const next = words[last + 1];
      const noun = next.text.slice(0, next.nouns[0]);
      // A smaller unit (양남면) or a smaller known place (경기도 포천시, 충남 보령시).
      // 자치구, 선거구, 정부군 end like a unit but are common nouns.
      const inner = SUBUNIT.test(noun) && noun.length >= 3 && !notNames.has(noun) ? noun.length : smallerPlace(next);
      if (!inner) break;
      last++;
      end = next.start + inner;
      const unit = text.slice(next.start, end);
      const known = placeIn(next);
      found.push(known && known.end === end ? known : { type: 'place', start: next.start, end, name: unit, key: unit, placeKind: 'city' });
    }
    found.push(place);
    // The units read are done: going on from the last keeps a run of place names linear.
    i = last;
  }
  return found;
}

/** Words for a natural feature written apart after its name: 오키나와 섬, 크림 반도. */
const FEATURES = new Set(['섬', '반도', '호수', '해협', '사막', '제도', '군도']);

/** 오키나와 섬과, 미야코 섬: a region (not a country or a city: 부산 섬 is an island off Busan) and the
 *  feature it names are one place. */
function withFeature(text: string, words: Word[], i: number, place: Mention): Mention | undefined {
  const next = words[i + 1];
  if (place.placeKind !== 'region' || place.end !== words[i].end || !next || !adjacent(text, words[i], next)) return undefined;
  // 반도 also reads as 반 + 도: any reading may be the feature.
  const length = next.nouns.find((n) => FEATURES.has(next.text.slice(0, n)));
  if (length === undefined) return undefined;
  const end = next.start + length;
  const name = text.slice(place.start, end);
  return { type: 'place', start: place.start, end, name, key: name, placeKind: 'region' };
}

/** 경기 고양시, 경기 광주 오포읍: a place name that is also a word (경기 "game") is the place when it
 *  opens an address, before a place with its unit or a city and a smaller unit. */
function ambiguousOpening(text: string, words: Word[], i: number): Mention | undefined {
  const [word, next, after] = [words[i], words[i + 1], words[i + 2]];
  if (!ambiguousPlaces.has(word.text) || !next || !adjacent(text, word, next)) return undefined;
  const inner = placeIn(next);
  if (!inner || inner.placeKind === 'country') return undefined;
  const unitWritten = unitOf(inner.name) !== null;
  const subunitAfter = inner.end === next.end && !!after && adjacent(text, next, after) && SUBUNIT.test(after.text.slice(0, after.nouns[0]));
  if (!unitWritten && !subunitAfter) return undefined;
  return { type: 'place', start: word.start, end: word.end, name: word.text, key: word.text, placeKind: 'region' };
}

/** Whether a whole word is a known place or a known place with its unit: 경기도, 포천시. */
function isPlaceUnit(name: string): boolean {
  if (lookupPlace(name, 'ko')) return true;
  const unit = unitOf(name);
  const base = unit && lookupPlace(unit[1], 'ko');
  return !!base && base.placeKind !== 'country';
}

/** The length of the place a word names, if it is not a country. */
function smallerPlace(word: Word): number | undefined {
  const place = placeIn(word);
  return place && place.placeKind !== 'country' ? place.end - place.start : undefined;
}

/** The place a word names, after removing its particle: 한국으로서는, 경주시의, 광둥성에서. */
function placeIn(word: Word): Mention | undefined {
  let commonNoun = false;
  for (const length of word.nouns) {
    const noun = word.text.slice(0, length);
    const entry = lookupPlace(noun, 'ko');
    if (entry) return { type: 'place', start: word.start, end: word.start + length, name: noun, key: entry.canonical, placeKind: entry.placeKind };
    const unit = unitOf(noun);
    const base = unit && lookupPlace(unit[1], 'ko');
    // 화성시, 부여군: with its city or county unit a name that is also a word is the place.
    if (unit && ((base && base.placeKind !== 'country') || (ambiguousPlaces.has(unit[1]) && (unit[2] === '시' || unit[2] === '군')))) {
      const placeKind: PlaceKind = /^(도|성|주|특별자치도)$/.test(unit[2]) ? 'region' : 'city';
      // 서울시, 부산광역시: the city the text also calls 서울, 부산, one place.
      const sameCity = base && base.placeKind === 'city' && CITY_UNIT.test(unit[2]);
      return { type: 'place', start: word.start, end: word.start + length, name: noun, key: sameCity ? base.canonical : noun, placeKind };
    }
    // The dictionary's place names (청계천, 연평도, 히말라야산맥): the word as a whole, before a particle.
    // A country's Latin abbreviation inside Korean text (UAE를, UK의).
    const latin = /^[A-Z]{2,4}$/.test(noun) ? lookupPlace(noun, 'en') : undefined;
    if (latin?.placeKind === 'country') return { type: 'place', start: word.start, end: word.start + length, name: noun, key: noun, placeKind: 'country' };
    if (!commonNoun && gazetteerStations.has(noun)) return { type: 'place', start: word.start, end: word.start + length, name: noun, key: noun, placeKind: 'venue' };
    if (!commonNoun && gazetteerPlaces.has(noun)) return { type: 'place', start: word.start, end: word.start + length, name: noun, key: noun, placeKind: 'region' };
    // 누리로, 보기도: a common noun and its particle (누리 + 로; 보기 + 도 of 보기도 했다), which the
    // dictionary's names only look like. Before 도 only a verb's noun in 기 counts: 강화도 is an island.
    if (length < word.text.length && length >= 2 && notNames.has(noun) && (word.text[length] !== '도' || noun.endsWith('기'))) commonNoun = true;
  }
  return placeOpeningCompound(word);
}

/** 런던올림픽, 평택시장, 순천방향: a known place (a country, region or city) written onto a common
 *  noun of two or more syllables opens the word; the word as a whole must not be a common noun itself. */
function placeOpeningCompound(word: Word): Mention | undefined {
  const noun = nounOf(word);
  if (noun.length < 4 || notNames.has(noun)) return undefined;
  for (let cut = 2; cut <= noun.length - 2; cut++) {
    const entry = lookupPlace(noun.slice(0, cut), 'ko');
    if (entry && notNames.has(noun.slice(cut)))
      return { type: 'place', start: word.start, end: word.start + cut, name: noun.slice(0, cut), key: entry.canonical, placeKind: entry.placeKind, withinWord: true };
  }
  return undefined;
}
