// Reads Korean sentences for agreements: 업무협약을 체결했다, 협정 체결을 추진, 합의가 결렬됐다 …
// The agreement word is found first; the clause after it (and the modifier before it) says the
// status; the particles after each entity mention say who the parties are (A와, A·B 간, A는).
import orgSuffixData from '../lexicon/ko/org-suffixes.json';
import particleData from '../lexicon/ko/particles.json';
import { koreanLexicon as lex, type AgreementKind, type CueStatus } from './lexicon';
import { isCommonNoun, isTitleWord, partnersNamedBefore, subjectParticleOf, wordParties, type WordParties } from './korean-words';
import { canBeParty, partyName, type SentenceMention, type SentenceView } from './mentions';
import type { AgreementMention, AgreementReader } from './reader';
import { isHangul } from '../text/hangul';

const HANGUL_RUN = /^[\uAC00-\uD7A3]+/;
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const CLOSING = '’”\'"」』》〉)';
const OPENING = '‘“\'"「『《〈(';
/** A clause ends at punctuation or a connective ending followed by a space (하고, 하며, 위해). */
const CLAUSE_END = /(?:다|고|며|면서|지만|는데|으나|해|여|려|켜|해서|어서|아서|여서|으로써|써)(?=[\s,.!?'"’”]|$)|[,.!?;“”"]/;
const ADNOMINAL_END = /(?:한|된|은|인|던|는|될|할)$/;
const orgSuffixes: string[] = orgSuffixData.suffixes.filter((suffix: string) => suffix.length >= 2);

export const koreanReader: AgreementReader = {
  language: 'ko',
  read: readKoreanSentence,
  dateOfAnother,
  isLocative: (view, mention) => lex.placeLocative.some((p) => view.text.startsWith(p, mention.end)),
  leadSubject,
  partiesOf: (view) => readParties(view, view.end, 'signed', '').parties,
  sameOccasion: lex.sameOccasion,
  statusWord: (status) => lex.events.statusWords[status],
};

function readKoreanSentence(view: SentenceView): AgreementMention[] {
  const found: AgreementMention[] = [];
  let clauseEnd = -1;
  let objectBefore: Trigger | undefined;
  const triggers = findTriggers(view);
  for (const [index, trigger] of triggers.entries()) {
    // An agreement word in the clause of the one before is its predicate or gloss
    // (휴전에 합의했다, 업무협약(MOU)을, 파트너십 협상이 타결됐다): one agreement, not two.
    if (trigger.start < clauseEnd) continue;
    const end = trigger.end + clauseAfter(view, trigger.end).length;
    // 합병을 합의했다, 인수 계약을 맺었다: the later word reports the event.
    const next = triggers[index + 1];
    if (trigger.kind.objectWord && next && next.start < end) {
      objectBefore = trigger;
      continue;
    }
    clauseEnd = end;
    const read = readStatus(view, trigger.start, trigger.end, trigger.kind);
    // 협상은 다음 주 재개될 예정이다: talks to come are still talks, proposed.
    const status = read === 'planned' && trigger.kind.proposedWhen ? 'proposed' : read;
    if (!status) continue;
    if (trigger.kind.onlyWith && !trigger.kind.onlyWith.includes(status)) continue;
    // 협상이 장기화될 가능성: the word comes up, but no talks are said to go on.
    const clause = view.text.slice(trigger.end, end);
    if (status === 'proposed' && trigger.kind.proposedWhen && !trigger.kind.proposedWhen.some((cue) => clause.includes(cue))) continue;
    // IBM이 인수한 보안 플랫폼: what is bought is the head, and a party; 바이어와 계약한 제품을:
    // the clause only describes a thing, no new agreement.
    const head = relativeHead(view, trigger.end, trigger.kind.objectWord === true);
    if (head?.thing) continue;
    const { subject, glued, stopWord } = subjectWords(view, trigger.start, trigger.kind.id === 'accord');
    // 인텔을 인수하는 계약을 체결했다: the one bought is read before the object word.
    const boughtBefore = trigger.kind.objectWord ? trigger.start : objectBefore?.start;
    const objectKind = trigger.kind.objectWord ? trigger.kind : objectBefore?.kind;
    objectBefore = undefined;
    let parties = readParties(view, trigger.start, status, stopWord, trigger.kind, boughtBefore, objectKind);
    const signersEnd = parties.parties.length === 0 ? signersAfterTopic(view, trigger.end, end) : undefined;
    if (signersEnd !== undefined) parties = readParties(view, signersEnd, status, '', trigger.kind);
    // 매각을 추진 중이라고 밝혔다: a sentence with no subject at all goes on about the article's actor.
    if (parties.parties.length === 0 && !namesSubject(view)) parties.anaphora = true;
    // 손을 잡고 있었다: teaming up needs someone to team up with.
    if (trigger.kind.verbForms?.includes(view.text.slice(trigger.start, trigger.end)) && !parties.hasCounterpart) continue;
    // 에인절스와 계약한 해밀턴은: the one the clause describes signed it.
    if (head?.name && !parties.parties.includes(head.name)) {
      parties.parties.unshift(head.name);
      parties.hasSubject = true;
    }
    found.push({
      kind: trigger.kind,
      status,
      subject,
      glued,
      written: view.text.slice(trigger.start, trigger.end),
      triggerStart: trigger.start,
      triggerEnd: trigger.end,
      ...parties,
    });
  }
  return found;
}

/** 합의문은 여야와 가나노조 위원장이 서명한 것으로: the agreement is the topic; its signers come before the signing verb. */
const SIGNED_AFTER_TOPIC = /^(?:\([^)]{0,20}\))?(?:은|는|이|가)\s.*?\S\s(?=(?:서명|체결|조인)(?:한|했|하였)|맺(?:은|었))/;
function signersAfterTopic(view: SentenceView, triggerEnd: number, clauseEnd: number): number | undefined {
  const match = SIGNED_AFTER_TOPIC.exec(view.text.slice(triggerEnd, clauseEnd));
  return match ? triggerEnd + match[0].length : undefined;
}

/** Verb forms that end like a topic (주는 방향으로, 하는 과정): not subjects. */
const ADNOMINAL_VERB = /(?:하|되|주|있|없|않|받|시키|지|오|가|보|내|이라)는$/;
/** Whether the sentence has a word with a subject or topic particle, or a demonstrative (이 합의에 따라). */
function namesSubject(view: SentenceView): boolean {
  const words = view.text.slice(view.start, view.end).split(/\s+/);
  return words.some((word) => /^[이그]$/.test(word) || (/[\uAC00-\uD7A3A-Za-z0-9](?:은|는|이|가|도)[,’”'"]?$/.test(word) && !ADNOMINAL_VERB.test(word)));
}

const VERBAL_AFTER_NOUN = /^(?:하|되|했|됐|해|돼|됨|함|시키|시켰)/;
const particles = [...new Set([...particleData.consonant, ...particleData.vowel, ...particleData.any])].sort((a, b) => b.length - a.length);
/** Whether the rest of a written word after the agreement word is another noun (계약선수, 계약기간과), not a particle (협약에서). */
function isNounAfter(rest: string): boolean {
  // 합의하지, 계약했던, 체결됐다: the verb the noun makes, whatever common noun its letters spell (하지).
  if (particles.includes(rest) || VERBAL_AFTER_NOUN.test(rest)) return false;
  const particle = particles.find((p) => rest.endsWith(p) && rest.length - p.length >= 2);
  const stem = particle ? rest.slice(0, -particle.length) : rest;
  return stem.length >= 2 && !particles.includes(stem) && isCommonNoun(stem);
}

/**
 * The noun an agreement clause modifies (계약한 제품을, 맺은 해밀턴은): a common noun is a thing
 * the clause describes, a name is the one who signed. Time and manner heads (뒤, 이후, 것) are
 * neither: the clause reports the event.
 */
function relativeHead(view: SentenceView, triggerEnd: number, bought: boolean): { thing?: boolean; name?: string } | undefined {
  const after = view.text.slice(triggerEnd, view.end);
  const match = /^(?:을|를)?\s?(?:맺은|체결한|체결된|서명한|한|된|했던|하였던)\s+([\uAC00-\uD7A3A-Za-z0-9]+)/.exec(after);
  if (!match) return undefined;
  // 계약한 물량이다: the copula after the head is not part of it.
  const head = match[1].replace(/(?:이다|이었다|였다|입니다|이며|이고|이라고)$/, '');
  const particle = /(?:은|는|이|가|을|를|에|의|도|과|와|으로|로|에게)$/.exec(head)?.[0] ?? '';
  const stem = head.slice(0, head.length - particle.length);
  if (stem.length < 2 || lex.relativeHeadsNotThing.includes(stem)) return undefined;
  if (bought) {
    // 인수한 보안 플랫폼: a bare noun goes on into the next word.
    const rest = after.slice(match[0].length);
    const next = particle ? undefined : /^\s+([\uAC00-\uD7A3A-Za-z0-9]+?)(?:은|는|이|가|을|를|에|의|도)?(?=[\s,.]|$)/.exec(rest)?.[1];
    return { name: next ? `${stem} ${next}` : stem };
  }
  if (isCommonNoun(stem)) return { thing: true };
  if (/^(?:은|는|이|가)$/.test(particle) && !lex.subjectWordsStop.has(stem)) return { name: stem };
  // FTA를 맺은 태국의 공장, 협약을 체결한 가나대와: a head the recognisers name signed it, whatever its case.
  const headAt = triggerEnd + match[0].length - match[1].length;
  const named = view.mentions.find((m) => m.start === headAt && m.end === headAt + stem.length && signs(m.entity));
  return named ? { name: partyName(named.entity) } : undefined;
}

/** An organisation, a person or a country: one who signs (not a city where it is signed). */
const signs = (entity: SentenceMention['entity']) => entity.type === 'organization' || entity.type === 'person' || (entity.type === 'place' && entity.placeKind === 'country');

interface Trigger {
  start: number;
  end: number;
  kind: AgreementKind;
}

/** Agreement words in the sentence, longest form first, not inside a name, not another sense (계약직). */
function findTriggers(view: SentenceView): Trigger[] {
  const { text } = view;
  const sentence = text.slice(view.start, view.end);
  const triggers: Trigger[] = [];
  for (const { form, kind } of lex.forms) {
    for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
      const start = view.start + at;
      const end = start + form.length;
      if (triggers.some((t) => t.start < end && start < t.end)) continue;
      if (isLatin(form[0]) && (isLatin(text[start - 1]) || isLatin(text[end]))) continue;
      // 합의점을 찾지 못했다: the common ground of talks is an agreement sought (제휴점, a partner shop, is not).
      const commonGround = kind.id === 'accord' && /^점(?:을|에|이)/.test(text.slice(end, end + 2));
      if (!commonGround && lex.notAgreementAfter.some((after) => text.startsWith(after, end))) continue;
      // 기후변화협약(UNFCCC)이라는 청년: the agreement only names something.
      if (/^(?:\([^)]{0,20}\))?(?:이라는|라는|이란|란)\s/.test(text.slice(end, view.end))) continue;
      // 자유계약선수, 계약기간: the word is part of another noun, not an event.
      const rest = /^[\uAC00-\uD7A3]+/.exec(text.slice(end, view.end))?.[0] ?? '';
      // 합작법인을 세우기로: a noun the kind names as its own sequel (requiresAfter) makes its event,
      // unless another agreement word in the clause reports it (합작공장을 세우기로 합의했다).
      const sequel = namesSequel(kind, rest) && !reportedLater(view, end);
      if ((!sequel && isNounAfter(rest)) || qualifiesNoun(text.slice(end, view.end))) continue;
      // 손잡이 (a handle) is a noun, not 손잡다.
      if (kind.verbForms?.includes(form) && text[end] === '이') continue;
      // KT, 무궁화위성 매각: a headline's last word needs no verb after it (a long sentence that
      // ends so is a note or a plan: …이후 해외투자자에게 매각).
      const headline = view.end - view.start <= HEADLINE_LENGTH && endsHeadline(view, end, kind);
      if (kind.requiresAfter && !kind.requiresAfter.some((after) => text.startsWith(after, end) || text.startsWith(` ${after}`, end)) && !headline) continue;
      if (lex.notAgreementBefore.some((before) => text.slice(Math.max(view.start, start - before.length), start) === before)) continue;
      // Not inside a name (가나협약재단), but a mention that is only the word (FTA, MOU) is the word.
      // Nor across a name's end (유럽연합의 is not 합의).
      // A name that ends in the word is a named agreement (파리 기후협약): it is one.
      if (
        view.mentions.some(
          (m) => m.entity.type !== 'date' && m.start < end && start < m.end && (m.start < start || m.end > end) && !(m.start >= start && m.end <= end) && m.end !== end,
        )
      )
        continue;
      triggers.push({ start, end, kind });
    }
  }
  return triggers.sort((a, b) => a.start - b.start);
}

/** Whether the text after the agreement word opens with a noun the kind names as its sequel (합작법인, 합작회사). */
function namesSequel(kind: AgreementKind, rest: string): boolean {
  return kind.requiresAfter?.some((after) => /^[\uAC00-\uD7A3]{2}/.test(after) && rest.startsWith(after)) === true;
}

/** Whether another agreement word stands in the clause after `end`. */
function reportedLater(view: SentenceView, end: number): boolean {
  const clause = clauseAfter(view, end);
  return lex.forms.some(({ form }) => clause.includes(form));
}

/** Headlines are short; a longer sentence ending on a noun is a note or a list item. */
const HEADLINE_LENGTH = 50;

/** FTA 체결 효과, FTA 체결국, 정전협정 체결 기념일, 협약 당사국: the agreement (or its signing) only qualifies the noun after it. */
function qualifiesNoun(after: string): boolean {
  const head = /^(?:\([^)]{0,20}\))?\s(?:(?:체결|서명|타결)\s)?([\uAC00-\uD7A3]+)/.exec(after)?.[1];
  return head !== undefined && lex.eventNounHeadsNot.some((noun) => head.startsWith(noun) && headNounIs(head.slice(noun.length)));
}

/**
 * Whether what follows a listed noun in its written word leaves that noun the head: a particle,
 * one syllable (기념식, 체결국) or both. A compound is headed by its last noun: 협약 구조조정 is
 * a restructuring, not a structure.
 */
function headNounIs(rest: string): boolean {
  const particle = particles.find((p) => rest.endsWith(p)) ?? '';
  return rest.length - particle.length <= 1;
}

/** The clause that follows the agreement word, up to its first connective ending or stop. */
function clauseAfter(view: SentenceView, end: number): string {
  const rest = view.text.slice(end, view.end);
  const match = CLAUSE_END.exec(rest);
  return match ? rest.slice(0, match.index + match[0].length) : rest;
}

/** The two words before the agreement word when they modify it (지난해 맺은 협약, 추진 중인 협정). */
function modifierBefore(view: SentenceView, start: number): string {
  const before = view.text.slice(Math.max(view.start, start - 24), start).trimEnd();
  const words = before.split(/\s+/).slice(-2);
  return ADNOMINAL_END.test(words[words.length - 1] ?? '') ? words.join(' ') : '';
}

/**
 * A headline or caption ends on the agreement's noun, with no verb after it (A, B와 MOU 체결;
 * LG에너지솔루션, GM과 합작공장 설립 합의): that style reports a concluded event. Talks alone
 * (미중 무역 협상) are not one.
 */
function endsHeadline(view: SentenceView, end: number, kind: AgreementKind): boolean {
  return !lex.headlineNotConcluded.includes(kind.id) && /^[\s’”'")\].…!]*$/.test(view.text.slice(end, view.end));
}

/** The verb or noun right after the agreement word and its particle, past one adverb (을 성실히 이행). */
const KEPT_OR_BROKEN = /^(?:\([^)]{0,20}\))?(?:을|를|이|가|은|는|의|에)?\s?(?:[\uAC00-\uD7A3]+히\s)?([\uAC00-\uD7A3]+)/;

const PRECEDENCE: CueStatus[] = ['failed', 'planned', 'proposed', 'signed'];

/**
 * The status of one agreement word, or undefined when the sentence does not report one
 * (계약 조건에 따라, 체결하지 않았다). Failure beats ending beats a condition beats plans beats
 * proposals beats signing, so 계약을 해지하기로 했다 is terminated, 성사된다면 conditional,
 * 체결하기로 합의했다 planned and 체결을 추진 proposed.
 */
function readStatus(view: SentenceView, start: number, end: number, kind: AgreementKind): CueStatus | undefined {
  const tail = clauseAfter(view, end);
  // 협정(FTA)의 이행 문제를 논의: the clause is about something of the agreement, not about it.
  const genitive = /^(?:\([^)]{0,20}\))?의\s+(\S+)/.exec(view.text.slice(end, view.end));
  if (genitive && !lex.genitiveHeads.some((head) => genitive[1].startsWith(head))) return undefined;
  // 합의 이행을 촉구했다, 협정을 성실히 지키기로: an agreement already made is kept or broken
  // (its own predicate, one adverb at most between; 조약 서명이 국제법 위반이라며 is not).
  if (lex.observed.some((cue) => KEPT_OR_BROKEN.exec(tail)?.[1].startsWith(cue))) return undefined;
  const modifier = modifierBefore(view, start);
  const local = `${modifier} ${view.text.slice(start, end)}${tail}`;
  const has = (cues: string[], where = local) => cues.some((cue) => where.includes(cue));
  const unable = unableVerb(local, local.length - tail.length);
  // 협상이 결렬될 경우, 무산되면: a failure only supposed is no event; nor is one a rule
  // allows (계약 후 7일 이내에 청약을 철회할 수 있다). 비준안을 부결했다 still fails.
  const allowed = lex.status.failed.some((cue) => lex.permittedAfter.some((ending) => local.includes(cue + ending))) && has(lex.ruleFrames);
  if (has(lex.status.failed) && (has(lex.conditional) || allowed)) return undefined;
  if (has(lex.status.failed) || unable === 'reaching') return 'failed';
  // 이번 합의가 오래가지 못할 것: the clause says what becomes of an agreement, not that one is made.
  if (unable === 'another') return undefined;
  // 합의안 없이 탈퇴할 경우: no agreement, so nothing ends either.
  if (has(lex.negated) || has(lex.hypothetical)) return undefined;
  if (has(lex.status.terminated)) return 'terminated';
  if (has(lex.procedure)) return undefined;
  if (has(lex.conditional)) return 'conditional';
  // 계약하고 싶다는 뜻을 밝혔다: a wish, not a signing.
  const wish = lex.verbalSignedNot.some((not) => view.text.startsWith(not, end));
  const verbal = (!wish && lex.verbalSigned.some((ending) => view.text.startsWith(ending, end))) || endsHeadline(view, end, kind);
  if (has(lex.status.planned)) return 'planned';
  if (has(lex.concludedCues)) return 'signed';
  // 합작법인을 설립했다: founding the venture the word names signs it (FTA 대응 전략을 세웠다 does not).
  if (has(lex.sequelSigned) && namesSequel(kind, view.text.slice(end, view.end).replace(/^ /, ''))) return 'signed';
  for (const status of PRECEDENCE.slice(2)) {
    if (has(lex.status[status])) return status;
  }
  return verbal ? 'signed' : undefined;
}

