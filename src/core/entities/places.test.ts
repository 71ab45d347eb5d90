import { describe, expect, it } from 'vitest';
import { findPlaces, lookupPlace } from './places';

const names = (text: string, lang: string) => findPlaces(text, lang).map((p) => p.name);

describe('findPlaces in English', () => {
  it('finds countries from Intl.DisplayNames, regions and cities', () => {
    expect(findPlaces('Leaders of Kazakhstan met in Central Asia and then flew to Seoul.', 'en')).toEqual([
      { start: 11, end: 21, name: 'Kazakhstan', canonical: 'Kazakhstan', placeKind: 'country' },
      { start: 29, end: 41, name: 'Central Asia', canonical: 'Central Asia', placeKind: 'region' },
      { start: 59, end: 64, name: 'Seoul', canonical: 'Seoul', placeKind: 'city' },
    ]);
  });

  it('gives short forms the country name as canonical', () => {
    expect(findPlaces('the U.S. and the UK', 'en').map((p) => p.canonical)).toEqual(['United States', 'United Kingdom']);
  });

  it('prefers the longest name', () => {
    expect(names('South Sudan and Papua New Guinea', 'en')).toEqual(['South Sudan', 'Papua New Guinea']);
  });

  it('does not match inside a longer word', () => {
    expect(names('Omani officials and a Chadian', 'en')).toEqual([]);
  });

  it('finds names that go on past their first word with punctuation, and none starting inside a word', () => {
    expect(names('From Winston-Salem to St. Louis, not Parisian or MeSeoul; then New York and York.', 'en')).toEqual(['Winston-Salem', 'St. Louis', 'New York', 'York']);
  });

  it('is case-sensitive, so the pronoun us is not the US', () => {
    expect(names('tell us about it', 'en')).toEqual([]);
  });
});

describe('findPlaces in Korean', () => {
  it('matches a name followed by particles', () => {
    expect(names('카자흐스탄을 방문한 뒤 미국에서는 서울로 돌아왔다', 'ko')).toEqual(['카자흐스탄', '미국', '서울']);
  });

  it('matches a region written with or without a space', () => {
    expect(names('중앙아시아와 중앙 아시아', 'ko')).toEqual(['중앙아시아', '중앙 아시아']);
  });

  it('does not match inside a longer word', () => {
    expect(names('인도네시아', 'ko')).toEqual(['인도네시아']);
    expect(names('미국산 소고기와 남북한', 'ko')).toEqual(['미국']);
    expect(names('한국전력', 'ko')).toEqual([]);
  });

  it('leaves country names that are everyday words alone', () => {
    expect(names('다른 수단을 찾았다', 'ko')).toEqual([]);
  });
});

describe('findPlaces in other languages', () => {
  it('uses the language’s own country names', () => {
    expect(names('La France et l’Allemagne', 'fr')).toEqual(['France', 'Allemagne']);
    expect(names('Deutschland und Österreich', 'de')).toEqual(['Deutschland', 'Österreich']);
  });
});

describe('lookupPlace', () => {
  it('classifies an exact name and nothing else', () => {
    expect(lookupPlace('Brisbane', 'en')).toEqual({ canonical: 'Brisbane', placeKind: 'city' });
    expect(lookupPlace('Brisbane Lions', 'en')).toBeUndefined();
  });
});
