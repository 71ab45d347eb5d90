// The one message protocol between the extension's contexts. Every message is a member of a
// discriminated union and is validated on receipt: anything else is ignored. The reply to each
// request is declared once, in ContentReplies and BackgroundReplies; send.ts and the handlers
// (Handlers below) are typed from those maps, so no caller casts what it gets back.
import type { ArticleInput } from '../core/analyze';
import { MAX_HEADLINE_CHARS } from '../core/limits';
import type { ArticleSource, Block } from '../core/types';
import type { PackedAnalysis } from './packed-analysis';

/** What the content script knows about its page. */
export type PageState =
  | { status: 'analysed'; analysis: PackedAnalysis; repeatsVisible: boolean; restored: boolean }
  | { status: 'skipped'; reason: 'no-article' | 'too-large'; title?: string; language: string }
  | { status: 'error'; message: string };

/** Popup or background → content script. */
export type ContentRequest =
  | { type: 'get-page-state' }
  | { type: 'set-repeats-visible'; visible: boolean }
  | { type: 'restore-page' }
  /** Scroll to a span of the analysis text (a mention, an evidence sentence) and flash it. */
  | { type: 'reveal'; start: number; end: number }
  /** Analyse again (the user asked: toolbar, shortcut). */
  | { type: 'reanalyse' }
  /** Analyse the whole page, not only the article (the user asked, on a page with no article found). */
  | { type: 'analyse-whole-page' }
  /** Show or hide every mark and collapse at once (the shortcut). */
  | { type: 'toggle-annotations' };

/** Content script → background (about its own tab). */
export type TabReport = { type: 'report-error'; message: string } | { type: 'report-state'; repeats: number; people: number };

/**
 * Content script → background on a port named ANALYSE_PORT: the page's article, to be analysed
 * off the page's main thread. The text goes in parts of ARTICLE_PART_CHARS, each with the
 * blocks that start in it (one 5 MB message was one long task to serialise on the page), then
 * the metadata. The background answers once, with an AnalysePortReply. (bench/transport.ts:
 * the generated 5 MB page's text as one message is 10–27 ms of JSON serialising on the page,
 * as Chrome sends it; a 256K part is 0.5 ms.)
 */
export const ANALYSE_PORT = 'newslens-analyse';
export const ARTICLE_PART_CHARS = 256 * 1024;
export type ArticleMetadata = Omit<ArticleInput, 'text' | 'blocks'>;
export type AnalysePortMessage = { type: 'article-part'; text: string; blocks: Block[] } | { type: 'article-end'; metadata: ArticleMetadata };
/** The analysis is packed and without the text it was sent (the content script has it). */
export type AnalysePortReply = { type: 'analysis'; analysis: PackedAnalysis } | { type: 'error'; message: string };

/** Extension pages (popup, options) → background. */
export type PageRequest =
  | { type: 'get-tab-error'; tabId: number }
  /** Run the content script in a tab now (activeTab or a granted site). */
  | { type: 'analyse-tab'; tabId: number }
  | { type: 'get-site'; tabId: number }
  /** The origin's host permission was just granted by the user: run there from now on. */
  | { type: 'enable-site'; origin: string; tabId?: number }
  | { type: 'disable-site'; origin: string };

export type BackgroundRequest = TabReport | PageRequest;

export type TabErrorReply = { message: string } | null;
/** Where a tab's page stands: its origin (http/https only), and whether NewsLens always runs there. */
export type SiteReply = { origin: string; enabled: boolean } | null;
export type AnalyseReply = { ok: true } | { ok: false; reason: string };

/** What the content script answers to each ContentRequest: the page's state after it. */
export interface ContentReplies {
  'get-page-state': PageState;
  'set-repeats-visible': PageState;
  'restore-page': PageState;
  reveal: PageState;
  reanalyse: PageState;
  /** Answered once that analysis is done. */
  'analyse-whole-page': PageState;
  'toggle-annotations': PageState;
}

/**
 * No answer: the handler's promise resolves to nothing. (void is the type of that; the lint
 * rule that keeps void to return types cannot see that these are handlers' results.)
 */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export type NoReply = void;

/** What the background answers to each BackgroundRequest. */
export interface BackgroundReplies {
  'report-error': NoReply;
  'report-state': NoReply;
  'get-tab-error': TabErrorReply;
  'analyse-tab': AnalyseReply;
  'get-site': SiteReply;
  /** Whether the site is now registered (false when the permission was not there after all). */
  'enable-site': boolean;
  'disable-site': NoReply;
}

/** The member of a request union with the given type. */
export type RequestOf<Request extends { type: string }, Type extends Request['type']> = Extract<Request, { type: Type }>;

/**
 * One handler per request type, each returning the reply its map declares. `Context` is what
 * the receiver knows besides the request (the sender, for the background).
 */
export type Handlers<Request extends { type: string }, Replies extends Record<Request['type'], unknown>, Context> = {
  [Type in Request['type']]: (request: RequestOf<Request, Type>, context: Context) => Replies[Type] | Promise<Replies[Type]>;
};

