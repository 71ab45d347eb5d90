// The one step that turns mentions into entities, for every language: the user's own entities
// are found in the text, mentions inside excluded spans (collapsed repeats, boilerplate,
// addresses) are dropped, one mention keeps each stretch of text, and mentions that share a key
// become one entity with every other written form as an alias.
//
// Where English and Korean have settled on different answers, a language says which through
// `MergeRules` (en/index.ts and ko/index.ts hold their rules); everything else is shared.
import type { Entity, KnownEntity, Span } from '../types';
import { knownMentions, type FormFinder, type Mention } from './mentions';
import { overlapsAny, SpanIndex, unionOf } from './span-index';

export interface MergeRules {
  /** Where a form of the user's entity stands as a word (English: no letter touches it; Korean: a noun, particles allowed). */
  findForm: FormFinder;
  /**
   * Which of two overlapping mentions stays.
   * - `first-listed`: reading the text from the start, a mention that overlaps the last kept
   *   one replaces it only if it was listed earlier (the rules list their surest mentions first).
   * - `strongest`: the user's entities first, then the longest, then person > organisation >
   *   place > date; a place may sit inside a venue's name (인터콘티넨탈 알마티 호텔).
   */
  overlaps: 'first-listed' | 'strongest';
  /**
   * How the user's entities join.
   * - `own-entity`: a known entity is an entity of its own: its name, type and fields win, and
   *   a recognised mention written like one of its forms joins it wherever it stands.
   * - `as-mentions`: its occurrences are mentions like the rules' (with the entity's name and
   *   fields), stronger than any other.
   */
  known: 'own-entity' | 'as-mentions';
  /**
   * The entity's name.
   * - `longest-written`: the longest written form (`Joe Biden` over `Biden`).
   * - `stated`: a person's or organisation's name as the rules stated it, if it is written
   *   somewhere (이상직 over 이 이사장), else the longest written form; other types keep their first
   *   form written in full (북한, not 북 of 남북), or the stated name when none is.
   */
  naming: 'longest-written' | 'stated';
  /**
   * Affiliations.
   * - `as-stated`: the first one a mention states, on any entity.
   * - `organisation-name`: people only, rewritten to the name their organisation's entity takes
   *   (중진공 → 중소벤처기업진흥공단).
   */
  affiliations: 'as-stated' | 'organisation-name';
}

export interface MergeInput {
  /** The user's own entities. */
  known: KnownEntity[];
  /** No mention may overlap one of these. */
  excluded: Span[];
}

/** Entities from the rules' mentions, sorted by their first mention. */
export function mergeMentions(text: string, recognised: Mention[], { known, excluded }: MergeInput, rules: MergeRules): Entity[] {
  const fromKnown = knownMentions(text, known, rules.findForm);
  const listed = rules.known === 'own-entity' ? [...keyedToKnown(fromKnown), ...joinKnownForms(text, recognised, fromKnown, known)] : [...fromKnown, ...recognised];
  const outside = withoutExcluded(listed, excluded);
  const kept = rules.overlaps === 'first-listed' ? firstListedWins(outside) : strongestWins(outside);
  return toEntities(text, joinShortOrganizations(groupByKey(kept)), known, rules);
}

/** Key of a known entity's mentions under `own-entity`; it carries the type, so mentions of any type join it. */
const knownKey = (entity: KnownEntity) => `known:${entity.type}:${entity.name}`;

function keyedToKnown(fromKnown: Mention[]): Mention[] {
  return fromKnown.map((m) => ({ ...m, key: knownKey(m) }));
}

/** `own-entity`: a recognised mention overlapping a known one goes; one written like a known form joins that entity. */
function joinKnownForms(text: string, recognised: Mention[], fromKnown: Mention[], known: KnownEntity[]): Mention[] {
  const knownForms = new Map<string, string>();
  for (const entity of known) for (const form of [entity.name, ...(entity.aliases ?? [])]) knownForms.set(form, knownKey(entity));
  const joined: Mention[] = [];
  for (const mention of recognised) {
    if (fromKnown.some((k) => k.start < mention.end && mention.start < k.end)) continue;
    const key = knownForms.get(text.slice(mention.start, mention.end));
    joined.push(key ? { ...mention, key } : mention);
  }
  return joined;
}

/** Mentions that overlap no excluded span (searched in the spans' union, as they may nest). */
function withoutExcluded(mentions: Mention[], excluded: Span[]): Mention[] {
  if (excluded.length === 0) return mentions;
  const union = unionOf(excluded);
  return mentions.filter((m) => !overlapsAny(union, m));
}

/** `first-listed`: sorted by start; of overlapping neighbours the earlier-listed one stays. */
function firstListedWins(mentions: Mention[]): Mention[] {
  const order = mentions.map((m, priority) => ({ m, priority })).sort((a, b) => a.m.start - b.m.start || a.priority - b.priority);
  const kept: { m: Mention; priority: number }[] = [];
  for (const item of order) {
    const last = kept[kept.length - 1];
    if (!last || last.m.end <= item.m.start) kept.push(item);
    else if (item.priority < last.priority) kept[kept.length - 1] = item;
  }
  return kept.map((k) => k.m);
}

const TYPE_RANK = { person: 0, organization: 1, place: 2, date: 3 } as const;

/** Mentions ordered by strength: user-known first, then longer spans, then by type. */
function strength(a: Mention, b: Mention): number {
  return Number(!!b.known) - Number(!!a.known) || b.end - b.start - (a.end - a.start) || TYPE_RANK[a.type] - TYPE_RANK[b.type];
}

/** `strongest`: non-overlapping mentions, strongest first, sorted by start. A place may sit inside
 *  a venue's name (인터콘티넨탈 알마티 호텔), but not at its start or in the address before the
 *  name: there it is the venue's location, written with it (서울 종로구 포시즌스 호텔). */
