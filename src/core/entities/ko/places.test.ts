// Korean place finding on top of the shared gazetteer: particles, administrative units, addresses.
import { describe, expect, it } from 'vitest';
import { splitWords } from './tokens';
import { findKoreanPlaces } from './places';
import { segmentSentences } from '../../text/segment';
import { koreanRecognizer } from './index';

const places = (text: string) => findKoreanPlaces(text, splitWords(text)).map((p) => [p.name, p.placeKind]);

describe('a place written onto a common noun', () => {
  const within = (text: string) =>
    koreanRecognizer
      .recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] })
      .filter((e) => e.type === 'place')
      .map((e) => `${e.name}${e.withinWordsOnly ? ' (within words)' : ''}`);

  it('reads the country or city that opens 런던올림픽 or 부산방향, named only there', () => {
    expect(within('런던올림픽 때 부산방향 도로가 막혔다.')).toEqual(['런던 (within words)', '부산 (within words)']);
  });

  it('joins it to the place named on its own', () => {
    expect(within('런던에서 열린 런던올림픽')).toEqual(['런던']);
  });

  it('does not split a word that is a common noun as a whole, or a short one', () => {
    expect(within('중국어 수업과 미국산 제품')).not.toContain('중국 (within words)');
  });
});

describe('Korean places', () => {
  it('strips particles of any length', () => {
    expect(places('한국으로서는 부담이다.')).toContainEqual(['한국', 'country']);
  });

  it('reads a known place with its administrative unit', () => {
    expect(places('캘리포니아주에서 열렸다. 춘천시의 인구')).toEqual(
      expect.arrayContaining([
        ['캘리포니아주', 'region'],
        ['춘천시', 'city'],
      ]),
    );
  });

  it('reads each unit of an address written from its largest unit down, as a reader lists them', () => {
    expect(places('경주시 양남면 신대리 마우나리조트').map(([name]) => name)).toEqual(expect.arrayContaining(['경주시', '양남면', '신대리']));
    expect(places('경주시 양남면 신대리 마우나리조트').map(([name]) => name)).not.toContain('경주시 양남면 신대리');
  });

  it('reads a province and the city after it as two places', () => {
    expect(places('그는 지난주 강원도 원주시를 찾은 뒤 충남 공주시에 들렀다.').map(([name]) => name)).toEqual(expect.arrayContaining(['강원도', '원주시', '충남', '공주시']));
  });

  it('does not read a neighbourhood-shaped word without a place before it', () => {
    expect(places('그는 양남면 주민을 만났다.').map(([name]) => name)).not.toContain('양남면');
  });

  it('keeps a country apart from the city after it', () => {
    expect(places('그는 일본 삿포로에서 열린 회의에 갔다.').map(([name]) => name)).not.toContain('일본 삿포로');
  });

  it('does not read an everyday word as a place and a particle (고양이 is not 고양 + 이)', () => {
    expect(places('길고양이도 보호 대상이다. 고양이를 키운다.')).toEqual([]);
    expect(places('고양에서 열린 행사')).toContainEqual(['고양', 'city']);
  });

  it('does not read an ordinary word as a place', () => {
    expect(places('경기 도중 운동을 했다.')).toEqual([]);
  });

  it('does not run an address on into a common noun that ends like a unit (자치구, 지역구)', () => {
    const names = places('중국 광시 자치구에서 열린 행사에 경남 지역구 의원이 참석했다.').map(([name]) => name);
    expect(names).not.toContain('자치구');
    expect(names).not.toContain('지역구');
  });

  it('reads a common noun and its particle, not a dictionary place of the same letters (누리로, 보기도 했다)', () => {
    const names = new Set(places('열차가 누리로 바뀌었고 손해를 보기도 했다. 주민들은 강화도와 청계천을 찾았다.').map(([name]) => name));
    expect([...names]).toEqual(['강화도', '청계천']);
  });

  it('reads a place name that is also a word with its unit or opening an address (화성시, 경기 고양시), not alone', () => {
    const names = new Set(places('화성시와 부여군이 협약을 맺었고, 경기 고양시와 경기 광주 오포읍에서도 행사가 열렸다.').map(([name]) => name));
    expect([...names].sort()).toEqual(['경기', '고양시', '광주', '부여군', '오포읍', '화성시'].sort());
    expect(places('이날 경기 서울 팬들은 환호했다.').map(([name]) => name)).not.toContain('경기');
  });

  it('reads South Africa by its full Korean name and its short form', () => {
    const found = places('남아프리카공화국 정부와 남아공 기업들이 참여했다.');
    expect(found).toContainEqual(['남아프리카공화국', 'country']);
    expect(found).toContainEqual(['남아공', 'country']);
  });

  it('reads a region and the natural feature written after it as one place, not a city and 섬', () => {
    const names = places('훈련 함대는 오키나와 섬과 발칸 반도 사이를 지나지 않았다. 부산 섬 주민들도 모였다.').map(([name]) => name);
    expect(names).toContain('오키나와 섬');
    expect(names).toContain('발칸 반도');
    expect(names).not.toContain('부산 섬');
  });

  it('reads a city with its unit (대구시, 광주광역시) as the city the text also names without it: one entity', () => {
    const text = '대구시는 23일 새 노선을 발표했다. 대구 시민들은 환영했다.';
    const cities = koreanRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }).filter((e) => e.type === 'place');
    expect(cities.map((e) => [e.name, ...e.aliases].join(' | '))).toEqual(['대구시 | 대구']);
  });
});

describe('a country by its official name, a coast by its direction', () => {
  it('reads 조선민주주의인민공화국 as the country and 남해안, 동해안 as regions', () => {
    const found = places('조선민주주의인민공화국은 성명을 냈고, 기상청은 남해안과 동해안에 강풍 특보를 내렸다.');
    expect([...new Set(found.map((p) => p.join(' ')))].map((p) => p.split(' '))).toEqual([
      ['조선민주주의인민공화국', 'country'],
      ['남해안', 'region'],
      ['동해안', 'region'],
    ]);
  });
});
