// The page opened once on install: what NewsLens does, that it reads nothing until asked,
// how to let it run on a site, the shortcuts, and what it does with data (nothing).
import browser from 'webextension-polyfill';
import { makeTranslator } from '../shared/i18n';
import { readSettings, SETTINGS_KEY } from '../shared/settings';

void (async () => {
  const stored = await browser.storage.sync.get(SETTINGS_KEY).catch((): Record<string, unknown> => ({}));
  const { t, language } = makeTranslator(readSettings(stored[SETTINGS_KEY]).uiLanguage);
  document.documentElement.lang = language;
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) element.textContent = t(element.dataset.i18n ?? '');
  document.title = t('onboardingTitle');
  document.getElementById('settings')?.addEventListener('click', () => void browser.runtime.openOptionsPage());
})();
