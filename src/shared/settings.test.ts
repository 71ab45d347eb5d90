import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from './settings';

describe('readSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces each invalid one by its default', () => {
    expect(readSettings({ show: { people: false, dates: 'no' }, highlightStyle: 'underline', uiLanguage: 'fr' })).toEqual({
      show: { ...DEFAULT_SETTINGS.show, people: false },
      highlightStyle: 'underline',
      uiLanguage: 'auto',
    });
  });
});
