import { describe, expect, it } from 'vitest';
import type { Agreement, Span } from '../types';
import { findAgreements } from './index';
import { date, entitiesOf, org, person, place, sentencesOf, type Given } from './test-support';

function agreementsIn(text: string, language: 'ko' | 'en', given: Given[], excluded: Span[] = []): Agreement[] {
  return findAgreements(text, sentencesOf(text), entitiesOf(text, given), { language, excluded });
}

/** The one agreement found, with its parties sorted (their order is not specified). */
function only(agreements: Agreement[]) {
  expect(agreements).toHaveLength(1);
  const [agreement] = agreements;
  return { ...agreement, parties: [...agreement.parties].sort() };
}

describe('Korean agreements: parties', () => {
  it('reads A는 B와 … 체결: both named, subject words and kind in what', () => {
    const text = '삼성전자는 네이버와 20일 인공지능 반도체 개발 업무협약을 체결했다.';
    const found = only(agreementsIn(text, 'ko', [org('삼성전자'), org('네이버'), date('20일', '2024-03-20')]));
    expect(found).toMatchObject({ what: '인공지능 반도체 개발 업무협약 (MOU)', parties: ['네이버', '삼성전자'], status: 'signed', date: '2024-03-20' });
    expect(found.evidence).toEqual({ start: 0, end: text.length });
  });

  it('keeps the subject of an MOU in the text’s words (모바일 송금 결제 서비스 지원 업무협약)', () => {
    const found = only(agreementsIn('가나은행은 다라페이와 모바일 송금 결제 서비스 지원 업무협약을 맺었다.', 'ko', [org('가나은행'), org('다라페이')]));
    expect(found.what).toBe('모바일 송금 결제 서비스 지원 업무협약 (MOU)');
  });

  it('reads what was agreed on from the object of 합의', () => {
    const given = [org('가나전자'), org('다라통신')];
    expect(only(agreementsIn('가나전자와 다라통신은 배터리 공동 개발에 합의했다.', 'ko', given)).what).toBe('배터리 공동 개발 합의');
    expect(only(agreementsIn('가나전자와 다라통신은 합작공장을 세우기로 합의했다.', 'ko', given)).what).toBe('합작공장을 세우기로 합의');
  });

  it('reads A·B 간 and shows 양해각서 as the MOU kind', () => {
    const text = '한국수자원공사·베트남 건설부 간 물관리 협력 양해각서가 체결됐다.';
    const found = only(agreementsIn(text, 'ko', [org('한국수자원공사'), org('베트남 건설부')]));
    expect(found).toMatchObject({ what: '물관리 협력 업무협약 (MOU)', parties: ['베트남 건설부', '한국수자원공사'], status: 'signed' });
  });

  it('reads A와 B 간의 … 체결에 따른 as a signed agreement referred to', () => {
    const text = '지난 5일 한국무역보험공사와 칠레 생산진흥청(CORFO) 간의 업무협약 체결에 따른 후속 조치다.';
    const found = only(agreementsIn(text, 'ko', [org('한국무역보험공사'), org('칠레 생산진흥청', ['CORFO']), date('지난 5일', '2024-06-05')]));
    expect(found).toMatchObject({ parties: ['칠레 생산진흥청', '한국무역보험공사'], status: 'signed', date: '2024-06-05' });
  });

  it('keeps a compound agreement word whole (배터리 공급계약)', () => {
    const found = only(agreementsIn('현대차는 SK온과 배터리 공급계약을 맺었다고 밝혔다.', 'ko', [org('현대차'), org('SK온')]));
    expect(found).toMatchObject({ what: '배터리 공급계약', parties: ['SK온', '현대차'], status: 'signed' });
  });

  it('adds the main actor (the lead sentence’s subject) when only the counterpart is named', () => {
    const text = '한국전력은 독일 베를린에서 에너지 포럼을 열었다고 3일 밝혔다.\n이어 4일에는 뮌헨으로 이동해 ‘지멘스’와 기술협력 협약을 체결할 예정이다.';
    const found = only(
      agreementsIn(text, 'ko', [org('한국전력'), org('지멘스'), place('독일', 'country'), place('베를린', 'city'), place('뮌헨', 'city'), date('4일', '2024-05-04')]),
    );
    expect(found).toMatchObject({ what: '기술협력 협약', parties: ['지멘스', '한국전력'], status: 'planned', date: '2024-05-04' });
  });

  it('dates an agreement on the occasion of the sentence before (이 자리에서)', () => {
    const text = '가나공단은 5일 서울에서 수출 상담회를 열었다. 이 자리에서 다라은행과 금융지원 업무협약을 체결했다.';
    const found = only(agreementsIn(text, 'ko', [org('가나공단'), org('다라은행'), place('서울', 'city'), date('5일', '2024-06-05')]));
    expect(found).toMatchObject({ parties: ['가나공단', '다라은행'], date: '2024-06-05', status: 'signed' });
  });

  it('signs for a person’s organisation (이사장은 … 서명했다)', () => {
    const text = '김영수 이사장은 부산항만공사와 물류 협력 협약서에 서명했다.';
    const found = only(agreementsIn(text, 'ko', [person('김영수', '이사장', '한국해양진흥공사'), org('부산항만공사')]));
    expect(found.parties).toEqual(['부산항만공사', '한국해양진흥공사']);
    expect(found.status).toBe('signed');
  });

  it('takes a counterpart the recognisers missed from the text’s own words (quoted name)', () => {
    const text = '한국전력은 전력망 사업을 소개했다.\n한국전력은 ‘그리드웍스’와 협약을 맺었다.';
    const found = only(agreementsIn(text, 'ko', [org('한국전력')]));
    expect(found.parties).toEqual(['그리드웍스', '한국전력']);
  });

  it('prefers the place where it happened (에서), then the most specific', () => {
    const withLocative = '한국과 칠레는 서울 롯데호텔에서 자유무역협정 개정에 서명했다.';
    expect(only(agreementsIn(withLocative, 'ko', [place('한국', 'country'), place('칠레', 'country'), place('서울', 'city'), place('롯데호텔', 'venue')]))).toMatchObject({
      parties: ['칠레', '한국'],
      place: '롯데호텔',
      status: 'signed',
    });
    const cityOverCountry = '중기부는 러시아로 이동해 모스크바 월드센터로 이전한 사무소 개소식을 열고 현지 은행인 ‘노바뱅크’와 업무협약을 체결할 예정이다.';
    expect(only(agreementsIn(cityOverCountry, 'ko', [org('중기부'), place('러시아', 'country'), place('모스크바', 'city'), place('월드센터', 'venue')])).place).toBe('모스크바');
  });
});

