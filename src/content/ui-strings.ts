// Words the content script puts in the page, in the reader's UI language (English or Korean).
// Extension pages use browser.i18n; the in-page control is built before any page request and
// needs only these few strings, so they stay here.

export interface UiStrings {
  repeatHidden(paragraphs: number): string;
  repeatShown(paragraphs: number): string;
  show: string;
  hide: string;
}

const english: UiStrings = {
  repeatHidden: (n) => `Repeated section hidden (${n} ${n === 1 ? 'paragraph' : 'paragraphs'})`,
  repeatShown: (n) => `Repeated section shown (${n} ${n === 1 ? 'paragraph' : 'paragraphs'})`,
  show: 'Show',
  hide: 'Hide',
};

const korean: UiStrings = {
  repeatHidden: (n) => `반복된 본문 숨김 (${n}문단)`,
  repeatShown: (n) => `반복된 본문 표시 중 (${n}문단)`,
  show: '보기',
  hide: '숨기기',
};

export function uiStringsFor(language: string): UiStrings {
  return language.toLowerCase().startsWith('ko') ? korean : english;
}
