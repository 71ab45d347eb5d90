// The shapes English name rules test a run of words against: titles (President, Prime Minister),
// organisation and place endings or heads (… Inc, Ministry of …, … Airport), what a slash before a
// word says, and small text helpers shared by en/names.ts and en/name-rules.ts.
import type { PlaceKind } from '../../types';
import { lookupPlace } from '../places';
import {
  bodyOpenings,
  clubPrefixes,
  geoHeads,
  legalForms,
  geoHeadsBefore,
  knownOrganizations,
  longestTitle,
  organizationHeads,
  organizationSuffixes,
  titlesBefore,
  venueHeads,
} from './lexicon';
import { type Token } from './tokens';

export const join = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');

/**
 * The key one person's full names share: `Patrick W. Carlineo`, `Patrick Carlineo Jr.` and
 * `Patrick Carlineo` are one person, so middle initials and a son's suffix go. `Sr.` stays: it
 * is written to tell the father from a son the article also names.
 */
export function personKey(name: string): string {
  const words = name.split(' ');
  if (words.length > 2 && GENERATION.test(words[words.length - 1])) words.pop();
  if (words.length <= 2) return words.join(' ');
  return [words[0], ...words.slice(1, -1).filter((word) => !MIDDLE_INITIAL.test(word)), words[words.length - 1]].join(' ');
}
const GENERATION = /^(?:Jr\.?|II|III|IV)$/;

/**
 * Full names a one-word form can stand for, by their last word and their first (Biden → Joe Biden,
 * Schulman → Kori Schulman): the first full name to claim a word keeps it.
 */
export function fullNamesByWord(people: Iterable<{ name: string; key?: string }>): Map<string, string> {
  const byWord = new Map<string, string>();
  for (const { name, key } of people) {
    if (!name.includes(' ')) continue;
    const parts = personKey(name).split(' ');
    for (const part of [parts[parts.length - 1], parts[0]]) if (!byWord.has(part)) byWord.set(part, key ?? name);
  }
  return byWord;
}

