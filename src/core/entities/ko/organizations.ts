// Organisations in Korean text, from four kinds of evidence:
//   a well-known institution          중진공, 한국은행, 더불어민주당
//   a name ending in an org suffix     카자흐스탄 중소기업개발공사, 에디슨모터스
//   a full name with its short form    카자흐스탄 중소기업개발공사(DAMU), IOC(국제올림픽위원회)
//   a name after a noun saying what it is   결혼정보회사 비에나래는, 소셜 펀딩 업체 '킥스타터'
//   a quoted name the sentence treats as an organisation
//                                      기관인 ‘스베르뱅크–AST’, ‘X’와 업무협약
// Companies named only through their head (에타(대표 이재순)) are found in people.ts.
// Module state, deliberately: `orgsByEnd` (a WeakMap keyed by one analysis's list of
// organisation mentions) indexes them by end offset for orgEndingAt; it lives as long as that
// list, which the garbage collector takes with the analysis.
import {
  bracketNotes,
  bodiesOfPlace,
  committeeShortForms,
  federalOpening,
  genericInstitutions,
  honorifics,
  institutionOpenings,
  institutions,
  institutionMaxWords,
  knownPeople,
  koreanOpenings,
  longestEnding,
  notCommitteeEndings,
  notNames,
  notOrganizationEndings,
  notOrganizations,
  orgClassNouns,
  orgGenericOpenings,
  orgGenericPrefixes,
  orgSuffixes,
  orgSuffixMinimumPrefix,
  platforms,
  pronounsBeforeApart,
  titles,
} from './lexicon';
import type { Mention } from '../mentions';
import { hasLoanwordSyllable, isForeignNameWord, isNativeName } from './names';
import { lookupPlace } from '../places';
import { isCountry } from './places';
import { nounReadings } from './particles';
import { adjacent, bare, type Word } from './tokens';

export interface OrgContext {
  text: string;
  words: Word[];
  /** Whether a name is a country or city (a place may open an org name: 카자흐스탄 중소기업개발공사). */
  isPlace: (name: string) => boolean;
}

export function findOrganizations(ctx: OrgContext): Mention[] {
  const found: Mention[] = [];
  const { words } = ctx;
  // Only a text that reports something (보도) is read for its news outlets.
  const reports = ctx.text.includes('보도');
  for (let i = 0; i < words.length; i++) {
    if (words[i].address) continue;
    const mention =
      institutionAt(ctx, i) ??
      teamOfPlace(ctx, i) ??
      bodyOfPlaceAt(ctx, i) ??
      suffixNameAt(ctx, i) ??
      foreignNameBeforeSuffix(ctx, i) ??
      agencyAt(ctx, i) ??
      namedAfterClass(ctx, i) ??
      brandPrefixedAt(ctx, i) ??
      (reports ? reporterOfNews(ctx, i) : undefined);
    if (!mention || postedOn(ctx.text, mention)) continue;
    const named = ofParentBody(ctx, i, withCourtDivision(ctx.text, ofCountry(ctx, i, mention)), found[found.length - 1]);
    // 정부, 경찰, 검찰 alone name no particular body: only 러시아 정부, 부산 경찰 do.
    if (!genericInstitutions.has(named.name)) found.push(named);
  }
  if (reports) found.push(...openingReporters(ctx));
  found.push(...quotedOrganizations(ctx.text));
  return linkAliasPairs(ctx.text, found);
}

/** How many words a one-word institution may be written in (국제 올림픽 위원회 for 국제올림픽위원회). */
const MAX_WORDS_WRITTEN_APART = 3;

