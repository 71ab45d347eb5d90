// The form that adds or changes one known entity. It checks the entry with the same
// validateKnownEntity the content script trusts, and shows a problem next to its field.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityType, KnownEntity, PlaceKind } from '../core/types';
import { validateKnownEntity } from '../shared/known-entities';
import { EMPTY_FORM, ENTITY_TYPES, entityToForm, formToEntry, PLACE_KINDS, placeKindKey, ruleKey, TYPE_KEYS, type EntityForm } from './entity-list';
import { useT } from './i18n-context';

interface Props {
  /** The entity being changed; none when adding. */
  entity?: KnownEntity;
  /** Returns a problem to show (e.g. a duplicate), or undefined when saved. */
  onSave: (entity: KnownEntity) => string | undefined;
  onCancel: () => void;
}

export function EntityEditor({ entity, onSave, onCancel }: Props) {
  const t = useT();
  const [form, setForm] = useState<EntityForm>(entity ? entityToForm(entity) : EMPTY_FORM);
  const [problem, setProblem] = useState<{ field: string; text: string }>();
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    nameRef.current?.focus();
    nameRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const update = (field: keyof EntityForm) => (e: Event) => {
    setForm({ ...form, [field]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
    if (problem?.field === field) setProblem(undefined);
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const result = validateKnownEntity(formToEntry(form), 1);
    if ('field' in result) {
      const key = ruleKey(result.field);
      setProblem({ field: result.field, text: key ? t(key) : result.message });
      document.getElementById(`edit-${result.field}`)?.focus();
      return;
    }
    const refused = onSave(result);
    if (refused) {
      setProblem({ field: 'name', text: refused });
      nameRef.current?.focus();
    }
  };

  // Props for a field's control: its id, and its problem announced with it when there is one.
  const described = (field: string, hint?: string) => {
    const ids = [problem?.field === field && 'edit-problem', hint].filter(Boolean).join(' ');
    return { id: `edit-${field}`, 'aria-invalid': problem?.field === field ? true : undefined, 'aria-describedby': ids || undefined };
  };
  const problemFor = (field: string) =>
    problem?.field === field && (
      <p class="field-problem" id="edit-problem">
        {problem.text}
      </p>
    );

  return (
    <form class="editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-labelledby="editor-heading" noValidate>
      <h3 id="editor-heading">{entity ? t('optionsEditHeading', entity.name) : t('optionsAddHeading')}</h3>
      <div class="editor-grid">
        <div class="field">
          <label for="edit-name">{t('optionsFieldName')}</label>
          <input ref={nameRef} type="text" required value={form.name} onInput={update('name')} {...described('name')} />
          {problemFor('name')}
        </div>
        <TypeFields form={form} setForm={setForm} described={described} problemFor={problemFor} />
        <div class="field wide">
          <label for="edit-aliases">{t('optionsFieldAliases')}</label>
          <input type="text" value={form.aliases} onInput={update('aliases')} {...described('aliases', 'edit-aliases-hint')} />
          <p class="hint" id="edit-aliases-hint">
            {t('optionsAliasesHint')}
          </p>
          {problemFor('aliases')}
        </div>
        <div class="field">
          <label for="edit-role">{t('optionsFieldRole')}</label>
          <input type="text" value={form.role} onInput={update('role')} {...described('role')} />
          {problemFor('role')}
        </div>
        <div class="field">
          <label for="edit-affiliation">{t('optionsFieldAffiliation')}</label>
          <input type="text" value={form.affiliation} onInput={update('affiliation')} {...described('affiliation')} />
          {problemFor('affiliation')}
        </div>
      </div>
      <div class="buttons">
        <button type="submit" class="primary">
          {entity ? t('optionsSave') : t('optionsAddConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}

type Described = (field: string, hint?: string) => Record<string, unknown>;

/** The entity's type, and for a place what kind of place it is. */
function TypeFields({
  form,
  setForm,
  described,
  problemFor,
}: {
  form: EntityForm;
  setForm: (form: EntityForm) => void;
  described: Described;
  problemFor: (field: string) => ComponentChildren;
}) {
  const t = useT();
  return (
    <>
      <div class="field">
        <label for="edit-type">{t('optionsFieldType')}</label>
        <select value={form.type} onChange={(e) => setForm({ ...form, type: e.currentTarget.value as EntityType })} {...described('type')}>
          {ENTITY_TYPES.map((type) => (
            <option value={type} key={type}>
              {t(TYPE_KEYS[type])}
            </option>
          ))}
        </select>
        {problemFor('type')}
      </div>
      {form.type === 'place' && (
        <div class="field">
          <label for="edit-placeKind">{t('optionsFieldPlaceKind')}</label>
          <select value={form.placeKind} onChange={(e) => setForm({ ...form, placeKind: e.currentTarget.value as PlaceKind | '' })} {...described('placeKind')}>
            <option value="">{t('optionsPlaceUnspecified')}</option>
            {PLACE_KINDS.map((kind) => (
              <option value={kind} key={kind}>
                {t(placeKindKey(kind))}
              </option>
            ))}
          </select>
          {problemFor('placeKind')}
        </div>
      )}
    </>
  );
}
