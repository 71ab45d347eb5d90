// Property tests: random documents in random markup. A planted repeat is always found, in
// full and nothing more; a document whose sentences are all distinct never collapses.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRepeats } from './repeats';
import { extractArticleText } from './text/article-text';
import { segmentSentences } from './text/segment';

const WORDS = (
  'council budget school river market police museum harbor energy vote court farmer bridge ' +
  'station doctor student factory engineer festival library minister company storm garden ' +
  'teacher election airport contract village season program report research project'
).split(' ');
const KOREAN_WORDS = '정부 시장 기업 지원 예산 수출 협약 회의 발표 계획 지역 주민 학교 병원 도로 투자 기술 교류 행사 센터'.split(' ');

/** A sentence of 8–16 English or 12–18 Korean words (two of them always make a repeat long enough). */
const sentence = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 16 }).map((w) => `${w[0][0].toUpperCase()}${w.join(' ').slice(1)}.`),
  fc.array(fc.constantFrom(...KOREAN_WORDS), { minLength: 12, maxLength: 18 }).map((w) => `${w.join(' ')}했다.`),
);
/** Paragraphs of 1–3 distinct sentences. */
const paragraphs = (min: number, max: number) => fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { minLength: min, maxLength: max });
const markup = fc.constantFrom('p', 'br', 'div', 'nested');

function render(blocks: string[][], style: string): string {
  const texts = blocks.map((b) => b.join(' '));
  switch (style) {
    case 'p':
      return texts.map((t) => `<p>${t}</p>`).join('\n');
    case 'br':
      return `<div>${texts.join('<br><br>\n')}</div>`;
    case 'div':
      return texts.map((t) => `<div><span>${t}</span></div>`).join('');
    default:
      return texts.map((t, i) => (i % 2 ? `<section><div><p>${t}</p></div></section>` : `<p><b>${t}</b></p>`)).join('');
  }
}

function analyse(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const { text, blocks } = extractArticleText(document.body);
  return { text, repeats: findRepeats(text, segmentSentences(text, blocks), blocks) };
}

/** Makes every sentence unique by numbering repeats of the same words, as real text is. */
function distinct(blocks: string[][]): string[][] {
  const seen = new Map<string, number>();
  return blocks.map((b) =>
    b.map((s) => {
      const n = (seen.get(s) ?? 0) + 1;
      seen.set(s, n);
      return n === 1 ? s : s.replace(/[.]$/, ` ${'again '.repeat(n - 1).trim()}.`);
    }),
  );
}

describe('findRepeats on random documents', () => {
  it('finds a planted repeat of two or more paragraphs exactly, whatever the markup', () => {
    fc.assert(
      fc.property(paragraphs(0, 4), paragraphs(2, 5), paragraphs(1, 4), paragraphs(0, 4), markup, markup, (before, repeated, between, after, style1, style2) => {
        const [b, r, m, a] = splitBack(distinct([...before, ...repeated, ...between, ...after]), [before.length, repeated.length, between.length, after.length]);
        const html = render([...b, ...r, ...m], style1) + render([...r, ...a], style2);
        const { text, repeats } = analyse(html);
        expect(repeats).toHaveLength(1);
        const copy = r.map((p) => p.join(' '));
        expect(text.slice(repeats[0].start, repeats[0].end).split('\n')).toEqual(copy);
        expect(text.slice(repeats[0].keptStart, repeats[0].keptEnd).split('\n')).toEqual(copy);
        expect(repeats[0].keptEnd).toBeLessThanOrEqual(repeats[0].start);
      }),
      { numRuns: 150 },
    );
  });

  it('collapses nothing when no sentence repeats', () => {
    fc.assert(
      fc.property(paragraphs(1, 12), markup, (blocks, style) => {
        expect(analyse(render(distinct(blocks), style)).repeats).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

function splitBack(all: string[][], sizes: number[]): string[][][] {
  const parts: string[][][] = [];
  let offset = 0;
  for (const size of sizes) {
    parts.push(all.slice(offset, offset + size));
    offset += size;
  }
  return parts;
}
