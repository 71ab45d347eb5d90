// Parsing a saved page as a browser would before the analysis reads it.
import { describe, expect, it } from 'vitest';
import { analyzeHtml, parsePage } from './page';

const story =
  '<p>The harbour authority opened a second ferry pier on Tuesday after two years of building work, and the first boats left it at dawn.</p>' +
  '<p>Officials said the pier would halve the queues that form every summer weekend, when day visitors crowd the old quay.</p>' +
  '<p>Local traders welcomed the change but asked for more parking near the new pier before the holiday season begins in June.</p>';

describe('parsePage', () => {
  it('reads a page that writes no <body> tag: the story after the head is the body, as in a browser', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>New pier</title><div class="content">${story}</div></html>`;
    const document = parsePage(html);
    expect(document.head.querySelector('div')).toBeNull();
    expect(document.body.textContent).toContain('second ferry pier');
    expect(analyzeHtml(html, undefined, []).text).toContain('halve the queues');
  });

  it('keeps head material in the head and moves a stray element before <body> to the start of the body, in order', () => {
    const document = parsePage(`<html><head><title>t</title><link rel="icon" href="/i.png"><div id="banner">Banner</div><script>1</script></head><body><p>Body</p></body></html>`);
    expect([...document.head.children].map((e) => e.tagName)).toEqual(['TITLE', 'LINK']);
    expect([...document.body.children].map((e) => e.tagName)).toEqual(['DIV', 'SCRIPT', 'P']);
  });

  it('reads an empty file or one of plain text without tags as a page with nothing to analyse, not as an error', () => {
    expect(analyzeHtml('', undefined, []).skipped).toBe('no-article');
    expect(parsePage('A line of text and no markup').body.textContent).toBe('A line of text and no markup');
    expect(() => analyzeHtml('<!-- only a comment -->', undefined, [])).not.toThrow();
  });
});
