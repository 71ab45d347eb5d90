// The agreement vocabulary of each language, loaded once from lexicon/{ko,en}/agreements.json
// and compiled into the shapes the readers use (forms longest first, phrase lists as arrays).
import englishData from '../lexicon/en/agreements.json';
import koreanData from '../lexicon/ko/agreements.json';
import { months, relativeDays, weekdayIndex } from '../entities/en/lexicon';
import type { AgreementStatus } from '../types';

export type CueStatus = Exclude<AgreementStatus, 'other'>;

export interface AgreementKind {
  id: string;
  name: string;
  gloss?: string;
  /** Statuses this kind may have; others drop the mention (협상 counts only when concluded). */
  onlyWith?: CueStatus[];
  /** What to show instead of the kind name for a status (협상 타결). */
  displayAs?: Partial<Record<CueStatus, string>>;
  /** A general word (협약, agreement) that may name the same agreement as a specific kind. */
  generic?: boolean;
  /** What another agreement word in the clause is about (합병을 합의했다): that word reports it. */
  objectWord?: boolean;
  /** Words one of which must follow the agreement word (인수했다, 인수 계약). */
  requiresAfter?: string[];
  /** Written forms that are verbs (손잡고, 손을 잡았다): shown by the kind's name. */
  verbForms?: string[];
  /** Words one of which the clause needs for the kind to be proposed (협상을 벌이고 있다). */
  proposedWhen?: string[];
}

export interface KindForm {
  form: string;
  kind: AgreementKind;
}

export interface EventWords {
  statusWords: Record<AgreementStatus, string>;
  reportingVerbs: string[];
}

interface RawKind {
  id: string;
  name: string;
  gloss?: string;
  forms: string[];
  onlyWith?: string[];
  displayAs?: Record<string, string>;
  generic?: boolean;
  objectWord?: boolean;
  requiresAfter?: string[];
  verbForms?: string[];
  proposedWhen?: string[];
}

/** Every form of every kind, longest first, so 업무협약 wins over 협약. */
function compileForms(kinds: RawKind[]): KindForm[] {
  const forms: KindForm[] = [];
  for (const raw of kinds) {
    const kind: AgreementKind = {
      id: raw.id,
      name: raw.name,
      gloss: raw.gloss,
      onlyWith: raw.onlyWith as CueStatus[] | undefined,
      displayAs: raw.displayAs,
      generic: raw.generic,
      objectWord: raw.objectWord,
      requiresAfter: raw.requiresAfter,
      verbForms: raw.verbForms,
      proposedWhen: raw.proposedWhen,
    };
    for (const form of raw.forms) forms.push({ form, kind });
  }
  return forms.sort((a, b) => b.form.length - a.form.length);
}

/** The kind's display: canonical name plus its gloss (업무협약 (MOU)). */
export function kindLabel(kind: AgreementKind, status: AgreementStatus): string {
  const shown = (status !== 'other' && kind.displayAs?.[status]) || kind.name;
  return kind.gloss ? `${shown} (${kind.gloss})` : shown;
}

