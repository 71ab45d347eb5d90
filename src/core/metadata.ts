// Page metadata: title, publication date, site name and declared language, read the way
// news sites publish them (Open Graph, article:published_time, JSON-LD, <time>); the
// 입력/기사입력 line of Korean portals is read from the article text (publishedFromText).

import { capHeadline } from './limits';
import type { ArticleHints } from './text/choose-article';

export interface PageMetadata {
  title?: string;
  published?: string;
  siteName?: string;
  declaredLanguage?: string;
}

export function readMetadata(doc: Document): PageMetadata {
  return readPageMetadata(doc).metadata;
}

/** What the page's metadata says of its article, for choosing it (see choose-article.ts). */
export function readArticleHints(doc: Document): ArticleHints {
  return readPageMetadata(doc).hints;
}

/** Both, from one reading of the page's JSON-LD (its articleBody can be the whole story). */
export function readPageMetadata(doc: Document): { metadata: PageMetadata; hints: ArticleHints } {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const jsonLd = readJsonLd(doc);
  const headline = meta('meta[property="og:title"]') ?? jsonLd.headline;
  const title = headline ?? doc.querySelector('h1')?.textContent?.trim() ?? doc.querySelector('title')?.textContent?.trim();
  const published =
    isoDate(meta('meta[property="article:published_time"]')) ??
    isoDate(jsonLd.datePublished) ??
    isoDate(meta('meta[name="pubdate"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]')) ??
    isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const metadata = {
    title: title ? capHeadline(title) : undefined,
    published,
    siteName: meta('meta[property="og:site_name"]') ?? jsonLd.publisher,
    declaredLanguage: doc.documentElement?.getAttribute('lang') || undefined,
  };
  const microdataBodies = Array.from(doc.querySelectorAll('[itemprop="articleBody"]'));
  return { metadata, hints: { headline: headline ? capHeadline(headline) : undefined, jsonLdBody: jsonLd.articleBody, microdataBodies } };
}

function readJsonLd(doc: Document): { headline?: string; datePublished?: string; publisher?: string; articleBody?: string } {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const queue: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (queue.length) {
        const item = queue.shift();
        if (Array.isArray(item)) queue.push(...(item as unknown[]));
        else if (item && typeof item === 'object') {
          const record = item as Record<string, unknown>;
          if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]));
          if (typeof record.datePublished === 'string' || typeof record.headline === 'string') {
            const publisher = record.publisher as Record<string, unknown> | undefined;
            return {
              headline: typeof record.headline === 'string' ? record.headline : undefined,
              datePublished: typeof record.datePublished === 'string' ? record.datePublished : undefined,
              publisher: typeof publisher?.name === 'string' ? publisher.name : undefined,
              articleBody: typeof record.articleBody === 'string' ? record.articleBody : undefined,
            };
          }
        }
      }
    } catch {
      // A broken JSON-LD block is the page's problem; other sources may still tell.
    }
  }
  return {};
}

/** The date part of an ISO-like timestamp (2019-04-23T10:21:00+09:00 → 2019-04-23). */
export function isoDate(value: string | undefined): string | undefined {
  const match = value?.match(/(\d{4})[-./](\d{1,2})[-./](\d{1,2})/);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPlausibleDate(Number(year), Number(month), Number(day)) && iso !== EPOCH_ZERO ? iso : undefined;
}

/** What a zero timestamp prints: a template's empty date, not a publication date. */
const EPOCH_ZERO = '1970-01-01';

/** A calendar date of the press's age (a template's `0001-01-01` is no date; the next source is asked instead). */
function isPlausibleDate(year: number, month: number, day: number): boolean {
  return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Where the 입력 line is looked for: it sits under the headline, near the top. */
const INPUT_LINE_WINDOW = 20_000;

/**
 * The publication date printed in the article text itself — `입력 2019.04.23 10:21` or
 * `기사입력 2019-04-23` under Korean headlines — for pages whose metadata does not say.
 */
export function publishedFromText(text: string): string | undefined {
  const match = text.slice(0, INPUT_LINE_WINDOW).match(/(?:기사\s*)?입력\s*:?\s*(\d{4}[-./]\d{1,2}[-./]\d{1,2})/);
  return isoDate(match?.[1]);
}
