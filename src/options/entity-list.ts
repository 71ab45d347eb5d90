// The known-entity list as the options page sees it, as plain functions: which entity is the
// same as which, what the filter box matches, which page of rows to draw, and the editor
// form's text fields to and from an entity. No DOM, no storage: testable in Node.
import type { EntityType, KnownEntity, PlaceKind } from '../core/types';

export const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'date'];
export const PLACE_KINDS: PlaceKind[] = ['country', 'region', 'city', 'venue'];

/** Rows drawn at once. Pages, not virtual scrolling: every drawn row is a real, tabbable row. */
export const PAGE_SIZE = 100;

/**
 * Two entries are the same entity when their types match and their names match ignoring case
 * and Unicode normalisation form ("Acme" and "ACME", composed and decomposed 한글).
 */
export function entityKey(entity: Pick<KnownEntity, 'name' | 'type'>): string {
  return `${entity.type}\u0000${entity.name.trim().normalize('NFC').toLowerCase()}`;
}

/** What the filter box looks at for one entity, lower-cased once per list change. */
export function searchText(entity: KnownEntity): string {
  return [entity.name, ...(entity.aliases ?? []), entity.role ?? '', entity.affiliation ?? '', entity.type, entity.placeKind ?? ''].join('\n').normalize('NFC').toLowerCase();
}

/** Positions (in the full list) of the entities that contain every word of the query. */
export function filterIndexes(texts: string[], query: string): number[] {
  const words = query.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
  const indexes: number[] = [];
  for (let i = 0; i < texts.length; i++) if (words.every((w) => texts[i].includes(w))) indexes.push(i);
  return indexes;
}

export interface PageWindow {
  /** 0-based page actually shown (clamped into range). */
  page: number;
  pageCount: number;
  /** Slice of the filtered positions: [start, end). */
  start: number;
  end: number;
}

export function pageWindow(total: number, page: number, size = PAGE_SIZE): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(0, page), pageCount - 1);
  return { page: shown, pageCount, start: shown * size, end: Math.min(total, (shown + 1) * size) };
}

/** The editor's fields, all text, as the user typed them. */
export interface EntityForm {
  name: string;
  type: EntityType;
  aliases: string;
  role: string;
  affiliation: string;
  placeKind: PlaceKind | '';
}

export const EMPTY_FORM: EntityForm = { name: '', type: 'person', aliases: '', role: '', affiliation: '', placeKind: '' };

export function entityToForm(entity: KnownEntity): EntityForm {
  return {
    name: entity.name,
    type: entity.type,
    aliases: (entity.aliases ?? []).join(', '),
    role: entity.role ?? '',
    affiliation: entity.affiliation ?? '',
    placeKind: entity.placeKind ?? '',
  };
}

/** Aliases are typed comma-separated; the Korean and full-width commas count too. */
export function splitAliases(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The form as a raw entry for validateKnownEntity; blank optional fields are left out. */
export function formToEntry(form: EntityForm): Record<string, unknown> {
  const entry: Record<string, unknown> = { name: form.name, type: form.type };
  const aliases = splitAliases(form.aliases);
  if (aliases.length) entry.aliases = aliases;
  if (form.role.trim()) entry.role = form.role;
  if (form.affiliation.trim()) entry.affiliation = form.affiliation;
  // A place kind only means something for a place; switching type away drops it.
  if (form.type === 'place' && form.placeKind) entry.placeKind = form.placeKind;
  return entry;
}

/** Position of another entity with the same name and type, or -1. */
export function findDuplicate(entities: KnownEntity[], candidate: KnownEntity, exceptIndex = -1): number {
  const key = entityKey(candidate);
  return entities.findIndex((e, i) => i !== exceptIndex && entityKey(e) === key);
}

/** The message key that explains a validation problem for one field, in the user's language. */
export function ruleKey(field: string): string | undefined {
  const keys: Record<string, string> = {
    '(entry)': 'optionsRuleEntry',
    name: 'optionsRuleName',
    type: 'optionsRuleType',
    aliases: 'optionsRuleAliases',
    role: 'optionsRuleString',
    affiliation: 'optionsRuleString',
    placeKind: 'optionsRulePlaceKind',
  };
  return keys[field];
}

export const TYPE_KEYS: Record<EntityType, string> = {
  person: 'optionsTypePerson',
  organization: 'optionsTypeOrganization',
  place: 'optionsTypePlace',
  date: 'optionsTypeDate',
};

const PLACE_KIND_KEYS: Record<PlaceKind, string> = {
  country: 'optionsPlaceCountry',
  region: 'optionsPlaceRegion',
  city: 'optionsPlaceCity',
  venue: 'optionsPlaceVenue',
};

export function placeKindKey(kind: PlaceKind): string {
  return PLACE_KIND_KEYS[kind];
}
