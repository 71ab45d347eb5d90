// Turns recognised mentions into Entity records: one entity per thing, every written form as
// an alias, mentions sorted, nothing inside an excluded span, user-known entities merged in.
// Shared by the English and fallback recognisers.
import type { Entity, EntityType, KnownEntity, PlaceKind, Span } from '../../types';

export interface Mention extends Span {
  type: EntityType;
  /** The form written at this mention. */
  text: string;
  /** Key that mentions of one entity share (canonical name, or the full name of a person). */
  key: string;
  role?: string;
  affiliation?: string;
  placeKind?: PlaceKind;
  value?: string;
}

/** Mentions of the user's known entities: every occurrence of their names and aliases. */
export function knownMentions(text: string, known: KnownEntity[]): Mention[] {
  const found: Mention[] = [];
  for (const entity of known) {
    for (const form of [entity.name, ...(entity.aliases ?? [])]) {
      if (!form) continue;
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(pattern)) {
        found.push({ start: m.index!, end: m.index! + form.length, type: entity.type, text: form, key: knownKey(entity) });
      }
    }
  }
  return found;
}

const knownKey = (entity: KnownEntity) => `known:${entity.type}:${entity.name}`;

/**
 * Builds entities from mentions. Known-entity mentions win over overlapping recognised ones;
 * a recognised mention whose text is a known name or alias joins the known entity.
 */
export function buildEntities(recognised: Mention[], known: KnownEntity[], excluded: Span[], text: string): Entity[] {
  const fromKnown = knownMentions(text, known);
  const knownForms = new Map<string, string>();
  for (const entity of known) for (const form of [entity.name, ...(entity.aliases ?? [])]) knownForms.set(form, knownKey(entity));
  const all = [...fromKnown];
  for (const mention of recognised) {
    if (fromKnown.some((k) => k.start < mention.end && mention.start < k.end)) continue;
    const key = knownForms.get(mention.text);
    all.push(key ? { ...mention, key } : mention);
  }
  const kept = removeOverlaps(all.filter((m) => !excluded.some((x) => m.start < x.end && x.start < m.end)));

  const byKey = new Map<string, { mentions: Mention[]; entity: Entity }>();
  for (const mention of kept) {
    const key = `${mention.key.startsWith('known:') ? '' : mention.type + ':'}${mention.key}`;
    let group = byKey.get(key);
    if (!group) {
      group = { mentions: [], entity: { type: mention.type, name: mention.text, aliases: [], mentions: [] } };
      byKey.set(key, group);
    }
    group.mentions.push(mention);
  }
  const entities: Entity[] = [];
  for (const { mentions, entity } of byKey.values()) {
    const knownEntity = known.find((k) => knownKey(k) === mentions[0].key);
    if (knownEntity) {
      Object.assign(entity, { type: knownEntity.type, name: knownEntity.name });
      for (const field of ['role', 'affiliation', 'placeKind'] as const) if (knownEntity[field]) entity[field] = knownEntity[field] as never;
    } else {
      // The longest written form is the fullest name: `Joe Biden` over `Biden`.
      entity.name = mentions.reduce((best, m) => (m.text.length > best.length ? m.text : best), mentions[0].text);
    }
    for (const m of mentions) {
      if (m.text !== entity.name && !entity.aliases.includes(m.text)) entity.aliases.push(m.text);
      entity.role ??= m.role;
      entity.affiliation ??= m.affiliation;
      entity.placeKind ??= m.placeKind;
      entity.value ??= m.value;
    }
    for (const key of ['role', 'affiliation', 'placeKind', 'value'] as const) if (entity[key] === undefined) delete entity[key];
    entity.mentions = mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
    entities.push(entity);
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Sorted by start; of overlapping mentions the earlier-listed (higher-priority) one stays. */
function removeOverlaps(mentions: Mention[]): Mention[] {
  const order = mentions.map((m, priority) => ({ m, priority })).sort((a, b) => a.m.start - b.m.start || a.priority - b.priority);
  const kept: { m: Mention; priority: number }[] = [];
  for (const item of order) {
    const last = kept[kept.length - 1];
    if (!last || last.m.end <= item.m.start) kept.push(item);
    else if (item.priority < last.priority) kept[kept.length - 1] = item;
  }
  return kept.map((k) => k.m);
}
