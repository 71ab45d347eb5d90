// UI strings for extension pages. By default they come from browser.i18n (_locales/en, ko),
// which follows the browser's language; when the user picks a language in the options, the
// same message files, bundled, are read directly (browser.i18n cannot switch at run time).
import browser from 'webextension-polyfill';
import english from '../_locales/en/messages.json';
import korean from '../_locales/ko/messages.json';
import { formatMessage, type Message } from './format-message';
import type { UiLanguageSetting } from './settings';

type Catalog = Record<string, Message>;

const CATALOGS: Record<'en' | 'ko', Catalog> = { en: english, ko: korean };

export interface Translator {
  /** The UI language in effect, as a BCP 47 tag. */
  language: string;
  t: (key: string, ...substitutions: Array<string | number>) => string;
  plural: (one: string, many: string, n: number) => string;
}

export { formatMessage };

export function makeTranslator(setting: UiLanguageSetting = 'auto'): Translator {
  const catalog = setting === 'auto' ? undefined : CATALOGS[setting];
  const t = (key: string, ...substitutions: Array<string | number>) => {
    const strings = substitutions.map(String);
    const text = catalog ? formatMessage(catalog[key] ?? CATALOGS.en[key], strings) : browser.i18n.getMessage(key, strings);
    return text || key;
  };
  return {
    language: setting === 'auto' ? browser.i18n.getUILanguage() : setting,
    t,
    plural: (one, many, n) => (n === 1 ? t(one) : t(many, n)),
  };
}
