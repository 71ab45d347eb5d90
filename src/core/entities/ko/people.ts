// People in Korean text, found through the words around a name:
//   PERSON TITLE                 이상직 이사장, 김진수 기자 true@hankyung.com, 오바마 대통령
//   PERSON ORG TITLE             아바이 싸르쿨러브 카자흐스탄 중소기업개발공사 사장
//   ORG PERSON TITLE             새누리당 박근혜 후보
//   ORG(TITLE PERSON)            에타(대표 이재순)      → the company is an organisation too
//   ORG TITLE PERSON             에디슨모터스 대표 강영권
//   TITLE PERSON 씨              배우 이아현 씨
//   PERSON씨, PERSON(33)         하쓰코씨, 김성동(54)
//   SURNAME TITLE                이 이사장            → a short form of an earlier 이상직 이사장
// A one-syllable name is never a person: `이 이사장` resolves to a full name or is dropped.
import { honorifics, notNames, titles, titlesBefore } from './lexicon';
import type { Mention } from './mentions';
import { isForeignNameWord, isNativeName, isSurname, surnameOf } from './names';
import { looksLikeOrgName } from './organizations';
import { adjacent, bare, type Word } from './tokens';

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

/** Heads of companies: `X 대표 Y` makes X a company. */
const HEAD_ROLES = new Set(['대표', '대표이사', '공동대표', '회장', '부회장', '사장', '부사장', 'CEO', '창업자', '창업주']);
/** One-syllable words that modify a title rather than name anyone: 전 대통령, 현 장관, 故. */
const TITLE_MODIFIERS = new Set([...'전현고신구부총차당새각이그저한두세양前現故']);

export function findPeople(ctx: PeopleContext): PeopleResult {
  const people: Mention[] = [];
  const orgs: Mention[] = [];
  const shortForms: Mention[] = [];
  const { words } = ctx;
  for (let t = 0; t < words.length; t++) {
    if (words[t].address) continue;
    const role = titleOf(words[t]);
    if (role) {
      nameBeforeTitle(ctx, t, role, people, shortForms);
      if (titlesBefore.has(role) && bare(words[t])) nameAfterTitle(ctx, t, role, people, orgs);
    }
    const glued = gluedHonorific(ctx, t);
    if (glued) people.push(glued);
    const aged = nameWithAge(ctx, t);
    if (aged) people.push(aged);
  }
  return { people: [...people, ...resolveShortForms(people, shortForms)], orgs };
}

/** The title a word is (이사장, 이사장은, 사장이), if any. */
function titleOf(word: Word): string | undefined {
  for (const length of word.nouns) {
    const noun = word.text.slice(0, length);
    if (titles.has(noun)) return noun;
  }
  return undefined;
}

/** PERSON TITLE, PERSON ORG TITLE, ORG PERSON TITLE, SURNAME TITLE. */
function nameBeforeTitle(ctx: PeopleContext, t: number, role: string, people: Mention[], shortForms: Mention[]): void {
  const { text, words } = ctx;
  let k = t - 1;
  if (k < 0 || !bare(words[k]) || !adjacent(text, words[k], words[t]) || words[k].address) return;
  // PERSON ORG TITLE: the organisation sits between the name and the title.
  let affiliation: string | undefined;
  const org = ctx.orgs.find((o) => o.end === words[k].end);
  if (org) {
    affiliation = text.slice(org.start, org.end);
    while (k >= 0 && words[k].start >= org.start) k--;
    if (k < 0 || !bare(words[k]) || !adjacent(text, words[k], words[k + 1])) return;
  }
  const word = words[k].text;
  if (word.length === 1 && isSurname(word) && !affiliation) {
    // 이 이사장: resolved against full names later.
    shortForms.push({ type: 'person', start: words[k].start, end: words[t].start + role.length, name: word, role, alias: text.slice(words[k].start, words[t].start + role.length) });
    return;
  }
  const name = nameEndingAt(ctx, k);
  if (!name) return;
  // ORG PERSON TITLE: 새누리당 박근혜 후보.
  if (!affiliation) {
    const before = words[name.first - 1];
    const orgBefore = before && bare(before) && adjacent(text, before, words[name.first]) && ctx.orgs.find((o) => o.end === before.end);
    if (orgBefore) affiliation = text.slice(orgBefore.start, orgBefore.end);
  }
  people.push({ type: 'person', start: name.start, end: name.end, name: text.slice(name.start, name.end), role, affiliation, alias: `${text.slice(name.start, name.end)} ${role}` });
}

