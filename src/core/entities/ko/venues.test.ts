// Venues named by the word that ends them: interchanges, rest areas, crossroads, prisons, reservoirs, rail depots.
import { describe, expect, it } from 'vitest';
import { koreanNames } from './test-support';

const places = (text: string): string[] => koreanNames(text, 'place');

describe('a road venue or facility by its ending', () => {
  it('reads interchanges, junctions and rest areas in a traffic report', () => {
    expect(places('경부고속도로 부산 방향은 안성휴게소∼천안분기점, 청주나들목 부근에서 정체가 이어졌다.')).toEqual(
      expect.arrayContaining(['안성휴게소', '천안분기점', '청주나들목']),
    );
  });

  it('reads a reservoir and a rail depot by their ending, not the bare words', () => {
    expect(places('폭우로 하동저수지 둑이 무너졌고, 전동차는 신내차량기지로 옮겨졌다. 저수지와 차량기지 점검이 이어졌다.')).toEqual(['하동저수지', '신내차량기지']);
  });

  it('reads a prison by its ending', () => {
    expect(places('그는 서울남부구치소에 수감됐다.')).toContain('서울남부구치소');
  });

  it('does not read a kind of park (놀이공원, 시민공원, 근린공원) as a name, but a park named after a city', () => {
    expect(places('구청은 놀이공원과 근린공원 사이에 시민공원을 만들고, 부산시민공원처럼 운영하겠다고 밝혔다.')).toEqual(['부산시민공원']);
  });

  it('does not read a generic rest area as a name', () => {
    expect(places('운전자들은 인근 휴게소에서 쉬었다.')).toEqual([]);
  });
});

describe('a palace or port the corpus knows by name', () => {
  it('reads a palace and a port ending in a one-syllable venue word', () => {
    expect(places('관람객들은 덕수궁과 창경궁을 둘러본 뒤 군산항으로 향했다.')).toEqual(['덕수궁', '창경궁', '군산항']);
  });

  it('does not read common nouns ending in 궁 or 항 as venues', () => {
    expect(places('그들은 투항했고 미궁에 빠진 사건에 항의했다.')).toEqual([]);
  });
});

describe('a sports ground by its ending', () => {
  it('reads a named archery or shooting range, but not the bare word or a national one with no name', () => {
    const found = places('결승은 하치오지 양궁장에서 열렸고, 예선은 가와사키 사격장에서 치렀다. 이날 양궁장에는 국가사격장 관계자도 왔다.');
    expect(found).toContain('하치오지 양궁장');
    expect(found).toContain('가와사키 사격장');
    expect(found).not.toContain('양궁장');
    expect(found).not.toContain('국가사격장');
  });
});

describe('a city and a venue word with a generic first part', () => {
  it('reads a city before 국제공항 or 핵발전소 as one venue, but not a country before it nor the word alone', () => {
    expect(places('여객기는 시애틀 국제공항에 내렸고, 한국 국제공항 이용객은 줄었다. 후쿠시마 핵발전소 오염수 논란에 원자력발전소 정책도 도마에 올랐다.')).toEqual([
      '시애틀 국제공항',
      '한국',
      '후쿠시마 핵발전소',
    ]);
  });
});
