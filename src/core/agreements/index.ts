// "What was agreed": agreements read sentence by sentence by the article's language reader,
// completed with the article's main actor, a date and a place, and merged when the title and
// the body report the same one. Pure: plain values in, plain values out.
import type { Agreement, Entity, Sentence } from '../types';
import type { AgreementContext } from './context';
import { englishReader } from './english';
import { koreanReader } from './korean';
import { kindLabel } from './lexicon';
import { addParty, allMentions, pickDate, pickPlace, readableSentences, viewSentence, type SentenceMention, type SentenceView } from './mentions';
import type { AgreementMention, AgreementReader } from './reader';

export type { AgreementContext } from './context';
export { findTimeline } from './timeline';

const readers: AgreementReader[] = [koreanReader, englishReader];

export function readerFor(language: string): AgreementReader | undefined {
  return readers.find((reader) => reader.language === language);
}

/** An agreement with what the merge needs to know about it. */
interface Found {
  agreement: Agreement;
  kindId: string;
  generic: boolean;
}

export function findAgreements(text: string, sentences: Sentence[], entities: Entity[], context: AgreementContext): Agreement[] {
  const reader = readerFor(context.language);
  if (!reader) return [];
  const mentions = allMentions(entities, text);
  const readable = readableSentences(sentences, context.excluded);
  const views = readable.map((sentence) => viewSentence(text, sentence, mentions));
  const actor = mainActor(views, reader);
  const found: Found[] = [];
  let headline: { view: SentenceView; mention: AgreementMention } | undefined;
  let groupAwaiting: AwaitingGroup | undefined;
  views.forEach((view, index) => {
    for (const mention of reader.read(view)) {
      const agreement = completeAgreement(
        view,
        mention,
        reader,
        actor,
        views[index - 1],
        () => namedBefore(views, index, found, mention.bothSidesAre, reader),
        () => lastAgreementBefore(views, index, found)?.parties ?? agreementNamedBefore(views, index, mention.kind.id, reader),
        (type) => lastNamedBefore(views, readable, index, mention.referenceAt ?? mention.triggerStart, type, reader),
      );
      // A headline that names no party (Minister welcomes new budget deal): kept for the body to name them.
      if (!agreement && index === 0 && isHeadline(view)) headline = { view, mention };
      if (!agreement) continue;
      if (headline && index <= 3 && reportsHeadline(headline.mention, mention, agreement)) {
        agreement.alsoIn = [{ start: headline.view.start, end: headline.view.end }];
        headline = undefined;
      }
      const item = { agreement, kindId: mention.kind.id, generic: mention.kind.generic === true };
      found.push(item);
      groupAwaiting = nameCountedGroup(reader.countedGroup?.(view), item, index, groupAwaiting);
    }
  });
  return mergeSameAgreement(found, affiliations(entities));
}

interface AwaitingGroup {
  item: Found;
  group: string;
  index: number;
}

/**
 * "NASA was adding five companies to a contract. … the five companies — A, B, C, D and E — had
 * been selected …": the group a party of one agreement is counted in, named in the next two
 * sentences' agreement of the same kind, joins that party's agreement (the two are then one).
 * Returns the group still awaiting its names.
 */
function nameCountedGroup(counted: { group: string; members: string[] } | undefined, item: Found, index: number, awaiting: AwaitingGroup | undefined): AwaitingGroup | undefined {
  if (!counted) return awaiting && index - awaiting.index <= 2 ? awaiting : undefined;
  if (counted.members.length === 0) return { item, group: counted.group, index };
  const same = awaiting && index - awaiting.index <= 2 && awaiting.group === counted.group && sameKind(awaiting.item, item);
  if (same) for (const member of counted.members) addParty(awaiting.item.agreement.parties, member);
  return undefined;
}

