import { describe, expect, it } from 'vitest';
import { englishMerge } from './en';
import { koreanMerge } from './ko';
import { mergeMentions } from './merge';
import type { Mention } from './mentions';

/** A mention of `form` at its first occurrence in `text`. */
const at = (text: string, form: string, fields: Partial<Mention> = {}): Mention => {
  const start = text.indexOf(form);
  return { type: 'person', start, end: start + form.length, name: form, ...fields };
};
const none = { known: [], excluded: [] };

describe('merging mentions into entities', () => {
  it('makes one entity of mentions that share a key, other written forms as aliases', () => {
    const text = 'Joe Biden spoke. Biden left.';
    const mentions = [at(text, 'Joe Biden', { key: 'Joe Biden' }), at(text, 'Biden left', { end: text.indexOf('Biden left') + 5, name: 'Biden', key: 'Joe Biden' })];
    expect(mergeMentions(text, mentions, none, englishMerge)).toEqual([
      {
        type: 'person',
        name: 'Joe Biden',
        aliases: ['Biden'],
        mentions: [
          { start: 0, end: 9 },
          { start: 17, end: 22 },
        ],
      },
    ]);
  });

  it('joins an organisation written as one word to the one other organisation whose name it opens, named in full first', () => {
    const text = 'Kestrel Launch Systems won the contract. Kestrel will fly in May. Orion said Orion Freight Lines would bid.';
    const org = (form: string, from = 0): Mention => {
      const start = text.indexOf(form, from);
      return { type: 'organization', start, end: start + form.length, name: form, key: form };
    };
    const mentions = [org('Kestrel Launch Systems'), org('Kestrel will'), org('Orion'), org('Orion Freight Lines')].map((m) =>
      m.name === 'Kestrel will' ? { ...m, end: m.start + 7, name: 'Kestrel', key: 'Kestrel' } : m,
    );
    // Orion comes before its full name: it may be another body (a company before its unit's), so it stays apart.
    expect(mergeMentions(text, mentions, none, englishMerge).map((e) => [e.name, ...e.aliases].join(' | '))).toEqual([
      'Kestrel Launch Systems | Kestrel',
      'Orion',
      'Orion Freight Lines',
    ]);
  });

  it('keeps no mention that overlaps an excluded span', () => {
    const text = 'Anna Berg met Tom Lee.';
    const mentions = [at(text, 'Anna Berg'), at(text, 'Tom Lee')];
    expect(mergeMentions(text, mentions, { known: [], excluded: [{ start: 15, end: 16 }] }, englishMerge).map((e) => e.name)).toEqual(['Anna Berg']);
  });

  it('first-listed (English): of two overlapping mentions the one listed first stays', () => {
    const text = 'Bank of Korea Governor';
    const mentions = [at(text, 'Korea', { type: 'place' }), at(text, 'Bank of Korea', { type: 'organization' })];
    expect(mergeMentions(text, mentions, none, englishMerge).map((e) => e.name)).toEqual(['Korea']);
  });

  it('strongest (Korean): of two overlapping mentions the longer stays, and a place may sit inside a venue', () => {
    const text = '인터콘티넨탈 알마티 호텔에서 열렸다.';
    const venue = at(text, '인터콘티넨탈 알마티 호텔', { type: 'place', placeKind: 'venue', mayContainPlaces: true });
    const city = at(text, '알마티', { type: 'place', placeKind: 'city' });
    expect(mergeMentions(text, [city, venue], none, koreanMerge).map((e) => e.name)).toEqual(['인터콘티넨탈 알마티 호텔', '알마티']);
  });

  it('stated naming (Korean): a person keeps the name the rules stated; a short form is an alias', () => {
    const text = '이상직 이사장은 말했다. 이 이사장은 웃었다.';
    const mentions = [at(text, '이상직', { role: '이사장' }), at(text, '이 이사장은 웃', { end: text.indexOf('이 이사장은 웃') + 5, name: '이상직', alias: '이 이사장' })];
    const [person] = mergeMentions(text, mentions, none, koreanMerge);
    expect(person).toMatchObject({ name: '이상직', aliases: ['이 이사장'], role: '이사장' });
  });

  it("organisation-name affiliations (Korean): a person's affiliation takes the name of its organisation's entity", () => {
    const text = '중소벤처기업진흥공단(중진공) 김철수 이사';
    const org = at(text, '중소벤처기업진흥공단', { type: 'organization' });
    const short = at(text, '중진공', { type: 'organization', name: '중소벤처기업진흥공단' });
    const person = at(text, '김철수', { role: '이사', affiliation: '중진공' });
    expect(mergeMentions(text, [org, short, person], none, koreanMerge).find((e) => e.type === 'person')?.affiliation).toBe('중소벤처기업진흥공단');
    expect(mergeMentions(text, [org, short, person], none, englishMerge).find((e) => e.type === 'person')?.affiliation).toBe('중진공');
  });

  it("own-entity known entities (English): the user's name, type and fields win over the rules'", () => {
    const text = 'QFG grew. Officials of QFG met.';
    const mentions = [at(text, 'QFG', { type: 'organization' })];
    const known = [{ name: 'Qazaq Finance Group', type: 'organization' as const, aliases: ['QFG'], affiliation: 'Samruk' }];
    expect(mergeMentions(text, mentions, { known, excluded: [] }, englishMerge)).toEqual([
      {
        type: 'organization',
        name: 'Qazaq Finance Group',
        aliases: ['QFG'],
        mentions: [
          { start: 0, end: 3 },
          { start: 23, end: 26 },
        ],
        affiliation: 'Samruk',
      },
    ]);
  });

  it("as-mentions known entities (Korean): the user's entity is found with particles and wins overlaps", () => {
    const text = '에이팩은 온실용 LED를 만든다.';
    const known = [{ name: '에이팩', type: 'organization' as const }];
    const entities = mergeMentions(text, [at(text, '에이팩은', { type: 'person' })], { known, excluded: [] }, koreanMerge);
    expect(entities).toEqual([{ type: 'organization', name: '에이팩', aliases: [], mentions: [{ start: 0, end: 3 }] }]);
  });
});
