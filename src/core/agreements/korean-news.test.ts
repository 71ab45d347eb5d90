// Korean agreement constructions of issue 13 written for these tests in the style of real news
// (no sentence is taken from the labelled set or the fixtures): broad grammatical patterns that
// the labelled tune half had too few of to show.
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../types';
import { findAgreements } from './index';
import { date, entitiesOf, org, person, place, sentencesOf, type Given } from './test-support';

function agreementsIn(text: string, given: Given[] = []): Agreement[] {
  return findAgreements(text, sentencesOf(text), entitiesOf(text, given), { language: 'ko', excluded: [] });
}

describe('Korean: an agreement already made, kept or broken, is no new one', () => {
  it('does not read a call to carry out an agreement (합의 이행을 촉구했다) as a proposal', () => {
    expect(agreementsIn('정부는 북한에 남북 합의 이행을 거듭 촉구했다.', [place('북한', 'country')])).toEqual([]);
  });

  it('does not read a demand to keep a collective agreement (단체협약 준수를 요구했다)', () => {
    expect(agreementsIn('금속노조는 사측에 단체협약 준수를 요구했다.', [org('금속노조')])).toEqual([]);
  });

  it('does not read a threat over breaking an agreement (합의를 어기면 … 재개하겠다)', () => {
    const given = [org('하마스'), place('이스라엘', 'country')];
    expect(agreementsIn('하마스 측은 이스라엘이 합의를 어기면 즉각 공격을 재개하겠다고 경고했다.', given)).toEqual([]);
  });

  it('does not read a promise to honour a treaty, one adverb between (협정을 성실히 이행하기로)', () => {
    expect(agreementsIn('양국 정부는 기존 협정을 성실히 이행하기로 했다.')).toEqual([]);
  });

  it('still reads a signing that is called a breach of something else (조약 서명이 국제법 위반이라며)', () => {
    const found = agreementsIn('서방은 솔라국의 합병 조약 서명이 국제법 위반이라며 제재를 준비하고 있다.', [place('솔라국', 'country')]);
    expect(found.map((a) => a.status)).toEqual(['signed']);
  });
});

describe('Korean: a date before a partner no recogniser knew', () => {
  it('leaves the date out of the name (15일 베트남 전력공사와)', () => {
    const given = [org('한빛전자'), place('베트남', 'country'), date('15일', '2025-04-15')];
    const [found] = agreementsIn('한빛전자는 15일 베트남 전력공사와 발전소 건설 협력을 위한 업무협약을 맺었다.', given);
    expect([...found.parties].sort()).toEqual(['베트남 전력공사', '한빛전자']);
  });

  it('leaves a time word out of the name (다음 달 미국 반도체 업체와)', () => {
    const [found] = agreementsIn('누리전자는 다음 달 미국 반도체 업체와 공급 계약을 체결할 예정이다.', [org('누리전자'), place('미국', 'country')]);
    expect(found).toMatchObject({ parties: ['누리전자', '미국 반도체 업체'], status: 'planned' });
  });

  it('keeps 주 of a state in the name (텍사스 주 정부와), and stops at it after 이번, 지난, 다음', () => {
    const given = [org('한빛전자'), place('미국', 'country'), place('텍사스', 'region')];
    expect(agreementsIn('한빛전자는 미국 텍사스 주 정부와 투자 협약을 맺었다.', given)[0].parties).toEqual(['한빛전자', '미국 텍사스 주 정부']);
    const [found] = agreementsIn('한빛전자는 이번 주 미국 반도체 업체와 공급 계약을 체결한다.', given);
    expect(found.parties).toEqual(['한빛전자', '미국 반도체 업체']);
  });
});