export const koreanLexicon = {
  forms: compileForms(koreanData.kinds),
  notAgreementAfter: koreanData.notAgreementAfter,
  notAgreementBefore: koreanData.notAgreementBefore,
  eventNounHeadsNot: koreanData.eventNounHeadsNot,
  bodiesAfterName: koreanData.bodiesAfterName,
  verbalSigned: koreanData.verbalSigned,
  verbalSignedNot: koreanData.verbalSignedNot,
  headlineNotConcluded: koreanData.headlineNotConcluded,
  status: koreanData.status as Record<CueStatus, string[]>,
  unable: koreanData.unable,
  /** The verbs (or their stems) an 'unable' cue must negate to fail the agreement, as one pattern at the end of a word. */
  unableVerbs: new RegExp(`(?:${koreanData.unableVerbs.join('|')})$`),
  negated: koreanData.negated,
  hypothetical: koreanData.hypothetical,
  conditional: koreanData.conditional,
  pairAbbreviations: koreanData.pairAbbreviations as Record<string, string>,
  bothSides: koreanData.bothSides,
  bothSidesKept: koreanData.bothSidesKept,
  bothSidesCountries: koreanData.bothSidesCountries,
  bothSidesOrganizations: koreanData.bothSidesOrganizations,
  wordPartyStop: koreanData.wordPartyStop,
  relativeHeadsNotThing: koreanData.relativeHeadsNotThing,
  procedure: koreanData.procedure,
  permittedAfter: koreanData.permittedAfter,
  ruleFrames: koreanData.ruleFrames,
  subjectWordsStop: new Set(koreanData.subjectWordsStop),
  subjectConnectors: new Set(koreanData.subjectConnectors),
  withParticles: koreanData.withParticles,
  notPartnerAfter: koreanData.notPartnerAfter,
  proposalRecipientParticles: koreanData.proposalRecipientParticles,
  counterpartDescriptors: koreanData.counterpartDescriptors,
  genitiveHeads: koreanData.genitiveHeads,
  concludedCues: koreanData.concludedCues,
  observed: koreanData.observed,
  timeNouns: new Set(koreanData.timeNouns),
  timeNounsAfterOpener: new Set(koreanData.timeNounsAfterOpener),
  timeOpeners: new Set(koreanData.timeOpeners),
  /** A clause's verb before a comma (개최하고, 체결했으며), as one pattern at the end of a word. */
  verbConnective: new RegExp(`(?:${koreanData.verbConnectiveStems.join('|')})(?:${koreanData.verbConnectiveEndings.join('|')})$`),
  sequelSigned: koreanData.sequelSigned,
  honorifics: koreanData.honorifics,
  sameOccasion: koreanData.sameOccasion,
  pairWords: new Set(koreanData.pairWords),
  subjectParticles: koreanData.subjectParticles,
  anaphoraSubjects: koreanData.anaphoraSubjects,
  placeLocative: koreanData.placeLocative,
  events: koreanData.events,
};

export const englishLexicon = {
  forms: compileForms(englishData.kinds),
  notAgreement: englishData.notAgreement,
  verbSense: englishData.verbSense,
  modalCues: new Set(englishData.modalCues),
  sameOccasion: englishData.sameOccasion,
  status: englishData.status as Record<CueStatus, string[]>,
  negated: new Set(englishData.negated),
  hypothetical: englishData.hypothetical,
  conditional: englishData.conditional,
  procedure: englishData.procedure,
  subjectWordsStop: new Set(englishData.subjectWordsStop),
  afterWords: new Set(englishData.afterWords),
  /** What ends an agreement's complement: the listed words and the calendar words of dates.json (agreed a ceasefire on Sunday). */
  afterStop: new Set([...englishData.afterStop, ...[...months, ...weekdayIndex.keys(), ...Object.keys(relativeDays)].map((word) => word.toLowerCase())]),
  withWords: new Set(englishData.withWords),
  pairWords: new Set(englishData.pairWords),
  nonPartyBefore: new Set(englishData.nonPartyBefore),
  reportingAfter: englishData.reportingAfter,
  anaphoraSubjects: englishData.anaphoraSubjects,
  anaphoraModifies: englishData.anaphoraModifies,
  subordinators: englishData.subordinators,
  passiveAuxiliaries: new Set(englishData.passiveAuxiliaries),
  decisionVerbs: englishData.decisionVerbs,
  placeLocative: new Set(englishData.placeLocative),
  events: englishData.events,
  referenceBefore: new Set(englishData.referenceBefore),
  adjectiveCues: new Set(englishData.adjectiveCues),
  closing: englishData.closing,
  bareVerbCues: new Set(englishData.bareVerbCues),
  bothSides: englishData.bothSides,
  reactionVerbs: new Set(englishData.reactionVerbs),
  openingWords: englishData.openingWords,
  meetingVerbs: englishData.meetingVerbs,
  byParticiples: englishData.byParticiples,
  awardVerbs: englishData.awardVerbs,
  paidToSign: englishData.paidToSign,
  playerRoles: englishData.playerRoles,
  objectVerbCues: new Set(englishData.objectVerbCues),
  unnamedCounterparts: englishData.unnamedCounterparts,
  unnamedSubjects: englishData.unnamedSubjects,
  signedDocuments: englishData.signedDocuments,
  objectDeterminers: englishData.objectDeterminers,
  objectGapStops: englishData.objectGapStops,
};

export type KoreanLexicon = typeof koreanLexicon;
export type EnglishLexicon = typeof englishLexicon;
