// The Summary: who, where, what was agreed and when, plus the header facts, in one structure
// the popup and the CLI both print from. summaryToMarkdown renders it for copying; every piece
// of page text in it is escaped so a page cannot inject Markdown or HTML into the output.
import english from '../_locales/en/messages.json';
import korean from '../_locales/ko/messages.json';
import { formatMessage, type Message } from '../shared/format-message';
import type { Agreement, AgreementStatus, Analysis, Entity, PlaceKind, SkipReason, Span, TimelineEvent } from './types';

const PREVIEW_CHARS = 60;

export interface Summary {
  title?: string;
  /** Host of the page's address, without www. */
  site?: string;
  url?: string;
  published?: string;
  language: string;
  skipped?: SkipReason;
  repeats: {
    count: number;
    paragraphs: number;
    chars: number;
    sections: RepeatSummary[];
  };
  people: PersonSummary[];
  organizations: OrganizationSummary[];
  places: {
    countriesAndRegions: PlaceSummary[];
    cities: PlaceSummary[];
    venues: PlaceSummary[];
  };
  dates: DateSummary[];
  agreements: AgreementSummary[];
  timeline: TimelineEvent[];
}

export interface RepeatSummary extends Span {
  paragraphs: number;
  chars: number;
  keptStart: number;
  keptEnd: number;
  /** The start of the collapsed text, on one line. */
  preview: string;
}

/** Listed by salience; `minor` ones (one mention, outside the headline and lead, no role) the
 *  popup folds behind "more". */
export interface PersonSummary {
  name: string;
  minor?: boolean;
  role?: string;
  affiliation?: string;
  aliases: string[];
  mentions: number;
  firstMention?: Span;
}

export interface OrganizationSummary {
  name: string;
  minor?: boolean;
  aliases: string[];
  mentions: number;
}

export interface PlaceSummary {
  name: string;
  kind?: PlaceKind;
  mentions: number;
}

export interface DateSummary {
  name: string;
  value?: string;
  mentions: number;
}

export interface AgreementSummary {
  parties: string[];
  what: string;
  status: AgreementStatus;
  date?: string;
  place?: string;
  evidence: Span;
  /** The sentence it was read from. */
  evidenceText: string;
}

/** Whether the summary lists the entity: not when the text names it only inside other words (런던올림픽). */
export const isListed = (entity: Entity): boolean => !entity.withinWordsOnly;

export function summarize(analysis: Analysis): Summary {
  const salience = salienceOf(analysis);
  const ofType = (type: Entity['type']) =>
    bySalience(
      analysis.entities.filter((entity) => entity.type === type && isListed(entity)),
      salience,
    );
  const places = ofType('place');
  const minor = (entity: Entity) => (salienceOfEntity(salience, entity).minor ? { minor: true } : {});
  const placeSummary = (entity: Entity): PlaceSummary => ({ name: entity.name, kind: entity.placeKind, mentions: entity.mentions.length });
  return {
    title: analysis.title,
    site: siteOf(analysis.url),
    url: analysis.url,
    published: analysis.published,
    language: analysis.language,
    skipped: analysis.skipped,
    repeats: {
      count: analysis.repeats.length,
      paragraphs: analysis.repeats.reduce((sum, repeat) => sum + repeat.blocks, 0),
      chars: analysis.repeats.reduce((sum, repeat) => sum + (repeat.end - repeat.start), 0),
      sections: analysis.repeats.map((repeat) => ({
        start: repeat.start,
        end: repeat.end,
        paragraphs: repeat.blocks,
        chars: repeat.end - repeat.start,
        keptStart: repeat.keptStart,
        keptEnd: repeat.keptEnd,
        preview: preview(analysis.text.slice(repeat.start, repeat.end)),
      })),
    },
    people: ofType('person').map((entity) => ({
      name: entity.name,
      role: entity.role,
      affiliation: entity.affiliation,
      aliases: entity.aliases,
      mentions: entity.mentions.length,
      firstMention: entity.mentions[0] ? { start: entity.mentions[0].start, end: entity.mentions[0].end } : undefined,
      ...minor(entity),
    })),
    organizations: ofType('organization').map((entity) => ({ name: entity.name, aliases: entity.aliases, mentions: entity.mentions.length, ...minor(entity) })),
    places: {
      // A place of unknown kind is listed with countries and regions, the broadest group.
      countriesAndRegions: places.filter((p) => p.placeKind !== 'city' && p.placeKind !== 'venue').map(placeSummary),
      cities: places.filter((p) => p.placeKind === 'city').map(placeSummary),
      venues: places.filter((p) => p.placeKind === 'venue').map(placeSummary),
    },
    dates: analysis.entities.filter((entity) => entity.type === 'date').map((entity) => ({ name: entity.name, value: entity.value, mentions: entity.mentions.length })),
    agreements: analysis.agreements.map((agreement) => summarizeAgreement(analysis.text, agreement)),
    timeline: analysis.events ?? [],
  };
}