/** A title line: the first sentence, not ended as a sentence is. */
function isHeadline(view: SentenceView): boolean {
  return !/[.!?:;]["”’)]*\s*$/.test(view.text.slice(view.start, view.end));
}

/** Whether an agreement of the body's first sentences, with both sides named, is the one a headline reported without them: same kind (or a general word) and status. */
function reportsHeadline(headline: AgreementMention, mention: AgreementMention, agreement: Agreement): boolean {
  const kindAgrees = headline.kind.id === mention.kind.id || headline.kind.generic === true || mention.kind.generic === true;
  return kindAgrees && headline.status === mention.status && agreement.parties.length >= 2;
}

/** Each person's stated affiliation (부산 of 박형준 부산시장, Boeing of its CEO): whom they sign for. */
function affiliations(entities: Entity[]): Map<string, string> {
  const affiliationOf = new Map<string, string>();
  for (const entity of entities) if (entity.type === 'person' && entity.affiliation) affiliationOf.set(entity.name, entity.affiliation);
  return affiliationOf;
}

function completeAgreement(
  view: SentenceView,
  mention: AgreementMention,
  reader: AgreementReader,
  actor: string | undefined,
  previous: SentenceView | undefined,
  twoNamedBefore: () => string[],
  reportedBefore: () => string[],
  namedJustBefore: (type: 'person' | 'organization') => string | undefined,
): Agreement | undefined {
  const parties: string[] = [];
  // "He had agreed to …", "The company agreed to …": the person or organisation named just before.
  const referred = mention.refersTo && !mention.hasSubject ? namedJustBefore(mention.refersTo) : undefined;
  addParty(parties, referred);
  // "That deal closed in June": the parties of the agreement reported just before.
  if (mention.refersBack && mention.parties.length === 0) for (const party of reportedBefore()) addParty(parties, party);
  // 양사는 … 합의했다: the two named just before.
  if (mention.bothSides && mention.parties.length < 2) {
    const named = twoNamedBefore();
    for (const party of named) addParty(parties, party);
    // 노사는 … 합의했다 with no names before: labour and management, as written.
    if (named.length === 0 && mention.bothSidesWord) addParty(parties, mention.bothSidesWord);
  }
  // A sentence that names only the counterpart (…‘X’와 협약을 체결할 예정이다) is about the
  // article's main actor, as is one that refers to it (이 회사는, the company).
  // Not when the sentence names both sides already (between A and B, A-B 간).
  const counterpartOnly = mention.hasCounterpart && reader.counterpartOnlyIsActor !== false;
  if (actor && !referred && mention.parties.length < 2 && parties.length < 2 && !mention.hasSubject && (counterpartOnly || mention.anaphora)) addParty(parties, actor);
  for (const party of mention.parties) addParty(parties, party);
  // An agreement takes two, but news often names one (빅스가 … 전속 계약을 맺었다, Ukraine
  // proposed a ceasefire); a sentence that names none reports no agreement we can show.
  if (parties.length === 0) return undefined;
  const agreement: Agreement = { what: describe(mention, reader.language), parties, status: mention.status, evidence: { start: view.start, end: view.end } };
  // The date in the sentence, or the one before's when this one goes on about the same occasion.
  const sentence = view.text.slice(view.start, view.end);
  const sameOccasion = previous && reader.sameOccasion.some((opening) => sentence.startsWith(opening));
  const another = (date: SentenceMention) => reader.dateOfAnother?.(view, date, mention.triggerStart, mention.triggerEnd) ?? false;
  const date = pickDate(view, mention.triggerStart, reader.language === 'ko', another) ?? (sameOccasion ? pickDate(previous, previous.end) : undefined);
  if (date) agreement.date = date.date;
  const place = pickPlace(view, (m) => reader.isLocative(view, m), new Set(parties));
  if (place) agreement.place = place;
  return agreement;
}

const BOTH_SIDES_TYPES = [
  ['organization', 'place'],
  ['organization', 'place', 'person'],
];

/**
 * The two parties 양사 / 양측 / both sides stand for: those of the last agreement found in the
 * three sentences before, else the last two organisations, people or countries named there.
 */
function namedBefore(views: SentenceView[], index: number, found: Found[], are: AgreementMention['bothSidesAre'], reader: AgreementReader): string[] {
  const last = lastAgreementBefore(views, index, found);
  if (last && last.parties.length >= 2) return last.parties;
  // “The minister met Ibrahim al-Jaafari … They also agreed …”: the two who met, before any two named later.
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const pair = reader.actingPair?.(views[i]) ?? [];
    if (pair.length === 2) return pair;
  }
  // Organisations and countries first; people when fewer than two are named (they agreed …).
  // 양국, 두 정부: countries only; 양사, 두 기업: organisations only.
  const typeLists = are === 'countries' ? [['place']] : are === 'organizations' ? [['organization']] : BOTH_SIDES_TYPES;
  for (const types of typeLists) {
    const names: string[] = [];
    for (let i = index - 1; i >= Math.max(0, index - 3) && names.length < 2; i--) {
      for (const mention of [...views[i].mentions].reverse()) {
        const entity = mention.entity;
        const party = types.includes(entity.type) && (entity.type !== 'place' || entity.placeKind === 'country');
        if (party && !names.includes(entity.name)) names.push(entity.name);
        if (names.length === 2) break;
      }
    }
    if (names.length === 2) return names;
  }
  // 가나전자와 다라반도체가 … 나선다. 양사는 …: the sentence before read for who acts, names no recogniser knew too.
  const read = index > 0 ? (reader.partiesOf?.(views[index - 1]) ?? []) : [];
  if (read.length === 2) return read;
  return [];
}

