// The constructions of issue 13, one test each, in sentences written for these tests in the
// style of real news (no sentence is taken from the labelled set or the fixtures). Names the
// recognisers would not know are given no entity: the reader must find them by their shape.
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../types';
import { findAgreements } from './index';
import { date, entitiesOf, org, person, place, sentencesOf, type Given } from './test-support';

function agreementsIn(text: string, language: 'ko' | 'en', given: Given[] = []): Agreement[] {
  return findAgreements(text, sentencesOf(text), entitiesOf(text, given), { language, excluded: [] });
}

/** The one agreement found, parties sorted, evidence left out. */
function only(text: string, language: 'ko' | 'en', given: Given[] = []) {
  const agreements = agreementsIn(text, language, given);
  expect(agreements).toHaveLength(1);
  const { parties, what, status } = agreements[0];
  return { parties: [...parties].sort(), what, status };
}

describe('Korean: parties from the sentence’s structure', () => {
  it('reads A와 ㈜B는 … 협약을 체결했다 with neither name known (㈜ prefix, 와 coordination)', () => {
    expect(only('한빛대와 ㈜새솔광학은 23일 산학협력 협약을 체결했다.', 'ko', [date('23일', '2024-05-23')])).toEqual({
      parties: ['새솔광학', '한빛대'],
      what: '산학협력 협약',
      status: 'signed',
    });
  });

  it('reads a name with a parenthesis after it (한빛수자원공사(HB-water)와, 다솔대(총장 김가람)는)', () => {
    const found = only('다솔대(총장 김가람)는 한빛수자원공사(HB-water)와 물 산업 인재 양성 협약을 체결했다.', 'ko', [person('김가람', '총장')]);
    expect(found.parties).toEqual(['다솔대', '한빛수자원공사']);
  });

  it('reads (주)A가 B와 계약을 맺고, in a sentence that goes on', () => {
    const found = only('(주)누리텍이 두바이 바이어와 50만 달러 규모의 수출 계약을 맺고 현지 공급을 시작했다.', 'ko', [place('두바이', 'city')]);
    expect(found.parties).toEqual(['누리텍', '두바이 바이어']);
    expect(found.status).toBe('signed');
  });

  it('reads a headline: A, B와 MOU 체결 (comma for the particle, verb left out, an English name)', () => {
    expect(only('한결중공업, GE Vernova와 MOU 체결', 'ko')).toEqual({ parties: ['GE Vernova', '한결중공업'], what: '업무협약 (MOU)', status: 'signed' });
  });

  it('reads a headline that ends on 합의 or 계약 with no verb as concluded, but not one that ends on talks', () => {
    expect(only('누리에너지, 가람모터스와 배터리 합작공장 설립 합의', 'ko', [org('누리에너지'), org('가람모터스')])).toMatchObject({
      parties: ['가람모터스', '누리에너지'],
      status: 'signed',
    });
    expect(agreementsIn('가나, 다라와 무역 협상', 'ko', [place('가나', 'country'), place('다라', 'country')])).toEqual([]);
  });

  it('reads a title with 과 as its holder, a foreign name of two words, never the title itself (조코 위도도 대통령과)', () => {
    expect(only('가나그룹은 다라 나사리 대통령과 전기차 공장 건설 협약을 체결했다.', 'ko', [org('가나그룹')]).parties).toEqual(['가나그룹', '다라 나사리']);
  });

  it('takes a venue that is partnered (B센터와 협약을) for the institution that runs it, not one where it happened', () => {
    const given = [org('가나병원'), place('다라암센터', 'venue'), place('마바홀', 'venue')];
    expect(only('가나병원은 마바홀에서 다라암센터와 공동연구 협약을 체결했다.', 'ko', given).parties).toEqual(['가나병원', '다라암센터']);
  });

  it('reads a comma list of names as one side, the first name too, with a closing name no recogniser knew (A, B, C, D가)', () => {
    const given = [org('가나건설'), org('다라건설'), org('마바건설'), place('사아', 'country')];
    expect(only('가나건설, 다라건설, 마바건설이 사아에서 대규모 공사를 수주했다.', 'ko', given).parties).toEqual(['가나건설', '다라건설', '마바건설']);
    expect(only('가나건설, 다라건설, 마바건설, 자차엔지니어링이 사아에서 대규모 공사를 수주했다.', 'ko', given).parties).toEqual([
      '가나건설',
      '다라건설',
      '마바건설',
      '자차엔지니어링',
    ]);
  });

  it('does not take the mediators (A와 B의 중재로) for parties', () => {
    const given = [place('가나', 'country'), place('다라', 'country'), place('마바', 'country'), place('사아', 'country')];
    expect(only('가나와 다라는 마바와 사아의 중재로 휴전에 합의했다.', 'ko', given).parties).toEqual(['가나', '다라']);
  });

  it('reads X-Y 간 as both sides', () => {
    expect(only('가람군-다솔군 간 상생협력 협약이 체결됐다.', 'ko').parties).toEqual(['가람군', '다솔군']);
  });

  it('reads 한·베트남 as Korea and Vietnam (one syllable for a country)', () => {
    expect(only('한·베트남 투자보장협정이 서명됐다.', 'ko', [place('베트남', 'country')]).parties).toEqual(['대한민국', '베트남']);
  });

  it('reads 남북 as both Koreas', () => {
    expect(only('남북은 이날 이산가족 상봉 재개에 합의했다.', 'ko').parties).toEqual(['대한민국', '북한']);
  });

  it('resolves 양사 to the two companies named just before', () => {
    const text = '가나전자와 다라통신은 지난해부터 배터리를 함께 연구해 왔다.\n양사는 이날 공동 개발 협약을 체결했다.';
    expect(only(text, 'ko', [org('가나전자'), org('다라통신')]).parties).toEqual(['가나전자', '다라통신']);
  });

  it('resolves 두 회사 (two words) like 양사', () => {
    const text = '가나전자와 다라통신은 지난해부터 배터리를 함께 연구해 왔다.\n두 회사는 지난달 합병 계약을 체결했다.';
    expect(only(text, 'ko', [org('가나전자'), org('다라통신')]).parties).toEqual(['가나전자', '다라통신']);
  });

  it('keeps A in A와 B가 …지만 합의에 실패했다 (coordinated subject, not an earlier clause’s partner)', () => {
    const found = only('정부와 의사협회가 증원 문제를 놓고 협상을 벌였지만 합의에 실패했다.', 'ko', [org('정부'), org('의사협회')]);
    expect(found).toMatchObject({ parties: ['의사협회', '정부'], status: 'failed' });
  });

  it('reads the agent of a passive acquisition (넷마블에 인수된)', () => {
    expect(only('가나렌탈은 다라게임즈에 인수된 뒤 실적이 좋아졌다.', 'ko', [org('가나렌탈'), org('다라게임즈')]).parties).toEqual(['가나렌탈', '다라게임즈']);
  });

  it('reads setting out to buy as proposed (인수에 나섰다)', () => {
    expect(only('가나그룹이 다라코리아 인수에 나섰다.', 'ko').status).toBe('proposed');
  });

  it('reads an agreement named like an organisation (다라 기후협약에서 탈퇴) as one, not its city as a party', () => {
    const found = only('가나국 정부는 다라 기후협약에서 탈퇴하겠다고 밝혔다.', 'ko', [org('가나국 정부'), org('다라 기후협약'), place('다라', 'city')]);
    expect(found).toMatchObject({ parties: ['가나국 정부'], status: 'terminated' });
  });

  it('takes a title’s holder as the party (푸틴 러시아 대통령이)', () => {
    const found = only('세르게이 라브로프 러시아 외무장관이 이날 협정에 서명했다.', 'ko', [person('세르게이 라브로프'), place('러시아', 'country')]);
    expect(found.parties).toEqual(['러시아', '세르게이 라브로프']);
  });

  it('takes the name written straight before the object word of an agreement (솔라국 합병 조약)', () => {
    const found = only('한빛국 대통령은 솔라국 합병 조약에 서명했다.', 'ko', [place('한빛국', 'country'), place('솔라국', 'country')]);
    expect(found).toMatchObject({ parties: ['솔라국', '한빛국'], status: 'signed' });
  });

  it('takes the name written straight before the agreement word (가나 핵협상)', () => {
    expect(only('이란 핵협상이 열흘 만에 타결됐다.', 'ko', [place('이란', 'country')]).parties).toEqual(['이란']);
  });

  it('takes a title’s holder named before the words of where they serve (A B 자치 공화국 총리는)', () => {
    const found = only('연설 직후 한빛국 대통령과 안드레이 보로딘 자치 공화국 총리는 편입 조약에 서명했다.', 'ko', [place('한빛국', 'country')]);
    expect(found.parties).toEqual(['안드레이 보로딘', '한빛국']);
  });

  it('names an organisation written straight after the one it belongs to with it (가나연합 평화위원회는)', () => {
    const found = only('가나연합 평화위원회는 다라국과 휴전 협정을 체결했다.', 'ko', [org('가나연합'), org('평화위원회'), place('다라국', 'country')]);
    expect(found.parties).toEqual(['가나연합 평화위원회', '다라국']);
  });

  it('joins a general noun to the words before it (일본 대형 음반사)', () => {
    expect(only("걸그룹 '누리'가 일본 대형 음반사와 전속 계약을 맺었다.", 'ko').parties).toEqual(['누리', '일본 대형 음반사']);
  });

  it('takes the one a relative clause describes as its signer (…와 계약한 A는)', () => {
    const found = only('지난해 다라 타이거즈와 3년간 계약한 박누리는 올 시즌 주전으로 뛴다.', 'ko', [org('다라 타이거즈')]);
    expect(found.parties).toEqual(['다라 타이거즈', '박누리']);
  });

  it('takes a named head of the relative clause as a signer whatever its case (…가 협정을 맺은 B의 항구)', () => {
    const found = only('한빛국이 투자협정을 맺은 솔라국의 항구에 새 물류기지가 들어선다.', 'ko', [place('한빛국', 'country'), place('솔라국', 'country')]);
    expect(found).toMatchObject({ parties: ['솔라국', '한빛국'], status: 'signed' });
  });

  it('reads the signers named after the agreement as topic (협약은 A와 B가 서명한 것으로)', () => {
    const found = only('지역 인재 양성을 담은 이번 협약은 한빛시와 솔라대가 서명한 것으로, 내년부터 시행된다.', 'ko', [org('한빛시'), org('솔라대')]);
    expect(found).toMatchObject({ parties: ['솔라대', '한빛시'], status: 'signed' });
  });

  it('takes the object of a clause describing the purchase as a party (B를 자회사로 편입하는 인수 계약)', () => {
    const found = only('가나그룹은 다라물산을 자회사로 편입하는 인수 계약을 체결했다.', 'ko', [org('가나그룹')]);
    expect(found).toMatchObject({ parties: ['가나그룹', '다라물산'], status: 'signed' });
  });

  it('gives a sentence with no subject at all to the article’s actor (…매각을 추진 중이라고 밝혔다)', () => {
    const text = '가나광물공사는 해외 광산 지분을 정리하고 있다.\n그래서 헐값 논란을 막고자 국내 투자자들에게 우선권을 주는 방향으로 매각을 추진 중이라고 밝혔다.';
    expect(only(text, 'ko', [org('가나광물공사')])).toMatchObject({ parties: ['가나광물공사'], status: 'proposed' });
  });

  it('reads talks as going on when a summit is held for them (협상에 초점을 맞춘 회담)', () => {
    const text = '한빛국과 솔라국은 오랜 어업 분쟁을 겪어 왔다.\n양국 정상은 어업 협상을 다룰 회담을 위해 지난주 만났다.';
    const found = only(text, 'ko', [place('한빛국', 'country'), place('솔라국', 'country')]);
    expect(found).toMatchObject({ parties: ['솔라국', '한빛국'], status: 'proposed' });
  });

  it('reads X 측은 / X 측에서 as the side that acts', () => {
    expect(only('가나시 측은 다라대와 지난 3일 공동연구 협약을 맺었다.', 'ko', [org('가나시'), org('다라대')]).parties).toEqual(['가나시', '다라대']);
    expect(only('사고 버스는 가나조선 측에서 전세계약해 통근용으로 썼다.', 'ko', [org('가나조선')]).parties).toEqual(['가나조선']);
  });

  it('reads X 측은 with a name no recogniser knew', () => {
    expect(only('그러나 가나다라공화국 측은 포로를 돌려보내기로 합의하였으나 응답이 없다.', 'ko').parties).toEqual(['가나다라공화국']);
  });

  it('reads the people listed before 간 as the two sides (A, B 후보간 협상)', () => {
    const found = only('가나당 김가람, 무소속 이다솔 후보간 단일화 협상이 결렬됐다.', 'ko', [org('가나당'), person('김가람'), person('이다솔')]);
    expect(found).toMatchObject({ parties: ['김가람', '이다솔'], status: 'failed' });
  });

  it('reads an announced agreement as concluded (합의 발표)', () => {
    expect(only('노조는 가나당과 다라당이 소위원회를 꾸리겠다는 합의 발표를 환영했다.', 'ko', [org('가나당'), org('다라당')]).status).toBe('signed');
  });

  it('skips an agreement word inside another noun (자유계약선수) and reads the event after it', () => {
    const found = only('지난해 자유계약선수로 다라 타이거즈와 4년간 계약한 박누리는 주장이 됐다.', 'ko', [org('다라 타이거즈')]);
    expect(found.parties).toEqual(['다라 타이거즈', '박누리']);
  });

  it('reads X를 상대로 as the other side of a contract dispute', () => {
    const found = only('가수 한누리는 다라엔터테인먼트를 상대로 전속계약 해지 소송을 냈다.', 'ko', [person('한누리', '가수'), org('다라엔터테인먼트')]);
    expect(found).toMatchObject({ parties: ['다라엔터테인먼트', '한누리'], status: 'terminated' });
  });

  it('does not cut a name that ends in 이 before the topic it runs on to (세르게이 … 총리는)', () => {
    const found = only('가나 대통령과 세르게이 코발료프 다라 공화국 총리는 국경 조약에 서명했다.', 'ko', [place('가나', 'country'), place('다라 공화국', 'country')]);
    expect(found.parties).not.toContain('세르게');
  });

  it('reads a noun form as an event that happened (합병으로, 합의함으로써)', () => {
    expect(only('가나화학과 다라석유화학의 합병으로 석유화학 부문이 하나가 됐다.', 'ko').status).toBe('signed');
    expect(only('가나와 다라가 완충지대를 두기로 합의함으로써 회담의 길이 열렸다.', 'ko', [place('가나', 'country'), place('다라', 'country')]).status).toBe('signed');
  });

  it('shows 노사 as written when the sentences before do not name the two sides', () => {
    expect(only('노사는 밤샘 협상 끝에 임금 인상률 4%에 잠정 합의했다.', 'ko').parties).toEqual(['노사']);
  });

  it('does not read 합의 inside a name (유럽연합의)', () => {
    const found = only('가나중공업과 다라조선의 합병이 유럽연합의 반대로 무산됐다.', 'ko', [org('가나중공업'), org('다라조선'), org('유럽연합')]);
    expect(found).toEqual({ parties: ['가나중공업', '다라조선'], what: '합병', status: 'failed' });
  });

  it('reads an acquisition completed (인수를 마무리했다)', () => {
    expect(only('가나항공은 다라항공 인수를 마무리했다.', 'ko', [org('가나항공'), org('다라항공')])).toEqual({ parties: ['가나항공', '다라항공'], what: '인수', status: 'signed' });
  });

  it('takes what was bought as a party (A가 인수한 B)', () => {
    expect(only('가나그룹이 지난해 인수한 다라제약은 흑자로 돌아섰다.', 'ko').parties).toEqual(['가나그룹', '다라제약']);
  });

  it('takes the one bought as a party (B를 인수했다, B의 사업부를 N원에 인수한다), and an announced purchase as planned', () => {
    expect(only('가나전자는 다라반도체를 2조원에 인수했다.', 'ko', [org('가나전자'), org('다라반도체')])).toEqual({
      parties: ['가나전자', '다라반도체'],
      what: '인수',
      status: 'signed',
    });
    expect(only('가나전자가 다라반도체의 메모리 사업부를 3조원에 인수한다.', 'ko', [org('가나전자'), org('다라반도체')])).toEqual({
      parties: ['가나전자', '다라반도체'],
      what: '인수',
      status: 'planned',
    });
  });

  it('takes the one bought as a party when the price is two words, the contract is to buy it, or its shares are bought', () => {
    const both = { parties: ['가나전자', '다라반도체'], status: 'signed' };
    const given = [org('가나전자'), org('다라반도체')];
    expect(only('가나전자가 다라반도체의 메모리 사업부를 90억 달러에 인수했다.', 'ko', given)).toMatchObject(both);
    expect(only('가나전자는 다라반도체를 인수하는 계약을 체결했다.', 'ko', given)).toMatchObject(both);
    expect(only('가나전자는 다라반도체 지분 인수를 마무리했다.', 'ko', given)).toMatchObject(both);
  });

  it('reads an organisation’s body (가나자동차 노조는) as the organisation, and the one a deal is made from (다라로부터) as the other side', () => {
    expect(only('가나자동차 노조는 사측과 임금협상을 타결했다.', 'ko', [org('가나자동차')]).parties).toEqual(['가나자동차', '사측']);
    expect(only('가나그룹은 다라전자로부터 공작기계 사업부를 인수했다.', 'ko', [org('가나그룹'), org('다라전자')]).parties).toEqual(['가나그룹', '다라전자']);
  });

  it('reads talks that found no common ground (합의점을 찾지 못했다) as a failed agreement of the two named before', () => {
    expect(only('가나부와 다라협회는 정원 문제를 논의했다. 양측은 그러나 합의점을 찾지 못했다.', 'ko', [org('가나부'), org('다라협회')])).toEqual({
      parties: ['가나부', '다라협회'],
      what: '합의',
      status: 'failed',
    });
  });

  it('reads a verb whose letters also spell a noun (합의하지 못했다: 하지) as the failed agreement', () => {
    expect(only('가나당과 다라당은 예산안 처리에 합의하지 못했다.', 'ko', [org('가나당'), org('다라당')])).toMatchObject({ parties: ['가나당', '다라당'], status: 'failed' });
  });
});

