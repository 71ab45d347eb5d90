// The Korean word lists, loaded once at module load into sets. Data lives in lexicon/ko/*.json
// (small lists of patterns' words) and lexicon/generated/ko-*.json (built from mecab-ko-dic,
// KOMORAN and open-korean-text by scripts/lexicon/build-lexicons.mjs). The sets live as long as
// the module (the background page or service worker, the CLI process) and never hold page text.
import commonNounData from '../../lexicon/generated/ko-common-nouns.json';
import nounSuffixData from '../../lexicon/generated/ko-noun-suffixes.json';
import generatedOrganizationData from '../../lexicon/generated/ko-organizations.json';
import generatedPeopleData from '../../lexicon/generated/ko-people.json';
import properVenueData from '../../lexicon/generated/ko-proper-venues.json';
import generatedPlaceData from '../../lexicon/generated/ko-places.json';
import shortGivenNameData from '../../lexicon/generated/ko-short-given-names.json';
import generatedStationData from '../../lexicon/generated/ko-stations.json';
import generatedSurnameData from '../../lexicon/generated/ko-surnames.json';
import verbFormData from '../../lexicon/generated/ko-verb-forms.json';
import verbStemData from '../../lexicon/generated/ko-verb-stems.json';
import countryInitialData from '../../lexicon/ko/country-initials.json';
import institutionData from '../../lexicon/ko/institutions.json';
import orgSuffixData from '../../lexicon/ko/org-suffixes.json';
import regionData from '../../lexicon/ko/regions.json';
import surnameData from '../../lexicon/ko/surnames.json';
import titleData from '../../lexicon/ko/titles.json';
import venueData from '../../lexicon/ko/venue-suffixes.json';

/** Word endings or openings looked up by length, not by scanning a list for each word. */
export interface Affixes {
  set: Set<string>;
  longest: number;
  /** Lengths of the entries, longest first, by their last character: a word is only tried at the lengths its own last character allows. */
  lengthsByLast: Map<string, number[]>;
}
function affixes(list: string[]): Affixes {
  const lengthsByLast = new Map<string, number[]>();
  for (const entry of new Set(list)) {
    const lengths = lengthsByLast.get(entry[entry.length - 1]) ?? [];
    if (!lengths.includes(entry.length)) lengths.push(entry.length);
    lengthsByLast.set(entry[entry.length - 1], lengths);
  }
  for (const lengths of lengthsByLast.values()) lengths.sort((a, b) => b - a);
  return { set: new Set(list), longest: Math.max(0, ...list.map((s) => s.length)), lengthsByLast };
}

/** The longest entry that ends `word` and is at most `maxLength` long. */
export function longestEnding(word: string, { set, lengthsByLast }: Affixes, maxLength = word.length): string | undefined {
  for (const n of lengthsByLast.get(word[word.length - 1]) ?? []) {
    if (n > maxLength) continue;
    const ending = word.slice(word.length - n);
    if (set.has(ending)) return ending;
  }
  return undefined;
}

/** The longest entry that opens `word` and is at most `maxLength` long. */
export function longestOpening(word: string, { set, longest }: Affixes, maxLength = word.length): string | undefined {
  for (let n = Math.min(longest, maxLength); n >= 1; n--) {
    const opening = word.slice(0, n);
    if (set.has(opening)) return opening;
  }
  return undefined;
}

export const titles = new Set(titleData.titles);
/** Suffixes that make a noun for a person (…생, …자, …원): 취업준비생, 은퇴자, 회사원. */
export const personSuffixes = new Set(Array.from(titleData.personSuffixes));
/** Titles held at a university: the word before them that ends in 대 is the school (공주대 교수). */
export const academicTitles = new Set(titleData.academic);
/** Titles that may also come before a name: 대표 이재순, 배우 이아현 씨. */
export const titlesBefore = new Set(titleData.before);
/** Honorifics that may be written onto the name: 하쓰코씨. */
export const honorifics = new Set(titleData.honorific);
/** Titles of office, which a foreign name of one word may carry (오바마 대통령) and which may be
 *  written onto their institution (한국교육개발원장, 서울시장). */
