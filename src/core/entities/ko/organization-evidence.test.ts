// Organisations by what they do (report the news) and by their ending (…당, …위원회).
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { koreanRecognizer } from './index';
import { koreanNames } from './test-support';

const organizations = (text: string): string[] => koreanNames(text, 'organization');

describe('a news outlet by what it does', () => {
  it('reads the subject of 보도했다 and the name before 보도에 따르면 as organisations', () => {
    expect(organizations('공장 가동이 멈췄다고 난팡넷이 3일 보도했다. 베이징데일리 보도에 따르면 피해가 컸다.')).toEqual(['난팡넷', '베이징데일리']);
  });

  it('does not read a common noun or a place that reports as an organisation', () => {
    expect(organizations('외신이 일제히 보도했다. 현지 언론은 이날 보도에서 중국이 보도했다고 전했다.')).toEqual([]);
  });
});

describe('a name ending in 당', () => {
  it('reads a party but not "per" after a quantity or unit, nor a common noun (1초당, kWh당, 경로당)', () => {
    expect(organizations('요금은 kWh당 120원, 신호는 1초당 1m로 정했다. 인근 경로당에서 정의당과 새누리당이 간담회를 열었다.')).toEqual(['정의당', '새누리당']);
  });
});

describe('a committee named by its field and 위', () => {
  it('reads a committee shortened to its field and 위 (…위원회, …특별위원회)', () => {
    expect(organizations('당 윤리위는 어제 징계를 미뤘고, 선거제도개혁특위가 회의를 열었다.')).toEqual(['윤리위', '선거제도개혁특위']);
  });

  it('does not read everyday words in 위, nor the committee inside its head’s title', () => {
    expect(organizations('꽃샘추위 속에 무력시위가 이어졌고 우선순위를 정했다. 김철수 공관위원장이 발표했다.')).toEqual([]);
  });
});

describe('an affiliation after a person’s age', () => {
  it('reads the school or team after the age in brackets as an organisation', () => {
    expect(organizations('결승에는 박지훈(19·대성고)과 최유리(23·서울시청)가 올랐다.')).toEqual(['대성고', '서울시청']);
  });

  it('does not read a place, an occupation, a noun for a person or a real name there as one', () => {
    expect(organizations('김모(41·회사원)씨, 이모(35·무직)씨, A(28·취업준비생)씨, 왕모(30·중국)씨와 가수 별이(22·이지연)가 왔다.')).toEqual([]);
  });
});

describe('a committee named by its task alone', () => {
  it('does not read an evaluation or founding committee as a name, but a committee named by its field', () => {
    expect(organizations('평가위원회는 심사를 마쳤고, 창당준비위원회와 준비위원회도 회의를 열었다. 방송통신위원회는 결과를 발표했다.')).toEqual(['방송통신위원회']);
  });
});

describe('a team by its city and its plural name', () => {
  it('reads a city or a sponsor in capitals and a transliterated plural as one team', () => {
    expect(organizations('김현수는 시카고 컵스와의 경기에서 홈런을 쳤고, NC 다이노스는 보스턴 레드삭스 출신 투수를 영입했다.')).toEqual([
      '시카고 컵스',
      'NC 다이노스',
      '보스턴 레드삭스',
    ]);
  });

  it('does not read a Korean noun or a given name after a place as a team', () => {
    expect(organizations('부산 버스 노선이 바뀌었고, 독일 니콜라스 뮐러가 골을 넣었다.')).toEqual([]);
  });
});

describe('a name after a noun saying what kind of organisation it is', () => {
  it('does not read a compound of two common nouns after the kind (기업 경영환경) as a name', () => {
    expect(organizations('정부는 기업 경영환경을 살피고, 공공기관 개혁과제를 내놓았다. 여행 업체 하나투어는 반겼다.')).toEqual(['하나투어']);
  });

  it('reads 인 after a common noun as "which is", not the end of 법인', () => {
    expect(organizations('터널에는 특수한 공법인 실드공법이 쓰였다. 재단법인 나눔빛은 기부를 받았다.')).toEqual(['나눔빛']);
  });

  it('reads the name after the kind and the copula 인 (시공사인 X: "the contractor, X")', () => {
    expect(organizations('시공사인 한빛토건은 공사를 멈췄고, 보안업체인 세이프넷도 조사를 받았다. 회사인 동시에 학교였다.')).toEqual(['한빛토건', '세이프넷']);
  });

  it('does not read a person after a noun for a person in 인 (기업인, 언론인) or before 씨 as an organisation', () => {
    const text = '기업인 김철수 씨는 간담회에 참석했고, 중소기업인 이민수 대표와 문화예술인 박영희 씨도 발언했다.';
    expect(organizations(text)).toEqual([]);
    expect(koreanNames(text, 'person')).toEqual(['김철수', '이민수', '박영희']);
  });
});