/** A well-known institution starting at word i, possibly over several words (LA 다저스). */
function institutionAt({ text, words }: OrgContext, i: number): Mention | undefined {
  // Only a word that opens a known name of several words is tried with the words after it.
  const widest = institutionOpenings.has(words[i].text) ? Math.min(Math.max(institutionMaxWords, MAX_WORDS_WRITTEN_APART), words.length - i) : 1;
  for (let n = widest; n >= 1; n--) {
    const last = words[i + n - 1];
    if (n > 1 && !words.slice(i, i + n - 1).every((w, k) => bare(w) && adjacent(text, w, words[i + k + 1]))) continue;
    for (const length of last.nouns) {
      const form = text.slice(words[i].start, last.start + length);
      // 요미우리 신문: a name written apart that the list writes as one word (요미우리신문); not after a
      // country or a word that makes the phrase generic, where the words are that country's or any
      // (한국 은행 대출: Korean banks' loans, not 한국은행; 우리 은행: our bank, not 우리은행).
      const apart = n > 1 && !isCountry(words[i].text) && !pronounsBeforeApart.has(words[i].text);
      const full = institutions.get(form) ?? (apart ? institutions.get(form.replace(/ /g, '')) : undefined);
      // 하나로 ("as one"): a common noun and its particle, though the whole is a company's name too.
      if (full && length > last.nouns[0] && notNames.has(last.text.slice(0, last.nouns[0]))) continue;
      if (full) return { type: 'organization', start: words[i].start, end: last.start + length, name: full, alias: form !== full ? form : undefined };
    }
  }
  return undefined;
}

/** The last syllables of an English plural transliterated (스, 즈, 츠). */
const TEAM_ENDINGS = new Set(['스', '즈', '츠']);

/** 뉴욕 메츠, 휴스턴 애스트로스, KIA 타이거즈: a place, or a sponsor in capitals, then a plural
 *  transliterated from English (in 스, 즈 or 츠) that is no Korean noun (서울 버스, 지역 뉴스) and no
 *  given name (독일 토마스) is a team. */
function teamOfPlace({ text, words, isPlace }: OrgContext, i: number): Mention | undefined {
  const [word, next, after] = [words[i], words[i + 1], words[i + 2]];
  // The plural's last syllable first: most next words end in none of them.
  if (!next || !TEAM_ENDINGS.has(next.text[next.nouns[0] - 1])) return undefined;
  if (next.address || !bare(word) || !adjacent(text, word, next)) return undefined;
  if (!isPlace(word.text) && !/^[A-Z]{2,4}$/.test(word.text)) return undefined;
  const noun = next.text.slice(0, next.nouns[0]);
  if (!/[스즈츠]$/.test(noun) || isPlace(noun) || knownPeople.has(noun) || !isForeignNameWord(noun)) return undefined;
  // 독일 니콜라스 뮐러: a given name in 스 before a family name.
  if (after && bare(next) && adjacent(text, next, after) && isForeignNameWord(after.text.slice(0, after.nouns[0]))) return undefined;
  const end = next.start + noun.length;
  return { type: 'organization', start: word.start, end, name: text.slice(word.start, end) };
}

// 트위터에 올린, 페이스북 계정, 유튜브를 통해, 카카오스토리를 가장 많이 이용하고: the service as a medium.
const MEDIUM_USE = /^(?:에|에서|에는|에도|에서는|으?로| ?(?:계정|글|팔로워|페이지|게시물|게시글|영상|채널|공식)|[을를] (?:[^ ]+ ){0,2}(?:통해|이용|사용|비롯))/;

/** A social media service named as where something was posted is no organisation acting (트위터는 발표했다 still is). */
const postedOn = (text: string, mention: Mention): boolean => platforms.has(mention.name) && MEDIUM_USE.test(text.slice(mention.end, mention.end + 16));

/** Institutions every country has: `러시아 정부` is one organisation, not a place and a 정부.
 *  Before an institution with a name of its own (미국 법무부, 대구 MBC, 중국 외교부, 일본 국방부)
 *  the country or city stays a place, as a reader lists them: a ministry is named by its field. */
const NATIONAL = new Set([
  '정부',
  '의회',
  '국회',
  '경찰',
  '검찰',
  '대사관',
  '총영사관',
  '당국',
  '군',
  '국군',
  '해군',
  '육군',
  '공군',
  '중앙은행',
  '대표팀',
  '축구대표팀',
  '행정부',
]);

function ofCountry(ctx: OrgContext, i: number, mention: Mention): Mention {
  const previous = ctx.words[i - 1];
  if (!previous || !bare(previous) || !adjacent(ctx.text, previous, ctx.words[i]) || !ctx.isPlace(previous.text)) return mention;
  // 루마니아 축구협회: a Korean body's short form (축구협회 for 대한축구협회) after another country is that country's body.
  if (shortOfKoreanBody(mention) && isForeignCountry(previous.text)) {
    return { type: 'organization', start: previous.start, end: mention.end, name: ctx.text.slice(previous.start, mention.end) };
  }
  // 미국 국방부, 러시아 헌법재판소: the country stays a place, and the body goes by that form too.
  if (!NATIONAL.has(ctx.text.slice(mention.start, mention.end)))
    return mention.alias || mention.start !== ctx.words[i].start ? mention : { ...mention, alias: ctx.text.slice(previous.start, mention.end) };
  const name = ctx.text.slice(previous.start, mention.end);
  return { type: 'organization', start: previous.start, end: mention.end, name };
}

