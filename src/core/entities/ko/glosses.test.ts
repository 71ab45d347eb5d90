// Chinese characters in brackets after a name are that name written another way.
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../text/segment';
import { koreanRecognizer } from './index';

function recognize(text: string) {
  return koreanRecognizer.recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] });
}

describe('Chinese characters glossing a name', () => {
  it('marks the characters as another form of the person or place before them', () => {
    const text = '리커창(李克强) 총리는 이날 상하이(上海)의 공장을 둘러봤다.';
    const entities = recognize(text);
    const person = entities.find((e) => e.type === 'person' && e.name === '리커창');
    const place = entities.find((e) => e.type === 'place' && e.name === '상하이');
    expect(person?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['리커창', '李克强']);
    expect(place?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['상하이', '上海']);
  });

  it('leaves characters after an ordinary word alone', () => {
    const text = '이번 사태는 인재(人災)라는 지적이 나왔다.';
    expect(recognize(text)).toEqual([]);
  });
});