/** The key an organisation's names share: `Emirates Airline` and `Emirates`, `Hanwha Group` and `Hanwha` (legalForms). */
export function organizationKey(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && legalForms.has(words[words.length - 1].replace(/,$/, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

export const spanText = (text: string, tokens: Token[]) => text.slice(tokens[0].start, tokens[tokens.length - 1].end);

/** `SEOUL` → `Seoul`, for datelines written in capitals; other text is returned unchanged. */
export const fromCapitals = (name: string) => (/^[\p{Lu} .-]{4,}$/u.test(name) ? name.toLowerCase().replace(/(^|[ .-])\p{Ll}/gu, (c) => c.toUpperCase()) : name);

export const isSpaceOnly = (s: string) => /^[ \t\u00a0]+$/.test(s);

/** What a slash before a word says: after a photographer's name or an agency, an agency follows
 * (Ana Ruiz/Reuters, AFP/Getty Images); after `Photo`, the photographer (AP Photo/Ana Ruiz);
 * otherwise it is a link or a pairing (t.co/MYwRz9euaq, Marat/Sade), which is not prose. */
export function slashBefore(text: string, at: number): 'none' | 'link' | 'credit' | 'photographer' {
  if (text[at - 1] !== '/') return 'none';
  const before = text.slice(Math.max(0, at - 60), at - 1);
  if (/\b(?:Photo|Photos|Photograph|Image)$/.test(before)) return 'photographer';
  if (/\p{Lu}[\p{L}.'’-]*[ \t\u00a0]+\p{Lu}[\p{Ll}'’-]+$/u.test(before)) return 'credit';
  if (knownOrganizations.has(/[\p{L}&-]*$/u.exec(before)?.[0] ?? '')) return 'credit';
  return 'link';
}

/** The first word of every title: most words open none, and need no joined strings to say so. */
const titleFirstWords = new Set([...titlesBefore].map((title) => title.split(' ')[0]));

/** Title at the start of `tokens`, longest first: `Prime Minister` before `Minister`. */
export function titleAt(tokens: Token[], from: number): number {
  // Many rules ask this of every run, so a word that opens no title is answered at once.
  const first = tokens[from];
  if (first === undefined || !titleFirstWords.has(first.text)) return 0;
  for (let n = Math.min(longestTitle, tokens.length - from); n > 0; n--) {
    if (titlesBefore.has(join(tokens.slice(from, from + n)))) return n;
  }
  return 0;
}

/** Index of the `of`/`for` that starts a name's complement (Bank of Korea), or the length. */
export function headEnd(tokens: Token[]): number {
  const i = tokens.findIndex((t, n) => n > 0 && (t.text === 'of' || t.text === 'for'));
  return i > 0 ? i : tokens.length;
}

/** Ends like an organisation (… Inc, … University) or heads one (Ministry of …, School of Art). */
export function organizationShape(tokens: Token[]): boolean {
  if (organizationSuffixes.has(tokens[tokens.length - 1].text)) return true;
  // … Research Center, … Space Flight Center: a two-word ending whose last word alone ends venues' names too.
  if (tokens.length >= 3 && headEnd(tokens) === tokens.length && organizationSuffixes.has(`${tokens[tokens.length - 2].text} ${tokens[tokens.length - 1].text}`)) return true;
  // Real Madrid, Inter Milan, FC Porto: a club's word before its city.
  if (tokens.length >= 2 && clubPrefixes.has(tokens[0].text) && lookupPlace(join(tokens.slice(1)), 'en') !== undefined) return true;
  // Instituto Gonzaga, Banco Santander, Movimento 5 Stelle: a body's opening word in another language, before any name.
  if (tokens.length >= 2 && bodyOpenings.has(tokens[0].text)) return true;
  const end = headEnd(tokens);
  if (end === tokens.length) return false;
  const head = tokens[end - 1].text;
  return organizationSuffixes.has(head) || organizationSuffixes.has(`${head} ${tokens[end].text}`) || (end === 1 && organizationHeads.has(tokens[0].text));
}

export function placeShape(tokens: Token[]): PlaceKind | undefined {
  const last = tokens[tokens.length - 1].text;
  const head = tokens[headEnd(tokens) - 1].text;
  if (venueHeads.has(last) || venueHeads.has(head)) return 'venue';
  if (geoHeads.has(last) || geoHeads.has(head)) return 'region';
  if (!mayOpenWithGeoHead(tokens[0].text)) return undefined;
  const name = join(tokens);
  if (GEO_HEAD_PREFIXES.some((prefix) => name.startsWith(prefix))) return 'region';
  return undefined;
}

/** How a place's name opens with a head (`Gulf of `, `Saint-`), and the first words of those (asked before joining a run). */
const GEO_HEAD_PREFIXES = geoHeadsBefore.map((h) => (h.endsWith('-') ? h : h + ' '));
const geoHeadFirstWords = new Set(GEO_HEAD_PREFIXES.filter((prefix) => !prefix.endsWith('-')).map((prefix) => prefix.slice(0, prefix.indexOf(' '))));
const GEO_HEADS_IN_WORD = GEO_HEAD_PREFIXES.filter((prefix) => prefix.endsWith('-'));
const mayOpenWithGeoHead = (first: string) => geoHeadFirstWords.has(first) || GEO_HEADS_IN_WORD.some((prefix) => first.startsWith(prefix));

export function splitAt(run: Token[], isSeparator: (t: Token) => boolean): Token[][] {
  const parts: Token[][] = [];
  let part: Token[] = [];
  for (const token of run) {
    if (isSeparator(token)) {
      if (part.length) parts.push(part);
      part = [];
    } else part.push(token);
  }
  if (part.length) parts.push(part);
  return parts;
}

export const possessiveAfter = (text: string, token: Token) => /^['’]s\b/.test(text.slice(token.end, token.end + 3));