describe('Korean agreements: parties the recognisers missed, in the text’s own words', () => {
  it('reads A와 B는 when only A is a known name', () => {
    const found = only(agreementsIn('카카오뱅크와 토스는 간편결제 제휴를 맺을 계획이라고 밝혔다.', 'ko', [org('카카오뱅크')]));
    expect(found).toMatchObject({ what: '간편결제 제휴', parties: ['카카오뱅크', '토스'], status: 'planned' });
  });

  it('reads a name introduced by what it is (미국 제약사 X와)', () => {
    const found = only(agreementsIn('삼성바이오로직스는 미국 제약사 일라이릴리와 위탁생산 계약을 맺었다.', 'ko', [org('삼성바이오로직스'), place('미국', 'country')]));
    expect(found.parties).toEqual(['삼성바이오로직스', '일라이릴리']);
  });

  it('reads the 와/과 word that opens the agreement’s own noun phrase', () => {
    const text = '한국가스공사는 올해 해외 사업을 확대한다.\n이어 카타르에너지와 액화천연가스 장기 도입 계약을 체결했다.';
    expect(only(agreementsIn(text, 'ko', [org('한국가스공사')])).parties).toEqual(['카타르에너지', '한국가스공사']);
  });

  it('reads A와 B의 with A unknown', () => {
    const found = only(agreementsIn('한화오션과 미국 해군의 함정 정비 계약이 취소됐다.', 'ko', [org('미국 해군')]));
    expect(found).toMatchObject({ parties: ['미국 해군', '한화오션'], status: 'failed' });
  });

  it('reads the topic that opens the sentence (X는 … B와 합의했다)', () => {
    const found = only(agreementsIn('하나금융은 외환은행 합병을 외환노조와 합의했다고 13일 밝혔다.', 'ko', [org('외환노조')]));
    expect(found.parties).toEqual(['외환노조', '하나금융']);
  });
});

