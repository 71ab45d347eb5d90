import { describe, expect, it } from 'vitest';
import { loadTagger, modelTokens, sentenceFeatures, spansOfTags, tagNames, TAGS, viterbi, wordShape, type ModelData } from './ner-model';

/** A hand-made model: `john` opens a person, `smith` continues one, `acme` is an organisation. */
function tinyModel(): ModelData {
  const row = (tag: string, weight: number) => TAGS.map((t) => (t === tag ? weight : 0));
  return {
    about: 'test',
    tags: [...TAGS],
    scale: 2,
    transitions: new Array((TAGS.length + 1) * TAGS.length).fill(0),
    features: 'bias w=john w=smith w=acme',
    weights: [...row('O', 2), ...row('B-person', 6), ...row('I-person', 6), ...row('B-organization', 6)],
  };
}

describe('modelTokens', () => {
  it('keeps initialisms whole and splits off punctuation and a possessive', () => {
    const text = "The U.S. envoy met Clinton's aide, Dr. Lee.";
    expect(modelTokens(text).map((t) => t.text)).toEqual(['The', 'U.S.', 'envoy', 'met', 'Clinton', "'s", 'aide', ',', 'Dr', '.', 'Lee', '.']);
  });

  it('gives offsets into the whole text when tokenising a part of it', () => {
    const text = 'First one. Then Seoul.';
    const tokens = modelTokens(text, 11, text.length);
    expect(tokens[1]).toEqual({ text: 'Seoul', start: 16, end: 21 });
  });
});

describe('wordShape', () => {
  it('writes each run of capitals, small letters, digits once', () => {
    expect([wordShape('Seoul'), wordShape('NATO'), wordShape('U.S.'), wordShape('G7'), wordShape('iPhone'), wordShape('said')]).toEqual(['Xx', 'X', 'X.X.', 'Xd', 'xXx', 'x']);
  });
});

describe('sentenceFeatures', () => {
  it('marks a place the gazetteer knows and a title before a name', () => {
    const text = 'President Macron visited France.';
    const features = sentenceFeatures(text, modelTokens(text));
    expect(features[0]).toContain('g=title');
    expect(features[1]).toContain('g-1=title');
    expect(features[3]).toContain('m=placeB');
  });

  it('adds the rules’ reading only when the rules were asked', () => {
    const text = 'Acme hired Lee.';
    const tokens = modelTokens(text);
    expect(
      sentenceFeatures(text, tokens)
        .flat()
        .some((f) => f.startsWith('r=')),
    ).toBe(false);
    expect(sentenceFeatures(text, tokens, [{ start: 11, end: 14, type: 'person' }])[2]).toContain('r=B-person');
  });
});

describe('viterbi', () => {
  it('never starts a name with an I tag', () => {
    const transitions = new Float64Array((TAGS.length + 1) * TAGS.length);
    const iPerson = TAGS.indexOf('I-person');
    const emissions = [Float64Array.from(TAGS, (_, t) => (t === iPerson ? 10 : 0))];
    expect(TAGS[viterbi(transitions, emissions)[0]]).not.toBe('I-person');
  });
});

describe('spansOfTags', () => {
  it('joins a B and its I tags into one name', () => {
    const text = 'Joe Biden met Acme';
    const tags = ['B-person', 'I-person', 'O', 'B-organization'].map((t) => TAGS.indexOf(t as (typeof TAGS)[number]));
    expect(spansOfTags(modelTokens(text), tags)).toEqual([
      { start: 0, end: 9, type: 'person' },
      { start: 14, end: 18, type: 'organization' },
    ]);
  });
});

describe('tagNames', () => {
  it('finds the names its weights describe, sentence by sentence', () => {
    const text = 'Yesterday John Smith spoke. Acme agreed.';
    const tagger = loadTagger(tinyModel());
    const names = tagNames(tagger, text, [
      { start: 0, end: 27 },
      { start: 28, end: text.length },
    ]);
    expect(names.map((n) => ({ type: n.type, text: text.slice(n.start, n.end) }))).toEqual([
      { type: 'person', text: 'John Smith' },
      { type: 'organization', text: 'Acme' },
    ]);
  });

  it('refuses weights written for other tags', () => {
    expect(() => loadTagger({ ...tinyModel(), tags: ['O', 'B-PER', 'I-PER'] })).toThrow();
  });
});
