// People named by a surname and 모 ("a certain"), and one-syllable words that only look like a surname.
import { describe, expect, it } from 'vitest';
import { koreanNames } from './test-support';

const people = (text: string): string[] => koreanNames(text, 'person');

describe('a surname written apart before 모', () => {
  it('reads 정 모씨 and 한 모 씨 from the surname on', () => {
    expect(people('경찰은 정 모씨를 불러 조사했고, 한 모 씨도 참고인으로 나왔다.')).toEqual(['정 모씨', '한 모 씨']);
  });

  it('reads no person in 모씨 alone', () => {
    expect(people('모씨는 당시 현장에 없었다고 말했다.')).toEqual([]);
  });
});

describe('a particle after a quote', () => {
  it('does not read 은 after a quoted name as a surname before a title', () => {
    expect(people("미국 잡지 '타임'은 기자가 쓴 기사를 삭제했다.")).toEqual([]);
  });
});

describe('words that only look like a name', () => {
  it('does not read 민주주의 or 제국주의 as a name and the particle 의', () => {
    expect(people('그는 민주주의와 제국주의 시대의 차이를 설명했다. 한국의 민주주의 역사는 짧다.')).toEqual([]);
  });

  it('does not read a verb form in 하기 or 하여 as a given name', () => {
    expect(people('통일성을 부여하기 위함이다. 그리하여 팩트체크 결과가 나왔다.')).toEqual([]);
  });
});

describe('adverbs and electoral districts before a title', () => {
  it('does not read an adverb in 히 as a name before a title (단순히 기자)', () => {
    expect(people('단순히 기자 한 명의 실수로 볼 수 없다.')).toEqual([]);
  });

  it('does not read a city and its electoral district (부천병) as a name', () => {
    expect(people('경기 부천병 후보로 나선 김상회 후보가 유세했다.')).toEqual(['김상회']);
  });
});

describe('a name after 고 ("the late")', () => {
  it('reads the name after 고 with no title after it', () => {
    expect(people('기자회견에서 고 한정우 매형이 입장을 밝혔다.')).toEqual(['한정우']);
  });

  it('keeps the title a rule found for the same name (고 김태식 상사)', () => {
    expect(koreanNames('고 김태식 상사의 유족이 참석했다.', 'person')).toEqual(['김태식']);
  });
});

describe('a verb form before a title', () => {
  it('does not read 시작하자 or 지나다녀 as a one-word foreign name', () => {
    expect(people('경기를 시작하자 감독이 일어섰다. 골목을 지나다녀 학생들이 불편을 겪었다.')).toEqual([]);
  });
});

describe('one-syllable words beside a transliterated name', () => {
  it('does not open a name with 뒤 or 수 (회담이 끝난 뒤 바이든 대통령은)', () => {
    expect(people('회담이 끝난 뒤 바이든 대통령은 기자들과 만났다.')).toEqual(['바이든']);
  });

  it("does not open a name with the particle after a quote ('모임'과 올리버 하트)", () => {
    expect(people("'경제학 모임'과 올리버 하트 교수가 참석했다.")).toEqual(['올리버 하트']);
  });
});

describe('a one-syllable surname that may also be a modifier', () => {
  it('reads 이, 전 and 고 as surnames with a tense word or an honorific after them', () => {
    expect(people('검찰은 이 전 회장과 전 전 청장을 불러 조사했고, 고 씨도 참고인으로 출석했다.')).toEqual(['이 전 회장', '전 전 청장', '고 씨']);
  });

  it('reads 이 before a title of office, not before an occupation', () => {
    expect(people('이 장관은 이날 국회에 출석했다. 이 선수는 올해 20골을 넣었다.')).toEqual(['이 장관']);
  });
});

describe('a surname and 모 before the honorific', () => {
  it('reads 이모 씨, 지모(45·여)씨 and 정모 (41) 씨, but not 이모 the aunt', () => {
    expect(people('경찰은 이모 씨와 지모(45·여)씨, 정모 (41) 씨를 차례로 불렀다. 그는 이모와 함께 살았다.')).toEqual(['이모', '지모', '정모']);
  });
});

describe('a nominee', () => {
  it('reads a name or a surname before 후보자 and 내정자', () => {
    expect(people('청문회에서 한민우 후보자는 의혹을 부인했고, 오 내정자는 답변을 미뤘다.')).toEqual(['한민우', '오 내정자']);
  });
});

describe('a short form that keeps only the end of the title', () => {
  it('resolves 김 총장 to 김대현 검찰총장', () => {
    expect(people('김대현 검찰총장은 16일 출근했다. 김 총장은 말을 아꼈다.')).toEqual(['김대현']);
  });
});

describe('a listed name that is also a common noun and its particle', () => {
  it('does not read 코스로 (코스 + 로) as the listed name, but reads 안정환', () => {
    expect(people('해안 도로는 드라이브 코스로도 이름났다. 안정환은 이날 해설을 맡았다.')).toEqual(['안정환']);
  });
});

describe('an organisation between a name and its title that also reads as a word and a particle', () => {
  it('reads 정하늘 before 유엔 사무총장 (유엔 also reads as 유 + 엔)', () => {
    expect(people('정하늘 유엔 사무총장은 이날 회의를 주재했다.')).toEqual(['정하늘']);
  });
});

describe('a name before two organisations and a title', () => {
  it('reads the name before a university and its department (ORG ORG TITLE)', () => {
    expect(people('한지우 부산대학교 해양생명과학부 교수는 조사 결과를 설명했다.')).toEqual(['한지우']);
  });
});