/** Runs the handler for a validated request; its reply has the type the map declares. */
export async function dispatch<Request extends { type: string }, Replies extends Record<Request['type'], unknown>, Context, Type extends Request['type']>(
  handlers: Handlers<Request, Replies, Context>,
  request: RequestOf<Request, Type>,
  context: Context,
): Promise<Replies[Type]> {
  const type: Type = request.type;
  return handlers[type](request, context);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function parseContentRequest(value: unknown): ContentRequest | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'get-page-state':
    case 'restore-page':
    case 'reanalyse':
    case 'analyse-whole-page':
    case 'toggle-annotations':
      return { type: value.type };
    case 'set-repeats-visible':
      return typeof value.visible === 'boolean' ? { type: value.type, visible: value.visible } : undefined;
    case 'reveal':
      return Number.isInteger(value.start) && Number.isInteger(value.end) ? { type: value.type, start: value.start as number, end: value.end as number } : undefined;
    default:
      return undefined;
  }
}

export function parseBackgroundRequest(value: unknown): BackgroundRequest | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'report-error':
      return typeof value.message === 'string' ? { type: value.type, message: value.message.slice(0, 500) } : undefined;
    case 'report-state':
      return Number.isInteger(value.repeats) && Number.isInteger(value.people) ? { type: value.type, repeats: value.repeats as number, people: value.people as number } : undefined;
    case 'get-tab-error':
    case 'analyse-tab':
    case 'get-site':
      return Number.isInteger(value.tabId) ? { type: value.type, tabId: value.tabId as number } : undefined;
    case 'enable-site':
      if (!isWebOrigin(value.origin)) return undefined;
      return Number.isInteger(value.tabId) ? { type: value.type, origin: value.origin, tabId: value.tabId as number } : { type: value.type, origin: value.origin };
    case 'disable-site':
      return isWebOrigin(value.origin) ? { type: value.type, origin: value.origin } : undefined;
    default:
      return undefined;
  }
}

const BLOCK_KINDS = new Set<Block['kind']>(['text', 'caption', 'boilerplate']);
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

export function parseAnalysePortMessage(value: unknown): AnalysePortMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'article-part') {
    // The blocks' offsets are checked against the whole text once it is assembled (parseArticleInput).
    return typeof value.text === 'string' && Array.isArray(value.blocks) ? { type: value.type, text: value.text, blocks: value.blocks as Block[] } : undefined;
  }
  if (value.type === 'article-end') return isRecord(value.metadata) ? { type: value.type, metadata: value.metadata } : undefined;
  return undefined;
}

/**
 * The background's answer on the port, in its shape: an error with its message, or an analysis
 * with its lists (its mentions are checked as they are decoded, unpackSpanArraysInSteps).
 */
export function parseAnalysePortReply(value: unknown): AnalysePortReply | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'error') return typeof value.message === 'string' ? { type: value.type, message: value.message } : undefined;
  if (value.type !== 'analysis' || !isRecord(value.analysis)) return undefined;
  const { analysis } = value;
  const lists = [analysis.repeats, analysis.entities, analysis.agreements];
  if (!lists.every(Array.isArray) || typeof analysis.language !== 'string') return undefined;
  return { type: value.type, analysis: analysis as PackedAnalysis };
}

/** An article as the content script read it: text, well-formed blocks inside it, metadata. */
export function parseArticleInput(value: unknown): ArticleInput | undefined {
  if (!isRecord(value) || typeof value.text !== 'string' || !Array.isArray(value.blocks)) return undefined;
  const { text, blocks } = value;
  for (const block of blocks as unknown[]) {
    if (!isRecord(block) || !BLOCK_KINDS.has(block.kind as Block['kind'])) return undefined;
    const { start, end } = block;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (start as number) > (end as number) || (end as number) > text.length) return undefined;
  }
  const fields = ['title', 'published', 'siteName', 'declaredLanguage', 'url'] as const;
  if (!fields.every((field) => optionalString(value[field]))) return undefined;
  const input: ArticleInput = { text, blocks: (blocks as Block[]).map(({ start, end, kind }) => ({ start, end, kind })) };
  for (const field of fields) if (typeof value[field] === 'string') input[field] = value[field];
  if (value.article !== undefined) {
    const article = parseArticleChoice(value.article);
    if (!article) return undefined;
    input.article = article;
  }
  return input;
}

const ARTICLE_SOURCES = new Set<ArticleSource>(['schema-org', 'scored', 'whole-page', 'text']);

/** Where the content script found the article: a known source, a confidence in 0–1, an optional headline. */
function parseArticleChoice(value: unknown): ArticleInput['article'] | undefined {
  if (!isRecord(value) || !ARTICLE_SOURCES.has(value.source as ArticleSource) || !optionalString(value.headline)) return undefined;
  const { confidence } = value;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) return undefined;
  // The headline is the page's words: no longer than the content script makes it.
  if (typeof value.headline === 'string' && value.headline.length > MAX_HEADLINE_CHARS) return undefined;
  const choice: NonNullable<ArticleInput['article']> = { source: value.source as ArticleSource, confidence };
  if (typeof value.headline === 'string') choice.headline = value.headline;
  return choice;
}

/** http(s)://host[:port], nothing more: what a per-site permission is asked for. */
export function isWebOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** The origin of a page NewsLens may run on, or undefined (browser pages, files, PDFs' viewers). */
export function webOriginOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, origin } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** The match pattern that covers every page of an origin (ports are not part of patterns). */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
