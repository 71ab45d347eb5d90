// Turns mentions into entities: one mention per stretch of text (the longer, stronger reading
// wins), none inside a collapsed repeat, and one entity per thing named.
import type { Entity, Span } from '../../types';
import type { Mention } from './mentions';
import { overlapsAny, SpanIndex, unionOf } from '../span-index';

const TYPE_RANK = { person: 0, organization: 1, place: 2, date: 3 } as const;

/** Mentions ordered by strength: user-known first, then longer spans, then by type. */
function strength(a: Mention & { known?: boolean }, b: Mention & { known?: boolean }): number {
  return Number(!!b.known) - Number(!!a.known) || b.end - b.start - (a.end - a.start) || TYPE_RANK[a.type] - TYPE_RANK[b.type];
}

/** Keeps non-overlapping mentions, strongest first. A place may sit inside a venue's name
 *  (인터콘티넨탈 알마티 호텔), but not at its start or in the address before the name: there it
 *  is the venue's location, written with it (서울 종로구 포시즌스 호텔), which the venue covers. */
export function resolveOverlaps(mentions: Mention[], excluded: Span[]): Mention[] {
  const kept: Mention[] = [];
  const keptIndex = new SpanIndex<Mention>();
  // Excluded spans nest (an e-mail address inside a collapsed repeat): search their union.
  const sortedExcluded = unionOf(excluded);
  for (const mention of [...mentions].sort(strength)) {
    if (overlapsAny(sortedExcluded, mention)) continue;
    const clash = keptIndex.find(mention, (k) => !(mention.type === 'place' && k.mayContainPlaces && mention.start > k.start && mention.start >= (k.nameStart ?? k.start)));
    if (clash) continue;
    kept.push(mention);
    keptIndex.add(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** One entity per key; affiliations point at the canonical name of the organisation. */
export function toEntities(text: string, mentions: Mention[]): Entity[] {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = `${mention.type}:${mention.key ?? mention.name}`;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  const orgNameOf = new Map<string, string>();
  const built: { entity: Entity; group: Mention[] }[] = [];
  for (const group of groups.values()) {
    const written = group.map((m) => text.slice(m.start, m.end));
    const first = group[0];
    const name = first.type === 'organization' || first.type === 'person'
      ? (written.includes(first.name) ? first.name : longest(written))
      : written[0];
    const aliases = new Set<string>([...written, ...group.map((m) => m.alias ?? '')]);
    aliases.delete(name);
    aliases.delete('');
    const entity: Entity = { type: first.type, name, aliases: [...aliases], mentions: group.map(({ start, end }) => ({ start, end })) };
    const role = group.find((m) => m.role && m.role !== '씨')?.role ?? group.find((m) => m.role)?.role;
    if (role) entity.role = role;
    const placeKind = group.find((m) => m.placeKind)?.placeKind;
    if (placeKind) entity.placeKind = placeKind;
    const value = group.find((m) => m.value)?.value;
    if (value) entity.value = value;
    if (first.type === 'organization') for (const form of [name, ...aliases, first.name]) orgNameOf.set(form, name);
    built.push({ entity, group });
  }
  // Affiliations last, once every organisation has its canonical name.
  for (const { entity, group } of built) {
    const affiliation = group.find((m) => m.affiliation)?.affiliation;
    if (entity.type === 'person' && affiliation) entity.affiliation = orgNameOf.get(affiliation) ?? affiliation;
  }
  return built.map(({ entity }) => entity);
}

const longest = (forms: string[]) => forms.reduce((a, b) => (b.length > a.length ? b : a));
