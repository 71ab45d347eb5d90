// People in Korean text, found through the words around a name:
//   PERSON TITLE                 이상직 이사장, 김진수 기자 true@hankyung.com, 오바마 대통령
//   PERSON 전 TITLE              노무현 전 대통령
//   PERSON ORG TITLE             아바이 싸르쿨러브 카자흐스탄 중소기업개발공사 사장
//   PERSON ORG+TITLE             이종재 한국교육개발원장, 이석준 2차관
//   NAME ANY+TITLE               문희상 비상대책위원장  (a common-shaped native name only)
//   ORG PERSON TITLE             새누리당 박근혜 후보
//   PERSON·PERSON TITLE          이부영·노회찬 전 의원
//   ORG(TITLE PERSON)            에타(대표 이재순)      → the company is an organisation too
//   ORG TITLE PERSON             에디슨모터스 대표 강영권
//   PERSON씨, PERSON(33)         하쓰코씨, 김성동(54), 니콜 키드먼(47)
//   (PERSON), (본명 PERSON)      유시진 대위(송중기)
//   PERSON(漢字), X(본명 Y)      아베 신조(安倍晋三)는, 리세(본명 권리세)
//   RELATION PERSON              아들 김도현은, 남편 마이클 스탠턴과
//   ROLE 역의 PERSON             한지호 역의 박서연, 강서진 역을 맡은 김하늘  (role and actor)
//   SURNAME TITLE                이 이사장            → a short form of an earlier 이상직 이사장
// A one-syllable name is never a person: `이 이사장` resolves to a full name, or stays the
// two-word form `홍 지사` when the page never gives the full name.
import {
  academicTitles,
  administrations,
  countryInitials,
  headOffices,
  honorifics,
  institutions,
  isNounWithVerbalEnding,
  isDerivedNoun,
  knownPeople,
  leadershipTitles,
  notNames,
  occupationsBefore,
  particleEndingsBeforeTitle,
  foreignEndingsLikeParticles,
  personSuffixes,
  shortGivenNames,
  titles,
  titlesBefore,
} from './lexicon';
import type { Mention } from '../mentions';
import { hasLoanwordSyllable, isForeignNameWord, isNameEndingInParticle, isNativeName, isSurname, soundsForeign, surnameOf } from './names';
import { isInstitution, looksLikeOrgName, orgEndingAt } from './organizations';
import { nounReadings } from './particles';
import { adjacent, bare, type Word } from './tokens';
import { SUBUNIT } from './places';

export interface PeopleContext {
  text: string;
  words: Word[];
  /** Organisations already found; a person's affiliation is one of them or a company named in `X(대표 Y)`. */
  orgs: Mention[];
  isPlace: (name: string) => boolean;
}

export interface PeopleResult {
  people: Mention[];
  /** Companies known only from `X(대표 Y)` or `X 대표 Y`. */
  orgs: Mention[];
}

interface Title {
  role: string;
  /** The institution written onto the title (한국교육개발원 in 한국교육개발원장). */
  institution?: string;
}

/** Heads of companies: `X 대표 Y` makes X a company. */
const HEAD_ROLES = new Set(['대표', '대표이사', '공동대표', '회장', '부회장', '사장', '부사장', 'CEO', '창업자', '창업주']);
/** Words between a name and its title that say when the person held it: 노무현 전 대통령. */
const TENSE_WORDS = new Set(['전', '현', '前', '現', '故', '고', '신임', '전임', '당시', '초대', '차기', '현직', '전직', '신임', '임시', '수석', '공동']);
/** One-syllable words that are a modifier or demonstrative before a title, not a surname: 이 대표 may be "this representative". */
const NOT_SURNAMES_BEFORE_TITLE = new Set(Array.from('전현고신구부총차당새각이그저한두세양前現故'));
/** Of those, the common surnames: 이 전 회장, 전 전 대통령 and 고 씨 are people (a tense word or an
 *  honorific follows only a name), and 이 장관, 신 회장, 차 사장 too, before a title of office. */
const SURNAMES_BEFORE_TITLE = new Set(Array.from('이전고신차'));
/** Titles of office that also name anyone in the role (이 대표: "this representative", 이 감독): the modifier reading stays. */
const ROLES_OF_ANYONE = new Set(['대표', '감독']);
/** One-syllable words that open no part of a transliterated name (수 있거나, 끝난 뒤 바이든): nouns of time and manner, and the words above. */
const NOT_NAME_SYLLABLES = new Set([...NOT_SURNAMES_BEFORE_TITLE, ...Array.from('수뒤및등중후때것더또곧꼭잘못약')]);
/** Titles that also end ordinary words (주식시장, 국가대표, 해외지사): written onto a word only after a place. */
const GLUED_NEEDS_PLACE = new Set(['시장', '지사', '대표', '의원', '대사', '감독', '위원장', '회장', '의장']);

export function findPeople(ctx: PeopleContext): PeopleResult {
  const people: Mention[] = [];
  const orgs: Mention[] = [];
  const shortForms: Mention[] = [];
  const { words } = ctx;
  for (let t = 0; t < words.length; t++) {
    if (words[t].address) continue;
    const title = titleOf(ctx, words[t]);
    const office = title?.institution === undefined ? undefined : organizationOnTitle(ctx, words[t], title.institution);
    if (office) orgs.push(office);
    if (title) {
      nameBeforeTitle(ctx, t, title, people, shortForms, orgs);
      if (titlesBefore.has(title.role) && !title.institution && bare(words[t])) nameAfterTitle(ctx, t, title.role, people, orgs);
    }
    const anonymous = anonymousPerson(ctx, t);
    if (anonymous) people.push(anonymous);
    // Each rule below is tried only where its mark is: a 씨 in the word, a bracket or middle dot
    // right after it, a family word before it. Most words have none and skip the rules.
    const after = ctx.text[words[t].end];
    const glued = words[t].text.includes('씨') ? gluedHonorific(ctx, t) : undefined;
    if (glued) people.push(glued);
    const aged = AGE_OPENERS.has(after) ? nameWithAge(ctx, t) : undefined;
    if (aged) people.push(aged);
    const team = after === '(' ? affiliationAfterAge(ctx, t) : undefined;
    if (team) orgs.push(team);
    if (CAST_WORDS.has(words[t].text)) people.push(...castRole(ctx, t));
    const leader = leaderOfAdministration(ctx, t);
    if (leader) people.push(leader);
    const relative = t > 0 && RELATIONS.has(words[t - 1].text) ? nameAfterRelation(ctx, t) : undefined;
    if (relative) people.push(relative);
    const glossed = after === '(' ? nameWithGloss(ctx, t) : undefined;
    if (glossed) people.push(glossed);
    const bracketed = after === ')' || after === '·' ? nameInBrackets(ctx, t) : undefined;
    if (bracketed) people.push(bracketed);
    const plain = plainNativeName(ctx, t) ?? listedName(ctx, t) ?? foreignGivenAndFamily(ctx, t);
    if (plain) people.push(plain);
    const compound = nameBeforeCompoundTitle(ctx, t, title) ?? nameBeforeWhereAndTitle(ctx, t, title);
    if (compound) people.push(compound);
    const compoundOffice = compound?.role && !title ? organizationOnCompoundTitle(ctx, words[t], compound.role) : undefined;
    if (compoundOffice) orgs.push(compoundOffice);
  }
  people.push(...listedWithPeople(ctx, people));
  people.push(...namesAfterLate(ctx, people));
  return { people: [...people, ...resolveShortForms(people, shortForms)], orgs };
}

