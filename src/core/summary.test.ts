import { describe, expect, it } from 'vitest';
import { escapeMarkdown, summarize, summaryToMarkdown } from './summary';
import type { Analysis } from './types';

const text = 'Acme signed a deal with Globex in Paris on Monday. Jane Roe, CEO of Acme, spoke.';
const at = (word: string, from = 0) => ({ start: text.indexOf(word, from), end: text.indexOf(word, from) + word.length });

const analysis: Analysis = {
  schema: 1,
  language: 'en',
  title: 'Acme and Globex sign a deal',
  published: '2024-04-09',
  url: 'https://www.example.com/news/1',
  text,
  repeats: [{ start: 51, end: 81, blocks: 2, keptStart: 0, keptEnd: 30 }],
  entities: [
    { type: 'organization', name: 'Acme', aliases: ['Acme Corp'], mentions: [at('Acme'), at('Acme', 10)] },
    { type: 'organization', name: 'Globex', aliases: [], mentions: [at('Globex')] },
    { type: 'place', name: 'Paris', aliases: [], placeKind: 'city', mentions: [at('Paris')] },
    { type: 'place', name: 'France', aliases: [], placeKind: 'country', mentions: [] },
    { type: 'date', name: 'Monday', aliases: [], value: '2024-04-08', mentions: [at('Monday')] },
    { type: 'person', name: 'Jane Roe', aliases: [], role: 'CEO', affiliation: 'Acme', mentions: [at('Jane Roe')] },
  ],
  agreements: [{ what: 'deal', parties: ['Acme', 'Globex'], status: 'signed', date: '2024-04-08', place: 'Paris', evidence: { start: 0, end: 50 } }],
  events: [{ date: '2024-04-08', what: 'deal signed (Acme, Globex)', evidence: { start: 0, end: 50 } }],
};

describe('salience', () => {
  const long = `${'Intro words. '.repeat(60)}Later Ann Lee met Bo Park, Bo Park again, and Cy Oh of Zeta. Sanders and 김민수 came too.`;
  const span = (word: string, from = 0) => ({ start: long.indexOf(word, from), end: long.indexOf(word, from) + word.length });
  const person = (name: string, mentions: { start: number; end: number }[], extra = {}) => ({ type: 'person' as const, name, aliases: [], mentions, ...extra });
  const base: Analysis = { schema: 1, language: 'en', title: 'Cy Oh wins', text: long, repeats: [], agreements: [], entities: [] };

  it('lists the most mentioned and the headline’s people first, and folds one passing mention of a one-word English name', () => {
    const summary = summarize({
      ...base,
      entities: [
        person('Ann Lee', [span('Ann Lee')]),
        person('Bo Park', [span('Bo Park'), span('Bo Park', span('Bo Park').end)]),
        person('Cy Oh', [span('Cy Oh')]),
        { type: 'organization', name: 'Zeta', aliases: [], mentions: [span('Zeta')] },
        person('Sanders', [span('Sanders')]),
        person('김민수', [span('김민수')]),
      ],
    });
    // A full name in passing stays in view, as does a Korean name (one word whatever it is); a lone capitalised word folds.
    expect(summary.people.map((p) => [p.name, p.minor ?? false])).toEqual([
      ['Cy Oh', false],
      ['Bo Park', false],
      ['Ann Lee', false],
      ['Sanders', true],
      ['김민수', false],
    ]);
    expect(summary.organizations[0].minor).toBe(true);
  });

  it('never folds someone with a role, an employer of someone listed, or a party to an agreement', () => {
    const summary = summarize({
      ...base,
      title: undefined,
      entities: [person('Ann Lee', [span('Ann Lee')], { role: 'mayor', affiliation: 'Zeta' }), { type: 'organization', name: 'Zeta', aliases: [], mentions: [span('Zeta')] }],
    });
    expect(summary.people[0].minor).toBeUndefined();
    expect(summary.organizations[0].minor).toBeUndefined();
  });
});