describe('Korean: 와/과 joining the things agreed on, after the partners', () => {
  it('does not take a common noun joined to the next (교육과 연구 분야) for a partner', () => {
    const [found] = agreementsIn('한빛시는 누리대학교와 교육과 연구 분야 협력을 위한 협약을 체결했다.', [org('누리대학교')]);
    expect([...found.parties].sort()).toEqual(['누리대학교', '한빛시']);
  });

  it('does not take the first of two goods (소재와 부품 공급 계약) for a partner', () => {
    const [found] = agreementsIn('한빛전자는 누리화학과 소재와 부품 공급 계약을 맺었다.', [org('한빛전자'), org('누리화학')]);
    expect([...found.parties].sort()).toEqual(['누리화학', '한빛전자']);
  });

  it('does not take a thing joined to the agreement’s own phrase after 노사 (임금과 단체협약 협상)', () => {
    const found = agreementsIn('가람자동차 노사는 임금과 단체협약 협상을 타결했다.', [org('가람자동차')]);
    expect(found.flatMap((a) => a.parties)).not.toContain('임금');
  });

  it('still takes a group with 과 before the agreement’s phrase when no partner was named (주민들과 상생 협약)', () => {
    const [found] = agreementsIn('누리에너지는 발전소 인근 주민들과 상생 협약을 맺었다.', [org('누리에너지')]);
    expect(found.parties).toEqual(['누리에너지', '발전소 인근 주민들']);
  });

  it('takes no noun that only ends in 과 (결과, 성과) for a partner named before (회의 결과 … 주민들과 상생 협약)', () => {
    const [found] = agreementsIn('간담회 결과 누리에너지는 발전소 인근 주민들과 상생 협약을 맺었다.', [org('누리에너지')]);
    expect(found.parties).toEqual(['누리에너지', '발전소 인근 주민들']);
  });
});

describe('Korean: an agreement verb in a clause that goes on', () => {
  it('reads 계약하며 / 계약하고 (a connective ending) as signed', () => {
    const given = [person('류한결'), org('LA 다저스'), date('2013년', '2013')];
    expect(agreementsIn('류한결은 2013년 LA 다저스와 계약하며 메이저리그에 진출했다.', given)[0]).toMatchObject({ parties: ['류한결', 'LA 다저스'], status: 'signed' });
    const found = agreementsIn('가람전자는 누리소프트와 계약하고 본격적인 개발에 들어갔다.', [org('가람전자'), org('누리소프트')]);
    expect(found.map((a) => a.status)).toEqual(['signed']);
  });

  it('does not read a wish (계약하고 싶다는 뜻을 밝혔다) as signed', () => {
    expect(agreementsIn('한빛전자는 누리소프트와 계약하고 싶다는 뜻을 밝혔다.', [org('한빛전자'), org('누리소프트')])).toEqual([]);
  });
});

describe('Korean: an agreement word that only qualifies a system or a rule', () => {
  it('does not read a plan about contracts in general (표준 계약 제도를 도입하기로, 가맹 계약 기준을 강화하기로) as a planned agreement', () => {
    expect(agreementsIn('정부는 내년부터 표준 계약 제도를 도입하기로 했다.')).toEqual([]);
    expect(agreementsIn('공정위는 가맹 계약 기준을 강화하기로 했다.', [org('공정위')])).toEqual([]);
  });

  it('does not read a review of how agreements are built (협약 구조를 바꾸는 방안을 검토) as a proposal', () => {
    expect(agreementsIn('정부는 민자사업 협약 구조를 바꾸는 방안을 검토하고 있다.')).toEqual([]);
  });

  it('matches the head noun, not a longer compound it opens (협약 구조조정 is a restructuring; 체결 기념식 is still a ceremony)', () => {
    const found = agreementsIn('한빛전자는 누리소프트와 협약 구조조정을 진행했다.', [org('한빛전자'), org('누리소프트')]);
    expect(found.map((a) => a.status)).toEqual(['proposed']);
    expect(agreementsIn('양국은 FTA 체결 기념식을 열었다.')).toEqual([]);
  });
});

describe('Korean: leaders named with their titles', () => {
  it('reads A 대통령과 B 주석은 … 회담을 갖고 … 합의했다 as both, the title between the two', () => {
    const given = [person('한가람', '대통령'), person('왕리밍', '주석')];
    const [found] = agreementsIn('한가람 대통령과 왕리밍 주석은 정상회담을 갖고 미세먼지 공동 대응에 합의했다.', given);
    expect([...found.parties].sort()).toEqual(['왕리밍', '한가람']);
  });

  it('reads a title written glued to the place it serves (김가람 누리도지사와 이나래 한빛시장은)', () => {
    const given = [person('김가람', '도지사'), person('이나래', '시장')];
    const [found] = agreementsIn('김가람 누리도지사와 이나래 한빛시장은 광역 교통 협약을 맺었다.', given);
    expect([...found.parties].sort()).toEqual(['김가람', '이나래']);
  });

  it('does not take the title after an organisation (누리그룹 회장과) for a party of its own', () => {
    const [found] = agreementsIn('한빛그룹 회장은 이날 누리그룹 회장과 만나 사업 협력에 합의했다.', [org('한빛그룹'), org('누리그룹')]);
    expect([...found.parties].sort()).toEqual(['누리그룹', '한빛그룹']);
  });
});

