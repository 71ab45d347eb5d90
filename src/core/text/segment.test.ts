import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment';

const sentencesOf = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('breaks a Korean sentence that ends in 다. with no space after it', () => {
    expect(sentencesOf('100여명이 참석했다.이 이사장은 “좋다”고 말했다.')).toEqual(['100여명이 참석했다.', '이 이사장은 “좋다”고 말했다.']);
  });

  it('breaks before a number that opens the next Korean sentence', () => {
    expect(sentencesOf('상담을 했다.24일에는 러시아로 이동한다.')).toEqual(['상담을 했다.', '24일에는 러시아로 이동한다.']);
  });

  it('does not break after Mr., U.S., initials, decimals or inside an e-mail address', () => {
    const text = 'Mr. Smith moved to the U.S. in 2019 with J. K. Rowling. Growth was 3.5 percent, write to true@hankyung.com today.';
    expect(sentencesOf(text)).toEqual(['Mr. Smith moved to the U.S. in 2019 with J. K. Rowling.', 'Growth was 3.5 percent, write to true@hankyung.com today.']);
  });

  it('goes on after a run of initials into a name (P.J. Fleck, W.M. Keck), and ends a sentence there before a word that opens one (L.A. The …)', () => {
    const text = 'Coach P.J. Fleck praised the defence. Astronomers used the W.M. Keck Observatory. She moved to L.A. The city was hot.';
    expect(sentencesOf(text)).toEqual(['Coach P.J. Fleck praised the defence.', 'Astronomers used the W.M. Keck Observatory.', 'She moved to L.A.', 'The city was hot.']);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentencesOf('“It is done.” Then he left! Why? Nobody knows.')).toEqual(['“It is done.”', 'Then he left!', 'Why?', 'Nobody knows.']);
  });

  it('never lets a sentence cross a block boundary', () => {
    const text = '첫 문단 문장\n둘째 문단 문장.';
    const sentences = segmentSentences(text, [
      { start: 0, end: 7 },
      { start: 8, end: text.length },
    ]);
    expect(sentences).toEqual([
      { start: 0, end: 7, block: 0 },
      { start: 8, end: text.length, block: 1 },
    ]);
  });
});