describe('Korean agreements: who acts', () => {
  it('takes the subject nearest the agreement word, not the one reporting it', () => {
    const text = '스포츠동아는 강동원 씨가 YG엔터테인먼트와 전속계약을 앞두고 있다고 보도했다.';
    const found = only(agreementsIn(text, 'ko', [org('스포츠동아'), person('강동원'), org('YG엔터테인먼트')]));
    expect(found).toMatchObject({ parties: ['YG엔터테인먼트', '강동원'], status: 'planned' });
  });

  it('does not take a possessor that is not part of a pair (카타르의 중재로)', () => {
    const found = only(agreementsIn('이스라엘과 하마스는 카타르의 중재로 휴전에 합의했다.', 'ko', [place('이스라엘', 'country'), org('하마스'), place('카타르', 'country')]));
    expect(found).toMatchObject({ what: '휴전', parties: ['이스라엘', '하마스'], status: 'signed' });
  });

  it('counts the one a proposal is made to (정부에 … 제안했다)', () => {
    const found = only(agreementsIn('외교부는 일본 정부에 어업협정 재협상을 제안했다.', 'ko', [org('외교부'), org('일본 정부')]));
    expect(found).toMatchObject({ parties: ['외교부', '일본 정부'], status: 'proposed' });
  });

  it('reads no agreement from a fact only referred to (합의했다는 점)', () => {
    expect(agreementsIn('법원은 피고인이 합의했다는 점을 고려했다.', 'ko', [org('법원')])).toEqual([]);
  });
});

describe('Korean agreements: status', () => {
  const parties = [org('가나전자'), org('다라통신')];
  const statusOf = (sentence: string) => agreementsIn(sentence, 'ko', parties).map((a) => a.status);
  it.each([
    ['가나전자는 다라통신과 업무협약을 체결했다.', 'signed'],
    ['가나전자와 다라통신은 협약을 맺었다.', 'signed'],
    ['가나전자는 다라통신과 공급 협정에 서명했다.', 'signed'],
    ['가나전자와 다라통신은 공동 개발에 합의했다.', 'signed'],
    ['가나전자는 다라통신과 업무협약을 체결할 예정이다.', 'planned'],
    ['가나전자는 다라통신과 업무협약을 체결키로 했다.', 'planned'],
    ['가나전자는 다라통신과 협약을 맺을 계획이다.', 'planned'],
    ['가나전자는 다라통신과 합작 계약 체결을 추진하고 있다.', 'proposed'],
    ['가나전자는 다라통신에 공동 파트너십을 제안했다.', 'proposed'],
    ['가나전자는 다라통신과의 협정 체결을 촉구했다.', 'proposed'],
    ['가나전자와 다라통신의 합병 계약이 무산됐다.', 'failed'],
    ['가나전자와 다라통신의 임금 협상이 결렬됐다.', 'failed'],
    ['가나전자는 다라통신과의 공급계약을 취소했다.', 'failed'],
    ['가나전자와 다라통신은 협력 양해각서를 교환했다.', 'signed'],
    ['가나전자와 다라통신의 합병 협상이 타결됐다.', 'signed'],
    ['가나전자와 다라통신의 공급 계약 협상이 막바지에 이르렀다.', 'proposed'],
    // Conditional: the agreement holds only if something happens.
    ['가나전자가 다라통신과 계약을 체결하면 공사가 바로 시작된다.', 'conditional'],
    ['가나전자와 다라통신의 인수 계약이 성사된다면 업계 1위가 바뀐다.', 'conditional'],
    ['가나전자와 다라통신의 합병 조약은 주주총회 승인을 얻어 발효된다.', 'conditional'],
    // Terminated: an agreement that existed is ended.
    ['가나전자는 다라통신과의 전속계약 만료를 앞두고 있다.', 'terminated'],
    ['가나전자는 지난달 다라통신과 맺은 공급계약을 해지했다.', 'terminated'],
    ['가나전자는 다라통신과의 기술 협정 파기를 선언했다.', 'terminated'],
    ['가나전자는 다라통신을 상대로 전속계약 무효 소송을 냈다.', 'terminated'],
    // Failed: never concluded.
    ['가나전자와 다라통신은 임금 협상에서 합의에 이르지 못했다.', 'failed'],
    ['가나전자는 다라통신과의 협정 승인을 또다시 유보했다.', 'failed'],
  ])('%s → %s', (sentence, status) => {
    expect(statusOf(sentence)).toEqual([status]);
  });
});

