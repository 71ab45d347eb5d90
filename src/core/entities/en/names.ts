// Names in English text: runs of capitalised words (with `of`, `de`, `al` … inside), each
// classified by what it is (a known organisation, a place), how it ends (… Inc, … University,
// … Airport), the title before it (President X) and the words around it (X said, in X).
import { lookupPlace } from '../places';
import type { EntityType, PlaceKind } from '../../types';
import type { Mention } from './mentions';
import {
  commonWords,
  connectors,
  demonyms,
  geoHeads,
  geoHeadsBefore,
  honorifics,
  knownOrganizations,
  longestTitle,
  monthIndex,
  nonEntityHeads,
  organizationHeads,
  organizationSuffixes,
  personCuesBefore,
  personVerbsAfter,
  placeCuesBefore,
  rolesAfter,
  titlesBefore,
  venueHeads,
  weekdayIndex,
} from './lexicon';
import { isAcronym, isCapitalised, type Token } from './tokens';

/** A name whose type the sentence alone does not settle; the whole text may (Biden → Joe Biden). */
export interface Candidate extends Mention {
  /** Only the default rule made this a person: unknown capitalised words mid-sentence. */
  weak?: boolean;
  /** Starts its sentence, where capitals say nothing; kept only if the text confirms it. */
  initial?: boolean;
}

interface Chunk {
  tokens: Token[];
  /** Index of the chunk's first token in the sentence. */
  at: number;
}

const join = (tokens: Token[]) => tokens.map((t) => t.text).join(' ');
const spanText = (text: string, tokens: Token[]) => text.slice(tokens[0].start, tokens[tokens.length - 1].end);
const isSpaceOnly = (s: string) => /^[ \t\u00a0]+$/.test(s);

/** Capitalised runs of one sentence, broken at punctuation and at calendar words. */
function findChunks(text: string, tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  const isNameWord = (t: Token) =>
    isCapitalised(t.text) && !(weekdayIndex.has(t.text) || (monthIndex.has(t.text) && t.text !== 'May'));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let j = i;
    while (j + 1 < tokens.length && isSpaceOnly(text.slice(tokens[j].end, tokens[j + 1].start))) {
      if (isNameWord(tokens[j + 1])) {
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

function organizationShape(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1].text;
  if (organizationSuffixes.has(last)) return true;
  return tokens.length > 2 && organizationHeads.has(tokens[0].text) && tokens[1].text === 'of';
}

function placeShape(tokens: Token[]): PlaceKind | undefined {
  const last = tokens[tokens.length - 1].text;
  if (venueHeads.has(last)) return 'venue';
  if (geoHeads.has(last)) return 'region';
  const name = join(tokens);
  if (geoHeadsBefore.some((head) => name.startsWith(head + ' '))) return 'region';
  return undefined;
}

/** Mentions and undecided candidates in one sentence. */
export function recognizeNames(text: string, tokens: Token[], sentenceStart: number): Candidate[] {
  const found: Candidate[] = [];
  const chunks = findChunks(text, tokens);
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c];
    classifyChunk(text, tokens, chunk, sentenceStart, found);
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
    found.push({ start: part[0].start, end: part[part.length - 1].end, type, text: written, key: extra.key ?? written, ...extra });
  };

  while (run.length > 0) {
    const name = join(run);
    const written = spanText(text, run);
    const organization = knownOrganizations.get(written) ?? knownOrganizations.get(name);
    if (organization && !role) return emit('organization', run, { key: organization });
    const place = lookupPlace(written, 'en');
    if (place && !role) return emit('place', run, { key: place.canonical, placeKind: place.placeKind });
    if (run.length > 1 && !role) {
      if (nonEntityHeads.has(run[run.length - 1].text)) return;
      if (organizationShape(run)) return emit('organization', run);
      const kind = placeShape(run);
      if (kind) return emit('place', run, { placeKind: kind });
    }
    const title = titleAt(run, 0);
    if (title > 0 && title < run.length) {
      const titleText = join(run.slice(0, title));
      if (!honorifics.has(titleText)) role = titleText;
      run = run.slice(title);
      at += title;
      continue;
    }
    const first = run[0].text;
    if (commonWords.has(first) || demonyms.has(first) || connectors.has(first) || title > 0) {
      run = run.slice(1);
      at += 1;
      continue;
    }
    // A title inside the run: `Apple CEO Tim Cook`, `Kazakh President Tokayev`.
    const inner = run.findIndex((_, i) => i > 0 && titleAt(run, i) > 0 && i + titleAt(run, i) < run.length);
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
  if (run.length === 1 && (last.length < 2 || commonWords.has(last) || demonyms.has(last))) return;
  if (nonEntityHeads.has(last) && run.length > 1) return;
  if (/\p{Lu}{2,}\p{Ll}*s$/u.test(last) && run.length === 1) return; // plural acronyms: MPs, NGOs
  if (role) return emit('person', run, { role, affiliation });
  if (run.length === 1 && isAcronym(last)) return emit('organization', run);

  const before = tokens.slice(Math.max(0, at - 2), at).map((t) => t.text.toLowerCase());
  const after = tokens[at + run.length]?.text.toLowerCase();
  const prev = before[before.length - 1];
  const personCue =
    (after !== undefined && personVerbsAfter.has(after)) ||
    (prev !== undefined && personCuesBefore.has(prev)) ||
    personCuesBefore.has(before.join(' '));
  if (personCue) return emit('person', run, { key: join(run) });
  if (run.length === 1 && prev !== undefined && placeCuesBefore.has(prev) && !/^(?:to|from|by|with)$/.test(prev)) {
    return emit('place', run);
  }
  const initial = text.slice(sentenceStart, run[0].start).replace(/[\s"“‘'(\[—–-]/g, '') === '';
  emit('person', run, { weak: true, initial, key: join(run) });
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
