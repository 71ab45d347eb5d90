// The known-entity list: a filter box, one page of rows at a time (PAGE_SIZE; a page of real
// rows keeps every row tabbable and readable by a screen reader, and 10,000 entities never
// become 10,000 DOM rows), an editor for adding and changing one entity, delete with undo.
import type { Ref, RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KnownEntity } from '../core/types';
import { EntityEditor } from './entity-editor';
import { filterIndexes, findDuplicate, PAGE_SIZE, pageWindow, placeKindKey, searchText, TYPE_KEYS } from './entity-list';
import { useLanguage, useT } from './i18n-context';

type Editing = { index: number } | { index: null };

export function EntitiesPanel({ entities, onChange }: { entities: KnownEntity[]; onChange: (next: KnownEntity[]) => void }) {
  const t = useT();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Editing>();
  const filterRef = useRef<HTMLInputElement>(null);

  const texts = useMemo(() => entities.map(searchText), [entities]);
  const matches = useMemo(() => filterIndexes(texts, query), [texts, query]);
  const view = pageWindow(matches.length, page);
  const rows = matches.slice(view.start, view.end);
  const number = (n: number) => n.toLocaleString(language);
  const { save, remove, restore, undo, message, setFocusAfter } = useEdits(entities, onChange, { query, matches, editing, setEditing, setPage, filterRef });

  return (
    <div class="entities">
      <FilterBar
        query={query}
        filterRef={filterRef}
        onQuery={(next) => {
          setQuery(next);
          setPage(0);
        }}
        adding={editing?.index === null}
        onAdd={() => setEditing({ index: null })}
      />

      {editing && (
        <EntityEditor
          key={editing.index ?? 'new'}
          entity={editing.index === null ? undefined : entities[editing.index]}
          onSave={save}
          onCancel={() => {
            setFocusAfter(editing.index === null ? '#add-entity' : `[data-edit="${editing.index}"]`);
            setEditing(undefined);
          }}
        />
      )}

      <div class="status-line" role="status" aria-live="polite">
        {message && <span>{message}</span>}
        {undo && (
          <button type="button" class="link" onClick={restore}>
            {t('optionsUndo')}
          </button>
        )}
      </div>

      <p class="count" id="entity-count">
        {countLine(t, { total: entities.length, matches: matches.length, filtered: query.trim() !== '', view, number })}
      </p>

      {rows.length > 0 && <EntityTable rows={rows} entities={entities} onEdit={(index) => setEditing({ index })} onDelete={remove} />}

      {view.pageCount > 1 && <Pager view={view} number={number} onPage={setPage} />}
    </div>
  );
}

type Translate = ReturnType<typeof useT>;

interface ListState {
  query: string;
  matches: number[];
  editing: Editing | undefined;
  setEditing: (editing: Editing | undefined) => void;
  setPage: (page: number) => void;
  filterRef: RefObject<HTMLInputElement>;
}

/**
 * Saving, deleting and undoing a delete: each changes the list, says what it did in the status
 * line, and puts focus somewhere that makes sense once the list has re-rendered.
 */
function useEdits(entities: KnownEntity[], onChange: (next: KnownEntity[]) => void, list: ListState) {
  const t = useT();
  const [undo, setUndo] = useState<{ entity: KnownEntity; index: number }>();
  const [message, setMessage] = useState('');
  const [focusAfter, setFocusAfter] = useState<string>();
  const { query, matches, editing, setEditing, setPage, filterRef } = list;

  useEffect(() => {
    if (focusAfter === undefined) return;
    const target = document.querySelector<HTMLElement>(focusAfter) ?? filterRef.current;
    target?.focus();
    setFocusAfter(undefined);
  }, [focusAfter]);

  const save = (entity: KnownEntity): string | undefined => {
    const index = editing?.index ?? null;
    if (findDuplicate(entities, entity, index ?? -1) !== -1) return t('optionsDuplicate');
    const next = entities.slice();
    let at: number;
    if (index === null) {
      next.push(entity);
      at = next.length - 1;
      setMessage(t('optionsAdded', entity.name));
    } else {
      next[index] = entity;
      at = index;
      setMessage(t('optionsUpdated', entity.name));
    }
    onChange(next);
    setEditing(undefined);
    setUndo(undefined);
    // Show the saved entity: jump to its page when the filter still matches it.
    if (filterIndexes([searchText(entity)], query).length) setPage(Math.floor(matches.filter((i) => i < at).length / PAGE_SIZE));
    setFocusAfter(`[data-edit="${at}"]`);
    return undefined;
  };

  const remove = (index: number) => {
    const entity = entities[index];
    onChange(entities.filter((_, i) => i !== index));
    setUndo({ entity, index });
    setMessage(t('optionsDeleted', entity.name));
    if (editing && editing.index !== null) setEditing(undefined);
    // The row that moves up into this place, or the filter box when the list is empty.
    setFocusAfter(`[data-edit="${index}"]`);
  };

  const restore = () => {
    if (!undo) return;
    const { entity } = undo;
    if (findDuplicate(entities, entity) !== -1) {
      setMessage(t('optionsDuplicate'));
      return;
    }
    const next = entities.slice();
    next.splice(Math.min(undo.index, next.length), 0, entity);
    onChange(next);
    setUndo(undefined);
    setMessage(t('optionsRestored', entity.name));
    setFocusAfter(`[data-edit="${undo.index}"]`);
  };

  return { save, remove, restore, undo, message, setFocusAfter };
}
type PageView = ReturnType<typeof pageWindow>;

