// Countries written by their first syllable (남북, 한미, 한·미·일, 북핵) and words that only look like it.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { findCountryInitials } from './country-initials';
import { koreanRecognizer } from './index';

const initials = (text: string) => findCountryInitials(text).map((m) => `${text.slice(m.start, m.end)}=${m.name}`);
const places = (text: string) =>
  koreanRecognizer
    .recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] })
    .filter((e) => e.type === 'place')
    .map((e) => `${e.name}:${e.mentions.length}`);

describe('countries joined by their initials', () => {
  it('reads each initial of a listed pair, alone or before a relation word', () => {
    expect(initials('남북은 이날 회담을 열었고 한미동맹과 미중 갈등도 논의됐다.')).toEqual(['남=대한민국', '북=북한', '한=대한민국', '미=미국', '미=미국', '중=중국']);
  });

  it('reads a run of three and a run with separators', () => {
    expect(initials('한미일 3국과 한·중·일 정상, 북-중 국경')).toEqual(['한=대한민국', '미=미국', '일=일본', '한=대한민국', '중=중국', '일=일본', '북=북한', '중=중국']);
  });

  it('reads 북 of 북핵 and 북측, and 북미 only before a relation word', () => {
    expect(initials('북핵 문제로 북측이 회담을 미뤘다. 북미 정상회담이 열렸다.')).toEqual(['북=북한', '북=북한', '북=북한', '미=미국']);
    expect(initials('그는 북미 시장에 진출했다.')).toEqual([]);
    expect(initials('북미 전역의 매장에서 팔린다.')).toEqual([]);
  });

  it('does not read ordinary words or initials inside a word', () => {
    expect(initials('일일 드라마를 미러로 보던 남남 커플이 일한 대가, 남중국해, 대한민국')).toEqual([]);
  });

  it('reads 북미 before a relation word as the two countries, not the region North America', () => {
    expect(places('북미 정상회담이 열렸다.')).toEqual(['북한:1', '미국:1']);
    expect(places('북미 시장에 진출했다.')).toEqual(['북미:1']);
  });

  it('gathers the initials into the country named in full', () => {
    expect(places('북한은 침묵했다. 남북 대화는 멈췄다.')).toEqual(['북한:2', '대한민국:1']);
  });
});
