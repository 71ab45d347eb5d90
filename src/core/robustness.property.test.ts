// Property tests: the core holds up on any text and any markup. Arbitrary Unicode (surrogate
// pairs, RTL scripts, combining marks, zero-width characters, very long lines) in random
// HTML trees never throws, and every offset the analysis reports is a true, well-formed span
// of its text: inside it, start <= end, never splitting a surrogate pair; repeats never
// overlap each other or their kept copy; no entity mention lies in collapsed text. The
// article map is true: every piece of the text is a verbatim copy of its text node, also
// after the text nodes are split (as collapsing does).
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../test/support/linkedom';
import { analyzeDocument, analyzeText } from './analyze';
import { extractArticleText, followSplit, type ArticleText } from './text/article-text';
import type { Analysis, Span } from './types';

/** Pieces of text that stress the offsets: astral characters, RTL, combining marks, zero-width. */
const TRICKY = [
  '😀',
  '👩‍👩‍👧',
  '𝔘𝔫𝔦',
  '\u{20000}', // surrogate pairs, a ZWJ sequence, a CJK extension B character
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eabc\u202C', // Arabic, Hebrew, an RTL override
  'e\u0301',
  '한\u0300',
  'ñ\u0303\u0303', // combining marks
  '\u200B',
  '\uFEFF',
  '\u00A0',
  '\u200D', // zero-width space, BOM, no-break space, ZWJ
  '\uD800',
  '\uDC00', // lone surrogates, as broken pages have them
  '<',
  '&',
  '"',
];
/** Sentences the recognisers react to, so entities, agreements and dates are found at all. */
const NEWSY = [
  '중소벤처기업진흥공단 이상직 이사장은 22일 서울 코엑스에서 협약을 체결했다.',
  '김철수 대표는 지난 3월 5일 부산에서 삼성전자와 업무협약을 맺었다고 밝혔다.',
  'Chief executive John Smith of Acme Corp signed an agreement with Globex in Paris on March 3, 2024.',
  'President Jane Doe said the deal would be signed in Berlin next week.',
  'The council voted on the budget for the school and the river market on Tuesday evening.',
];

const trickyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...TRICKY, ...NEWSY, ' ', '. '), { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: fc.constantFrom(...NEWSY) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TRICKY, 'word ', '가나다 '), fc.integer({ min: 200, max: 3000 })).map(([s, n]) => s.repeat(n)) },
);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A random HTML tree from a small tag set, possibly deep. */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    trickyText.map(escapeHtml),
    fc.constant('<br>'),
    fc
      .tuple(fc.constantFrom('p', 'div', 'span', 'a', 'figure', 'figcaption', 'nav', 'script', 'b', 'section', 'article'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, children]) => `<${tag}${tag === 'a' ? ' href="#"' : ''}>${tag === 'script' ? 'var x = "<p>not text</p>";' : children.join('')}</${tag}>`),
  ),
})).node;

/** A tree, optionally with a random stretch of it printed twice (so repeats are found). */
const page = fc
  .tuple(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...NEWSY), { maxLength: 6 }), fc.boolean(), fc.nat(200))
  .map(([nodes, sentences, repeat, depth]) => {
    const body = sentences.map((s) => `<p>${s}</p>`).join('') + nodes.join('');
    const deep = depth > 180 ? '<div>'.repeat(depth * 10) + body + '</div>'.repeat(depth * 10) : body;
    return repeat ? `${deep}<div class="x">${body}</div>` : deep;
  });

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether `offset` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

function expectSpan(text: string, span: Span, what: string) {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), what).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what} ${span.start}..${span.end} of ${text.length}`).toBe(true);
  expect(splitsPair(text, span.start) || splitsPair(text, span.end), `${what} ${span.start}..${span.end} splits a surrogate pair`).toBe(false);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Every offset in the analysis is a well-formed span of its text, and the invariants hold. */
function expectWellFormed(analysis: Analysis) {
  const { text } = analysis;
  const repeats = [...analysis.repeats].sort((a, b) => a.start - b.start);
  repeats.forEach((repeat, i) => {
    expectSpan(text, repeat, 'repeat');
    expectSpan(text, { start: repeat.keptStart, end: repeat.keptEnd }, 'kept copy');
    expect(repeat.start < repeat.end && repeat.keptStart < repeat.keptEnd, 'non-empty repeat and kept copy').toBe(true);
    expect(repeat.keptEnd, 'the kept copy ends before its repeat starts').toBeLessThanOrEqual(repeat.start);
    if (i > 0) expect(repeats[i - 1].end, 'repeats do not overlap').toBeLessThanOrEqual(repeat.start);
    for (const other of repeats) expect(overlaps(other, { start: repeat.keptStart, end: repeat.keptEnd }), 'no repeat covers a kept copy').toBe(false);
  });
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      expectSpan(text, mention, `mention of ${entity.name}`);
      for (const repeat of repeats) expect(overlaps(mention, repeat), `mention of ${entity.name} in collapsed text`).toBe(false);
    }
  }
  for (const agreement of analysis.agreements) expectSpan(text, agreement.evidence, 'agreement evidence');
  for (const event of analysis.events ?? []) expectSpan(text, event.evidence, 'event evidence');
}

// Hundreds of generated pages per property, some of 3,000 repeated words: correctness, not speed
// (that is `npm run bench`), so a slow shared machine must not fail them.
const PROPERTY_TIMEOUT = 120_000;

describe('the core on arbitrary text and markup', () => {
  it(
    'analyzeDocument: any HTML tree gives well-formed offsets',
    () => {
      fc.assert(
        fc.property(page, (html) => {
          const { document } = parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
          const { analysis, article } = analyzeDocument(document);
          expect(article.text).toBe(analysis.text);
          expectWellFormed(analysis);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'the article map: every piece is its text node verbatim, in order, also after splits',
    () => {
      const expectTrueMap = ({ text, pieces }: ArticleText) => {
        pieces.forEach((piece, i) => {
          expect(piece.node.data.slice(piece.nodeOffset, piece.nodeOffset + piece.length)).toBe(text.slice(piece.textStart, piece.textStart + piece.length));
          expect(piece.length).toBeGreaterThan(0);
          if (i > 0) expect(pieces[i - 1].textStart + pieces[i - 1].length).toBeLessThanOrEqual(piece.textStart);
        });
      };
      fc.assert(
        fc.property(page, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }), (html, cuts) => {
          const document = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
          const article = extractArticleText(document.body);
          expectTrueMap(article);
          for (const [which, where] of cuts) {
            if (article.pieces.length === 0) break;
            const piece = article.pieces[which % article.pieces.length];
            const offset = piece.nodeOffset + (where % (piece.length + 1));
            followSplit(article, piece.node, offset, piece.node.splitText(offset));
            expectTrueMap(article);
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'analyzeText: any lines of any Unicode give well-formed offsets',
    () => {
      fc.assert(
        fc.property(fc.array(trickyText, { maxLength: 12 }), fc.boolean(), (lines, twice) => {
          const all = twice ? [...lines, ...lines] : lines;
          expectWellFormed(analyzeText(all.join('\n')));
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'analyzeText: a repeated body of tricky sentences collapses without splitting anything',
    () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...NEWSY), fc.constantFrom(...TRICKY)), { minLength: 2, maxLength: 6 }), fc.constantFrom(...TRICKY), (pairs, glue) => {
          const body = pairs.map(([s, t]) => `${t}${s}${t}`).join('\n');
          expectWellFormed(analyzeText(`${body}\n${glue}byline${glue}\n${body}`));
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
