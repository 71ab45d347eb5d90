import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '', getUILanguage: () => 'en-US' } } }));
const { formatMessage, makeTranslator } = await import('./i18n');

describe('formatMessage', () => {
  it('fills named placeholders from positional substitutions, like browser.i18n', () => {
    const entry = { message: '$COUNT$ collapsed · $CHARS$ chars · $$5', placeholders: { count: { content: '$1' }, chars: { content: '$2' } } };
    expect(formatMessage(entry, ['1 section', '960'])).toBe('1 section collapsed · 960 chars · $5');
  });
});

describe('makeTranslator with a chosen language', () => {
  it('reads the bundled Korean messages', () => {
    const { t, plural, language } = makeTranslator('ko');
    expect(language).toBe('ko');
    expect(t('popupWho')).toBe('누가');
    expect(plural('popupMentions1', 'popupMentionsN', 5)).toBe('5회 언급');
  });

  it('reads the bundled English messages', () => {
    expect(makeTranslator('en').t('popupParagraphsN', 4)).toBe('4 paragraphs');
  });
});
