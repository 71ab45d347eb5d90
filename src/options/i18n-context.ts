// The translator for the options page's components. A context, not a module variable, so a
// change of UI language in the page re-renders everything in the new language at once.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeTranslator, type Translator } from '../shared/i18n';

export const I18n = createContext<Translator>(makeTranslator('en'));

export const useT = (): Translator['t'] => useContext(I18n).t;
export const useLanguage = (): string => useContext(I18n).language;
