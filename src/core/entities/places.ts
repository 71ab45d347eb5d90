// Place names shared by every language: countries and world regions from Intl.DisplayNames in
// the page's language, cities from the generated CLDR gazetteer, and the per-language extras in
// src/core/lexicon/<lang>/regions.json. Each language's names compile once, lazily, into one
// alternation; the memo holds only matchers built from static data, never page state. Module
// state, deliberately: `lexicons` (added to by registerPlaceLexicon when a language module is
// imported) and `matchers` live as long as the module.
import cityData from '../lexicon/generated/cities.json';
import englishTownData from '../lexicon/generated/en-cities.json';
import englishRegions from '../lexicon/en/regions.json';
import type { PlaceKind } from '../types';

export interface PlaceMatch {
  start: number;
  end: number;
  /** The name as written on the page. */
  name: string;
  /** One name per place, so `U.S.` and `United States` can merge into one entity. */
  canonical: string;
  placeKind: PlaceKind;
}

/** Extra names for one language, in the shape of lexicon/<lang>/regions.json. */
export interface RegionLexicon {
  regions?: string[];
  subdivisions?: string[];
  cities?: string[];
  /** Other names of a country, keyed by the name, valued by its ISO 3166 code. */
  countryAliases?: Record<string, string> | string[];
  /** Intl names that are ordinary words in this language and would match too often. */
  ambiguous?: string[];
}

const lexicons: Record<string, RegionLexicon> = { en: englishRegions };

/** Lets a language module add its own regions.json (the Korean module registers ko). */
export function registerPlaceLexicon(lang: string, lexicon: RegionLexicon): void {
  lexicons[lang] = lexicon;
  matchers.delete(lang);
}

// Codes that Intl names but that are not places on a map: unions, placeholders, pseudo-locales.
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', '001']);

// Korean particles and endings that may follow a place name (카자흐스탄을, 미국에서는); used only for
// scripts that write particles without a space.
const KOREAN_PARTICLES = [
  '에서의',
  '으로의',
  '에서',
  '에게',
  '으로',
  '까지',
  '부터',
  '보다',
  '처럼',
  '과의',
  '와의',
  '에는',
  '에도',
  '이나',
  '이랑',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '와',
  '과',
  '도',
  '로',
  '만',
  '나',
  '측',
  '산',
  '행',
];
// Korean country names that are everyday words (수단 "means", 말리다 "to dry", 오만 "arrogance").
const KOREAN_AMBIGUOUS = ['수단', '말리', '오만', '가나', '차드', '통가', '저지', '건지', '기니', '세계', '남극 대륙'];

interface PlaceEntry {
  canonical: string;
  placeKind: PlaceKind;
  /** Known only from GeoNames' towns, many of which share a surname (Richardson, Linares): a person of that name in the text wins. */
  town?: true;
}

interface PlaceMatcher {
  /** Every name in the text, longest first at each start, none inside a longer word. */
  find: (text: string) => { index: number; name: string }[];
  entries: Map<string, PlaceEntry>;
}

const matchers = new Map<string, PlaceMatcher>();

/** Every place name in `text`, longest match first, not inside a longer word. */
export function findPlaces(text: string, lang: string): PlaceMatch[] {
  const matcher = placeMatcher(lang);
  const found: PlaceMatch[] = [];
  if (!matcher) return found;
  for (const { index, name } of matcher.find(text)) {
    const entry = matcher.entries.get(name);
    if (entry) found.push({ start: index, end: index + name.length, name, canonical: entry.canonical, placeKind: entry.placeKind });
  }
  return found;
}

/** The place entry for an exact name, or undefined: lets recognisers classify a chunk. */
export function lookupPlace(name: string, lang: string): PlaceEntry | undefined {
  return placeMatcher(lang)?.entries.get(name);
}

function placeMatcher(lang: string): PlaceMatcher | undefined {
  let matcher = matchers.get(lang);
  if (!matcher) {
    const entries = placeEntries(lang);
    if (entries.size === 0) return undefined;
    const names = [...entries.keys()];
    matcher = { find: WORDS_NOT_APART.has(lang) ? regexFinder(names) : wordFinder(names), entries };
    matchers.set(lang, matcher);
  }
  return matcher;
}

