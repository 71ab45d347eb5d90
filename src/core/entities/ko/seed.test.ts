// The user's own example (examples/seed-article.txt, a copy of ../shared/fixtures/seed): every
// person, organisation and place the user expects, none of what must not appear.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { readExample } from '../../../../test/support/examples';
import { koreanRecognizer } from './index';

const text = readExample('seed-article.txt');
// The body repeats after the byline; the second copy is what the repeat detector collapses.
const secondCopy = text.indexOf('지난 22일 중진공과', text.indexOf('지난 22일 중진공과') + 1);
const entities = koreanRecognizer.recognize({
  text,
  sentences: segmentSentences(text),
  excluded: [{ start: secondCopy, end: text.length }],
  published: '2019-04-23',
  known: [],
});
const find = (type: string, name: string) => entities.find((e) => e.type === type && e.name === name);

describe('seed article', () => {
  it.each([
    ['이상직', '이사장', '중소벤처기업진흥공단'],
    ['아바이 싸르쿨러브', '사장', '카자흐스탄 중소기업개발공사'],
    ['이재순', '대표', '에타'],
    ['신성재', '대표', '우리엘소프트'],
    ['강영권', '대표', '에디슨모터스'],
    ['송규섭', '대표', '에이팩'],
  ])('finds %s, %s of %s', (name, role, affiliation) => {
    expect(find('person', name)).toMatchObject({ role, affiliation });
  });

  it('finds 문재인 대통령 and the byline 김진수 기자', () => {
    expect(find('person', '문재인')?.role).toBe('대통령');
    expect(find('person', '김진수')?.role).toBe('기자');
  });

  it('knows 이 이사장 and 이상직 이사장 as 이상직', () => {
    expect(find('person', '이상직')?.aliases).toEqual(expect.arrayContaining(['이 이사장', '이상직 이사장']));
  });

  it.each([
    ['중소벤처기업진흥공단', ['중진공']],
    ['카자흐스탄 중소기업개발공사', ['DAMU']],
    ['스베르뱅크–AST', []],
    ['에타', []],
    ['우리엘소프트', []],
    ['에디슨모터스', []],
    ['에이팩', []],
  ])('finds the organisation %s', (name, aliases) => {
    expect(find('organization', name)?.aliases).toEqual(expect.arrayContaining(aliases));
  });

  it.each([
    ['카자흐스탄', 'country'],
    ['러시아', 'country'],
    ['인도', 'country'],
    ['페루', 'country'],
    ['중앙아시아', 'region'],
    ['알마티', 'city'],
    ['모스크바', 'city'],
    ['인터콘티넨탈 알마티 호텔', 'venue'],
    ['월드트레이드센터', 'venue'],
  ])('finds the place %s (%s)', (name, placeKind) => {
    expect(find('place', name)?.placeKind).toBe(placeKind);
  });

  it('resolves the dates of the agreements', () => {
    const values = entities.filter((e) => e.type === 'date').map((e) => e.value);
    expect(values).toEqual(expect.arrayContaining(['2019-04-22', '2019-04-23', '2019-04-24', '2015', '2019']));
  });

  it('has no person named 이, nothing from the e-mail address, and no generic noun', () => {
    expect(entities.some((e) => e.type === 'person' && e.name === '이')).toBe(false);
    expect(entities.some((e) => [e.name, ...e.aliases].some((n) => n.includes('hankyung.com')))).toBe(false);
    const all = entities.map((e) => e.name);
    for (const generic of ['해외기술교류센터', 'OEM', 'B2B', 'IT', '주문자상표부착생산', '기업간 거래', '정보기술']) expect(all).not.toContain(generic);
  });

  it('puts no mention in the collapsed second copy', () => {
    expect(entities.every((e) => e.mentions.every((m) => m.end <= secondCopy))).toBe(true);
  });
});
