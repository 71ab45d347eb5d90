// Parties of a Korean agreement read from the sentence's own words, for the names no recogniser
// knew: the particle on each word says its part (대구가톨릭대와 → a partner, ㈜다비치안경체인은 →
// the one who acts, 타지키스탄-중국 국경 협약 / 한·미 합의 / 남북 → both sides, 양사는 → the two
// named just before). korean.ts merges these with the parties read from entity mentions.
import commonNounData from '../lexicon/generated/ko-common-nouns.json';
import orgSuffixData from '../lexicon/ko/org-suffixes.json';
import titleData from '../lexicon/ko/titles.json';
import orgNameData from '../lexicon/generated/ko-organizations.json';
import peopleNameData from '../lexicon/generated/ko-people.json';
import placeNameData from '../lexicon/generated/ko-places.json';
import { koreanLexicon as lex } from './lexicon';
import type { SentenceMention, SentenceView } from './mentions';

export interface WordParty {
  name: string;
  /** Offset of the word in the text. */
  at: number;
}

export interface WordParties {
  subjects: WordParty[];
  partners: WordParty[];
  /** Both sides written as one pair (타지키스탄-중국, 한·미, 남북). */
  pair: string[];
  /** 양사, 양측, 노사: the two parties are named elsewhere. */
  bothSides: boolean;
  /** The word itself when it means something shown alone (노사, 여야). */
  bothSidesWord?: string;
  /** 양국: two countries; 양사: two organisations. */
  bothSidesAre?: 'countries' | 'organizations';
}