export const leadershipTitles = new Set(titleData.leadership);
/** Offices only a person holds (대통령, 부통령, 국왕): the word before them is a name even where it also reads as a loanword noun (트럼프 대통령). */
export const headOffices = new Set(titleData.heads);
/** The one-syllable initials that stand for a country (미, 일, 한): 주일 is 駐日, posted to Japan. */
export const countryInitials = new Set(Object.keys(countryInitialData.countries));
/** Governments named after their leader (문재인 정부). */
export const administrations = new Set(titleData.administrations);
/** Occupations written before a name: 배우 탕웨이, 가수 비욘세. */
export const occupationsBefore = new Set(titleData.occupations);
export const loanwordSyllables = new Set(Array.from(surnameData.loanwordSyllables));

const wordsOf = (list: { words: string }) => list.words.split(' ');

/** Surnames (the generated list, and rarer ones it lacks), two-syllable ones first so 남궁 wins over 남. */
export const surnames = affixes([...wordsOf(generatedSurnameData), ...surnameData.surnames]);
export const givenSyllables = new Set(Array.from(surnameData.givenSyllables));
/** Words patterns meet that are never a name and no noun list has (이미, 함께, …성, …률). */
export const notForeignNames = new Set(surnameData.notNames);
/** Never a name: those, the Korean common nouns (호기심, 유명세, 승부수) and verb forms (나설, 기울어진). A transliterated
 *  name is only checked against the first (아바이 is also a dialect word). */
export const notNames = new Set([...wordsOf(commonNounData), ...wordsOf(verbFormData), ...surnameData.notNames]);
/** Verb forms alone (이뤄진, 나설): unlike a common noun (아바이), never a word inside a transliterated name. */
export const verbForms = new Set(wordsOf(verbFormData));

/** Only the two-syllable common nouns: a derived noun's stem (notNames holds them all already). */
const twoSyllableCommonNouns = new Set(wordsOf(commonNounData).filter((word) => word.length === 2));
const nounSuffixes = new Set(wordsOf(nounSuffixData));
/** 유동성, 기준치: a two-syllable common noun and a noun suffix, which reads as a name's shape too. */
export const isDerivedNoun = (word: string): boolean => word.length === 3 && twoSyllableCommonNouns.has(word.slice(0, 2)) && nounSuffixes.has(word[2]);
/** Verb and adjective stems and adverbs (기다리, 나오, 시작하, 아예) that could look like a name. */
const verbStemsAndAdverbs = new Set(wordsOf(verbStemData));
/** One-syllable verbal endings a stem takes in running text (나오기, 시작하자, 기다리며). */
const STEM_ENDINGS = new Set(Array.from('기자고며면게지다'));
/** 기다리, 아예, 나오기, 시작하자: a stem or adverb, alone or with one verbal ending, is never (part of) a name. */
export const isVerbOrAdverb = (word: string): boolean =>
  verbStemsAndAdverbs.has(word) || (word.length >= 3 && STEM_ENDINGS.has(word[word.length - 1]) && verbStemsAndAdverbs.has(word.slice(0, -1)));
/** People's names of the dictionary's person lists (안정환, 문재인, 블레이크): evidence a title would give. */
export const knownPeople = new Set(wordsOf(generatedPeopleData));
/** One-syllable given names of transliterated names (존, 잭, 톰), read only before a family name. */
export const shortGivenNames = new Set(wordsOf(shortGivenNameData));
/** Place names of the dictionary gazetteer (청계천, 히말라야산맥), looked up as whole nouns. */
export const gazetteerPlaces = new Set(wordsOf(generatedPlaceData));
/** Venues the corpus knows as proper nouns, ending in a one-syllable venue word (경복궁, 속초항). */
export const properVenues = new Set(wordsOf(properVenueData));
/** Railway and subway stations of the dictionary (신길역): venues. */
export const gazetteerStations = new Set(wordsOf(generatedStationData));
export const nameEndingsNot = new Set(Array.from(surnameData.notNameEndings));
export const particleEndingsBeforeTitle = new Set(Array.from(surnameData.particleEndingsBeforeTitle));
/** Last syllables of transliterated family names that are also a particle (샤르팡티에). */
export const foreignEndingsLikeParticles = new Set(Array.from(surnameData.foreignEndingsLikeParticles));
const nounEndingsNotName = new Set(Array.from(surnameData.nounEndingsNotName));
/** 이용하(는), 유지하(고), 상태임(을): a common noun and a verbal ending, which a name only seems to be. */
export const isNounWithVerbalEnding = (word: string): boolean => word.length >= 3 && nounEndingsNotName.has(word[word.length - 1]) && notNames.has(word.slice(0, -1));