/** The last syllables of the titles titleOf finds written onto a word (leadership titles and 교수). */
const GLUED_TITLE_LAST = new Set([...leadershipTitles, '교수'].map((role) => role[role.length - 1]));

/** The title a word is (이사장, 이사장은) or ends in (한국교육개발원장, 2차관), if any. */
function titleOf(ctx: PeopleContext, word: Word): Title | undefined {
  for (const length of word.nouns) {
    const noun = word.text.slice(0, length);
    if (titles.has(noun)) return { role: noun };
    // 대통령님이, 경장님: the honorific 님 after a title.
    if (noun.endsWith('님') && titles.has(noun.slice(0, -1))) return { role: noun.slice(0, -1) };
  }
  const noun = word.text.slice(0, word.nouns[0]);
  // A glued title ends the noun: a noun whose last syllable ends no such title is not cut at all.
  if (!GLUED_TITLE_LAST.has(noun[noun.length - 1])) return undefined;
  for (let cut = 1; cut <= noun.length - 2; cut++) {
    const role = noun.slice(cut);
    if (!leadershipTitles.has(role) && role !== '교수') continue;
    const prefix = noun.slice(0, cut);
    if (/^\d+$/.test(prefix)) return { role: noun }; // 2차관
    // 한국교육개발원장: the institution (…원) and the title (원장) share a syllable.
    if (isInstitution(prefix + role[0]) && !isInstitution(prefix)) return { role, institution: prefix + role[0] };
    const known = ctx.isPlace(prefix) || isInstitution(prefix) || looksLikeOrgName(prefix);
    if (GLUED_NEEDS_PLACE.has(role) && !ctx.isPlace(prefix) && !ctx.isPlace(prefix.replace(/[시도군구]$/, ''))) return undefined;
    if (known || /[원대청처부사단회]$/.test(prefix)) return { role, institution: prefix };
    if (/^[원청처소단관]장$/.test(role) && prefix.length >= 2) return { role, institution: prefix + role[0] };
    return undefined;
  }
  return undefined;
}

/** 김종준 하나은행장, 신인령 전 이대총장: the organisation written onto a title is named in the text
 *  too, when it is a known institution or has an organisation's ending (a city, 서울시장, is a place). */
function organizationOnTitle(ctx: PeopleContext, word: Word, institution: string): Mention | undefined {
  if (institution.length < 2 || !word.text.startsWith(institution) || ctx.isPlace(institution)) return undefined;
  const full = institutions.get(institution);
  if (!full && !looksLikeOrgName(institution)) return undefined;
  return {
    type: 'organization',
    start: word.start,
    end: word.start + institution.length,
    name: full ?? institution,
    alias: full && full !== institution ? institution : undefined,
  };
}

/** 정기석 질병관리본부장: the office before a compound title, with the syllables the two share (…본부 + 본부장). */
function organizationOnCompoundTitle(ctx: PeopleContext, word: Word, role: string): Mention | undefined {
  const noun = word.text.slice(0, word.nouns[0]);
  const office = noun.slice(0, noun.length - role.length);
  for (let shared = role.length - 1; shared >= 0; shared--) {
    const found = organizationOnTitle(ctx, word, office + role.slice(0, shared));
    if (found) return found;
  }
  return undefined;
}

/** PERSON TITLE and its longer shapes; SURNAME TITLE becomes a short form. */
function nameBeforeTitle(ctx: PeopleContext, t: number, title: Title, people: Mention[], shortForms: Mention[], orgs: Mention[]): void {
  const { text, words } = ctx;
  const { role } = title;
  let k = t - 1;
  // 유엔 reads as 유 + 엔 too: an organisation ending with the word has no particle.
  const joined = (i: number) => i >= 0 && (bare(words[i]) || !!orgEndingAt(ctx.orgs, words[i].end)) && adjacent(text, words[i], words[i + 1]) && !words[i].address;
  // 김정은 위원장, 김재만 감독: right before a title a word takes no particle, so a name ending in a
  // particle's syllable (은, 만, 도) is the whole word.
  const particleEndingNameAt = (i: number) => i >= 0 && !words[i].address && adjacent(text, words[i], words[i + 1]) && isNameEndingInParticle(words[i].text);
  if (!joined(k) && !particleEndingNameAt(k)) return;
  let affiliation = title.institution;
  // 노무현 전 대통령: the tense word sits between name and title.
  // 고 씨, 전 씨: before an honorific the word is a surname, not 故 or 前.
  if (TENSE_WORDS.has(words[k].text) && !(honorifics.has(role) && SURNAMES_BEFORE_TITLE.has(words[k].text))) {
    k--;
    if (!joined(k)) return;
  }
  // PERSON ORG TITLE and PERSON COUNTRY TITLE: the organisation sits between the name and the title.
  const org = orgEndingAt(ctx.orgs, words[k].end) ?? universityBefore(ctx, words[k], role);
  if (org && !orgEndingAt(ctx.orgs, words[k].end)) orgs.push(org);
  if (org || ctx.isPlace(words[k].text)) {
    const start = org ? org.start : words[k].start;
    affiliation ??= text.slice(start, words[k].end);
    while (k >= 0 && words[k].start >= start) k--;
    if (k >= 0 && TENSE_WORDS.has(words[k].text) && joined(k)) k--;
    if (!joined(k)) return;
    k = pastOuterOrganization(ctx, k, !!org);
    if (!joined(k)) return;
  }
  // 캐럴라인 케네디 주일 미국대사: 주 and a country's initial (駐日, posted to Japan) before the title.
  if (postedTo(words[k].text) && !joined(--k)) return;
  const word = words[k].text;
  if (word.length === 1 && isSurname(word) && (k === t - 1 || (k === t - 2 && TENSE_WORDS.has(words[t - 1].text)))) {
    // '피플'은 기자가: a particle after a quote, not a surname.
    if (CLOSING_MARKS.has(text[words[k].start - 1])) return;
    // 이 이사장: resolved against full names later; 박 모 씨 starts at the surname before 모 ("a certain").
    const start = word === '모' && surnameBefore(ctx, k) ? words[k - 1].start : words[k].start;
    const end = words[t].start + (title.institution ? 0 : role.length);
    if (!title.institution) shortForms.push({ type: 'person', start, end, name: text.slice(start, words[k].end), role, alias: text.slice(start, end) });
    return;
  }
  let name = nameEndingAt(ctx, k, role, true);
  if (!name && !affiliation && k >= 1 && joined(k - 1) && isNativeName(words[k - 1].text, true) && words[k].text.length >= 2 && !notNames.has(words[k].text)) {
    // 김영화 강동신경정신과의원 원장, 안철수 대선 후보: a native name, then a word naming the office.
    affiliation = words[k].text.length >= 3 && !/^\d/.test(words[k].text) ? words[k].text : undefined;
    name = { start: words[k - 1].start, end: words[k - 1].end, first: k - 1 };
  }
  if (!name) return;
  if (!affiliation) affiliation = organizationBefore(ctx, name.first);
  const written = text.slice(name.start, name.end);
  // The written `이상직 이사장` is another form of the name; `노무현 전 대통령` is not one.
  const titled = name.first === t - 1 && !title.institution ? text.slice(name.start, words[t].start + role.length) : undefined;
  people.push({ type: 'person', start: name.start, end: name.end, name: written, role, affiliation, alias: titled });
  people.push(...namesListedBefore(ctx, name.first, role, affiliation));
}

/** 주한, 주일, 주미: 駐 and a country's initial, where an envoy or a force is posted. */
const postedTo = (word: string): boolean => word.length === 2 && word[0] === '주' && countryInitials.has(word[1]);

