// Types of the build script's exports, for its test (the script itself is plain JavaScript so it
// runs with `node` and no build step).
export type PosCounts = Map<string, Record<string, number>>;
export interface MecabRow {
  surface: string;
  tag: string;
  semantic: string;
}
export interface NameRecord {
  entities?: { text: string; type?: string }[];
}
export function readKomoran(text: string): PosCounts;
export function isCommonNoun(counts: PosCounts, word: string): boolean;
export function isMostlyOtherWord(counts: PosCounts, word: string): boolean;
export function koreanCommonNouns(counts: PosCounts): string[];
export function koreanNounSuffixes(counts: PosCounts, minimum?: number): string[];
export function isNounAndParticle(counts: PosCounts, word: string): boolean;
export function koreanPlaces(rows: MecabRow[], counts: PosCounts, personNames: Set<string>): string[];
export function koreanOrganizations(rows: MecabRow[], counts: PosCounts, places: Set<string>, venueSuffixes: string[]): string[];
export function koreanPeople(names: string[], counts: PosCounts, places: Set<string>, organizations: Set<string>): string[];
export function koreanVerbForms(rows: MecabRow[], surnames: string[], personNames: Set<string>): string[];
export function koreanRootAdjectives(rows: MecabRow[], surnames: string[], personNames: Set<string>): string[];
export function koreanStemsAndAdverbs(rows: MecabRow[], surnames: string[], personNames: Set<string>, counts: PosCounts): string[];
export function koreanProperVenues(counts: PosCounts, venueSuffixes: string[], personNames: Set<string>): string[];
export function koreanShortGivenNames(names: string[], counts: PosCounts, surnames: string[]): string[];
export function koreanSurnames(familyNames: string[], congressNames: string[]): string[];
export function englishCommonWords(scowlWords: string[], nameWordCounts: Map<string, number>): string[];
export function englishNameWords(records: NameRecord[], at: 'first' | 'last', minimum?: number): string[];
export function nameWordsOf(records: NameRecord[]): Map<string, number>;
export function englishGivenNames(corpusNames: string[], lexiconNames: string[], everydayWords: Set<string>, placeAndOrganizationWords: Set<string>): string[];
export function placeAndOrganizationWordsOf(records: NameRecord[]): Set<string>;
export function englishCities(
  cities: { name: string; population: number }[],
  minimumPopulation: number,
  everydayWords: Set<string>,
  personWords: Set<string>,
  minimumForLongerNames?: number,
): string[];
