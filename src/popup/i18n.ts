// Popup strings through browser.i18n, so the UI follows the browser's language.
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function plural(one: string, many: string, n: number): string {
  return n === 1 ? t(one) : t(many, n);
}

export const uiLanguage = (): string => browser.i18n.getUILanguage();
