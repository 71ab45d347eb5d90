import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readingRoot } from './read-article';

describe('readingRoot', () => {
  it('reads the body of a well-formed page', () => {
    const { document } = parseHTML('<html><head><title>t</title></head><body><p>Text</p></body></html>');
    expect(readingRoot(document)).toBe(document.body);
  });

  it('reads the fullest body when the parser left the first one empty and the page beside the root', () => {
    // linkedom does this with some malformed pages: an empty <body> under the root element and the
    // page in a second <body> that is the document's own child.
    const { document } = parseHTML('<html><head></head><body></body></html>');
    const second = document.createElement('body');
    second.innerHTML = '<article><p>The story.</p></article>';
    document.appendChild(second);
    expect((readingRoot(document) as Element).textContent).toContain('The story.');
  });
});
