// Names in English text: runs of capitalised words (with `of`, `de`, `al` … inside), each
// classified by what it is (a known organisation, a place), how it ends (… Inc, … University,
// … Airport), the title before it (President X) and the words around it (X said, in X).
import { lookupPlace } from '../places';
import type { EntityType, PlaceKind } from '../../types';
import type { Mention } from '../mentions';
import {
  isCommonWord,
  isEverydayWord,
  givenNames,
  leadingWords,
  connectors,
  demonyms,
  geoHeads,
  geoHeadsBefore,
  groupPossessors,
  honorifics,
  peoplePlurals,
  knownOrganizations,
  longestTitle,
  monthIndex,
  nonEntityHeads,
  nonEntityHeadsFirst,
  organizationAppositionAfter,
  organizationCueBefore,
  organizationCuesAfter,
  organizationPossessiveCue,
  placeEnding,
  groupEnding,
  plainAcronyms,
  quantifiersBefore,
  subjectVerbsAfter,
  organizationHeads,
  organizationHeadsAfter,
  organizationSuffixes,
  personCuesBefore,
  personVerbsAfter,
  placeCuesBefore,
  rolesAfter,
  titlesBefore,
  usStateAbbreviations,
  venueHeads,
  weekdayIndex,
} from './lexicon';
import { isAcronym, isCapitalised, writtenInLowerCase, type Token } from './tokens';

/** A name whose type the sentence alone does not settle; the whole text may (Biden → Joe Biden). */
export interface Candidate extends Mention {
  /** English rules always give a key: the written form, a known canonical name or a full name. */
  key: string;
  /** Only the default rule made this a person: unknown capitalised words mid-sentence. */
  weak?: boolean;
  /** Starts its sentence, where capitals say nothing; kept only if the text confirms it. */
  initial?: boolean;
  /** Typed by context alone (`the X`, `in X`, a list); a person of that name elsewhere wins. */
  soft?: boolean;
  /** Not a name to list: a plural that names a group (the Steelers, a million Uighurs); the same
   * word elsewhere without clear evidence is the group too. */
  group?: boolean;
}

interface Chunk {
  tokens: Token[];
  /** Index of the chunk's first token in the sentence. */
  at: number;
}

const join = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');
const spanText = (text: string, tokens: Token[]) => text.slice(tokens[0].start, tokens[tokens.length - 1].end);
/** `SEOUL` → `Seoul`, for datelines written in capitals; other text is returned unchanged. */
const fromCapitals = (name: string) =>
  /^[\p{Lu} .-]{4,}$/u.test(name) ? name.toLowerCase().replace(/(^|[ .-])\p{Ll}/gu, (c) => c.toUpperCase()) : name;
const isSpaceOnly = (s: string) => /^[ \t\u00a0]+$/.test(s);

/** Hyphenated East Asian given names after a surname: Tsai Ing-wen, Moon Jae-in, Ban Ki-moon. */
const isGivenNamePart = (word: string) => /^\p{Lu}\p{Ll}{0,3}-\p{Ll}{1,4}$/u.test(word) && !hyphenSuffixes.test(word);
const hyphenSuffixes = /-(?:led|era|run|wide|like|born|made|free|only|type|held|bred|size|long|less|back|up|out|off|over|down|bound|fed|old|new|day|year|time|ish)$/;

/** What a slash before a word says: after a photographer's name or an agency, an agency follows
 * (Ana Ruiz/Reuters, AFP/Getty Images); after `Photo`, the photographer (AP Photo/Ana Ruiz);
 * otherwise it is a link or a pairing (t.co/MYwRz9euaq, Marat/Sade), which is not prose. */
function slashBefore(text: string, at: number): 'none' | 'link' | 'credit' | 'photographer' {
  if (text[at - 1] !== '/') return 'none';
  const before = text.slice(Math.max(0, at - 60), at - 1);
  if (/\b(?:Photo|Photos|Photograph|Image)$/.test(before)) return 'photographer';
  if (/\p{Lu}[\p{L}.'’-]*[ \t\u00a0]+\p{Lu}[\p{Ll}'’-]+$/u.test(before)) return 'credit';
  if (knownOrganizations.has(/[\p{L}&-]*$/u.exec(before)![0])) return 'credit';
  return 'link';
}