const orgSuffixes: string[] = orgSuffixData.suffixes.filter((suffix: string) => suffix.length >= 2);
/** Korean common nouns (사업비, 가능성): a word that is one is not a name by itself. */
const commonNouns = new Set(commonNounData.words.split(' '));
const titles = new Set<string>(titleData.titles);
/** Names of organisations, people and places the generated dictionaries list. */
const knownNames = new Set([...orgNameData.words.split(' '), ...peopleNameData.words.split(' '), ...placeNameData.words.split(' ')]);
export const isCommonNoun = (stem: string) => commonNouns.has(stem) || commonNouns.has(stem.replace(/들$/, ''));
const WITH = ['와의', '과의', '와', '과', '이랑', '랑'];
const TOPIC = ['측은', '측이', '측도', '은', '는', '도'];
const SUBJECT = ['이', '가'];
/** The topic or subject particle a word ends with (정부가 → 가, 한빛전자측은 → 측은), if any. */
export const subjectParticleOf = (word: string): string | undefined => [...TOPIC, ...SUBJECT].find((particle) => word.endsWith(particle));
/** A name the recognisers did not know may still carry a company marker: ㈜다비치, (주)가나. */
const COMPANY_MARK = /^(?:㈜|\(주\)|\(株\))\s?/;
/** Stands for a parenthesis's characters in the words read (see wordParties). */
const PAREN = '\uE000';
const QUOTES = /^[‘“'"「『《〈]+|[’”'"」』》〉]+$/g;
/** Words that carry a subject particle but are not names: times, places, pronouns, connectives. */
const NOT_A_NAME = /(?:에|에서|로|으로|까지|부터|일|년|월|께|때|중|후|전|간|만|것|이번|이날|당시)$/;
/** A bare noun that may open a longer name (일본 대형 음반제작사, 조선민주주의인민공화국 판문점 대표부). */
const BARE_NOUN = /^[\uAC00-\uD7A3A-Za-z0-9&]+$/;
const ADNOMINAL_OR_PARTICLE = /(?:[은는이가을를에의로도와과한된할던인]|에서|하는|하던)$/;

/** Whether a word looks like an organisation's name even without a recogniser: 대구가톨릭대, TSMC, 한국철도공사. */
export function looksLikeName(stem: string): boolean {
  if (/[A-Za-z]/.test(stem)) return true;
  // A name the dictionaries list (트럼프 is also a common noun there), or a word no noun list
  // has, which is most often a name (현대로템, 다비치안경체인).
  if (knownNames.has(stem) || (!isCommonNoun(stem) && !lex.wordPartyStop.includes(stem))) return true;
  return orgSuffixes.some((suffix) => stem.endsWith(suffix) && stem.length > suffix.length) || /(?:대|대학|대학교|공사|공단|그룹|들|사|국)$/.test(stem);
}

function acceptable(stem: string): boolean {
  if (stem.length < 2 || lex.subjectWordsStop.has(stem) || lex.wordPartyStop.includes(stem)) return false;
  if (/^\d/.test(stem) || NOT_A_NAME.test(stem)) return false;
  return /^[\uAC00-\uD7A3A-Za-z0-9&.·-]+$/.test(stem);
}

/** A member of a pair written with Latin letters: a company's capitals (GM) or a mixed name (LG화학). */
const PAIR_MEMBER = /^(?=.*[A-Z])[A-Z0-9&]{2,}$|^(?=.*[\uAC00-\uD7A3])(?=.*[A-Za-z])[\uAC00-\uD7A3A-Za-z0-9&]{2,}$/;

/** 한·미 → 대한민국, 미국; 타지키스탄-중국 → both; 남북 → 대한민국, 북한. */
export function pairMembers(word: string): string[] | undefined {
  const members = word.split(/[·\-–‧ㆍ]/).filter(Boolean);
  if (members.length >= 2) {
    // Berners-Lee is one name; 한-EU and 타지키스탄-중국 are two.
    // LG화학-GM: a member may mix letters with Hangul, or be capitals (GM, SK), but not a Latin word.
    if (!members.every((m) => /^[\uAC00-\uD7A3]+$/.test(m) || lex.pairAbbreviations[m] || PAIR_MEMBER.test(m))) return undefined;
    return members.map((m) => lex.pairAbbreviations[m] ?? m);
  }
  if (word.length === 2 && lex.pairAbbreviations[word[0]] && lex.pairAbbreviations[word[1]] && word[0] !== word[1]) {
    return [lex.pairAbbreviations[word[0]], lex.pairAbbreviations[word[1]]];
  }
  return undefined;
}

/** One written word before the agreement word: its text (parenthesis left out) and offset in `before`. */
type Word = string[] & { index: number };

/** What every step of the word reader needs: the sentence, its words and the mentions. */
interface WordContext {
  view: SentenceView;
  words: Word[];
  taken: SentenceMention[];
  /** The sentence up to the agreement word, parentheses masked. */
  before: string;
  /** The agreement is a sale: the one it is sold to (B에 매각) is a party. */
  sale?: boolean;
  /** The agreement is a purchase or merger: the one bought (B를 인수했다) is a party. */
  purchase?: boolean;
}

/**
 * The words before the agreement word, each read by its particle. Words inside entity
 * mentions (`taken`) are left to the mention reader, except where a pair or list is written
 * across them (타지키스탄-중국, 문재인, 안철수 후보간).
 */
export function wordParties(view: SentenceView, triggerStart: number, taken: SentenceMention[], { sale = false, purchase = false } = {}): WordParties {
  const result: WordParties = { subjects: [], partners: [], pair: [], bothSides: false };
  const context = { ...wordsBefore(view, triggerStart, taken), sale, purchase };
  context.words.forEach((_, index) => {
    // The first reading that applies to a word is its reading.
    for (const read of WORD_READINGS) if (read(context, index, result)) return;
  });
  return result;
}

/**
 * The words before the agreement word. A parenthesis after a name (한국수자원공사(K-water)와,
 * 가나대(총장 김가람)와) is left out of its word, offsets kept; (주) stays, it marks a company.
 * Inside a quotation only the quoted words speak of the agreement (유영숙은 “…협약이 …”).
 */
function wordsBefore(view: SentenceView, triggerStart: number, taken: SentenceMention[]): WordContext {
  const before = view.text.slice(view.start, triggerStart).replace(/\((?!주\)|株\))[^()]{0,40}\)/g, (group) => PAREN.repeat(group.length));
  const quoteOpen = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"') > before.indexOf('"') ? before.lastIndexOf('"') : -1);
  const quoted = quoteOpen >= 0 && !before.slice(quoteOpen).includes('”');
  const words = [...before.matchAll(/\S+/g)]
    .filter((match) => !quoted || match.index > quoteOpen)
    .map((match) => Object.assign([match[0].replaceAll(PAREN, '')], { index: match.index }))
    .filter((word) => word[0] !== '');
  return { view, words, taken, before };
}