describe('Korean agreements: what is not one', () => {
  const given = [org('가나전자'), org('다라통신')];
  it.each([
    ['general contract terms', '가나전자는 계약 조건에 따라 다라통신에 위약금을 내야 한다.'],
    ['a schedule of procedures', '가나전자와 다라통신의 사업은 입찰 공고, 적격 심사, 계약 체결 순으로 진행된다.'],
    ['a negation', '가나전자는 다라통신과 계약을 체결하지 않았다고 밝혔다.'],
    ['another sense of the word (계약직)', '가나전자는 다라통신 출신 계약직 직원을 채용했다.'],
    ['a court panel (형사합의부)', '서울중앙지법 형사합의부는 가나전자 전 대표에게 징역형을 선고했다.'],
    ['a mention with nobody named', '계약을 체결한 뒤 30일 이내에 신고해야 한다.'],
    ['something of the agreement, not the agreement (협정의 이행 문제)', '가나전자는 다라통신과 협정의 이행 문제를 논의할 예정이다.'],
  ])('%s', (_, sentence) => {
    expect(agreementsIn(sentence, 'ko', given)).toEqual([]);
  });

  it('never reads text inside a collapsed repeat', () => {
    const text = '가나전자는 다라통신과 업무협약을 체결했다.\n가나전자는 다라통신과 업무협약을 체결했다.';
    const second = text.indexOf('\n') + 1;
    const found = agreementsIn(text, 'ko', given, [{ start: second, end: text.length }]);
    expect(found).toHaveLength(1);
    expect(found[0].evidence.start).toBe(0);
  });

  it('gives one item when a general word (협약) and a specific one (업무협약) name the same agreement', () => {
    const text = '가나전자와 다라통신이 협약을 맺었다\n가나전자는 다라통신과 자율주행 업무협약을 체결했다고 밝혔다.';
    expect(only(agreementsIn(text, 'ko', given))).toMatchObject({ what: '자율주행 업무협약 (MOU)', parties: ['가나전자', '다라통신'] });
  });

  it('keeps talks apart from an agreement they did not produce (합의했다, then 협상은 재개될 예정이다)', () => {
    const text = '가나전자와 다라통신이 특허 공유에 합의했다.\n두 회사의 가격 협상은 다음 달 재개될 예정이다.';
    const found = agreementsIn(text, 'ko', given);
    expect(found.map((agreement) => agreement.status).sort()).toEqual(['proposed', 'signed']);
  });

  it('gives one item when the title and the body report the same agreement', () => {
    const text = '가나전자, 다라통신과 MOU 체결\n가나전자는 서울에서 다라통신과 자율주행 업무협약을 체결했다고 12일 밝혔다.';
    const found = only(agreementsIn(text, 'ko', [...given, place('서울', 'city'), date('12일', '2024-02-12')]));
    // 12일 is when it was announced (…체결했다고 12일 밝혔다), not when it was signed: no date.
    expect(found).toMatchObject({ what: '자율주행 업무협약 (MOU)', parties: ['가나전자', '다라통신'], status: 'signed', date: undefined, place: '서울' });
    expect(found.evidence.start).toBe(text.indexOf('\n') + 1);
  });
});