interface Salience {
  score: number;
  minor: boolean;
  first: number;
}

/** A name of one word in a script that writes spaces between a name's words (Latin, Greek, Cyrillic). */
const ONE_SPACED_WORD = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}.&'’-]+$/u;

/** The lead: the article's opening, where a news story names who and where it is about. */
const LEAD_CHARS = 400;

/**
 * How much an entity is what the article is about: its mentions, with the headline and the lead
 * counting extra, and a role the text gives. A person or organisation is minor when nothing but
 * one passing mention backs it (not in the headline or lead, no role, nobody's employer, no
 * party to an agreement) and its name is one word of a script that spaces a name's words:
 * a lone capitalised word is the weakest evidence English has (Sanders, Bluetooth), while a
 * name of two words or a Korean name (one word whatever it is) is most often right even in
 * passing. Places are never minor: the popup shows them as small chips.
 */
function salienceOf(analysis: Analysis): Map<Entity, Salience> {
  const headline = analysis.title ?? analysis.article?.headline ?? '';
  const leadEnd = Math.min(LEAD_CHARS, Math.ceil(analysis.text.length / 3));
  const backed = new Set<string>([
    ...analysis.entities.flatMap((entity) => (entity.affiliation ? [entity.affiliation] : [])),
    ...analysis.agreements.flatMap((agreement) => agreement.parties),
  ]);
  const salience = new Map<Entity, Salience>();
  for (const entity of analysis.entities) {
    const inHeadline = [entity.name, ...entity.aliases].some((form) => form.length > 1 && headline.includes(form));
    const first = entity.mentions[0]?.start ?? Infinity;
    const inLead = first < leadEnd;
    const score = entity.mentions.length + (inHeadline ? 3 : 0) + (inLead ? 2 : 0) + (entity.role ? 1 : 0);
    const passing = entity.mentions.length <= 1 && !inHeadline && !inLead && !entity.role && !backed.has(entity.name);
    const weakName = ONE_SPACED_WORD.test(entity.name) && (entity.type === 'person' || entity.type === 'organization');
    salience.set(entity, { score, first, minor: passing && weakName });
  }
  return salience;
}

/** Most salient first; equal ones in reading order. */
function bySalience(entities: Entity[], salience: Map<Entity, Salience>): Entity[] {
  const of = (entity: Entity) => salienceOfEntity(salience, entity);
  return [...entities].sort((a, b) => of(b).score - of(a).score || of(a).first - of(b).first);
}

/** An entity's salience: salienceOf measured every entity of the analysis. */
function salienceOfEntity(salience: Map<Entity, Salience>, entity: Entity): Salience {
  const found = salience.get(entity);
  if (!found) throw new Error(`no salience for ${entity.name}: not an entity of this analysis`);
  return found;
}

function summarizeAgreement(text: string, agreement: Agreement): AgreementSummary {
  const { parties, what, status, date, place, evidence } = agreement;
  return { parties, what, status, date, place, evidence, evidenceText: oneLine(text.slice(evidence.start, evidence.end)) };
}

function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function preview(text: string): string {
  const flat = oneLine(text);
  return flat.length <= PREVIEW_CHARS ? flat : `${flat.slice(0, PREVIEW_CHARS - 1)}…`;
}

// ——— Markdown ———

export interface MarkdownOptions {
  uiLanguage: 'en' | 'ko';
}

type MessageKey = keyof typeof english;
const CATALOGS: Record<MarkdownOptions['uiLanguage'], Record<MessageKey, Message>> = { en: english, ko: korean };

/** The message key of each agreement status, as the popup and the Markdown show it. */
export const AGREEMENT_STATUS_KEYS: Record<AgreementStatus, MessageKey> = {
  signed: 'popupStatus_signed',
  planned: 'popupStatus_planned',
  proposed: 'popupStatus_proposed',
  conditional: 'popupStatus_conditional',
  failed: 'popupStatus_failed',
  terminated: 'popupStatus_terminated',
  other: 'popupStatus_other',
};