/** 국회 기획재정위원회, 정의당 선거대책위원회: a committee written right after the body it belongs to goes by
 *  that longer form too; the body stays an organisation of its own. */
function ofParentBody({ text, words }: OrgContext, i: number, mention: Mention, before: Mention | undefined): Mention {
  const previous = words[i - 1];
  if (!before || !previous || mention.alias || mention.start !== words[i].start || !mention.name.endsWith(COMMITTEE)) return mention;
  if (before.end !== previous.end || !bare(previous) || !adjacent(text, previous, words[i])) return mention;
  return { ...mention, alias: text.slice(before.start, mention.end) };
}

/** Whether the mention is a Korean body written without the 대한 or 한국 that opens its full name (축구협회). */
const shortOfKoreanBody = ({ name, alias }: Mention): boolean => alias !== undefined && koreanOpenings.some((opening) => name === opening + alias);

/** A country other than Korea (한국, 대한민국, 남한 name Korea). */
const isForeignCountry = (name: string): boolean => isCountry(name) && lookupPlace(name, 'ko')?.canonical !== '대한민국';

/** 태국 군부, 이라크 정부군, 이란 외무부: a body every country has, written after its country, is that
 *  country's; so is a federal body (스위스 연방철도, 독일 연방헌법재판소), not a common noun (연방주의). */
function bodyOfPlaceAt({ text, words, isPlace }: OrgContext, i: number): Mention | undefined {
  const previous = words[i - 1];
  const word = words[i];
  if (!previous || previous.address || !bare(previous) || !adjacent(text, previous, word) || !isPlace(previous.text)) return undefined;
  // 연방주의자: a common noun longer than 연방 opens it (연방주의), so it is no body.
  const federal = (noun: string) =>
    noun.length >= 4 && noun.startsWith(federalOpening) && !Array.from({ length: noun.length - 2 }, (_, k) => noun.slice(0, k + 3)).some((opening) => notNames.has(opening));
  const length = word.nouns.find((n) => bodiesOfPlace.has(word.text.slice(0, n)) || federal(word.text.slice(0, n)));
  if (length === undefined) return undefined;
  const end = word.start + length;
  return { type: 'organization', start: previous.start, end, name: text.slice(previous.start, end) };
}

/** What ends a committee's name. */
const COMMITTEE = '위원회';

// 서울중앙지법 형사8단독, 광주고법 민사 2부: a court's bench is part of the organisation named.
const COURT = /(법원|지법|고법|지원)$/;
const DIVISION = /^ (?:형사|민사|행정|가사)(?:항소)? ?\d{1,2}(?:단독|부)(?!장)/;

function withCourtDivision(text: string, mention: Mention): Mention {
  if (!COURT.test(text.slice(mention.start, mention.end))) return mention;
  const division = DIVISION.exec(text.slice(mention.end, mention.end + 16));
  if (!division) return mention;
  const end = mention.end + division[0].length;
  return { ...mention, end, name: text.slice(mention.start, end), alias: undefined };
}

/** A name ending in an organisation suffix: 중소기업개발공사, 에디슨모터스, 새누리당. */
function suffixNameAt(ctx: OrgContext, i: number): Mention | undefined {
  const word = ctx.words[i];
  for (const length of word.nouns) {
    const name = word.text.slice(0, length);
    // A committee's short form stands on its own: 공관위원장 names 공천관리위원회's head, not a 공관위.
    if (!looksLikeOrgName(name) && !isShortenedCommittee(name)) continue;
    // A bare place or Latin word right before is the name's first word: 카자흐스탄 중소기업개발공사.
    let start = word.start;
    const previous = ctx.words[i - 1];
    const placeBefore = !!previous && ctx.isPlace(previous.text);
    if (previous && !previous.address && bare(previous) && adjacent(ctx.text, previous, word) && (placeBefore || /^[A-Z]{2,}$/.test(previous.text))) {
      start = previous.start;
    }
    if (afterCounter(ctx, i)) return undefined;
    // 미국 다라바이오 … 다라바이오는: the name written with and without its country is one organisation.
    const key = placeBefore && start < word.start ? name : undefined;
    // 스웨덴 웁살라대학교: a name of its own is known without its country too.
    const alias = key && !namedByField(name) ? name : undefined;
    return { type: 'organization', start, end: word.start + length, name: ctx.text.slice(start, word.start + length), key, alias };
  }
  return undefined;
}

