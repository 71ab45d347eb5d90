// A name before its party or office, organisations written onto a title, names after an
// occupation, and social media services named as where a post was written.
import { describe, expect, it } from 'vitest';
import { koreanNames } from './test-support';

const people = (text: string): string[] => koreanNames(text, 'person');
const organizations = (text: string): string[] => koreanNames(text, 'organization');

describe('a native name before its party or office', () => {
  it('reads 정태호 새누리당 대표 as the person 정태호 and the party, not one transliterated name', () => {
    const text = '정태호 새누리당 대표는 이날 기자회견을 열었다.';
    expect(people(text)).toEqual(['정태호']);
    expect(organizations(text)).toEqual(['새누리당']);
  });

  it('reads 한동수 남원시장 as the person 한동수 with the title 시장', () => {
    expect(people('한동수 남원시장은 지난 3일 주민들과 만났다.')).toEqual(['한동수']);
  });

  it('keeps a transliterated name of several words after a native word (엄마인 나디아 알하산)', () => {
    expect(people('아이의 엄마인 나디아 알하산(31)은 병원으로 옮겨졌다.')).toEqual(['나디아 알하산']);
  });
});

describe('an organisation written onto a title', () => {
  it('reads the bank in 하나은행장 and the agency in 질병관리본부장', () => {
    const text = '최문호 신한은행장과 오진석 질병관리본부장이 회의에 참석했다.';
    expect(organizations(text)).toEqual(['신한은행', '질병관리본부']);
  });

  it('leaves the city in 서울시장 a place, not an organisation', () => {
    expect(organizations('박정민 부산시장은 대책을 발표했다.')).toEqual([]);
  });
});

describe('a name after an occupation', () => {
  it('reads a stage name after 가수 and a player after 외야수', () => {
    expect(people('이날 무대에는 가수 미나가 올랐고, 외야수 로하스는 홈런을 쳤다.')).toEqual(['미나', '로하스']);
  });

  it("reads a name followed by 측 (the person's side)", () => {
    expect(people('배우 클라라 측은 보도 내용을 부인했다.')).toEqual(['클라라']);
  });
});

describe('a social media service', () => {
  it('is no organisation where a post was written on it', () => {
    expect(organizations('그는 지난 5일 트위터에 글을 올렸고, 소속사는 공식 페이스북 계정으로 입장을 밝혔다.')).toEqual([]);
  });

  it('is an organisation when it acts', () => {
    expect(organizations('페이스북은 개인정보 유출에 대해 공식 사과했다.')).toEqual(['페이스북']);
  });
});

describe('a university before an academic title', () => {
  it('reads 한림대 교수 as the school and the person before it', () => {
    const text = '김도현 한림대 교수는 이번 연구를 이끌었다.';
    expect(people(text)).toEqual(['김도현']);
    expect(organizations(text)).toEqual(['한림대']);
  });

  it('reads no school in an age before 교수 (50대 교수)', () => {
    expect(organizations('50대 교수가 연구실에서 쓰러졌다.')).toEqual([]);
  });
});

describe('a common noun in 씨', () => {
  it('does not read 아저씨 as a person 아저 with an honorific', () => {
    expect(people('동네 아저씨가 아이를 구했다.')).toEqual([]);
  });
});

describe('a common noun and its particle that spell an institution', () => {
  it('does not read 하나로 ("as one") as the company 하나로', () => {
    expect(organizations('이 제도는 지역 문화의 하나로 자리 잡았다.')).toEqual([]);
  });
});

describe('a company by its business ending', () => {
  it('reads names in 실업, 해운, 컴퍼니, 엔지니어링 and 손보 as organisations', () => {
    expect(organizations('동아태실업과 동해해운, 미래엔지니어링, 라온컴퍼니, 하나손보가 참여했다.')).toEqual([
      '동아태실업',
      '동해해운',
      '미래엔지니어링',
      '라온컴퍼니',
      '하나손보',
    ]);
  });

  it('does not read youth unemployment (청년실업) as a company', () => {
    expect(organizations('청년실업 문제가 심각하다.')).toEqual([]);
  });
});

describe('the subject of a sentence that reports', () => {
  it('reads the outlet that opens a sentence ending in 보도했다', () => {
    expect(organizations('12일 데일리타임스는 시의회가 예산안을 부결했다고 보도했다.')).toEqual(['데일리타임스']);
  });

  it('does not read a person who opens such a sentence as an outlet', () => {
    expect(organizations('김민재는 이적을 앞두고 있다고 현지 언론이 보도했다.')).toEqual([]);
  });
});

describe('a company written with and without its country', () => {
  it('lists 미국 라온바이오 and 라온바이오 as one organisation', () => {
    expect(organizations('미국 라온바이오는 국내 제약사와 계약을 맺었다. 라온바이오는 항암제를 개발한다.')).toEqual(['미국 라온바이오']);
  });
});