/** The Markdown's words in one UI language, from _locales (the popup's where they are the same). */
function labelsFor(language: MarkdownOptions['uiLanguage']) {
  const catalog = CATALOGS[language];
  const m = (key: MessageKey, ...substitutions: Array<string | number>) => formatMessage(catalog[key], substitutions);
  return {
    untitled: m('markdownUntitled'),
    language: (tag: string) => m('markdownLanguage', tag),
    published: (date: string) => m('markdownPublished', date),
    repeats: (count: number, paragraphs: number, chars: number) => (count === 0 ? m('markdownNoRepeats') : m('markdownRepeats', count, paragraphs, chars.toLocaleString(language))),
    skippedTooLarge: m('markdownTooLarge'),
    skippedNoArticle: m('markdownNoArticle'),
    who: m('popupWho'),
    people: m('popupPeople'),
    organizations: m('popupOrganizations'),
    where: m('popupWhere'),
    countriesAndRegions: m('popupCountries'),
    cities: m('popupCities'),
    venues: m('popupVenues'),
    agreed: m('popupAgreed'),
    when: m('popupWhen'),
    none: m('markdownNothingFound'),
    also: (aliases: string) => m('popupAlso', aliases),
    mentions: (n: number) => (n === 1 ? m('popupMentions1') : m('popupMentionsN', n)),
    status: (status: AgreementStatus) => m(AGREEMENT_STATUS_KEYS[status]),
  };
}

/**
 * Escapes page text for Markdown: HTML's < > & become entities; the punctuation that can open
 * emphasis, code, links, images, tables or strikethrough anywhere in a line is backslash-escaped
 * (- + . ( only matter at a line start, and page text never starts a line here); line breaks
 * fold into spaces so text cannot open a new block.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#!|~]/g, '\\$&');
}

export function summaryToMarkdown(summary: Summary, options: MarkdownOptions = { uiLanguage: 'en' }): string {
  const l = labelsFor(options.uiLanguage);
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`# ${e(summary.title ?? l.untitled)}`, '');
  const facts = [l.language(e(summary.language))];
  if (summary.published) facts.push(l.published(e(summary.published)));
  if (summary.site) facts.push(e(summary.site));
  out.push(facts.join(' · '), '');
  if (summary.skipped) {
    out.push(summary.skipped === 'too-large' ? l.skippedTooLarge : l.skippedNoArticle);
    return out.join('\n') + '\n';
  }
  out.push(l.repeats(summary.repeats.count, summary.repeats.paragraphs, summary.repeats.chars), '');

  out.push(`## ${l.who}`, '');
  if (summary.people.length === 0 && summary.organizations.length === 0) out.push(l.none, '');
  if (summary.people.length > 0) {
    out.push(`### ${l.people}`, '');
    for (const person of summary.people) {
      const details = [person.role, person.affiliation].filter((d): d is string => Boolean(d)).map(e);
      const aliases = person.aliases.length ? ` (${l.also(person.aliases.map(e).join(', '))})` : '';
      out.push(`- **${e(person.name)}**${details.length ? ` — ${details.join(', ')}` : ''}${aliases} · ${l.mentions(person.mentions)}`);
    }
    out.push('');
  }
  if (summary.organizations.length > 0) {
    out.push(`### ${l.organizations}`, '');
    for (const org of summary.organizations) {
      const aliases = org.aliases.length ? ` (${l.also(org.aliases.map(e).join(', '))})` : '';
      out.push(`- **${e(org.name)}**${aliases} · ${l.mentions(org.mentions)}`);
    }
    out.push('');
  }

  out.push(`## ${l.where}`, '');
  const placeGroups: Array<[string, PlaceSummary[]]> = [
    [l.countriesAndRegions, summary.places.countriesAndRegions],
    [l.cities, summary.places.cities],
    [l.venues, summary.places.venues],
  ];
  const anyPlace = placeGroups.some(([, list]) => list.length > 0);
  for (const [label, list] of placeGroups) if (list.length > 0) out.push(`- ${label}: ${list.map((p) => e(p.name)).join(', ')}`);
  out.push(anyPlace ? '' : l.none, ...(anyPlace ? [] : ['']));

  out.push(`## ${l.agreed}`, '');
  if (summary.agreements.length === 0) out.push(l.none, '');
  for (const agreement of summary.agreements) {
    const facts = [l.status(agreement.status), agreement.date, agreement.place].filter((f): f is string => Boolean(f)).map(e);
    out.push(`- **${agreement.parties.map(e).join(' – ')}**: ${e(agreement.what)} (${facts.join(', ')})`);
    out.push(`  > ${e(agreement.evidenceText)}`);
  }
  if (summary.agreements.length > 0) out.push('');

  out.push(`## ${l.when}`, '');
  if (summary.timeline.length === 0) out.push(l.none, '');
  for (const event of summary.timeline) out.push(`- ${e(event.date)} — ${e(event.what)}`);
  if (summary.timeline.length > 0) out.push('');
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
