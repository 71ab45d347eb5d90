// Export and import of the known entities as a JSON file, on the device only: export is a
// Blob behind an <a download>, import reads a file the user picks. An import is checked as a
// whole and shown before it is applied; a file with any problem imports nothing.
import type { Ref } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { KnownEntity } from '../core/types';
import { useLanguage, useT } from './i18n-context';
import { describeImportError, exportJson, mergeEntities, parseImportFile, type ImportError } from './import';

const EXPORT_NAME = 'newslens-entities.json';
/** Problems listed one by one; past this a count says how many more there are. */
const SHOWN_PROBLEMS = 50;

type Mode = 'merge' | 'replace';
type Picked = { file: string; entities: KnownEntity[] } | { file: string; errors: ImportError[] };

export function TransferPanel({ entities, onImport }: { entities: KnownEntity[]; onImport: (next: KnownEntity[]) => void }) {
  const t = useT();
  const language = useLanguage();
  const [mode, setMode] = useState<Mode>('merge');
  const [picked, setPicked] = useState<Picked>();
  const [message, setMessage] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const number = (n: number) => n.toLocaleString(language);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportJson(entities)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(t('optionsExported', number(entities.length)));
  };

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setMessage('');
    const result = parseImportFile(await file.text());
    // Cleared, so picking the same file again after fixing it reads it again.
    input.value = '';
    setPicked(result.ok ? { file: file.name, entities: result.entities } : { file: file.name, errors: result.errors });
  };

  const clear = () => {
    setPicked(undefined);
    if (fileRef.current) fileRef.current.value = '';
  };

  // What applying the import would do, recomputed when the mode changes (linear; 10k is quick).
  const preview = useMemo(() => (picked && 'entities' in picked ? mergeEntities(entities, picked.entities, mode) : undefined), [picked, entities, mode]);

  const apply = () => {
    if (!preview) return;
    onImport(preview.entities);
    setMessage(t('optionsImported', number(preview.added), number(preview.replaced), number(preview.entities.length)));
    clear();
    fileRef.current?.focus();
  };

  return (
    <section aria-labelledby="transfer-heading" class="panel">
      <h2 id="transfer-heading">{t('optionsTransferHeading')}</h2>
      <div class="transfer-grid">
        <div>
          <h3>{t('optionsExportHeading')}</h3>
          <p class="hint">{t('optionsExportHint')}</p>
          <button type="button" onClick={download} disabled={entities.length === 0}>
            {t('optionsExport')}
          </button>
        </div>
        <ImportChoice mode={mode} onMode={setMode} fileRef={fileRef} onFile={(input) => void read(input)} />
      </div>

      {picked && 'errors' in picked && <ImportProblems file={picked.file} errors={picked.errors} number={number} onDismiss={clear} />}

      {picked && 'entities' in picked && preview && (
        <div class="import-result ok" role="status">
          <p>
            {mode === 'merge'
              ? t('optionsImportPreviewMerge', picked.file, number(picked.entities.length), number(preview.added), number(preview.replaced))
              : t('optionsImportPreviewReplace', picked.file, number(picked.entities.length), number(entities.length))}
          </p>
          <div class="buttons">
            <button type="button" class="primary" onClick={apply}>
              {t('optionsImportApply')}
            </button>
            <button type="button" onClick={clear}>
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      )}

      <p class="status-line" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

/** Merge or replace, and the file to import. */
function ImportChoice({ mode, onMode, fileRef, onFile }: { mode: Mode; onMode: (mode: Mode) => void; fileRef: Ref<HTMLInputElement>; onFile: (input: HTMLInputElement) => void }) {
  const t = useT();
  return (
    <div>
      <h3>{t('optionsImportHeading')}</h3>
      <p class="hint">{t('optionsImportHint')}</p>
      <fieldset>
        <legend>{t('optionsImportModeLegend')}</legend>
        <label class="choice">
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => onMode('merge')} />
          {t('optionsImportMerge')}
        </label>
        <label class="choice">
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />
          {t('optionsImportReplace')}
        </label>
      </fieldset>
      <div class="field">
        <label for="import-file">{t('optionsImportFile')}</label>
        <input id="import-file" ref={fileRef} type="file" accept=".json,application/json" onChange={(e) => onFile(e.currentTarget)} />
      </div>
    </div>
  );
}

/** Why a file imports nothing: its problems, the first SHOWN_PROBLEMS one by one. */
function ImportProblems({ file, errors, number, onDismiss }: { file: string; errors: ImportError[]; number: (n: number) => string; onDismiss: () => void }) {
  const t = useT();
  return (
    <div class="import-result bad" role="alert">
      <p>
        <strong>{t('optionsImportFailed', file, number(errors.length))}</strong>
      </p>
      <ul class="problems">
        {errors.slice(0, SHOWN_PROBLEMS).map((error, i) => (
          <li key={i}>{describeImportError(error, t)}</li>
        ))}
      </ul>
      {errors.length > SHOWN_PROBLEMS && <p>{t('optionsImportMoreProblems', number(errors.length - SHOWN_PROBLEMS))}</p>}
      <button type="button" onClick={onDismiss}>
        {t('optionsDismiss')}
      </button>
    </div>
  );
}
