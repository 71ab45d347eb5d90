// Countries written by their first syllable: 남북 정상회담, 한미동맹, 한·미·일, 북-중 국경, 북핵.
// Each syllable is a mention of the country it stands for (북 → 북한), so the reader's 북한 gathers
// these mentions too. The forms and the words that may follow them are data
// (lexicon/ko/country-initials.json): joined forms are read only where the pair is listed, since
// 일일, 미러 and 남남 are ordinary words.
import data from '../../lexicon/ko/country-initials.json';
import type { Mention } from '../mentions';
import { lookupPlace } from '../places';
import { nounReadings } from './particles';

const countries: Record<string, string> = data.countries;
const INITIAL = `[${Object.keys(countries).join('')}]`;
const SEPARATORS = '·ㆍ‧-';
const SEPARATOR = new RegExp(`[${SEPARATORS}]`);
const RUN = new RegExp(`${INITIAL}(?:[${SEPARATORS}]?${INITIAL}){0,2}`, 'g');
const pairs = new Set(data.pairs);
const needsRelation = new Set(data.needsRelation);
const singles: Record<string, string[]> = data.singles;
const relationWords = [...data.relationWords].sort((a, b) => b.length - a.length);
const AFTER_WINDOW = 16;

export function findCountryInitials(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(RUN)) {
    if (isWordCharacter(text[m.index - 1])) continue;
    // What follows decides; a short window is enough (a relation word, or a particle).
    const run = longestReading(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + AFTER_WINDOW));
    if (!run) continue;
    for (let i = 0; i < run.length; i++) {
      if (!SEPARATOR.test(run[i])) found.push(initialMention(run[i], m.index + i));
    }
  }
  return found;
}

/** The longest opening of the run (all of it, or fewer initials) that reads as countries. */
function longestReading(run: string, after: string): string | undefined {
  for (let end = run.length; end >= 1; end--) {
    const candidate = run.slice(0, end);
    if (SEPARATOR.test(candidate[end - 1])) continue;
    if (readsAsCountries(candidate, run.slice(end) + after)) return candidate;
  }
  return undefined;
}

/** Whether a run of initials reads as countries: a listed pair (or any run with separators), not
 *  repeated, ending the word or followed by a relation word or a particle (남북은, 한미동맹, 한·일). */
function readsAsCountries(run: string, after: string): boolean {
  const rest = /^[\p{Script=Hangul}]*/u.exec(after)?.[0] ?? '';
  if (run.length === 1) return (singles[run] ?? []).some((word) => rest.startsWith(word));
  // The relation word may be joined (북미관계) or the next word (북미 정상회담); a one-syllable one
  // (전, 간) only as the whole noun (한일전이, not 북미 전역).
  const next = rest || (/^ (\S+)/u.exec(after)?.[1] ?? '');
  const related = relationWords.some((word) => next.startsWith(word) && (word.length > 1 || nounReadings(next).includes(1)));
  const initials = Array.from(run).filter((c) => !SEPARATOR.test(c));
  if (new Set(initials).size !== initials.length) return false;
  const endsWell = related || rest === '' || nounReadings(run + rest).includes(run.length);
  if (SEPARATOR.test(run)) return endsWell;
  if (run.length === 2 && needsRelation.has(run)) return related;
  return endsWell && initials.every((c, i) => i === 0 || pairs.has(initials[i - 1] + c));
}

/** The country a one-syllable initial stands for (북 → 북한), if it is one. */
export const countryOfInitial = (initial: string): string | undefined => (Object.hasOwn(countries, initial) ? countries[initial] : undefined);

function initialMention(initial: string, start: number): Mention {
  const name = countries[initial];
  const place = lookupPlace(name, 'ko');
  return { type: 'place', start, end: start + 1, name, key: place?.canonical ?? name, placeKind: place?.placeKind ?? 'country', alias: initial, withinWord: true };
}

const isWordCharacter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