const offsetOf = ({ view, words }: WordContext, index: number) => view.start + words[index].index;
const mentionAt = (context: WordContext, index: number) => {
  const at = offsetOf(context, index);
  return context.taken.find((m) => m.start <= at && at < m.end);
};
const overlapsMention = (context: WordContext, index: number) => {
  const at = offsetOf(context, index);
  const length = context.words[index][0].length;
  return context.taken.some((m) => m.start < at + length && at < m.end);
};
/** The word without a company mark, a trailing comma or quotes. */
const cleanWord = (word: string) => word.replace(COMPANY_MARK, '').replace(/[,]$/, '');

/** The name ending at word `index` with stem `stem`: the bare nouns before a general head join it. */
function fullName(context: WordContext, index: number, stem: string): string {
  const { view, words, taken } = context;
  if (/^[‘“'"「『]/.test(words[index][0])) return stem;
  // GE Oil & Gas와: an English name goes back over its English words.
  const latin = /^[A-Za-z0-9&]+$/.test(stem);
  if (!latin && !isCommonNoun(stem) && !orgSuffixes.some((suffix) => stem.endsWith(suffix))) return stem;
  const parts = [stem];
  for (let i = index - 1; i >= 0 && parts.length < 4; i--) {
    const word = words[i][0];
    if (latin && !/^[A-Za-z0-9&.]+$/.test(word)) break;
    const at = view.start + words[i].index;
    const mention = taken.find((m) => m.start === at && m.end === at + word.length);
    // 15일 가나전력공사와, 다음 달 미국 반도체 업체와: a date before the name is no part of it.
    if (mention?.entity.type === 'date' || closesTime(context, i)) break;
    if (!mention && (!BARE_NOUN.test(word) || ADNOMINAL_OR_PARTICLE.test(word) || lex.subjectWordsStop.has(word) || lex.wordPartyStop.includes(word) || /\d/.test(word))) break;
    parts.unshift(word);
  }
  return parts.join(' ');
}

/**
 * Whether word `index` closes a date or time (10일 새벽, 다음 달, 이번 주): a time noun, or a
 * one-syllable one after a word that opens a time or a date (텍사스 주 정부 is a state's).
 */
function closesTime(context: WordContext, index: number): boolean {
  const word = context.words[index][0];
  if (lex.timeNouns.has(word)) return true;
  if (index === 0 || !lex.timeNounsAfterOpener.has(word)) return false;
  return lex.timeOpeners.has(context.words[index - 1][0]) || mentionAt(context, index - 1)?.entity.type === 'date';
}

/** A reading of word `index`: adds what it says to `result` and returns true, or returns false. */
type WordReading = (context: WordContext, index: number, result: WordParties) => boolean;

/** 조선민주주의인민공화국 측은, 가나조선 측에서: the side written apart from its name acts. */
const readSide: WordReading = (context, index, result) => {
  if (index === 0 || !/^측(?:은|이|도|에서|에서는)$/.test(cleanWord(context.words[index][0]))) return false;
  const previous = context.words[index - 1][0];
  const mention = mentionAt(context, index - 1);
  const at = offsetOf(context, index);
  if (mention) result.subjects.push({ name: mention.entity.name, at });
  else if (BARE_NOUN.test(previous) && acceptable(previous)) result.subjects.push({ name: fullName(context, index - 1, previous.replace(QUOTES, '')), at });
  return true;
};

/** 문재인, 안철수 대선 후보간: the people (or unknown names) listed before 간 are the two sides. */
const readListBeforeBetween: WordReading = (context, index, result) => {
  const cleaned = cleanWord(context.words[index][0]);
  if (!/간(?:의)?$/.test(cleaned) || pairMembers(cleaned.replace(/간(?:의)?$/, ''))) return false;
  const { words } = context;
  const listed: Array<{ type: string; name: string }> = [];
  for (let i = index - 1; i >= 0; i--) {
    const word = words[i][0];
    const mention = mentionAt(context, i);
    const bare = word.replace(/,$/, '');
    if (mention) {
      if (!listed.some((e) => e.name === mention.entity.name)) listed.unshift({ type: mention.entity.type, name: mention.entity.name });
    } else if (!BARE_NOUN.test(bare) || ADNOMINAL_OR_PARTICLE.test(word)) break;
    else if (i < index - 1 && !isCommonNoun(bare) && acceptable(bare) && !titles.has(bare)) {
      // A name closes its item: a comma, or only common nouns and titles up to 간 (안철수 대선 후보간), not 무소속 안철수.
      const closes = word.endsWith(',') || words.slice(i + 1, index).every((m) => isCommonNoun(m[0]) || titles.has(m[0]));
      if (closes) listed.unshift({ type: 'word', name: bare });
    }
  }
  const people = listed.filter((e) => e.type === 'person' || e.type === 'word');
  const sides = (people.length >= 2 ? people : listed.filter((e) => e.type !== 'date')).map((e) => e.name);
  if (sides.length < 2) return false;
  for (const name of sides) if (!result.pair.includes(name)) result.pair.push(name);
  return true;
};

/** 양사는, 양측이, 노사가, 두 회사는 (two words): the two parties named before; 남북: both Koreas. */
const readBothSides: WordReading = (context, index, result) => {
  const { words } = context;
  const cleaned = cleanWord(words[index][0]);
  const withNext = `${cleaned} ${words[index + 1]?.[0] ?? ''}`;
  const stem = lex.bothSides.find(
    (word) => (cleaned.startsWith(word) && cleaned.length - word.length <= 2) || (word.includes(' ') && withNext.startsWith(word) && withNext.length - word.length <= 2),
  );
  if (!stem || overlapsMention(context, index)) return false;
  const members = pairMembers(stem);
  if (members) result.pair.push(...members);
  else {
    result.bothSides = true;
    if (lex.bothSidesKept.includes(stem)) result.bothSidesWord = stem;
    if (lex.bothSidesCountries.includes(stem)) result.bothSidesAre = 'countries';
    else if (lex.bothSidesOrganizations.includes(stem)) result.bothSidesAre = 'organizations';
  }
  return true;
};

/**
 * X-Y 간, 한·미 FTA, 남북이: both sides in one word, before 간 or directly before the
 * agreement's noun phrase. A name that runs on past the word (한국수자원공사·베트남 건설부) is a
 * list the mentions read.
 */
const readPairWord: WordReading = (context, index, result) => {
  const { words, taken } = context;
  const raw = words[index][0];
  const cleaned = cleanWord(raw);
  const at = offsetOf(context, index);
  const overlapping = taken.filter((m) => m.start < at + raw.length && at < m.end);
  const pairWord = cleaned.replace(QUOTES, '').replace(/(?:간의|간|의|이|가|은|는|와|과)$/, '');
  const pair = pairMembers(pairWord);
  const runsOn = overlapping.some((m) => m.start < at || m.end > at + raw.length);
  if (!pair || runsOn || (overlapping.length > 0 && !/[·\-–]/.test(pairWord))) return false;
  const next = words[index + 1]?.[0] ?? '';
  if (!(/간(?:의)?$/.test(cleaned) || lex.pairWords.has(next) || /[·\-–]/.test(pairWord) || pairWord.length === 2)) return false;
  // 현대·기아차그룹 전직 임원이 설립한 … B사는: a bare pair before another name that acts only describes it.
  const bare = cleaned.replace(QUOTES, '') === pairWord;
  if (bare && words.slice(index + 1).some((w, i) => namedActor(context, index + 1 + i, w[0]))) return false;
  for (const member of pair) if (!result.pair.includes(member)) result.pair.push(member);
  return true;
};

/** Whether a word is a name that acts (B사는, 다라전자가), not a title or common noun (정상은). */
function namedActor(context: WordContext, index: number, raw: string): boolean {
  const word = cleanWord(raw).replace(QUOTES, '');
  const particle = /(?:은|는|이|가)$/.exec(word)?.[0];
  if (!particle || overlapsMention(context, index)) return false;
  const stem = word.slice(0, -particle.length);
  return acceptable(stem) && !isCommonNoun(word) && strongName(raw, stem) && !titles.has(stem);
}

/** Words inside a mention, and the last word (the agreement word's own phrase), say no more. */
const skipTaken: WordReading = (context, index) => {
  const last = index === context.words.length - 1 && /\S$/.test(context.before);
  return last || (overlapsMention(context, index) && !placeOpensName(context, index));
};

/**
 * 카타르에너지와, 한국전력과: a place a recogniser named opens a longer word, the name of a
 * company or body of that place; the word is read whole. A place with a noun for any company
 * (일본기업과, 중국업체들과: counterpartDescriptors) describes one, and names none.
 */
function placeOpensName(context: WordContext, index: number): boolean {
  const at = offsetOf(context, index);
  const word = cleanWord(context.words[index][0]).replace(QUOTES, '');
  const overlapping = context.taken.filter((m) => m.start < at + word.length && at < m.end);
  if (overlapping.length !== 1) return false;
  const [mention] = overlapping;
  const rest = /^[\uAC00-\uD7A3]+/.exec(word.slice(mention.end - at))?.[0] ?? '';
  const particle = [...WITH, ...TOPIC, ...SUBJECT].find((p) => rest.endsWith(p)) ?? '';
  const stem = rest.slice(0, rest.length - particle.length).replace(/들$/, '');
  return mention.entity.type === 'place' && mention.start === at && stem.length >= 2 && particle !== '' && !lex.counterpartDescriptors.includes(stem);
}

/** 푸틴 러시아 대통령이, 푸틴 대통령과: a title carrying the particle stands for its holder. */
const readTitle: WordReading = (context, index, result) => {
  const word = cleanWord(context.words[index][0]).replace(QUOTES, '');
  const particle = /(?:은|는|이|가|과|와|도)$/.exec(word)?.[0] ?? '';
  const stem = word.slice(0, word.length - particle.length);
  if (!particle || ![...titles].some((t) => stem.endsWith(t) && stem.length - t.length <= 2)) return false;
  const list = /[과와]$/.test(word) ? result.partners : result.subjects;
  for (const name of holders(context, index)) list.push({ name, at: offsetOf(context, index) });
  return true;
};

/** The title's holder: the mentions just before it (and its country), or an unknown name (트럼프 대통령은). */
function holders(context: WordContext, index: number): string[] {
  const { words } = context;
  const names: string[] = [];
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const mention = mentionAt(context, i);
    if (!mention && i === index - 1 && unknownNamePart(context, i)) {
      // 조코 위도도 대통령과: a foreign name is often two written words.
      names.unshift(i > 0 && unknownNamePart(context, i - 1) ? `${words[i - 1][0]} ${words[i][0]}` : words[i][0]);
      break;
    }
    if (!mention && i === index - 1) return nameBeforeAffiliation(context, i);
    if (!mention || mention.entity.type === 'date') break;
    if (!names.includes(mention.entity.name)) names.unshift(mention.entity.name);
  }
  return names;
}

/**
 * 세르게이 악쇼노프 크림 공화국 총리는: the holder's unknown name (one or two words) before the
 * common nouns of where they serve, which end at word `index`.
 */
function nameBeforeAffiliation(context: WordContext, index: number): string[] {
  const { words } = context;
  let i = index;
  while (i >= 0 && index - i < 2 && !mentionAt(context, i) && BARE_NOUN.test(words[i][0]) && isCommonNoun(words[i][0]) && !titles.has(words[i][0])) i--;
  if (i === index || i < 0 || !unknownNamePart(context, i)) return [];
  return [i > 0 && unknownNamePart(context, i - 1) ? `${words[i - 1][0]} ${words[i][0]}` : words[i][0]];
}

/** A bare word no list knows as a common noun and no recogniser took: part of a name. */
function unknownNamePart(context: WordContext, index: number): boolean {
  const word = context.words[index][0];
  // A name the dictionaries list may also be a common noun there (see looksLikeName).
  return !mentionAt(context, index) && BARE_NOUN.test(word) && (!isCommonNoun(word) || knownNames.has(word)) && acceptable(word) && !titles.has(word);
}

/** Whether a word is a title or role (대통령, 회장), which stands for its holder, never a name. */
export const isTitleWord = (word: string): boolean => titles.has(word);

/** Headline style: 한화테크윈, GE와 MOU 체결 — the first word before a comma acts. */
const readHeadline: WordReading = (context, index, result) => {
  const raw = context.words[index][0];
  const word = cleanWord(raw).replace(QUOTES, '');
  const { view } = context;
  if (index > 1 || !raw.endsWith(',') || view.end - view.start > 60) return false;
  // 카라 3인, 가나대 연구팀,: an actor of two words, the first a bare noun.
  const first = index === 1 ? context.words[0][0] : '';
  if (index === 1 && (!BARE_NOUN.test(first) || ADNOMINAL_OR_PARTICLE.test(first) || !acceptable(first) || overlapsMention(context, 0))) return false;
  const name = index === 1 ? `${first} ${word}` : word;
  if (index === 0 && !acceptable(word)) return false;
  result.subjects.push({ name, at: offsetOf(context, 0) });
  return true;
};

/** A name by its form alone (㈜, quotes, an organisation ending, Latin letters). */
function strongName(raw: string, stem: string): boolean {
  return /[A-Za-z]/.test(stem) || COMPANY_MARK.test(raw) || /^[‘“'"「『]/.test(raw) || orgSuffixes.some((suffix) => stem.endsWith(suffix) && stem.length > suffix.length);
}

/** A name by its form, or a word no common-noun list has (see looksLikeName). */
function named(raw: string, stem: string): boolean {
  return looksLikeName(stem) || COMPANY_MARK.test(raw) || /^[‘“'"「『]/.test(raw);
}

/**
 * A partner: 와/과 (or 하고, on a name) on a name-shaped word, or on any word close to the
 * agreement word (피해자들과 합의했고, 일부 편의점과는 업무 협약을); further away, 와/과 more
 * often joins two things (핵실험과 유엔 안보리의 결의). X를 상대로 (a lawsuit over a contract):
 * the other side.
 */
const readPartner: WordReading = (context, index, result) => {
  const { words } = context;
  const raw = words[index][0];
  const word = cleanWord(raw).replace(QUOTES, '');
  const at = offsetOf(context, index);
  // 하고 is also a verb ending (개최하고): only on a name.
  if (word.endsWith('하고') && named(raw, word.slice(0, -2)) && acceptable(word.slice(0, -2))) {
    result.partners.push({ name: word.slice(0, -2), at });
    return true;
  }
  const near = !words.slice(index + 1).some((m) => m[0].endsWith(',') || /(?:은|는|이|가)$/.test(m[0]) || m[0] === '따르면') && !raw.endsWith(',');
  for (const particle of WITH) {
    const withTopic = word.endsWith(`${particle}는`);
    if (!word.endsWith(particle) && !withTopic) continue;
    // 투자와 관련해, 가나와 달리: what is spoken of or compared.
    if (lex.notPartnerAfter.some((after) => words[index + 1]?.[0].startsWith(after))) return true;
    const stem = word.slice(0, withTopic ? -particle.length - 1 : -particle.length).replace(QUOTES, '');
    if (!withTopic && particle.length === 1 && joinsThings(context, index, stem, result)) return true;
    if (acceptable(stem) && (near || strongName(raw, stem))) {
      const name = fullName(context, index, stem);
      result.partners.push({ name, at }, ...listedBefore(context, index - name.split(' ').length + 1, !isCommonNoun(stem)));
    }
    return true;
  }
  if (/[을를]$/.test(word) && words[index + 1]?.[0] === '상대로') {
    const stem = word.slice(0, -1).replace(QUOTES, '');
    if (acceptable(stem)) result.partners.push({ name: stem, at });
    return true;
  }
  return false;
};

/**
 * 토스 및 네이버파이낸셜과, 현대중공업, 울산대와: the names listed with 및 or commas before a
 * partner (whose name starts at word `index`) are partners too. A member is a bare word that
 * looks like a name (with 및 before a name, any bare word: 토스 및 네이버파이낸셜과), or a name a
 * recogniser took whole.
 */
function listedBefore(context: WordContext, index: number, partnerIsName: boolean): WordParty[] {
  const { words } = context;
  const members: WordParty[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const joined = words[i][0] === '및';
    if (joined) i--;
    else if (!words[i][0].endsWith(',')) break;
    if (i < 0) break;
    const raw = words[i][0];
    const stem = cleanWord(raw).replace(QUOTES, '');
    const at = offsetOf(context, i);
    const mention = mentionAt(context, i);
    if (mention && mention.start === at && mention.end === at + stem.length && mention.entity.type === 'organization') members.push({ name: mention.entity.name, at });
    else if (
      !mention &&
      BARE_NOUN.test(stem) &&
      acceptable(stem) &&
      !lex.verbConnective.test(stem) &&
      !titles.has(stem) &&
      ((joined && partnerIsName) || (!isCommonNoun(stem) && named(raw, stem)))
    )
      members.push({ name: stem, at });
    else break;
  }
  return members;
}

/**
 * 가나대와 교육과 연구 분야 협약, 노사는 임금과 단체협약 협상: once the partners are read, a
 * common noun with 와/과 before another bare noun of the agreement's phrase joins two things
 * agreed on, not another partner.
 */
function joinsThings(context: WordContext, index: number, stem: string, result: WordParties): boolean {
  const { words } = context;
  const next = words[index + 1]?.[0] ?? '';
  if (!isCommonNoun(stem) || !BARE_NOUN.test(next) || ADNOMINAL_OR_PARTICLE.test(next) || overlapsMention(context, index + 1)) return false;
  return partnersNamedBefore(context.view, offsetOf(context, index), result);
}

/**
 * Whether the partners are named before offset `at`: a partner the words read, a name a
 * recogniser took with 와/과 (누리대학교와), or both sides in one word (노사는, 한·미). Only then does
 * a common noun with 와/과 join two things agreed on (교육과 연구 분야 협약); 결과, 성과 and 효과
 * end in 과 but name no partner (회의 결과 가나시는 주민들과 상생 협약).
 */
export function partnersNamedBefore(view: SentenceView, at: number, result: WordParties): boolean {
  if (result.bothSides || result.pair.length > 0 || result.partners.some((partner) => partner.at < at)) return true;
  return view.mentions.some((m) => m.end <= at && /^[^\s]*?(?:와|과)(?:의)?\s/.test(view.text.slice(m.end, at)));
}

/**
 * The one who acts: a name-shaped word with 은/는/이/가/도, or the topic that opens the
 * sentence (하나금융은 …). Particles also end ordinary nouns (가능성이, 사업비는) and verbs
 * (편입시키는); a name that ends in 이/가 may run on to the topic after it (세르게이 악쇼노프 …
 * 총리는).
 */
const readSubject: WordReading = (context, index, result) => {
  const raw = context.words[index][0];
  const word = cleanWord(raw).replace(QUOTES, '');
  for (const particle of [...TOPIC, ...SUBJECT]) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length).replace(QUOTES, '');
    const opening = index === 0 && TOPIC.includes(particle) && particle !== '도';
    if (!acceptable(stem) || (!named(raw, stem) && !opening)) return true;
    if (particle === '는' && /(?:하|되|된|시키|키|있|없|않|지|오|보|주|내)$/.test(stem)) return true;
    if (SUBJECT.includes(particle) && runsOnToTopic(context, index)) return true;
    // 디스플레이, 파트너십이 아닌: a noun that only ends in 이 or 가 carries no particle.
    if (SUBJECT.includes(particle) && isCommonNoun(word)) return true;
    result.subjects.push({ name: fullName(context, index, stem), at: offsetOf(context, index) });
    return true;
  }
  return false;
};

/** Whether bare words after word `index` lead to a topic (세르게이 악쇼노프 크림 공화국 총리는). */
function runsOnToTopic({ words }: WordContext, index: number): boolean {
  for (let i = index + 1; i < words.length; i++) {
    const word = words[i][0];
    if (/(?:은|는)$/.test(word)) return true;
    if (!BARE_NOUN.test(word) || ADNOMINAL_OR_PARTICLE.test(word)) return false;
  }
  return false;
}

/**
 * A sale's buyer: 국내 기업에 (우선적으로) 매각할, 다라캐피탈에 지분을 매각하는 — a word with 에/에게
 * that looks like a name or is introduced as a company or investor (counterpartDescriptors),
 * with only what is sold or how between it and the word.
 */
const readBuyer: WordReading = (context, index, result) => {
  const { words } = context;
  const raw = words[index][0];
  const word = cleanWord(raw).replace(QUOTES, '');
  const particle = /(?:에게|에)$/.exec(word)?.[0];
  if (!context.sale || !particle) return false;
  const stem = word.slice(0, -particle.length).replace(/들$/, '');
  const between = words.slice(index + 1).map((w) => w[0]);
  const onlyObject = between.every((w, i) => /^[\uAC00-\uD7A3A-Za-z0-9]+$/.test(w) && (/(?:을|를|적으로)$/.test(w) || (!ADNOMINAL_OR_PARTICLE.test(w) && i < between.length)));
  const company = lex.counterpartDescriptors.some((descriptor) => stem.endsWith(descriptor)) || /투자자$/.test(stem);
  if (!onlyObject || !acceptable(stem) || !(strongName(raw, stem) || company || named(raw, stem))) return false;
  const name = fullName(context, index, word.slice(0, -particle.length));
  result.partners.push({ name, at: offsetOf(context, index) });
  for (const member of commaListBefore(context, index - name.split(' ').length + 1)) result.partners.push(member);
  return true;
};

/**
 * 국내 민간기업, 재무적 투자자에게: the names listed with commas before a sale's buyer (whose
 * name starts at word `index`) are buyers too. A member is a bare word that looks like a name
 * or is introduced as a company, investor or institution (counterpartDescriptors).
 */
function commaListBefore(context: WordContext, index: number): WordParty[] {
  const members: WordParty[] = [];
  for (let i = index - 1; i >= 0 && context.words[i][0].endsWith(','); i--) {
    const raw = context.words[i][0];
    const stem = cleanWord(raw).replace(QUOTES, '');
    const introduced = lex.counterpartDescriptors.some((descriptor) => stem.endsWith(descriptor)) || /투자자$/.test(stem);
    if (overlapsMention(context, i) || !BARE_NOUN.test(stem) || ADNOMINAL_OR_PARTICLE.test(stem) || !acceptable(stem)) break;
    if (!(introduced || strongName(raw, stem) || named(raw, stem))) break;
    members.push({ name: fullName(context, i, stem), at: offsetOf(context, i) });
  }
  return members;
}

/**
 * A와 B의 협상: the name with 의 right after a partner closes the pair when only bare nouns
 * stand between it and the agreement word (정부와 의료계의 협상); 가나와 다라의 중재로 is another
 * noun's.
 */
const readPossessorAfterPartner: WordReading = (context, index, result) => {
  const { words } = context;
  const raw = words[index][0];
  const word = cleanWord(raw).replace(QUOTES, '');
  if (index === 0 || !word.endsWith('의') || !/(?:와|과)$/.test(words[index - 1][0])) return false;
  const stem = word.slice(0, -1);
  const bareAfter = words.slice(index + 1).every((w) => BARE_NOUN.test(w[0]) && !ADNOMINAL_OR_PARTICLE.test(w[0]));
  if (!bareAfter || !acceptable(stem) || !named(raw, stem)) return false;
  result.partners.push({ name: stem, at: offsetOf(context, index) });
  return true;
};

/**
 * The one bought or merged: a name with 을/를 right before 인수 or 합병, or before its price
 * (다라바이오텍을 인수했다, 다라조선을 2천억원에 인수했다); a common noun (채권을) is only what is bought.
 */
const readBought: WordReading = (context, index, result) => {
  const { words } = context;
  const raw = words[index][0];
  const word = cleanWord(raw).replace(QUOTES, '');
  if (!context.purchase || !/[을를]$/.test(word)) return false;
  const stem = word.slice(0, -1);
  // 흡수합병: the part of the agreement's own word before it is not between.
  const between = words.slice(index + 1, /\S$/.test(context.before) ? -1 : undefined).map((w) => w[0]);
  const glued = between.length === 0 || (between.length === 1 && PRICE.test(between[0]));
  if (!(glued || describesPurchase(between)) || !acceptable(stem) || isCommonNoun(stem) || !named(raw, stem)) return false;
  result.partners.push({ name: stem, at: offsetOf(context, index) });
  return true;
};
const PRICE = /^\d[\d,.]*[가-힣]*(?:원|달러|유로|엔)에$/;

/**
 * 크림자치공화국을 러시아 영토에 편입시키는 합병 조약: the name is the object of a relative clause
 * (a verb ending in 는 or 한, after at most two words saying where or how) that modifies the
 * purchase or merger word, written before it.
 */
function describesPurchase(between: string[]): boolean {
  const verb = between.findIndex((word) => /[\uAC00-\uD7A3](?:하는|시키는|한|시킨)$/.test(word));
  if (verb < 0 || verb > 2) return false;
  const afterVerb = between.slice(verb + 1);
  return (
    afterVerb.length <= 1 &&
    afterVerb.every((word) => /^(?:인수|합병|흡수합병|인수합병)$/.test(word)) &&
    between.slice(0, verb).every((word) => /^[\uAC00-\uD7A3A-Za-z0-9]+$/.test(word))
  );
}

/** The readings, in the order they are tried on each word. */
const WORD_READINGS: WordReading[] = [
  readSide,
  readListBeforeBetween,
  readBothSides,
  readPairWord,
  skipTaken,
  readTitle,
  readHeadline,
  readPartner,
  readPossessorAfterPartner,
  readSubject,
  readBuyer,
  readBought,
];