describe('English agreements: parties', () => {
  it('reads "between A and B"', () => {
    const text = 'A trade agreement between Japan and Australia was signed in Canberra on Monday.';
    const found = only(agreementsIn(text, 'en', [place('Japan', 'country'), place('Australia', 'country'), place('Canberra', 'city'), date('Monday', '2024-04-08')]));
    expect(found).toMatchObject({ what: 'trade agreement', parties: ['Australia', 'Japan'], status: 'signed', place: 'Canberra', date: '2024-04-08' });
  });

  it('reads "A signed … with B"', () => {
    const found = only(agreementsIn('Toyota signed a battery supply contract with Panasonic on Tuesday.', 'en', [org('Toyota'), org('Panasonic')]));
    expect(found).toMatchObject({ what: 'battery supply contract', parties: ['Panasonic', 'Toyota'], status: 'signed' });
  });

  it('reads "A and B agreed to …" with what they agreed', () => {
    const found = only(agreementsIn('Shell and BP agreed to share pipeline capacity in the North Sea.', 'en', [org('Shell'), org('BP'), place('North Sea', 'region')]));
    expect(found).toMatchObject({ what: 'agreement to share pipeline capacity', parties: ['BP', 'Shell'], status: 'signed', place: 'North Sea' });
  });

  it('does not count the speaker or a place modifying a name as parties', () => {
    const text = 'Smith said South Korea’s Samsung had struck a deal with Nvidia.';
    const found = only(agreementsIn(text, 'en', [person('Smith'), place('South Korea', 'country'), org('Samsung'), org('Nvidia')]));
    expect(found.parties).toEqual(['Nvidia', 'Samsung']);
  });

  it('adds the main actor for "the company … with B"', () => {
    const text = 'Acme Corp reported record sales on Thursday.\nThe company also signed a licensing deal with Globex.';
    const found = only(agreementsIn(text, 'en', [org('Acme Corp'), org('Globex')]));
    expect(found).toMatchObject({ what: 'licensing deal', parties: ['Acme Corp', 'Globex'] });
  });
});

describe('English agreements: who acts', () => {
  it('does not take a name from another clause (…, who agreed to …)', () => {
    const text = 'Kesha tracked down David Gamson, a producer she admired, who agreed to produce the song.';
    expect(agreementsIn(text, 'en', [person('Kesha'), person('David Gamson')])).toEqual([]);
  });

  it('does not take a name after "with" and a preposition (with his girlfriend in Merdingen)', () => {
    const text = 'He signed a contract with Team Telekom and moved in with his girlfriend in Merdingen.';
    expect(agreementsIn(text, 'en', [org('Team Telekom'), place('Merdingen', 'city')]).flatMap((a) => a.parties)).not.toContain('Merdingen');
  });

  it('reads "a deal for X" and "a contract from X"', () => {
    expect(only(agreementsIn('BHP abandoned its takeover deal for Anglo American.', 'en', [org('BHP'), org('Anglo American')]))).toMatchObject({
      parties: ['Anglo American', 'BHP'],
      status: 'failed',
    });
    expect(only(agreementsIn('Boeing won a contract from the U.S. Air Force to build jets.', 'en', [org('Boeing'), org('U.S. Air Force')])).parties).toEqual([
      'Boeing',
      'U.S. Air Force',
    ]);
  });

  it('does not count the mediator (brokered by)', () => {
    const text = 'Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.';
    const found = only(agreementsIn(text, 'en', ['Israel', 'Qatar', 'Egypt'].map((name) => place(name, 'country')).concat(org('Hamas'))));
    expect(found).toMatchObject({ what: 'ceasefire', parties: ['Hamas', 'Israel'], status: 'signed' });
  });
});

describe('English agreements: status', () => {
  const given = [org('Acme'), org('Globex'), place('Ukraine', 'country'), place('Russia', 'country')];
  const statusOf = (sentence: string) => agreementsIn(sentence, 'en', given).map((a) => a.status);
  it.each([
    ['Acme signed a distribution agreement with Globex.', 'signed'],
    ['Acme and Globex agreed to merge their logistics arms.', 'signed'],
    ['Acme reached a deal with Globex late on Friday.', 'signed'],
    ['Acme will sign a supply contract with Globex next month.', 'planned'],
    ['Acme plans to form a partnership with Globex.', 'planned'],
    ['Acme and Globex are set to sign the accord.', 'planned'],
    ['Ukraine proposed a ceasefire with Russia.', 'proposed'],
    ['Acme should sign a new pact with Globex, analysts say.', 'proposed'],
    ['Talks between Acme and Globex collapsed.', 'failed'],
    ['Acme walked away from the deal with Globex.', 'failed'],
    ['There was no deal between Acme and Globex.', 'failed'],
    ['Lawmakers urged Acme to sign a data-sharing pact with Globex.', 'proposed'],
    ['Acme and Globex initialled a supply treaty.', 'signed'],
  ])('%s → %s', (sentence, status) => {
    expect(statusOf(sentence)).toEqual([status]);
  });
});