/** ORG PERSON TITLE (새누리당 박근혜 후보): the organisation written right before the name. */
function organizationBefore({ text, words, orgs }: PeopleContext, first: number): string | undefined {
  const before = words[first - 1];
  const org = before && bare(before) && adjacent(text, before, words[first]) && orgEndingAt(orgs, before.end);
  return org ? text.slice(org.start, org.end) : undefined;
}

/** 이부영·노회찬 전 의원: native names listed before the titled one share its title. */
function namesListedBefore({ text, words, isPlace }: PeopleContext, first: number, role: string, affiliation: string | undefined): Mention[] {
  const listed: Mention[] = [];
  for (let i = first - 1; i >= 0; i--) {
    const gap = text.slice(words[i].end, words[i + 1].start);
    if (!/^(·|, ?)$/.test(gap) || !bare(words[i]) || !isNativeName(words[i].text) || isPlace(words[i].text)) break;
    listed.push({ type: 'person', start: words[i].start, end: words[i].end, name: words[i].text, role, affiliation });
  }
  return listed;
}

/** 이승환 서울대학교 응용생물화학부 교수, 화춘잉 중국 외교부 대변인: before an organisation between
 *  a name and its title, the larger one it belongs to or (after an organisation) its country.
 *  The index of the word before them, or `k` when there is none. */
function pastOuterOrganization(ctx: PeopleContext, k: number, afterOrganization: boolean): number {
  const outer = orgEndingAt(ctx.orgs, ctx.words[k].end);
  if (!outer && !(afterOrganization && ctx.isPlace(ctx.words[k].text))) return k;
  const start = outer ? outer.start : ctx.words[k].start;
  while (k >= 0 && ctx.words[k].start >= start) k--;
  return k;
}

/** 배성인 공주대 교수, 홀데인 프린스턴대 교수: X대 before an academic title is a university, not a name (40대 교수 is an age). */
function universityBefore(ctx: PeopleContext, word: Word, role: string): Mention | undefined {
  const name = word.text;
  if (!academicTitles.has(role) || name.length < 2 || name.length > 7 || !name.endsWith('대') || !/^[가-힣]+$/.test(name)) return undefined;
  if (notNames.has(name) || ctx.isPlace(name)) return undefined;
  return { type: 'organization', start: word.start, end: word.end, name };
}

/** Closing quotes and brackets, after which a one-syllable word is the quoted word's particle. */
const CLOSING_MARKS = new Set(Array.from('’\'"”)」』'));

/** 윤 모씨, 박 모 씨: a one-syllable surname written apart before 모 ("a certain"). */
const surnameBefore = ({ text, words }: PeopleContext, k: number): boolean =>
  k >= 1 && words[k - 1].text.length === 1 && isSurname(words[k - 1].text) && adjacent(text, words[k - 1], words[k]);

/** The name that ends with word k: one native name, or one to three transliterated words; right
 *  before a title (`beforeTitle`) also a native name ending in a particle's syllable (김정은). */
function nameEndingAt(ctx: PeopleContext, k: number, role: string, beforeTitle = false): { start: number; end: number; first: number } | undefined {
  const { text, words } = ctx;
  const last = words[k];
  if ((isNativeName(last.text) || (beforeTitle && isNameEndingInParticle(last.text))) && !placeWithUnit(ctx, last.text)) return { start: last.start, end: last.end, first: k };
  const loanwordNoun = !foreignWord(ctx, last);
  if (loanwordNoun && !holdsOffice(ctx, k)) return undefined;
  let first = k;
  while (first - 1 >= 0 && k - first < 3) {
    const previous = words[first - 1];
    if (!bare(previous) || !adjacent(text, previous, words[first]) || previous.address) break;
    // '…'은 비트코인: a one-syllable word after a closing quote is the quote's particle.
    const oneSyllable = /^[가-힣]$/.test(previous.text) && !NOT_NAME_SYLLABLES.has(previous.text) && !CLOSING_MARKS.has(text[previous.start - 1]);
    // 이상호 경기진보연대 고문, 엄마인 샤이마 알셰이크 카난: a native word opens no transliterated name.
    if (!(foreignWord(ctx, previous, true) || oneSyllable) || nativeNotTransliterated(previous.text)) break;
    // 한편 도널드 트럼프, 미 트럼프 대통령: before a loanword noun read as a name, every word sounds foreign and is no one-syllable abbreviation.
    if (loanwordNoun && (oneSyllable || !soundsForeign(previous.text))) break;
    first--;
  }
  const name = text.slice(words[first].start, last.end);
  // A one-word foreign name needs a title of office (오바마 대통령), the honorific 씨, which only
  // follows a name (섬나 씨, 짜바릿 씨), or a foreign sound (케리 장관); otherwise `축구 선수`,
  // `담임 교사` would be people.
  if (!soundsForeign(name)) return undefined;
  if (first === k && !leadershipTitles.has(role) && role !== '씨' && !hasLoanwordSyllable(name)) return undefined;
  // 지나다녀 학생, 시작하자 감독: a verb form no person list knows is no one-word name.
  if (first === k && VERB_ENDING_NOT_FOREIGN.test(name) && !knownPeople.has(name)) return undefined;
  return { start: words[first].start, end: last.end, first };
}

/**
 * 트럼프 대통령은, 펜스 미국 부통령이, 클린턴 전 대통령: word k reads as a loanword noun (트럼프 "playing cards", 펜스
 * "fence"), but an office only a person holds follows it, perhaps after the country, and stands as a
 * title (with its particle or before punctuation), not as a compound's first part (가운데 대통령 선거).
 */
function holdsOffice(ctx: PeopleContext, k: number): boolean {
  const { text, words } = ctx;
  const word = words[k];
  if (!foreignWord(ctx, word, true) || !hasLoanwordSyllable(word.text)) return false;
  let office = k + 1;
  if (words[office] && (ctx.isPlace(words[office].text) || TENSE_WORDS.has(words[office].text))) office++;
  const title = words[office];
  if (!title || !adjacent(text, words[office - 1], title) || !headOffices.has(title.text.slice(0, title.nouns[0]))) return false;
  if (bare(title) && /^ ?[가-힣A-Za-z0-9]/.test(text.slice(title.end, title.end + 2))) return false;
  return writtenWithGivenName(ctx, word.text);
}

/** 도널드 트럼프, 마이크 펜스: somewhere in the text the word follows a transliterated given name, as a
 *  family name does; a nickname (유튜브 대통령, 스포츠 대통령) never has one. */
function writtenWithGivenName(ctx: PeopleContext, family: string): boolean {
  for (let i = 1; i < ctx.words.length; i++) {
    const given = ctx.words[i - 1];
    if (!ctx.words[i].text.startsWith(family) || !ctx.words[i].nouns.includes(family.length) || !bare(given) || !adjacent(ctx.text, given, ctx.words[i]) || given.text.length < 2)
      continue;
    if (knownPeople.has(given.text) || (soundsForeign(given.text) && hasLoanwordSyllable(given.text) && foreignWord(ctx, given, true))) return true;
  }
  return false;
}

function foreignWord(ctx: PeopleContext, word: Word, inside = false): boolean {
  return isForeignNameWord(word.text, inside) && !placeOrOrganization(ctx, word.text) && !orgEndingAt(ctx.orgs, word.end);
}

/** Whether a name-shaped word is a known place or institution, or has an organisation's shape. */
function placeOrOrganization(ctx: PeopleContext, name: string): boolean {
  return placeWithUnit(ctx, name) || isInstitution(name) || looksLikeOrgName(name);
}

