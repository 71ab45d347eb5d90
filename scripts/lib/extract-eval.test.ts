import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/types';
import { noiseEntities, normalizeForSnippets, scoreShingles, scoreSnippets, shingleCounts, spread, summarizeShingles, tokenize, unmatchedText } from './extract-eval';

describe('tokenize', () => {
  it('takes runs of letters and digits, lower-cased, in any script', () => {
    expect(tokenize('Apple’s CEO, Tim Cook — 2019: 한국 경제!')).toEqual(['apple', 's', 'ceo', 'tim', 'cook', '2019', '한국', '경제']);
  });
});

describe('shingleCounts', () => {
  it('counts every run of 4 tokens, repeats included', () => {
    expect(shingleCounts(tokenize('a b c d a b c d'))).toEqual(
      new Map([
        ['a b c d', 2],
        ['b c d a', 1],
        ['c d a b', 1],
        ['d a b c', 1],
      ]),
    );
  });

  it('makes one shingle of a text shorter than 4 tokens, none of an empty one', () => {
    expect(shingleCounts(tokenize('Hello, world'))).toEqual(new Map([['hello world', 1]]));
    expect(shingleCounts(tokenize(' … '))).toEqual(new Map());
  });
});

describe('scoreShingles', () => {
  it('is perfect on the same text, whatever the case and punctuation', () => {
    expect(scoreShingles('The cat sat on the mat.', 'the cat, sat on THE mat')).toEqual({ precision: 1, recall: 1, f1: 1, shared: 3, ours: 3, truth: 3 });
  });

  it('counts extra text against precision and missing text against recall', () => {
    // truth: 6 tokens → 3 shingles; ours adds 2 tokens at the end → 5 shingles, 3 shared.
    const score = scoreShingles('one two three four five six menu login', 'one two three four five six');
    expect(score).toMatchObject({ shared: 3, ours: 5, truth: 3, precision: 3 / 5, recall: 1 });
    expect(score.f1).toBeCloseTo(0.75);
    expect(scoreShingles('one two three four', 'one two three four five six')).toMatchObject({ precision: 1, recall: 1 / 3 });
  });

  it('treats shingles as a multiset: a paragraph printed twice is half extra', () => {
    expect(scoreShingles('a b c d a b c d', 'a b c d')).toMatchObject({ shared: 1, ours: 5, precision: 1 / 5, recall: 1 });
  });

  it('scores 1 when both are empty and 0 when only one is', () => {
    expect(scoreShingles('', '')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreShingles('', 'some article text here')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(scoreShingles('some page text here', '')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('unmatchedText', () => {
  it('gives the stretches of text the other side lacks, as written', () => {
    const ours = 'Home | News\nThe cat sat on the mat today. Share this: Twitter';
    const truth = 'The cat sat on the mat today.';
    expect(unmatchedText(ours, truth)).toBe('Home | News … Share this: Twitter');
    expect(unmatchedText(truth, ours)).toBe('');
    expect(unmatchedText('The cat sat', 'A dog ran off')).toBe('The cat sat');
  });
});

describe('summarizeShingles', () => {
  it('gives mean and median per page and evaluate.py’s F1 of the means', () => {
    const summary = summarizeShingles([scoreShingles('a b c d', 'a b c d'), scoreShingles('', 'a b c d'), scoreShingles('a b c d e', 'a b c d')]);
    expect(summary.pages).toBe(3);
    expect(summary.precision).toEqual({ mean: 0.5, median: 0.5 });
    expect(summary.recall).toEqual({ mean: 2 / 3, median: 1 });
    expect(summary.f1OfMeans).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('takes the middle pair’s mean as the median of an even count', () => {
    expect(spread([0, 1, 0.5, 0.25])).toEqual({ mean: 0.4375, median: 0.375 });
  });
});

describe('scoreSnippets', () => {
  it('matches case-sensitively after normalising whitespace, NFC and soft hyphens', () => {
    const text = 'Der  Zug\nfährt ab. Kinder\u00ADsitze im Test.\nNewsletter abonnieren';
    const score = scoreSnippets(text, {
      with: ['Zug fährt ab.', 'Kindersitze im Test', 'der Zug'],
      without: ['Newsletter abonnieren', 'Kommentare'],
    });
    expect(score).toEqual({ withCount: 3, withoutCount: 2, missed: ['der Zug'], leaked: ['Newsletter abonnieren'], passed: false });
    expect(normalizeForSnippets('fa\u0308hrt \u200B ab ')).toBe('fährt ab');
  });

  it('misses every "with" and excludes every "without" on an empty text', () => {
    expect(scoreSnippets('', { with: ['a'], without: ['b'] })).toEqual({ withCount: 1, withoutCount: 1, missed: ['a'], leaked: [], passed: false });
  });
});

describe('noiseEntities', () => {
  const entity = (name: string, aliases: string[] = [], type: Entity['type'] = 'person'): Entity => ({ type, name, aliases, mentions: [] });

  it('lists entities that the ground truth mentions by no written form, dates left out', () => {
    const truth = 'Tim  Cook said Apple would grow.\nThe CEO spoke in Cupertino.';
    const entities = [entity('Tim Cook'), entity('Apple Inc.', ['apple'], 'organization'), entity('Reuters', [], 'organization'), entity('Tuesday', [], 'date')];
    expect(noiseEntities(entities, truth)).toEqual({ listed: 3, noise: ['Reuters'] });
  });
});