/** The filter box and the Add button. */
function FilterBar(props: { query: string; filterRef: Ref<HTMLInputElement>; onQuery: (query: string) => void; adding: boolean; onAdd: () => void }) {
  const t = useT();
  return (
    <div class="toolbar">
      <div class="field grow">
        <label for="entity-filter">{t('optionsFilterLabel')}</label>
        <input
          id="entity-filter"
          ref={props.filterRef}
          type="search"
          value={props.query}
          placeholder={t('optionsFilterPlaceholder')}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
      </div>
      <button type="button" class="primary" id="add-entity" onClick={props.onAdd} disabled={props.adding}>
        {t('optionsAdd')}
      </button>
    </div>
  );
}

/** "Showing 1–50 of 120", or why nothing is shown. */
function countLine(t: Translate, c: { total: number; matches: number; filtered: boolean; view: PageView; number: (n: number) => string }): string {
  if (c.total === 0) return t('optionsNoEntities');
  if (c.matches === 0) return t('optionsNoMatches');
  const [from, to] = [c.number(c.view.start + 1), c.number(c.view.end)];
  return c.filtered ? t('optionsShowingFiltered', from, to, c.number(c.matches), c.number(c.total)) : t('optionsShowing', from, to, c.number(c.matches));
}

/** One page of rows. */
function EntityTable({ rows, entities, onEdit, onDelete }: { rows: number[]; entities: KnownEntity[]; onEdit: (index: number) => void; onDelete: (index: number) => void }) {
  const t = useT();
  return (
    <div class="table-wrap">
      <table aria-describedby="entity-count">
        <thead>
          <tr>
            <th scope="col">{t('optionsFieldName')}</th>
            <th scope="col">{t('optionsFieldType')}</th>
            <th scope="col">{t('optionsFieldAliases')}</th>
            <th scope="col">{t('optionsFieldRole')}</th>
            <th scope="col">{t('optionsFieldAffiliation')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('optionsActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((index) => (
            <Row key={index} index={index} entity={entities[index]} onEdit={() => onEdit(index)} onDelete={() => onDelete(index)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pager({ view, number, onPage }: { view: PageView; number: (n: number) => string; onPage: (page: number) => void }) {
  const t = useT();
  return (
    <nav class="pager" aria-label={t('optionsPages')}>
      <button type="button" onClick={() => onPage(view.page - 1)} disabled={view.page === 0}>
        {t('optionsPrevious')}
      </button>
      <span aria-current="page">{t('optionsPageOf', number(view.page + 1), number(view.pageCount))}</span>
      <button type="button" onClick={() => onPage(view.page + 1)} disabled={view.page >= view.pageCount - 1}>
        {t('optionsNext')}
      </button>
    </nav>
  );
}

function Row({ index, entity, onEdit, onDelete }: { index: number; entity: KnownEntity; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  const type = t(TYPE_KEYS[entity.type]) + (entity.placeKind ? ` · ${t(placeKindKey(entity.placeKind))}` : '');
  return (
    <tr>
      <th scope="row" class="name">
        {entity.name}
      </th>
      <td data-label={t('optionsFieldType')}>{type}</td>
      <td data-label={t('optionsFieldAliases')}>{(entity.aliases ?? []).join(', ')}</td>
      <td data-label={t('optionsFieldRole')}>{entity.role ?? ''}</td>
      <td data-label={t('optionsFieldAffiliation')}>{entity.affiliation ?? ''}</td>
      <td class="actions">
        <button type="button" data-edit={index} aria-label={t('optionsEditNamed', entity.name)} onClick={onEdit}>
          {t('optionsEdit')}
        </button>
        <button type="button" class="danger" aria-label={t('optionsDeleteNamed', entity.name)} onClick={onDelete}>
          {t('optionsDelete')}
        </button>
      </td>
    </tr>
  );
}