/** 서울시, 경남도, 부천병: a known place, or one with its administrative unit or electoral district (갑, 을, 병) written on. */
const placeWithUnit = (ctx: PeopleContext, name: string): boolean => ctx.isPlace(name) || (/[시도군구갑을병]$/.test(name) && ctx.isPlace(name.slice(0, -1)));

/** A word with one trailing particle taken off (대표는 → 대표), to ask whether it is a title. */
const withoutParticle = (word: string): string => word.replace(/[은는이가을를의과와]$/, '');

/** The run of up to three words of a transliterated name opening at word i (니콜 키드먼이,
 *  대니얼 디아즈와): every word but the last is bare, adjacent to the next and foreign-shaped.
 *  `last` is the last word's index; the name ends with that word's noun. */
function foreignNameFrom(ctx: PeopleContext, i: number): { last: number; end: number; name: string } {
  const { text, words } = ctx;
  let last = i;
  while (last - i < 2 && bare(words[last]) && words[last + 1] && adjacent(text, words[last], words[last + 1]) && foreignWord(ctx, words[last], true)) last++;
  const end = words[last].start + words[last].nouns[0];
  return { last, end, name: text.slice(words[i].start, end) };
}

/** Each word of a transliterated name sounds foreign or has a loanword syllable, and the whole
 *  name does both: 아내 조리사 자격증을, 조연 역의 비중이 are not names. */
function soundsLikeForeignName(name: string): boolean {
  return name.split(' ').every((w) => soundsForeign(w) || hasLoanwordSyllable(w)) && soundsForeign(name) && hasLoanwordSyllable(name);
}

/** Words that follow a name as a whole word: 배우 클라라 측은 (her side), 래퍼 블랙넛 관련 게시물. */
const SAID_OF_NAME = new Set(['측', '관련']);

/** ORG(대표 PERSON), ORG 대표 PERSON, 배우 PERSON 씨: a native name right after a title. */
function nameAfterTitle(ctx: PeopleContext, t: number, role: string, people: Mention[], orgs: Mention[]): void {
  const { text, words } = ctx;
  const next = words[t + 1];
  if (!next || next.address || !/^ +$/.test(text.slice(words[t].end, next.start))) return;
  let length = next.nouns.find((n) => isNativeName(next.text.slice(0, n)));
  if (length === undefined && occupationsBefore.has(role)) {
    // 배우 탕웨이가: after an occupation, a foreign-sounding word is a stage or foreign name.
    // 가수 싸이가, 배우 클라라 측은: open syllables only, or a name the person lists know, sound foreign too.
    const stageName = (name: string) => isForeignNameWord(name) && soundsForeign(name) && (hasLoanwordSyllable(name) || allOpen(name) || knownPeople.has(name));
    length = next.nouns.find((n) => (n < next.text.length || SAID_OF_NAME.has(withoutParticle(words[t + 2]?.text ?? ''))) && stageName(next.text.slice(0, n)));
  }
  if (length === undefined || ctx.isPlace(next.text.slice(0, length)) || isInstitution(next.text.slice(0, length))) return;
  const name = next.text.slice(0, length);
  const following = words[t + 2];
  if (
    length === next.text.length &&
    following &&
    adjacent(text, next, following) &&
    !titles.has(withoutParticle(following.text)) &&
    !SAID_OF_NAME.has(withoutParticle(following.text))
  ) {
    // `대표 상품을`: the word after the title starts a longer phrase, so the title was not a title.
    return;
  }
  let affiliation: string | undefined;
  const before = words[t - 1];
  if (text[words[t].start - 1] === '(' && before && before.end === words[t].start - 1) {
    // 에타(대표 이재순): the word before the bracket names the company.
    affiliation = companyName(ctx, t - 1, orgs);
  } else if (HEAD_ROLES.has(role) && before && bare(before) && adjacent(text, before, words[t])) {
    affiliation = companyName(ctx, t - 1, orgs);
  }
  people.push({ type: 'person', start: next.start, end: next.start + length, name, role, affiliation });
}

/** The organisation ending at word i, registering it as a company when no rule knew it. */
function companyName(ctx: PeopleContext, i: number, orgs: Mention[]): string | undefined {
  const word = ctx.words[i];
  const known = orgEndingAt(ctx.orgs, word.end);
  if (known) return ctx.text.slice(known.start, known.end);
  const name = word.text;
  if (name.length < 2 || notNames.has(name) || titles.has(name) || ctx.isPlace(name) || /^\d/.test(name) || isNativeName(name)) return undefined;
  orgs.push({ type: 'organization', start: word.start, end: word.end, name });
  return name;
}

/** After SURNAME모, the honorific, apart or after the bracketed age and what the paper adds to it:
 *  이모 씨, 김모(33)씨, 지모(45·여)씨, 정모 (41) 씨. 이모 and 고모 are also aunts, but never before 씨. */
const MO_THEN_HONORIFIC = /^ ?(?:\(\d{1,3}(?:세|살)?(?:·[^()\n]{1,10})?\) ?)?(?:씨|군|양)/;

/** The honorifics that end an anonymous person's noun (박씨, 김모군, A양). */
const ANONYMOUS_ENDINGS = new Set(['씨', '군', '양']);

/** 김모씨, 박씨, 김모(33)씨, A씨, B 씨: a person the paper names only by surname or letter.
 *  The mention keeps the honorific (박씨), so no person is ever named by one syllable. */
function anonymousPerson(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  const noun = word.text.slice(0, word.nouns[0]);
  // Every shape below ends in an honorific or 모, or is one letter: other words skip the patterns.
  if (!ANONYMOUS_ENDINGS.has(noun[noun.length - 1]) && !word.text.endsWith('모') && word.text.length !== 1) return undefined;
  const glued = /^([가-힣]{1,2}?)(모)?(씨|군|양)$/.exec(noun);
  // 장군, 육군, 모양 share the shape and are common nouns (박씨 is a seed too, but never in news).
  if (glued && isSurname(glued[1]) && !(glued[3] !== '씨' && notNames.has(noun))) {
    // 윤 모씨: the surname is the word before; 모씨 alone is "a certain person", no name.
    const start = glued[1] === '모' && !glued[2] ? (surnameBefore(ctx, t) ? words[t - 1].start : -1) : word.start;
    if (start < 0) return undefined;
    return { type: 'person', start, end: word.start + noun.length, name: text.slice(start, word.start + noun.length), role: glued[3] };
  }
  if (/^[가-힣]{1,2}모$/.test(word.text) && isSurname(word.text.slice(0, -1)) && MO_THEN_HONORIFIC.test(text.slice(word.end, word.end + 20))) {
    return { type: 'person', start: word.start, end: word.end, name: word.text };
  }
  if (/^[A-Z](씨|군|양)$/.test(noun)) return { type: 'person', start: word.start, end: word.start + 2, name: noun, role: noun.slice(1) };
  const letter = /^[A-Z]$/.test(word.text) && /^ ?(?:\(\d{1,3}[^)]{0,4}\))?(씨|군|양)/.exec(text.slice(word.end, word.end + 12));
  if (letter) return { type: 'person', start: word.start, end: word.end + letter[0].length, name: text.slice(word.start, word.end + letter[0].length) };
  return undefined;
}