describe('Korean: what is not a new agreement', () => {
  it('does not read the chance of an agreement (타결 가능성은 낮다) as one', () => {
    expect(agreementsIn('가나와 다라 간 협상 타결 가능성은 낮다.', 'ko', [place('가나', 'country'), place('다라', 'country')])).toEqual([]);
  });

  it('does not read the countries that signed a treaty (FTA 체결국) as a new agreement', () => {
    expect(agreementsIn('가나는 FTA 체결국과의 교역에서 흑자를 냈다.', 'ko', [place('가나', 'country')])).toEqual([]);
  });

  it('a relative clause that only describes a thing (바이어와 계약한 제품)', () => {
    expect(agreementsIn('가나상사는 중동 바이어와 계약한 제품을 다음 달 선적한다.', 'ko')).toEqual([]);
    expect(agreementsIn('이 부품은 협력사와 계약한 물량이다.', 'ko')).toEqual([]);
  });

  it('an agreement that only qualifies a noun (FTA 체결 효과, 협정 체결 기념일, 협약 당사국)', () => {
    expect(agreementsIn('가나부는 FTA 체결 효과를 분석한 보고서를 냈다.', 'ko', [org('가나부')])).toEqual([]);
    expect(agreementsIn('다라국은 정전협정 체결 기념일을 승전일로 부른다.', 'ko', [place('다라국', 'country')])).toEqual([]);
    expect(agreementsIn('기후변화협약 당사국들은 다음 달 총회를 연다.', 'ko')).toEqual([]);
  });

  it('no agreement at all (합의안도 없이 탈퇴할 경우)', () => {
    expect(agreementsIn('영국이 아무런 합의안도 없이 유럽연합을 탈퇴할 경우 공장은 멈춘다.', 'ko', [place('영국', 'country'), org('유럽연합')])).toEqual([]);
  });

  it('an agreement only named (기후변화협약이라는) inside a quotation', () => {
    expect(agreementsIn('장관은 “기후변화협약이 어른이 되려면 모두의 의지가 필요하다”고 말했다.', 'ko')).toEqual([]);
    expect(agreementsIn('가나시 시장은 “서른 살이 된 생물다양성협약이라는 나무를 함께 키우자”고 말했다.', 'ko', [org('가나시')])).toEqual([]);
  });

  it('what becomes of an agreement (합의가 오래가지 못할 것), not a failure to reach one (체결하지 못했다)', () => {
    const given = [org('가나전자'), org('다라반도체')];
    expect(agreementsIn('업계는 가나전자와 다라반도체의 이번 합의가 오래가지 못할 것이라고 내다봤다.', 'ko', given)).toEqual([]);
    expect(only('가나전자는 다라반도체와 공급 계약을 체결하지 못했다.', 'ko', given)).toMatchObject({ parties: ['가나전자', '다라반도체'], status: 'failed' });
    expect(only('가나전자와 다라반도체는 결국 합의에 이르지 못했다.', 'ko', given).status).toBe('failed');
  });

  it('a failure only supposed (협상이 결렬될 경우)', () => {
    const given = [place('가나', 'country'), place('다라', 'country')];
    expect(agreementsIn('가나 총리는 다라와의 구제금융 협상이 결렬될 경우 탈퇴도 불가피하다고 경고했다.', 'ko', given)).toEqual([]);
    expect(agreementsIn('가나와 다라의 협상이 무산되면 관세가 오른다.', 'ko', given)).toEqual([]);
  });

  it('a ratification bill listed among others (비준동의안)', () => {
    expect(agreementsIn('국회가 예산안과 한·베트남 자유무역협정(FTA) 비준동의안을 처리해야 한다고 촉구했다.', 'ko', [org('국회'), place('베트남', 'country')])).toEqual([]);
  });
});

