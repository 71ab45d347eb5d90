// Words the content script puts in the page, in the reader's UI language (English or Korean).
// Extension pages use browser.i18n; the in-page control is built before any page request and
// needs only these few strings, so they stay here.
import type { EntityType, PlaceKind } from '../core/types';

export interface UiStrings {
  repeatHidden(paragraphs: number): string;
  repeatShown(paragraphs: number): string;
  show: string;
  hide: string;
  entityType: Record<EntityType, string>;
  placeKind: Record<PlaceKind, string>;
  alsoWritten: string;
  mentions(n: number): string;
}

const english: UiStrings = {
  repeatHidden: (n) => `Repeated section hidden (${n} ${n === 1 ? 'paragraph' : 'paragraphs'})`,
  repeatShown: (n) => `Repeated section shown (${n} ${n === 1 ? 'paragraph' : 'paragraphs'})`,
  show: 'Show',
  hide: 'Hide',
  entityType: { person: 'Person', organization: 'Organisation', place: 'Place', date: 'Date' },
  placeKind: { country: 'country', region: 'region', city: 'city', venue: 'venue' },
  alsoWritten: 'Also written as',
  mentions: (n) => `${n} ${n === 1 ? 'mention' : 'mentions'} on this page`,
};

const korean: UiStrings = {
  repeatHidden: (n) => `반복된 본문 숨김 (${n}문단)`,
  repeatShown: (n) => `반복된 본문 표시 중 (${n}문단)`,
  show: '보기',
  hide: '숨기기',
  entityType: { person: '인물', organization: '기관', place: '장소', date: '날짜' },
  placeKind: { country: '국가', region: '지역', city: '도시', venue: '장소' },
  alsoWritten: '다른 표기',
  mentions: (n) => `이 페이지에서 ${n}번 언급`,
};

export function uiStringsFor(language: string): UiStrings {
  return language.toLowerCase().startsWith('ko') ? korean : english;
}
