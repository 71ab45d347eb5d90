import { describe, expect, expectTypeOf, it } from 'vitest';
import { MAX_HEADLINE_CHARS } from '../core/limits';
import {
  dispatch,
  isWebOrigin,
  originPattern,
  parseAnalysePortMessage,
  parseAnalysePortReply,
  parseArticleInput,
  parseBackgroundRequest,
  parseContentRequest,
  webOriginOf,
  type BackgroundReplies,
  type BackgroundRequest,
  type ContentReplies,
  type ContentRequest,
  type Handlers,
  type PageState,
  type SiteReply,
} from './messages';

describe('parseContentRequest', () => {
  it('accepts each request in its shape and nothing else', () => {
    expect(parseContentRequest({ type: 'reveal', start: 3, end: 9 })).toEqual({ type: 'reveal', start: 3, end: 9 });
    expect(parseContentRequest({ type: 'reveal', start: '3', end: 9 })).toBeUndefined();
    expect(parseContentRequest({ type: 'set-repeats-visible', visible: 'yes' })).toBeUndefined();
    expect(parseContentRequest({ type: 'toggle-annotations', extra: '<script>' })).toEqual({ type: 'toggle-annotations' });
    expect(parseContentRequest('get-page-state')).toBeUndefined();
    expect(parseContentRequest({ type: 'eval', code: 'x' })).toBeUndefined();
  });
});

describe('parseBackgroundRequest', () => {
  it('accepts only web origins for site switches', () => {
    expect(parseBackgroundRequest({ type: 'enable-site', origin: 'https://news.example.com', tabId: 4 })).toEqual({
      type: 'enable-site',
      origin: 'https://news.example.com',
      tabId: 4,
    });
    expect(parseBackgroundRequest({ type: 'enable-site', origin: 'https://news.example.com/path' })).toBeUndefined();
    expect(parseBackgroundRequest({ type: 'disable-site', origin: 'chrome://settings' })).toBeUndefined();
    expect(parseBackgroundRequest({ type: 'analyse-tab', tabId: 1.5 })).toBeUndefined();
  });
});

describe('the article port', () => {
  it('accepts parts and an end in their shape, and an article only when its blocks lie in its text', () => {
    expect(parseAnalysePortMessage({ type: 'article-part', text: 'Hello.', blocks: [{ start: 0, end: 6, kind: 'text' }] })).toEqual({
      type: 'article-part',
      text: 'Hello.',
      blocks: [{ start: 0, end: 6, kind: 'text' }],
    });
    expect(parseAnalysePortMessage({ type: 'article-part', text: 5, blocks: [] })).toBeUndefined();
    expect(parseAnalysePortMessage({ type: 'article-end', metadata: 'x' })).toBeUndefined();
    expect(parseAnalysePortMessage({ type: 'analyse-article', input: {} })).toBeUndefined();
    expect(parseArticleInput({ text: 'Hello.', blocks: [{ start: 0, end: 6, kind: 'text' }], title: 'T' })).toEqual({
      text: 'Hello.',
      blocks: [{ start: 0, end: 6, kind: 'text' }],
      title: 'T',
    });
    expect(parseArticleInput({ text: 'Hello.', blocks: [{ start: 0, end: 7, kind: 'text' }] })).toBeUndefined();
    expect(parseArticleInput({ text: 'Hello.', blocks: [], title: 42 })).toBeUndefined();
  });

  it("takes the background's answer only in its shape", () => {
    const analysis = { schema: 1, language: 'en', text: '', repeats: [], entities: [], agreements: [] };
    expect(parseAnalysePortReply({ type: 'analysis', analysis })).toEqual({ type: 'analysis', analysis });
    expect(parseAnalysePortReply({ type: 'error', message: 'malformed article' })).toEqual({ type: 'error', message: 'malformed article' });
    expect(parseAnalysePortReply({ type: 'analysis', analysis: { ...analysis, entities: 'x' } })).toBeUndefined();
    expect(parseAnalysePortReply({ type: 'error', message: 3 })).toBeUndefined();
    expect(parseAnalysePortReply('analysis')).toBeUndefined();
  });

  it('takes where the article was found only in its shape, with a headline of bounded length', () => {
    const input = { text: 'Hello.', blocks: [] };
    const article = { source: 'scored', confidence: 0.8, headline: 'A headline' };
    expect(parseArticleInput({ ...input, article })?.article).toEqual(article);
    expect(parseArticleInput({ ...input, article: { ...article, source: 'made-up' } })).toBeUndefined();
    expect(parseArticleInput({ ...input, article: { ...article, confidence: 2 } })).toBeUndefined();
    expect(parseArticleInput({ ...input, article: { ...article, confidence: Number.NaN } })).toBeUndefined();
    expect(parseArticleInput({ ...input, article: { ...article, headline: 'x'.repeat(MAX_HEADLINE_CHARS + 1) } })).toBeUndefined();
  });
});

