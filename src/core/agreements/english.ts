// Reads English sentences for agreements: "A signed a deal with B", "talks collapsed",
// "A and B agreed to …", "a treaty between A and B is set to be signed".
// The agreement word is found first; the nearest status cue around it gives the status; the
// words around each entity mention (with, between, and, 's) say who the parties are.
import commonWordData from '../lexicon/generated/en-common-words.json';
import { englishLexicon as lex, type AgreementKind, type CueStatus } from './lexicon';
import { canBeParty, partyName, type SentenceMention, type SentenceView } from './mentions';
import type { AgreementMention, AgreementReader } from './reader';

/** How far (characters) a status cue may sit from the agreement word. */
const CUE_WINDOW = 90;

export const englishReader: AgreementReader = {
  language: 'en',
  read: readEnglishSentence,
  isLocative: (view, mention) => lex.placeLocative.has(lastWord(view.text.slice(view.start, mention.start))),
  leadSubject,
  actingPair,
  namedAgreements: (view) => readEnglishSentence(view, true),
  countedGroup,
  onlyQuotes: (view, mention) =>
    /\b(?:said|says|added|told|wrote|according\s+to)\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(view.start, mention.start - 30), withTitle(view, mention))) ||
    /^\s*(?:said|says|added|told|wrote)\b/i.test(view.text.slice(mention.end, mention.end + 12)),
  counterpartOnlyIsActor: false,
  sameOccasion: lex.sameOccasion,
  statusWord: (status) => lex.events.statusWords[status],
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Found {
  start: number;
  end: number;
}
interface PhraseFound extends Found {
  /** The phrase as listed (lowercase unless it is an all-capital form such as MOU). */
  phrase: string;
}

/**
 * One matcher for a list of whole-word phrases: two alternations (all-capital forms such as
 * MOU match case-sensitively, the rest in any case), longest first, so a sentence is scanned
 * once per list instead of once per phrase. `overlapping` also finds a phrase that starts
 * inside another (agreed to sign: "agreed to" and "to sign").
 */