describe('Korean: partners listed with 및 or commas', () => {
  it('reads A 및 B와 with neither name known', () => {
    const [found] = agreementsIn('가람페이는 토스 및 누리파이낸셜과 간편결제 연동 협약을 체결했다.');
    expect([...found.parties].sort()).toEqual(['가람페이', '누리파이낸셜', '토스']);
  });

  it('reads a venue-named institution listed with 및 before a partner (누리암센터 및 한빛대학교와)', () => {
    const given = [org('가람대병원'), place('누리암센터', 'venue'), org('한빛대학교')];
    const [found] = agreementsIn('가람대병원은 누리암센터 및 한빛대학교와 공동연구 협약을 맺었다.', given);
    expect([...found.parties].sort()).toEqual(['가람대병원', '누리암센터', '한빛대학교']);
  });

  it('reads a known name listed with a comma before a partner no recogniser knew (누리중공업, 한빛대와)', () => {
    const [found] = agreementsIn('가람시는 누리중공업, 한빛대와 조선 인력 양성을 위한 업무협약을 체결했다.', [org('누리중공업')]);
    expect([...found.parties].sort()).toEqual(['가람시', '누리중공업', '한빛대']);
  });
});

describe('Korean: talks that stall', () => {
  it('reads talks run aground or halted (좌초, 정지되었다) as failed', () => {
    const given = [place('가나', 'country'), place('다라', 'country')];
    for (const ending of ['좌초됐다', '정지되었다']) {
      expect(agreementsIn(`가나와 다라의 비핵화 협상이 ${ending}.`, given).map((a) => a.status)).toEqual(['failed']);
    }
  });

  it('reads talks in deadlock or disarray (교착, 파행) as still proposed: stalled is not halted', () => {
    const given = [place('가나', 'country'), place('다라', 'country')];
    for (const ending of ['교착 상태에 빠졌다', '파행을 겪었다']) {
      expect(agreementsIn(`가나와 다라의 비핵화 협상이 ${ending}.`, given).map((a) => a.status)).toEqual(['proposed']);
    }
  });

  it('does not read 정지 inside another word (행정지원, 일시정지) as talks halted', () => {
    const found = agreementsIn('노사는 임금 협상에서 행정지원 확대를 논의했다.');
    expect(found.map((a) => a.status)).toEqual(['proposed']);
  });
});

describe('Korean: a title’s holder no recogniser knew', () => {
  it('takes a listed name that is also a common noun (이안 휴즈 장관은) as the holder', () => {
    const [found] = agreementsIn('이안 휴즈 장관은 가나 정부와 어업 협정에 서명했다.', [place('가나', 'country')]);
    expect(found.parties).toContain('이안 휴즈');
  });
});

describe('Korean: a joint venture named as a company', () => {
  it('reads 합작법인을 세우기로 했다 as planned and 합작법인을 설립했다 as signed', () => {
    const given = [org('한빛전자'), org('누리케미칼')];
    expect(agreementsIn('한빛전자는 누리케미칼과 합작법인을 세우기로 했다.', given)[0]).toMatchObject({ parties: ['한빛전자', '누리케미칼'], status: 'planned' });
    expect(agreementsIn('한빛전자는 누리케미칼과 합작법인을 설립했다.', given)[0]).toMatchObject({ parties: ['한빛전자', '누리케미칼'], status: 'signed' });
  });

  it('leaves the event to the agreement word that reports it (합작공장을 세우기로 합의했다), and a venture only named to none', () => {
    const given = [org('한빛전자'), org('누리케미칼')];
    expect(agreementsIn('한빛전자와 누리케미칼은 배터리 합작공장을 세우기로 합의했다.', given).map((a) => a.status)).toEqual(['signed']);
    expect(agreementsIn('한빛전자 합작법인의 매출이 크게 늘었다.', given)).toEqual([]);
  });

  it('reads founding (세웠다, 설립했다) as signing only the venture it names, not any agreement word before it', () => {
    expect(agreementsIn('한빛전자는 누리케미칼과 합작 법인을 세웠다.', [org('한빛전자'), org('누리케미칼')]).map((a) => a.status)).toEqual(['signed']);
    expect(agreementsIn('정부는 FTA 대응 전략을 세웠다.')).toEqual([]);
  });
});

