import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRepeats, MIN_REPEAT_CHARS, weightOf } from './repeats';
import { extractArticleText } from './text/article-text';
import { segmentSentences } from './text/segment';
import { analyzeText } from './analyze';

/** Repeats found in an HTML body, each as [collapsed text, kept text]. */
function repeatsIn(bodyHtml: string): Array<[string, string]> {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const { text, blocks } = extractArticleText(document.body as unknown as Node);
  const repeats = findRepeats(text, segmentSentences(text, blocks), blocks);
  return repeats.map((r) => [text.slice(r.start, r.end), text.slice(r.keptStart, r.keptEnd)]);
}

const P1 = 'The city council approved the new budget on Tuesday after a long debate about school funding.';
const P2 = 'Council members said the plan would raise spending on libraries by ten percent next year.';
const P3 = 'Opponents argued that the increase was too small to make up for years of cuts to services.';
const P4 = 'The mayor is expected to sign the budget into law before the end of the month, aides said.';

describe('findRepeats on the seed page', () => {
  const expected = JSON.parse(readFileSync('examples/seed-expected.json', 'utf8'));

  it('collapses the second copy of the body (four paragraphs and the byline) and keeps the lead', () => {
    const { document } = parseHTML(readFileSync('examples/seed-article.html', 'utf8'));
    const { text, blocks } = extractArticleText(document.body as unknown as Node);
    const repeats = findRepeats(text, segmentSentences(text, blocks), blocks);
    expect(repeats).toHaveLength(1);
    const [repeat] = repeats;
    const secondCopy = text.lastIndexOf('지난 22일 중진공과');
    expect(repeat.start).toBe(secondCopy);
    expect(repeat.end).toBe(text.length);
    expect(text.slice(repeat.end - 'true@hankyung.com'.length, repeat.end)).toBe('true@hankyung.com');
    expect(repeat.keptStart).toBe(text.indexOf('지난 22일 중진공과'));
    expect(text.slice(repeat.keptStart, repeat.keptEnd)).toBe(text.slice(repeat.start, repeat.end));
    expect(repeat.blocks).toBe(expected.repeats[0].paragraphs);
    expect(Math.abs(repeat.end - repeat.start - expected.repeats[0].approxChars)).toBeLessThan(50);
    // The lead paragraph occurs once and is in neither copy.
    expect(repeat.keptStart).toBeGreaterThan(text.indexOf('중소벤처기업진흥공단은'));
  });

  it('finds the same repeat in the plain-text form of the seed', () => {
    const text = readFileSync('examples/seed-article.txt', 'utf8');
    const analysis = analyzeText(text);
    expect(analysis.repeats).toHaveLength(1);
    expect(analysis.repeats[0].start).toBe(text.lastIndexOf('지난 22일 중진공과'));
    expect(analysis.repeats[0].blocks).toBe(4);
  });
});