/**
 * The verb an 'unable' cue negates: the agreement word itself or a verb of reaching it
 * (합의하지 못했다, 계약을 체결하지 못했다, 합의를 못했다), or another verb (이번 합의가 오래가지
 * 못할 것). `afterWord` is where the agreement word ends in `local`.
 */
function unableVerb(local: string, afterWord: number): 'reaching' | 'another' | undefined {
  let found: 'another' | undefined;
  for (const cue of lex.unable) {
    for (let at = local.indexOf(cue); at >= 0; at = local.indexOf(cue, at + 1)) {
      if (at >= afterWord && !/\s/.test(local.slice(afterWord, at))) return 'reaching';
      const verb = /(\S+)\s*$/.exec(local.slice(0, at))?.[1] ?? '';
      if (lex.unableVerbs.test(verb.replace(/(?:하|되|해|돼|시키|을|를|이|가|에|도)$/, ''))) return 'reaching';
      found = 'another';
    }
  }
  return found;
}

/** The organisation's body written at `at` with its particle glued on (노조는, 채권단과), or ''. */
const bodyAt = (text: string, at: number): string =>
  lex.bodiesAfterName.find((body) => text.startsWith(body, at) && particles.includes(HANGUL_RUN.exec(text.slice(at + body.length))?.[0] ?? '')) ?? '';