/** 카롤린스카 연구소, 와이즈만 연구소: an organisation suffix written as its own word after a
 *  transliterated name (a word with a loanword syllable that is no common noun, place or person);
 *  a country before it stays a place. */
function foreignNameBeforeSuffix({ text, words, isPlace }: OrgContext, i: number): Mention | undefined {
  const word = words[i];
  const suffix = word.text.slice(0, word.nouns[0]);
  const name = words[i - 1];
  if (suffix.length < 2 || !orgSuffixes.set.has(suffix) || !name || name.address || !bare(name) || !adjacent(text, name, word)) return undefined;
  if (!isForeignNameWord(name.text) || !hasLoanwordSyllable(name.text) || isPlace(name.text) || knownPeople.has(name.text)) return undefined;
  const end = word.start + suffix.length;
  return { type: 'organization', start: name.start, end, name: text.slice(name.start, end) };
}

/** 축구협회, 중소기업개발공사, 지질조사국: a body named by its field, whose name before the suffix is
 *  common nouns only, is known by its country too (루마니아 축구협회); one with a name of its own
 *  (블룸버그통신, 웁살라대학교, 오사카대학) goes by that name alone too. */
function namedByField(name: string): boolean {
  const suffix = longestEnding(name, orgSuffixes, name.length - 1);
  const stem = suffix ? name.slice(0, name.length - suffix.length) : name;
  const splits = (from: number): boolean => {
    if (from === stem.length) return true;
    for (let end = stem.length; end >= from + 2; end--) if (notNames.has(stem.slice(from, end)) && splits(end)) return true;
    return false;
  };
  return splits(0);
}

/**
 * 결혼정보회사 비에나래는, 여론조사 전문회사 한국갤럽에, 소셜 펀딩 업체 '킥스타터'에서: the word before
 * says what kind of organisation the name is. The name is one word (quoted or not) that is no
 * common noun, title or place, with a particle or nothing after it.
 */