describe('English agreements: what is not one', () => {
  const given = [org('Acme'), org('Globex')];
  it.each([
    ['general contract terms', 'The contract requires Acme to pay Globex within 30 days.'],
    ['a hypothetical', 'If they sign a contract, Acme would supply Globex.'],
    ['a negation', 'Acme did not sign the agreement with Globex.'],
    ['another sense of "deal"', 'Acme has a great deal of work to do with Globex.'],
    ['"deal with" as a verb', 'Acme must deal with Globex complaints.'],
    ['agreement of opinion', 'Acme is in agreement with Globex on most points.'],
  ])('%s', (_, sentence) => {
    expect(agreementsIn(sentence, 'en', given)).toEqual([]);
  });
});

// Issue 13's English constructions, in sentences written for these tests in the style of news.
describe('English agreements: constructions', () => {
  const given = [org('Harmon Foods'), org('Crestline Brands'), org('Acme Corp')];
  const lead = 'Acme Corp shares rose on Monday.\n';

  it('takes the speaker who reports about itself as a party ("X said on Tuesday it had agreed to buy Y")', () => {
    const found = agreementsIn(`${lead}Harmon Foods said on Tuesday it had agreed to buy Crestline Brands.`, 'en', given);
    expect(only(found).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
  });

  it('does not take the one whose complaint or officials report it ("an X complaint said Y had agreed")', () => {
    const text = `${lead}A Justice Department complaint said Crestline Brands had agreed to pay a fine.`;
    expect(only(agreementsIn(text, 'en', [...given, org('Justice Department')])).parties).toEqual(['Crestline Brands']);
  });

  it('reads the subject across an apposition or an aside between dashes', () => {
    const appositive = `${lead}Harmon Foods, the maker of frozen pies, agreed to buy Crestline Brands.`;
    expect(only(agreementsIn(appositive, 'en', given)).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
    const dashed = `${lead}Harmon Foods — which runs 40 plants — signed a supply deal with Crestline Brands.`;
    expect(only(agreementsIn(dashed, 'en', given)).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
  });

  it('does not take a name in another clause for a party ("X, Y’s owner, on Friday after the deal was …")', () => {
    const text = 'Harmon Foods signed a merger deal with Crestline Brands.\nThe news came from Ana Ruiz, Crestline’s owner, on Friday after the deal was approved by regulators.';
    const found = agreementsIn(text, 'en', [...given, org('Crestline', []), person('Ana Ruiz')]);
    expect(found).toHaveLength(1);
    expect([...found[0].parties].sort()).toEqual(['Crestline Brands', 'Harmon Foods']);
  });

  it('resolves "the deal" and "both companies" to the parties of the agreement reported before', () => {
    const text = 'Harmon Foods signed a supply deal with Crestline Brands in March.\nShareholders of both companies approved the deal on Friday.';
    const found = agreementsIn(text, 'en', given);
    expect(found).toHaveLength(1);
    expect([...found[0].parties].sort()).toEqual(['Crestline Brands', 'Harmon Foods']);
    expect(found[0].alsoIn?.length).toBe(1);
  });

  it('reads the present tense and other buying verbs ("X agrees to buy Y", "X bought Y")', () => {
    expect(only(agreementsIn(`${lead}Harmon Foods agrees to buy Crestline Brands in $3 billion deal.`, 'en', given))).toMatchObject({
      parties: ['Crestline Brands', 'Harmon Foods'],
      status: 'signed',
    });
    expect(only(agreementsIn(`${lead}Harmon Foods bought Crestline Brands in 2019.`, 'en', given)).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
    expect(agreementsIn(`${lead}Harmon Foods bought new ovens for its plants.`, 'en', given)).toEqual([]);
  });

  it('reads "X signed <player>" as a signing, but not a signed bill or a sign', () => {
    const text = `${lead}The Rovers signed striker Ana Silva on a free transfer.`;
    expect(only(agreementsIn(text, 'en', [org('Rovers'), person('Ana Silva', 'striker')])).parties).toEqual(['Ana Silva', 'Rovers']);
    expect(agreementsIn(`${lead}The governor signed the budget bill on Friday.`, 'en', given)).toEqual([]);
  });

  it('does not read an agreement already in force as a new one ("this ongoing partnership", "our deals with A and B are …")', () => {
    const text = 'Harmon Foods signed a partnership with Crestline Brands in May.\nWe plan to grow this ongoing partnership next year.';
    expect(agreementsIn(text, 'en', given)).toHaveLength(1);
    expect(agreementsIn(`${lead}Our supply deals with Harmon Foods and Crestline Brands are already yielding savings.`, 'en', given)).toEqual([]);
  });

  it('does not take the one who only comments on the agreement for a party ("X welcomed the deal between A and B")', () => {
    const text = `${lead}Acme Corp chairman Tom Reyes welcomed the agreement reached between Harmon Foods and Crestline Brands.`;
    expect(only(agreementsIn(text, 'en', [...given, person('Tom Reyes', 'chairman', 'Acme Corp')])).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
  });

  it('reads "possible" as a proposal only before the agreement word, not "as soon as possible"', () => {
    expect(only(agreementsIn(`${lead}Harmon Foods is weighing a possible merger with Crestline Brands.`, 'en', given)).status).toBe('proposed');
    const text = `${lead}Regulators worked as fast as possible, and the merger of Harmon Foods and Crestline Brands was approved on Friday.`;
    expect(only(agreementsIn(text, 'en', given)).status).toBe('signed');
  });

  it('adds the article’s main actor only when the sentence refers to it, not for a subject it does not name', () => {
    expect(only(agreementsIn(`${lead}Two rival bakers signed a supply deal with Crestline Brands.`, 'en', given)).parties).toEqual(['Crestline Brands']);
    const text = `${lead}The Ohio-based company signed a supply deal with Crestline Brands.`;
    expect(only(agreementsIn(text, 'en', given)).parties).toEqual(['Acme Corp', 'Crestline Brands']);
  });

  it('reads names that open the sentence, known or not: "A and B completed their merger", a headline "A, B reach merger deal"', () => {
    expect(only(agreementsIn(`${lead}Kestrel Foods and Crestline Brands completed their merger in June.`, 'en', given)).parties).toEqual(['Crestline Brands', 'Kestrel Foods']);
    expect(only(agreementsIn(`${lead}Kestrel, Marlow reach merger deal`, 'en', given))).toMatchObject({ parties: ['Kestrel', 'Marlow'], status: 'signed' });
    expect(only(agreementsIn(`${lead}Kestrel and Marlow hope to reach a merger deal.`, 'en', given)).status).toBe('proposed');
    expect(agreementsIn(`${lead}Regulators approved the merger on Friday.`, 'en', given)).toEqual([]);
  });

  it('reads the one a passive relative clause is about ("Y, which was acquired by X")', () => {
    const text = `${lead}Crestline Brands, which was acquired by Harmon Foods last year, cut 200 jobs.`;
    expect(only(agreementsIn(text, 'en', given)).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
    const unknown = `${lead}Sales fell at Tamsin, which had been recently acquired by Harmon Foods.`;
    expect(only(agreementsIn(unknown, 'en', given)).parties).toEqual(['Harmon Foods', 'Tamsin']);
  });

  it('reads two names the recognisers joined into one ("Kestrel Foods and Marlow Stores") as two sides', () => {
    const text = `${lead}Kestrel Foods and Marlow Stores signed a merger agreement on Monday.`;
    expect(only(agreementsIn(text, 'en', [org('Kestrel Foods and Marlow Stores')])).parties).toEqual(['Kestrel Foods', 'Marlow Stores']);
  });

  it('takes the one named right after "by" as a side ("a contract by the Navy"), not a name in a clause after the agreement word', () => {
    const text = `${lead}Harmon Foods was awarded a supply contract by Crestline Brands on Friday.`;
    expect(only(agreementsIn(text, 'en', given)).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
    const other = `${lead}Harmon Foods and Crestline Brands called off their planned merger after Acme Corp objected.`;
    expect(only(agreementsIn(other, 'en', given))).toMatchObject({ parties: ['Crestline Brands', 'Harmon Foods'], status: 'failed' });
  });

  it('reads a sale: the buyer of "agreed to sell its unit to X", and "the purchase of Y" only of a name', () => {
    const sale = `${lead}Harmon Foods agreed to sell its snacks unit to Crestline Brands for $400 million.`;
    expect(only(agreementsIn(sale, 'en', given)).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
    const purchase = `${lead}Harmon Foods’s $1 billion purchase of Crestline Brands closed in 2021.`;
    expect(only(agreementsIn(purchase, 'en', given))).toMatchObject({ parties: ['Crestline Brands', 'Harmon Foods'], status: 'signed' });
    expect(agreementsIn(`${lead}The museum completed the purchase of a Monet painting.`, 'en', given)).toEqual([]);
  });

  it('reads a letter of intent, and "the club" as the article’s main actor', () => {
    const text = 'Acme Corp reported its results on Monday.\nThe club confirmed it had signed a letter of intent with Crestline Brands.';
    expect(only(agreementsIn(text, 'en', given))).toMatchObject({ parties: ['Acme Corp', 'Crestline Brands'], what: 'letter of intent (LOI)' });
  });

  it('reads an owner’s name that opens the sentence once ("Pfizer’s deal to buy …")', () => {
    const text = `${lead}Harmon Foods's deal to buy Crestline Brands was approved by regulators.`;
    expect(only(agreementsIn(text, 'en', given)).parties).toEqual(['Crestline Brands', 'Harmon Foods']);
  });

  it('reads a deal "expected to close" as made, not planned', () => {
    const text = `${lead}Harmon Foods agreed to buy Crestline Brands in a deal expected to close next year.`;
    expect(only(agreementsIn(text, 'en', given))).toMatchObject({ parties: ['Crestline Brands', 'Harmon Foods'], status: 'signed' });
  });

  it('does not give an agreement word the partner of another clause ("…with X last year, but the deal could …")', () => {
    const text = `${lead}Harmon Foods signed a contract with Crestline Brands last year, but the deal could be cancelled.`;
    const found = agreementsIn(text, 'en', given);
    expect(found.map((a) => a.status)).toEqual(['signed']);
    expect([...found[0].parties].sort()).toEqual(['Crestline Brands', 'Harmon Foods']);
  });
});

describe('agreements told twice: a signer’s caption and the body', () => {
  it('takes a photo caption of the signer (박형준 부산시장이 … 서명하고 있다) for the body’s agreement of the same day, one of whose parties is the signer’s', () => {
    const caption = '홍길동 시장(왼쪽)이 10일 시청에서 협약서에 서명하고 있다. 시청 제공';
    const body = '가나시는 10일 시청에서 다라관광공사와 해양관광 활성화 업무협약을 체결했다고 밝혔다.';
    const text = `${caption}\n${body}`;
    const given = [person('홍길동', '시장', '가나'), org('가나시'), org('다라관광공사'), date('10일', '2023-05-10')];
    const found = agreementsIn(text, 'ko', given);
    expect(found).toHaveLength(1);
    expect([...found[0].parties].sort()).toEqual(['가나시', '다라관광공사']);
    expect(found[0].alsoIn).toEqual([{ start: 0, end: caption.indexOf(' 시청 제공') }]);
  });

  it('keeps a signer’s own agreement apart when no party of the other is the signer’s, or the day differs', () => {
    const otherDay = 'Lena Ortiz signed a water agreement on Monday.\nHarmon Foods signed a supply agreement with Crestline Brands on Tuesday.';
    const dates = [date('Monday', '2024-03-11'), date('Tuesday', '2024-03-12')];
    const companies = [org('Harmon Foods'), org('Crestline Brands')];
    expect(agreementsIn(otherDay, 'en', [person('Lena Ortiz', 'chief executive', 'Harmon Foods'), ...companies, ...dates])).toHaveLength(2);
    const sameDayOtherSide = 'Mayor Lena Ortiz signed a water agreement on Tuesday.\nHarmon Foods signed a supply agreement with Crestline Brands on Tuesday.';
    expect(agreementsIn(sameDayOtherSide, 'en', [person('Lena Ortiz', 'Mayor', 'Springfield'), ...companies, ...dates])).toHaveLength(2);
  });
});
