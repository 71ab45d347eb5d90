// Transliterated foreign names read without a title: a given name and a family name.
import { describe, expect, it } from 'vitest';
import { koreanNames } from './test-support';

const people = (text: string): string[] => koreanNames(text, 'person');

describe('a foreign given and family name', () => {
  it('reads two transliterated words before a particle as a person', () => {
    expect(people('경기 막판 카를로스 베네데티가 결승골을 넣었고 관중석의 나디아 로미레스는 환호했다.')).toEqual(['카를로스 베네데티', '나디아 로미레스']);
  });

  it('reads a family name ending in a particle’s syllable before its particle (허스만은, not 허스 + 만은)', () => {
    expect(people('조사단장 데보라 허스만은 현장으로 떠났다.')).toEqual(['데보라 허스만']);
  });

  it('reads a family name ending in 에 after a known given name as the whole word (리비에는: 리비에 + 는, not 리비 + 에는)', () => {
    expect(people('시상식에서 엘렌 리비에는 눈물을 보였고, 에마뉘엘 샤르댕, 카를로스 베네데티가 뒤를 이었다.')).toEqual(['엘렌 리비에', '에마뉘엘 샤르댕', '카를로스 베네데티']);
  });

  it('reads a one-syllable given name of the person lists before a transliterated family name (존 레논)', () => {
    expect(people('공연은 존 레논의 노래로 끝났고, 짐 가방을 든 관객들이 떠났다.')).toEqual(['존 레논']);
  });

  it('reads a known given name with a one-syllable family name (케이티 김)', () => {
    expect(people('심사위원들은 케이티 김의 무대에 최고점을 줬다.')).toEqual(['케이티 김']);
  });

  it('does not read a verb form, a modifier or a loanword phrase as a given name', () => {
    expect(people('예산이 국회 문턱을 넘지 못하는 것은 문제다. 다른 고위간부가 발표했다. 빅데이터 분석자료를 공개했다.')).toEqual([]);
  });
});

describe('a family name that is also a loanword noun, before an office only a person holds', () => {
  it('reads 트럼프 and 펜스 as names when the text gives them a given name too', () => {
    expect(people('도널드 트럼프 미국 대통령은 기자회견을 열었다. 트럼프 대통령은 이어 마이크 펜스 부통령과 만났다.')).toEqual(['도널드 트럼프', '트럼프', '마이크 펜스']);
  });

  it('does not read a loanword noun before 대통령 as a name without a given name, nor before a compound (대통령 선거)', () => {
    expect(people('그는 예능계의 스포츠 대통령으로 불린다. 선거가 이루어진 가운데 대통령 선거 결과가 나왔다. 한편 트럼프 대통령 후보가 나섰다.')).toEqual([]);
  });
});

describe('a name before "and N others" (외 N명)', () => {
  it('reads a foreign or native name counted with others as a person, not a company counted in firms', () => {
    expect(people('시상식에는 우승한 카를로스 베네데티 외 2명이 참석했고, 경찰은 박민호 외 3명을 입건했다. 현대건설 외 2개사가 입찰했다.')).toEqual([
      '카를로스 베네데티',
      '박민호',
    ]);
  });
});

describe('titles of the upper and lower houses', () => {
  it('reads a foreign name before 상원의장 or 하원의원, with the country between', () => {
    expect(people('빅토르 슈렌코 러시아 상원의장은 비준을 서두르겠다고 밝혔고, 토머스 하워드 하원의원이 반대했다.')).toEqual(['빅토르 슈렌코', '토머스 하워드']);
  });
});

describe('an envoy posted to a country (주한, 주일) between the name and the title', () => {
  it('reads the name before 주 and the country initial', () => {
    expect(people('마크 리퍼트 주한 미국대사는 간담회에서 협력을 강조했다.')).toEqual(['마크 리퍼트']);
  });
});

describe('a title after a one-word foreign name', () => {
  it('reads 아베 총리 as 아베, the prime minister, not a given and family name', () => {
    expect(koreanNames('아베 총리는 회견을 열고 메르켈 총리와 만났다.', 'person')).toEqual(['아베', '메르켈']);
  });
});

describe('a name glossed by its characters, then a title', () => {
  it('reads the glossed name, and a given name before it, as the person with that title', () => {
    expect(people('원자바오(溫家寶) 총리와 후쿠다 야스오(福田康夫) 총리가 만났다.')).toEqual(['원자바오', '후쿠다 야스오']);
  });

  it('does not read a common noun glossed before a title as a person', () => {
    expect(people('국무(國務) 총리가 답했다.')).toEqual([]);
  });

  it('does not read a glossed place before a title as a person', () => {
    expect(people('중국 광저우(廣州) 시장이 방한했다.')).toEqual([]);
  });
});

describe('verb stems and adverbs (mecab-ko-dic VV, VA, MAG) are never part of a name', () => {
  it('does not read an adverb before a title as the end of a foreign name', () => {
    expect(people('노조는 협상 대신 아예 대표 교체를 요구했다.')).toEqual([]);
  });

  it('does not read a verb stem with its ending (나오기) as a native name', () => {
    expect(people('관중이 경기장으로 나오기 시작하자 감독은 선수들을 불러 모았다.')).toEqual([]);
  });
});

describe('a one-word name before 씨', () => {
  it('reads a name of one word that neither sounds foreign nor has a title of office, since 씨 follows only names', () => {
    expect(people('태국인 노동자 솜차이 씨와 그룹 멤버 효린 씨가 무대에 올랐다.')).toEqual(['솜차이', '효린']);
  });

  it('does not read a common noun before 씨 as a name', () => {
    expect(people('그는 사과 씨를 심었다.')).toEqual([]);
  });
});

describe('a verb form before a one-word foreign name and its title', () => {
  it('does not take the verb form (이뤄진) as the first word of the name', () => {
    expect(people('지난 1년 동안 이뤄진 마크롱 대통령의 개혁은 논란을 불렀다.')).toEqual(['마크롱']);
  });
});

describe('titles of Japanese ministers and of North Korea’s party', () => {
  it('reads names before 방위상, 외무상 and 부부장', () => {
    expect(people('오쿠보 겐타 방위상도 발표했다. 오쿠보 유키오 외무상도 발표했다. 북한 리선희 부부장은 담화를 냈다.')).toEqual(['오쿠보 겐타', '오쿠보 유키오', '리선희']);
  });
});