describe('Korean: an agreement inside a quotation', () => {
  it('reads 합의를 했다 as signed, and not the speaker as a side when the quotation names its own subject', () => {
    const [found] = agreementsIn('김 의원은 “정부가 일본과 굴욕적인 합의를 했다”고 비판했다.', [person('김 의원'), place('일본', 'country')]);
    expect(found.status).toBe('signed');
    expect(found.parties).not.toContain('김 의원');
    expect(found.parties).toContain('일본');
  });

  it('still gives a quotation with no subject of its own, or 우리는, to the speaker’s side', () => {
    const given = [org('한빛전자'), org('누리화학')];
    for (const quote of ['“누리화학과 공급 계약을 체결할 계획”이라고', '“우리는 누리화학과 공급 계약을 체결했다”고']) {
      expect([...agreementsIn(`한빛전자 관계자는 ${quote} 말했다.`, given)[0].parties].sort()).toEqual(['누리화학', '한빛전자']);
    }
  });

  it('takes no common noun or subordinate clause in the quotation (전문가, 매출이 늘어난) for its own subject', () => {
    const given = [org('가람제약'), org('다솜바이오')];
    for (const quote of ['“전문가 자문을 거쳐 다솜바이오와 기술이전 계약을 맺을 예정”이라고', '“매출이 늘어난 만큼 다솜바이오와 공동 판매 계약을 체결할 계획”이라고']) {
      expect([...agreementsIn(`가람제약 관계자는 ${quote} 밝혔다.`, given)[0].parties].sort()).toEqual(['가람제약', '다솜바이오']);
    }
  });
});

describe('Korean: a place that opens a longer name', () => {
  it('reads the whole word (가나에너지와) when a recogniser named only the place (가나)', () => {
    const [found] = agreementsIn('누리가스공사는 가나에너지와 20년 장기 도입 계약을 체결했다.', [org('누리가스공사'), place('가나', 'country')]);
    expect([...found.parties].sort()).toEqual(['가나에너지', '누리가스공사']);
  });

  it('takes a place joined to a noun for any company (미국기업과, 중국업체들과) for no name', () => {
    for (const partner of ['미국기업과', '중국업체들과']) {
      const [found] = agreementsIn(`가람전자는 ${partner} 부품 공급 계약을 맺었다.`, [org('가람전자'), place(partner.slice(0, 2), 'country')]);
      expect(found.parties).toEqual(['가람전자']);
    }
  });
});

describe('Korean: a business bought from its owner', () => {
  it('reads A는 B의 X 사업부 인수 계약을 체결했다 with both, the owner not taken for the signer', () => {
    const [found] = agreementsIn('한빛반도체는 누리칩스의 낸드 사업부 인수 계약을 체결했다.', [org('한빛반도체'), org('누리칩스')]);
    expect([...found.parties].sort()).toEqual(['누리칩스', '한빛반도체']);
    expect(found.status).toBe('signed');
  });

  it('does not take the possessor of a company noun bought (누리칩스의 일본 업체 인수) for the one bought from', () => {
    expect(agreementsIn('누리칩스의 일본 업체 인수 계약이 지난주 체결됐다.', [org('누리칩스'), place('일본', 'country')])).toEqual([]);
  });
});

describe('Korean: a rule about contracts', () => {
  it('does not read a withdrawal a rule allows (계약 후 7일 이내에 … 철회할 수 있다) as a failed agreement', () => {
    expect(agreementsIn('소비자는 계약 후 7일 이내에 청약을 철회할 수 있다.')).toEqual([]);
  });
});

describe('Korean: a failure next to a procedure word', () => {
  it('still reads a rejected ratification bill (비준안을 부결했다) and talks reported broken off (결렬됐다는 사실) as failed', () => {
    const rejected = agreementsIn('의회는 가나와 솔라국의 투자보장협정 비준안을 부결했다.', [place('가나', 'country'), place('솔라국', 'country')]);
    expect(rejected.map((a) => a.status)).toEqual(['failed']);
    const broken = agreementsIn('가람전자와 다솜화학의 합병 협상이 결렬됐다는 사실이 뒤늦게 알려졌다.', [org('가람전자'), org('다솜화학')]);
    expect(broken.map((a) => a.status)).toEqual(['failed']);
  });
});
