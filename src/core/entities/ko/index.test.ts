// The Korean recogniser as a specification: one behaviour per test, on real news sentences.
import { describe, expect, it } from 'vitest';
import type { Entity, KnownEntity } from '../../types';
import { segmentSentences } from '../../text/segment';
import { koreanRecognizer } from './index';

function recognize(text: string, options: { published?: string; known?: KnownEntity[] } = {}): Entity[] {
  return koreanRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], published: options.published, known: options.known ?? [] });
}
const find = (entities: Entity[], type: string, name: string) => entities.find((e) => e.type === type && e.name === name);
const names = (entities: Entity[], type: string) => entities.filter((e) => e.type === type).map((e) => e.name);

describe('people by title', () => {
  it('reads PERSON TITLE', () => {
    const person = find(recognize('문재인 대통령이 카자흐스탄을 방문했다.'), 'person', '문재인');
    expect(person?.role).toBe('대통령');
  });

  it('reads PERSON ORG TITLE with a foreign name of two words', () => {
    const person = find(recognize('아바이 싸르쿨러브 카자흐스탄 중소기업개발공사 사장, 양국 중소벤처기업 대표가 참석했다.'), 'person', '아바이 싸르쿨러브');
    expect(person).toMatchObject({ role: '사장', affiliation: '카자흐스탄 중소기업개발공사' });
  });

  it('does not read an abstract noun in -성 as a bare name (성장성, 안정성, 정체성)', () => {
    const entities = recognize('미래 성장성이 높은 신흥국을 중심으로 투자한다. 안정성이 중요하고 정체성이 흔들렸다.');
    expect(names(entities, 'person')).toEqual([]);
  });

  it('does not read a common noun with a verbal ending as a name, even one a person list has (이용하는, 유지하고, 상태임을)', () => {
    const entities = recognize('시민들이 4대강을 다양하게 이용하고 있다. 정부는 현 체제를 유지하는 데 힘썼다. 선수는 피로한 상태임을 알았다.');
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads a name that spells a noun and 하 when a title vouches for it (박수하 씨, 유지하 기자)', () => {
    const entities = recognize('박수하 씨는 웃었다. 유지하 기자가 보도했다.');
    expect(names(entities, 'person')).toEqual(['박수하', '유지하']);
  });

  it('does not read a generic phrase before a title as a name', () => {
    const entities = recognize('양국 중소벤처기업 대표, 투자자, 바이어 등 100여명이 참석했다. 축구 선수 리오넬 메시와 담임 교사가 왔다.');
    expect(names(entities, 'person')).not.toContain('양국 중소벤처기업');
    expect(names(entities, 'person')).not.toContain('축구');
    expect(names(entities, 'person')).not.toContain('담임');
  });

  it('reads a name before a title with its office written onto it (비상대책위원장, 선대본부장)', () => {
    const entities = recognize('한상민 비상대책위원장이 회의를 열었고, 정지훈 공동선대본부장은 입장을 밝혔다.');
    expect(find(entities, 'person', '한상민')?.role).toBe('위원장');
    expect(find(entities, 'person', '정지훈')?.role).toBe('본부장');
  });

  it('does not read an ordinary word before a compound title as a name', () => {
    const entities = recognize('정부는 대책 마련을 위해 조사 특별위원장을 임명했다.');
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads a name glossed by its Chinese characters or another name in brackets', () => {
    const entities = recognize('스가와라 료타(菅原亮太)는 회견을 열었다. 진우석(陳宇錫)의 작품과 미나(본명 강미나)의 노래가 소개됐다.');
    expect(names(entities, 'person')).toEqual(expect.arrayContaining(['스가와라 료타', '진우석', '미나']));
  });

  it('does not read a place glossed in brackets with its kind after it as a person', () => {
    const entities = recognize('중국 저장성 타이저우(台州)시와 우후(蕪湖)현에서 폭우가 내렸다. 사후(死後) 처리가 늦었다.');
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads a name after a family word (아들 X, 남편 X)', () => {
    const entities = recognize('그는 아들 김도현은 물론 남편 마이클 스탠턴과도 연락이 끊겼다.');
    expect(names(entities, 'person')).toEqual(expect.arrayContaining(['김도현', '마이클 스탠턴']));
  });

  it('does not read a family word inside another word or before a common noun as a name', () => {
    const entities = recognize("'H1'형 바이러스가 검출됐다. 아들 교육비를 마련했고 딸 바보 아빠가 됐다. 아내 조리사 자격증을 땄다.");
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads the actor and the named role in 역의 / 역을 맡은', () => {
    const entities = recognize('한지호 역의 박서연은 호평을 받았다. 잭 역의 토마스 베르너는 눈물을 보였다. 강서진 역을 맡은 김하늘이 등장했다.');
    expect(names(entities, 'person')).toEqual(expect.arrayContaining(['한지호', '박서연', '토마스 베르너', '강서진', '김하늘']));
  });

  it('does not read a common role before 역 or a verb after it as a person', () => {
    const entities = recognize('주인공 역을 맡은 뒤 인기를 얻었다. 조연 역의 비중이 커졌다.');
    expect(names(entities, 'person')).toEqual([]);
  });

  it('reads ORG(대표 PERSON) as a company and its head', () => {
    const entities = recognize('에타(대표 이재순)의 정수기 부품 제작 기술이 호응을 얻었다.');
    expect(find(entities, 'organization', '에타')).toBeDefined();
    expect(find(entities, 'person', '이재순')).toMatchObject({ role: '대표', affiliation: '에타' });
  });

  it('reads ORG 대표 PERSON but not 대표 before an ordinary noun', () => {
    expect(find(recognize('에디슨모터스 대표 강영권 씨가 말했다.'), 'person', '강영권')).toMatchObject({ role: '대표', affiliation: '에디슨모터스' });
    expect(names(recognize('소프트크림은 미니스톱 대표 디저트 상품이다.'), 'organization')).not.toContain('미니스톱');
  });

  it('reads a byline without reading the e-mail address', () => {
    const entities = recognize('김진수 기자 true@hankyung.com');
    expect(find(entities, 'person', '김진수')?.role).toBe('기자');
    expect(entities.some((e) => e.name.includes('hankyung'))).toBe(false);
  });

  it('strips particles so a mention ends at the noun', () => {
    const person = find(recognize('이상직 이사장은 말했다. 이상직이 웃었다.'), 'person', '이상직');
    expect(person?.mentions.map((m) => m.end - m.start)).toEqual([3, 3]);
  });

  it('keeps a name ending in 이 whole when 이 cannot be a particle', () => {
    expect(names(recognize('아바이 싸르쿨러브 사장이 왔다.'), 'person')).toContain('아바이 싸르쿨러브');
  });

  it('resolves SURNAME TITLE to the full name and never makes a person named 이', () => {
    const entities = recognize('이상직 이사장이 참석했다. 이 이사장은 “협업모델”이라고 말했다.');
    const person = find(entities, 'person', '이상직');
    expect(person?.aliases).toContain('이 이사장');
    expect(person?.mentions).toHaveLength(2);
    expect(names(entities, 'person')).not.toContain('이');
  });

  it('drops 이 TITLE with no full name: 이 may be "this"', () => {
    expect(recognize('이 대표는 이어 설명했다.').filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads PERSON 전 TITLE and names listed before one title', () => {
    const entities = recognize('이부영·노회찬 전 의원, 한명숙 전 국무총리 등이 참석했다.');
    expect(names(entities, 'person')).toEqual(expect.arrayContaining(['이부영', '노회찬', '한명숙']));
  });

  it('reads a name with a bracketed age', () => {
    expect(names(recognize('지체장애 1급인 김성동(54) 씨가 숨졌다.'), 'person')).toContain('김성동');
  });
});

describe('people by evidence from the word lists', () => {
  it('reads a name the person lists know before a particle, without a title', () => {
    expect(names(recognize('경기가 끝난 뒤 안정환은 동료들과 인사를 나눴다.'), 'person')).toEqual(['안정환']);
  });

  it('reads the names of a list closed by 등 and a noun for people (등의 선수가)', () => {
    expect(names(recognize('2차전에서는 김강민, 최정, 이재원 등의 선수가 홈런을 쳤다.'), 'person')).toEqual(['김강민', '최정', '이재원']);
    expect(names(recognize('사과, 배, 귤 등의 과일이 올랐다.'), 'person')).toEqual([]);
  });

  it('reads the dictionary’s stations as venues and its places as places', () => {
    const entities = recognize('시위대는 신길역에서 출발해 청계천까지 행진했다.');
    expect(entities.filter((e) => e.type === 'place').map((e) => [e.name, e.placeKind])).toEqual([
      ['신길역', 'venue'],
      ['청계천', 'region'],
    ]);
  });

  it('reads a listed two-syllable name only when it sounds like a transliteration', () => {
    expect(names(recognize('특히 푸틴이나 러시아 대기업들이 움직였다.'), 'person')).toEqual(['푸틴']);
  });

  it('reads a known transliterated given name with the family name after it', () => {
    expect(names(recognize('시사회에는 블레이크 라이블리가 참석했다.'), 'person')).toEqual(['블레이크 라이블리']);
  });

  it('does not take a verb form before a title for a name (나설 의원)', () => {
    expect(names(recognize('토론을 끝내려면 토론에 나설 의원이 있어야 한다.'), 'person')).toEqual([]);
  });

  it('does not take a common noun of a name’s shape for a person', () => {
    // 호기심 and 유명세 open with a surname syllable; the common-noun list vetoes them before a title.
    expect(names(recognize('호기심 대표가 말했다. 유명세 사장은 웃었다.'), 'person')).toEqual([]);
  });

  it('does not read SURNAME + 군/양 common nouns as anonymous people (장군, 육군, 모양)', () => {
    expect(names(recognize('3성 장군 출신인 그는 육군 부대를 찾아 삼각형 모양의 표지를 세웠다.'), 'person')).toEqual([]);
  });
});

describe('organisations', () => {
  it('knows well-known institutions and their short forms', () => {
    const org = find(recognize('중소벤처기업진흥공단은 지난 22일 중진공과 업무협약을 맺었다.'), 'organization', '중소벤처기업진흥공단');
    expect(org?.aliases).toEqual(['중진공']);
  });

  it('links NAME(ABBR), with a country as the first word of the name', () => {
    const org = find(recognize('카자흐스탄 중소기업개발공사(DAMU) 간의 업무협약'), 'organization', '카자흐스탄 중소기업개발공사');
    expect(org?.aliases).toEqual(['DAMU']);
  });

  it('does not read a bracketed gloss as an organisation', () => {
    const entities = recognize('OEM(주문자상표부착생산), B2B(기업간 거래), IT(정보기술) 분야');
    expect(entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('reads a quoted name the sentence calls an organisation', () => {
    const entities = recognize('러시아 정부 조달 기관인 ‘스베르뱅크–AST’와 업무협약을 체결할 예정이다.');
    expect(names(entities, 'organization')).toContain('스베르뱅크–AST');
  });

  it('does not read a quoted event title as an organisation', () => {
    expect(names(recognize('‘한-카자흐스탄 기술교류 컨퍼런스’를 개최했다.'), 'organization')).toEqual([]);
  });

  it('lists no generic institution alone (정부, 경찰, 검찰), only one with whose it is (러시아 정부)', () => {
    expect(names(recognize('정부는 경찰과 검찰에 수사를 맡겼다.'), 'organization')).toEqual([]);
    expect(names(recognize('러시아 정부는 이를 부인했다.'), 'organization')).toEqual(['러시아 정부']);
  });

  it('reads Latin initials written onto a Korean name as a company, not a kind of thing', () => {
    expect(names(recognize('LG에너지솔루션은 새 공장을 지었고 IT기업들도 뒤따랐다.'), 'organization')).toEqual(['LG에너지솔루션']);
  });

  it('reads a country’s Latin abbreviation inside Korean text as the country', () => {
    expect(names(recognize('대통령은 UAE를 방문했다.'), 'place')).toEqual(['UAE']);
  });

  it('reads a two-syllable name before 신문, 뉴스 or 공사 when neither part is a common noun', () => {
    expect(names(recognize('축구계가 주목하고 있다고 길림신문은 전했다.'), 'organization')).toContain('길림신문');
    expect(names(recognize('지역신문 기자들이 모였다. 보수공사가 끝났다.'), 'organization')).toEqual([]);
  });

  it('reads a name right after a noun saying what kind of organisation it is', () => {
    expect(names(recognize('결혼정보회사 가연누리는 조사 결과를 10일 발표했다.'), 'organization')).toContain('가연누리');
    expect(names(recognize("크라우드펀딩 업체 '펀딩루트'에서 모금이 시작됐다."), 'organization')).toContain('펀딩루트');
    // An ordinary noun after the class noun is no name; a bare name may run on into a longer one.
    expect(names(recognize('외주업체 직원인 박모씨가 다쳤다.'), 'organization')).toEqual([]);
    expect(names(recognize('미국 기업 마사 스튜어트가 인쇄기를 내놓았다.'), 'organization')).not.toContain('마사');
  });

  it('reads names by suffix but not generic nouns', () => {
    expect(names(recognize('에디슨모터스가 전기차를 만든다.'), 'organization')).toEqual(['에디슨모터스']);
    expect(names(recognize('도로 보수공사가 한창이고 걸그룹이 생방송에 나왔다.'), 'organization')).toEqual([]);
  });

  it('reads a brand in capitals before a suffix that needs a longer name (카드, 뉴스)', () => {
    const entities = recognize('HK카드가 새 상품을 내놓았고 JT뉴스가 이를 보도했다. 신용카드 사용액도 늘었다.');
    expect(names(entities, 'organization')).toEqual(['HK카드', 'JT뉴스']);
  });

  it("keeps a court's bench with the court (형사5단독, 민사 12부)", () => {
    const entities = recognize('대구지법 형사5단독은 피고인에게 징역형을 선고했다. 춘천지법 민사 12부도 같은 판단을 했다.');
    expect(names(entities, 'organization')).toEqual(['대구지법 형사5단독', '춘천지법 민사 12부']);
  });

  it('reads a country or city before a named institution as a place of its own (as a reader lists them)', () => {
    const entities = recognize('미국 법무부는 성명을 냈고 일본 기상청도 경보를 내렸다. 부산 SBS 기자가 현장을 찾았다.');
    expect(names(entities, 'organization')).toEqual(expect.arrayContaining(['법무부', '기상청']));
    expect(names(entities, 'place')).toEqual(expect.arrayContaining(['미국', '일본', '부산']));
  });

  it("reads courts, prosecutors' offices and embassies written as one word", () => {
    const entities = recognize('대전지법은 어제 판결을 내렸고 부산고검이 항고했다. 주한 독일대사관과 청주지방검찰청도 입장을 냈다.');
    expect(names(entities, 'organization')).toEqual(expect.arrayContaining(['대전지법', '부산고검', '독일대사관', '청주지방검찰청']));
  });
});

describe('places', () => {
  it('reads countries, cities and regions', () => {
    const entities = recognize('중앙아시아 순방 중 카자흐스탄 알마티와 러시아 모스크바를 찾는다.');
    expect(find(entities, 'place', '카자흐스탄')?.placeKind).toBe('country');
    expect(find(entities, 'place', '모스크바')?.placeKind).toBe('city');
    expect(find(entities, 'place', '중앙아시아')?.placeKind).toBe('region');
  });

  it('reads venues by suffix, keeping the city inside the name', () => {
    const entities = recognize('카자흐스탄을 방문해 인터콘티넨탈 알마티 호텔에서 행사를 열었다. 월드트레이드센터로 이전했다.');
    expect(find(entities, 'place', '인터콘티넨탈 알마티 호텔')?.placeKind).toBe('venue');
    expect(find(entities, 'place', '알마티')?.placeKind).toBe('city');
    expect(find(entities, 'place', '월드트레이드센터')?.placeKind).toBe('venue');
  });

  it('reads the city written before a venue as a place of its own, as a reader lists them', () => {
    const entities = recognize('시상식은 부산 해운대그랜드호텔에서 열렸고 뒤풀이는 인터콘티넨탈 알마티 호텔에서 했다.');
    expect(names(entities, 'place')).toEqual(expect.arrayContaining(['부산', '해운대그랜드호텔', '인터콘티넨탈 알마티 호텔']));
    expect(names(entities, 'place')).not.toContain('부산 해운대그랜드호텔');
  });

  it('reads the address written before a venue apart from it', () => {
    const entities = recognize('공연은 대구 수성구 그랜드 호텔에서 열리고 기자회견은 광주 북구 김대중컨벤션센터에서 한다.');
    const places = names(entities, 'place');
    expect(places).toEqual(expect.arrayContaining(['대구', '수성구', '그랜드 호텔', '광주', '김대중컨벤션센터']));
    expect(places).not.toContain('대구 수성구 그랜드 호텔');
  });

  it('does not read a counted generic noun as a venue', () => {
    expect(names(recognize('5개 해외기술교류센터를 설립해 사업을 했다.'), 'place')).toEqual([]);
  });

  it('does not read everyday compounds with a venue ending as venues (우리교회, 신입사원, 안방극장)', () => {
    expect(names(recognize('우리교회 교인들과 신입사원들이 모여 안방극장을 달군 드라마를 봤다.'), 'place')).toEqual([]);
  });

  it('does not read a noun after 한 ("a", "one") as a venue', () => {
    expect(names(recognize('할머니는 한 노인요양센터에서 지내다가 한 실버타운으로 옮겼다.'), 'place')).toEqual([]);
  });
});

describe('dates', () => {
  const value = (text: string, published = '2019-04-23') => recognize(text, { published }).find((e) => e.type === 'date')?.value;

  it('resolves days against the publication date', () => {
    expect(value('지난 22일 협약을 맺었다.')).toBe('2019-04-22');
    expect(value('24일에는 러시아로 이동할 예정이다.')).toBe('2019-04-24');
    expect(value('행사를 열었다고 23일 밝혔다.')).toBe('2019-04-23');
    expect(value('지난 25일 열렸다.')).toBe('2019-03-25');
  });

  it('resolves full dates, years and relative words', () => {
    expect(value('2019년 4월 22일 체결했다.')).toBe('2019-04-22');
    expect(value('4월 22일 체결했다.')).toBe('2019-04-22');
    expect(value('2015년부터 진행했다.')).toBe('2015');
    expect(value('올해는 확대한다.')).toBe('2019');
    expect(value('작년에 시작했다.')).toBe('2018');
    expect(value('이날 발표했다.')).toBe('2019-04-23');
  });
});

describe('merging', () => {
  it('finds user-known entities wherever their name or aliases occur', () => {
    const entities = recognize('에이팩은 온실용 LED를 만든다. APAC 제품이 인기다.', {
      known: [{ name: '에이팩', type: 'organization', aliases: ['APAC'] }],
    });
    expect(find(entities, 'organization', '에이팩')?.mentions).toHaveLength(2);
  });

  it('keeps no mention inside an excluded span', () => {
    const text = '이상직 이사장이 말했다. 이상직 이사장이 말했다.';
    const entities = koreanRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [{ start: 14, end: text.length }], known: [] });
    expect(find(entities, 'person', '이상직')?.mentions).toEqual([{ start: 0, end: 3 }]);
  });

  it('keeps no mention inside an excluded span that holds an e-mail address before it', () => {
    const text = '이상직 이사장이 말했다. 문의 lee@damu.kz 이상직 이사장이 말했다.';
    const entities = koreanRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [{ start: 14, end: text.length }], known: [] });
    expect(find(entities, 'person', '이상직')?.mentions).toEqual([{ start: 0, end: 3 }]);
  });

  it('gives the same result for the same input', () => {
    const text = '문재인 대통령이 카자흐스탄을 방문했다.';
    expect(recognize(text)).toEqual(recognize(text));
  });
});

describe('people the paper does not name in full', () => {
  it('reads 김모씨, 박씨 and A씨 as people, never a one-syllable name', () => {
    const entities = recognize('성매매 여성 김모(33)씨와 박씨, A씨 등 16명을 입건했다.');
    expect(names(entities, 'person')).toEqual(expect.arrayContaining(['김모', '박씨', 'A씨']));
    expect(entities.some((e) => e.type === 'person' && e.name.length === 1)).toBe(false);
  });

  it('keeps SURNAME (전) TITLE as a two-word name when the page never gives the full one', () => {
    expect(names(recognize('김 전 위원장은 말했다. 홍 지사의 진실이 밝혀졌다.'), 'person')).toEqual(['김 전 위원장', '홍 지사']);
  });

  it('reads a name at the start of a title written onto its institution', () => {
    expect(find(recognize('이종재 한국교육개발원장이 발표했다.'), 'person', '이종재')).toMatchObject({ role: '원장', affiliation: '한국교육개발원' });
  });

  it('does not read a verb form before a title as a name', () => {
    expect(names(recognize('베네딕토 16세가 지명한 추기경 3명이 작성했다.'), 'person')).not.toContain('지명한');
  });
});
