// Scoring of the popup's entity lists against lists made by hand (tests/data/entity-lists): each
// article goes through the path a user meets — the saved page through the CLI's page reader for
// aeb-dev, the article text through `analyzeText` for Korean Wikinews (which has no saved page) —
// and every person, organisation and place listed is compared with the gold list.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeText } from '../../src/core/analyze';
import { analyzePageBytes } from '../../src/cli/page';
import { isListed, summarize } from '../../src/core/summary';
import type { Analysis } from '../../src/core/types';
import { halfOf, type Half } from './split';

export const LIST_TYPES = ['person', 'organization', 'place'] as const;
export type ListType = (typeof LIST_TYPES)[number];

interface GoldEntry {
  name: string;
  aliases?: string[];
  optional?: boolean;
}

interface GoldArticle {
  doc: string;
  url?: string;
  lang: string;
  people: GoldEntry[];
  organizations: GoldEntry[];
  places: GoldEntry[];
}

export interface ListArticle {
  set: string;
  doc: string;
  half: Half;
  gold: Record<ListType, GoldEntry[]>;
  analyse: () => Analysis;
}

export const LIST_SETS = ['aeb-dev-en', 'ko-wikinews', 'extract-dev-en'] as const;
export type ListSetName = (typeof LIST_SETS)[number];

/** `goldDir`: where the hand-made lists are (a frozen copy compares two versions of the code while the lists grow). */
export function loadListSet(root: string, dataDir: string, set: ListSetName, goldDir = join(root, 'tests/data/entity-lists')): ListArticle[] {
  const path = join(goldDir, `${set}.json`);
  // A set still being labelled may have no file yet; a directory that is not there is a mistake.
  if (!existsSync(goldDir)) throw new Error(`eval:lists: no directory ${goldDir} for the hand-made lists.`);
  if (!existsSync(path)) return [];
  const articles = JSON.parse(readFileSync(path, 'utf8')) as GoldArticle[];
  const analyseOf = set === 'ko-wikinews' ? wikinewsText(dataDir) : savedPage(dataDir, set === 'aeb-dev-en' ? 'aeb-dev' : 'extract-dev');
  return articles.map((article) => ({
    set,
    doc: article.doc,
    half: halfOf(article.doc),
    gold: { person: article.people, organization: article.organizations, place: article.places },
    analyse: () => analyseOf(article),
  }));
}

/** A saved page of aeb-dev or extract-dev, read as the CLI reads it (its bytes, so its charset). */
function savedPage(dataDir: string, collection: 'aeb-dev' | 'extract-dev'): (article: GoldArticle) => Analysis {
  return (article) => {
    const path = join(dataDir, collection, 'html', `${article.doc}.html.gz`);
    if (!existsSync(path)) throw new Error(`eval:lists needs ${path} (../shared/data beside the checkout).`);
    return analyzePageBytes(gunzipSync(readFileSync(path)), { url: article.url });
  };
}

function wikinewsText(dataDir: string): (article: GoldArticle) => Analysis {
  let byId: Map<string, { title?: string; text: string; date?: string }> | undefined;
  return (article) => {
    byId ??= new Map(
      readFileSync(join(dataDir, 'ko-news-text/wikinews-ko.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { id: string; title?: string; text: string; date?: string })
        .map((record) => [record.id, record]),
    );
    const record = byId.get(article.doc);
    if (!record) throw new Error(`eval:lists: no Wikinews article ${article.doc} in ../shared/data/ko-news-text.`);
    // As on a page: the headline is the title, not part of the analysed text.
    return analyzeText(record.text, { title: record.title, published: record.date });
  };
}

/** Names compare without case, spaces, dots or a leading "the". */
export const normaliseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[\s.·'’]/g, '');

export interface ListCounts {
  /** Listed entities that match a required or optional gold entry of their type. */
  right: number;
  /** Listed entities that match no gold entry of their type (or only optional ones: not counted). */
  listed: number;
  /** Required gold entries that some listed entity of their type matches. */
  found: number;
  gold: number;
}

export interface ArticleErrors {
  doc: string;
  wrong: string[];
  missed: string[];
}

export function scoreArticle(article: ListArticle, analysis: Analysis, counts: Record<ListType, ListCounts>, errors?: ArticleErrors[]): void {
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const type of LIST_TYPES) {
    const gold = article.gold[type].map((entry) => ({ entry, forms: new Set([entry.name, ...(entry.aliases ?? [])].map(normaliseName)) }));
    const listed = analysis.entities.filter((entity) => entity.type === type && isListed(entity));
    const matched = new Set<GoldEntry>();
    for (const entity of listed) {
      const forms = [entity.name, ...entity.aliases].map(normaliseName);
      const hit = gold.find((g) => forms.some((form) => g.forms.has(form)));
      if (hit && hit.entry.optional) {
        matched.add(hit.entry);
        continue;
      }
      counts[type].listed++;
      if (hit) {
        counts[type].right++;
        matched.add(hit.entry);
      } else wrong.push(`${type}:${entity.name}`);
    }
    for (const { entry } of gold) {
      if (entry.optional) continue;
      counts[type].gold++;
      if (matched.has(entry)) counts[type].found++;
      else missed.push(`${type}:${entry.name}`);
    }
  }
  errors?.push({ doc: article.doc, wrong, missed });
}

/**
 * The analysis as the popup first shows it: people and organisations folded behind "more" (minor in the summary:
 * one passing mention) left out, unless nothing of that type would show; places are never folded.
 */
export function shownBeforeMore(analysis: Analysis): Analysis {
  const summary = summarize(analysis);
  const folded = new Set<string>();
  for (const [type, items] of [
    ['person', summary.people],
    ['organization', summary.organizations],
  ] as const) {
    if (items.some((item) => !item.minor)) for (const item of items) if (item.minor) folded.add(`${type}:${item.name}`);
  }
  return { ...analysis, entities: analysis.entities.filter((entity) => !folded.has(`${entity.type}:${entity.name}`)) };
}

export const emptyListCounts = (): Record<ListType, ListCounts> => ({
  person: { right: 0, listed: 0, found: 0, gold: 0 },
  organization: { right: 0, listed: 0, found: 0, gold: 0 },
  place: { right: 0, listed: 0, found: 0, gold: 0 },
});

export function totalOf(counts: Record<ListType, ListCounts>): ListCounts {
  const total = { right: 0, listed: 0, found: 0, gold: 0 };
  for (const type of LIST_TYPES) {
    total.right += counts[type].right;
    total.listed += counts[type].listed;
    total.found += counts[type].found;
    total.gold += counts[type].gold;
  }
  return total;
}

export const precisionOf = (c: ListCounts) => (c.listed ? c.right / c.listed : 0);
export const recallOf = (c: ListCounts) => (c.gold ? c.found / c.gold : 0);