/** 하쓰코씨, 이아현씨: an honorific written onto the name. */
function gluedHonorific(ctx: PeopleContext, t: number): Mention | undefined {
  const word = ctx.words[t];
  for (const length of word.nouns) {
    const noun = word.text.slice(0, length);
    if (!honorifics.has('씨') || !noun.endsWith('씨')) continue;
    const name = noun.slice(0, -1);
    // 아저씨, 아가씨: a common noun in 씨, not an honorific.
    if (notNames.has(noun)) continue;
    if (name.length < 2 || !(isNativeName(name) || (isForeignNameWord(name) && soundsForeign(name))) || ctx.isPlace(name)) continue;
    return { type: 'person', start: word.start, end: word.start + name.length, name, role: '씨' };
  }
  return undefined;
}

/** What opens an age after a name; most words are followed by neither, and skip the pattern. */
const AGE_OPENERS = new Set(['(', '·']);

/** 김성동(54), 니콜 키드먼(47), 정은비·19: a name followed by a bracketed age. */
function nameWithAge(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  if (!AGE_OPENERS.has(text[word.end]) || !/^[(·]\d{1,2}(?:세|살)?[)·,]/.test(text.slice(word.end, word.end + 6))) return undefined;
  if (word.text.length < 2 || notNames.has(word.text)) return undefined;
  // 안산(20·광주여대): a place has no age and school; a name-shaped one with both is a person.
  if (placeOrOrganization(ctx, word.text) && !(isNativeName(word.text) && affiliationAfterAge(ctx, t))) return undefined;
  if (isNativeName(word.text)) return { type: 'person', start: word.start, end: word.end, name: word.text };
  const name = nameEndingAt(ctx, t, '씨');
  if (!name) return undefined;
  return { type: 'person', start: name.start, end: name.end, name: text.slice(name.start, name.end) };
}

/**
 * 김민수(17·한빛고), 이수진(25·대성전자), 박철(28·볼티모어 오리올스): after a name, the age and
 * the person's school, team or company; not a place (22·중국), a common noun (28·회사원), a noun
 * for a person (28·취업준비생), a real name (22·이지은) or 여/남.
 */
function affiliationAfterAge(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  if (text[word.end] !== '(') return undefined;
  const bracket = /^\(\d{1,2}(?:세|살)?·([^()·,\n]{2,20})\)/.exec(text.slice(word.end, word.end + 28));
  if (!bracket) return undefined;
  const name = bracket[1].trim();
  const parts = name.split(' ');
  const last = parts[parts.length - 1];
  if (/^\d/.test(name) || ctx.isPlace(name) || parts.every((part) => placeWithUnit(ctx, part))) return undefined;
  if (notNames.has(last) || titles.has(last) || occupationsBefore.has(last) || isNounWithVerbalEnding(last)) return undefined;
  // 취업준비생, 은퇴자: a noun for a person no list has, unless the whole reads as an organisation (한국연구원).
  if (personSuffixes.has(last[last.length - 1]) && !isInstitution(name) && !looksLikeOrgName(name)) return undefined;
  // 아이유(22·이지은): the person's real name.
  if (isNativeName(last, true) || knownPeople.has(last)) return undefined;
  const start = word.end + bracket[0].indexOf(name);
  return { type: 'organization', start, end: start + name.length, name };
}

/** The words of `역` (role) a cast is written around; findPeople tries castRole only at them, with no array for other words. */
const CAST_WORDS = new Set(['역의', '역을', '역으로']);

/** 유시진 역의 송중기, 강모연 역을 맡은 송혜교: the actor after `역의`/`역을 맡은`, and the
 *  role before `역` when it has a name's shape. */
function castRole(ctx: PeopleContext, t: number): Mention[] {
  const { text, words } = ctx;
  const word = words[t];
  if (!CAST_WORDS.has(word.text)) return [];
  const found: Mention[] = [];
  const rest = text.slice(word.end, word.end + 12);
  const actorAt = word.text === '역의' ? t + 1 : /^ (맡은|맡았던|맡아) /.test(rest) ? t + 2 : -1;
  const actor = words[actorAt];
  if (actor && !actor.address) {
    const noun = actor.text.slice(0, actor.nouns[0]);
    const name = isNativeName(noun) && noun.length >= 3 ? { start: actor.start, end: actor.start + noun.length } : nameStartingAt(ctx, actorAt);
    if (name && !ctx.isPlace(noun) && !isInstitution(noun)) found.push({ type: 'person', start: name.start, end: name.end, name: text.slice(name.start, name.end), role: '배우' });
  }
  const role = words[t - 1];
  if (role && adjacent(text, role, word) && bare(role) && isNativeName(role.text) && role.text.length >= 3 && !ctx.isPlace(role.text)) {
    found.push({ type: 'person', start: role.start, end: role.end, name: role.text });
  }
  return found;
}

/** A transliterated name of one to three words opening at word i (탕웨이는, 니콜 키드먼이). */
function nameStartingAt(ctx: PeopleContext, i: number): { start: number; end: number } | undefined {
  const { words } = ctx;
  const { last, end, name } = foreignNameFrom(ctx, i);
  if (!name.split(' ').every((w) => isForeignNameWord(w)) || !soundsLikeForeignName(name)) return undefined;
  // 조연 역의 비중이: a single word needs three syllables to pass for a foreign name.
  if (last === i && name.length < 3) return undefined;
  return { start: words[i].start, end };
}

/** Family words written before a relative's name: 아들 김민준, 남편 로버트. */
const RELATIONS = new Set([
  '아들',
  '딸',
  '남편',
  '부인',
  '아내',
  '아버지',
  '어머니',
  '부친',
  '모친',
  '동생',
  '남동생',
  '여동생',
  '누나',
  '언니',
  '오빠',
  '손자',
  '손녀',
  '장남',
  '차남',
  '장녀',
  '차녀',
  '며느리',
  '사위',
  '조카',
  '외아들',
  '외동딸',
  '할아버지',
  '할머니',
]);

