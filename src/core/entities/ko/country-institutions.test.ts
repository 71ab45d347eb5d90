// A country before one of its named institutions is a place of its own; before a generic one
// (정부, 경찰) it makes the organisation.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { koreanRecognizer } from './index';

function entities(text: string): string[] {
  return koreanRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }).map((e) => `${e.type}:${e.name}`);
}

describe('a country before an institution', () => {
  it('gives the ministry its form with the country as an alias', () => {
    const ministry = koreanRecognizer
      .recognize({ text: '독일 법무부는 성명을 냈다.', sentences: segmentSentences('독일 법무부는 성명을 냈다.'), excluded: [], known: [] })
      .find((e) => e.type === 'organization');
    expect([ministry?.name, ministry?.aliases]).toEqual(['법무부', ['독일 법무부']]);
  });

  it('keeps the country a place before a named ministry', () => {
    expect(entities('미국 국무부는 항의 서한을 보냈다.')).toEqual(expect.arrayContaining(['place:미국', 'organization:국무부']));
  });

  it('keeps the country a place before its foreign or defence ministry, which is named by its field', () => {
    expect(entities('중국 외교부는 일본 국방부의 훈련 계획에 유감을 표명했다.')).toEqual(
      expect.arrayContaining(['place:중국', 'organization:외교부', 'place:일본', 'organization:국방부']),
    );
  });

  it('joins the country to its armed forces written as 국군, which alone names no particular army', () => {
    expect(entities('필리핀 국군은 태풍 피해 지역에 병력을 보냈다. 국군은 구호품도 실어 날랐다.')).toEqual(['organization:필리핀 국군']);
  });

  it('joins the country to a generic institution', () => {
    expect(entities('러시아 정부는 성명을 냈다.')).toEqual(['organization:러시아 정부']);
  });

  it('joins the country to a body every country has (군부, 정부군, 외무부), and reads no such body alone', () => {
    expect(entities('미얀마 군부는 성명을 냈고, 시리아 정부군이 반격했다. 군부는 답하지 않았다.')).toEqual(['organization:미얀마 군부', 'organization:시리아 정부군']);
  });

  it('joins the country to a federal body written as one word, not to a common noun opening with 연방', () => {
    expect(entities('오스트리아 연방철도는 운행을 멈췄다. 독일 연방주의자들이 모였다.')).toEqual(['organization:오스트리아 연방철도', 'place:독일']);
  });

  it('reads a country written onto its embassy or consulate as the mission, not as a generic opening', () => {
    expect(entities('카타르 주재 일본대사관은 교민에게 주의를 당부했다.')).toEqual(['place:카타르', 'organization:일본대사관']);
  });
});

describe('a Korean body’s short form after another country', () => {
  it('reads 축구협회 after another country as that country’s body, and after Korea as the Korean one', () => {
    expect(entities('브라질 축구협회는 징계를 예고했고, 한국 축구협회는 유감을 표했다.')).toEqual(['organization:브라질 축구협회', 'place:한국', 'organization:축구협회']);
  });
});