describe('a government body named by its fields', () => {
  it('reads common nouns written together before 부, 청 or 처 as a body, not a common noun in 부', () => {
    expect(organizations('해양수산자원부는 어업 지원을 늘리고 재난안전관리청과 협력한다고 밝혔다. 정치권 일부는 반대했다.')).toEqual(['해양수산자원부', '재난안전관리청']);
  });
});

describe('a known institution written apart', () => {
  it('reads 아사히 신문 whole as the institution the list writes as one word (아사히신문)', () => {
    expect(organizations('아사히 신문 여론조사에서 찬성이 늘었다.')).toEqual(['아사히 신문']);
  });

  it('reads a one-word institution written in three words, whose first word is no institution of its own', () => {
    expect(organizations('국제 올림픽 위원회는 개최지를 확정했다.')).toEqual(['국제 올림픽 위원회']);
  });

  it('reads no institution from a country and a common noun written apart (한국 은행: Korean banks, not 한국은행)', () => {
    expect(organizations('금리가 오르자 한국 은행 대출 창구와 일본 은행 창구에 문의가 몰렸다.')).toEqual([]);
  });

  it('reads no institution from a pronoun and a common noun written apart (우리 은행: our bank, not 우리은행)', () => {
    expect(organizations('우리 은행 대출 창구에는 아침부터 문의가 이어졌다고 지점장이 말했다.')).toEqual([]);
    expect(organizations('우리은행은 어제 새 예금 상품을 내놓았다.')).toEqual(['우리은행']);
  });
});

describe("Japan's ministries", () => {
  it('reads 방위성 and 후생노동성 as organisations', () => {
    expect(organizations('방위성은 예산을 늘렸고 후생노동성도 지침을 냈다.')).toEqual(['방위성', '후생노동성']);
  });
});

describe('national institutions by name', () => {
  it('reads 대통령실 and 공수처 (고위공직자범죄수사처)', () => {
    expect(organizations('대통령실은 이날 입장을 내지 않았고, 공수처는 수사를 시작했다.')).toEqual(['대통령실', '공수처']);
  });
});

describe('a bracket after an organisation', () => {
  const recognize = (text: string) => koreanRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }).filter((e) => e.type === 'organization');

  it('reads 가칭 as a remark on the name, not another form of it', () => {
    const [body] = recognize('정부는 국가수사청(가칭)을 새로 만들기로 했다. 국가수사청은 내년에 문을 연다.');
    expect(body).toMatchObject({ name: '국가수사청', aliases: [] });
  });

  it('reads the short form after 이하 as the name used from then on', () => {
    const [body] = recognize('한국해양진흥공사(이하 해진공)는 23일 설명회를 열었다. 해진공은 지원을 늘린다.');
    expect(body).toMatchObject({ name: '한국해양진흥공사', aliases: ['해진공'] });
  });
});

describe('a country before an organisation’s name', () => {
  const aliases = (text: string): string[][] =>
    koreanRecognizer
      .recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] })
      .filter((e) => e.type === 'organization')
      .map((e) => [e.name, ...(e.aliases ?? [])]);

  it('knows a name of its own without the country too, but not a body named by its field', () => {
    expect(aliases('노르웨이 베르겐대학교 연구진과 카자흐스탄 중소기업개발공사가 협약을 맺었다.')).toEqual([
      ['노르웨이 베르겐대학교', '베르겐대학교'],
      ['카자흐스탄 중소기업개발공사'],
    ]);
  });
});

describe('a body named by its field and a longer suffix', () => {
  it('reads 과학원 and 조사국 as suffixes, though 학원 alone ends common nouns (보습학원)', () => {
    expect(organizations('북한 국가과학원과 미국 인구조사국이 자료를 냈다. 그는 보습학원을 다녔다.')).toEqual(['북한 국가과학원', '미국 인구조사국']);
  });
});

describe('a committee after the body it belongs to', () => {
  it('gives the committee the longer form as an alias and keeps the body an organisation', () => {
    const text = '장관은 국회 보건복지위원회 전체회의에 출석했다.';
    const found = koreanRecognizer
      .recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] })
      .filter((e) => e.type === 'organization')
      .map((e) => [e.name, e.aliases]);
    expect(found).toEqual([
      ['국회', []],
      ['보건복지위원회', ['국회 보건복지위원회']],
    ]);
  });
});

describe('a transliterated name and a suffix written as its own word', () => {
  it('reads the name and the suffix as one organisation, the country before it as a place, and no common noun before a suffix', () => {
    const text = '독일 막스플랑크 연구소와 미국 스탠퍼드 병원은 협약을 맺었다. 스포츠 위원회도 열렸다.';
    expect(organizations(text)).toEqual(['막스플랑크 연구소', '스탠퍼드 병원']);
    expect(koreanNames(text, 'place')).toEqual(['독일', '미국']);
  });
});