function namedAfterClass(ctx: OrgContext, i: number): Mention | undefined {
  const { text, words } = ctx;
  const previous = words[i - 1];
  const word = words[i];
  if (!previous || !bare(previous) || previous.address) return undefined;
  const between = text.slice(previous.end, word.start);
  if (!/^ [‘'"“]?$/.test(between)) return undefined;
  // 신용정보회사인 KCB, 시공사인 스마트레일: the class noun may carry the copula 인 ("which is"),
  // unless the word with 인 is a noun for a person itself (기업인 김철수, 언론인 박영희: a businessman, a journalist).
  const bareClass = longestEnding(previous.text, orgClassNouns);
  const copula = bareClass === undefined && previous.text.endsWith('인') && !notNames.has(previous.text);
  const classNoun = bareClass ?? (copula ? longestEnding(previous.text.slice(0, -1), orgClassNouns) : undefined);
  if (classNoun === undefined) return undefined;
  // 특수한 공법인 실드공법: a common noun and the copula 인 ("which is"), not 법인 (a corporation).
  if (classNoun === '법인' && notNames.has(previous.text.slice(0, -1))) return undefined;
  const name = word.text.slice(0, word.nouns[0]);
  if (name.length < 2 || titles.has(name) || ctx.isPlace(name) || /^\d/.test(name) || commonCompound(name)) return undefined;
  // 직원인, 관계자는: an ordinary noun in any reading of the word.
  if (word.nouns.some((n) => notNames.has(word.text.slice(0, n)) || titles.has(word.text.slice(0, n)))) return undefined;
  if (longestEnding(name, orgClassNouns) !== undefined) return undefined;
  const quoted = between.length > 1;
  if (quoted && !/^[’'"”]/.test(text.slice(word.start + name.length))) return undefined;
  // A bare name may run on (기업 마사 스튜어트가): only a common noun or a title may follow it.
  const next = words[i + 1];
  // 문화예술인 김철수 씨: an honorific after the name says it is a person's.
  if (copula && next && adjacent(text, word, next) && honorifics.has(next.text.slice(0, next.nouns[0]))) return undefined;
  if (!quoted && bare(word) && next && adjacent(text, word, next) && !notNames.has(next.text.slice(0, next.nouns[0])) && !titles.has(next.text.slice(0, next.nouns[0])))
    return undefined;
  return { type: 'organization', start: word.start, end: word.start + name.length, name };
}

/** 농림수산식품부, 소방방재청, 국민안전처: a government body named by its fields, common nouns of
 *  two syllables or more written together before 부, 청 or 처; the whole word is no common noun. */
function agencyAt({ words }: OrgContext, i: number): Mention | undefined {
  const word = words[i];
  const noun = word.text.slice(0, word.nouns[0]);
  if (noun.length < 5 || !/[부청처]$/.test(noun) || notNames.has(noun) || !ofCommonNouns(noun.slice(0, -1))) return undefined;
  return { type: 'organization', start: word.start, end: word.start + noun.length, name: noun };
}

/** Whether `s` is two or more common nouns of two syllables or more written together. */
function ofCommonNouns(s: string): boolean {
  // reachable[k]: s.slice(0, k) splits into common nouns; how many (at least two for the whole).
  const parts: number[] = [0];
  for (let k = 2; k <= s.length; k++) {
    for (let j = k - 2; j >= 0; j--) {
      if (parts[j] !== undefined && notNames.has(s.slice(j, k))) {
        parts[k] = Math.max(parts[k] ?? 0, parts[j] + 1);
      }
    }
  }
  return (parts[s.length] ?? 0) >= 2;
}

/** 개혁과제, 통상환경 (기관 개혁과제, 기업 통상환경): two common nouns written as one, a compound noun and
 *  no name. A loanword at the end often ends a name (동포투데이, 한국타임스). */
function commonCompound(name: string): boolean {
  for (let cut = 2; cut <= name.length - 2; cut++) if (notNames.has(name.slice(0, cut)) && notNames.has(name.slice(cut)) && !hasLoanwordSyllable(name.slice(cut))) return true;
  return false;
}

/**
 * LG에너지솔루션은, SK하이닉스가, CJ제일제당: a group's Latin initials written onto a Korean name
 * are a company. Not a kind of thing (IT기업, PC방, AI기술: the Korean part is a common noun).
 */
function brandPrefixedAt({ words }: OrgContext, i: number): Mention | undefined {
  const word = words[i];
  const name = word.text.slice(0, word.nouns[0]);
  const parts = /^([A-Z]{2,4})([가-힣]{2,})$/.exec(name);
  if (!parts || notNames.has(parts[2]) || titles.has(parts[2])) return undefined;
  return { type: 'organization', start: word.start, end: word.start + name.length, name };
}

// `X가 (16일) 보도했다`, `X 보도에 따르면`: what reports the news is a news outlet.
const REPORTED = /^(?:(?:\d{1,2}일|지난|현지시간|이날) )?보도(?:했|하|한|해|에 따르면|를 통해)/;

/** 중신넷이 17일 보도했다, 이투데이(etoday) 보도에 따르면: the one that reports is a news outlet. */
function reporterOfNews({ text, words, isPlace }: OrgContext, i: number): Mention | undefined {
  const word = words[i];
  if (text[word.end] !== ' ') return undefined;
  const length = word.nouns[0];
  const particle = word.text.slice(length);
  if (particle && !/^[이가은는]$/.test(particle)) return undefined;
  const after = text.slice(word.end, word.end + 20).replace(/^\([A-Za-z]{2,12}\)/, '');
  if (!REPORTED.test(after.slice(1)) || after[0] !== ' ' || (!particle && !/^ 보도에 따르면/.test(after))) return undefined;
  const name = word.text.slice(0, length);
  if (name.length < 2 || notNames.has(name) || titles.has(name) || isPlace(name) || /^\d/.test(name)) return undefined;
  return { type: 'organization', start: word.start, end: word.start + length, name };
}

/** Whether a sentence ends between two words (read character by character: no slice per word). */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === '\n') return true;
  return false;
}
const DATE_WORD = /^(?:\d{1,2}일|지난|이날|현지시간)$/;

/**
 * 11일 노컷뉴스는 검찰이 … 보도했다: the subject that opens a sentence which reports (보도했다,
 * 보도한) is a news outlet, unless it has a person's or a place's name.
 */
function openingReporters(ctx: OrgContext): Mention[] {
  const { text, words } = ctx;
  const found: Mention[] = [];
  let start = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && !breaksBetween(text, words[i - 1].end, words[i].start)) continue;
    const end = i < words.length ? words[i].start : text.length;
    let first = start;
    while (first < i - 1 && DATE_WORD.test(words[first].text)) first++;
    const reporter = outletAt(ctx, first);
    if (reporter && /보도(?:했|한|하기도)/.test(text.slice(words[first].end, end))) found.push(reporter);
    start = i;
  }
  return found;
}