describe('findRepeats finds a repeat whatever the markup', () => {
  it('in <p> blocks', () => {
    const body = [P1, P2, P3, P4, P1, P2, P3].map((p) => `<p>${p}</p>`).join('');
    expect(repeatsIn(body)).toEqual([[`${P1}\n${P2}\n${P3}`, `${P1}\n${P2}\n${P3}`]]);
  });

  it('in <br>-separated text, with the copy in <p> blocks', () => {
    const [[collapsed]] = repeatsIn(`<div>${P1}<br><br>${P2}<br><br>${P3}</div><div><p>${P1}</p><p>${P2}</p></div>`);
    expect(collapsed).toBe(`${P1}\n${P2}`);
  });

  it('in nested containers', () => {
    const copy = `<section><div><div><span>${P1}</span> <em>${P2}</em></div></div></section>`;
    expect(repeatsIn(`<article>${copy}<p>${P4}</p>${copy}</article>`)).toEqual([[`${P1} ${P2}`, `${P1} ${P2}`]]);
  });

  it('with &nbsp;, different spacing and quotes in the copy', () => {
    const copy = `${P1.replace(/ /g, '&nbsp; ')} ${P2.replace('ten percent', 'ten  "percent"')}`;
    const result = repeatsIn(`<p>${P1} ${P2}</p><p>${P4}</p><p>${copy}</p>`);
    expect(result).toHaveLength(1);
    expect(result[0][1]).toBe(`${P1} ${P2}`);
  });

  it('with an advertisement and a link box inserted inside the copy', () => {
    const body = `<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p>` + `<p>${P1}</p><p>Advertisement</p><p><a href="/x">Read more: why the council vote matters to you</a></p><p>${P2}</p><p>${P3}</p>`;
    const [[collapsed, kept]] = repeatsIn(body);
    expect(collapsed.startsWith(P1) && collapsed.endsWith(P3)).toBe(true);
    expect(collapsed).toContain('Advertisement');
    expect(kept).toBe(`${P1}\n${P2}\n${P3}`);
  });

  it('with a sentence of the original left out of the copy', () => {
    expect(repeatsIn(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P4}</p><p>${P1}</p><p>${P3}</p><p>${P4}</p>`)).toEqual([
      [`${P1}\n${P3}\n${P4}`, `${P1}\n${P2}\n${P3}\n${P4}`],
    ]);
  });

  it('but never hides a sentence that differs from the original, even by one word', () => {
    const edited = P2.replace('ten percent', 'twelve percent');
    const body = [P1, P2, P3, P4, P1, edited, P3, P4].map((p) => `<p>${p}</p>`).join('');
    const collapsed = repeatsIn(body).map(([copy]) => copy);
    expect(collapsed).toEqual([`${P3}\n${P4}`]);
  });

  it('in Korean with no space after 다.', () => {
    const ko = '중소벤처기업부는 올해 중소기업 수출 지원 예산을 지난해보다 크게 늘렸다.정부는 내년에도 해외 전시회 참가와 현지 상담회 지원을 확대할 계획이라고 밝혔다.업계는 환영의 뜻을 나타냈다.';
    const [[collapsed]] = repeatsIn(`<div>${ko}<br><br>다른 문단이 여기에 있다.<br><br>${ko}</div>`);
    expect(collapsed).toBe(ko);
  });
});

describe('findRepeats leaves alone what is repeated by design', () => {
  it('a pull quote: one sentence printed twice', () => {
    expect(repeatsIn(`<p>${P1}</p><p>${P2}</p><blockquote>${P3}</blockquote><p>${P4}</p><p>${P3}</p>`)).toEqual([]);
  });

  it('repeated captions', () => {
    const caption = 'Council members vote on the budget in City Hall on Tuesday. Photo: John Smith for the Daily News.';
    const body = `<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>${P1}</p><figure><img src="b.jpg"><figcaption>${caption}</figcaption></figure><p>${P2}</p>`;
    expect(repeatsIn(body)).toEqual([]);
  });

  it('boilerplate such as Advertisement, Read more and 관련기사', () => {
    const body = `<p>${P1}</p><p>Advertisement</p><p>Read more</p><p>관련기사</p><p>${P2}</p><p>Advertisement</p><p>Read more</p><p>관련기사</p><p>${P3}</p>`;
    expect(repeatsIn(body)).toEqual([]);
  });

  it('link lists (related articles) printed twice', () => {
    const links = `<ul><li><a href="/1">${P1}</a></li><li><a href="/2">${P2}</a></li></ul>`;
    expect(repeatsIn(`${links}<p>${P3}</p>${links}<p>${P4}</p>`)).toEqual([]);
  });

  it('an interview that asks each guest the same question', () => {
    const question = 'What book changed your mind? Why?';
    const body = ['Ann: A history of cities, because it made me see streets differently than before.', 'Bo: A cookbook from my grandmother, for the stories in its margins and notes.', 'Cy: A novel about the sea that my father read to us on long winter nights.']
      .map((answer) => `<p><strong>${question}</strong></p><p>${answer}</p>`)
      .join('');
    expect(repeatsIn(body)).toEqual([]);
  });

  it('structured content that prints the same lines many times (a meal plan)', () => {
    const day = (n: number, dish: string) =>
      `<h3>Day ${n}</h3><p>Eat 60–90 minutes before your workout.</p><p>${dish}</p><p>Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.</p>`;
    const body = [day(1, 'Asparagus and eggs with toast.'), day(2, 'Oatmeal with berries and nuts.'), day(3, 'Greek yogurt with honey.')].join('');
    expect(repeatsIn(body)).toEqual([]);
  });

  it('two short sentences repeated, under the minimum length', () => {
    const short = 'Prices rose. Sales fell sharply.';
    expect(weightOf(short.replace(/[^\p{L}\p{N}]/gu, ''))).toBeLessThan(MIN_REPEAT_CHARS);
    expect(repeatsIn(`<p>${short}</p><p>${P1}</p><p>${short}</p>`)).toEqual([]);
  });
});

describe('MIN_REPEAT_CHARS', () => {
  const key = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

  it('is met by two ordinary news sentences and not by a typical repeated question', () => {
    expect(weightOf(key(P1 + P2))).toBeGreaterThanOrEqual(MIN_REPEAT_CHARS);
    expect(weightOf(key('What book changed your mind? Why?'))).toBeLessThan(MIN_REPEAT_CHARS);
  });

  it('is met by two ordinary Korean news sentences, a Hangul syllable weighing two letters', () => {
    const korean = '중소벤처기업부는 올해 중소기업 수출 지원 예산을 크게 늘렸다. 정부는 내년에도 해외 현지 상담회 지원을 확대할 계획이다.';
    expect(key(korean).length).toBeLessThan(MIN_REPEAT_CHARS);
    expect(weightOf(key(korean))).toBeGreaterThanOrEqual(MIN_REPEAT_CHARS);
    expect(weightOf(key('가장 기억에 남는 책은 무엇인가요? 왜 그런가요?'))).toBeLessThan(MIN_REPEAT_CHARS);
  });
});