function placeEntries(lang: string): Map<string, PlaceEntry> {
  const entries = new Map<string, PlaceEntry>();
  const lexicon = lexicons[lang] ?? {};
  const add = (name: string, entry: PlaceEntry) => {
    name = name.trim();
    if (name.length >= 2 && !entries.has(name)) entries.set(name, entry);
  };
  const countryName = countryNamer(lang);
  for (const code of regionCodes()) {
    const long = countryName(code, 'long');
    if (!long) continue;
    const canonical = cleanName(long)[0];
    const placeKind: PlaceKind = /^\d+$/.test(code) ? 'region' : 'country';
    for (const style of ['long', 'short'] as const) {
      const name = countryName(code, style);
      if (!name) continue;
      for (const variant of cleanName(name)) {
        add(variant, { canonical, placeKind });
        // Korean writes 중앙아시아 as often as Intl's 중앙 아시아.
        if (lang === 'ko') add(variant.replace(/ /g, ''), { canonical, placeKind });
      }
    }
  }
  const aliases = lexicon.countryAliases ?? {};
  for (const [alias, code] of Array.isArray(aliases) ? aliases.map((a) => [a, '']) : Object.entries(aliases)) {
    const long = code ? countryName(code, 'long') : undefined;
    const canonical = (long && cleanName(long)[0]) || alias;
    add(alias, { canonical, placeKind: 'country' });
  }
  for (const name of lexicon.regions ?? []) add(name, { canonical: name, placeKind: 'region' });
  for (const name of lexicon.subdivisions ?? []) add(name, { canonical: name, placeKind: 'region' });
  const column = cityData.columns.indexOf(lang);
  if (column >= 0) for (const row of cityData.cities) add(row[column], { canonical: row[column], placeKind: 'city' });
  for (const name of lexicon.cities ?? []) add(name, { canonical: name, placeKind: 'city' });
  // GeoNames' towns (Bellingham, Plano, Salerno), after CLDR's and the hand-kept cities so theirs win.
  if (lang === 'en') for (const name of englishTownData.words.split('|')) add(name, { canonical: name, placeKind: 'city', town: true });
  for (const name of lexicon.ambiguous ?? (lang === 'ko' ? KOREAN_AMBIGUOUS : [])) entries.delete(name);
  return entries;
}

/** ISO 3166 alpha-2 codes and UN M.49 region codes that Intl knows, derived rather than typed. */
function regionCodes(): string[] {
  const probe = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  const consider = (code: string) => {
    if (NOT_PLACES.has(code)) return;
    try {
      if (probe.of(code)) codes.push(code);
    } catch {
      // Not a well-formed region code in this ICU build.
    }
  };
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) consider(String.fromCharCode(a, b));
  for (let n = 1; n < 1000; n++) consider(String(n).padStart(3, '0'));
  return codes;
}

function countryNamer(lang: string): (code: string, style: 'long' | 'short') => string | undefined {
  const make = (style: 'long' | 'short') => {
    try {
      return new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
    } catch {
      return undefined;
    }
  };
  const namers = { long: make('long'), short: make('short') };
  return (code, style) => {
    const name = namers[style]?.of(code);
    return name && name !== code ? name : undefined;
  };
}

/** Written forms of one Intl name: `Myanmar (Burma)` → Myanmar, Burma; `A & B` → also `A and B`. */
function cleanName(name: string): string[] {
  const variants: string[] = [];
  const paren = /^(.*?)\s*[（(]([^)）]*)[)）]\s*$/.exec(name);
  const base = (paren ? paren[1] : name).replace(/ SAR China$/, '').trim();
  variants.push(base);
  if (paren && !/\s/.test(paren[2])) variants.push(paren[2]);
  if (base.includes(' & ')) variants.push(base.replace(' & ', ' and '));
  if (base.startsWith('St. ')) variants.push('Saint ' + base.slice(4));
  // `Congo - Kinshasa` is Intl's disambiguation, not a form anyone writes.
  return variants.filter((v) => !v.includes(' - '));
}

/** Languages whose names are not set apart by spaces: Korean glues particles to them, Chinese, Japanese and Thai write no spaces. */
const WORDS_NOT_APART = new Set(['ko', 'ja', 'zh', 'th']);

/**
 * Korean (and the other languages above): one expression of every name, which may be followed by up to two particles glued to it
 * (서울에서, 부산으로는). A few thousand names: cheap to build and to run.
 */
function regexFinder(names: string[]): PlaceMatcher['find'] {
  const escaped = names
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped})(?=(?:${KOREAN_PARTICLES.join('|')}){0,2}(?![\\p{L}\\p{N}]))`, 'gu');
  return (text) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, name: m[0] }));
}

/**
 * Languages that write words apart: names grouped by their first word (the letters and digits
 * they open with), looked up at each word's start. With GeoNames' towns the English list has
 * tens of thousands of names, which as one alternation cost a quarter of a second to compile
 * and were tried one by one at every position; here each word costs one map lookup.
 */
function wordFinder(names: string[]): PlaceMatcher['find'] {
  const byHead = new Map<string, string[]>();
  for (const name of names) {
    const head = WORD_HEAD.exec(name)?.[0];
    if (!head) continue;
    const group = byHead.get(head);
    if (group) group.push(name);
    else byHead.set(head, [name]);
  }
  for (const group of byHead.values()) group.sort((a, b) => b.length - a.length);
  return (text) => {
    const found: { index: number; name: string }[] = [];
    WORD_START.lastIndex = 0;
    for (let m = WORD_START.exec(text); m; m = WORD_START.exec(text)) {
      const at = m.index;
      const name = byHead.get(m[0])?.find((candidate) => text.startsWith(candidate, at) && !isWordChar(text, at + candidate.length));
      if (!name) continue;
      found.push({ index: at, name });
      WORD_START.lastIndex = at + name.length;
    }
    return found;
  };
}

/** The letters and digits a name opens with, and each such run in a text that no letter or digit precedes. */
const WORD_HEAD = /^[\p{L}\p{N}]+/u;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (text: string, at: number) => at < text.length && LETTER_OR_DIGIT.test(text[at]);
