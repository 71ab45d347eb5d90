import { describe, expect, it } from 'vitest';
import { findAgreements, findTimeline } from './index';
import { date, entitiesOf, org, place, sentencesOf, type Given } from './test-support';

function timelineOf(text: string, language: 'ko' | 'en', given: Given[]) {
  const sentences = sentencesOf(text);
  const entities = entitiesOf(text, given);
  const context = { language, excluded: [] };
  const agreements = findAgreements(text, sentences, entities, context);
  return findTimeline(text, sentences, entities, agreements, context).map(({ date, what }) => ({ date, what }));
}

describe('the timeline', () => {
  it('takes the event of each dated Korean sentence, sorted by date, with where it happened', () => {
    const text = ['가나시는 5일 시청에서 청년 창업 박람회를 열었다.', '지난 3일 가나시와 다라대학교 간의 업무협약 체결에 따른 행사다.'].join('\n');
    const given = [org('가나시'), org('다라대학교'), place('시청', 'venue'), date('5일', '2024-06-05'), date('지난 3일', '2024-06-03')];
    expect(timelineOf(text, 'ko', given)).toEqual([
      { date: '2024-06-03', what: '가나시·다라대학교 업무협약 체결' },
      { date: '2024-06-05', what: '청년 창업 박람회 개최 (시청)' },
    ]);
  });

  it('joins the events of one sentence and date, the agreement with its status', () => {
    const text = '24일에는 서울로 이동해 수출센터 개소식을 개최하고, ‘노바뱅크’와 업무협약을 체결할 예정이다.';
    const lead = '가나공단은 해외 진출을 돕는다고 밝혔다.\n';
    expect(timelineOf(lead + text, 'ko', [org('가나공단'), place('서울', 'city'), date('24일', '2024-06-24')])).toEqual([
      { date: '2024-06-24', what: '수출센터 개소식 개최; 가나공단·노바뱅크 업무협약 체결 예정' },
    ]);
  });

  it('ignores what is said inside quotes and sentences without a resolved date', () => {
    const text = '이사장은 “2015년부터 5개 센터를 설립했다”고 말했다.\n공단은 새 센터를 개소할 계획이다.';
    expect(timelineOf(text, 'ko', [date('2015년', '2015')])).toEqual([]);
  });

  it('reads English verbs with their subject and object', () => {
    const text = 'Acme opened a battery plant in Ohio on Monday. Acme signed a supply deal with Globex on Friday.';
    const given = [org('Acme'), org('Globex'), place('Ohio', 'region'), date('Monday', '2024-06-03'), date('Friday', '2024-06-07')];
    expect(timelineOf(text, 'en', given)).toEqual([
      { date: '2024-06-03', what: 'Acme opened a battery plant' },
      { date: '2024-06-07', what: 'supply deal signed (Acme, Globex)' },
    ]);
  });
});
