import { describe, expect, it } from 'vitest';
import {
  englishCities,
  englishCommonWords,
  englishGivenNames,
  englishNameWords,
  isCommonNoun,
  isMostlyOtherWord,
  isNounAndParticle,
  koreanCommonNouns,
  koreanNounSuffixes,
  koreanOrganizations,
  koreanPlaces,
  koreanStemsAndAdverbs,
  koreanProperVenues,
  koreanShortGivenNames,
  koreanSurnames,
  koreanVerbForms,
  koreanRootAdjectives,
  nameWordsOf,
  placeAndOrganizationWordsOf,
  readKomoran,
} from './build-lexicons.mjs';

const komoran = readKomoran(
  [
    '호기심\tNNG:521',
    '이명박\tNNP:50',
    '이상\tNNP:99\tNNB:47\tNNG:11537',
    '김치\tNNG:768',
    '희귀어\tNNG:1',
    '가나\tNNP:40\tVV:3',
    '가경\tNNG:1',
    '후\tNNG:5000',
    '후에\tNNP:41',
  ].join('\n'),
);
const row = (surface: string, semantic = '*') => ({ surface, tag: 'NNP', semantic });

describe('lexicon build', () => {
  it('takes a common noun only when the corpus mostly tags it NNG, at least twice', () => {
    expect(isCommonNoun(komoran, '호기심')).toBe(true);
    expect(isCommonNoun(komoran, '이상')).toBe(true);
    expect(isCommonNoun(komoran, '이명박')).toBe(false);
    expect(isCommonNoun(komoran, '희귀어')).toBe(false);
    expect(koreanCommonNouns(komoran).sort()).toEqual(['김치', '이상', '호기심']);
  });

  it('takes one-syllable noun suffixes the corpus tags often enough', () => {
    const suffixes = readKomoran(['성\tXSN:900\tNNG:40', '꼴\tXSN:30', '가능성\tNNG:700'].join('\n'));
    expect(koreanNounSuffixes(suffixes)).toEqual(['성']);
    expect(koreanNounSuffixes(suffixes, 10).sort()).toEqual(['꼴', '성']);
  });

  it('tells a surface the corpus reads mostly as another word from a proper noun', () => {
    expect(isMostlyOtherWord(komoran, '가나')).toBe(false);
    expect(isMostlyOtherWord(komoran, '호기심')).toBe(true);
    expect(isMostlyOtherWord(komoran, '청계천')).toBe(false);
  });

  it('keeps places that are no common noun nor a person, two-syllable ones only when known as proper nouns', () => {
    const rows = [row('청계천', '지명'), row('김치', '지명'), row('가나', '지명'), row('가경', '지명'), row('해밀턴', '지명'), row('삼성', '*')];
    expect(koreanPlaces(rows, komoran, new Set(['해밀턴']))).toEqual(['청계천', '가나']);
  });

  it('drops a place name that is a one-syllable noun and the particle 에 or 의 (후에 is 후 + 에 in running text)', () => {
    expect(isNounAndParticle(komoran, '후에')).toBe(true);
    expect(isNounAndParticle(komoran, '가나')).toBe(false);
    expect(koreanPlaces([row('후에', '지명'), row('청계천', '지명')], komoran, new Set())).toEqual(['청계천']);
  });

  it('keeps organisations that are not places, venues or short everyday words', () => {
    const rows = [row('한국갤럽'), row('태평양'), row('월드트레이드센터'), row('하나'), row('KT엔지니어링')];
    expect(koreanOrganizations(rows, komoran, new Set(['태평양']), ['센터'])).toEqual(['한국갤럽', 'KT엔지니어링']);
  });

  it('keeps verb forms that open with a surname syllable, not the names the person lists know', () => {
    const rows = [
      { surface: '나설', tag: 'VV+ETM', semantic: '*' },
      { surface: '가는', tag: 'VV+ETM', semantic: '*' },
      { surface: '이룬', tag: 'VV+ETM', semantic: '*' },
      { surface: '나무', tag: 'NNG', semantic: '*' },
    ];
    expect(koreanVerbForms(rows, ['나', '이'], new Set(['이룬']))).toEqual(['나설']);
  });

  it('keeps name-shaped stems and adverbs, not the names the person lists know nor proper nouns', () => {
    const rows = [
      { surface: '나오', tag: 'VV', semantic: '*' },
      { surface: '기다리', tag: 'VV', semantic: '*' },
      { surface: '아예', tag: 'MAG', semantic: '*' },
      { surface: '깎', tag: 'VV', semantic: '*' },
      { surface: '깊숙', tag: 'MAG', semantic: '*' },
      { surface: '튼튼', tag: 'VA', semantic: '*' },
      { surface: '가나', tag: 'VV', semantic: '*' },
      { surface: '이루', tag: 'VV', semantic: '*' },
      { surface: '나무', tag: 'NNG', semantic: '*' },
    ];
    // 깊숙 and 튼튼 neither open with a surname nor are mostly open syllables; 가나 is mostly NNP; 이루 a listed name.
    expect(koreanStemsAndAdverbs(rows, ['나', '기', '가', '이'], new Set(['이루']), komoran)).toEqual(['나오', '기다리', '아예']);
  });

  it('keeps proper nouns ending in a one-syllable venue suffix, not common nouns, rare words or people', () => {
    const counts = readKomoran(['경복궁\tNNP:171', '속초항\tNNP:20\tNNG:1', '투항\tNNG:40', '출입항\tNNG:9\tNNP:2', '어떤궁\tNNP:1', '이규항\tNNP:5'].join('\n'));
    expect(koreanProperVenues(counts, ['궁', '항', '호텔'], new Set(['이규항']))).toEqual(['경복궁', '속초항']);
  });

  it('makes the 한 form of two-syllable roots that open with a surname syllable', () => {
    const rows = [
      { surface: '엄격', tag: 'XR', semantic: '*' },
      { surface: '간단', tag: 'XR', semantic: '*' },
      { surface: '조용', tag: 'XR', semantic: '*' },
      { surface: '엄청나', tag: 'XR', semantic: '*' },
      { surface: '엄마', tag: 'NNG', semantic: '*' },
    ];
    expect(koreanRootAdjectives(rows, ['엄', '조'], new Set(['조용한']))).toEqual(['엄격한']);
  });

  it('reads surnames from the list and from the first syllable of real three-syllable names', () => {
    expect(koreanSurnames(['김', '남궁'], ['탁현민', '남궁민', 'Kim'])).toEqual(['김', '남궁', '탁', '남']);
  });

  it('keeps one-syllable given names that end in a consonant, are no surname and are mostly proper nouns', () => {
    const counts = readKomoran('존\tNNP:377\tNNG:16\n짐\tNNP:32\tNNG:855\n로\tNNP:5\n김\tNNP:4392\n');
    expect(koreanShortGivenNames(['존', '짐', '로', '김', '큰', '존슨'], counts, ['김'])).toEqual(['존']);
  });

  it('reads given and family names from the corpora, where names of people outnumber other names', () => {
    const records = [
      {
        entities: [
          { text: 'Ada Brennick', type: 'person' },
          { text: 'Ada Brennick', type: 'person' },
          { text: 'Grand Rapids', type: 'place' },
          { text: 'Grand Vale', type: 'person' },
        ],
      },
    ];
    expect(englishNameWords(records, 'first', 1)).toEqual(['Ada']);
    expect(englishNameWords(records, 'last')).toEqual(['Brennick']);
  });

  it('takes given names from a name lexicon, but not everyday words nor words mostly in places and organisations, unless the corpora open names with them', () => {
    const corpora = [
      {
        entities: [
          { text: 'Chelsea', type: 'organization' },
          { text: 'Chelsea Clinton', type: 'person' },
          { text: 'Chelsea Harbour', type: 'place' },
          { text: 'Fiona Hill', type: 'person' },
        ],
      },
    ];
    const placeAndOrganizationWords = placeAndOrganizationWordsOf(corpora);
    expect([...placeAndOrganizationWords]).toEqual(['Chelsea', 'Harbour']);
    const lexicon = ['Fiona', 'Hope', 'Heather', 'Chelsea', 'Anne-Marie', 'Arsenio'];
    expect(englishGivenNames(['Heather', 'Ada'], lexicon, new Set(['hope', 'heather']), placeAndOrganizationWords)).toEqual(['Heather', 'Ada', 'Fiona', 'Arsenio']);
  });

  it('keeps towns of the population asked for whose names are neither everyday words nor people’s names', () => {
    const town = (name: string, population: number) => ({ name, population });
    const towns = [
      town('Plano', 283558),
      town('Sesto San Giovanni', 76509),
      town('Mobile', 187041),
      town('Richardson', 119469),
      town('Kirriemuir', 6160),
      town('Al Bayḑā’', 250000),
    ];
    expect(englishCities(towns, 50000, new Set(['mobile']), new Set(['Richardson']))).toEqual(['Plano', 'Sesto San Giovanni', 'Al Bayḑā’']);
    // Names of several words may come from smaller towns.
    expect(englishCities([town('Castelfranco Veneto', 25545), town('Kirriemuir', 6160)], 50000, new Set(), new Set(), 15000)).toEqual(['Castelfranco Veneto']);
  });

  it('leaves words out of the English list that the NER corpora write inside names', () => {
    const names = nameWordsOf([{ entities: [{ text: 'George Bush' }, { text: 'Bush' }, { text: 'Read Street' }] }, { entities: [{ text: 'Laura Bush' }] }]);
    expect(englishCommonWords(['bush', 'read', 'editing', 'x', 'Paris'], names)).toEqual(['read', 'editing']);
  });
});
