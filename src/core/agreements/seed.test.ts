import { describe, expect, it } from 'vitest';
import { readExample } from '../../../test/support/examples';
import { analyzeText } from '../analyze';

// The seed page end to end, with the real recognisers: exactly the two agreements of
// /work/shared/fixtures/seed/expected.json and its three dated events.
const text = readExample('seed-article.txt');
const analysis = analyzeText(text, { published: '2019-04-23' });

describe('the seed article', () => {
  it('has exactly its two agreements: one signed on 22 April, one planned in Moscow on 24 April', () => {
    const agreements = analysis.agreements.map(({ what, parties, status, date, place }) => ({ what, parties: [...parties].sort(), status, date, place }));
    expect(agreements).toEqual([
      { what: '업무협약 (MOU)', parties: ['중소벤처기업진흥공단', '카자흐스탄 중소기업개발공사'], status: 'signed', date: '2019-04-22', place: undefined },
      { what: '업무협약 (MOU)', parties: ['스베르뱅크–AST', '중소벤처기업진흥공단'], status: 'planned', date: '2019-04-24', place: '모스크바' },
    ]);
  });

  it('reads each agreement from its sentence in the kept copy, never from the collapsed repeat', () => {
    const [repeat] = analysis.repeats;
    for (const agreement of analysis.agreements) {
      expect(agreement.evidence.end <= repeat.start || agreement.evidence.start >= repeat.end).toBe(true);
    }
    expect(analysis.text.slice(analysis.agreements[0].evidence.start, analysis.agreements[0].evidence.end)).toBe(
      '지난 22일 중진공과 카자흐스탄 중소기업개발공사(DAMU) 간의 업무협약 체결에 따른 첫 번째 후속조치다.',
    );
  });

  it('has a timeline over 22, 23 and 24 April, sorted, with the events of each day', () => {
    const events = analysis.events ?? [];
    expect([...new Set(events.map((event) => event.date))]).toEqual(['2019-04-22', '2019-04-23', '2019-04-24']);
    const on = (date: string) =>
      events
        .filter((event) => event.date === date)
        .map((event) => event.what)
        .join(' | ');
    expect(on('2019-04-22')).toContain('업무협약 체결');
    expect(on('2019-04-23')).toContain('한-카자흐스탄 기술교류 컨퍼런스 개최');
    expect(on('2019-04-23')).toContain('인터콘티넨탈 알마티 호텔');
    expect(on('2019-04-24')).toContain('모스크바 수출인큐베이터 개소식');
    expect(on('2019-04-24')).toMatch(/스베르뱅크–AST 업무협약 체결 예정/);
  });
});
