// Words of a Korean text: runs of Hangul, Latin letters and digits, read by character.
import { describe, expect, it } from 'vitest';
import { adjacent, splitWords } from './tokens';

describe('Korean words', () => {
  it('splits at spaces, punctuation and brackets, keeping Latin letters, digits and jamo in a word', () => {
    const text = '한빛전자(HB)는 3분기에 ㅋㅋ웃음… “새봄”을 내놨다';
    expect(splitWords(text).map((w) => w.text)).toEqual(['한빛전자', 'HB', '는', '3분기에', 'ㅋㅋ웃음', '새봄', '을', '내놨다']);
  });

  it('keeps offsets and reads a word inside an address as part of it', () => {
    const text = '문의는 hong.gildong@example.kr 으로';
    const words = splitWords(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(words.map((w) => w.text));
    expect(words.filter((w) => w.address).map((w) => w.text)).toEqual(['hong', 'gildong', 'example', 'kr']);
  });

  it('calls two words adjacent only when spaces alone separate them', () => {
    const text = '서울시  종로구,중구';
    const [seoul, jongno, junggu] = splitWords(text);
    expect(adjacent(text, seoul, jongno)).toBe(true);
    expect(adjacent(text, jongno, junggu)).toBe(false);
  });
});
