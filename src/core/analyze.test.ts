import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../test/support/linkedom';
import { analyzeArticle, analyzeDocument } from './analyze';
import type { Block } from './types';

/** Plain lines as an article's blocks, each of the given kind (text unless said). */
function article(lines: Array<string | [string, Block['kind']]>) {
  let text = '';
  const blocks: Block[] = [];
  for (const line of lines) {
    const [content, kind] = typeof line === 'string' ? [line, 'text' as const] : line;
    if (text) text += '\n';
    blocks.push({ start: text.length, end: text.length + content.length, kind });
    text += content;
  }
  return { text, blocks };
}

describe('analyzeArticle and the headline', () => {
  it('takes a role and organisation from the headline for a person of the text, adding no one', () => {
    const { text, blocks } = article([
      '한국수자원공사는 박재현 사장이 지난 10일 베트남 하노이를 방문해 현지 기관들과 물 관리 협력 방안을 논의했다고 12일 밝혔다.',
      '박재현 사장은 "양국의 물 관리 경험을 나누는 계기가 되길 바란다"고 말했다.',
      '공사는 이번 방문에서 하노이 상수도 시설을 둘러보고, 누수 관리 기술을 전하는 교육 과정을 내년부터 운영하기로 했다.',
      '두 나라는 가뭄과 홍수에 함께 대비하기 위해 강 유역의 수위 자료를 실시간으로 나누는 체계도 만들기로 했다.',
    ]);
    const headline = '박재현 수자원공사 사장 "베트남과 물 관리 협력 넓힌다"…김철수 대사 동행';
    const withHeadline = analyzeArticle({ text, blocks, article: { source: 'scored', confidence: 0.9, headline } });
    const person = withHeadline.entities.find((entity) => entity.name === '박재현');
    const without = analyzeArticle({ text, blocks, article: { source: 'scored', confidence: 0.9 } }).entities.find((entity) => entity.name === '박재현');
    expect(without?.affiliation).toBeUndefined();
    expect(person).toMatchObject({ role: '사장' });
    expect(person?.affiliation).toMatch(/수자원공사$/);
    expect(withHeadline.entities.some((entity) => entity.name === '김철수')).toBe(false);
    expect(withHeadline.article).toMatchObject({ headline, chars: text.length });
  });
});

describe('analyzeArticle and captions', () => {
  const body = [
    'The city council approved a new budget on Tuesday after a long debate, Mayor Ana Lopez said.',
    'Lopez said the plan would raise spending on libraries and parks by ten percent next year.',
    'Opponents argued that the increase was too small to make up for years of cuts to services.',
  ];

  it('does not list a name met only in a photo caption or credit', () => {
    const { text, blocks } = article([...body, ['Council members listen during the vote. (Photo: Daniel Okafor/Reuters)', 'caption']]);
    const names = analyzeArticle({ text, blocks }).entities.map((entity) => entity.name);
    expect(names).toContain('Ana Lopez');
    expect(names).not.toContain('Daniel Okafor');
  });

  it('does not list names met only in a credit line of the text, a follow line or the author’s closing bio', () => {
    const { text, blocks } = article([
      ...body,
      'Natalie Ruiz | Bloomberg | Getty Images',
      'Follow us on Twitter @citydesk or Facebook.',
      'Omar Haddad is a reporter for the Harbor Tribune.',
    ]);
    const names = analyzeArticle({ text, blocks }).entities.map((entity) => entity.name);
    expect(names).toContain('Ana Lopez');
    for (const name of ['Natalie Ruiz', 'Getty Images', 'Twitter', 'Facebook', 'Omar Haddad', 'Harbor Tribune']) expect(names).not.toContain(name);
  });

  it('still lists a name the user told us about, wherever it is', () => {
    const { text, blocks } = article([...body, ['Council members listen during the vote. (Photo: Daniel Okafor/Reuters)', 'caption']]);
    const known = [{ name: 'Daniel Okafor', type: 'person' as const }];
    expect(analyzeArticle({ text, blocks }, { known }).entities.map((entity) => entity.name)).toContain('Daniel Okafor');
  });
});

describe('analyzeDocument', () => {
  it('reads the 입력 line of a Korean page as its publication date, though it is outside the article', () => {
    const doc = parseDocument(`<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>t</title></head><body>
      <div class="head"><h1>서울시, 버스 노선 12개 개편</h1><p class="date">입력 2023.05.04 09:12</p></div>
      <div id="articleBody">서울시는 다음 달부터 시내버스 노선 12개를 조정한다고 4일 밝혔다. 출퇴근 시간대 혼잡 구간의 배차 간격을 줄이는 것이 핵심이다.<br><br>시는 지하철 환승 수요가 많은 정류장 30곳의 운행 횟수를 늘리고, 이용객이 적은 심야 노선 두 개는 통합하기로 했다. 개편안은 시민 의견 수렴을 거쳐 확정됐다.<br><br>홍길동 기자 hong@example.com</div>
    </body></html>`);
    const { analysis } = analyzeDocument(doc);
    expect(analysis.published).toBe('2023-05-04');
    expect(analysis.text).not.toContain('입력');
  });
});
