// The user's own entities (name, type, aliases, role, affiliation), kept in
// browser.storage.local under one key and validated whenever they are read: storage is
// written by our own pages, but a bad import or an old version must not break analysis.
import type { EntityType, KnownEntity, PlaceKind } from '../core/types';

export const KNOWN_ENTITIES_KEY = 'knownEntities';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'date'];
const PLACE_KINDS: PlaceKind[] = ['country', 'region', 'city', 'venue'];

export interface EntityProblem {
  /** 1-based position in the list (the line, in a one-entity-per-line export). */
  index: number;
  field: string;
  message: string;
}

/** Checks one entry; returns the entity in canonical shape, or the first problem found. */
export function validateKnownEntity(value: unknown, index: number): KnownEntity | EntityProblem {
  const problem = (field: string, message: string): EntityProblem => ({ index, field, message });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem('(entry)', 'must be an object');
  const entry = value as Record<string, unknown>;
  if (typeof entry.name !== 'string' || !entry.name.trim()) return problem('name', 'must be a non-empty string');
  if (!TYPES.includes(entry.type as EntityType)) return problem('type', `must be one of ${TYPES.join(', ')}`);
  const aliases = entry.aliases ?? [];
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || !a.trim())) return problem('aliases', 'must be a list of non-empty strings');
  for (const field of ['role', 'affiliation'] as const) {
    if (entry[field] !== undefined && typeof entry[field] !== 'string') return problem(field, 'must be a string');
  }
  if (entry.placeKind !== undefined && !PLACE_KINDS.includes(entry.placeKind as PlaceKind)) return problem('placeKind', `must be one of ${PLACE_KINDS.join(', ')}`);
  const known: KnownEntity = { name: entry.name.trim(), type: entry.type as EntityType };
  if (aliases.length) known.aliases = (aliases as string[]).map((a) => a.trim());
  if (entry.role) known.role = (entry.role as string).trim();
  if (entry.affiliation) known.affiliation = (entry.affiliation as string).trim();
  if (entry.placeKind) known.placeKind = entry.placeKind as PlaceKind;
  return known;
}

/** Valid entries of a stored list; invalid ones are dropped (the options page reports them). */
export function readKnownEntities(stored: unknown): KnownEntity[] {
  if (!Array.isArray(stored)) return [];
  const entities: KnownEntity[] = [];
  stored.forEach((value, i) => {
    const result = validateKnownEntity(value, i + 1);
    if (!('field' in result)) entities.push(result);
  });
  return entities;
}
