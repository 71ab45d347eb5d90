// Native Korean names read without a title, by their surname and given-name syllables.
import { describe, expect, it } from 'vitest';
import { koreanNames } from './test-support';

const people = (text: string): string[] => koreanNames(text, 'person');

describe('a bare native name', () => {
  it('reads a given name with 연, 섭, 열 or 헌 (common in given names) before a particle', () => {
    expect(people('결승에 오른 한서연은 금메달을 땄고, 박재섭의 기록도 좋았다.')).toEqual(['한서연', '박재섭']);
  });
});

describe('a derived noun that only looks like a name', () => {
  it('does not read a common noun and a noun suffix (유동성, 기준치) as a surname and a given name', () => {
    expect(people('은행은 유동성이 부족했고, 수질은 기준치를 넘었다.')).toEqual([]);
  });
});

describe('a name ending in a particle’s syllable, before a title', () => {
  it('reads 김정은 위원장, 이영도 감독 and 박재만 의원 as people', () => {
    expect(people('김정은 위원장과 이영도 감독, 박재만 의원이 만났다.')).toEqual(['김정은', '이영도', '박재만']);
  });

  it('does not read a noun or a verb form and its ending as a name', () => {
    expect(people('오늘은 위원장이 말했고, 정부도 감독을 맡았다.')).toEqual([]);
  });
});

describe('a title with the honorific 님', () => {
  it('reads the name before 대통령님 or 회장님 as a person', () => {
    expect(people('정문수 대통령님이 떠난 뒤 한영길 회장님은 말을 아꼈다.')).toEqual(['정문수', '한영길']);
  });
});

describe('an address unit that only looks like a name', () => {
  it('reads a 동 after a city or a 구 as the address, not a person', () => {
    expect(people('사고는 부산시 연산동의 한 식당과 대전 유성구 전민동의 공장에서 났다.')).toEqual([]);
  });
});

describe('a common noun that only looks like a name', () => {
  it('does not read a common noun with a derivational or copula syllable as a name (노후화, 유치전, 사안이라는)', () => {
    expect(people('설비의 노후화로 사고가 났다. 두 도시가 치열한 유치전을 벌였다. 중요한 사안이라는 지적이 나왔다.')).toEqual([]);
  });
});

describe('a name in 한 beside a title', () => {
  it('reads a three-syllable name in 한 before a title, not an adjective (유명한, 엄격한)', () => {
    expect(people('결승선을 통과한 오주한 선수는 손을 들었다. 엄격한 감독과 유명한 선수가 만났다.')).toEqual(['오주한']);
  });
});

describe('a name before where the person works and a title', () => {
  it('reads PERSON PLACE-or-ORG (OFFICE) TITLE (김도윤 경남 환경정책 팀장, 박은수 대검 형사부장)', () => {
    expect(people('김도윤 경남 환경정책 팀장은 대책을 설명했고 박은수 대검 형사부장이 답했다.')).toEqual(['김도윤', '박은수']);
  });

  it('does not read an ordinary word before a place and a title as a name', () => {
    expect(people('지난해 조사 결과 경남 환경정책 팀장은 책임을 인정했다.')).toEqual([]);
  });
});

describe('a city with its unit before a title', () => {
  it('does not read 서울시 or 부산시 before a title as a name', () => {
    expect(people('서울시 팀장은 책임을 인정했고 부산시 대변인이 사과했다.')).toEqual([]);
  });
});

describe('a list closed by 등 with one person already read', () => {
  it('reads the other name-shaped items as people', () => {
    expect(people('두산은 4차전에서 이용찬, 안우진 등의 호투로 승리했다.')).toEqual(['이용찬', '안우진']);
  });

  it('reads none when another item is no name', () => {
    expect(people('이용찬, 잠실구장 등의 사례를 들었다.')).toEqual(['이용찬']);
  });
});

describe('a government named after its leader', () => {
  it('reads the name before 정부 as a person, but not a country or a modifier', () => {
    expect(people('전문가들은 김영삼 정부 시절의 개혁을 언급했다. 한국 정부와 새 정부도 입장을 냈다.')).toEqual(['김영삼']);
  });
});

describe('a name that is also a place', () => {
  it('reads a city-shaped name before an age and a school as a person (하남(19·한국체대)), not a city with its subway lines', () => {
    const text = '계영 대표팀은 김하늘(21·경북도청), 하남(19·한국체대)으로 꾸려졌다. 지하철은 부산(1·2호선)에서 멈췄다.';
    expect(people(text)).toEqual(['김하늘', '하남']);
    expect(koreanNames(text, 'place')).toEqual(['부산']);
  });
});

describe('a common noun that only looks like a name', () => {
  it('does not read 상하원 (both houses) as a surname and a given name', () => {
    expect(people('법안은 상하원 합동회의를 거쳐 상하원의 비준을 받았다.')).toEqual([]);
  });
});