function phraseSet(phrases: string[]): (text: string, offset: number, overlapping?: boolean) => PhraseFound[] {
  const byLength = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const sensitive = byLength.filter((p) => /[A-Z]{2}/.test(p));
  const insensitive = byLength.filter((p) => !/[A-Z]{2}/.test(p));
  const build = (list: string[], flags: string, overlapping: boolean) => {
    if (list.length === 0) return undefined;
    const body = `(?<![\\w-])(${list.map(escapeRegExp).join('|')})(?![\\w-])`;
    return new RegExp(overlapping ? `(?=${body})` : body, flags);
  };
  const patterns = [false, true].map((overlapping) => [
    { pattern: build(sensitive, 'g', overlapping), lower: false },
    { pattern: build(insensitive, 'gi', overlapping), lower: true },
  ]);
  return (text, offset, overlapping = false) => {
    const found: PhraseFound[] = [];
    for (const { pattern, lower } of patterns[overlapping ? 1 : 0]) {
      if (!pattern) continue;
      for (const match of text.matchAll(pattern)) {
        const written = match[1];
        const start = offset + match.index;
        found.push({ start, end: start + written.length, phrase: lower ? written.toLowerCase() : written });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/** Words that open a sentence or a phrase (The, Under, They): a capitalised run they start is no name. */
const openingWords = new Set([...lex.subjectWordsStop, ...lex.nonPartyBefore, ...lex.openingWords]);
/** Everyday English words: a capitalised one opening a sentence (The, Under, Shareholders) is no name. */
const commonWords = new Set([...commonWordData.words.split(' '), ...openingWords]);
/** A run of capitals that can be a name: not opened by a function word, and not one everyday word (Regulators). */
function isNameLike(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return !openingWords.has(words[0]) && !(words.length === 1 && commonWords.has(words[0]));
}
const kindByForm = new Map(lex.forms.map(({ form, kind }) => [/[A-Z]{2}/.test(form) ? form : form.toLowerCase(), kind]));
const findForms = phraseSet(lex.forms.map(({ form }) => form));
// "agreed to an interview" is listed once: "agrees to an interview", "agree to …" are the same sense.
const findOtherSenses = phraseSet(
  lex.notAgreement.flatMap((phrase) => (phrase.startsWith('agreed ') ? ['agree', 'agrees', 'agreeing', 'agreed'].map((verb) => `${verb}${phrase.slice(6)}`) : [phrase])),
);
const cueByPhrase = new Map<string, { status: CueStatus; negatable: boolean; modal: boolean }>();
for (const status of ['signed', 'proposed', 'planned', 'terminated', 'failed'] as CueStatus[]) {
  // Listed later wins for a phrase in two lists: failed over terminated over planned over proposed over signed.
  for (const cue of lex.status[status]) cueByPhrase.set(cue.toLowerCase(), { status, negatable: status !== 'failed' && status !== 'terminated', modal: lex.modalCues.has(cue) });
}
const findCues = phraseSet([...cueByPhrase.keys()]);
const findHypothetical = phraseSet(lex.hypothetical);
const findConditional = phraseSet(lex.conditional);
const findProcedure = phraseSet(lex.procedure);
/**
 * "the company", also with up to two words before its noun: the Seattle-based carrier, the German
 * automaker; not before a person's noun, whose modifier it is (the fund manager, the company spokesman).
 */
const anaphoraPattern = new RegExp(
  `\\b(?:${lex.anaphoraSubjects
    .filter((p) => p !== 'it')
    .map((p) => escapeRegExp(p).replace(/^the /i, 'the\\s+(?:[\\w-]+\\s+){0,2}?'))
    .join('|')})\\b(?!\\s+(?:${[...lex.anaphoraModifies, ...lex.unnamedSubjects].join('|')})\\b)`,
  'i',
);

/** The agreements a sentence reports; with `anyStatus`, also the agreement words it names without a status (a member of the Oneworld alliance). */
function readEnglishSentence(view: SentenceView, anyStatus = false): AgreementMention[] {
  const sentence = view.text.slice(view.start, view.end);
  if (findProcedure(sentence, 0).length > 0) return [];
  const found: AgreementMention[] = [];
  const triggers = findTriggers(view, sentence);
  const cues = triggers.length > 0 ? sentenceCues(sentence, view.start) : [];
  for (const [index, trigger] of triggers.entries()) {
    const next = triggers[index + 1];
    // "agreed to a ceasefire", "a ceasefire agreement", "memorandum of understanding (MOU)":
    // one agreement, read from its first word (the more specific kind).
    const previous = triggers[index - 1];
    // Not after a bare "signs", which is read only of a person signed (a headline's "X signs deal with Y").
    if (previous && /^[\s(–-]*$/.test(view.text.slice(previous.end, trigger.start)) && !BARE_SIGN.test(view.text.slice(previous.start, previous.end))) continue;
    // "agreed a merger deal": the kind after it names the agreement; "agreed to merge" (the word
    // right after it) is read from "agreed to" itself, as the word after is skipped.
    const nextAdjacent = next && /^[\s(–-]*$/.test(view.text.slice(trigger.end, next.start));
    // Not when the verb has a name of its own for object ("buys Marlow Stores in $3 billion deal").
    const between = view.text.slice(trigger.end, next?.start ?? trigger.end);
    if (next && !nextAdjacent && isVerbal(view, trigger) && next.start - trigger.end <= 30 && !/[,;]/.test(between) && !/\p{Lu}/u.test(between)) continue;
    // "in talks with B about a possible merger": the talks are the merger proposed, read from the merger.
    if (trigger.kind.id === 'negotiation' && next && TALKS_ABOUT.test(view.text.slice(trigger.end, next.start))) continue;
    const status = readStatus(view, sentence, trigger, cues) ?? (anyStatus ? 'signed' : undefined);
    if (!status) continue;
    if (trigger.kind.onlyWith && !trigger.kind.onlyWith.includes(status)) continue;
    const verbal = isVerbal(view, trigger);
    const parties = readParties(view, trigger);
    // "to buy electricity from …": to buy (a bare verb) is a takeover only of a name written as its object.
    if (BARE_BUY.test(view.text.slice(trigger.start, trigger.end)) && !BUYS_NAME.test(view.text.slice(trigger.end, view.end))) continue;
    // "acquired new skills": to acquire is to buy only when a name is bought.
    if (trigger.kind.id === 'acquisition' && (verbal || NAMED_SALE.test(view.text.slice(trigger.start, trigger.end))) && !parties.hasCounterpart) continue;
    // "signed the bill", "signs of": to sign alone is a signing only of a person (the club signed striker Ana Silva).
    if (BARE_SIGN.test(view.text.slice(trigger.start, trigger.end)) && !signsPerson(view, trigger)) continue;
    found.push({
      kind: trigger.kind,
      status,
      subject: verbal ? '' : subjectWords(view, trigger.start),
      // "agreed to X": what follows says what; "agreed to buy": the kind says it.
      complement: complementWords(
        view,
        trigger.end,
        verbal && trigger.kind.id !== 'acquisition' && /^\S+\s+\S+$/.test(view.text.slice(trigger.start, trigger.end))
          ? view.text.slice(trigger.start, trigger.end).split(/\s+/)[1]
          : undefined,
      ),
      triggerStart: trigger.start,
      triggerEnd: trigger.end,
      ...parties,
    });
  }
  return mergeDealWithItsVerb(view, found);
}

/** What leads from talks to the agreement they are about: "with B about a possible ", "over a $3bn ", "to buy " (the side, then a preposition or an infinitive, a few words). */
const TALKS_ABOUT = /^\s+(?:(?:with|between)\s+[^,;()]{1,60}?\s+)?(?:about|on|over|for|to\s+[a-z]+)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w$.,-]+\s+){0,3}$/;

/** "reached a deal to acquire Hess": one agreement, the deal's, with the parties the verb names too. */
function mergeDealWithItsVerb(view: SentenceView, found: AgreementMention[]): AgreementMention[] {
  return found.filter((mention, i) => {
    const before = found[i - 1];
    const between = before ? view.text.slice(before.triggerEnd, mention.triggerStart) : '';
    // "X buys Y in a $3 billion deal", "agreed to acquire Y in a deal valued at …": the deal is the verb's own.
    const dealOfVerb = mention.kind.generic === true && IN_A_DEAL.test(between) && !CLAUSE_BREAK.test(between);
    if (!before || !(/^\s+to\s+$/.test(between) || dealOfVerb)) return true;
    for (const party of mention.parties) if (!before.parties.includes(party)) before.parties.push(party);
    before.hasCounterpart ||= mention.hasCounterpart;
    before.partyMentions.push(...mention.partyMentions.filter((m) => !before.partyMentions.includes(m)));
    return false;
  });
}

/** The status cues of a sentence, in order: the listed phrases, joining later, and a fee paid for a signing. */
function sentenceCues(sentence: string, offset: number): PhraseFound[] {
  const paid = paidToSign(sentence, offset);
  const listed = findCues(sentence, offset, true).filter((cue) => !paid.some((span) => span.start <= cue.start && cue.end <= span.end));
  return [...listed, ...futureMembership(sentence, offset), ...paid].sort((a, b) => a.start - b.start);
}

const PAID_TO_SIGN = new RegExp(
  String.raw`\b(?:${lex.paidToSign.verbs.map(escapeRegExp).join('|')})\s+(?:(?!(?:in|at|during|over)\s|(?:${lex.paidToSign.effort.map(escapeRegExp).join('|')})\s)[^\s,;:]+\s+){0,10}?to\s+(?:${lex.paidToSign.infinitives.map(escapeRegExp).join('|')})\b`,
  'gi',
);
/** "paid £105 million to sign Declan Rice", "paid the fee … to secure the signing of …": the fee is paid, so the signing is done, not planned ("to sign" inside says nothing).
 *  Time spent trying is no fee: "spent weeks in talks to sign", "spent the summer trying to sign" (no in, at, during or over, nor a word of effort from the lexicon, in between). */
function paidToSign(sentence: string, offset: number): PhraseFound[] {
  return [...sentence.matchAll(PAID_TO_SIGN)].map((match) => ({ start: offset + match.index, end: offset + match.index + match[0].length, phrase: 'signed' }));
}

/** "will be a full fledged member of", "will become a signatory to": joining what is agreed later, read as the listed "will be a member". */
const FUTURE_MEMBER = /\bwill\s+(?:be|become)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:member|signatory|party)\b/gi;
function futureMembership(sentence: string, offset: number): PhraseFound[] {
  return [...sentence.matchAll(FUTURE_MEMBER)].map((match) => ({ start: offset + match.index, end: offset + match.index + match[0].length, phrase: 'will be a member' }));
}

/** The words between a verb and "a … deal" that names the same agreement: "… in a $3 billion ", "… as part of a ". */
const IN_A_DEAL = /\s(?:in|as\s+part\s+of)\s+(?:(?:a|an|the)\s+)?(?:[\w$.,-]+\s+){0,4}$/;

/** "the purchase of …", "the sale of …": a purchase or sale is a takeover only of a name (not of a painting). */
const NAMED_SALE = /^(?:purchase|sale)\s+of$/i;
const BARE_BUY = /^(?:buy|purchase|take\s+over|takes\s+over|took\s+over|taking\s+over|snap(?:s|ped)\s+up)$/i;
/** "buy Marlow Stores", "buy a 20% stake in Suzuki", "purchase the Spanish lender Banco Sabadell". */
const BUYS_NAME = /^\s+(?:(?:a|an|the)\s+)?(?:[\d$.,%]+\s+(?:percent\s+)?(?:stake\s+in\s+(?:the\s+)?)?)?(?:[a-z-]+\s+){0,2}?[A-Z]/;
const BARE_SIGN = /^(?:sign|signs|signed|re-signed)$/i;

/** "signed forward Raphinha", "signed Welsh international Daniel James", "the signing of Brighton midfielder X": a player's role, after a nationality or club, before the one signed; not after "by", which names who signed (a petition signed by veteran Labour MP X). */
const PLAYER_ROLE = new RegExp(String.raw`^\s+(?:of\s+)?(?:[A-Z][\w'’-]*\s+)?(?:(?!by\s)[a-z-]+\s+){0,2}?(?:${lex.playerRoles.map(escapeRegExp).join('|')})\s+(?=[A-Z])`);

/** Whether a person is named straight after the verb, at most three lower-case words between (signed free agent Ana Silva). */
function signsPerson(view: SentenceView, trigger: Found): boolean {
  if (PLAYER_ROLE.test(view.text.slice(trigger.end, view.end))) return true;
  const person = view.mentions.find((m) => m.start >= trigger.end && m.entity.type === 'person');
  return (
    person !== undefined &&
    /^\s+(?:[a-z-]+\s+){0,3}$/.test(view.text.slice(trigger.end, person.start)) &&
    !/\b(?:by|to|with|for|in|on|at|from|of|off|up)\s/.test(view.text.slice(trigger.end, person.start))
  );
}

interface Trigger extends Found {
  kind: AgreementKind;
}

/** The agreement word is a verb (agreed to, acquired, signed to): the words before it are its subject, not what it is. */
const isVerbal = (view: SentenceView, trigger: Found) =>
  /^(?:agree(?:d|s|ing)?|acquired?|acquires|bought|buys?|took\s+over|takes?\s+over|taking\s+over|snap(?:s|ped)\s+up|purchased?|purchases|merged?|sign|signed|signs|re-signed|partner(?:ed|s|ing)?\s+with|team(?:ed|s|ing)?\s+(?:up|with)|join(?:ed|s|ing)?\s+forces|settled\s+with)\b/i.test(
    view.text.slice(trigger.start, trigger.end),
  );

function findTriggers(view: SentenceView, sentence: string): Trigger[] {
  const otherSenses = findOtherSenses(sentence, view.start);
  const triggers: Trigger[] = [];
  for (const at of findForms(sentence, view.start)) {
    const kind = kindByForm.get(at.phrase);
    const overlaps = (span: Found) => span.start < at.end && at.start < span.end;
    if (!kind || triggers.some(overlaps) || otherSenses.some(overlaps)) continue;
    if (view.mentions.some((m) => m.entity.type !== 'date' && m.start <= at.start && at.end <= m.end)) continue;
    if (isVerbSense(view, at) || isAcronymOfName(view, sentence, at) || isInForce(view, at)) continue;
    triggers.push({ start: at.start, end: at.end, kind });
  }
  return triggers;
}

/** `the Permanent Affordability Commitment Together (PACT) program`: a lower-case word written in capitals, in a
 *  sentence that is not itself in capitals, is an acronym that names something (MOU, listed in capitals, is the word). */
function isAcronymOfName(view: SentenceView, sentence: string, at: PhraseFound): boolean {
  const written = view.text.slice(at.start, at.end);
  if (at.phrase === written || !/^\p{Lu}{3,}$/u.test(written)) return false;
  const lowerCase = (sentence.match(/\p{Ll}/gu) ?? []).length;
  const capitals = (sentence.match(/\p{Lu}/gu) ?? []).length;
  return lowerCase > capitals;
}

/** "this ongoing partnership", "our deals with A and B are already …": an agreement already in force, not one made. */
function isInForce(view: SentenceView, at: PhraseFound): boolean {
  const before = view.text.slice(Math.max(view.start, at.start - 40), at.start);
  if (lex.referenceBefore.has(lastWord(before))) return true;
  // "its acquisitions", "its talks with X": what it buys or discusses, not agreements it holds.
  const plural = /s$/i.test(view.text.slice(at.start, at.end)) && !['acquisition', 'negotiation'].includes(kindByForm.get(at.phrase)?.id ?? '');
  return plural && /\b(?:our|their|its|his|her|my|your)\s+(?:[\w-]+\s+)?$/i.test(before);
}

const verbSenseForms = new Set(lex.verbSense.forms);
const verbSenseBefore = new Set(lex.verbSense.before);
/** "must deal with", "to contract": the agreement word used as a verb. */
function isVerbSense(view: SentenceView, at: Found): boolean {
  if (!verbSenseForms.has(view.text.slice(at.start, at.end).toLowerCase())) return false;
  return verbSenseBefore.has(lastWord(view.text.slice(view.start, at.start)));
}

const CLOSING = new RegExp(`^\\s*(?:${lex.closing.map(escapeRegExp).join('|')})\\b`, 'i');
const PRECEDENCE: CueStatus[] = ['failed', 'terminated', 'planned', 'proposed', 'signed'];

/**
 * The nearest status cue to the agreement word within its clause (no `;` between), ties
 * broken failed > terminated > planned > proposed > signed. A negated cue ("did not sign")
 * does not count; a sentence that only wonders ("whether they sign") reports nothing; one
 * that makes the agreement hang on something ("if the board approves") is conditional.
 */
const HEADLINE_TO = /^\s*[A-Z][^.!?;:]*[A-Z][\w&.'’-]*\s+to\s+$/;
function readStatus(view: SentenceView, sentence: string, trigger: Trigger, cues: PhraseFound[]): CueStatus | undefined {
  const before = sentence.slice(0, trigger.start - view.start);
  if (findHypothetical(before, 0).length > 0) return undefined;
  // A headline's infinitive, a name then "to" and the verb (Kestrel to buy Marlow, Kestrel and Marlow to merge): what is planned.
  const headlinePlan = HEADLINE_TO.test(before) && !/[.!?]["”’]?\s*$/.test(sentence) ? 'planned' : undefined;
  const status = cueStatus(view, trigger, cues) ?? headlinePlan;
  const conditionAt = findConditional(sentence, view.start).find((cue) => cue.start > trigger.start - 80 && cue.start < trigger.end + 60);
  if (status && status !== 'failed' && status !== 'terminated' && conditionAt) return 'conditional';
  return status;
}

/** The agreement word is the subject of a clause when a verb follows it: "agree the deal has hurt …", "agree the truce is fragile". */
const CLAUSE_VERB_AFTER = /^\s+(?:is|was|are|were|has|have|had|will|would|could|should|may|might|must|can|cannot|does|did|remains?|looks?|seems?)\b/;

/** "became the first Arab country to", "the only one to": an ordinal before the infinitive tells of an act done. */
const FIRST_TO = /\b(?:first|second|third|last|latest|only)\s+(?:[\w-]+\s+){0,3}$/i;

/** A document signed that is no agreement (a letter, a petition) between a cue and the agreement word. */
const SIGNED_DOCUMENT = new RegExp(String.raw`\b(?:${lex.signedDocuments.map(escapeRegExp).join('|')})\b`, 'i');

/** What may stand between a verb and the agreement word it takes as object: a determiner and up to three modifiers, no preposition or conjunction (suspend the long-standing harbour dredging ·). */
const DIRECT_OBJECT_GAP = new RegExp(String.raw`^\s+(?:(?:${lex.objectDeterminers.join('|')})\s+)?(?:(?!(?:${lex.objectGapStops.join('|')})\s)[\w$.,%'’-]+\s+){0,3}$`, 'i');

const SUBORDINATOR = new RegExp(String.raw`\b(?:${lex.subordinators.join('|')})\b`, 'i');
/**
 * Whether a subordinate clause holds the cue and not the agreement word: "resumed talks …, months
 * after earlier negotiations collapsed", "After a rival deal collapsed, A entered talks with B".
 */
function inOtherClause(view: SentenceView, trigger: Trigger, cue: PhraseFound): boolean {
  const between = view.text.slice(Math.min(cue.end, trigger.end), Math.max(cue.start, trigger.start));
  if (SUBORDINATOR.test(between)) return true;
  return cue.end <= trigger.start && between.includes(',') && SUBORDINATOR.test(view.text.slice(view.start, cue.start));
}

function cueStatus(view: SentenceView, trigger: Trigger, cues: PhraseFound[]): CueStatus | undefined {
  let best: { status: CueStatus; distance: number; start: number } | undefined;
  let failedAt: number | undefined;
  // "agreements that could result in …" speaks of agreements in general, not of one proposed.
  const plural = /s$/i.test(view.text.slice(trigger.start, trigger.end)) && !isVerbal(view, trigger);
  for (const cue of cues) {
    const found = cueByPhrase.get(cue.phrase);
    if (!found) continue;
    const { negatable, modal } = found;
    // "ended talks with X": talks that end are talks that failed.
    let status = found.status === 'terminated' && trigger.kind.onlyWith?.includes('failed') && !trigger.kind.onlyWith.includes('terminated') ? 'failed' : found.status;
    if (modal && plural) continue;
    // "signed an open letter against the merger": what was signed is the letter, not the agreement it speaks of.
    if (found.status === 'signed' && cue.end <= trigger.start && SIGNED_DOCUMENT.test(view.text.slice(cue.end, trigger.start))) continue;
    // "talks with X had collapsed": a kind read only with some statuses takes the nearest of those.
    if (trigger.kind.onlyWith && !trigger.kind.onlyWith.includes(status)) continue;
    // "a deal expected to close next year": when it closes, not whether it was made.
    if (status === 'planned' && CLOSING.test(view.text.slice(cue.end, cue.end + 30))) continue;
    // "the first country to sign": who did it, not who will.
    if (status === 'planned' && cue.phrase.startsWith('to ') && FIRST_TO.test(view.text.slice(view.start, cue.start))) status = 'signed';
    // "A, B reach deal" (a headline's present), not "hope to reach a deal", "could sign".
    if (lex.bareVerbCues.has(cue.phrase) && /\b(?:to|will|would|could|should|may|might|can|must|did|does|do|not|cannot)\s+$/i.test(view.text.slice(view.start, cue.start)))
      continue;
    // "A, B agree merger": a verb whose object is the agreement word, not "agree on details" (the agreement word itself),
    // nor the subject of what is agreed (voters agree the trade deal has hurt farmers).
    if (
      lex.objectVerbCues.has(cue.phrase) &&
      !(
        cue.end <= trigger.start &&
        /^\s+(?:(?!and\b|or\b|but\b|to\b|on\b)[\w$.-]+\s+){0,4}$/.test(view.text.slice(cue.end, trigger.start)) &&
        !CLAUSE_VERB_AFTER.test(view.text.slice(trigger.end, view.end))
      )
    )
      continue;
    // "a possible deal", not "as quickly as possible … our deals".
    if (lex.adjectiveCues.has(cue.phrase) && !(cue.end <= trigger.start && /^\s+(?:(?!and\b|or\b|but\b)[\w$.-]+\s+){0,3}$/.test(view.text.slice(cue.end, trigger.start)))) continue;
    // "suspend the long-standing harbour dredging agreement with a firm selected in 2019": the verb whose object the agreement word is comes first, whatever stands nearer after it.
    const governs = cue.end <= trigger.start && DIRECT_OBJECT_GAP.test(view.text.slice(cue.end, trigger.start));
    const distance = governs ? 0 : cue.end <= trigger.start ? trigger.start - cue.end : cue.start >= trigger.end ? cue.start - trigger.end : 0;
    if (distance > CUE_WINDOW) continue;
    const between = view.text.slice(Math.min(cue.end, trigger.end), Math.max(cue.start, trigger.start));
    if (between.includes(';')) continue;
    // "The deal, which could be worth $1 billion, was signed": an aside on its worth, not its status.
    if (modal && cue.start >= trigger.end && /^\s*,\s*which\s+$/.test(between)) continue;
    if (negatable && isNegated(view, cue.start)) {
      if (distance === 0 || cue.start < trigger.start) return undefined;
      continue;
    }
    const better = !best || distance < best.distance || (distance === best.distance && PRECEDENCE.indexOf(status) < PRECEDENCE.indexOf(best.status));
    if (better) best = { status, distance, start: cue.start };
    if (status === 'failed' && !inOtherClause(view, trigger, cue)) failedAt ??= cue.start;
  }
  // "ended talks with X", "talks between A and B collapsed": talks are proposed until they fail; the failure is the news, wherever its cue.
  if (best?.status === 'proposed' && failedAt !== undefined && trigger.kind.onlyWith?.includes('failed')) return 'failed';
  // "urged the government to sign a pact": a plan someone else asks for is a proposal.
  if (best?.status === 'planned') {
    const plannedAt = best.start;
    const asked = cues.some((cue) => cueByPhrase.get(cue.phrase)?.status === 'proposed' && cue.end <= plannedAt && plannedAt - cue.end <= 40);
    if (asked) return 'proposed';
  }
  return best?.status;
}

/** Whether one of the three words before `at` negates it (did not sign, never ratified). */
function isNegated(view: SentenceView, at: number): boolean {
  const words =
    view.text
      .slice(Math.max(view.start, at - 30), at)
      .toLowerCase()
      .match(/[a-z']+/g) ?? [];
  return words.slice(-3).some((word) => lex.negated.has(word) || word.endsWith("n't"));
}

function lastWord(text: string): string {
  return (/([A-Za-z']+)\W*$/.exec(text)?.[1] ?? '').toLowerCase();
}

type Role = 'subject' | 'with' | 'pair';
/** What stands between two names of one list: a comma or "and", after the first's abbreviation in brackets (… Corporation (SNC), SpaceX). */
const LIST_GAP = /^\)?(?:\s*\([A-Z][\w&.-]*\))?(?:,\s*|\s*(?:,\s*)?(?:and|&)\s+)(?:the\s+)?$/i;

/**
 * Parties by the words around each mention: `with B`, `between A and B`, `signed by A`,
 * `A's deal`, and names before the agreement word that are not inside a prepositional
 * phrase (in Paris) nor the speaker (Smith said).
 */
/** `the Seattle-based carrier`, `a Paris-headquartered bank`: the name only says where the one meant is, never a side. */
const locatesSomeone = (text: string, mention: SentenceMention) => /^-(?:based|headquartered)\b/.test(text.slice(mention.end, mention.end + 14));

function readParties(view: SentenceView, trigger: Trigger) {
  const { start: triggerStart, end: triggerEnd, kind } = trigger;
  // Kinds whose other side follows the word: the merger of B, acquired B, the signing of B, signed to B.
  const takesObject = kind.id === 'merger' || kind.id === 'acquisition' || kind.id === 'signing';
  const { text } = view;
  const subjects: string[] = [];
  const counterparts: string[] = [];
  const partyMentions: SentenceMention[] = [];
  const mentions = view.mentions.filter((m) => (canBeParty(m.entity) || venueActing(view, m)) && !locatesSomeone(text, m));
  let previous: { mention: SentenceMention; role: Role | undefined } | undefined;
  let phraseStart: number | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (modifiesNextName(view, mention, mentions[i + 1], trigger)) {
      // The owner or country is read as part of the next name: "with the U.S. Air Force".
      phraseStart ??= mention.start;
      continue;
    }
    const start = phraseStart ?? withTitle(view, mention);
    phraseStart = undefined;
    const before = text.slice(view.start, start);
    const after = text.slice(mention.end, view.end);
    const gap = previous ? text.slice(previous.mention.end, start) : '';
    // "Sierra Nevada Corporation (SNC)": the abbreviation in brackets names the one before it again.
    const abbreviates = previous !== undefined && /^\s*\($/.test(gap) && after.startsWith(')');
    const listed = previous?.role && LIST_GAP.test(gap);
    let role: Role | undefined = abbreviates || listed ? previous?.role : roleByPosition(view, mentions, i, trigger, start);
    if (role && (isSpeaker(after, before) || (role === 'subject' && onlyComments(after)) || inAnotherClause(text, mention, triggerStart, triggerEnd))) role = undefined;
    // A subject named after the agreement word is some other clause's subject.
    if (role === 'subject' && mention.start >= triggerEnd) role = undefined;
    previous = { mention, role };
    if (!role) continue;
    const list = role === 'subject' ? subjects : counterparts;
    const name = (role === 'subject' && ownedCompanyName(mention, after, triggerStart)) || partyName(mention.entity);
    for (const one of splitConjoined(name)) if (!list.includes(one)) list.push(one);
    partyMentions.push(mention);
  }
  addNamesByCapitals(view, trigger, takesObject, subjects, counterparts);
  addPassiveSides(view, trigger, subjects, counterparts);
  if (subjects.length === 0) addUnnamedSubject(view, trigger, subjects, counterparts);
  if (counterparts.length === 0) addUnnamedCounterpart(view, trigger, counterparts);
  const speaker = subjects.length === 0 ? weSpeaker(view, triggerStart, mentions) : undefined;
  if (speaker && !counterparts.includes(partyName(speaker.entity))) subjects.push(partyName(speaker.entity));
  if (speaker) partyMentions.push(speaker);
  const parties = [...new Set([...subjects, ...counterparts])];
  return { parties, hasSubject: subjects.length > 0, hasCounterpart: counterparts.length > 0, partyMentions, ...referencesToOthers(view, triggerStart, subjects, parties) };
}

/** The role a mention's position gives it: `with B`, `between A and B`, the one bought, the subject before the agreement word. */
function roleByPosition(view: SentenceView, mentions: SentenceMention[], i: number, trigger: Trigger, start: number): Role | undefined {
  const { start: triggerStart, end: triggerEnd, kind } = trigger;
  const takesObject = kind.id === 'merger' || kind.id === 'acquisition' || kind.id === 'signing';
  const { text } = view;
  const mention = mentions[i];
  const before = text.slice(view.start, start);
  let role: Role | undefined;
  // "companies with Commercial Lunar Payload Services (CLPS) contracts": with governs the agreement word; the name only says which.
  if (mention.end <= triggerStart && /\bwith\s+(?:the\s+)?$/i.test(before) && /^(?:\s+\([A-Z][\w&.-]*\))?\s+$/.test(text.slice(mention.end, triggerStart))) role = undefined;
  else if (isWithPartner(before)) role = 'with';
  else if (/\b(?:between|among)\s+(?:the\s+)?$/i.test(before) || DESCRIBED_THEN_NAME.test(before)) role = 'pair';
  else if (passiveAgentOfTrigger(before, view.start, triggerStart)) role = 'pair';
  else if (mention.start > triggerEnd && awardedTo(view, trigger, start)) role = 'with';
  // "the merger of A and B", "the acquisition of B": the ones merged or bought.
  else if (takesObject && mention.start > triggerEnd && /^\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}$/.test(text.slice(triggerEnd, start))) role = 'pair';
  // "agreed to acquire B", "acquired B": the one bought.
  else if (
    takesObject &&
    mention.start > triggerEnd &&
    /^\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}$/.test(text.slice(triggerEnd, start)) &&
    !OTHER_PHRASE.test(text.slice(triggerEnd, start))
  )
    role = 'with';
  // "a takeover of the plan by X": the one taking over; "a contract by the Navy": the one awarding it.
  else if (
    (takesObject || /^\s+by\s+(?:the\s+)?$/.test(text.slice(triggerEnd, start))) &&
    mention.start > triggerEnd &&
    mention.start - triggerEnd < 60 &&
    /\bby\s+(?:the\s+)?(?:[\w’']+\s+){0,2}$/.test(text.slice(triggerEnd, start)) &&
    // "the takeover … was blocked by President Biden": the one who acts on it, not the buyer.
    !/\b(?:is|was|were|are|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+\s+by\s/.test(text.slice(triggerEnd, start)) &&
    !/[,;]/.test(text.slice(triggerEnd, start))
  )
    role = 'with';
  // "the deal, which Chelsea hope to announce", "the contract that Boeing signed": the subject of a relative clause on the agreement word.
  // Not one that only judges it (the merger, which the European Commission approved).
  else if (mention.start > triggerEnd && /^\s*,?\s+(?:which|that)\s+(?:the\s+)?$/.test(text.slice(triggerEnd, start)))
    role = onlyComments(text.slice(mention.end, view.end)) ? undefined : 'with';
  // "agreed to sell its unit to X": the buyer.
  else if (mention.start > triggerEnd && SOLD_TO.test(text.slice(triggerEnd, start))) role = 'with';
  // "a deal to buy Frontier": the one bought.
  else if (ownsWhatIsDealtIn(view, mention, triggerEnd, start) || ONLY_TO_BUY.test(text.slice(triggerEnd, start))) role = 'with';
  // "a China-US trade deal": both sides in one compound before the agreement word.
  else if (mention.end <= triggerStart && isCompoundPair(view, mention, mentions[i + 1], triggerStart)) role = 'pair';
  // "a contract from the U.S. Air Force": the one who awards it;
  // "a deal for Anglo American": the one a takeover or purchase deal is for.
  else if (mention.start > triggerEnd && mention.start - triggerEnd < 30 && /\b(?:from|for)\s+(?:the\s+)?$/i.test(before)) role = 'with';
  else if (ownsAgreement(text, mention, triggerStart)) role = 'subject';
  // "a member of the Oneworld alliance", "under the Boeing contract": an organisation written straight before the agreement noun, whatever comes before it, is a side (not the subject a pronoun may stand for); before a verb (Northwind acquired), its subject.
  else if (mention.entity.type === 'organization' && /^\s+$/.test(text.slice(mention.end, triggerStart))) role = isVerbal(view, trigger) ? 'subject' : 'with';
  // "Grafton Media, which was acquired by …": the one the passive is about.
  else if (mention.end <= triggerStart && PASSIVE_RELATIVE.test(text.slice(mention.end, triggerStart))) role = 'subject';
  else if (mention.end <= triggerStart && !lex.nonPartyBefore.has(lastWord(before.replace(/\bthe\s*$/i, ''))) && sameClause(view, mention.end, triggerStart, mentions))
    role = 'subject';
  return role;
}

const BY_PARTICIPLE = lex.byParticiples.map((participle) => escapeRegExp(participle).replace(/ /g, String.raw`\s+`)).join('|');
/** What may stand between a passive's participle and "by": the one it went to (awarded to Thales), then a place or a time (in Paris, on Monday). */
const PASSIVE_GAP = String.raw`(?:\s+to\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)?(?:\s+(?:in|at|on|last|this)\s+[\w.'’-]+(?:\s+[\w.'’-]+)?)?`;
/** A description of the one named after "by", no preposition in it: private equity firm (bought by private equity firm Blackstone). */
const BY_DESCRIBED = String.raw`(?:(?!(?:of|in|at|on|for|from|to|with|and|or|end)\s)[a-z][\w-]*\s+){0,3}`;
/** "signed by A", also past the one it went to, a place or a time, and a description: "awarded to Thales by A", "signed in Paris by A", "bought by private equity firm A". */
const SIGNED_BY = new RegExp(String.raw`\b(?:${BY_PARTICIPLE})${PASSIVE_GAP}\s+by\s+(?:the\s+)?${BY_DESCRIBED}$`);

/** "signed by A" whose participle is the agreement word or follows it (the contract was awarded to B by A), not another's passive
 *  earlier in the sentence (the prize was awarded to B by A, a year after B signed a contract with C). */
function passiveAgentOfTrigger(before: string, offset: number, triggerStart: number): boolean {
  const passive = SIGNED_BY.exec(before);
  return passive !== null && offset + passive.index >= triggerStart;
}

const AWARD_VERB = lex.awardVerbs.map(escapeRegExp).join('|');
const AUXILIARY = String.raw`(?:(?:is|was|were|has\s+been|have\s+been|had\s+been|will\s+be|being)\s+)?(?:[a-z]+ly\s+)?`;
/** "the contract was awarded to Thales": the one it went to, after the agreement word's passive. */
const PASSIVE_TO = new RegExp(String.raw`^\s+${AUXILIARY}(?:${AWARD_VERB})\s+to\s+(?:the\s+)?`);
/** "awarded a $2 billion contract to Lockheed Martin": an award verb at most four words before the agreement word. */
const AWARDED_BEFORE = new RegExp(String.raw`\b(?:${AWARD_VERB})\s+(?:[\w$.,-]+\s+){0,4}$`);
const TO_WHOM = /^\s+to\s+(?:the\s+)?/;
/** "the contract was signed on Tuesday by Thales": the agent of the agreement word's passive. */
const PASSIVE_BY = new RegExp(String.raw`^\s+${AUXILIARY}(?:${BY_PARTICIPLE})${PASSIVE_GAP}\s+by\s+(?:the\s+)?${BY_DESCRIBED}`);

/** What leads from the agreement word to the one it is awarded to: "… was awarded to", or "to" after "awarded a … contract". */
function awardLead(view: SentenceView, trigger: Found): RegExp {
  return AWARDED_BEFORE.test(view.text.slice(view.start, trigger.start)) ? TO_WHOM : PASSIVE_TO;
}

/** Whether a name starting at `start` is the one the agreement was awarded to. */
function awardedTo(view: SentenceView, trigger: Found, start: number): boolean {
  const lead = awardLead(view, trigger).exec(view.text.slice(trigger.end, start));
  return lead !== null && lead[0].length === start - trigger.end;
}

/** "The contract was awarded to Thales by the Ministry of Defence": the one it went to and the one who gave it, by their capitals. */
function addPassiveSides(view: SentenceView, trigger: Found, subjects: string[], counterparts: string[]): void {
  const after = view.text.slice(trigger.end, view.end);
  const known = (name: string) => [...subjects, ...counterparts].includes(name) || namedInView(view, name);
  for (const lead of [awardLead(view, trigger), PASSIVE_BY]) {
    const run = capitalisedRun(after, lead);
    for (const name of run ? splitConjoined(run) : []) if (isNameLike(name) && !known(name)) counterparts.push(name);
  }
}

/**
 * "between the dock unions and Harbor Freightways", "between the brewer Vandenberg and …": a name after "between" and a side's
 * description (up to three words, the last lower-case) is a side too; not one after a preposition that ends it, which names
 * where or what (between Halvor officials in Tessaly: a place).
 */
const DESCRIBED_THEN_NAME = new RegExp(
  String.raw`\b(?:[Bb]etween|[Aa]mong)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}(?!(?:${[...lex.nonPartyBefore].join('|')})\s)[a-z][\w'’-]*\s+(?:and\s+(?:the\s+)?)?$`,
);

/**
 * "Its board approved a merger with B", "… said it had signed": "its" or "it" opens the subject of
 * the agreement word's own clause; not when another clause comes between (Its shares rose after B
 * agreed to buy C: B's clause).
 */
function itsOpensClause(before: string): boolean {
  const match = /(?:^|\b(?:said|says|that)\s+)its?\b/i.exec(before);
  return match !== null && !CLAUSE_BREAK.test(before.slice(match.index + match[0].length));
}

/** Whether the sentence refers to its parties instead of naming them: the company, they, the two firms, the deal. */
function referencesToOthers(view: SentenceView, triggerStart: number, subjects: string[], parties: string[]) {
  const sentence = view.text.slice(view.start, view.end);
  const beforeTrigger = view.text.slice(view.start, triggerStart);
  // "Its board approved a merger with B", "… said its unit had signed": the one "its" stands for acts through a part of it.
  const anaphora = anaphoraPattern.test(beforeTrigger) || itsOpensClause(withoutOpener(beforeTrigger).trimStart());
  // "They also agreed …", "the two companies said …", "shareholders of both companies": the two named just before.
  const bothSides = subjects.length === 0 && (THEY_BEFORE.test(beforeTrigger) || BOTH_SIDES.test(sentence));
  // "That deal closed in June", "after the deal was approved": the agreement reported just before.
  const refersBack = parties.length === 0 && /(?:^|[^\w\s]|\s)(?:the|that|this)\s+(?:[\w-]+\s+)?$/i.test(beforeTrigger);
  const opening = subjects.length === 0 ? pronounOpeningClause(beforeTrigger) : undefined;
  const pronoun = subjects.length === 0 ? (SUBJECT_PRONOUN.exec(beforeTrigger)?.[1].toLowerCase() ?? opening?.pronoun) : undefined;
  // "… when it will be a member of the Oneworld alliance": "it" stands for one named before it, not the alliance after it.
  const referenceAt = opening && pronoun === opening.pronoun ? view.start + opening.at : undefined;
  const organization = (anaphora || pronoun === 'it') && subjects.length === 0;
  const refersTo = pronoun === 'he' || pronoun === 'she' || pronoun?.startsWith('the ') ? ('person' as const) : organization ? ('organization' as const) : undefined;
  return { anaphora, bothSides, refersBack, refersTo, referenceAt };
}

/**
 * "he had agreed to", "she signed some contract", "He later made overtures to …": a person's
 * pronoun (always a subject) at most an auxiliary, an adverb and a verb with three words of its
 * object before the agreement word.
 */
const SUBJECT_PRONOUN = new RegExp(
  String.raw`\b(he|she)\s+` +
    String.raw`(?:(?:has|have|had|will|would|is|was)\s+)?(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?(?:[a-z]+\s+(?:(?:a|an|the|his|her|some)\s+)?(?:[\w$.-]+\s+){0,3})?$`,
  'i',
);

const PRONOUN_OPENS_CLAUSE = /(?:^|[,;:—–]\s+|\b(?:when|once|because|since|while|after|before)\s+)(he|she|it|the\s+\d+-year-old)\s+([^,;:"“”()]*)$/i;
/**
 * "At some points, he reportedly made behind-the-scenes overtures to the Israelis to arrive at
 * some sort of a deal", "The 23-year-old flew to London and will spend the day completing the
 * formalities of the deal": a person's pronoun or age that opens the clause of the agreement word (after the
 * sentence's start or a comma), with up to fifteen words and no other clause or report between.
 */
function pronounOpeningClause(before: string): { pronoun: string; at: number } | undefined {
  const match = PRONOUN_OPENS_CLAUSE.exec(before);
  if (!match) return undefined;
  const words = match[2].toLowerCase().match(/\S+/g) ?? [];
  const opens = words.length <= 15 && !CLAUSE_BREAK.test(match[2]) && !words.some((word) => reportingWords.has(word));
  // The text ends with the pronoun, its spaces, then the rest of the clause.
  const pronounEnd = match.index + match[0].length - match[2].length - (/\s+$/.exec(match[0].slice(0, match[0].length - match[2].length))?.[0].length ?? 0);
  return opens ? { pronoun: match[1].toLowerCase(), at: pronounEnd - match[1].length } : undefined;
}

/**
 * “We have agreed to …,” said Dana Holt, Acme’s chief executive: in a quotation whose subject
 * is "we", the one quoted after it speaks for a side (a person for their organisation).
 */
function weSpeaker(view: SentenceView, triggerStart: number, mentions: SentenceMention[]): SentenceMention | undefined {
  if (!/(?:^|[“"‘'([]\s*)we\b[^,;“”"]*$/i.test(view.text.slice(view.start, triggerStart))) return undefined;
  const quoteEnd = view.text.slice(triggerStart, view.end).search(/[,.!?]?\s*[”"]/);
  if (quoteEnd < 0) return undefined;
  const afterQuote = triggerStart + quoteEnd;
  return mentions.find(
    (m) =>
      m.start > afterQuote &&
      m.entity.type !== 'place' &&
      (/^[\s,.!?”"]*(?:said|says|added|told)\s+(?:the\s+)?$/i.test(view.text.slice(afterQuote, withTitle(view, m))) ||
        /^\s+(?:said|says|added|told)\b/i.test(view.text.slice(m.end, m.end + 8))),
  );
}

/**
 * A name read as a venue that opens the sentence before its verb (Vantage Towers said it would
 * partner with …, Madison Square Garden signed …) acts, so it is an organisation, not a place.
 */
function venueActing(view: SentenceView, mention: SentenceMention): boolean {
  if (mention.entity.type !== 'place' || mention.entity.placeKind !== 'venue') return false;
  const opens = /^\s*(?:the\s+)?$/i.test(withoutOpener(view.text.slice(view.start, mention.start)));
  return opens && /^\s+(?:has|have|had|will|would|is|are|was|were|said|says|[a-z]+ed)\s/.test(view.text.slice(mention.end, mention.end + 20));
}

/** Where a person's mention starts with the title written before it (signed by Prime Minister Rishi Sunak): the words before the title say its role. */
function withTitle(view: SentenceView, mention: SentenceMention): number {
  const role = mention.entity.type === 'person' ? mention.entity.role : undefined;
  if (!role) return mention.start;
  const before = view.text.slice(Math.max(view.start, mention.start - role.length - 1), mention.start);
  return before.length === role.length + 1 && before.slice(0, role.length).toLowerCase() === role.toLowerCase() && /\s/.test(before[role.length])
    ? mention.start - role.length - 1
    : mention.start;
}

/**
 * "Dubai's flagship carrier Emirates Airline finalized …": the owner only says whose the named
 * company is; the company, unknown to the recognisers, is the party. Its name, or undefined.
 */
function ownedCompanyName(owner: SentenceMention, after: string, triggerStart: number): string | undefined {
  const owned = /^['’]s\s+(?:[a-z-]+\s+){0,3}/.exec(after);
  const ownedName = owned ? capitalisedRun(after.slice(owned[0].length), /^/) : undefined;
  return owned && ownedName && owner.end + owned[0].length + ownedName.length <= triggerStart ? ownedName : undefined;
}

/** "a deal to buy …", "a contract to supply …": the words between a deal and the one it buys or serves (all of them, or as a lead). */
const TO_BUY = String.raw`\s+to\s+(?:buy|acquire|purchase|take\s+over|supply)\s+(?:the\s+)?`;
const ONLY_TO_BUY = new RegExp(`^${TO_BUY}$`);
const LEAD_TO_BUY = new RegExp(`^${TO_BUY}`);

/** "the merger of Kestrel and Marlow", "a takeover of the struggling chain Marlow": the ones merged or bought. */
const OF_WHAT = /^\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}/;
/** "which is being acquired by Kestrel Foods": the buyer. */
const BY_WHOM = /^\s+by\s+(?:the\s+)?/;
/** "agreed to buy a 20% stake in Suzuki Motor": the one a stake is bought in. */
const STAKE_IN = /^\s+(?:to\s+(?:buy|acquire|take|purchase)\s+)?(?:a|an|the|its|their)\s+(?:[\w$%.,-]+\s+){0,3}?stake\s+in\s+(?:the\s+)?/;
/** "a $6 billion deal for Ayrton Metals", "a takeover proposal for Anglo American": the one a takeover is for. */
const FOR_WHOM = /^\s+(?:[a-z]+\s+)?for\s+(?:the\s+)?/;

const THEY_BEFORE = /(?:^|[.,;:"“]\s*|\b(?:said|say|says|that)\s+)they\b/i;
const BOTH_SIDES = new RegExp(`\\b(?:${lex.bothSides.map(escapeRegExp).join('|')})\\b`, 'i');

/**
 * Names no recogniser knew, read by their capitals where the sentence's structure says they
 * are parties: "the merger between Kroger and Albertsons", "agreed a fee with Ajax", "agreed
 * to buy Activision Blizzard" (kinds that take an object), "Tor Books has agreed to …".
 */
function addNamesByCapitals(view: SentenceView, trigger: Trigger, takesObject: boolean, subjects: string[], counterparts: string[]): void {
  const { start: triggerStart, end: triggerEnd } = trigger;
  const kindId = trigger.kind.id;
  const after = view.text.slice(triggerEnd, view.end);
  addBetweenPair(view, after, counterparts);
  if (counterparts.length === 0) {
    const name = capitalisedRun(after, /^\s+(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?/);
    if (name && !subjects.includes(name)) counterparts.push(name);
  }
  // "acquired Marlow", "settled with Marlow": the name right after a verb that takes it.
  const direct = takesObject || /\s(?:with|to)$/i.test(view.text.slice(triggerStart, triggerEnd));
  if (kindId === 'signing') addSignedPlayer(view, after, counterparts);
  const leads = [
    ...(direct ? [/^\s+(?:the\s+)?/] : []),
    ...(takesObject ? [OF_WHAT, BY_WHOM] : []),
    LEAD_TO_BUY,
    STAKE_IN,
    ...(takesObject || kindId === 'deal' ? [FOR_WHOM] : []),
  ];
  for (const lead of leads) {
    if (counterparts.length > 0) break;
    // "the merger of Kestrel Foods and Marlow Stores": both, when neither was recognised.
    const run = capitalisedRun(after, lead);
    for (const name of run ? splitConjoined(run) : []) if (!subjects.includes(name)) counterparts.push(name);
  }
  // "made overtures to the Israelis to arrive at a deal": the one a proposal is made to.
  const proposedTo = counterparts.length === 0 ? capitalisedRun(view.text.slice(view.start, triggerStart), PROPOSED_TO) : undefined;
  if (proposedTo && isNameLike(proposedTo) && !subjects.includes(proposedTo)) counterparts.push(proposedTo);
  // "Nippon Steel's $14.9 billion takeover", "rejected Kestrel Foods' bid": whose agreement it is.
  const owner = OWNER_BEFORE.exec(view.text.slice(view.start, triggerStart))?.[1].replace(/['’]s?$/, '');
  if (owner && isNameLike(owner) && ![...subjects, ...counterparts].includes(owner) && !namedInView(view, owner)) (subjects.length === 0 ? subjects : counterparts).push(owner);
  // "…, Tor, which had been acquired by …" anywhere in the sentence.
  const relative = NAMED_PASSIVE_RELATIVE.exec(view.text.slice(view.start, triggerStart))?.[1];
  if (subjects.length === 0 && relative && isNameLike(relative) && !counterparts.includes(relative)) subjects.push(relative);
  // Also beside a known name: "Kestrel Foods and Marlow Stores completed …" with only one recognised.
  // Only a name recognised before the agreement word is the same one (Tata Steel after it is another).
  const before = view.text.slice(view.start, triggerStart);
  const names = openingNames(before, isVerbal(view, trigger));
  // "The group announced that WeWork had reached an agreement with JLL": the reported clause opens anew.
  const reported = subjects.length === 0 && names.length === 0 ? reportedClause(before) : undefined;
  for (const name of reported === undefined ? names : openingNames(reported, isVerbal(view, trigger)))
    if (!counterparts.includes(name) && !view.mentions.some((m) => m.start < triggerStart && sharesWord(view.text.slice(m.start, m.end), name))) subjects.push(name);
  // "The two Gulf states to have signed accords with Israel – Bahrain and the UAE – said …": the counted group, named between dashes.
  const members = subjects.length === 0 ? groupMembers(COUNTED_GROUP_NAMED.exec(view.text.slice(view.start, view.end))?.[1]) : [];
  for (const name of members) if (!counterparts.includes(name)) subjects.push(name);
}

const BETWEEN_PAIR = /^\s+between\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s+and\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)/;
/** "talks between Brightwater Energy and Halden Power": both names after "between", also the one no recogniser knew beside one it did. */
function addBetweenPair(view: SentenceView, after: string, counterparts: string[]): void {
  const between = BETWEEN_PAIR.exec(after);
  if (!between) return;
  const read = counterparts.length > 0;
  const known = (name: string) => counterparts.includes(name) || (read && namedInView(view, name));
  for (const name of [between[1], between[2]].map((n) => n.replace(/[.’']+$/, ''))) if (!commonWords.has(name.toLowerCase()) && !known(name)) counterparts.push(name);
}

/** "signed forward Raphinha from Leeds United": the player named after a role, whoever else the sentence names. */
function addSignedPlayer(view: SentenceView, after: string, counterparts: string[]): void {
  const player = capitalisedRun(after, PLAYER_ROLE);
  if (player && isNameLike(player) && !counterparts.includes(player) && !namedInView(view, player)) counterparts.push(player);
}

/** The names of a counted group's list (Bahrain and the UAE), when there are two or more and all read as names. */
function groupMembers(listed: string | undefined): string[] {
  const members = listed?.split(/\s*,\s*|,?\s+and\s+/).map((name) => name.replace(/^the\s+/i, '').replace(/\s+\([^()]*\)$/, '')) ?? [];
  return members.length > 1 && members.every(isNameLike) ? members : [];
}

const COUNTED_GROUP = /\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+)?([a-z]+s)\b/;
/**
 * A counted group in a sentence: "adding five companies to a contract" (no names), "the five
 * companies — Blue Origin, … and SpaceX —" (named between dashes).
 */
function countedGroup(view: SentenceView): { group: string; members: string[] } | undefined {
  const sentence = view.text.slice(view.start, view.end);
  const named = COUNTED_GROUP_NAMED.exec(sentence);
  const counted = COUNTED_GROUP.exec(named?.[0] ?? sentence);
  return counted ? { group: `${counted[1]} ${counted[2]}`, members: groupMembers(named?.[1]) } : undefined;
}

/** The words after the last "said that", "announced over the weekend that" (a reporting verb, at most five words, then "that"). */
function reportedClause(before: string): string | undefined {
  let clause: string | undefined;
  for (const match of before.matchAll(/\sthat\s+(?=[A-Z])/g)) {
    const words = before.slice(0, match.index).match(/[a-z]+/g) ?? [];
    if (words.slice(-6).some((word) => reportingWords.has(word))) clause = before.slice((match.index ?? 0) + match[0].length);
  }
  return clause;
}

/**
 * "Gannett and Hexcel Media" recognised as one organisation: in an agreement, two names joined by
 * "and" are two sides (a name with & stays whole: Johnson & Johnson).
 */
function splitConjoined(name: string): string[] {
  const pair = new RegExp(`^(${CAPITAL_NAME}) and (${CAPITAL_NAME})$`).exec(name);
  return pair && isNameLike(pair[1]) && isNameLike(pair[2]) ? [pair[1], pair[2]] : [name];
}

/** Whether two names share a written word (Marlow Stores / Marlow). */
/** Whether a name the words read shares a word with a mention the recognisers found in the sentence (then that mention is the party). */
function namedInView(view: SentenceView, name: string): boolean {
  return view.mentions.some((m) => sharesWord(view.text.slice(m.start, m.end), name));
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(/\s+/));
  return b.split(/\s+/).some((word) => words.has(word));
}

const CAPITAL_NAME = String.raw`[A-Z][\w&'’.-]*(?:\s+(?:&\s+|of\s+(?:the\s+)?)?[A-Z][\w&'’.-]*)*`;
/** A counted group (the two states, all three companies) named in a list between dashes: "– Egypt and Jordan –". */
/** A name in a list, with the abbreviation it is known by after it: Sierra Nevada Corporation (SNC). */
const LISTED_NAME = String.raw`${CAPITAL_NAME}(?:\s+\([A-Z][\w&.-]*\))?`;
const COUNTED_GROUP_NAMED = new RegExp(
  String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|both|all)\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b[^—–;:]*?\s[—–-]\s+((?:the\s+)?${LISTED_NAME}(?:\s*,\s*(?:the\s+)?${LISTED_NAME})*,?\s+and\s+(?:the\s+)?${LISTED_NAME})\s+[—–-]\s`,
);
/**
 * The names that open the sentence as the subject of the agreement word: "Tor Books has agreed
 * to", "Kestrel and Marlow completed their merger", a headline "Kestrel, Marlow reach merger
 * deal", a relative "Grafton Media, which was acquired by …". A list of capitalised names, then
 * at most an auxiliary, an adverb and one verb with up to three words of its object.
 */
const OPENING_NAMES = new RegExp(
  String.raw`^\s*(?:The\s+)?(${CAPITAL_NAME}(?:\s*,\s*${CAPITAL_NAME})*(?:,?\s+and\s+${CAPITAL_NAME})?)(?:\s*,\s*(?:which|that|who)\s+|\s+)` +
    String.raw`((?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?(?:([a-z]+)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w$.-]+\s+){0,3}?(?:[a-z][\w-]*\s+){0,3})?)$`,
);
/** "Ayrton Metals, a Chilean copper producer, agreed": the name with its apposition blanked out. */
const OPENING_APPOSITION = new RegExp(String.raw`^(\s*(?:The\s+)?${CAPITAL_NAME})(\s*,\s*(?:a|an|the|its|their|[\w-]+['’]s)\s[^,;:—–()]*,)(?=\s)`);
const reportingVerbs = new Set(lex.reportingAfter.filter((phrase) => !phrase.includes(' ')));
/** Reporting verbs that may introduce a "that" clause: said, announced (from "announced that"). */
const reportingWords = new Set(lex.reportingAfter.map((phrase) => phrase.split(' ')[0]));
/** A name that owns the agreement word, at most three words between: Nippon Steel's $14.9 billion takeover. */
const OWNER_BEFORE = new RegExp(String.raw`(?:^|\s)(${CAPITAL_NAME}(?:['’]s|(?<=s)['’]))\s+(?:[\w$.-]+\s+){0,3}$`);
/** What may come before the subject: a dateline (LONDON (Reuters) -) or an opening phrase (On Monday, Last week, Meanwhile,). */
const DATELINE = /^\s*[A-Z][A-Z.'’ ]+(?:,\s*[A-Z][\w.'’ ]+)?(?:\s*\([^)]*\))?\s*[—–-]+\s+/;
const OPENING_PHRASE = /^\s*(?:([A-Za-z]+)\b[^,;:()"“]{0,50},|(?:last|this|earlier|later)\s+(?:week|month|year|quarter|[a-z]+day)\b)\s*/i;
const openerWords = new Set([...lex.nonPartyBefore, ...lex.openingWords, 'earlier', 'later', 'last', 'this', 'today', 'yesterday', 'separately', 'also']);
function withoutOpener(text: string): string {
  const blank = (found: string) => ' '.repeat(found.length);
  const afterDateline = text.replace(DATELINE, blank);
  return afterDateline.replace(OPENING_PHRASE, (found: string, first: string | undefined) => (first === undefined || openerWords.has(first.toLowerCase()) ? blank(found) : found));
}

function openingNames(text: string, verbal: boolean): string[] {
  const before = withoutOpener(text).replace(OPENING_APPOSITION, (_, name: string, aside: string) => name + ' '.repeat(aside.length));
  const [, list, predicate, verb] = OPENING_NAMES.exec(before) ?? [];
  // "Regulators cleared the deal", "Reuters reported that …": the ones who judge or report it are no party.
  if (!list || (verb && (lex.reactionVerbs.has(verb) || reportingVerbs.has(verb)))) return [];
  // The verb's own clause only: "Kestrel walked away from its planned merger", not "Kestrel said that …".
  if (CLAUSE_BREAK.test(predicate)) return [];
  // One capitalised word is a name only before a word that reads as a verb (Walgreens signed), not a noun (Two rival bakers).
  // Also right before the agreement word when it is the verb (Celtic signed, Celtic have signed).
  const verbFollows = verbal && ONLY_AUXILIARY.test(predicate);
  if (
    !/\s/.test(list) &&
    !verbFollows &&
    !/^\s*(?:has|have|had|will|would|is|are|was|were|[a-z]+ly|[a-z]+ed|[a-z]+[^s]s|struck|won|made|took|bought|sold|cut|set)\s/.test(predicate)
  )
    return [];
  const names = list.split(/\s*,\s*|,?\s+and\s+/).map((name) => name.replace(/['’]s$/, '').replace(/[.’']+$/, ''));
  return names.every(isNameLike) ? names : [];
}

const ONLY_AUXILIARY = /^\s*(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:[a-z]+ly\s+)?$/;

/** A run of capitalised words (with &, of, and inside) after `lead`, or undefined: Activision Blizzard, Bank of America. */
function capitalisedRun(text: string, lead: RegExp): string | undefined {
  const match = new RegExp(`${lead.source}((?:[A-Z][\\w&'’.-]*)(?:\\s+(?:[A-Z][\\w&'’.-]*|&|of|and))*)`).exec(text);
  const name = match?.[1].replace(/\s+(?:of|and|&)$/, '').replace(/[.’']+$/, '');
  if (!name || commonWords.has(name.toLowerCase())) return undefined;
  return name;
}

/** "a deal to use Microsoft's cloud", "a deal to purchase 30 of Boeing's jets": whose goods or services the agreement is about is its other side. */
function ownsWhatIsDealtIn(view: SentenceView, mention: SentenceMention, triggerEnd: number, start: number): boolean {
  if (mention.start <= triggerEnd || (mention.entity.type !== 'organization' && mention.entity.type !== 'person')) return false;
  return /^\s?['’]s\b/.test(view.text.slice(mention.end, view.end)) && /^\s+to\s+[a-z]+\s+(?:[\w-]+\s+){0,3}$/.test(view.text.slice(triggerEnd, start));
}

/** "China-US trade deal": two names joined by a hyphen, then at most three words before the agreement word. */
function isCompoundPair(view: SentenceView, mention: SentenceMention, next: SentenceMention | undefined, triggerStart: number): boolean {
  const joinedAfter = next !== undefined && /^[-–]$/.test(view.text.slice(mention.end, next.start)) && /^\s+(?:[\w-]+\s+){0,3}$/.test(view.text.slice(next.end, triggerStart));
  const joinedBefore = /[-–]$/.test(view.text.slice(view.start, mention.start)) && /^\s+(?:[\w-]+\s+){0,3}$/.test(view.text.slice(mention.end, triggerStart));
  return joinedAfter || joinedBefore;
}

/**
 * Whether a name only reports (Smith said, a Tiller complaint said, according to X). Not when
 * the report is about the speaker: "A and B said they would merge", "X said on Tuesday it had
 * agreed to buy Y", "X said its unit …": the speakers are the ones who act.
 */
function isSpeaker(after: string, before: string): boolean {
  if (/\baccording\s+to\s+(?:the\s+)?$/i.test(before)) return true;
  // At most two lower-case words (a complaint, officials) between the name and the reporting phrase.
  const lead = /^['’]?s?\s+((?:[a-z-]+\s+){0,2})/.exec(after);
  if (!lead) return false;
  const words =
    after
      .slice(lead[0].length - lead[1].length)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  for (let at = 0; at <= (lead[1].match(/\S+/g) ?? []).length; at++) {
    const phrase = lex.reportingAfter.find((p) => p.split(' ').every((word, i) => words[at + i] === word));
    if (!phrase) continue;
    // "Kestrel and Marlow are said to be in talks", "X was reported to be weighing …": a passive report is about them, not by them.
    if (lex.passiveAuxiliaries.has(words[at - 1] ?? '')) return false;
    const rest = words.slice(at + phrase.split(' ').length, at + phrase.split(' ').length + 6);
    return !rest.some((word, i) => SELF_REFERENCE.has(word) || (word === 'two' && rest[i - 1] === 'the'));
  }
  return false;
}

/** "X welcomed the deal between A and B": a name whose verb comments on the agreement is no party. */
function onlyComments(after: string): boolean {
  // The verb after the whole name and title (FCO Minister Tobias Ellwood welcomes, Acme chairman Tom Reyes welcomed).
  const verb = /^['’]?s?(?:\s+(?:[A-Z][\w.'’-]*|[a-z-]+(?=\s+[A-Z])))*\s+(?:[a-z]+ly\s+|also\s+|on\s+\w+\s+)?([a-z]+)\b/.exec(after)?.[1];
  return verb !== undefined && lex.reactionVerbs.has(verb);
}

const SELF_REFERENCE = new Set(['it', 'its', 'they', 'their', 'both']);

/**
 * A name that only says whose or where the next organisation is, is not a party: a country
 * (China's Huawei, U.S. automaker Ford) or any owner with a description (Dubai's flagship
 * carrier Emirates Airline, Alphabet's unit Google). Never across the agreement word, which is
 * the verb between two sides (Liverpool signed Dominik Szoboszlai).
 */
function modifiesNextName(view: SentenceView, mention: SentenceMention, next: SentenceMention | undefined, trigger: Found): boolean {
  if (!next || (next.entity.type !== 'organization' && next.entity.type !== 'person')) return false;
  if (mention.end <= trigger.start && next.start >= trigger.end) return false;
  const gap = view.text.slice(mention.end, next.start);
  if (!/^(?:['’]s)?\s*(?:[a-z-]+\s+){0,2}$/.test(gap)) return false;
  const words = gap.replace(/^['’]s/, '').match(/\S+/g) ?? [];
  if (words.some((word) => CONNECTIVES.has(word))) return false;
  return mention.entity.type === 'place' || (/^['’]s/.test(gap) && words.length > 0);
}

const CONNECTIVES = new Set(['and', 'or', 'with', 'to', 'of', 'in', 'on', 'at', 'from', 'by', 'for', 'than', 'versus', 'vs']);

/** "with rival Samsung", "alongside the World Bank": `with` and at most three words, none a preposition. */
function isWithPartner(before: string): boolean {
  const match = /\b(?:with|alongside)\s+((?:[\w'’.-]+\s+){0,3})$/i.exec(before);
  if (!match) return false;
  // Only lowercase words (rival, Chinese carrier) or a possessive name may stand between.
  return (match[1].match(/\S+/g) ?? []).every((word) => !lex.nonPartyBefore.has(word.toLowerCase()) && (/^[a-z][a-z-]*$/.test(word) || /['’]s$/.test(word)));
}

/** "signed a contract with X last year, but the deal could …": a clause joined by but, while, although or ';' is another's. */
function inAnotherClause(text: string, mention: SentenceMention, triggerStart: number, triggerEnd: number): boolean {
  const between = mention.end <= triggerStart ? text.slice(mention.end, triggerStart) : text.slice(triggerEnd, mention.start);
  return /;|\b(?:but|while|whereas|although|though)\b/i.test(between);
}

/** "X's deal", "X's $2 billion takeover": the owner, in the same clause, shortly before. */
function ownsAgreement(text: string, mention: SentenceMention, triggerStart: number): boolean {
  const between = text.slice(mention.end, triggerStart);
  return /^['’]s\b/.test(between) && between.length < 40 && !/[,;]|\s[—–-]\s/.test(between) && !CLAUSE_BREAK.test(between);
}

const SOLD_TO = /^\s+(?:to\s+)?(?:sell|sold)\s+[^,;]{0,40}?\bto\s+(?:the\s+)?$/;
/** Words that open another phrase or clause: what follows them is not the one bought (the merger after the Commission blocked it). */
const OTHER_PHRASE = /\b(?:by|in|at|on|for|from|to|into|over|after|before|when|while|as|since|until|because|if|than|amid|despite|during)\s/;
const PASSIVE_RELATIVE = /^\s*,?\s*(?:which|that|who)\s+(?:(?:has|had|have)\s+)?(?:been|was|were|is|are)\s+(?:being\s+)?(?:[a-z]+ly\s+)?$/;
const NAMED_PASSIVE_RELATIVE = new RegExp(`(${CAPITAL_NAME})${PASSIVE_RELATIVE.source.slice(1)}`);
const CLAUSE_BREAK = /[;:—]|\s-\s|\b(?:who|which|that|when|while|where|because|although|though|but|after|before|since|until|unless|if|whereas)\b/i;
/**
 * Whether nothing separates a name from the agreement word but its own clause: no `;` or
 * dash (a dateline: DUBAI, United Arab Emirates — …), no relative or subordinate clause
 * (…Gamson, a producer she admired, who agreed to…; Trump's announcement that …), and a
 * comma only when a list of names goes on after it (Japan, Korea and China signed).
 */
function sameClause(view: SentenceView, from: number, to: number, mentions: SentenceMention[]): boolean {
  const between = withoutAsides(view.text.slice(from, to));
  if (CLAUSE_BREAK.test(between)) return false;
  for (let comma = between.indexOf(','); comma >= 0; comma = between.indexOf(',', comma + 1)) {
    const after = from + comma + 1;
    const nextName = mentions.find((m) => m.start >= after);
    if (!nextName || !/^\s*(?:and\s+|&\s+)?(?:the\s+)?$/i.test(view.text.slice(after, nextName.start))) return false;
  }
  return true;
}

/**
 * The text with the asides right after a name blanked out (same length, so offsets hold): an
 * apposition or a non-restrictive clause between commas or dashes, or a parenthesis ("X, the
 * maker of Y, agreed", "X — which flies to 90 cities — signed", "X (XYZ) signed").
 */
function withoutAsides(between: string): string {
  const blank = (aside: string) => ' '.repeat(aside.length);
  return between
    .replace(/^\s*\([^()]*\)/, blank)
    .replace(/^\s*[—–]\s[^—–]*\s[—–](?=\s)/, blank)
    .replace(/^\s*,\s*(?:the|a|an|its|their|which|who|whose|once|now|formerly|[\w-]+['’]s)\s[^,;:—–()]*,(?=\s)/i, blank);
}

/** Modifiers before the agreement word (a ten-year supply contract → ten-year supply). */
function subjectWords(view: SentenceView, triggerStart: number): string {
  const before = view.text.slice(view.start, triggerStart);
  const words = before.match(/\S+/g) ?? [];
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 4; i--) {
    const word = words[i];
    if (/[,;:()"“”]$/.test(word) || /['’]s$/.test(word)) break;
    const lower = word.toLowerCase();
    if (lex.subjectWordsStop.has(lower) || isCueWord(lower)) break;
    kept.unshift(word);
  }
  return kept.join(' ');
}

const singleCueWords = new Set(
  Object.values(lex.status)
    .flat()
    .filter((cue) => !cue.includes(' '))
    .map((cue) => cue.toLowerCase()),
);
function isCueWord(word: string): boolean {
  return singleCueWords.has(word) || (/ed$/.test(word) && word.length > 4);
}

/**
 * "with JLL ", "with the dock unions ": the side an agreement is made with, then an infinitive (to
 * accept, to build); not "to" before a noun phrase (to the tune of) nor a passive (to be completed).
 */
const WITH_SIDE_THEN_TO = /^\s+(?:with|between)\s+[^,;:()"“”]{1,60}?(?=\sto\s+(?!(?:the|a|an|be)\b)[a-z]+\b)/;

/** Words after the agreement word that say what it covers (on trade, to buy Activision). */
function complementWords(view: SentenceView, triggerEnd: number, verbalPreposition?: string): string {
  const whole = view.text.slice(triggerEnd, view.end);
  // "an agreement with JLL to accept 1,000 workers": what it is for, past the side it is made with.
  const withSide = verbalPreposition ? null : WITH_SIDE_THEN_TO.exec(whole);
  const after = withSide ? whole.slice(withSide[0].length) : whole;
  const clause = after.slice(0, after.search(/[,;:!?()"“”]|\.(?:\s|$)|$/));
  const words: string[] = [...(clause.match(/\S+/g) ?? [])];
  let taken: string[];
  if (verbalPreposition) taken = [verbalPreposition];
  else if (words.length > 0 && lex.afterWords.has(words[0].toLowerCase())) taken = words.splice(0, 1);
  else return '';
  for (const word of words) {
    if (lex.afterStop.has(word.toLowerCase()) || taken.length >= 6) break;
    taken.push(word);
  }
  return taken.length > 1 ? taken.join(' ') : '';
}

/** The organisation a lead sentence is about: one named in its first few words. */
function leadSubject(view: SentenceView): string | undefined {
  for (const mention of view.mentions) {
    if (mention.entity.type !== 'organization') continue;
    const before = view.text.slice(view.start, mention.start);
    if ((before.match(/\S+/g) ?? []).length > 3) return undefined;
    if (lex.nonPartyBefore.has(lastWord(before))) continue;
    return mention.entity.name;
  }
  return undefined;
}

const findMeeting = phraseSet(lex.meetingVerbs);
/** What may stand between a meeting verb and the one met: a title in apposition (the Iraqi Foreign Minister,), no preposition. */
const MET_GAP = /^\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:[\w’'-]+,\s+)?$/;
/** "The Foreign Secretary met the Iraqi Foreign Minister, Ibrahim al-Jaafari": the one who met and the one met. */
function actingPair(view: SentenceView): string[] {
  const sentence = view.text.slice(view.start, view.end);
  const canAct = (m: SentenceMention) => m.entity.type === 'person' || m.entity.type === 'organization' || (m.entity.type === 'place' && m.entity.placeKind === 'country');
  const mentions = view.mentions.filter(canAct);
  for (const verb of findMeeting(sentence, view.start)) {
    const subject = mentions.filter((m) => m.end <= verb.start && /^\s+(?:[a-z]+ly\s+|also\s+)?$/.test(view.text.slice(m.end, verb.start))).at(-1);
    const object = mentions.find((m) => m.start >= verb.end && MET_GAP.test(view.text.slice(verb.end, m.start)) && !OTHER_PHRASE.test(view.text.slice(verb.end, m.start)));
    if (subject && object && subject.entity !== object.entity) return [partyName(subject.entity), partyName(object.entity)];
  }
  return [];
}

/** A noun of the lexicon, its first letter in either case (The union …, Nurses agreed …). */
const anyCaseFirst = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${escapeRegExp(word.slice(1))}`;
const UNNAMED_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?((?:[a-z][\w-]*\s+){0,2}?(?:${lex.unnamedSubjects.map(anyCaseFirst).join('|')})(?:\s+of\s+${CAPITAL_NAME})?)(?:\s+\([^()]*\))?\s+(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:[a-z]+ly\s+)?`,
);
/** "decided to", "voted to": a decision's verb before the status cue it leads to. */
const DECISION_TO = new RegExp(String.raw`^(?:${lex.decisionVerbs.join('|')})\s+to\s+`);
/**
 * "The union reached a tentative agreement with …", "Nurses agreed to …", "the mayor of
 * Valmont suspended the agreement": a side no name gives, described by a noun
 * (lexicon unnamedSubjects) that opens the clause right before its verb, which is the agreement
 * word or a status cue. Written as in the text, without its determiner; "the company", "the
 * government" stay references to one named before (anaphoraSubjects).
 */
function addUnnamedSubject(view: SentenceView, trigger: Found, subjects: string[], counterparts: string[]): void {
  // The clause after the last comma (On Thursday, the 3rd of November, the mayor …; …, and the union …).
  const before = withoutOpener(view.text.slice(view.start, trigger.start));
  const clause = before.slice(before.search(/[^,;:—–]*$/)).replace(/^\s*(?:(?:and|but)\s+)?/i, '');
  const match = UNNAMED_SUBJECT.exec(clause);
  if (!match) return;
  // "The mayor decided to suspend the agreement": the verb of a decision, then the cue.
  const rest = clause.slice(match[0].length).replace(DECISION_TO, '');
  const verbIsCue = rest === '' ? isVerbal(view, trigger) : findCues(rest, 0).some((cue) => cue.start === 0);
  // "The union welcomed the deal", "Creditors approved the merger": who judges it is no side.
  const judges = lex.reactionVerbs.has(/^[a-z]+/i.exec(rest)?.[0].toLowerCase() ?? '');
  if (!verbIsCue || judges || /[,;:]/.test(rest) || CLAUSE_BREAK.test(rest)) return;
  const phrase = match[1].replace(/\s+/g, ' ');
  if (!counterparts.includes(phrase)) subjects.push(phrase);
}

/** A proposal and whom it is made to, before the agreement word: overtures to (the), an offer to, a proposal to. */
const PROPOSED_TO = /\b(?:overtures|an\s+offer|offers|a\s+proposal|proposals|approaches)\s+to\s+(?:the\s+)?/i;
const UNNAMED = lex.unnamedCounterparts.map(escapeRegExp).join('|');
/** "a deal with its lenders", "talks with the nurses union": the other side by a noun, its determiner left out; not "the union of Marlow Nurses". */
const WITH_UNNAMED = new RegExp(String.raw`^\s+(?:[\w-]+\s+){0,3}?with\s+(?:the|its|their|his|her|a|an)\s+((?:[a-z-]+\s+){0,2}(?:${UNNAMED}))\b(?!\s+(?:of|for|at)\s+[A-Z])`);
/** "a quest for a merger partner": the agreement word naming the kind of partner sought. */
const KIND_PARTNER = /^\s+(partners?|suitors?|buyers?)\b/;
/** The other side named only by a noun, when no name is: "with its lenders" → lenders, "a merger partner" → merger partner. */
function addUnnamedCounterpart(view: SentenceView, trigger: Trigger, counterparts: string[]): void {
  const after = view.text.slice(trigger.end, view.end);
  const word = view.text.slice(trigger.start, trigger.end);
  const partner = KIND_PARTNER.exec(after)?.[1];
  const phrase = partner ? `${word.toLowerCase()} ${partner}` : WITH_UNNAMED.exec(after)?.[1];
  if (phrase && !/[,;]/.test(phrase)) counterparts.push(phrase);
}