/**
 * The one a pronoun subject stands for: the last of its type named before the agreement word in
 * its sentence, else in the sentence before it (a paragraph may open with it: the company, he),
 * else in the one before that in the same paragraph, not one quoted there
 * (“…,” said Laboy. “It’s because she signed …”: she is someone else).
 */
function lastNamedBefore(
  views: SentenceView[],
  sentences: Sentence[],
  index: number,
  before: number,
  type: 'person' | 'organization',
  reader: AgreementReader,
): string | undefined {
  for (let i = index; i >= Math.max(0, index - 2) && (i >= index - 1 || sentences[i].block === sentences[index].block); i--) {
    // A company that speaks is still the one "it" stands for; a person quoted is not who "she" is.
    const quoted = (m: SentenceMention) => type === 'person' && i < index && reader.onlyQuotes?.(views[i], m) === true;
    const mentions = views[i].mentions.filter((m) => m.entity.type === type && m.end <= before && !quoted(m));
    // A sentence before: its subject, the one it is about (Kestrel Foods joined … the Oneworld alliance. The carrier …).
    const subject = i < index ? mentions.find((m) => /^[\s"“‘']*(?:[A-Z][\w-]*\s+){0,2}$/.test(views[i].text.slice(views[i].start, m.start))) : undefined;
    if (mentions.length > 0) return (subject ?? mentions[mentions.length - 1]).entity.name;
  }
  return undefined;
}

/**
 * When no agreement was reported just before, the parties of one of the same kind named in the
 * three sentences before whatever its status (… a full member of the Oneworld alliance. … invited
 * to join the alliance): the one "the alliance" refers back to.
 */
function agreementNamedBefore(views: SentenceView[], index: number, kindId: string, reader: AgreementReader): string[] {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const named = (reader.namedAgreements?.(views[i]) ?? []).filter((mention) => mention.kind.id === kindId && mention.parties.length > 0);
    if (named.length > 0) return named[named.length - 1].parties;
  }
  return [];
}

/** The last agreement found in the three sentences before this one. */
function lastAgreementBefore(views: SentenceView[], index: number, found: Found[]): Agreement | undefined {
  const from = views[Math.max(0, index - 3)].start;
  const last = found.at(-1)?.agreement;
  return last && last.evidence.start >= from && last.evidence.start < views[index].start ? last : undefined;
}

/** Kind plus subject in the text's words: 모바일 송금 결제 서비스 지원 업무협약 (MOU), trade deal. */
function describe(mention: AgreementMention, language: string): string {
  const label = kindLabel(mention.kind, mention.status);
  if (language === 'ko') {
    // The text's own word (합병조약, 합의문) unless the kind is glossed or shown by its status
    // (협상 타결); 수출계약 stays one word; a glossed kind keeps its canonical form (기술 업무협약 (MOU)).
    const asWritten = mention.written && !mention.kind.verbForms?.includes(mention.written);
    const shown = !mention.kind.gloss && asWritten && !mention.kind.displayAs?.[mention.status] ? mention.written : label;
    if (mention.glued && !mention.kind.gloss) return [mention.subject, `${mention.glued}${shown}`].filter(Boolean).join(' ');
    return [mention.subject, mention.glued, shown].filter(Boolean).join(' ');
  }
  return [mention.subject, label, mention.complement].filter(Boolean).join(' ');
}

/**
 * The organisation the article is about: the subject of its lead (the first sentences' topic).
 * Not the organisation mentioned most: on news that is not about one organisation, that guess
 * named a party that had nothing to do with the agreement (measured on the tune half).
 */
function mainActor(views: SentenceView[], reader: AgreementReader): string | undefined {
  for (const view of views.slice(0, 4)) {
    const subject = reader.leadSubject(view);
    if (subject) return subject;
  }
  return undefined;
}

/**
 * One item per agreement: the same kind (or a general word for it: 협약, agreement) between
 * the same parties (or a pair and its superset) is one agreement, however often the title and
 * body mention it. The item keeps
 * the mention that says most (a resolved date, a place), later (body) over earlier (title).
 */
function mergeSameAgreement(found: Found[], affiliationOf: Map<string, string>): Agreement[] {
  const merged: Found[] = [];
  for (const item of found) {
    const same = merged.find(
      (other) =>
        sameKind(other, item) &&
        !differentSteps(other, item) &&
        ((sameParties(other.agreement.parties, item.agreement.parties) && (item.agreement.parties.length >= 2 || sameSingle(other, item))) ||
          signedForOneSide(other, item, affiliationOf) ||
          signedForOneSide(item, other, affiliationOf)),
    );
    if (!same) {
      merged.push(item);
      continue;
    }
    const [primary, secondary] = detail(item.agreement) >= detail(same.agreement) ? [item.agreement, same.agreement] : [same.agreement, item.agreement];
    const combined: Agreement = { ...secondary, ...primary };
    combined.date ??= secondary.date;
    combined.place ??= secondary.place;
    // The specific kind names it (업무협약 (MOU) over 협약); else the fuller description.
    if (same.generic !== item.generic) {
      const specific = same.generic ? item : same;
      combined.what = specific.agreement.what;
      same.kindId = specific.kindId;
      same.generic = false;
    } else if (secondary.what.length > combined.what.length) combined.what = secondary.what;
    combined.parties = secondary.parties.length > primary.parties.length ? secondary.parties : primary.parties;
    // Every sentence that reports it stays reachable (the headline and the body's).
    const spans = [same.agreement.evidence, ...(same.agreement.alsoIn ?? []), item.agreement.evidence, ...(item.agreement.alsoIn ?? [])];
    combined.alsoIn = spans.filter((span) => span.start !== combined.evidence.start).sort((a, b) => a.start - b.start);
    same.agreement = combined;
  }
  return merged.map((item) => item.agreement);
}

/**
 * Talks (협상, negotiations) reported in another sentence are another event than the agreement
 * a general word names unless they report the same outcome: 핵 사찰에 합의했다 and 핵 협상은
 * 재개될 예정이다 are two; 협상을 벌였지만 합의에 실패했다, in one sentence, is one.
 */
function sameKind(a: Found, b: Found): boolean {
  if (a.kindId === b.kindId) return true;
  const talks = a.kindId === 'negotiation' || b.kindId === 'negotiation';
  const sentences = (item: Found) => [item.agreement.evidence, ...(item.agreement.alsoIn ?? [])].map((span) => span.start);
  const together = sentences(a).some((start) => sentences(b).includes(start));
  if (talks && !together && a.agreement.status !== b.agreement.status) return false;
  return a.generic || b.generic;
}

/** Two steps in one agreement's life, kept apart: other statuses on other dates (invited to join in July, a member from March 2021). */
function differentSteps(a: Found, b: Found): boolean {
  const [first, second] = [a.agreement, b.agreement];
  return first.status !== second.status && first.date !== undefined && second.date !== undefined && first.date !== second.date;
}

/**
 * One named party says little about which agreement it is (a club signs many players): two
 * one-party items are one only with the same kind and status.
 */
function sameSingle(a: Found, b: Found): boolean {
  return a.agreement.parties.length === 1 && a.kindId === b.kindId && a.agreement.status === b.agreement.status;
}

/**
 * A signing reported on one side only (a photo's caption: 박형준 부산시장이 10일 … 협약서에
 * 서명하고 있다) on the day of an agreement between several parties, one of them that side or
 * the signer's own (부산시), is that agreement.
 */
function signedForOneSide(single: Found, full: Found, affiliationOf: Map<string, string>): boolean {
  if (single.agreement.parties.length !== 1 || full.agreement.parties.length < 2) return false;
  if (!single.agreement.date || single.agreement.date !== full.agreement.date) return false;
  const [party] = single.agreement.parties;
  const side = affiliationOf.get(party) ?? party;
  return full.agreement.parties.some((other) => other === party || (side.length >= 2 && (other.includes(side) || side.includes(other))));
}

function sameParties(a: string[], b: string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === large.length) return small.every((party) => large.includes(party));
  return small.length >= 2 && small.every((party) => large.includes(party));
}

function detail(agreement: Agreement): number {
  return (agreement.date && /^\d{4}/.test(agreement.date) ? 2 : agreement.date ? 1 : 0) + (agreement.place ? 1 : 0);
}