function strongestWins(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const keptIndex = new SpanIndex<Mention>();
  for (const mention of [...mentions].sort(strength)) {
    const placeInVenue = (k: Mention) => mention.type === 'place' && k.mayContainPlaces && mention.start > k.start && mention.start >= (k.nameStart ?? k.start);
    if (keptIndex.find(mention, (k) => !placeInVenue(k))) continue;
    kept.push(mention);
    keptIndex.add(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Mentions of one entity together, in text order: same type and key (a known entity's key alone). */
function groupByKey(mentions: Mention[]): Mention[][] {
  const groups = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const key = mention.key?.startsWith('known:') ? mention.key : `${mention.type}:${mention.key ?? mention.name}`;
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  return [...groups.values()];
}

const firstStart = (group: Mention[]) => Math.min(...group.map((m) => m.start));

/**
 * `SK 와이번스` … `SK`, `Tyvak Nano-Satellite Systems` … `Tyvak`: an organisation written as one word that opens the
 * name of exactly one other organisation in the text is that organisation, shortened (not the user's own entities).
 */
function joinShortOrganizations(groups: Mention[][]): Mention[][] {
  const isOrganization = (group: Mention[]) => group[0].type === 'organization' && !group[0].known;
  const opening = new Map<string, Mention[][]>();
  for (const group of groups.filter(isOrganization)) {
    for (const word of new Set(group.map((m) => /^(\S+)\s/.exec(m.name)?.[1]).filter((w) => w !== undefined))) {
      opening.set(word, [...(opening.get(word) ?? []), group]);
    }
  }
  const joined = new Set<Mention[]>();
  for (const group of groups.filter(isOrganization)) {
    const names = new Set(group.map((m) => m.name));
    const [word] = names;
    const longer = names.size === 1 && !/\s/.test(word) ? opening.get(word) : undefined;
    // … and the text names it in full first, as news does before shortening a name (Apple … Apple TV is another thing).
    if (longer?.length !== 1 || longer[0] === group || firstStart(longer[0]) > firstStart(group)) continue;
    longer[0].push(...group.map((m) => ({ ...m, key: longer[0][0].key })));
    joined.add(group);
  }
  return groups.filter((group) => !joined.has(group));
}

/** One entity per group; affiliations last, once every organisation has its name. */
function toEntities(text: string, groups: Mention[][], known: KnownEntity[], rules: MergeRules): Entity[] {
  const built = groups.map((group) => ({
    group,
    entity: toEntity(text, group, rules.known === 'own-entity' ? known.find((k) => knownKey(k) === group[0].key) : undefined, rules),
  }));
  if (rules.affiliations === 'organisation-name') {
    const orgNameOf = new Map<string, string>();
    for (const { entity, group } of built) {
      if (entity.type === 'organization') for (const form of [entity.name, ...entity.aliases, group[0].name]) orgNameOf.set(form, entity.name);
    }
    for (const { entity, group } of built) {
      const affiliation = group.find((m) => m.affiliation)?.affiliation;
      if (entity.type === 'person' && affiliation) entity.affiliation = orgNameOf.get(affiliation) ?? affiliation;
    }
  }
  return built.map(({ entity }) => entity).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function toEntity(text: string, group: Mention[], knownEntity: KnownEntity | undefined, rules: MergeRules): Entity {
  const written = group.map((m) => text.slice(m.start, m.end));
  const name = knownEntity?.name ?? entityName(group, written, rules);
  const aliases = new Set<string>([...written, ...group.map((m) => m.alias ?? '')]);
  aliases.delete(name);
  aliases.delete('');
  const entity: Entity = {
    type: knownEntity?.type ?? group[0].type,
    name,
    aliases: [...aliases],
    mentions: group.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start),
  };
  // The user's own fields first (they win), then what the mentions state; absent ones stay absent. (Set one by one, in
  // this order, with no objects built for them: this runs for every entity of every page.)
  const setOnce = <F extends 'role' | 'affiliation' | 'placeKind' | 'value'>(field: F, value: Entity[F] | undefined) => {
    if (value && !(field in entity)) entity[field] = value;
  };
  setOnce('role', knownEntity?.role);
  setOnce('affiliation', knownEntity?.affiliation);
  setOnce('placeKind', knownEntity?.placeKind);
  setOnce('role', statedRole(group));
  setOnce('affiliation', rules.affiliations === 'as-stated' ? group.find((m) => m.affiliation)?.affiliation : undefined);
  setOnce('placeKind', group.find((m) => m.placeKind)?.placeKind);
  setOnce('value', group.find((m) => m.value)?.value);
  if (!knownEntity && group.every((m) => m.withinWord)) entity.withinWordsOnly = true;
  return entity;
}

function entityName(group: Mention[], written: string[], rules: MergeRules): string {
  const first = group[0];
  if (rules.naming === 'longest-written') return longest(written);
  if (first.type !== 'organization' && first.type !== 'person') return firstFullForm(group, written);
  return written.includes(first.name) ? first.name : longest(written);
}

/** The first form written in full; the stated name when every mention is a short form (북 for 북한). */
function firstFullForm(group: Mention[], written: string[]): string {
  const full = written.findIndex((form, i) => group[i].alias !== form);
  return full >= 0 ? written[full] : group[0].name;
}

/** The first role a mention states; the bare honorific 씨 only when no mention states another. */
const statedRole = (group: Mention[]) => group.find((m) => m.role && m.role !== '씨')?.role ?? group.find((m) => m.role)?.role;

/** The longest form; the first of equally long ones. */
const longest = (forms: string[]) => forms.reduce((a, b) => (b.length > a.length ? b : a));