describe('origins', () => {
  it('tells web origins and builds their match patterns', () => {
    expect(isWebOrigin('http://127.0.0.1:8080')).toBe(true);
    expect(isWebOrigin('file:///tmp')).toBe(false);
    expect(webOriginOf('https://www.hankyung.com/economy/article/1?x=1')).toBe('https://www.hankyung.com');
    expect(webOriginOf('about:blank')).toBeUndefined();
    expect(originPattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
  });
});

describe('the reply maps', () => {
  it('declare a reply for every request type and for nothing else', () => {
    expectTypeOf<keyof BackgroundReplies>().toEqualTypeOf<BackgroundRequest['type']>();
    expectTypeOf<keyof ContentReplies>().toEqualTypeOf<ContentRequest['type']>();
    expectTypeOf<ContentReplies[ContentRequest['type']]>().toEqualTypeOf<PageState>();
  });

  it("run the handler of the request's type with its context, and give back its reply", async () => {
    const calls: string[] = [];
    const handlers: Handlers<BackgroundRequest, BackgroundReplies, string> = {
      'report-error': (request, from) => void calls.push(`${from}: ${request.message}`),
      'report-state': () => undefined,
      'get-tab-error': (request) => ({ message: `tab ${request.tabId}` }),
      'analyse-tab': () => ({ ok: true }),
      'get-site': (request) => Promise.resolve({ origin: 'https://news.example.com', enabled: request.tabId === 7 }),
      'enable-site': () => true,
      'disable-site': () => undefined,
    };
    const site = await dispatch(handlers, { type: 'get-site', tabId: 7 }, 'popup');
    expectTypeOf(site).toEqualTypeOf<SiteReply>();
    expect(site).toEqual({ origin: 'https://news.example.com', enabled: true });
    expect(await dispatch(handlers, { type: 'get-tab-error', tabId: 3 }, 'popup')).toEqual({ message: 'tab 3' });
    await dispatch(handlers, { type: 'report-error', message: 'boom' }, 'tab 3');
    expect(calls).toEqual(['tab 3: boom']);
  });

  it("hold each handler to its request type's reply", () => {
    // A handler must return its request's reply: a site switch answers a boolean, not a state.
    // @ts-expect-error the reply of enable-site is a boolean
    const wrong: Handlers<BackgroundRequest, BackgroundReplies, undefined>['enable-site'] = () => ({ ok: true });
    expect(wrong).toBeTypeOf('function');
  });
});

describe('malformed messages', () => {
  it('are refused whole: a request missing a field, of an unknown type, or not an object', () => {
    expect(parseBackgroundRequest({ type: 'get-site' })).toBeUndefined();
    expect(parseBackgroundRequest({ type: 'report-state', repeats: 1 })).toBeUndefined();
    expect(parseBackgroundRequest({ type: 'get-page-state' })).toBeUndefined();
    expect(parseBackgroundRequest(null)).toBeUndefined();
    expect(parseContentRequest({ type: 'get-site', tabId: 1 })).toBeUndefined();
    expect(parseContentRequest(undefined)).toBeUndefined();
  });
});