export const orgSuffixes = affixes(orgSuffixData.suffixes);
export const orgGenericPrefixes = new Set(orgSuffixData.genericPrefixes);
/** 우리, 이, 각: before words written apart, they make the phrase generic (우리 은행: our bank). */
export const pronounsBeforeApart = new Set(orgSuffixData.pronounsBeforeApart);
/** Bracketed words that remark on a name (가칭) rather than give another form of it. */
export const bracketNotes = new Set(orgSuffixData.bracketNotes);
/** A committee's name shortened to its field and 위 (혁신위, 개혁특위), longest first. */
export const committeeShortForms = affixes(orgSuffixData.committeeShortForms);
/** Everyday words in 위 (추위, 시위, 순위) that end no committee's name. */
export const notCommitteeEndings = affixes(orgSuffixData.notCommitteeEndings);
/** Generic words that may open a longer common noun: 해외기술교류센터, 이동통신. */
export const orgGenericOpenings = orgSuffixData.genericPrefixes.filter((g) => g.length >= 2);
export const notOrganizations = new Set(orgSuffixData.notOrganizations);
/** Nouns after which a name is an organisation's (…회사 X, …업체 'X'), longest first. */
export const orgClassNouns = affixes(orgSuffixData.classNouns);
export const notOrganizationEndings = affixes(orgSuffixData.notOrganizationEndings);
/** Suffixes that also end common nouns (보수공사, 생방송) need a longer name before them. */
export const orgSuffixMinimumPrefix: Record<string, number> = orgSuffixData.longerPrefix;

export const venueSuffixes = affixes(venueData.suffixes);
export const venueGenericPrefixes = new Set(venueData.genericPrefixes);
export const venueGenericOpenings = venueData.genericPrefixes.filter((g) => g.length >= 2);
export const notVenues = new Set(venueData.notVenues);

/** Everyday words that read as a place and a particle: 고양이 is a cat, not 고양 + 이. */
export const notPlaceWords = new Set(regionData.notPlaceWords);
/** Place names that are also everyday words (경기 "game", 부여 "granting", 화성 "Mars"): the gazetteer
 *  leaves them out; places.ts reads them only with their unit (화성시) or opening an address (경기 고양시). */
export const ambiguousPlaces = new Set(regionData.ambiguous);

/** Every written form of a well-known institution → its full name (the first form listed). */
export const institutions = new Map<string, string>();
for (const line of institutionData.organizations) {
  const [full, ...short] = line.split('|');
  for (const form of [full, ...short]) if (!institutions.has(form)) institutions.set(form, full);
}
for (const name of wordsOf(generatedOrganizationData)) if (!institutions.has(name)) institutions.set(name, name);
/** How institutions' names open: the first words of those named in several words (레알 마드리드 → 레알),
 *  and the first syllables of a one-word name, which may be written apart (아사히 신문, 국제 올림픽 위원회). */
export const institutionOpenings = new Set([...institutions.keys()].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0]));
for (const name of institutions.keys()) {
  if (name.includes(' ')) continue;
  for (let n = 2; n <= name.length - 2; n++) institutionOpenings.add(name.slice(0, n));
}
/** Institutions every country has (정부, 경찰, 검찰): an organisation only with a country or place before them. */
export const genericInstitutions = new Set(institutionData.genericAlone);
/** Bodies every country has, named after their country (태국 군부, 이라크 정부군): never read alone. */
export const bodiesOfPlace = new Set(institutionData.bodiesOfPlace);
/** What opens a Korean body's full name and its short form leaves off (대한축구협회 … 축구협회). */
export const koreanOpenings: readonly string[] = institutionData.koreanOpenings;
/** 연방: after a country, a longer word opening with it is one of the country's federal bodies (스위스 연방철도). */
export const federalOpening = institutionData.federalOpening;
/** Social media services: where a post was written (트위터에 올린) rather than an organisation acting. */
export const platforms = new Set(institutionData.platforms);
/** Longest institution name in words, so multi-word names (레알 마드리드) can be tried. */
export const institutionMaxWords = Math.max(...[...institutions.keys()].map((n) => n.split(' ').length));
/** Common nouns that end many phrases before a title (양국 중소벤처기업 대표): never a name. */
export const notNameTails = affixes(surnameData.notNameTails);