/** 아들 김민준은, 남편 로버트가: a name-shaped word right after a family word. */
function nameAfterRelation(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  const before = words[t - 1];
  if (!before || !RELATIONS.has(before.text) || !adjacent(text, before, word) || word.address) return undefined;
  // 'H5'형 바이러스: the family word must stand as a word of its own.
  if (before.start > 0 && !/[\s(]/.test(text[before.start - 1])) return undefined;
  const length = word.nouns.find((n) => {
    const noun = word.text.slice(0, n);
    return isNativeName(noun, true);
  });
  if (length === undefined || (bare(word) && foreignWord(ctx, word) && words[t + 1] && adjacent(text, word, words[t + 1]))) {
    // 남편 대니얼 디아즈와: a foreign name of two or three words.
    const { last, end, name } = foreignNameFrom(ctx, t);
    if (last === t || (!foreignWord(ctx, words[last]) && !isForeignNameWord(words[last].text.slice(0, words[last].nouns[0])))) return undefined;
    if (!soundsLikeForeignName(name)) return undefined;
    return { type: 'person', start: word.start, end, name, role: before.text };
  }
  const name = word.text.slice(0, length);
  if (placeOrOrganization(ctx, name)) return undefined;
  // 아들 김민준 군: fine; 아들 교육비를: not a name, and 딸 바보 is no person.
  const next = words[t + 1];
  if (length === word.text.length && next && adjacent(text, word, next) && !titles.has(withoutParticle(next.text)) && !honorifics.has(withoutParticle(next.text))) return undefined;
  return { type: 'person', start: word.start, end: word.start + length, name, role: before.text };
}

/** 고 신해철 매형: a common-shaped or listed name after 고 ("the late"), where no rule with a title found it. */
function namesAfterLate(ctx: PeopleContext, people: Mention[]): Mention[] {
  const { text, words } = ctx;
  const found: Mention[] = [];
  let personStarts: Set<number> | undefined;
  for (let t = 1; t < words.length; t++) {
    const before = words[t - 1];
    const word = words[t];
    if (before.text !== '고' || !adjacent(text, before, word) || word.address) continue;
    if (before.start > 0 && !/[\s(]/.test(text[before.start - 1])) continue;
    const name = word.text.slice(0, word.nouns[0]);
    if (!(isNativeName(name, true) || knownPeople.has(name)) || placeOrOrganization(ctx, name)) continue;
    personStarts ??= new Set(people.map((p) => p.start));
    if (!personStarts.has(word.start)) found.push({ type: 'person', start: word.start, end: word.start + name.length, name });
  }
  return found;
}

/** Particles that may follow a name. The two sets built on it differ by one particle each: 씨
 *  after a glossed name (아베 신조(安倍晋三)씨), 이었다 after a plain native name (류현진이었다).
 *  One merged set would change what each rule accepts, so they share this base instead. */
const NAME_PARTICLES = ['은', '는', '이', '가', '의', '와', '과', '을', '를', '에게', '도', '에게서', '한테', '과의', '와의', '이나', '나', '이다', '라는', '이라는'];
const GLOSS_PARTICLES = new Set([...NAME_PARTICLES, '씨']);

/** 아베 신조(安倍晋三), 리세(본명 권리세): a name glossed in brackets by its Chinese characters
 *  or by another name of the person. */
function nameWithGloss(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  if (text[word.end] !== '(') return undefined;
  const gloss = /^\((?:[\u4e00-\u9fff]{2,5}(?:[·,] ?\d{1,3})?|(?:본명|한국명|중국명|영문명|일본명|예명|실명) [^)]{1,20})\)([가-힣]*)/.exec(text.slice(word.end, word.end + 30));
  // 푸저우(福州)시, 허난(河南)대학: a place or institution glossed, with its kind written after the bracket.
  if (!gloss || (gloss[1] && !GLOSS_PARTICLES.has(gloss[1]))) return undefined;
  if (word.text.length < 2 || placeOrOrganization(ctx, word.text)) return undefined;
  const titled = gloss[1] ? undefined : glossedNameBeforeTitle(ctx, t, word.end + gloss[0].length);
  if (titled) return titled;
  if (notNames.has(word.text)) return undefined;
  const whole = { type: 'person' as const, start: word.start, end: word.end, name: word.text };
  // 미나(본명 강미나): another name of the person makes any name-shaped word a stage name.
  const otherName = !/^\([\u4e00-\u9fff]/.test(gloss[0]);
  if (otherName && (isNativeName(word.text) || isForeignNameWord(word.text))) return whole;
  // 사후(死後), 인재(人災): a two-syllable Sino-Korean noun glossed by its characters is not a name.
  if (isNativeName(word.text)) return word.text.length >= 3 ? whole : undefined;
  let name = nameEndingAt(ctx, t, '씨');
  if (!name) return undefined;
  // 상징인 야스쿠니(靖國): a modifier (…인, …한, …던) before the glossed word is not a given name.
  while (name.first < t && /[인은는한던된될할운]$/.test(words[name.first].text)) name = { ...name, start: words[name.first + 1].start, first: name.first + 1 };
  if (name.first === t && !hasLoanwordSyllable(word.text)) return undefined;
  return { type: 'person', start: name.start, end: name.end, name: text.slice(name.start, name.end) };
}

/** 후진타오(胡錦濤) 국가주석, 아베 신조(安倍晋三) 총리가: a name glossed by its characters, then a
 *  title; the given name may be a word of its own before it. */
function glossedNameBeforeTitle(ctx: PeopleContext, t: number, glossEnd: number): Mention | undefined {
  const { text, words } = ctx;
  const next = words[t + 1];
  if (!next || text.slice(glossEnd, next.start) !== ' ') return undefined;
  const title = titleOf(ctx, next);
  if (!title) return undefined;
  const before = words[t - 1];
  const foreign = (word: string) => !notNames.has(word) && (transliterated(word) || allOpen(word) || (isForeignNameWord(word) && soundsForeign(word)));
  const given = before && bare(before) && adjacent(text, before, words[t]) && foreign(before.text) && !placeOrOrganization(ctx, before.text);
  // 국무(國務) 총리: a common noun glossed is no name, unless a given name opens it (아베 신조(安倍晋三)).
  if (!given && notNames.has(words[t].text)) return undefined;
  const start = given ? before.start : words[t].start;
  return { type: 'person', start, end: words[t].end, name: text.slice(start, words[t].end), role: title.role, affiliation: title.institution };
}

/** 유시진 대위(송중기), 리세(본명 권리세): a native name alone in brackets, or after 본명/한국명. */
function nameInBrackets(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  if (text[word.end] !== ')' && text[word.end] !== '·') return undefined;
  const open = text.slice(Math.max(0, word.start - 4), word.start);
  if (!/(\(|\((?:본명|한국명|실명|가명) )$/.test(open)) return undefined;
  if (!isNativeName(word.text, !/\((?:본명|한국명|실명|가명) $/.test(open)) || ctx.isPlace(word.text) || isInstitution(word.text)) return undefined;
  return { type: 'person', start: word.start, end: word.end, name: word.text };
}

/** 문희상 비상대책위원장, 박선숙 공동선대본부장: a common-shaped native name before a word that ends
 *  in a title of two or more syllables, whatever office is written onto it. */
function nameBeforeCompoundTitle(ctx: PeopleContext, t: number, title: Title | undefined): Mention | undefined {
  const { text, words } = ctx;
  if (title || t === 0) return undefined;
  const word = words[t];
  // The title first: most words are too short to end in one, so the name is rarely looked at.
  const role = titleEndingCompound(word.text.slice(0, word.nouns[0]));
  if (!role) return undefined;
  const before = words[t - 1];
  if (!bare(before) || before.address || !adjacent(text, before, word) || !isNativeName(before.text, true)) return undefined;
  if (placeOrOrganization(ctx, before.text)) return undefined;
  return { type: 'person', start: before.start, end: before.end, name: before.text, role };
}

/**
 * 최문희 충남 개발정책 팀장, 이원목 서울시 보행자전거과장, 신성식 대검 반부패강력부장: a native name
 * of three syllables, a place or organisation, perhaps a word for the office, then a title or a
 * word ending in one.
 */
function nameBeforeWhereAndTitle(ctx: PeopleContext, t: number, title: Title | undefined): Mention | undefined {
  const { text, words } = ctx;
  // Without a title of its own the word must be long enough to end in one (반부패강력부장).
  if (t < 2 || (!title && words[t].nouns[0] < 4)) return undefined;
  // The title first: most words end in none, and the words before them need not be looked up.
  const role = title?.role ?? titleEndingCompound(words[t].text.slice(0, words[t].nouns[0]));
  if (!role) return undefined;
  const joined = (i: number) => i >= 0 && bare(words[i]) && !words[i].address && adjacent(text, words[i], words[i + 1]);
  const isWhere = (i: number) => ctx.isPlace(words[i].text) || isInstitution(words[i].text) || orgEndingAt(ctx.orgs, words[i].end) !== undefined;
  let k = t - 1;
  if (!joined(k)) return undefined;
  if (!isWhere(k)) k--;
  if (!joined(k) || !isWhere(k) || !joined(k - 1)) return undefined;
  const name = words[k - 1];
  if (name.text.length !== 3 || !isNativeName(name.text) || placeOrOrganization(ctx, name.text)) return undefined;
  return { type: 'person', start: name.start, end: name.end, name: name.text, role, affiliation: text.slice(words[k].start, words[k].end) };
}

/** The last syllables of all titles: a noun ending in none of them ends in no title. */
const TITLE_LAST = new Set([...titles].map((role) => role[role.length - 1]));

/** The longest title of two or more syllables that ends a noun after at least two syllables of
 *  office (비상대책위원장): the noun is cut like titleOf does, one Set lookup a cut. */
function titleEndingCompound(noun: string): string | undefined {
  if (!TITLE_LAST.has(noun[noun.length - 1])) return undefined;
  for (let cut = 2; cut <= noun.length - 2; cut++) {
    const role = noun.slice(cut);
    if (titles.has(role)) return role;
  }
  return undefined;
}

const PLAIN_NAME_PARTICLES = new Set([...NAME_PARTICLES, '이었다']);

/** A name of `length` ends the word before a particle, or is the whole word before a list separator (·, ,). */
function endsAsName(text: string, word: Word, length: number): boolean {
  if (length < word.text.length) return PLAIN_NAME_PARTICLES.has(word.text.slice(length));
  return /^(·|, ?)/.test(text.slice(word.end, word.end + 2)) || othersCounted(text, word.end);
}

/** `볼슈노프 외 2명이`, `김철수 외 3인`: "and N others" counted in people follows a person's name. */
const othersCounted = (text: string, end: number): boolean => /^ 외 \d{1,3} ?(?:명|인)/.test(text.slice(end, end + 9));
const COMMON_NOUN_ENDINGS = new Set(Array.from('인자장사회안량물단관체품법권력율률점판가하되시적도실소'));

/** 류현진의, 배두나가: a three-syllable native name with common given-name syllables, ending in a
 *  particle or followed by a list separator. Weaker than the rules above, so the shape is strict. */
function plainNativeName(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  if (word.address) return undefined;
  // The name is the word's three-syllable noun reading.
  const length = 3;
  if (!word.nouns.includes(length) || !isNativeName(word.text.slice(0, length), true)) return undefined;
  // 민주주의, 사회주의: the whole word is a common noun, not a name and the particle 의.
  if (notNames.has(word.text)) return undefined;
  const name = word.text.slice(0, length);
  // Nouns like 정치인, 시청자, 공무원 share the shape; their last syllable gives them away.
  // These tests are cheap, so they come before the place and organisation lookups.
  if (COMMON_NOUN_ENDINGS.has(name[2]) || isDerivedNoun(name)) return undefined;
  if (!endsAsName(text, word, length)) return undefined;
  if (placeOrOrganization(ctx, name)) return undefined;
  // 인천시 계산동의: after a place, a word ending in 동, 구, 리 … is the address's next unit.
  const before = words[t - 1];
  if (SUBUNIT.test(name) && before && bare(before) && adjacent(text, before, word) && (placeWithUnit(ctx, before.text) || SUBUNIT.test(before.text))) return undefined;
  return { type: 'person', start: word.start, end: word.start + length, name };
}

/** A noun the person lists know as a name: two syllables only when they sound like a
 *  transliteration (푸틴, 메시), which a common word rarely does. */
const listedNoun = (noun: string): boolean =>
  knownPeople.has(noun) && !isNounWithVerbalEnding(noun) && (noun.length >= 3 || (noun.length === 2 && soundsForeign(noun) && hasLoanwordSyllable(noun)));

/**
 * 안정환은, 블레이크 라이블리의: a name the dictionary's person lists know, before a particle or a
 * list separator. Two syllables are too often something else (보아, 거미), unless a second
 * transliterated word follows as the family name.
 */
function listedName(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const word = words[t];
  const next = words[t + 1];
  // A transliterated given name the lists know, then a family name: 블레이크 라이블리의.
  // A native name the lists know (황우여) is followed by its party or office, not a family name: 황우여 새누리당 대표.
  if (knownPeople.has(word.text) && bare(word) && next && adjacent(text, word, next) && soundsForeign(word.text) && !nativeNotTransliterated(word.text)) {
    const family = next.nouns.find(
      (n) => n >= 2 && isForeignNameWord(next.text.slice(0, n)) && hasLoanwordSyllable(next.text.slice(0, n)) && !placeOrOrganization(ctx, next.text.slice(0, n)),
    );
    if (family !== undefined && (family === next.text.length || PLAIN_NAME_PARTICLES.has(next.text.slice(family)))) {
      return { type: 'person', start: word.start, end: next.start + family, name: text.slice(word.start, next.start + family) };
    }
  }
  const length = word.nouns.find((n) => listedNoun(word.text.slice(0, n)));
  if (length === undefined) return undefined;
  const name = word.text.slice(0, length);
  // The cheap test first: most listed nouns are followed by no particle a name takes.
  if (!endsAsName(text, word, length)) return undefined;
  // 코스로도: the listed name (코스로) reads as a common noun and its particle too (코스 + 로).
  if (nounReadings(name).some((n) => n >= 2 && n < name.length && notNames.has(name.slice(0, n)))) return undefined;
  if (placeOrOrganization(ctx, name)) return undefined;
  return { type: 'person', start: word.start, end: word.start + length, name };
}

/** Endings of verb forms and modifiers (넘지, 넣어, 포착돼, 뛰어난, 세계적인, 다른, 부여하기, 그리하여), which a given name no list knows does not take. */
const VERB_OR_MODIFIER_ENDING = /(?:지|어|돼|데|해|져|워|며|고|면|게|히|난|인|른|운|래|하기|하여)$/;
/** Verb endings that no transliterated name has (시작하자, 지나다녀, 부여하기), unlike 지 or 데 (솔지, 요시히데). */
const VERB_ENDING_NOT_FOREIGN = /(?:하기|하여|하자|다녀)$/;

/**
 * 클로이 모레츠는, 후안 우리베가, 케이티 김은: a transliterated given name and family name, the
 * two words sounding foreign, before a particle, a bracket or a title. A given name that no
 * person list knows must not be a common noun; after a known one, the family name may be a
 * word (제이미 라이트) or one syllable (미셸 위).
 */
function foreignGivenAndFamily(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const given = words[t];
  const family = words[t + 1];
  if (!family || !bare(given) || given.address || family.address || !adjacent(text, given, family)) return undefined;
  const short = shortGivenNames.has(given.text);
  // The given name's own tests first: most bare words are common nouns, which fail them before the family name is read.
  if (!short && !givenNameShaped(given.text)) return undefined;
  const known = knownPeople.has(given.text);
  // 허스만은: the family name may end in a particle's syllable (허스 + 만은), so each reading is tried;
  // after a given name the person lists know, also in 에 (샤르팡티에는: 샤르팡티에 + 는, not 샤르팡티 + 에는).
  const endsLikeParticle = (n: number) =>
    (n < family.text.length && particleEndingsBeforeTitle.has(family.text[n - 1])) || (known && foreignEndingsLikeParticles.has(family.text[n - 1]));
  const length = followedAsName(ctx, t + 1, family.nouns[0])
    ? family.nouns[0]
    : family.nouns.find((n) => n > family.nouns[0] && endsLikeParticle(n) && followedAsName(ctx, t + 1, n));
  if (length === undefined) return undefined;
  if (short) return shortGivenAndFamily(ctx, given, family, length);
  const surname = family.text.slice(0, length);
  // 아베 총리는: a title after the given name is the person's office, not a family name.
  if (titles.has(surname)) return undefined;
  const familyShaped = (known && /^[가-힣]$/.test(surname)) || ((known || isForeignNameWord(surname)) && transliterated(surname));
  if (!familyShaped) return undefined;
  const name = `${given.text} ${surname}`;
  if (!soundsForeign(name) || !hasLoanwordSyllable(name)) return undefined;
  if (placeOrOrganization(ctx, given.text) || placeOrOrganization(ctx, surname) || placeOrOrganization(ctx, name)) return undefined;
  return { type: 'person', start: given.start, end: family.start + length, name };
}

/** A word that may be a transliterated given name: one no person list knows must be no common
 *  noun or verb form; 박민수 가나시장: a native name, then its office written onto a place, is none. */
function givenNameShaped(given: string): boolean {
  const known = knownPeople.has(given);
  if (!known && (notNames.has(given) || VERB_OR_MODIFIER_ENDING.test(given))) return false;
  if (!isForeignNameWord(given, true) || given.length > 5 || !(known || transliterated(given) || allOpen(given))) return false;
  return !nativeNotTransliterated(given);
}

/** 존 레논의, 톰 하워드가: a one-syllable given name of the person lists, then a transliterated family
 *  name that is no common noun, title, place or organisation. */
function shortGivenAndFamily(ctx: PeopleContext, given: Word, family: Word, length: number): Mention | undefined {
  const surname = family.text.slice(0, length);
  if (surname.length < 2 || titles.has(surname) || !isForeignNameWord(surname) || !transliterated(surname) || placeOrOrganization(ctx, surname)) return undefined;
  return { type: 'person', start: given.start, end: family.start + length, name: `${given.text} ${surname}` };
}

/** 문재인 정부, 오바마 정부: a native name or one the person lists know, right before a
 *  government named after its leader, is that leader (a country before 정부 is a place). */
function leaderOfAdministration(ctx: PeopleContext, t: number): Mention | undefined {
  const { text, words } = ctx;
  const [name, government] = [words[t], words[t + 1]];
  if (!government || name.address || !bare(name) || !adjacent(text, name, government) || !administrations.has(government.text.slice(0, government.nouns[0]))) return undefined;
  const word = name.text;
  if (!(isNativeName(word) || (knownPeople.has(word) && word.length >= 3)) || placeOrOrganization(ctx, word) || orgEndingAt(ctx.orgs, name.end)) return undefined;
  return { type: 'person', start: name.start, end: name.end, name: word };
}

/** 황우여, 이상호: a common-shaped native name with no loanword syllable (샤이마 has one). */
const nativeNotTransliterated = (word: string): boolean => isNativeName(word, true) && !hasLoanwordSyllable(word);
const transliterated = (word: string): boolean => soundsForeign(word) && hasLoanwordSyllable(word);
/** 클로이, 하세가와: every syllable open, as in few native words of two or more syllables. */
const allOpen = (word: string): boolean => word.length >= 2 && Array.from(word).every((s) => (s.charCodeAt(0) - 0xac00) % 28 === 0);

/** The name ending `length` into word i is followed by a particle, a bracket, a list separator or a title. */
function followedAsName(ctx: PeopleContext, i: number, length: number): boolean {
  const { text, words } = ctx;
  const word = words[i];
  if (length < word.text.length) return PLAIN_NAME_PARTICLES.has(word.text.slice(length));
  if (/^(\(|·|, ?)/.test(text.slice(word.end, word.end + 2)) || othersCounted(text, word.end)) return true;
  const next = words[i + 1];
  if (!next || !adjacent(text, word, next)) return false;
  const noun = next.text.slice(0, next.nouns[0]);
  return titles.has(noun) || titleEndingCompound(noun) !== undefined;
}

/** 전현무, 박지윤, 라미란, 김지윤: in a list where two items are people, name-shaped items are too. */
function listedWithPeople(ctx: PeopleContext, people: Mention[]): Mention[] {
  const { text, words } = ctx;
  const personStarts = new Set(people.map((p) => p.start));
  const isPerson = (w: Word) => personStarts.has(w.start);
  const added: Mention[] = [];
  let run: Word[] = [];
  const nameShaped = (w: Word) => {
    const noun = w.text.slice(0, w.nouns[0]);
    return !placeOrOrganization(ctx, noun) && (isNativeName(noun) || (isForeignNameWord(noun) && soundsForeign(noun)));
  };
  // 한현희, 안우진 등의 호투: a list closed by 등 with one person, every other item name-shaped.
  const peopleWithEtc = (last: number) => run.length >= 2 && run.some(isPerson) && run.every((w) => isPerson(w) || nameShaped(w)) && closedByEtc(ctx, last);
  const flush = (last: number) => {
    if (run.filter(isPerson).length >= 2 || (run.length >= 2 && closedByPersonNoun(ctx, last)) || peopleWithEtc(last)) {
      for (const w of run) if (!isPerson(w) && nameShaped(w)) added.push({ type: 'person', start: w.start, end: w.start + w.nouns[0], name: w.text.slice(0, w.nouns[0]) });
    }
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    run.push(words[i]);
    const next = words[i + 1];
    if (!next || !/^(·|, ?)$/.test(text.slice(words[i].end, next.start)) || !bare(words[i])) flush(i);
  }
  return added;
}

/** `김강민, 최정, 이재원 등의 선수가`: a list closed by 등 and a noun for people (a title or occupation). */
function closedByPersonNoun(ctx: PeopleContext, last: number): boolean {
  const noun = ctx.words[last + 2];
  if (!closedByEtc(ctx, last) || !noun || !adjacent(ctx.text, ctx.words[last + 1], noun)) return false;
  const head = noun.text.slice(0, noun.nouns[0]);
  return titles.has(head) || occupationsBefore.has(head);
}

/** The list ending with word `last` is closed by 등 ("and others"). */
function closedByEtc(ctx: PeopleContext, last: number): boolean {
  const etc = ctx.words[last + 1];
  return !!etc && /^등(?:의|이|은|을|과)?$/.test(etc.text) && adjacent(ctx.text, ctx.words[last], etc);
}

/** Whether the one syllable of a short form reads as a surname: always, unless it may be a
 *  modifier (이 대표: "this representative"); then only before an honorific, with a tense word
 *  between (이 전 회장), or before a title of office (이 장관, 신 회장) that is not also a role anyone has. */
function surnameReading(short: Mention): boolean {
  if (!NOT_SURNAMES_BEFORE_TITLE.has(short.name)) return true;
  const role = short.role ?? '';
  if (honorifics.has(role)) return true;
  if (!SURNAMES_BEFORE_TITLE.has(short.name)) return false;
  return (short.alias ?? '').split(' ').length === 3 || (leadershipTitles.has(role) && !ROLES_OF_ANYONE.has(role));
}

/** `이 이사장` names the person with that surname and title; without one it stays `홍 지사`. */
function resolveShortForms(people: Mention[], shortForms: Mention[]): Mention[] {
  const resolved: Mention[] = [];
  for (const short of shortForms) {
    // 윤석열 검찰총장 … 윤 총장: the short form may keep only the end of the title.
    const candidates = people.filter((p) => !!short.role && !!p.role?.endsWith(short.role) && surnameOf(p.name) === short.name);
    const names = new Set(candidates.map((p) => p.name));
    if (names.size === 1) resolved.push({ ...short, name: candidates[0].name, affiliation: undefined });
    // 이 씨 is always Mr Lee; 이 대표 may be "this representative".
    else if (names.size === 0 && short.alias && surnameReading(short)) resolved.push({ ...short, name: short.alias, alias: undefined });
  }
  return resolved;
}
