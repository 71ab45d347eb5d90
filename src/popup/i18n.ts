// The popup's strings: the shared translator, chosen once at start-up from the settings
// (before the first render), so components can call t() directly.
import { makeTranslator, type Translator } from '../shared/i18n';
import type { UiLanguageSetting } from '../shared/settings';

let translator: Translator = makeTranslator('auto');

export function useLanguage(setting: UiLanguageSetting): void {
  translator = makeTranslator(setting);
}

export const t = (key: string, ...substitutions: Array<string | number>): string => translator.t(key, ...substitutions);
export const plural = (one: string, many: string, n: number): string => translator.plural(one, many, n);
export const uiLanguage = (): string => translator.language;
