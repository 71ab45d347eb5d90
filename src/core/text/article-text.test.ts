import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../test/support/linkedom';
import { extractArticleText, followSplit, isOutsideArticleText, nodeSpansOf } from './article-text';

function read(bodyHtml: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const article = extractArticleText(document.body);
  return { ...article, lines: article.blocks.map((b) => article.text.slice(b.start, b.end)) };
}

describe('extractArticleText', () => {
  it('reads <br>-separated text inside one element as several blocks', () => {
    expect(read('<div>First line.<br>Second line.<br><br>Third line.</div>').lines).toEqual(['First line.', 'Second line.', 'Third line.']);
  });

  it('skips navigation, asides, scripts, styles and hidden elements; reads the page header and footer as boilerplate', () => {
    const article = read(`
      <header><nav><a href="/">Home</a></nav>Site name</header>
      <aside>Most read</aside><script>var x = 1;</script><style>p{}</style>
      <p>Body text.</p><p hidden>Hidden.</p><p style="display: none">Also hidden.</p><div aria-hidden="true">Icon</div>
      <footer>Copyright</footer>`);
    expect(article.lines).toEqual(['Site name', 'Body text.', 'Copyright']);
    expect(article.blocks.map((block) => block.kind)).toEqual(['boilerplate', 'text', 'boilerplate']);
  });

  it('reads no form field’s label (a comment box beside the story: Name, Email)', () => {
    const form = '<form><label for="n">Name<span>(required)</span></label><input id="n"><label for="e">Email</label><input id="e"></form>';
    expect(read(`<div>${form}<p>The harbour reopened on Monday.</p></div>`).lines).toEqual(['The harbour reopened on Monday.']);
  });

  it('keeps the header and footer of an <article> (title, byline)', () => {
    expect(read('<article><header><h1>Title</h1></header><p>Body.</p><footer>By A. Writer</footer></article>').lines).toEqual(['Title', 'Body.', 'By A. Writer']);
  });

  it('works on pages without <article>', () => {
    expect(read('<div id="content"><div class="text">Just divs. Nothing else.</div></div>').lines).toEqual(['Just divs. Nothing else.']);
  });

  it('collapses whitespace like the browser and keeps &nbsp; and full-width forms as written', () => {
    const { lines } = read('<p>  Two\n\n  spaces\tand&nbsp;nbsp  <b>bold</b>text ＡＢＣ </p>');
    expect(lines).toEqual(['Two spaces and\u00a0nbsp boldtext ＡＢＣ']);
  });

  it('separates links written one after another with nothing between, and only those', () => {
    const { text } = read('<p><a href="/a">Ilhan Omar</a><a href="/b">Hillicon Valley</a></p><p>The <a href="/c">senator</a>’s office and <b>bold</b>face stay as written.</p>');
    expect(text).toBe('Ilhan Omar Hillicon Valley\nThe senator’s office and boldface stay as written.');
  });

  it('marks captions and link-dense blocks as incidental', () => {
    const { blocks } = read('<figure><figcaption>A caption.</figcaption></figure><p><a href="/a">Related story headline</a></p><p>Text with <a href="/b">a link</a> in it.</p>');
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'boilerplate', 'text']);
  });

  it('reads captions and page furniture from class names, unless the name says content', () => {
    const { blocks } = read(
      '<div class="caption-full">A photo caption.</div><div class="sidebar-widget"><p>Trending now.</p></div>' +
        '<div id="article-body" class="related-content">Body text.</div><div class="news-ticker">Ticker text.</div>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'boilerplate', 'text', 'boilerplate']);
  });

  it('reads a class the same on every element that has it, and with an id as the class and id together', () => {
    const { blocks } = read(
      '<div class="promo-box">Subscribe today.</div><p class="summary">The bridge opened.</p><div class="promo-box">Win a trip.</div>' +
        '<div class="promo-box" id="main-story">The mayor spoke.</div><p class="summary" id="footer-note">Printed in June.</p><div class="promo-box">Last call.</div>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['boilerplate', 'text', 'boilerplate', 'text', 'boilerplate', 'boilerplate']);
  });

  it('reads call-to-action boxes, sign-up forms and fly-outs as furniture (vc_cta3, newsletter-signup, c-flyout)', () => {
    const { blocks } = read(
      '<div class="entry-content"><p>The body of the post.</p>' +
        '<div class="vc_general vc_cta3 vc_cta3-style-classic"><p>In our seminar you work out your own scenarios for smart glasses.</p></div>' +
        '<div class="newsletter-signup"><p>Never miss a story from us.</p></div>' +
        '<div class="c-flyout"><p>Every small donation helps people in need.</p></div></div>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('reads a BEM name by its own part: article-body__newsletter is a newsletter box inside the body, article-body__content is the body', () => {
    const { blocks } = read(
      '<div class="article-body"><div class="article-body__tablet-newsletter"><p>Get breaking news alerts and special reports, delivered weekday mornings.</p></div>' +
        '<div class="article-body__content"><p>The body of the story.</p></div><div class="story__share-bar">Share this story.</div></div>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['boilerplate', 'text', 'boilerplate']);
  });

  it('reads camelCase names and CSS-module names by their words (emailSignup, shareBar___x7Qp2), and a content name stays content', () => {
    const { blocks } = read(
      '<div class="storyBody___3kLmN"><p>The body of the story.</p>' +
        '<div id="emailSignup" class="container___2y9U4"><p>Let our news meet your inbox every weekday morning.</p></div>' +
        '<div class="shareBar___x7Qp2">Share this story.</div><div class="articleContent"><p>More of the story.</p></div></div>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'boilerplate', 'boilerplate', 'text']);
  });

  it('maps every character back to its text node and offset', () => {
    const { document } = parseHTML('<html><body><p>Alpha <b>beta</b>\n   gamma</p></body></html>');
    const article = extractArticleText(document.body);
    expect(article.text).toBe('Alpha beta gamma');
    const start = article.text.indexOf('beta');
    const spans = nodeSpansOf(article, start, article.text.length);
    expect(spans.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['beta', 'gamma']);
    expect(spans[1].start).toBe(4); // after "\n   " in its node
  });

  it('keeps a paragraph of prose as one piece: lone spaces stay in it, wider whitespace splits it', () => {
    const { document } = parseHTML('<html><body><p>One two three.\n  Four five.</p></body></html>');
    const article = extractArticleText(document.body);
    expect(article.text).toBe('One two three. Four five.');
    expect(article.pieces.map((p) => article.text.slice(p.textStart, p.textStart + p.length))).toEqual(['One two three.', 'Four five.']);
  });

  it('follows a text node split: pieces after the split point into the new node', () => {
    const document = parseDocument('<html><body><p>Alpha beta gamma\n delta</p></body></html>');
    const article = extractArticleText(document.body);
    const node = article.pieces[0].node;
    const after = node.splitText(6); // "Alpha " | "beta gamma\n delta"
    followSplit(article, node, 6, after);
    const spans = (from: string, to: string) => nodeSpansOf(article, article.text.indexOf(from), article.text.indexOf(to) + to.length);
    expect(spans('beta', 'delta').map((s) => [s.node === after, s.node.data.slice(s.start, s.end)])).toEqual([
      [true, 'beta gamma'],
      [true, 'delta'],
    ]);
    expect(spans('Alpha', 'beta').map((s) => [s.node === node, s.node.data.slice(s.start, s.end)])).toEqual([
      [true, 'Alpha '],
      [false, 'beta'],
    ]);
  });

  it('inside transparent wrappers asks isHiddenByItself: what the page hides there stays out', () => {
    const document = parseDocument('<html><body><p>Kept.</p><newslens-repeat><p>Copy.</p><p class="mobile">Mobile only.</p></newslens-repeat></body></html>');
    // As in a browser: everything in the collapsed wrapper is hidden through its ancestor.
    const insideWrapper = (element: Element) => element.closest('newslens-repeat') !== null;
    const article = extractArticleText(document.body, {
      transparentTags: new Set(['NEWSLENS-REPEAT']),
      isHidden: insideWrapper,
      isHiddenByItself: (element) => element.getAttribute('class') === 'mobile',
    });
    expect(article.blocks.map((b) => article.text.slice(b.start, b.end))).toEqual(['Kept.', 'Copy.']);
  });

  it('asks the style (isHidden) only of elements with attributes and children: a bare or empty one cannot be hidden on its own', () => {
    const document = parseDocument('<html><body><div class="story"><p>First <b>bold</b> line.</p><p class="promo">Promo.</p><span class="icon"></span><hr></div></body></html>');
    const asked: string[] = [];
    const isHidden = (element: Element) => {
      asked.push(element.tagName + (element.getAttribute('class') ? `.${element.getAttribute('class')}` : ''));
      return element.getAttribute('class') === 'promo';
    };
    const article = extractArticleText(document.body, { isHidden });
    expect(article.blocks.map((b) => article.text.slice(b.start, b.end))).toEqual(['First bold line.']);
    expect(asked).toEqual(['DIV.story', 'P.promo']);
  });

  it('tells changes that cannot touch the article text: navigation, tickers, scripts, our own elements', () => {
    const document = parseDocument(
      '<html><body><nav><span id="clock">12:00</span></nav><div class="news-ticker"><b id="tick">Markets</b></div>' +
        '<article><header><h1 id="title">Title</h1></header><p id="body">Body <i id="word">text</i>.</p></article>' +
        '<footer><p id="legal">Legal</p></footer><newslens-control id="ours"></newslens-control><script id="js">x</script></body></html>',
    );
    const outside = (id: string) => isOutsideArticleText(document.getElementById(id)!.firstChild ?? document.getElementById(id)!);
    expect(['clock', 'tick', 'legal', 'ours', 'js'].map(outside)).toEqual([true, true, true, true, true]);
    // Inside the article: its own header, the body, an inline element, the body element itself.
    expect(['title', 'body', 'word'].map(outside)).toEqual([false, false, false]);
    expect(isOutsideArticleText(document.body)).toBe(false);
  });

  it('stops at maxChars and says the text was truncated', () => {
    const { document } = parseHTML(`<html><body><p>${'word '.repeat(1000)}</p></body></html>`);
    const article = extractArticleText(document.body, { maxChars: 100 });
    expect(article.truncated).toBe(true);
  });

  it('reads a very deep DOM without overflowing the stack', () => {
    const depth = 20000;
    const { lines } = read(`${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}`);
    expect(lines).toEqual(['Deep text.']);
  });
});
