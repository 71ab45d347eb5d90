// Settings: which annotations show, how marks look, the UI language. Every change is saved at
// once; open tabs pick it up through storage.onChanged.
import { useState } from 'preact/hooks';
import { ANNOTATIONS, HIGHLIGHT_STYLES, UI_LANGUAGES, type Annotation, type Settings } from '../shared/settings';
import { useT } from './i18n-context';

const ANNOTATION_KEYS: Record<Annotation, string> = {
  repeats: 'optionsShowRepeats',
  people: 'optionsShowPeople',
  organizations: 'optionsShowOrganizations',
  places: 'optionsShowPlaces',
  dates: 'optionsShowDates',
  agreements: 'optionsShowAgreements',
};

// Language names are written in their own language, as language pickers usually do (the
// messages are the same in both catalogues).
const LANGUAGE_LABELS: Record<string, string> = { en: 'optionsLanguageEnglish', ko: 'optionsLanguageKorean' };

export function SettingsPanel({ settings, onChange }: { settings: Settings; onChange: (next: Settings) => Promise<boolean> }) {
  const t = useT();
  const [status, setStatus] = useState<'' | 'saved' | 'failed'>('');
  const change = async (next: Settings) => setStatus((await onChange(next)) ? 'saved' : 'failed');

  return (
    <section aria-labelledby="settings-heading" class="panel">
      <h2 id="settings-heading">{t('optionsSettingsHeading')}</h2>
      <div class="settings-grid">
        <fieldset>
          <legend>{t('optionsShowLegend')}</legend>
          {ANNOTATIONS.map((annotation) => (
            <label class="choice" key={annotation}>
              <input
                type="checkbox"
                name={`show-${annotation}`}
                checked={settings.show[annotation]}
                onChange={(e) => void change({ ...settings, show: { ...settings.show, [annotation]: e.currentTarget.checked } })}
              />
              {t(ANNOTATION_KEYS[annotation])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsStyleLegend')}</legend>
          {HIGHLIGHT_STYLES.map((style) => (
            <label class="choice" key={style}>
              <input
                type="radio"
                name="highlight-style"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => void change({ ...settings, highlightStyle: style })}
              />
              <span>
                {t(style === 'tint' ? 'optionsStyleTint' : 'optionsStyleUnderline')}{' '}
                <span class={`style-sample ${style}`} aria-hidden="true">
                  {t('optionsStyleSample')}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="ui-language">{t('optionsLanguageLabel')}</label>
          <select id="ui-language" value={settings.uiLanguage} onChange={(e) => void change({ ...settings, uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}>
            {UI_LANGUAGES.map((language) => (
              <option value={language} key={language} lang={language === 'auto' ? undefined : language}>
                {t(language === 'auto' ? 'optionsLanguageAuto' : LANGUAGE_LABELS[language])}
              </option>
            ))}
          </select>
          <p class="hint">{t('optionsLanguageHint')}</p>
        </div>
      </div>
      <p class={`save-state ${status}`} role="status" aria-live="polite">
        {status === 'saved' ? t('optionsSettingsSaved') : status === 'failed' ? t('optionsSaveFailed') : ''}
      </p>
    </section>
  );
}