/** The word as an outlet's name with a subject particle: no common noun, title, place or person's name. */
function outletAt({ words, isPlace }: OrgContext, i: number): Mention | undefined {
  const word = words[i];
  if (!word || word.address) return undefined;
  const length = word.nouns[0];
  if (!/^[이가은는]$/.test(word.text.slice(length))) return undefined;
  const name = word.text.slice(0, length);
  if (name.length < 2 || notNames.has(name) || titles.has(name) || isPlace(name) || /^\d/.test(name) || isNativeName(name) || knownPeople.has(name)) return undefined;
  return { type: 'organization', start: word.start, end: word.start + length, name };
}

/** A country's diplomatic missions, which take the country's name (미국대사관, 한국총영사관). */
const MISSIONS = new Set(['대사관', '총영사관', '영사관']);

/** Whether a single word reads as an organisation name by its ending. */
export function looksLikeOrgName(name: string): boolean {
  // The suffix first: most words have none, and the lists of exceptions need not be read for them.
  const suffix = longestEnding(name, orgSuffixes, name.length - 1);
  if (!suffix || notOrganizations.has(name)) return false;
  // 보습학원 ends in a common noun (학원), but 사회과학원 in the longer suffix 과학원, which names a body.
  const notEnding = longestEnding(name, notOrganizationEndings);
  if (notEnding !== undefined && notEnding.length >= suffix.length) return false;
  const prefix = name.slice(0, name.length - suffix.length);
  // 한국 opens many a common noun (한국기업), but 한국대사관 is Korea's embassy: a country names its mission.
  if (MISSIONS.has(suffix) && isCountry(prefix)) return true;
  if (orgGenericPrefixes.has(prefix)) return false;
  // 1초당, Mcal당: 당 after a quantity or unit is "per"; 경로당, 서당: common nouns.
  if (suffix === '당' && (/[\da-z]/.test(prefix) || notNames.has(name))) return false;
  // A name needs at least two characters before its suffix (걸그룹 is a kind of band), and
  // some suffixes more (공사 is also "construction work": 보수공사).
  // A brand in capitals is a name, never the start of a common noun: BC카드, AP뉴스.
  // Those suffixes take a two-syllable name too when neither it nor the whole is a common noun
  // (길림신문, 노컷뉴스; not 지역신문 or 보수공사).
  const minimum = /^[A-Z]{2,}$/.test(prefix) ? 2 : (orgSuffixMinimumPrefix[suffix] ?? 2);
  const namedShort = prefix.length === 2 && minimum === 3 && !notNames.has(prefix) && !notNames.has(name);
  return (prefix.length >= minimum || namedShort) && !orgGenericOpenings.some((g) => prefix.startsWith(g) && prefix.length - g.length < 2);
}

/**
 * 혁신위, 공정위, 사법제도개혁특위: a committee (…위원회) named by its field and 위. The field is or
 * ends in a common noun (혁신, 공정, 개혁), after nothing or a word of two syllables or more (촛불시
 * ends in 불시 after one syllable); everyday words in 위 (꽃샘추위, 무력시위, 최상위) end in one of
 * notCommitteeEndings.
 */
function isShortenedCommittee(name: string): boolean {
  const ending = longestEnding(name, committeeShortForms);
  if (!ending || longestEnding(name, notCommitteeEndings) !== undefined) return false;
  const field = name.slice(0, name.length - ending.length);
  if (field.length < 2 || !/^[가-힣]+$/.test(field) || orgGenericPrefixes.has(field)) return false;
  for (let cut = 0; cut <= field.length - 2; cut = cut === 0 ? 2 : cut + 1) if (notNames.has(field.slice(cut))) return true;
  return false;
}

