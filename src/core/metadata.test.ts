import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze';
import { publishedFromText, readMetadata } from './metadata';

const BODY = '중소벤처기업진흥공단은 23일 카자흐스탄 알마티에서 기술교류 컨퍼런스를 개최했다고 밝혔다. '.repeat(6);

describe('publication date', () => {
  it('prefers the page metadata', () => {
    const { document } = parseHTML('<html><head><meta property="article:published_time" content="2019-04-23T10:21:00+09:00"></head><body></body></html>');
    expect(readMetadata(document).published).toBe('2019-04-23');
  });

  it('passes over a template’s empty date (0001-01-01, a zero timestamp) to the next source', () => {
    const head = (value: string) => `<html><head><meta property="article:published_time" content="${value}"><meta name="date" content="2019-11-19"></head><body></body></html>`;
    expect(readMetadata(parseHTML(head('0001-01-01T00:00:00Z')).document).published).toBe('2019-11-19');
    expect(readMetadata(parseHTML(head('1970-01-01T00:00:00Z')).document).published).toBe('2019-11-19');
    expect(readMetadata(parseHTML(head('2019-13-40')).document).published).toBe('2019-11-19');
  });

  it('reads the 입력 line of the article text when the metadata is silent', () => {
    expect(publishedFromText('제목\n입력 2019.04.23 10:21 수정 2019.04.24\n본문')).toBe('2019-04-23');
    expect(publishedFromText('기사입력 : 2020-1-5 본문')).toBe('2020-01-05');
    expect(publishedFromText('입력\n수정\n본문')).toBeUndefined();
    const { document } = parseHTML(`<html><body><article><p>입력 2019.04.23 10:21</p><p>${BODY}</p></article></body></html>`);
    expect(analyzeDocument(document).analysis.published).toBe('2019-04-23');
  });
});