describe('English: parties and status from the sentence’s structure', () => {
  const given = [org('Northwind'), org('Bluestone')];

  it('reads "X agreed to acquire Y" with both parties', () => {
    expect(only('Northwind agreed to acquire Bluestone for $2.1 billion.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'signed' });
  });

  it('takes whose goods or services a deal is about as its other side ("a deal to use Y\'s cloud")', () => {
    expect(only("Northwind signed a deal to use Bluestone's data centres last year.", 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'signed' });
  });

  it('does not read a programme’s acronym that spells an agreement word (the … (PACT) program) as an agreement', () => {
    expect(agreementsIn('Tenants can opt for private management under the Permanent Affordability Commitment Together (PACT) program.', 'en')).toEqual([]);
  });

  it('reads the one bought in "a deal to buy Y", known or read by its capitals', () => {
    expect(only('Northwind clinched a deal to buy Bluestone.', 'en', given).parties).toEqual(['Bluestone', 'Northwind']);
    expect(only('Northwind clinched a deal to buy Harbor Lights Games.', 'en', [org('Northwind')]).parties).toEqual(['Harbor Lights Games', 'Northwind']);
  });

  it('reads partnering verbs: "X partnered with Y" signed, "X will team up with Y" planned', () => {
    expect(only('Northwind partnered with Bluestone to test new programs.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'signed' });
    expect(only('Northwind will team up with Bluestone on a battery plant.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'planned' });
  });

  it('reads "launched a partnership" as signed, but not a launch beside an agreement already in force', () => {
    expect(only('Northwind and Bluestone launched a partnership to build chargers.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'signed' });
    expect(agreementsIn('Northwind launched the series in March under its licensing agreement with Bluestone.', 'en', given)).toEqual([]);
    expect(agreementsIn('Northwind unveiled a new phone and said its partnership with Bluestone would continue.', 'en', given)).toEqual([]);
  });

  it('reads "a deal to acquire Y" as one agreement with both parties', () => {
    expect(only('Northwind has reached a deal to acquire Bluestone for about $5 billion.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'signed' });
  });

  it('reads "X and Y said they would merge" with both parties, as planned', () => {
    expect(only('Northwind and Bluestone said they would merge next year.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'planned' });
  });

  it('reads a bought company no recogniser knew by its capitals ("agreed to buy Harbor Lights Games")', () => {
    expect(only('Northwind agreed to buy Harbor Lights Games for $6.1 billion.', 'en', [org('Northwind')])).toMatchObject({
      parties: ['Harbor Lights Games', 'Northwind'],
      what: 'acquisition',
    });
  });

  it('reads an unknown company that opens the sentence ("Tamsin Books has agreed to …")', () => {
    expect(only('Tamsin Books has agreed to publish the trilogy.', 'en').parties).toEqual(['Tamsin Books']);
  });

  it('takes the owned company, not its owner ("Dubai\'s flagship carrier Sandline Air finalized a deal")', () => {
    const found = only("Oslo's national carrier Fjordline Air finalized a deal with Northwind on Wednesday.", 'en', [place('Oslo', 'city'), org('Northwind')]);
    expect(found.parties).toEqual(['Fjordline Air', 'Northwind']);
  });

  it('reads "A and B announced an alliance" with both (announcing is acting, not reporting)', () => {
    expect(only('Northwind and Bluestone announced an alliance to build electric vans.', 'en', given).parties).toEqual(['Bluestone', 'Northwind']);
  });

  it('reads "in advanced talks to acquire Y" as proposed', () => {
    expect(only('Northwind is in advanced talks to acquire Bluestone.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'proposed' });
  });

  it('reads "the merger between X and Y" and "with Y" with names no recogniser knew', () => {
    expect(only('A federal judge blocked the merger between Kestrel Foods and Marlow Stores.', 'en')).toMatchObject({
      parties: ['Kestrel Foods', 'Marlow Stores'],
      status: 'failed',
    });
    expect(only('Northwind have agreed a fee with Harbourside for the striker.', 'en', [org('Northwind')]).parties).toEqual(['Harbourside', 'Northwind']);
  });

  it('reads the passive "Y was acquired by X"', () => {
    expect(only('Bluestone was acquired by Northwind in 2019.', 'en', given)).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'signed' });
  });

  it('reads "the merger of X and Y"', () => {
    expect(only('The merger of Northwind and Bluestone became final on Tuesday.', 'en', given).parties).toEqual(['Bluestone', 'Northwind']);
  });

  it('reads "between X and Y" without adding the article’s main actor', () => {
    const text = 'Harbor Bank said on Monday it welcomed the news.\nThe agreement reached between Northwind and Bluestone ends a year of talks.';
    expect(only(text, 'en', [...given, org('Harbor Bank')]).parties).toEqual(['Bluestone', 'Northwind']);
  });

  it('reads "a X-Y trade deal" as both sides, proposed when only expected', () => {
    const found = only('Markets are rising on hopes of a Canada-Mexico trade deal before the summer.', 'en', [place('Canada', 'country'), place('Mexico', 'country')]);
    expect(found.parties).toEqual(['Canada', 'Mexico']);
  });

  it('reads a signing: "signed to X", "the signing of Y"', () => {
    expect(only('Within a month the singer had been signed to Bluestone Records as a songwriter.', 'en', [org('Bluestone Records')]).parties).toEqual(['Bluestone Records']);
    expect(
      only('Northwind completed the signing of Bluestone striker Ana Silva on Monday.', 'en', [org('Northwind'), person('Ana Silva', 'striker', 'Bluestone')]).parties,
    ).toEqual(['Bluestone', 'Northwind']);
  });

  it('reads "a takeover of … by X" with the one taking over', () => {
    const found = only('Bluestone is negotiating a possible takeover of its pension plan by Northwind.', 'en', given);
    expect(found).toMatchObject({ parties: ['Bluestone', 'Northwind'], status: 'proposed' });
  });

  it('resolves "they" to the two named just before', () => {
    const text = 'Northwind and Bluestone met in Oslo on Monday.\nThey agreed to share their charging networks.';
    expect(only(text, 'en', [...given, place('Oslo', 'city')]).parties).toEqual(['Bluestone', 'Northwind']);
  });

  it('reads "that deal" as the agreement reported just before, once', () => {
    const text = 'Northwind signed a supply deal with Bluestone in March.\nThat deal closed in June.';
    const agreements = agreementsIn(text, 'en', given);
    expect(agreements).toHaveLength(1);
    expect([...agreements[0].parties].sort()).toEqual(['Bluestone', 'Northwind']);
    const spans = [agreements[0].evidence, ...(agreements[0].alsoIn ?? [])].map((span) => span.start).sort((a, b) => a - b);
    expect(spans).toEqual([0, text.indexOf('That')]);
  });

  it('reads a condition near the agreement word as conditional', () => {
    expect(only('Northwind would sign the supply deal with Bluestone if regulators approve it.', 'en', given).status).toBe('conditional');
  });

  it('reads pulling out as terminated', () => {
    expect(only('Northwind pulled out of its supply agreement with Bluestone on Friday.', 'en', given).status).toBe('terminated');
  });

  it('reads a reference ("under the contract") as no new agreement', () => {
    expect(agreementsIn('Under the contract, Northwind supplies Bluestone with turbine blades.', 'en', given)).toEqual([]);
  });

  it('reads "acquired" with no company bought as no acquisition', () => {
    expect(agreementsIn('Northwind acquired new skills for its staff through training.', 'en', given)).toEqual([]);
  });

  it('reads consent ("agreed to an interview") as no agreement', () => {
    expect(agreementsIn('Northwind’s founder agreed to an interview with Bluestone reporters.', 'en', given)).toEqual([]);
  });
});

describe('Korean dates and names of cities', () => {
  it('lists a past agreement a sentence builds on with its own date, not the sentence’s later one', () => {
    const found = agreementsIn('가나시는 지난해 다라대와 체결한 협약에 따라 올해도 장학금을 지급했다.', 'ko', [date('지난해', '2023'), date('올해', '2024')]);
    expect(found.map(({ parties, date }) => ({ parties: [...parties].sort(), date }))).toEqual([{ parties: ['가나시', '다라대'], date: '2023' }]);
  });

  it('does not take the announcement’s date (…체결했다고 13일 밝혔다) when the agreement has its own', () => {
    const found = agreementsIn('가나시는 지난 9일 다라대와 협약을 체결했다고 13일 밝혔다.', 'ko', [
      org('가나시'),
      org('다라대'),
      date('지난 9일', '2024-05-09'),
      date('13일', '2024-05-13'),
    ]);
    expect(found.map((a) => a.date)).toEqual(['2024-05-09']);
  });
});

describe('Korean status from grammar, with a date', () => {
  it('reads a renewal that succeeded or an extension as signed, a split as terminated', () => {
    const status = (text: string) => agreementsIn(text, 'ko', [org('가나엔터'), person('다라', '가수')]).map((a) => a.status);
    expect(status('가수 다라는 가나엔터와 재계약에 성공했다.')).toEqual(['signed']);
    expect(status('가수 다라는 가나엔터와 계약을 2년 연장했다.')).toEqual(['signed']);
    expect(status('가수 다라는 가나엔터와 계약 분쟁 끝에 결별했다.')).toEqual(['terminated']);
  });

  it('does not take the end of the term agreed (2027년까지) for the date of the agreement', () => {
    const found = agreementsIn('가나구단은 다라 선수와 2027년까지 재계약했다.', 'ko', [org('가나구단'), person('다라', '선수'), date('2027년', '2027')]);
    expect(found.map(({ status, date }) => ({ status, date }))).toEqual([{ status: 'signed', date: undefined }]);
  });

  it('reads teaming up (A와 손잡고) as a signed alliance and a letter of intent (의향서) as its own kind', () => {
    expect(only('가나모터스는 배터리 업체 다라솔루션과 손잡고 전고체 배터리를 개발한다.', 'ko', [org('가나모터스'), org('다라솔루션')])).toEqual({
      parties: ['가나모터스', '다라솔루션'],
      what: '제휴',
      status: 'signed',
    });
    expect(only('가나전력은 다라전력공사와 원전 건설 협력의향서를 체결했다.', 'ko', [org('가나전력'), org('다라전력공사')])).toMatchObject({
      what: '원전 건설 의향서 (LOI)',
      status: 'signed',
    });
    expect(only('가나그룹은 다라제약 인수의향서를 제출했다.', 'ko', [org('가나그룹'), org('다라제약')]).status).toBe('proposed');
  });

  it('reads winning a contract (수주), a sale (B에 매각), a joint venture (합작) and a compromise (타협을 보았다)', () => {
    expect(only('가나건설은 중동에서 정유 공장 공사를 수주했다.', 'ko', [org('가나건설')])).toMatchObject({ parties: ['가나건설'], what: '수주', status: 'signed' });
    expect(only('가나그룹은 다라호텔을 마바캐피탈에 매각하기로 했다.', 'ko', [org('가나그룹'), org('마바캐피탈')])).toMatchObject({
      parties: ['가나그룹', '마바캐피탈'],
      status: 'planned',
    });
    expect(only('가나전자는 다라화학과 합작하기로 했다.', 'ko', [org('가나전자'), org('다라화학')])).toMatchObject({ what: '합작', status: 'planned' });
    expect(only('가나와 다라는 새 국호에 대한 타협을 보았다.', 'ko', [place('가나', 'country'), place('다라', 'country')]).status).toBe('signed');
  });

  it('reads talks said to go on as proposed, and the word alone (협상이 장기화될 가능성, 협상력) as no agreement', () => {
    const given = [place('가나', 'country'), place('다라', 'country')];
    expect(only('가나와 다라는 국경 획정 협상을 벌이고 있다.', 'ko', given)).toMatchObject({ what: '국경 획정 협상', status: 'proposed' });
    expect(only('가나와 다라의 무역 협상은 다음 달 재개될 예정이다.', 'ko', given).status).toBe('proposed');
    expect(agreementsIn('전문가들은 가나와 다라의 협상이 장기화될 가능성이 크다고 내다봤다.', 'ko', given)).toEqual([]);
    expect(agreementsIn('가나는 협상력을 높이기 위해 다라와 공조하고 있다.', 'ko', given)).toEqual([]);
  });

  it('does not read holding a hand (손을 잡고 있었다) as teaming up: there is no partner', () => {
    expect(agreementsIn('가나그룹 회장은 아이의 손을 잡고 있었다.', 'ko', [org('가나그룹')])).toEqual([]);
    expect(only('가나그룹은 다라은행과 손잡이 공장 인수 계약을 맺었다.', 'ko', [org('가나그룹'), org('다라은행')]).what).toBe('손잡이 공장 인수 계약');
  });

  it('reads an agreement that holds once something happens (성사되면) as conditional, and A의 B 인수 as A buying B', () => {
    const given = [org('가나항공'), org('다라항공')];
    expect(only('가나항공과 다라항공의 합병이 성사되면 업계 1위가 된다.', 'ko', given).status).toBe('conditional');
    expect(only('가나항공의 다라항공 인수가 무산됐다.', 'ko', given)).toMatchObject({ parties: ['가나항공', '다라항공'], status: 'failed' });
  });

  it('keeps the date of a planned signing', () => {
    const found = agreementsIn('가나시는 25일 다라대와 인재 양성 협약을 체결할 예정이다.', 'ko', [org('가나시'), org('다라대'), date('25일', '2024-06-25')]);
    expect(found.map(({ status, date }) => ({ status, date }))).toEqual([{ status: 'planned', date: '2024-06-25' }]);
  });
});

describe('Korean: more shapes of real news', () => {
  it('reads the particle after a parenthesis for the name inside it (가나 원자력 기구(GNA)가), once when both names are known', () => {
    const given = [place('다라', 'country'), org('가나원자력기구', ['GNA'])];
    expect(only('다라와 가나 원자력 기구(GNA)가 핵 사찰에 합의했다.', 'ko', given).parties).toEqual(['가나원자력기구', '다라']);
    const both = [place('다라', 'country'), org('가나원자력기구'), org('GNA')];
    expect(only('다라와 가나원자력기구(GNA)가 핵 사찰에 합의했다.', 'ko', both).parties).toEqual(['가나원자력기구', '다라']);
  });

  it('reads every buyer listed with commas before 에게 (A 기업, B 투자자에게 매각)', () => {
    const found = only('가나광물공사는 해외 광산 지분을 국내 건설기업, 연기금 투자자에게 나눠 매각할 계획이다.', 'ko', [org('가나광물공사')]);
    expect(found).toMatchObject({ parties: ['가나광물공사', '건설기업', '연기금 투자자'], status: 'planned' });
  });

  it('reads the buyer of a sale by 에/에게 (사모펀드에 매각), before what is sold too, but not a price (헐값에)', () => {
    expect(only('가나그룹은 다라호텔을 한 사모펀드에 매각했다.', 'ko', [org('가나그룹')]).parties).toEqual(['가나그룹', '사모펀드']);
    expect(only('가나광물공사는 광산 지분을 국내 기업에 우선적으로 매각할 계획이다.', 'ko', [org('가나광물공사')])).toMatchObject({
      parties: ['가나광물공사', '국내 기업'],
      status: 'planned',
    });
    expect(only('가나엔터는 마바에 보유 지분을 매각하기로 했다.', 'ko', [org('가나엔터'), org('마바')]).parties).toEqual(['가나엔터', '마바']);
    expect(only('가나그룹은 본사 사옥을 헐값에 매각했다.', 'ko', [org('가나그룹')]).parties).toEqual(['가나그룹']);
  });

  it('takes the speaker’s side for the unnamed subject of a quotation (가나전자 관계자는 “…와 계약을 체결할 계획”)', () => {
    const given = [org('가나전자'), org('다라소재')];
    expect(only('가나전자 관계자는 “연내 다라소재와 장기 공급 계약을 체결할 계획”이라고 말했다.', 'ko', given)).toMatchObject({
      parties: ['가나전자', '다라소재'],
      status: 'planned',
    });
  });

  it('reads a headline pair written with capitals (가나화학-GM) as both sides, and a noun ending in 이 (디스플레이) as no name', () => {
    expect(only('가나화학-GM, 배터리 합작법인 설립 합의', 'ko')).toMatchObject({ parties: ['GM', '가나화학'], status: 'signed' });
    expect(only('가나·다라, 디스플레이 특허 분쟁 합의', 'ko', [org('가나'), org('다라')]).parties).toEqual(['가나', '다라']);
    expect(only('Smith-Jones 교수는 가나대와 연구 계약을 맺었다.', 'ko', [org('가나대')]).parties).toEqual(['가나대']);
  });

  it('reads every partner of a comma list (A, B와), an alias in a parenthesis (A(AB), B와) too', () => {
    const given = [org('가나시'), org('다라대학교'), org('마바병원')];
    expect(only('가나시는 다라대학교, 마바병원과 의료 인력 양성 협약을 맺었다.', 'ko', given).parties).toEqual(['가나시', '다라대학교', '마바병원']);
    const aliased = [org('가나부'), org('다라주택공사', ['DH']), place('마바도', 'region')];
    expect(only('가나부는 다라주택공사(DH), 마바도와 신도시 개발 협약을 체결했다.', 'ko', aliased).parties).toEqual(['가나부', '다라주택공사', '마바도']);
  });

  it('reads a country’s army (가나 군은) as the country', () => {
    const given = [place('가나', 'country'), place('다라', 'country')];
    expect(only('가나 군은 다라와의 휴전이 끝났다고 밝혔다.', 'ko', given)).toMatchObject({ parties: ['가나', '다라'], status: 'terminated' });
  });

  it('reads the one whose signing or leaving it is (가나의 합병 조약 서명, 다라의 협정 탈퇴) as a party, not one whose effects are meant', () => {
    const given = [place('가나', 'country'), place('다라', 'country')];
    expect(only('서방은 가나의 합병 조약 서명이 국제법 위반이라고 비판했다.', 'ko', given)).toMatchObject({ parties: ['가나'], status: 'signed' });
    expect(only('다라의 군사협정 탈퇴 선언으로 긴장이 높아졌다.', 'ko', given)).toMatchObject({ parties: ['다라'], status: 'terminated' });
    expect(agreementsIn('가나의 FTA 체결 효과는 크지 않았다.', 'ko', given)).toEqual([]);
  });

  it('resolves 두 정부 and 양국 to the two countries named before, not the organisations between them', () => {
    const given = [place('가나', 'country'), place('다라', 'country'), org('유럽연합'), org('나토')];
    const text = '가나와 다라는 국호 문제로 오래 다퉈 왔다. 이 분쟁은 가나의 유럽연합과 나토 가입을 가로막았다. 두 정부는 새 국호에 대한 타협을 보았다.';
    expect(only(text, 'ko', given).parties).toEqual(['가나', '다라']);
    const companies = [org('가나전자'), org('다라반도체'), place('마바', 'country')];
    const deal = '가나전자와 다라반도체가 마바에 공장을 짓는다. 양사는 20일 합작 계약을 체결했다.';
    expect(only(deal, 'ko', companies).parties).toEqual(['가나전자', '다라반도체']);
  });

  it('resolves 양사 and 양측 to the two the sentence before names by its words when no recogniser knew them', () => {
    const found = only('가나전자와 다라반도체가 차세대 메모리 공동 개발에 나선다.\n양사는 20일 기술 협력 양해각서를 체결했다.', 'ko');
    expect(found).toMatchObject({ parties: ['가나전자', '다라반도체'], status: 'signed' });
    const city = only('가나시는 지난해부터 ㈜마바에너지와 수소 충전소 사업을 협의해 왔다.\n양측은 21일 투자 협약을 맺었다.', 'ko', [org('가나시')]);
    expect(city.parties).toEqual(['가나시', '마바에너지']);
  });

  it('reads A와 B의 협상 with B no recogniser knew, but not the mediators of A와 B의 중재로', () => {
    expect(only('정부와 의료계의 협상이 결렬됐다.', 'ko').parties).toEqual(['의료계', '정부']);
    const given = [place('가나', 'country'), place('다라', 'country')];
    expect(agreementsIn('가나와 마바연맹의 중재로 휴전에 합의했다.', 'ko', given).flatMap((a) => a.parties)).not.toContain('마바연맹');
  });

  it('reads the topic of the agreement’s own clause (…동결했으며, 정부는 노동계와), not the earlier clause’s, but keeps it past a time word (올해는)', () => {
    const given = [org('가나은행'), org('다라전자'), org('마바')];
    expect(only('가나은행은 기준금리를 동결했으며, 정부는 노동계와 최저임금 협상을 이어가고 있다.', 'ko', given).parties).toEqual(['노동계', '정부']);
    expect(only('다라전자는 지난해 매출이 늘었으며, 올해는 마바와 공급 계약을 맺었다.', 'ko', given).parties).toEqual(['다라전자', '마바']);
  });

  it('reads a commitment (금융 약정) and a sister-city tie (자매결연) as agreements, not the term of one (약정 기간)', () => {
    expect(only('가나시와 다라시는 자매결연을 맺었다.', 'ko', [org('가나시'), org('다라시')])).toMatchObject({ what: '자매결연', status: 'signed' });
    expect(only('가나은행은 다라카드와 금융 약정을 체결했다.', 'ko', [org('가나은행'), org('다라카드')])).toMatchObject({ what: '금융 약정', status: 'signed' });
    expect(agreementsIn('약정 기간이 끝나면 금리가 오른다.', 'ko')).toEqual([]);
  });

  it('reads a headline whose actor is two words before the comma (가나 3인, 다라대 연구팀,)', () => {
    expect(only('가나 3인, 전속계약 해지 소송', 'ko')).toMatchObject({ parties: ['가나 3인'], status: 'terminated' });
    expect(only('다라대 연구팀, 마바제약과 신약 공동개발 협약', 'ko', [org('마바제약')]).parties).toEqual(['다라대 연구팀', '마바제약']);
  });

  it('reads the one bought by its words (다라바이오텍을 인수했다, 다라조선을 2천억원에), not a thing bought (채권을), and one merged by a glued word (흡수합병)', () => {
    expect(only('가나제약은 다라바이오텍을 인수했다.', 'ko', [org('가나제약')]).parties).toEqual(['가나제약', '다라바이오텍']);
    expect(only('가나그룹은 경영난에 빠진 다라조선을 2천억원에 인수했다.', 'ko', [org('가나그룹')]).parties).toEqual(['가나그룹', '다라조선']);
    expect(only('가나은행은 부실 채권을 인수했다.', 'ko', [org('가나은행')]).parties).toEqual(['가나은행']);
    expect(only('가나홀딩스는 자회사 다라물산을 흡수합병하기로 했다.', 'ko', [org('가나홀딩스'), org('다라물산')])).toMatchObject({
      parties: ['가나홀딩스', '다라물산'],
      status: 'planned',
    });
  });

  it('does not take what is spoken of or compared (투자와 관련해, 다라와 달리) for a partner', () => {
    const given = [org('가나전자'), org('마바시'), org('다라')];
    expect(only('가나전자는 마바시와 반도체 투자와 관련해 합작하기로 했다.', 'ko', given).parties).toEqual(['가나전자', '마바시']);
    expect(only('다라와 달리 가나전자는 마바시와 협약을 맺었다.', 'ko', given).parties).toEqual(['가나전자', '마바시']);
  });

  it('does not take a pair that only describes the one who acts (가나·다라그룹 임원이 세운 B사는) for the parties', () => {
    expect(only('가나·다라그룹 전직 임원이 세운 업체인 B사는 신차 개발 사업을 수주했다.', 'ko').parties).toEqual(['B사']);
    expect(only('한·미 정상은 FTA 개정에 합의했다.', 'ko').parties).toEqual(['대한민국', '미국']);
  });

  it('lists a name and its short form the recogniser did not join (DSP미디어, DSP) once', () => {
    const given = [person('한가람'), org('DSP미디어'), org('DSP')];
    expect(only('한가람은 DSP미디어, DSP와 재계약을 논의하고 있다.', 'ko', given).parties).toEqual(['DSP미디어', '한가람']);
  });

  it('reads a sale or purchase that ends a headline (가나텔레콤, 위성 매각) as made, not a long sentence that ends so', () => {
    expect(only('가나텔레콤, 통신위성 매각', 'ko', [org('가나텔레콤')])).toMatchObject({ parties: ['가나텔레콤'], status: 'signed' });
    expect(only('가나그룹, 다라제약 인수', 'ko', [org('가나그룹'), org('다라제약')]).parties).toEqual(['가나그룹', '다라제약']);
    expect(agreementsIn('가나공사의 계획은 먼저 국내 투자자를 찾고 그 뒤에 해외 투자자를 찾아 광산을 매각.', 'ko', [org('가나공사')])).toEqual([]);
  });

  it('reads a legislature named after its country (다라 하원은) as the country', () => {
    const given = [place('다라', 'country'), place('가나', 'country'), org('하원')];
    expect(only('다라 하원은 가나와 맺은 국경 협정을 비준했다.', 'ko', given).parties).toEqual(['가나', '다라']);
  });
});
