// The one interface each language's agreement reader implements (korean.ts, english.ts).
import type { AgreementStatus } from '../types';
import type { AgreementKind, CueStatus } from './lexicon';
import type { SentenceMention, SentenceView } from './mentions';

/** One agreement word in one sentence, as its language reader understood it. */
export interface AgreementMention {
  kind: AgreementKind;
  status: CueStatus;
  /** What the agreement is about, in the text's words (모바일 송금 결제 서비스 지원), or ''. */
  subject: string;
  /** Part of the same written word before the agreement word (수출계약 → 수출). */
  glued?: string;
  /** Words after the agreement word that say what it is about (deal to buy X → to buy X). */
  complement?: string;
  /** The agreement word as the text writes it (합병조약's 조약, not the kind's 협정). */
  written?: string;
  triggerStart: number;
  triggerEnd: number;
  /** Canonical names (or the text's words), subjects first. */
  parties: string[];
  hasSubject: boolean;
  hasCounterpart: boolean;
  /** The actor is referred to, not named (이 회사는, the company). */
  anaphora: boolean;
  /** 양사, 양측, the two companies: the parties are the two named just before. */
  bothSides?: boolean;
  /** What the two sides are when the word says (양국, 두 정부: countries; 양사, 두 기업: organisations). */
  bothSidesAre?: 'countries' | 'organizations';
  /** What to show for both sides when the sentences before do not name them (노사, 여야). */
  bothSidesWord?: string;
  /** The subject is a pronoun or a description (he, she, it, the company) for the last one of this type named just before. */
  refersTo?: 'person' | 'organization';
  /** Where that pronoun stands, when the one it stands for must be named before it (… when it will be a member of the Oneworld alliance). */
  referenceAt?: number;
  /** The sentence names no party and refers to an agreement already reported (that deal, 이 계약). */
  refersBack?: boolean;
  partyMentions: SentenceMention[];
}

export interface AgreementReader {
  language: string;
  read(view: SentenceView): AgreementMention[];
  /** Whether a date mention belongs to something else than the agreement at `at` (the agreed action, another clause). */
  dateOfAnother?(view: SentenceView, date: SentenceMention, at: number, end: number): boolean;
  /** Whether a name is there only as the one quoted (said Laboy, Smith told reporters): a pronoun after it stands for someone else. */
  onlyQuotes?(view: SentenceView, mention: SentenceMention): boolean;
  /** Whether a place mention is marked as where something happened (에서, in, at). */
  isLocative(view: SentenceView, mention: SentenceMention): boolean;
  /**
   * Whether a sentence that names only the counterpart is about the article's main actor
   * (Korean drops the subject: …‘X’와 협약을 체결할 예정이다). English names it or refers to it
   * (the company, it); when it does neither the subject is someone else (the two Arab states
   * that signed treaties with Israel). Default true.
   */
  counterpartOnlyIsActor?: boolean;
  /** The organisation a lead sentence is about, if it says. */
  leadSubject(view: SentenceView): string | undefined;
  /**
   * Who acts with whom in a sentence, read as if it reported an agreement (가나전자와 다라반도체가
   * … 개발에 나선다): the two sides 양사 in the next sentence stands for when no two names of
   * its kind are found otherwise.
   */
  partiesOf?(view: SentenceView): string[];
  /** The agreement words of a sentence read whatever their status (a member of the Oneworld alliance): what "the alliance" may refer back to. */
  namedAgreements?(view: SentenceView): AgreementMention[];
  /** A counted group a sentence speaks of (five companies), with its members when it names them (the five companies — A, B, … —). */
  countedGroup?(view: SentenceView): { group: string; members: string[] } | undefined;
  /** The two who meet or talk in a sentence (A met B, A held talks with B): whom a later "they" stands for. */
  actingPair?(view: SentenceView): string[];
  /** Openings that put a sentence on the occasion of the one before (이 자리에서, At the ceremony). */
  sameOccasion: string[];
  /** How a status reads in a timeline entry (체결 예정, to be signed). */
  statusWord(status: AgreementStatus): string;
}
