import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../text/segment';
import { recognizeFallback } from './fallback';
import { recognize } from './index';

const run = (text: string, language: string) => recognizeFallback({ text, sentences: segmentSentences(text), excluded: [], known: [] }, language);

describe('fallback recogniser', () => {
  it('finds countries by their names in the page language', () => {
    const entities = run('Le président a visité l’Allemagne et la France.', 'fr');
    expect(entities.filter((e) => e.type === 'place').map((e) => [e.name, e.placeKind])).toEqual([
      ['Allemagne', 'country'],
      ['France', 'country'],
    ]);
  });

  it('takes capitalised runs inside a sentence as people and acronyms as organisations', () => {
    const entities = run('Hier, le ministre Jean Dupont a rencontré la OTAN.', 'fr');
    expect(entities.map((e) => [e.type, e.name])).toEqual([
      ['person', 'Jean Dupont'],
      ['organization', 'OTAN'],
    ]);
  });

  it('ignores a capitalised word that only starts a sentence', () => {
    expect(run('Demain il pleut.', 'fr')).toEqual([]);
  });

  it('copes with a language Intl does not know', () => {
    expect(run('Some text About Things here.', 'xx')).toEqual([{ type: 'person', name: 'About Things', aliases: [], mentions: [{ start: 10, end: 22 }] }]);
    expect(run('x', '!!')).toEqual([]);
  });

  it('in German, where every noun has a capital, takes a person only from a given name or an honorific on', () => {
    const text = 'Gestern eröffnete Bürgermeisterin Claudia Weber das neue Internat Schloss Hohenau. Laut Frau Weber kostet der Bau des Badener Künstlerheims wenig.';
    expect(run(text, 'de').map((e) => [e.type, e.name])).toEqual([['person', 'Claudia Weber']]);
    expect(run(text, 'de')[0].mentions).toHaveLength(2);
  });

  it('in German, starts the name after a title the English name lists hold as a given name (Minister)', () => {
    expect(
      run('Am Montag sprach Minister Olaf Berger in Kiel.', 'de')
        .filter((e) => e.type === 'person')
        .map((e) => e.name),
    ).toEqual(['Olaf Berger']);
  });

  it('in German, does not read an article or pronoun spelt like a given name as one', () => {
    expect(run('Er sagte: Der Begriff bleibt, und Am Samstag Du Dich freust.', 'de')).toEqual([]);
  });

  it('reads text of unknown language as cautiously as German: it may capitalise its nouns', () => {
    expect(run('Das sagte Gemeinderat Thomas Berger beim Treffen der Freiwilligen Feuerwehr Sankt Georgen.', 'und').map((e) => e.name)).toEqual(['Thomas Berger']);
  });

  it('is what the dispatcher uses for a language without a module', () => {
    const text = 'Die Regierung in Österreich.';
    expect(recognize({ text, sentences: segmentSentences(text), excluded: [], known: [] }, 'de').map((e) => e.name)).toEqual(['Österreich']);
  });
});