describe('entities named only inside other words', () => {
  it('are not listed, though the analysis keeps them for marks and agreements', () => {
    const korean = '런던올림픽 중계가 시작됐다.';
    const summary = summarize({
      schema: 1,
      language: 'ko',
      title: '중계',
      text: korean,
      repeats: [],
      agreements: [],
      entities: [{ type: 'place', name: '런던', aliases: [], placeKind: 'city', mentions: [{ start: 0, end: 2 }], withinWordsOnly: true }],
    });
    expect(summary.places.countriesAndRegions.length + summary.places.cities.length + summary.places.venues.length).toBe(0);
  });
});

describe('summarize', () => {
  it('collects who, where, what was agreed and when with the header facts', () => {
    const summary = summarize(analysis);
    expect(summary).toMatchObject({
      title: 'Acme and Globex sign a deal',
      site: 'example.com',
      published: '2024-04-09',
      language: 'en',
      repeats: { count: 1, paragraphs: 2, chars: 30 },
      people: [{ name: 'Jane Roe', role: 'CEO', affiliation: 'Acme', mentions: 1, firstMention: at('Jane Roe') }],
      organizations: [
        { name: 'Acme', aliases: ['Acme Corp'], mentions: 2 },
        { name: 'Globex', aliases: [], mentions: 1 },
      ],
      places: { countriesAndRegions: [{ name: 'France' }], cities: [{ name: 'Paris' }], venues: [] },
      agreements: [
        {
          parties: ['Acme', 'Globex'],
          what: 'deal',
          status: 'signed',
          date: '2024-04-08',
          place: 'Paris',
          evidenceText: 'Acme signed a deal with Globex in Paris on Monday.',
        },
      ],
      timeline: [{ date: '2024-04-08', what: 'deal signed (Acme, Globex)' }],
    });
  });
});

describe('summaryToMarkdown', () => {
  it('has the headings Who, Where, What was agreed, When', () => {
    const markdown = summaryToMarkdown(summarize(analysis), { uiLanguage: 'en' });
    expect(markdown.match(/^## .*/gm)).toEqual(['## Who', '## Where', '## What was agreed', '## When']);
    expect(markdown).toContain('- **Acme – Globex**: deal (signed, 2024-04-08, Paris)');
    expect(markdown).toContain('- 2024-04-08 — deal signed (Acme, Globex)');
    expect(markdown).toContain('language en · published 2024-04-09 · example.com');
  });

  it('uses Korean headings for a Korean interface', () => {
    const markdown = summaryToMarkdown(summarize(analysis), { uiLanguage: 'ko' });
    expect(markdown.match(/^## .*/gm)).toEqual(['## 누가', '## 어디서', '## 무엇을 합의했나', '## 언제']);
    expect(markdown).toContain('(체결, 2024-04-08, Paris)');
  });

  it('escapes page text so it cannot inject Markdown or HTML', () => {
    const hostile: Analysis = {
      ...analysis,
      title: '<script>alert(1)</script> **bold** [link](http://x) `code` _em_ ![img](y)\n# heading',
      entities: [{ type: 'organization', name: 'Evil <b>Co</b> | *x*', aliases: [], mentions: [] }],
    };
    const markdown = summaryToMarkdown(summarize(hostile), { uiLanguage: 'en' });
    expect(markdown).not.toMatch(/<script|<b>|\*\*bold\*\*|\[link\]|`code`|!\[img\]/);
    expect(markdown.split('\n')[0]).toBe('# &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\[link\\](http://x) \\`code\\` \\_em\\_ \\!\\[img\\](y) \\# heading');
    expect(markdown).toContain('**Evil &lt;b&gt;Co&lt;/b&gt; \\| \\*x\\***');
  });

  it('escapes each special character once', () => {
    expect(escapeMarkdown('a\\b & c~d')).toBe('a\\\\b &amp; c\\~d');
  });
});