/** A US state written the news way: `Calif.` after a comma, or the state of a party tag (R-Texas). */
function usState(text: string, token: Token): Candidate | undefined {
  const state = (name: string, start: number, end: number): Candidate | undefined => {
    const full = usStateAbbreviations.get(name);
    const place = lookupPlace(full ?? name, 'en');
    if (!full && !place) return undefined;
    return { start, end, type: 'place', name: text.slice(start, end), key: place?.canonical ?? full!, placeKind: place?.placeKind ?? 'region' };
  };
  const tag = /^[RDI]-(\p{Lu}[\p{L}.]+)$/u.exec(token.text);
  if (tag) return state(tag[1], token.start + 2, token.end);
  const dotted = token.text.endsWith('.') || text[token.end] === '.';
  if (dotted && usStateAbbreviations.has(token.text) && /,[ \t\u00a0]$/.test(text.slice(token.start - 2, token.start))) {
    return state(token.text, token.start, token.end);
  }
  return undefined;
}

/** Capitalised runs of one sentence, broken at punctuation and at calendar words. */
function findChunks(text: string, tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  const isNameWord = (t: Token) =>
    isCapitalised(t.text) && !(weekdayIndex.has(t.text) || (monthIndex.has(t.text) && t.text !== 'May'));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    // Handles, hashtags and link codes (@ArvindKejriwal, #Delhi, t.co/MYwRz9euaq) are not prose;
    // a photo credit is (Ana Ruiz/Reuters).
    if (/[@#]/.test(text[tokens[i].start - 1] ?? '') || slashBefore(text, tokens[i].start) === 'link' || /\.\d/.test(text.slice(tokens[i].end, tokens[i].end + 2))) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      // A group noun's possessive belongs to the name it starts: People’s Daily, Veterans’ Affairs;
      // a place's or a person's does not (Britain’s Boris Johnson).
      if (/^(?:['’]s?)[ \t\u00a0]+$/.test(gap) && groupPossessors.has(tokens[j].text) && isNameWord(tokens[j + 1])) {
        j++;
        continue;
      }
      if (!isSpaceOnly(gap)) break;
      if (isNameWord(tokens[j + 1]) || isGivenNamePart(tokens[j + 1].text)) {
        j++;
        continue;
      }
      // Connectors join only when a name word follows: Bank of Korea, Abu Bakr al Baghdadi.
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && connectors.has(tokens[k].text) && isSpaceOnly(text.slice(tokens[k - 1].end, tokens[k].start))) k++;
      if (k > j + 1 && k < tokens.length && isNameWord(tokens[k]) && isSpaceOnly(text.slice(tokens[k - 1].end, tokens[k].start))) {
        j = k;
        continue;
      }
      break;
    }
    chunks.push({ tokens: tokens.slice(i, j + 1), at: i });
    i = j;
  }
  return chunks;
}

/** Title at the start of `tokens`, longest first: `Prime Minister` before `Minister`. */
function titleAt(tokens: Token[], from: number): number {
  for (let n = Math.min(longestTitle, tokens.length - from); n > 0; n--) {
    if (titlesBefore.has(join(tokens.slice(from, from + n)))) return n;
  }
  return 0;
}

/** Index of the `of`/`for` that starts a name's complement (Bank of Korea), or the length. */
function headEnd(tokens: Token[]): number {
  const i = tokens.findIndex((t, n) => n > 0 && (t.text === 'of' || t.text === 'for'));
  return i > 0 ? i : tokens.length;
}

/** Ends like an organisation (… Inc, … University) or heads one (Ministry of …, School of Art). */
function organizationShape(tokens: Token[]): boolean {
  if (organizationSuffixes.has(tokens[tokens.length - 1].text)) return true;
  const end = headEnd(tokens);
  if (end === tokens.length) return false;
  const head = tokens[end - 1].text;
  return (
    organizationSuffixes.has(head) ||
    organizationSuffixes.has(`${head} ${tokens[end].text}`) ||
    (end === 1 && organizationHeads.has(tokens[0].text))
  );
}

function placeShape(tokens: Token[]): PlaceKind | undefined {
  const last = tokens[tokens.length - 1].text;
  const head = tokens[headEnd(tokens) - 1].text;
  if (venueHeads.has(last) || venueHeads.has(head)) return 'venue';
  if (geoHeads.has(last) || geoHeads.has(head)) return 'region';
  const name = join(tokens);
  if (geoHeadsBefore.some((h) => name.startsWith(h.endsWith('-') ? h : h + ' '))) return 'region';
  return undefined;
}

/** In `Dorset and Somerset`, names of unknown type take the type of a known one beside them. */
function spreadAlongList(parts: Candidate[]): void {
  const known = parts.find((p) => !p.weak && !p.group);
  if (!known || known.role) return;
  for (const p of parts) if (p.weak) Object.assign(p, { type: known.type, weak: false, initial: false, soft: true });
}

/** `India and China`, `BA and IAG`: two names unless the whole is one organisation. */
function splitCoordination(run: Token[]): Token[][] {
  return splitAt(run, (t) => t.text === 'and' || t.text === '&');
}

function splitAt(run: Token[], isSeparator: (t: Token) => boolean): Token[][] {
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

/** Mentions and undecided candidates in one sentence. */
export function recognizeNames(text: string, tokens: Token[], sentenceStart: number): Candidate[] {
  const found: Candidate[] = [];
  const chunks = findChunks(text, tokens);
  for (const chunk of chunks) {
    const hasAnd = chunk.tokens.some((t) => t.text === 'and' || t.text === '&');
    const whole = spanText(text, chunk.tokens);
    const parts = hasAnd ? splitCoordination(chunk.tokens) : [];
    const partIsName = parts.some((p) => {
      const name = spanText(text, /^(?:The|the)$/.test(p[0].text) && p.length > 1 ? p.slice(1) : p);
      return knownOrganizations.has(name) || lookupPlace(name, 'en') !== undefined;
    });
    const shaped = (p: Token[]) => {
      const q = /^(?:The|the)$/.test(p[0].text) && p.length > 1 ? p.slice(1) : p;
      return q.length > 1 && (organizationShape(q) || placeShape(q) !== undefined);
    };
    const oneName = (organizationShape(chunk.tokens) || placeShape(chunk.tokens) !== undefined) && !parts.every(shaped);
    // `the Human Rights and Democracy Act`, `the Treaty of Peace and Friendship`: one title of a
    // law, treaty or event, not a list of names (known names between connectors are still marked).
    // Not `Obama and the Affordable Care Act`, where `and the` starts a second name.
    // The head must come with words of its own: `Disney and Charter` is two companies.
    const last = chunk.tokens[chunk.tokens.length - 1].text;
    const headed = (nonEntityHeads.has(last) && parts[parts.length - 1]?.length > 1) || (nonEntityHeadsFirst.has(chunk.tokens[0].text) && parts[0]?.length > 1);
    const untitled =
      headed &&
      chunk.tokens.every((t, i) => !(t.text === 'and' || t.text === '&') || !connectors.has(chunk.tokens[i + 1].text));
    if (!hasAnd || knownOrganizations.has(whole) || (oneName && !partIsName) || untitled) {
      classifyChunk(text, tokens, chunk, sentenceStart, found);
      continue;
    }
    let at = chunk.at;
    const first = found.length;
    for (const part of parts) {
      at = tokens.indexOf(part[0], at);
      classifyChunk(text, tokens, { tokens: part, at }, sentenceStart, found);
    }
    spreadAlongList(found.slice(first));
  }
  // `Albany, New York`: a name set off by a comma before a known place is a place in it.
  for (let i = 0; i + 1 < found.length; i++) {
    const [name, next] = [found[i], found[i + 1]];
    const containing = next.placeKind === 'country' || next.placeKind === 'region';
    // … and the place closes the phrase: not `Chris Tang, Hong Kong’s police chief`.
    const closes = /^(?:[,.;:)]|$)/.test(text.slice(next.end, next.end + 1));
    if (name.weak && containing && closes && !next.weak && /^, $/.test(text.slice(name.end, next.start))) {
      Object.assign(name, { type: 'place', weak: false, initial: false });
    }
  }
  linkRolesAfter(text, found);
  return found;
}

function classifyChunk(text: string, tokens: Token[], chunk: Chunk, sentenceStart: number, found: Candidate[]): void {
  let run = chunk.tokens;
  let at = chunk.at;
  let role: string | undefined;
  let affiliation: string | undefined;
  const emit = (type: EntityType, part: Token[], extra: Partial<Candidate> = {}) => {
    const written = spanText(text, part);
    found.push({ start: part[0].start, end: part[part.length - 1].end, type, name: written, key: extra.key ?? written, ...extra });
  };
  // A run that is no name as a whole may still hold names: `Carnival of Brazil`, `Spain for Portugal`.
  const emitKnownParts = (whole: Token[]) => {
    for (const part of splitAt(whole, (t) => connectors.has(t.text))) {
      const name = spanText(text, part);
      const organization = knownOrganizations.get(name);
      const place = lookupPlace(name, 'en');
      if (organization) emit('organization', part, { key: organization });
      else if (place) emit('place', part, { key: place.canonical, placeKind: place.placeKind });
    }
  };

  // `Tempe, Ariz.`, `Sen. Ann Roe (D-Calif.)`: a US state, abbreviated or in a party tag.
  if (run.length === 1) {
    const state = usState(text, run[0]);
    if (state) return void found.push(state);
  }
  // `Maria Lopez of Acme Corp`, `Kim Jong-un of North Korea`: a two- or three-word name before
  // `of` and a known or organisation-shaped name is someone from there, not one long name.
  const from = personOfName(text, run);
  if (from > 0) {
    const first = found.length;
    classifyChunk(text, tokens, { tokens: run.slice(0, from), at }, sentenceStart, found);
    // … and the `of` says so: the name is a person even at a sentence start or in a list of places.
    for (const c of found.slice(first)) if (c.type === 'person' && c.weak) Object.assign(c, { weak: false, initial: false });
    const rest = run.slice(from + 1);
    return classifyChunk(text, tokens, { tokens: rest, at: at + from + 1 }, sentenceStart, found);
  }
  const next = tokens[at + run.length];
  const headAfter = next !== undefined && organizationHeadsAfter.has(next.text) && isSpaceOnly(text.slice(run[run.length - 1].end, next.start));
  // `Anna Berg of the Green party`: the head closes only the name after the last connector.
  const cut = headAfter ? run.findLastIndex((t, i) => i > 0 && connectors.has(t.text) && !connectors.has(run[i + 1].text)) : -1;
  if (cut > 0) {
    let from = cut;
    while (from > 0 && connectors.has(run[from - 1].text)) from--;
    if (from > 0) classifyChunk(text, tokens, { tokens: run.slice(0, from), at }, sentenceStart, found);
    run = run.slice(cut + 1);
    at += cut + 1;
  }
  while (run.length > 0) {
    const name = join(run);
    const written = spanText(text, run);
    const organization = knownOrganizations.get(written) ?? knownOrganizations.get(name);
    if (organization && !role) return emit('organization', run, { key: organization });
    const place = lookupPlace(written, 'en') ?? lookupPlace(fromCapitals(written), 'en');
    if (place && !role) return emit('place', run, { key: place.canonical, placeKind: place.placeKind });
    // Articles and prepositions are not part of a name unless a known name says so (The Guardian).
    if (run.length > 1 && (/^(?:[Tt]he|An?|an?)$/.test(run[0].text) || leadingWords.has(run[0].text))) {
      run = run.slice(1);
      at += 1;
      continue;
    }
    // `the Democratic Progressive party`, `the Labour government`: a lower-case head after the
    // name makes it an organisation's (soft: `the Johnson government` is Boris Johnson's); not an
    // adjective of nationality (the Danish government).
    if (!role && headAfter && !isCommonWord(run[0].text) && titleAt(run, 0) === 0 && !run.every((t) => t.text.split('-').every((w) => demonyms.has(w)))) return emit('organization', run, { soft: true });
    if (run.length > 1 && !role) {
      if (nonEntityHeads.has(run[run.length - 1].text) || nonEntityHeadsFirst.has(run[0].text)) return emitKnownParts(run);
      if (organizationShape(run)) return emit('organization', run);
      const kind = placeShape(run);
      // A given name opening two or three words names a person whatever the last word is
      // (Christopher Hill, Maria Bay), unless that word is a venue's (Nancy Hall is a hall too rarely to matter).
      if (kind && !(run.length <= 3 && givenNames.has(run[0].text) && kind !== 'venue')) return emit('place', run, { placeKind: kind });
    }
    const title = titleAt(run, 0);
    // `Mayor of Brisbane`, `Minister for Trade`: the title's complement is not a person.
    if (title > 0 && title + 1 < run.length && connectors.has(run[title].text)) return emitKnownParts(run.slice(title + 1));
    if (title > 0 && title < run.length) {
      const titleText = join(run.slice(0, title));
      if (!honorifics.has(titleText)) role = titleText;
      run = run.slice(title);
      at += title;
      continue;
    }
    const first = run[0].text;
    if (isCommonWord(first) || plainAcronyms.has(first.replace(/\./g, '')) || demonyms.has(first) || connectors.has(first) || title > 0) {
      run = run.slice(1);
      at += 1;
      continue;
    }
    // A known place or organisation directly before a two-word name: `ambassador to Britain Liu Xiaming`.
    if (run.length >= 3 && !role) {
      const prefix = run.length - 2;
      const prefixName = spanText(text, run.slice(0, prefix));
      const place = lookupPlace(prefixName, 'en');
      const organization = knownOrganizations.get(prefixName);
      const rest = run.slice(prefix);
      if ((place || organization) && !organizationShape(rest) && !placeShape(rest) && titleAt(rest, 0) === 0) {
        if (organization) emit('organization', run.slice(0, prefix), { key: organization });
        else emit('place', run.slice(0, prefix), { key: place!.canonical, placeKind: place!.placeKind });
        run = rest;
        at += prefix;
        continue;
      }
    }
    // A title inside the run: `Apple CEO Tim Cook`, `Kazakh President Tokayev`.
    const inner = run.findIndex((_, i) => i > 0 && titleAt(run, i) > 0 && i + titleAt(run, i) < run.length);
    // `… High Commissioner for Human Rights` names an office, not a person.
    if (inner > 0 && connectors.has(run[inner + titleAt(run, inner)].text)) return emitKnownParts(run);
    if (inner > 0 && !role) {
      const left = run.slice(0, inner);
      const leftName = spanText(text, left);
      const leftOrganization = knownOrganizations.get(leftName);
      if (leftOrganization || organizationShape(left) || isAcronym(leftName)) {
        emit('organization', left, { key: leftOrganization ?? leftName });
        affiliation = leftOrganization ?? leftName;
      } else if (lookupPlace(leftName, 'en')) {
        emit('place', left, { key: lookupPlace(leftName, 'en')!.canonical, placeKind: lookupPlace(leftName, 'en')!.placeKind });
      }
      const n = titleAt(run, inner);
      role = join(run.slice(inner, inner + n));
      run = run.slice(inner + n);
      at += inner + n;
      continue;
    }
    break;
  }
  while (run.length > 0 && connectors.has(run[run.length - 1].text)) run = run.slice(0, -1);
  if (run.length === 0) return;
  const last = run[run.length - 1].text;
  if (run.length === 1 && (last.length < 2 || isCommonWord(last) || plainAcronyms.has(last.replace(/\./g, '')))) return;
  if (demonyms.has(last) || (nonEntityHeads.has(last) && run.length > 1)) return;
  if (/\p{Lu}{2,}\p{Ll}*s$/u.test(last) && run.length === 1) return; // plural acronyms: MPs, NGOs
  if (role) return emit('person', run, { role, affiliation });
  if (run.length === 1 && isAcronym(last)) return emit('organization', run);
  // `Catherine of Russia`, `Margaret of Parma`: a ruler named by a realm.
  if (run.length >= 3 && run[1].text === 'of' && !connectors.has(run[2].text) && !nonEntityHeads.has(run[0].text)) {
    const realm = spanText(text, run.slice(2));
    if (lookupPlace(realm, 'en') && !lookupPlace(run[0].text, 'en')) return emit('person', run, { key: join(run) });
  }
  // What is left has no name shape of its own; long runs and `X of Y` are titles of works and events.
  if (run.length > 4 || run.some((t) => /^(?:of|for|the|on|upon)$/.test(t.text))) return emitKnownParts(run);

  // Inner capitals mark brands (SaskTel, YouTube); Mc, Mac, De, La … mark surnames.
  if (run.length === 1 && /\p{Ll}\p{Lu}/u.test(last) && !/^(?:Mc|Mac|O'|O’|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u.test(last)) {
    return emit('organization', run);
  }
  const before = tokens.slice(Math.max(0, at - 2), at).map((t) => t.text.toLowerCase());
  const after = tokens[at + run.length]?.text.toLowerCase();
  const prev = before[before.length - 1];
  // `a million Uighurs`, `thousands of Rohingyas`, `2,000 Yazidis`: a counted plural is a group.
  const counted = (w: string | undefined) => w !== undefined && (quantifiersBefore.has(w) || /^\d[\d,.]*$/.test(w));
  if (run.length === 1 && /\p{Ll}s$/u.test(last) && (counted(prev) || (prev === 'of' && counted(before[0])))) return emit('person', run, { group: true });
  // `1 Tbsp`, `2 Red`, `½ Cup`: a single word after a small count is a unit or an item, not a person.
  if (run.length === 1 && !possessiveAfter(text, run[0]) && /(?:^|[\s(])(?:\d{1,3}|\d*[¼½¾⅓⅔⅛])[ \t\u00a0]$/u.test(text.slice(Math.max(0, run[0].start - 6), run[0].start))) return;
  // `Officials said`, `Prosecutors alleged`: a plural common noun for people names a group.
  if (run.length === 1 && peoplePlurals.has(last)) return emit('person', run, { group: true });
  // Capitals say nothing at a sentence start, nor after a dateline dash or a colon.
  const lead = text.slice(sentenceStart, run[0].start).replace(/[\s"“‘'(\[]+$/, '');
  const initial = lead.replace(/[—–-]/g, '') === '' || /[—–:]$/.test(lead);
  // … so a plural there that the text also writes in lower case is that common word (Critics said).
  if (run.length === 1 && initial && /\p{Ll}[^su]s$/u.test(last) && writtenInLowerCase(text, last.toLowerCase())) return;
  // … and an everyday word there is that word (Prompted by…, a line reading `Editing`).
  if (run.length === 1 && initial && isEverydayWord(last) && !possessiveAfter(text, run[0])) return;
  // `Photograph: AFP via Getty Images`, `a statement via Twitter`: what a thing comes via is a
  // service, agency or platform (a known place was looked up before: `via Dubai`).
  if (prev === 'via') return emit('organization', run, { soft: true });
  // … and so is what follows a slash after a name in a photo credit: `Ana Ruiz/Pexa Photos`.
  if (slashBefore(text, run[0].start) === 'credit') return emit('organization', run, { soft: true });
  const personCue =
    (after !== undefined && personVerbsAfter.has(after)) ||
    (prev !== undefined && personCuesBefore.has(prev.replace(/\.$/, ''))) ||
    personCuesBefore.has(before.join(' '));
  const nextWord = tokens[at + run.length];
  const adjacent = nextWord !== undefined && isSpaceOnly(text.slice(run[run.length - 1].end, nextWord.start));
  if (adjacent && organizationCuesAfter.has(after!) && !personCue) return emit('organization', run);
  // What the words around say only of an organisation: `shares of X`, `an analyst at X`, `Ohio-based X`
  // (more particular than a bare `by` before it: `owned by X`; and in `an analyst at X said` the
  // analyst speaks), `X’s chief executive`, `X, the Ohio-based retailer`, `X, which makes …`.
  const end = run[run.length - 1].end;
  if (organizationCueBefore.test(text.slice(Math.max(0, run[0].start - 40), run[0].start))) return emit('organization', run);
  if (!personCue && (organizationPossessiveCue.test(text.slice(end, end + 40)) || organizationAppositionAfter.test(text.slice(end, end + 150)))) {
    return emit('organization', run);
  }
  if (personCue) return emit('person', run, { key: join(run) });
  const possessive = /^['’]s\b/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 3));
  if (run.length === 1 && !possessive && prev !== undefined && placeCuesBefore.has(prev) && !/^(?:to|from|by|with)$/.test(prev)) {
    return emit('place', run, { soft: true });
  }
  if (placeEnding.test(last)) return emit('place', run);
  if (run.length === 1 && groupEnding.test(last)) return;
  // People do not take an article: `the Danevirke`, `the Qing` are places and institutions.
  if (prev === 'the') {
    // `the Caribs`, `the Emperors` are groups of people; `the Institute` is a common noun.
    if (run.length === 1 && /[^su]s$/.test(last)) return emit('person', run, { group: true });
    if (run.length === 1 && (organizationSuffixes.has(last) || geoHeads.has(last) || venueHeads.has(last))) return;
    return emit(run.length === 1 ? 'place' : 'organization', run, { soft: true });
  }
  // A run wrapped in quotation marks is a title of a work: “Shaky Ground”.
  const quoted = /["“‘']/.test(text[run[0].start - 1] ?? '') && /^[,.!?]?["”’']/.test(text.slice(run[run.length - 1].end));
  if (quoted && run.length > 1) return;
  // A run in capitals with an ordinary word in it is a headline or a label, not a name:
  // `HARBOUR CRANES STALL`, `READ MORE` (a byline in capitals, `ANNA BERG`, has none).
  const inCapitals = run.length > 1 && run.every((t) => /^\p{Lu}[\p{Lu}'’.-]+$/u.test(t.text));
  if (inCapitals && run.some((t) => isCommonWord(t.text) || writtenInLowerCase(text, t.text.toLowerCase().replace(/['’].*$/, '')))) return;
  // Nothing says person but capitals: a name with an everyday word after its first (Europa
  // Clipper, Total Endorsement, Privacy Policy) is a thing's name unless a given name opens it (Jim Hood).
  if (run.length > 1 && !givenNames.has(run[0].text) && run.slice(1).some((t) => isEverydayWord(t.text))) return;
  // At a sentence start, a subject followed by its verb is still likely a name: `Hitchcock was`.
  const asSubject = initial && after !== undefined && subjectVerbsAfter.has(after);
  emit('person', run, { weak: true, initial: initial && !asSubject, key: join(run) });
}

const possessiveAfter = (text: string, token: Token) => /^['’]s\b/.test(text.slice(token.end, token.end + 3));

/** Index of the `of` in `Maria Lopez of (the) Acme Corp`, or 0 when the run is not a person of a
 * named place or organisation (Bank of America, Royal Bank of Scotland, Prime Minister of Canada). */
function personOfName(text: string, run: Token[]): number {
  const i = run.findIndex((t) => t.text === 'of');
  if (i < 2 || i > 3 || i + 1 >= run.length) return 0;
  const whole = spanText(text, run);
  if (knownOrganizations.has(whole) || lookupPlace(whole, 'en')) return 0;
  const left = run.slice(0, i);
  const leftName = spanText(text, left);
  const nameWord = (t: Token) =>
    /^\p{Lu}\p{Ll}/u.test(t.text) && !isCommonWord(t.text) && !connectors.has(t.text) && !demonyms.has(t.text) && !titlesBefore.has(t.text);
  if (!left.every(nameWord) || left.some((_, n) => titleAt(left, n) > 0)) return 0;
  if (knownOrganizations.has(leftName) || lookupPlace(leftName, 'en') || organizationShape(left) || placeShape(left)) return 0;
  const leftLast = left[left.length - 1].text;
  if (organizationSuffixes.has(leftLast) || organizationHeads.has(leftLast) || nonEntityHeads.has(leftLast) || geoHeads.has(leftLast) || venueHeads.has(leftLast)) return 0;
  let right = run.slice(i + 1);
  if (/^(?:The|the)$/.test(right[0].text) && right.length > 1) right = right.slice(1);
  const rightName = spanText(text, right);
  // … or any name, when a given name opens the person's (Michael Tien of NPP, Isabel Ruiz of Heaven Sent Gaming).
  const named =
    knownOrganizations.has(rightName) ||
    lookupPlace(rightName, 'en') !== undefined ||
    organizationShape(right) ||
    (right.length > 1 && placeShape(right) !== undefined) ||
    isAcronym(rightName.replace(/[-&]/g, '')) ||
    (givenNames.has(left[0].text) && left.length >= 2);
  return named ? i : 0;
}

/** `X, chief executive of Y`: gives person X the role and Y as affiliation. */
function linkRolesAfter(text: string, found: Candidate[]): void {
  for (const mention of found) {
    if (mention.type !== 'person' || mention.role) continue;
    const rest = text.slice(mention.end, mention.end + 80);
    const m = /^, (?:the |a |an )?((?:[a-z-]+ ){0,2}[a-z-]+?) (?:of|at|for) (?:the )?/.exec(rest);
    if (!m || !rolesAfter.has(m[1])) continue;
    const orgStart = mention.end + m[0].length;
    const org = found.find((f) => f.start === orgStart);
    mention.role = m[1];
    mention.weak = mention.initial = false;
    if (org) {
      if (org.type === 'person' && !org.role) org.type = 'organization';
      org.weak = org.initial = false;
      mention.affiliation = org.key;
    }
  }
}
