// Collapsing on a Node DOM (linkedom): what gets wrapped, and that undo is exact.
import { describe, expect, it } from 'vitest';
import { findRepeats } from '../core/repeats';
import { extractArticleText } from '../core/text/article-text';
import { segmentSentences } from '../core/text/segment';
import { collapseRepeat } from './collapse';
import { uiStringsFor } from './ui-strings';
import { parseDocument } from '../../test/support/linkedom';

const A = 'The council approved the new budget on Tuesday after a long debate about school funding.';
const B = 'Council members said the plan would raise spending on libraries by ten percent next year.';

function collapse(bodyHtml: string) {
  const document = parseDocument(`<!doctype html><html><head></head><body>${bodyHtml}</body></html>`);
  const before = document.documentElement.outerHTML;
  const article = extractArticleText(document.body);
  const [repeat] = findRepeats(article.text, segmentSentences(article.text, article.blocks), article.blocks);
  const collapsed = collapseRepeat(document, article, repeat, uiStringsFor('en'))!;
  const hiddenText = Array.from(document.querySelectorAll('newslens-repeat'))
    .map((w) => w.textContent)
    .join('|');
  return { document, before, collapsed, hiddenText, article };
}

describe('collapseRepeat', () => {
  it('wraps whole paragraphs of the copy, and undo restores the DOM exactly', () => {
    const { document, before, collapsed, hiddenText } = collapse(`<article><p>${A}</p><p>${B}</p><p>Other.</p><p>${A}</p><p>${B}</p></article>`);
    expect(hiddenText).toBe(`${A}${B}`);
    expect(document.querySelectorAll('newslens-repeat p')).toHaveLength(2);
    collapsed.undo();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('wraps only the repeated text inside a <br>-separated container', () => {
    const { document, before, collapsed, hiddenText } = collapse(`<div id="body">Lead text here.<br><br>${A}<br><br>${B}<br><br>${A}<br><br>${B}</div>`);
    expect(hiddenText).toBe(`${A}${B}`);
    expect(document.getElementById('body')!.textContent.startsWith(`Lead text here.${A}${B}`)).toBe(true);
    collapsed.undo();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('never hides text that follows the repeat in the same text node', () => {
    const tail = 'A sentence that appears only once.';
    const { document, before, collapsed, hiddenText } = collapse(`<p>${A} ${B}</p><p>Middle.</p><p>${A} ${B} ${tail}</p>`);
    expect(hiddenText).toBe(`${A} ${B}`);
    expect(document.body.textContent).toContain(tail);
    expect(Array.from(document.querySelectorAll('newslens-repeat')).some((w) => w.textContent.includes(tail))).toBe(false);
    collapsed.undo();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
