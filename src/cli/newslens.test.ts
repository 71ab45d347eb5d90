import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './newslens';
import type { Analysis } from '../core/types';

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function run(args: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  if (stdin !== undefined) vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([stdin]) as unknown as typeof process.stdin);
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('') };
}

afterEach(() => vi.restoreAllMocks());

describe('newslens analyze on a page with no article', () => {
  it('says none stands out and reads the whole page with --whole-page', async () => {
    const page = 'test/browser/pages/teasers.html';
    const chosen = await run(['analyze', page]);
    expect(chosen.code).toBe(0);
    expect(chosen.out).toContain('article: none stands out');
    expect(chosen.out).toContain('Not analysed');
    const whole = await run(['analyze', page, '--whole-page', '--json']);
    const analysis = JSON.parse(whole.out) as Analysis;
    expect(analysis.skipped).toBeUndefined();
    expect(analysis.article).toMatchObject({ source: 'whole-page' });
    expect(analysis.entities.length).toBeGreaterThan(0);
  });
});

describe('newslens --help', () => {
  it('prints the usage and points to the format description, exit 0', async () => {
    for (const args of [['--help'], ['analyze', '--help']]) {
      const { code, out } = await run(args);
      expect(code).toBe(0);
      expect(out).toContain('newslens analyze FILE.html');
      expect(out).toContain('docs/analysis-format.md');
    }
  });
});

describe('newslens analyze', () => {
  it('reports where the article was found in its JSON (article part)', async () => {
    const { code, out } = await run(['analyze', 'examples/seed-article.html', '--json']);
    expect(code).toBe(0);
    const analysis = JSON.parse(out) as Analysis;
    expect(analysis.article).toMatchObject({ source: 'schema-org', chars: analysis.text.length });
    expect(analysis.article?.headline).toContain('이상직 중진공 이사장');
    expect(analysis.article?.confidence).toBeGreaterThan(0.5);
    // The page's navigation, most-read list and footer are not the article.
    expect(analysis.text).not.toContain('많이 본 뉴스');
    expect(analysis.text).not.toContain('무단전재');
  });

  it('prints a readable summary of the seed page, with its repeat', async () => {
    const { code, out } = await run(['analyze', 'examples/seed-article.html']);
    expect(code).toBe(0);
    expect(out).toContain('이상직 중진공 이사장');
    expect(out).toContain('language ko · published 2019-04-23');
    expect(out).toContain('Repeated sections: 1 collapsed');
    expect(out).toContain('4 paragraphs');
  });

  it('prints the Analysis as JSON with --json, offsets into its text', async () => {
    const { code, out } = await run(['analyze', 'examples/seed-article.html', '--json', '--url', 'https://example.com/a']);
    expect(code).toBe(0);
    const analysis = JSON.parse(out) as Analysis;
    expect(analysis.schema).toBe(1);
    expect(analysis.url).toBe('https://example.com/a');
    expect(analysis.repeats).toHaveLength(1);
    const [repeat] = analysis.repeats;
    expect(analysis.text.slice(repeat.start, repeat.end)).toBe(analysis.text.slice(repeat.keptStart, repeat.keptEnd));
    expect(Array.isArray(analysis.entities) && Array.isArray(analysis.agreements)).toBe(true);
  });

  it('decodes a page by its declared charset (EUC-KR)', async () => {
    const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
    const hanguk = [0xc7, 0xd1, 0xb1, 0xb9]; // "한국" in EUC-KR
    const page = join(mkdtempSync(join(tmpdir(), 'newslens-')), 'euc-kr.html');
    writeFileSync(
      page,
      new Uint8Array([...ascii('<html><head><meta charset="euc-kr"><title>'), ...hanguk, ...ascii('</title></head><body><p>'), ...hanguk, ...ascii('</p></body></html>')]),
    );
    const { code, out } = await run(['analyze', page, '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Analysis).title).toBe('한국');
  });

  it('analyses a .txt file one block per line', async () => {
    const { code, out } = await run(['analyze', 'examples/seed-article.txt', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Analysis).repeats).toHaveLength(1);
  });

  it('answers each --jsonl line in order and reports a bad line without stopping the batch', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'One short line.' }),
      'not json',
      JSON.stringify({ id: 'c', html: '<html><body><p>Hello.</p></body></html>', url: 'https://example.com/' }),
      JSON.stringify({ id: 'd' }),
    ].join('\n');
    const { code, out } = await run(['analyze', '--jsonl'], input);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; analysis: { schema: number; url?: string }; error?: string });
    expect(lines.map((line) => line.id)).toEqual(['a', 'line 2', 'c', 'd']);
    expect(lines[0].analysis.schema).toBe(1);
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].analysis.url).toBe('https://example.com/');
    expect(lines[3].error).toBe('each line needs a "text" or an "html" string');
  });

  it('says what is wrong with a bad command line', async () => {
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining('no command given') });
    expect(await run(['analyze'])).toMatchObject({ code: 2, err: expect.stringContaining('give a FILE') });
    expect(await run(['analyze', 'x.html', '--frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown option: --frobnicate') });
    expect(await run(['analyze', 'missing.html'])).toMatchObject({ code: 1, err: 'newslens: cannot read missing.html: no such file\n' });
    expect(await run(['analyze', 'src'])).toMatchObject({ code: 1, err: 'newslens: cannot read src: it is a directory\n' });
  });

  it('reads an empty page as one with no article: a message, exit 0, no error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'newslens-')), 'empty.html');
    writeFileSync(file, '');
    expect(await run(['analyze', file])).toMatchObject({ code: 0, err: '', out: expect.stringContaining('Not analysed: no article text found.') });
  });
});

describe('newslens analyze --markdown', () => {
  it('prints the Summary as Markdown, headings in English by default', async () => {
    const { code, out } = await run(['analyze', 'examples/seed-article.html', '--markdown']);
    expect(code).toBe(0);
    expect(out.match(/^## .*/gm)).toEqual(['## Who', '## Where', '## What was agreed', '## When']);
    expect(out).toContain('업무협약 (MOU) (planned, 2019-04-24, 모스크바)');
  });

  it('uses Korean headings with --ui ko', async () => {
    const { code, out } = await run(['analyze', 'examples/seed-article.html', '--markdown', '--ui', 'ko']);
    expect(code).toBe(0);
    expect(out).toContain('## 무엇을 합의했나');
  });

  it('refuses --json with --markdown', async () => {
    expect(await run(['analyze', 'x.html', '--json', '--markdown'])).toMatchObject({ code: 2, err: expect.stringContaining('give one') });
  });

  it('lists what was agreed and when in the readable output', async () => {
    const { out } = await run(['analyze', 'examples/seed-article.html']);
    expect(out).toContain('What was agreed:');
    expect(out).toContain('중소벤처기업진흥공단 – 카자흐스탄 중소기업개발공사: 업무협약 (MOU) [signed, 2019-04-22]');
    expect(out).toContain('When:');
  });
});
