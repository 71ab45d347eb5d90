// The user's settings: which annotations show, how marks look, which UI language. Small, so
// they live in browser.storage.sync (they follow the user across machines); the known
// entities can be thousands and live in storage.local (see known-entities.ts). Settings are
// validated whenever they are read: anything unknown falls back to the default.

export const SETTINGS_KEY = 'settings';

export type Annotation = 'repeats' | 'people' | 'organizations' | 'places' | 'dates' | 'agreements';
export const ANNOTATIONS: Annotation[] = ['repeats', 'people', 'organizations', 'places', 'dates', 'agreements'];

/** How entity marks look: a tinted background with an underline, or only the underline. */
export type HighlightStyle = 'tint' | 'underline';
export const HIGHLIGHT_STYLES: HighlightStyle[] = ['tint', 'underline'];

/** 'auto' follows the browser's UI language. */
export type UiLanguageSetting = 'auto' | 'en' | 'ko';
export const UI_LANGUAGES: UiLanguageSetting[] = ['auto', 'en', 'ko'];

export interface Settings {
  show: Record<Annotation, boolean>;
  highlightStyle: HighlightStyle;
  uiLanguage: UiLanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  show: { repeats: true, people: true, organizations: true, places: true, dates: true, agreements: true },
  highlightStyle: 'tint',
  uiLanguage: 'auto',
};

/** Settings as stored, made whole: each field that is missing or invalid takes its default. */
export function readSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const show = (typeof value.show === 'object' && value.show !== null ? value.show : {}) as Record<string, unknown>;
  return {
    show: Object.fromEntries(ANNOTATIONS.map((a) => [a, typeof show[a] === 'boolean' ? show[a] : DEFAULT_SETTINGS.show[a]])) as Record<Annotation, boolean>,
    highlightStyle: HIGHLIGHT_STYLES.includes(value.highlightStyle as HighlightStyle) ? (value.highlightStyle as HighlightStyle) : DEFAULT_SETTINGS.highlightStyle,
    uiLanguage: UI_LANGUAGES.includes(value.uiLanguage as UiLanguageSetting) ? (value.uiLanguage as UiLanguageSetting) : DEFAULT_SETTINGS.uiLanguage,
  };
}