/** `5개 해외기술교류센터`, `3개 은행`, `한 복지센터`: a counted noun is a kind of thing, not a name. */
export function afterCounter({ text, words }: OrgContext, i: number): boolean {
  const previous = words[i - 1];
  return !!previous && adjacent(text, previous, words[i]) && /^\d+(개|곳|개의|여개|군데)?$|^(여러|모든|각|몇|수십|수백|한|두|세|네)$/.test(previous.text);
}

// A quoted name is an organisation when the sentence says so: `기관인 ‘X’`, `‘X’와 업무협약`.
const QUOTED = /([가-힣]+인)?\s*[‘'"“]([^‘’'"“”\n]{2,30})[’'"”](와|과|와의|과의|가|이|는|은|를|을|측|에서)?/g;
const ORG_NOUNS = /(기관|기업|회사|업체|단체|은행|그룹|브랜드|스타트업|법인|재단|협회|정당|언론사|방송사|신문사|구단|팀)인$/;
const AGREEMENT_AFTER = /^\s*(?:[^\s.]+\s+){0,3}?(업무협약|협약|MOU|양해각서|계약|제휴|파트너십|합작)/;

function quotedOrganizations(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = m[2].trim();
    const quoteStart = m.index + m[0].indexOf(m[2]);
    const saysOrg = !!m[1] && ORG_NOUNS.test(m[1]);
    const agreesWith =
      (m[3] === '와' || m[3] === '과' || m[3] === '와의' || m[3] === '과의') && AGREEMENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!(saysOrg || agreesWith) || name.split(' ').length > 3) continue;
    found.push({ type: 'organization', start: quoteStart, end: quoteStart + m[2].length, name });
  }
  return found;
}

// `NAME(ABBR)` and `ABBR(NAME)`: the bracket gives another form of an organisation found
// beside it. A gloss (OEM(주문자상표부착생산), IT(정보기술)) has no organisation on either side.
const BRACKET = /\(([^()\n]{1,40})\)/g;
const SHORT_FORM = /^(?:[A-Z][A-Za-z0-9&.-]{1,11}|[가-힣]{2,5})$/;
const HEREAFTER = /^이하\s*/;

function linkAliasPairs(text: string, found: Mention[]): Mention[] {
  const result = [...found];
  for (const m of text.matchAll(BRACKET)) {
    const open = m.index;
    // 중소벤처기업진흥공단(이하 중진공): the short form after 이하 ("hereafter").
    const inner = m[1].trim().replace(HEREAFTER, '');
    const innerStart = open + 1 + m[1].indexOf(inner);
    const before = found.find((o) => o.end === open);
    if (before && SHORT_FORM.test(inner) && !institutions.has(inner) && !bracketNotes.has(inner)) {
      // 카자흐스탄 중소기업개발공사(DAMU): the bracket is the short form.
      result.push({ type: 'organization', start: innerStart, end: innerStart + inner.length, name: before.name, key: before.key, alias: inner });
      continue;
    }
    const abbreviation = /([A-Z][A-Za-z0-9&]{1,11})$/.exec(text.slice(Math.max(0, open - 12), open));
    const innerOrg = found.find((o) => o.start === innerStart && o.end === innerStart + inner.length);
    if (abbreviation && innerOrg && isWordStart(text, open - abbreviation[1].length)) {
      // IOC(국제올림픽위원회): the bracket is the full name.
      const start = open - abbreviation[1].length;
      result.push({ type: 'organization', start, end: open, name: innerOrg.name, key: innerOrg.key, alias: abbreviation[1] });
    }
  }
  return result;
}

const isWordStart = (text: string, i: number) => i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]);

/** Whether `name` (a noun) is a known institution form; used by other rules to classify a word. */
export const isInstitution = (name: string): boolean => institutions.has(name);

/** Per list of orgs (one analysis, never changed after it is built), the first org ending at each offset. */
const orgsByEnd = new WeakMap<Mention[], Map<number, Mention>>();

/** The org that ends exactly at `end`, among mentions found (a map lookup: pages are long). */
export function orgEndingAt(orgs: Mention[], end: number): Mention | undefined {
  let byEnd = orgsByEnd.get(orgs);
  if (!byEnd) {
    byEnd = new Map();
    for (const org of orgs) if (!byEnd.has(org.end)) byEnd.set(org.end, org);
    orgsByEnd.set(orgs, byEnd);
  }
  return byEnd.get(end);
}

export { nounReadings };
