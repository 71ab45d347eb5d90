import { describe, expect, it } from 'vitest';
import { uiStringsFor } from './ui-strings';

describe('the words the content script puts in the page', () => {
  it('read in English from _locales, with plurals', () => {
    const strings = uiStringsFor('en-GB');
    expect(strings.repeatHidden(1)).toBe('Repeated section hidden (1 paragraph)');
    expect(strings.repeatHidden(4)).toBe('Repeated section hidden (4 paragraphs)');
    expect(strings.repeatShown(4)).toBe('Repeated section shown (4 paragraphs)');
    expect([strings.show, strings.hide]).toEqual(['Show', 'Hide']);
    expect(strings.entityType.organization).toBe('Organisation');
    expect(strings.alsoWritten('SMEs, Kosmes')).toBe('Also written as: SMEs, Kosmes');
    expect(strings.mentions(1)).toBe('1 mention on this page');
    expect(strings.mentions(4)).toBe('4 mentions on this page');
  });

  it('read in Korean from _locales, with the terms the popup and options use', () => {
    const strings = uiStringsFor('ko');
    expect(strings.repeatHidden(4)).toBe('반복된 본문 숨김 (4문단)');
    expect([strings.show, strings.hide]).toEqual(['보기', '숨기기']);
    expect(strings.entityType).toEqual({ person: '인물', organization: '기관·단체', place: '장소', date: '날짜' });
    expect(strings.placeKind.venue).toBe('시설·장소');
    expect(strings.mentions(4)).toBe('이 페이지에서 4번 언급');
  });
});
