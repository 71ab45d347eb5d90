// The options page: the user's settings (browser.storage.sync, applied to open tabs through
// storage.onChanged) and their known entities (browser.storage.local, one array under one key).
// This file owns the storage; the panels get values and callbacks. Text the user typed is
// only ever rendered as text.
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { KnownEntity } from '../core/types';
import { makeTranslator } from '../shared/i18n';
import { KNOWN_ENTITIES_KEY, validateKnownEntity } from '../shared/known-entities';
import { readSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { EntitiesPanel } from './entities-panel';
import { I18n } from './i18n-context';
import { SettingsPanel } from './settings-panel';
import { TransferPanel } from './transfer-panel';

/** Rapid edits (typing through a list, deleting several rows) become one write of the array. */
const SAVE_DELAY_MS = 400;

type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

interface Loaded {
  settings: Settings;
  entities: KnownEntity[];
  /** Stored entries that failed validation: dropped, and reported once. */
  dropped: number;
}

async function load(): Promise<Loaded> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(SETTINGS_KEY).catch((): Record<string, unknown> => ({})),
    browser.storage.local.get(KNOWN_ENTITIES_KEY).catch((): Record<string, unknown> => ({})),
  ]);
  const stored = local[KNOWN_ENTITIES_KEY];
  const entities: KnownEntity[] = [];
  let dropped = 0;
  if (Array.isArray(stored)) {
    stored.forEach((value, i) => {
      const result = validateKnownEntity(value, i + 1);
      if ('field' in result) dropped++;
      else entities.push(result);
    });
  }
  return { settings: readSettings(sync[SETTINGS_KEY]), entities, dropped };
}

function Options({ initial }: { initial: Loaded }) {
  const [settings, setSettings] = useState(initial.settings);
  const [entities, setEntitiesState] = useState(initial.entities);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const translator = useMemo(() => makeTranslator(settings.uiLanguage), [settings.uiLanguage]);
  const { t } = translator;

  useEffect(() => {
    document.documentElement.lang = translator.language;
    document.title = t('optionsTitle');
  }, [translator]);

  // Settings changed elsewhere (another options tab, another machine through sync) show here.
  useEffect(() => {
    const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'sync' && SETTINGS_KEY in changes) setSettings(readSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);

  const changeSettings = useCallback(async (next: Settings): Promise<boolean> => {
    setSettings(next);
    try {
      await browser.storage.sync.set({ [SETTINGS_KEY]: next });
      return true;
    } catch {
      return false;
    }
  }, []);

  // Debounced write of the whole list; flushed when the page is hidden or closed.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; entities: KnownEntity[] }>();
  const flush = useCallback(() => {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = undefined;
    browser.storage.local
      .set({ [KNOWN_ENTITIES_KEY]: job.entities })
      .then(() => setSaveState((s) => (pending.current ? s : 'saved')))
      .catch(() => setSaveState('failed'));
  }, []);
  const setEntities = useCallback(
    (next: KnownEntity[]) => {
      setEntitiesState(next);
      setSaveState('pending');
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { timer: setTimeout(flush, SAVE_DELAY_MS), entities: next };
    },
    [flush],
  );
  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [flush]);

  return (
    <I18n.Provider value={translator}>
      <header class="page-header">
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>
        <SettingsPanel settings={settings} onChange={changeSettings} />
        <section aria-labelledby="entities-heading" class="panel">
          <h2 id="entities-heading">{t('optionsEntitiesHeading')}</h2>
          <p class="hint">{t('optionsEntitiesIntro')}</p>
          {initial.dropped > 0 && (
            <p class="notice" role="status">
              {t('optionsDroppedStored', initial.dropped)}
            </p>
          )}
          <EntitiesPanel entities={entities} onChange={setEntities} />
          <p class={`save-state ${saveState}`} role="status" aria-live="polite">
            {saveState === 'pending' ? t('optionsSaving') : saveState === 'saved' ? t('optionsSaved') : saveState === 'failed' ? t('optionsSaveFailed') : ''}
          </p>
        </section>
        <TransferPanel entities={entities} onImport={setEntities} />
      </main>
    </I18n.Provider>
  );
}

void (async () => {
  const initial = await load();
  const app = document.getElementById('app');
  if (app) render(<Options initial={initial} />, app);
})();