/** The name that ends with word k: one native name, or one to three transliterated words. */
function nameEndingAt(ctx: PeopleContext, k: number): { start: number; end: number; first: number } | undefined {
  const { text, words } = ctx;
  const last = words[k];
  if (isNativeName(last.text) && !ctx.isPlace(last.text)) return { start: last.start, end: last.end, first: k };
  if (!isForeignNameWord(last.text) || ctx.isPlace(last.text) || looksLikeOrgName(last.text)) return undefined;
  let first = k;
  while (first - 1 >= 0 && k - first < 2) {
    const previous = words[first - 1];
    if (!bare(previous) || !adjacent(text, previous, words[first]) || previous.address) break;
    const oneSyllable = previous.text.length === 1 && /^[가-힣]$/.test(previous.text) && !TITLE_MODIFIERS.has(previous.text);
    if (!(isForeignNameWord(previous.text) || oneSyllable) || ctx.isPlace(previous.text) || ctx.orgs.some((o) => o.end === previous.end)) break;
    if (titles.has(previous.text)) break;
    first--;
  }
  return { start: words[first].start, end: last.end, first };
}

/** ORG(대표 PERSON), ORG 대표 PERSON, 배우 PERSON 씨: a native name right after a title. */
function nameAfterTitle(ctx: PeopleContext, t: number, role: string, people: Mention[], orgs: Mention[]): void {
  const { text, words } = ctx;
  const next = words[t + 1];
  if (!next || next.address || !/^ +$/.test(text.slice(words[t].end, next.start))) return;
  const length = next.nouns.find((n) => isNativeName(next.text.slice(0, n)));
  if (length === undefined) return;
  const name = next.text.slice(0, length);
  // A title before a name ends the phrase: what follows the name is punctuation, a particle or another title.
  const after = text.slice(next.start + length, next.start + length + 1);
  if (length === next.text.length && after && !/[\s),.·，、]/.test(after)) return;
  const following = words[t + 2];
  if (length === next.text.length && following && adjacent(text, next, following) && !titles.has(following.text.replace(/[은는이가을를의과와]$/, '')) && !/^[,)]/.test(text.slice(next.end))) {
    // `대표 김 …` continuing into a longer phrase is not a name; require the name to close the phrase.
    if (!/[,)]/.test(text.slice(next.end, following.start))) return;
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
  const known = ctx.orgs.find((o) => o.end === word.end);
  if (known) return ctx.text.slice(known.start, known.end);
  const name = word.text;
  if (name.length < 2 || notNames.has(name) || titles.has(name) || ctx.isPlace(name) || /^\d/.test(name)) return undefined;
  orgs.push({ type: 'organization', start: word.start, end: word.end, name });
  return name;
}

/** 하쓰코씨, 이아현씨: an honorific written onto the name. */
function gluedHonorific(ctx: PeopleContext, t: number): Mention | undefined {
  const word = ctx.words[t];
  for (const length of word.nouns) {
    const noun = word.text.slice(0, length);
    const honorific = [...honorifics].find((h) => h === '씨' && noun.endsWith(h));
    if (!honorific) continue;
    const name = noun.slice(0, noun.length - honorific.length);
    if (name.length < 2 || !(isNativeName(name) || isForeignNameWord(name)) || ctx.isPlace(name)) continue;
    return { type: 'person', start: word.start, end: word.start + name.length, name, role: honorific };
  }
  return undefined;
}

/** 김성동(54): a native name followed by a bracketed age. */
function nameWithAge(ctx: PeopleContext, t: number): Mention | undefined {
  const word = ctx.words[t];
  if (!isNativeName(word.text) || !/^\(\d{1,3}(?:세|살)?[)·,]/.test(ctx.text.slice(word.end, word.end + 6))) return undefined;
  return { type: 'person', start: word.start, end: word.end, name: word.text };
}

/** `이 이사장` names the person with that surname and title; without one it names nobody. */
function resolveShortForms(people: Mention[], shortForms: Mention[]): Mention[] {
  const resolved: Mention[] = [];
  for (const short of shortForms) {
    const candidates = people.filter((p) => p.role === short.role && surnameOf(p.name) === short.name);
    const names = new Set(candidates.map((p) => p.name));
    if (names.size !== 1) continue; // unknown or ambiguous: no guess
    resolved.push({ ...short, name: candidates[0].name, affiliation: undefined });
  }
  return resolved;
}