type Role = 'with' | 'pair' | 'subject' | 'list' | 'possessor' | 'recipient';

/** Whether a mention is written alone in a parenthesis whose name before it no recogniser took (기구(IAEA)). */
function namesParenthesis(view: SentenceView, mention: SentenceMention): boolean {
  const open = mention.start - 1;
  return view.text[open] === '(' && !view.mentions.some((m) => m.end === open || m.end === open - 1);
}

/** 한국토지주택공사(LH): the alias in the parenthesis after the name is the same party, read with the name. */
function aliasInParenthesis(view: SentenceView, index: number): boolean {
  const mention = view.mentions[index];
  const previous = view.mentions.at(index - 1);
  return index > 0 && previous?.entity === mention.entity && view.text[mention.start - 1] === '(' && /^\s?\($/.test(view.text.slice(previous.end, mention.start));
}

/** What follows a mention once its title, parenthesis and closing quote are skipped. */
function particleAfter(view: SentenceView, mention: SentenceMention): { attached: string; nextWord: string; nextChar: string } {
  const { text } = view;
  let at = afterTitle(view, mention);
  for (let guard = 0; guard < 3; guard++) {
    if (text[at] === '(') {
      const close = text.indexOf(')', at);
      if (close < 0 || close - at > 40) break;
      at = close + 1;
    }
    // 국제 원자력 기구(IAEA)가: the name in the parenthesis carries the particle after it, unless
    // the name before the parenthesis is a mention of its own (it carries the particle then).
    else if (CLOSING.includes(text[at] ?? '') && (text[at] !== ')' || namesParenthesis(view, mention))) at++;
    else if (text.startsWith('측', at) && !isHangul(text[at + 1])) at++;
    // 조선민주주의인민공화국 측은: the side, written apart.
    else if (text.startsWith(' 측', at) && /^[은는이가도과와]/.test(text[at + 2] ?? '')) at += 2;
    // 대우조선 측에서 계약해: the side that acts.
    else if (/^ ?측에서/.test(text.slice(at, at + 5))) return { attached: '측은', nextWord: '', nextChar: '' };
    // 현대자동차 노조는, 대우건설 채권단과: the organisation's own body acts for it.
    else if (text[at] === ' ' && bodyAt(text, at + 1)) at += 1 + bodyAt(text, at + 1).length;
    else break;
  }
  const attached = HANGUL_RUN.exec(text.slice(at, view.end))?.[0] ?? '';
  const afterAttached = at + attached.length;
  const rest = text.slice(afterAttached, view.end);
  const nextWord = /^\s+([^\s,.]+)/.exec(rest)?.[1] ?? '';
  return { attached, nextWord, nextChar: rest.trimStart()[0] ?? '' };
}

/**
 * Where a person's mention ends once the title after it is skipped: 대통령, 씨, or the title
 * with the place it serves written glued before it (김가람 경기도지사와, 이나래 인천시장은).
 */
function afterTitle(view: SentenceView, mention: SentenceMention): number {
  const { text } = view;
  const at = mention.end;
  const role = mention.entity.role;
  for (const title of role ? [role, ...lex.honorifics] : lex.honorifics) {
    if (text.startsWith(` ${title}`, at)) return at + title.length + 1;
    if (text.startsWith(title, at) && title.length > 1) return at + title.length;
  }
  const word = /^ ([\uAC00-\uD7A3]{3,14})/.exec(text.slice(at, at + 16))?.[1] ?? '';
  if (!role || role.length < 2) return at;
  const titleAt = word.indexOf(role);
  return titleAt > 0 && word.length - titleAt - role.length <= 2 ? at + 1 + titleAt + role.length : at;
}

function roleOf(view: SentenceView, mention: SentenceMention, first: boolean): Role | undefined {
  const { attached, nextWord, nextChar } = particleAfter(view, mention);
  // 가나와 관련해, 가나와 달리: what is spoken of or compared, not a partner.
  if (lex.withParticles.includes(attached)) return lex.notPartnerAfter.some((word) => nextWord.startsWith(word)) ? undefined : 'with';
  // SM엔터테인먼트를 상대로 (a lawsuit over the contract): the other side.
  if ((attached === '을' || attached === '를') && nextWord === '상대로') return 'with';
  if (lex.pairWords.has(nextWord) || (attached === '' && lex.pairWords.has(nextWord.replace(/[의에]$/, '')))) return 'pair';
  if (lex.subjectParticles.includes(attached)) return 'subject';
  if (attached === '의') return 'possessor';
  if (lex.proposalRecipientParticles.includes(attached)) return 'recipient';
  if (attached === '' && (nextChar === '·' || nextWord === '및')) return 'list';
  // A headline's actor comes first, before a comma: 중진공, 카자흐스탄과 MOU 체결.
  if (attached === '' && nextChar === ',' && first) return 'subject';
  if (attached === '' && nextChar === ',') return 'list';
  return undefined;
}

const isVenue = (entity: SentenceMention['entity']): boolean => entity.type === 'place' && entity.placeKind === 'venue';

/** 넷마블에 인수된: the one it went to, right before the word. */
const BY_WHOM = /^(?:에게|에)\s+$/;
/** 카카오에 지분을 매각하는: a sale's buyer may stand before what is sold. */
const SOLD_TO = /^(?:에게|에)\s+(?:[\uAC00-\uD7A3A-Za-z0-9]+\s+){0,2}?(?:[\uAC00-\uD7A3A-Za-z0-9]+(?:을|를)\s+)?$/;

/**
 * Parties named before the agreement word, by the particle each mention carries; names the
 * recognisers missed are taken in the text's own words from the same shapes.
 */
function readParties(
  view: SentenceView,
  triggerStart: number,
  status: CueStatus,
  stopWord: string,
  kind?: AgreementKind,
  boughtBefore?: number,
  objectKind = kind,
): Pick<AgreementMention, 'parties' | 'hasSubject' | 'hasCounterpart' | 'anaphora' | 'partyMentions' | 'bothSides' | 'bothSidesWord' | 'bothSidesAre'> {
  // 김 의원은 “정부가 일본과 … 합의를 했다”고: a quotation with a subject of its own speaks of others.
  const quoteFrom = quoteWithSubject(view, triggerStart);
  const candidates = view.mentions.filter((m, i) => m.start >= quoteFrom && m.end <= triggerStart && (canBeParty(m.entity) || isVenue(m.entity)) && !aliasInParenthesis(view, i));
  const { roles, commaList, leadPartner, pairedWithLead, newTopic } = mentionRoles(view, candidates, triggerStart, { status, kind, boughtBefore });
  const subjects: string[] = newTopic ? [newTopic] : [];
  const counterparts: string[] = [];
  const partyMentions: SentenceMention[] = [];
  if (commaList) subjects.push(commaList.closingWord);
  candidates.forEach((mention, i) => {
    const role = roles[i];
    if (role !== 'subject' && role !== 'with' && role !== 'pair') return;
    const name = ownedName(view, candidates, i, roles) ?? partyName(bodyOwner(view, candidates, i)?.entity ?? mention.entity);
    const list = role === 'subject' ? subjects : counterparts;
    if (!list.includes(name)) list.push(name);
    partyMentions.push(mention);
  });
  // Names no recogniser knew, read from the words' own particles (㈜다비치안경체인은, 대구가톨릭대와,
  // 타지키스탄-중국 국경 협약, 양사는).
  // 크림을 러시아에 편입시키는 합병 조약: the object word says what the agreement does.
  const words = wordParties(view, triggerStart, view.mentions, { sale: objectKind?.id === 'sale', purchase: objectKind?.id === 'acquisition' || objectKind?.id === 'merger' });
  if (counterparts.length === 0) counterparts.push(...counterpartWords(view, triggerStart, stopWord, words));
  if (leadPartner && (counterparts.length === 0 || pairedWithLead)) counterparts.unshift(leadPartner.name);
  const before = view.text.slice(view.start, triggerStart);
  // 시는, 회사 측: words of their own (가나시는 names the city; 이 시는 … refers to it).
  const anaphora = lex.anaphoraSubjects.some((phrase) => new RegExp(`(?:^|[\\s‘“'"])${phrase}`).test(before));
  if (subjects.length === 0 && counterparts.length > 0 && !anaphora) {
    const partnerEnds = candidates.filter((_, i) => roles[i] === 'with').map((m) => m.end);
    if (leadPartner) partnerEnds.push(leadPartner.nameEnd);
    const word = subjectAfterPartner(view, partnerEnds, triggerStart) ?? leadingTopicWord(view, triggerStart);
    if (word && !counterparts.includes(word)) subjects.push(word);
  }
  const mentionSubjectEnd = Math.max(-1, ...partyMentions.filter((m) => subjects.includes(partyName(m.entity))).map((m) => m.end));
  addWordParties(words, subjects, counterparts, { mentionSubjectEnd, anaphora });
  // 가나전자 관계자는 “다라와 계약을 체결할 계획”이라고: the quote's unnamed subject is the speaker's side.
  const speaker = subjects.length === 0 && counterparts.length > 0 && quoteFrom === view.start ? quoteSpeaker(view, triggerStart) : undefined;
  if (speaker && !counterparts.includes(speaker)) subjects.push(speaker);
  const parties: string[] = [];
  const all = [...subjects, ...counterparts];
  // DSP미디어 and DSP, its short name the recogniser did not join to it: one party.
  const shortName = (name: string) => all.some((other) => other.length > name.length && other.startsWith(name) && /^[\uAC00-\uD7A3A-Za-z0-9]/.test(other.slice(name.length)));
  for (const name of all) if (!parties.includes(name) && !shortName(name)) parties.push(name);
  return {
    parties,
    hasSubject: subjects.length > 0,
    hasCounterpart: counterparts.length > 0,
    anaphora,
    partyMentions,
    bothSides: words.bothSides,
    bothSidesWord: words.bothSidesWord,
    bothSidesAre: words.bothSidesAre,
  };
}

/**
 * 유엔 상임위는, 가나그룹 다라전자와: an organisation written straight after another organisation
 * that plays no part of its own is that one's, and named with it.
 */
function ownedName(view: SentenceView, candidates: SentenceMention[], i: number, roles: Array<Role | undefined>): string | undefined {
  const owner = candidates[i - 1] as SentenceMention | undefined;
  const { entity } = candidates[i];
  if (!owner || roles[i - 1] !== undefined || owner.entity.type !== 'organization' || entity.type !== 'organization') return undefined;
  if (lex.bodiesAfterName.includes(entity.name) || view.text.slice(owner.end, candidates[i].start) !== ' ') return undefined;
  return `${owner.entity.name} ${entity.name}`;
}

/** 타지키스탄 하원은, 가나자동차 노조와: a body a recogniser named acts for the name written before it. */
function bodyOwner(view: SentenceView, candidates: SentenceMention[], i: number): SentenceMention | undefined {
  const { entity } = candidates[i];
  const owner = candidates[i - 1] as SentenceMention | undefined;
  if (!owner || entity.type !== 'organization' || !lex.bodiesAfterName.includes(entity.name) || owner.entity.type === 'person') return undefined;
  return view.text.slice(owner.end, candidates[i].start) === ' ' ? owner : undefined;
}

interface MentionRoles {
  roles: Array<Role | undefined>;
  commaList?: { closingWord: string; last: number };
  leadPartner?: { name: string; nameEnd: number; end: number };
  pairedWithLead: boolean;
  /** The topic word that took over from an earlier clause's subject (…동결했으며, 정부는 …). */
  newTopic?: string;
}

/** The role each candidate mention plays in the agreement, from its particle and its neighbours. */
function mentionRoles(
  view: SentenceView,
  candidates: SentenceMention[],
  triggerStart: number,
  { status, kind, boughtBefore }: { status: CueStatus; kind?: AgreementKind; boughtBefore?: number },
): MentionRoles {
  // 국립암센터와 협약을: a venue that acts or is partnered is the institution running it.
  const written = candidates.map((m, i) => {
    const role = roleOf(view, m, i === 0 && m.start - view.start <= leadingQuote(view));
    return !isVenue(m.entity) || role === 'with' || role === 'subject' || role === 'list' ? role : undefined;
  });
  const commaList = readCommaList(view, candidates, written);
  const roles: Array<Role | undefined> = [...written];
  if (commaList) for (let i = commaList.last; i >= 0 && written[i] === 'list'; i--) roles[i] = 'subject';
  // A list member (A·B와, A 및 B는) takes the role of the member that closes the list.
  for (let i = roles.length - 2; i >= 0; i--) if (roles[i] === 'list') roles[i] = roles[i + 1];
  const leadPartner = leadingPartnerWord(view);
  let pairedWithLead = false;
  for (let i = 0; i < roles.length; i++) {
    // A와 B의 협정: B closes the pair. 카타르의 중재로: a lone possessor is no party.
    const afterPartner = i > 0 ? roles[i - 1] === 'with' && adjacent(view, candidates[i - 1], candidates[i]) : leadPartner?.end === candidates[i].start;
    // 가나항공의 다라항공 인수: the one whose purchase it is buys.
    if (roles[i] === 'possessor' && boughtBefore !== undefined && possessesPurchase(view, candidates, i, boughtBefore)) roles[i] = 'subject';
    // 인텔의 낸드 사업부 인수 계약을 체결: the one whose business is bought, not the signer.
    if (roles[i] === 'possessor' && boughtBefore !== undefined && isBought(view, candidates[i], boughtBefore)) roles[i] = 'with';
    if (roles[i] === 'possessor') {
      const owns = possessesAgreement(view, candidates[i], triggerStart);
      // 러시아의 합병 조약 서명, 가나의 협정 탈퇴: the one whose signing (or leaving) it is acts.
      const acts = owns && !afterPartner && SIGNING_AFTER.test(view.text.slice(triggerStart, view.end));
      roles[i] = afterPartner && owns ? 'pair' : acts ? 'subject' : undefined;
      // 카타르와 이집트의 중재로: the partner before joins the possessor, not the agreement.
      if (afterPartner && !owns && i > 0) roles[i - 1] = undefined;
    }
    if (i === 0 && afterPartner && roles[i] === 'pair') pairedWithLead = true;
    // 정부는 일본 정부에 … 제안했다: the one a proposal is made to is its counterpart.
    // 넷마블에 인수된 코웨이: the one it was sold to.
    const byWhom = kind?.objectWord === true && (kind.id === 'sale' ? SOLD_TO : BY_WHOM).test(view.text.slice(candidates[i].end, triggerStart));
    if (roles[i] === 'recipient') roles[i] = (status === 'proposed' || byWhom) && candidates[i].entity.type !== 'place' ? 'with' : undefined;
    if (boughtBefore !== undefined && (roles[i] === undefined || roles[i] === 'possessor') && isBought(view, candidates[i], boughtBefore)) roles[i] = 'with';
  }
  // 러시아 합병 조약에 서명: a name straight before the object word stands as before the agreement word.
  placeRoles(view, Math.min(triggerStart, boughtBefore ?? triggerStart), candidates, roles, written);
  // Only the subject nearest the agreement word (with its list) acts in it; an earlier one
  // reports it (스포츠동아는 … 강동원 씨가 YG와 전속계약을 앞두고 있다고 보도했다).
  const nearest = roles.lastIndexOf('subject');
  let firstOfList = nearest;
  while (firstOfList > 0 && written[firstOfList - 1] === 'list') firstOfList--;
  for (let i = 0; i < firstOfList; i++) if (roles[i] === 'subject') roles[i] = undefined;
  // 한국은행은 금리를 동결했으며, 정부는 노동계와 협상을: a new topic after a clause break acts.
  const newTopic = nearest >= 0 ? newTopicAfter(view, candidates[nearest].end, triggerStart) : undefined;
  if (newTopic) roles[nearest] = undefined;
  return { roles, commaList, leadPartner, pairedWithLead, newTopic };
}

/**
 * A, B, C, D가 수주했다: names listed with commas share the role of the one that closes the
 * list, the first too (it is no headline's actor); a closing name no recogniser knew (D가)
 * is read from its particle and returned with the list's last member: the list acts with it.
 */
function readCommaList(view: SentenceView, candidates: SentenceMention[], written: Array<Role | undefined>): { closingWord: string; last: number } | undefined {
  const commaBetween = (i: number) => /^\s*,\s*$/.test(view.text.slice(candidates[i].end, candidates[i + 1].start));
  if (written[0] === 'subject' && candidates.length > 1 && (written[1] === 'list' || written[1] === 'subject') && commaBetween(0)) written[0] = 'list';
  let last = candidates.length - 1;
  while (last >= 0 && written[last] !== 'list') last--;
  if (last < 0 || (last < candidates.length - 1 && written[last + 1] !== undefined)) return undefined;
  const closing = /^\s*,\s*([\uAC00-\uD7A3A-Za-z0-9&]{2,20}?)(?:이|가|은|는)\s/.exec(view.text.slice(candidates[last].end, view.end));
  // 디스플레이 is a noun, not 디스플레 with 이.
  const whole = closing?.[0].replace(/^\s*,\s*/, '').trimEnd();
  if (!closing || lex.subjectWordsStop.has(closing[1]) || isCommonNoun(closing[1]) || isCommonNoun(whole ?? '')) return undefined;
  return { closingWord: closing[1], last };
}

/** The agreement word followed by its signing, ratifying or leaving as a noun (조약 서명, 협정탈퇴). */
const SIGNING_AFTER = /^[\uAC00-\uD7A3A-Za-z]*\s?(?:체결|서명|타결|조인|비준|탈퇴|파기|해지)/;

const TOPIC_AFTER_BREAK = /(?:[고며]|지만|는데|으나),?\s(?:\S+\s)*?([\uAC00-\uD7A3A-Za-z0-9]{2,12})(?:은|는)\s/;
/** The new topic word (정부는) after a clause break between a subject and the agreement word, if any. */
function newTopicAfter(view: SentenceView, from: number, triggerStart: number): string | undefined {
  const match = TOPIC_AFTER_BREAK.exec(view.text.slice(from, triggerStart));
  const topic = match?.[1];
  if (!match || topic === undefined || lex.subjectWordsStop.has(topic) || lex.wordPartyStop.includes(topic) || /(?:에|에서|로|일|년|월|때|후|전|중|해|날)$/.test(topic))
    return undefined;
  // A mention there is read by its own particle.
  const at = from + match.index + match[0].length - topic.length - 2;
  return view.mentions.some((m) => m.start <= at && at < m.end) ? undefined : topic;
}

/** A의 B 인수: A with 의 right before the organisation written straight before the object word. */
function possessesPurchase(view: SentenceView, candidates: SentenceMention[], i: number, boughtBefore: number): boolean {
  const next = candidates[i + 1];
  if (!next || next.entity.type !== 'organization') return false;
  return /^의\s+$/.test(view.text.slice(candidates[i].end, next.start)) && /^\s+$/.test(view.text.slice(next.end, boughtBefore));
}

/**
 * Whether a name with 의 owns the agreement's noun phrase (A와 B의 무역 협정), not another noun
 * that takes its own particle (카타르와 이집트의 중재로 휴전에 합의: the mediators).
 */
const CASE_PARTICLE_END = /.(?:으로|로|에서|에게|에|을|를|은|는|이|가|와|과|의|도)$/;
function possessesAgreement(view: SentenceView, mention: SentenceMention, triggerStart: number): boolean {
  const between = view.text.slice(mention.end, triggerStart);
  const words = between
    .slice(between.indexOf('의') + 1)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.every((word) => !CASE_PARTICLE_END.test(word) || isCommonNoun(word));
}

/** 인텔을 인수했다, 인텔의 낸드 사업부를 인수한다, 대우조선해양을 2조 원에 인수: the one bought, or whose business is, right before the word. */
function isBought(view: SentenceView, mention: SentenceMention, triggerStart: number): boolean {
  if (mention.entity.type !== 'organization') return false;
  // 다라물산을 흡수합병: the word the agreement word ends is read whole.
  let wordStart = triggerStart;
  while (wordStart > mention.end && isHangul(view.text[wordStart - 1])) wordStart--;
  const between = view.text.slice(mention.end, wordStart);
  // SM엔터테인먼트 지분 인수: its shares, its business.
  const ownedThing = /^\s+([\uAC00-\uD7A3]{2,})\s+$/.exec(between)?.[1];
  if (ownedThing && isCommonNoun(ownedThing)) return true;
  // 인텔의 낸드 사업부 인수: its business named by bare nouns. A noun for any company (SK하이닉스의
  // 미국 업체 인수: counterpartDescriptors) is itself bought, the possessor being the buyer.
  const business = /^의\s+(?:[\uAC00-\uD7A3A-Za-z0-9]+\s+)?([\uAC00-\uD7A3]{2,})\s+$/.exec(between)?.[1];
  if (business && isCommonNoun(business) && !lex.counterpartDescriptors.includes(business.replace(/들$/, ''))) return true;
  return /^(?:을|를|의\s+[\uAC00-\uD7A3A-Za-z0-9]+(?:\s+[\uAC00-\uD7A3A-Za-z0-9]+)?(?:을|를))(?:\s+\S+(?:\s+\S+)?에)?\s+$/.test(between);
}

/**
 * Roles that depend on where a mention stands: 이란 핵협상, 삼성 인수 — an organisation or a
 * country written straight before the agreement's word is a party to it (a city there names
 * the agreement: 파리 기후협약); a partner in an earlier clause (DSP미디어와의 계약기간이 남아
 * 있고, … 재계약 논의) is another matter's, except A in A와 B가 …, which joins the subject.
 */
function placeRoles(view: SentenceView, triggerStart: number, candidates: SentenceMention[], roles: Array<Role | undefined>, written: Array<Role | undefined>): void {
  let wordStart = triggerStart;
  while (wordStart > view.start && isHangul(view.text[wordStart - 1])) wordStart--;
  candidates.forEach((mention, i) => {
    const signs = mention.entity.type === 'organization' || (mention.entity.type === 'place' && mention.entity.placeKind === 'country');
    if (roles[i] === undefined && signs && /^\s+$/.test(view.text.slice(mention.end, wordStart))) roles[i] = 'pair';
  });
  candidates.forEach((mention, i) => {
    const joinsSubject = roles[i] === 'with' && roles[i + 1] === 'subject' && adjacent(view, mention, candidates[i + 1]);
    // 가나대학교, 마바병원과: a list's comma is no clause break; the member that closes it is read.
    const from = written[i] === 'list' && i + 1 < candidates.length ? candidates[i + 1].end : mention.end;
    if (!joinsSubject && (roles[i] === 'with' || roles[i] === 'pair') && /(?:[고며]|지만|는데|으나|,)\s/.test(view.text.slice(from, triggerStart))) roles[i] = undefined;
  });
}

/**
 * Adds the parties read from the words: the nearest subject word with all it stands for (푸틴
 * 러시아 대통령이: both) when no mention acts; partners named after the acting subject (one
 * before it belongs to another clause), a fuller name replacing its last word (일본 대형 음반사
 * over 음반사); both sides of a pair.
 */
function addWordParties(words: WordParties, subjects: string[], counterparts: string[], { mentionSubjectEnd, anaphora }: { mentionSubjectEnd: number; anaphora: boolean }): void {
  if (subjects.length === 0 && !anaphora) {
    const nearestAt = words.subjects.at(-1)?.at;
    for (const word of words.subjects) if (word.at === nearestAt && !counterparts.includes(word.name)) subjects.push(word.name);
  }
  for (const partner of words.partners) {
    if (partner.at <= mentionSubjectEnd || counterparts.includes(partner.name) || subjects.includes(partner.name)) continue;
    const shorter = counterparts.findIndex((name) => partner.name.endsWith(` ${name}`));
    if (shorter >= 0) counterparts[shorter] = partner.name;
    else counterparts.push(partner.name);
  }
  for (const member of words.pair) if (!counterparts.includes(member) && !subjects.includes(member)) counterparts.push(member);
}

/**
 * A date that is not the agreement's: one after it in another clause (…체결했다고 13일 밝혔다,
 * the announcement), a bound of another clause (4월까지 계약기간이 남아 있고, … 재계약 논의),
 * or the agreed action's (14일 오전에 송환하기로 합의). A date that opens the sentence (24일에는
 * …하고, …체결할 예정이다) holds for all its clauses.
 */
function dateOfAnother(view: SentenceView, date: SentenceMention, at: number, end: number): boolean {
  if (date.start >= end) return CLAUSE_BREAK_BETWEEN.test(view.text.slice(end, date.start));
  const between = view.text.slice(date.end, at);
  const bound = /^(?:까지|부터)/.exec(view.text.slice(date.end, date.end + 2))?.[0];
  // 2027년까지 재계약했다: the end of the term agreed, not when it was agreed.
  if (bound === '까지' || (bound && CLAUSE_BREAK_BETWEEN.test(between))) return true;
  return /(?:기로|도록|자는|하겠다는)\s/.test(between);
}
const CLAUSE_BREAK_BETWEEN = /(?:[고며]|지만|는데|으나|,)\s/;

/**
 * The organisation (or person) whose words a quotation holding the agreement word is: a
 * mention right before the opening quote with a subject particle, or with a spokesperson
 * word and one (가나전자 관계자는 “…, 다라 측은 “…).
 */
function quoteSpeaker(view: SentenceView, triggerStart: number): string | undefined {
  const before = view.text.slice(view.start, triggerStart);
  const open = Math.max(before.lastIndexOf('“'), before.split('"').length % 2 === 0 ? before.lastIndexOf('"') : -1);
  if (open < 0 || before.includes('”', open)) return undefined;
  const quoteAt = view.start + open;
  const speaker = view.mentions.filter((m) => m.end <= quoteAt && canBeParty(m.entity)).at(-1);
  if (!speaker) return undefined;
  const between = view.text.slice(speaker.end, quoteAt);
  const title = /^\s?([\uAC00-\uD7A3]+?)(?:은|는|이|가)\s*$/.exec(between)?.[1];
  const speaks = /^(?:은|는|이|가)\s*$/.test(between) || (title !== undefined && (lex.wordPartyStop.includes(title) || title === speaker.entity.role));
  return speaks ? partyName(speaker.entity) : undefined;
}

/**
 * Where the quotation holding the agreement word opens, when it names its own subject before
 * the agreement word (“정부가 …, “누리화학은 …): the names before it are the speaker's, not the
 * agreement's. The subject is a name a recogniser found, or a noun for a party
 * (counterpartDescriptors: 정부, 기업), with a topic or subject particle; 전문가, 매출이 늘어난
 * are none. The sentence's start otherwise (a quotation whose subject is left unsaid, or 우리는,
 * is the speaker's own).
 */
function quoteWithSubject(view: SentenceView, triggerStart: number): number {
  const before = view.text.slice(view.start, triggerStart);
  const open = Math.max(before.lastIndexOf('“'), before.split('"').length % 2 === 0 ? before.lastIndexOf('"') : -1);
  if (open < 0 || before.includes('”', open)) return view.start;
  const quoteAt = view.start + open;
  const particleAfter = (m: SentenceMention) => subjectParticleOf(/^\S*/.exec(view.text.slice(m.end, triggerStart))?.[0] ?? '');
  const named = view.mentions.some((m) => m.start > quoteAt && m.end < triggerStart && canBeParty(m.entity) && particleAfter(m) !== undefined);
  const partyNoun = before
    .slice(open + 1)
    .split(/\s+/)
    .some((word) => {
      const particle = subjectParticleOf(word);
      return particle !== undefined && lex.counterpartDescriptors.includes(word.slice(0, -particle.length));
    });
  return named || partyNoun ? quoteAt : view.start;
}

/** Whether only a particle and spaces stand between two mentions (A와 B의). */
function adjacent(view: SentenceView, first: SentenceMention, second: SentenceMention): boolean {
  // 가나 대통령과 다라 총리는: the first one's title stands between.
  const from = first.entity.type === 'person' ? Math.min(afterTitle(view, first), second.start) : first.end;
  return /^[\uAC00-\uD7A3]{0,2}[’”'")]*\s*$/.test(view.text.slice(from, second.start));
}

function leadingQuote(view: SentenceView): number {
  return OPENING.includes(view.text[view.start] ?? '') ? 1 : 0;
}

const TOPIC_WORD = /^([\uAC00-\uD7A3A-Za-z0-9&·-]{2,20}?)(?:은|는|이|가)$/;
/** A word carrying a subject particle that is a name, not 이번에는, 24일에는 or 양사는. */
function asTopicWord(view: SentenceView, word: string, at: number): string | undefined {
  const match = TOPIC_WORD.exec(word);
  if (!match) return undefined;
  const name = match[1];
  if (lex.subjectWordsStop.has(name) || /(?:에|에서|로|으로|일|년|월|께|들)$/.test(name) || /^\d+$/.test(name)) return undefined;
  if (view.mentions.some((m) => m.start < at + word.length && at < m.end)) return undefined;
  // 이/가 also end ordinary nouns; accept them only after a Latin or mixed name (TSMC가).
  if (/[이가]$/.test(word) && !/[A-Za-z0-9]/.test(name)) return undefined;
  return name;
}

/** 카카오뱅크와 토스는: the word after the partner carries the subject particle. */
function subjectAfterPartner(view: SentenceView, partnerEnds: number[], triggerStart: number): string | undefined {
  for (const end of partnerEnds) {
    const rest = view.text.slice(end, triggerStart);
    const match = /^[\uAC00-\uD7A3’”'")]*\s+(\S+)/.exec(rest);
    if (!match) continue;
    const at = end + match[0].length - match[1].length;
    const name = asTopicWord(view, match[1], at);
    if (name) return name;
  }
  return undefined;
}

/**
 * 한화오션과 미국 해군의 계약, 카카오뱅크와 토스는: a sentence that opens with a name and 와/과
 * names a party even when no recogniser knew it.
 */
function leadingPartnerWord(view: SentenceView): { name: string; nameEnd: number; end: number } | undefined {
  const match = /^([‘“'"]?)([\uAC00-\uD7A3A-Za-z0-9&-]{2,20}?)(?:와|과)\s+/.exec(view.text.slice(view.start, view.end));
  if (!match) return undefined;
  const name = match[2];
  const at = view.start + match[1].length;
  if (lex.subjectWordsStop.has(name) || /(?:에|에서|로|일|년|월)$/.test(name)) return undefined;
  if (view.mentions.some((m) => m.start < at + name.length && at < m.end)) return undefined;
  return { name, nameEnd: at + name.length, end: view.start + match[0].length };
}

/** 하나금융은 … 외환노조와 합의했다: the sentence's first word as its topic. */
function leadingTopicWord(view: SentenceView, triggerStart: number): string | undefined {
  const match = /^[‘“'"]?(\S+)/.exec(view.text.slice(view.start, triggerStart));
  if (!match || !/[은는]$/.test(match[1])) return undefined;
  return asTopicWord(view, match[1], view.start + match[0].length - match[1].length);
}

/**
 * A counterpart the recognisers did not name, in the text's own words: a quoted name, a word
 * ending like an organisation, or one introduced by what it is (미국 제약사 일라이릴리와),
 * directly before 와/과; or the 와/과 word that ends the agreement's own noun phrase
 * (카타르에너지와 액화천연가스 장기 도입 계약).
 */
function counterpartWords(view: SentenceView, triggerStart: number, stopWord: string, read: WordParties): string[] {
  const before = view.text.slice(view.start, triggerStart);
  const words: string[] = [];
  const add = (word: string) => {
    // 현지 업체 3곳과: a count, not a name.
    if (!words.includes(word) && !lex.subjectWordsStop.has(word) && !/^\d/.test(word)) words.push(word);
  };
  for (const match of before.matchAll(/[‘“'"「]([^’”'"」]{2,30})[’”'"」]\s?(?:와|과)(?:의)?\s/g)) add(match[1]);
  for (const match of before.matchAll(/(?:^|\s)(?:(\S+)\s+)?([\uAC00-\uD7A3A-Za-z0-9&-]{2,20})(?:와|과)(?:의)?\s/g)) {
    const [, previous, word] = match;
    const looksLikeOrg = orgSuffixes.some((suffix) => word.endsWith(suffix) && word.length > suffix.length);
    const introduced = previous !== undefined && lex.counterpartDescriptors.some((descriptor) => previous.endsWith(descriptor));
    // 누리그룹 회장과: a title after the organisation stands for its holder, read from the words.
    if ((looksLikeOrg || introduced) && !isTitleWord(word)) add(word);
  }
  const ownPhrase = /^([\uAC00-\uD7A3A-Za-z0-9&-]{2,20})(?:와|과)(?:의)?$/.exec(stopWord);
  // 위도도 대통령과 … 협약: a title stands for its holder, whom the words read.
  // 노사는 임금과 단체협약 협상을: a common noun joined to the phrase after partners are named is a thing agreed on.
  const joinsThings = ownPhrase !== null && isCommonNoun(ownPhrase[1]) && partnersNamedBefore(view, view.start + before.lastIndexOf(stopWord), read);
  if (words.length === 0 && ownPhrase && !isTitleWord(ownPhrase[1]) && !joinsThings) add(ownPhrase[1]);
  return words;
}

/**
 * The words that say what the agreement is about, read backwards from the agreement word
 * over bare nouns (모바일 송금 결제 서비스 지원 업무협약) and through 위한/관한 phrases, and
 * for 합의 its object (공동 개발에 합의, 공장을 세우기로 합의); a word carrying a particle,
 * a name or a date ends the subject.
 */
function subjectWords(view: SentenceView, triggerStart: number, verbal: boolean): { subject: string; glued: string; stopWord: string } {
  const { text } = view;
  // Part of the same written word (수출계약 → 수출).
  let wordStart = triggerStart;
  while (wordStart > view.start && isHangul(text[wordStart - 1])) wordStart--;
  const glued = text.slice(wordStart, triggerStart);
  const words: string[] = [];
  let end = wordStart;
  let afterConnector = false;
  let stopWord = '';
  while (words.length < 6) {
    const before = text.slice(view.start, end);
    const match = /(\S+)\s+$/.exec(before);
    if (!match || match.index === undefined) break;
    const word = match[1].replace(/^[‘“'"「(]+|[’”'"」)]+$/g, '');
    const wordAt = view.start + match.index;
    if (view.mentions.some((m) => m.start < wordAt + match[1].length && wordAt < m.end)) break;
    if (lex.subjectWordsStop.has(word) || !/^[\uAC00-\uD7A3A-Za-z0-9-]+$/.test(word)) break;
    if (lex.subjectConnectors.has(word)) {
      words.unshift(word);
      afterConnector = true;
    } else if (afterConnector) {
      // 탄소중립 실현을 위한: the word before 위한 carries its object particle.
      words.unshift(word);
      afterConnector = false;
    } else if (verbal && words.length === 0 && /.에$/.test(word) && !glued) {
      // 공동 개발에 합의했다: what was agreed on is the object of 합의 (공동 개발 합의).
      words.unshift(word.slice(0, -1));
    } else if (verbal && words.length === 0 && /.기로$/.test(word) && !glued) {
      // 합작공장을 세우기로 합의했다: the agreed action and its object.
      words.unshift(word);
      afterConnector = true;
    } else if (endsWithParticle(word)) {
      if (!view.mentions.some((m) => m.start < wordAt + match[1].length && wordAt < m.end)) stopWord = word;
      break;
    } else words.unshift(word);
    end = wordAt;
  }
  if (lex.subjectConnectors.has(words[0] ?? '')) words.shift();
  return { subject: words.join(' '), glued, stopWord };
}

const PARTICLE_ENDINGS = ['은', '는', '이', '가', '을', '를', '에', '의', '와', '과', '로', '도', '서', '만', '고', '며', '다', '해', '려', '켜'];
/** Verb forms that end a subject phrase too (찾지 못한 채 합의문 없이). */
const VERB_ENDINGS = /(?:한|된|할|될|던|지|채|어|아|써)$/;
function endsWithParticle(word: string): boolean {
  // 마을, 기술: a noun that only looks like it ends in a particle.
  if (isCommonNoun(word)) return false;
  return (
    (word.length > 1 && PARTICLE_ENDINGS.includes(word[word.length - 1])) ||
    word === '채' ||
    (word.length > 1 && VERB_ENDINGS.test(word) && !isCommonNoun(word) && !/^[A-Za-z0-9]/.test(word))
  );
}

/** The organisation a lead sentence is about: the first one carrying a topic or subject particle. */
function leadSubject(view: SentenceView): string | undefined {
  for (const mention of view.mentions) {
    if (mention.entity.type !== 'organization') continue;
    const { attached } = particleAfter(view, mention);
    if (['은', '는', '이', '가'].includes(attached)) return mention.entity.name;
  }
  return undefined;
}
